"""A speaker named by title alone, read as the person the report named with that title before.

A regional paper writes "la préfète Hélène Marchal" in one paragraph and "la préfète a toutefois indiqué…" ten
sentences later; another report writes "Prefect Hélène Marchal said…". Compared as phrases, "la préfète" and
"Prefect Hélène Marchal" were two speakers, and the claim read "attributed differently" for one official. A speaker's
phrase that is a title and no name ("la préfète", "the minister", "el alcalde") stands for the last person its own
report named with every word of that title ("la préfète Hélène Marchal", "Interior Minister Anne Roy").
"""
from __future__ import annotations

import re

from ..features import strip_accents
from ..model import Attribution, Comparison

_FORMER = frozenset("former ex late ancien ancienne exministro expresidente exalcalde antiguo antigua".split())
MAX_TITLE_WORDS = 4  # "the interior minister", "le ministre de l'Intérieur": longer phrases describe, not name
_WORDS = re.compile(r"\w+", re.U)
_DETERMINERS = frozenset("""the a an le la les l un une el los las lo del de d of his her its their son sa ses su
    sus der die das""".split())


def named_before(comp: Comparison, a: Attribution) -> Attribution | None:
    """The attribution of ``a``'s report, before it, that names the person ``a`` calls by title alone; None when
    ``a`` is no bare title, or no earlier speaker of its report carries that title with a name."""
    if a.kind != "person" or a.refers_to:
        return None
    text = comp.documents[a.source].text
    title = _title_words(text[a.start:a.end])
    if not title:
        return None
    earlier = [x for x in comp.attributions if x.source == a.source and x.end <= a.start and x.kind == "person"
               and _names_with(text[x.start:x.end], title)]
    return max(earlier, key=lambda x: x.start) if earlier else None


def _title_words(phrase: str) -> frozenset[str]:
    """The words of a phrase that is a title alone (no more than ``MAX_TITLE_WORDS``, every word but a determiner in
    lower case: "la préfète", "The interior minister"; not "Felt", a surname), determiners aside; empty otherwise."""
    words = _WORDS.findall(phrase)
    title = [w for w in words if strip_accents(w.lower()) not in _DETERMINERS]
    if not title or len(words) > MAX_TITLE_WORDS or any(not w.islower() for w in title):
        return frozenset()
    return frozenset(strip_accents(w.lower()) for w in title)


def _names_with(phrase: str, title: frozenset[str]) -> bool:
    """``phrase`` holds every word of ``title`` and a capitalised word besides them (a name)."""
    words = _WORDS.findall(phrase)
    folded = {strip_accents(w.lower()) for w in words}
    if folded & _FORMER:
        return False  # "Former mayor Jean Dupont": "the mayor" is someone else
    return title <= folded and any(w[:1].isupper() and strip_accents(w.lower()) not in title for w in words[1:])
