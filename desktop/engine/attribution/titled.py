"""A speaker named by title alone, read as the person the report named with that title before.

A regional paper writes "la préfète Hélène Marchal" in one paragraph and "la préfète a toutefois indiqué…" ten
sentences later; another report writes "Prefect Hélène Marchal said…". Compared as phrases, "la préfète" and
"Prefect Hélène Marchal" were two speakers, and the claim read "attributed differently" for one official. A speaker's
phrase that is a title and no name ("la préfète", "the minister", "el alcalde") stands for the last person its own
report named with every word of that title ("la préfète Hélène Marchal", "Interior Minister Anne Roy").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..features import strip_accents
from ..model import Attribution, Comparison
from .ranks import rank_word, ranks_of

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
    rank = ranks_of(text[a.start:a.end])  # "the governor" is not "Deputy Governor Tomas Reuvik"
    earlier = [x for x in comp.attributions if x.source == a.source and x.end <= a.start and x.kind == "person"
               and _names_with(text[x.start:x.end], title) and ranks_of(text[x.start:x.end]) == rank]
    if earlier:
        return max(earlier, key=lambda x: x.start)
    name = _titled_in_text(text[max(0, a.start - _TITLE_REACH):a.start], text[a.start:a.end], title)
    return replace(a, refers_to=name) if name else None


_TITLE_REACH = 5000  # characters before a title alone where the name it stands for is read (some 30 sentences)


def _titled_in_text(before: str, phrase: str, title: frozenset[str]) -> str | None:
    """The name the report's text gives before with the title's words ("Presiding judge Hélène Vasseur read out the
    verdict", who said nothing then, for "the judge"; "Bernard Castagnède, the former mayor," for "the former
    mayor"): the last such name, where the title's words run as in the phrase."""
    words = [w for w in _WORDS.findall(phrase) if strip_accents(w.lower()) in title]
    role = r"\W+".join(re.escape(w) for w in words)
    name = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
    found = [m for m in re.finditer(rf"(?i:\b{role})\s*,?\s+{name}|{name}\s*,\s*(?i:the\s+|le\s+|la\s+|el\s+)?"
                                    rf"(?i:{role})\b", before) if _ranked_alike(before, m, phrase)]
    if not found or (not title & _FORMER and _FORMER & {strip_accents(w.lower()) for w in _WORDS.findall(
            before[max(0, found[-1].start() - 12):found[-1].end()])}):
        return None  # "Former mayor Jean Dupont": "the mayor" is someone else
    return found[-1].group(1) or found[-1].group(2)


def _ranked_alike(before: str, m: re.Match, phrase: str) -> bool:
    """The title found has the phrase's rank: "Deputy Governor Tomas Reuvik" is no name for "the governor"."""
    word_before = _WORDS.findall(before[max(0, m.start() - 30):m.start()])[-1:]
    found = ranks_of(m.group(0)) | {r for w in word_before if m.group(1) and (r := rank_word(w))}
    return found == ranks_of(phrase)


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
    if folded & _FORMER and not title & _FORMER:
        return False  # "Former mayor Jean Dupont": "the mayor" is someone else
    return title <= folded and any(w[:1].isupper() and strip_accents(w.lower()) not in title for w in words[1:])


def titled_alike(comp: Comparison, role: Attribution, named: Attribution) -> bool:
    """``role`` calls its speaker by a title alone ("la jueza", "the judge") and a report of the comparison gives
    ``named``'s surname with a title of that meaning just before it, in any language ("Presiding judge Hélène
    Vasseur" for "dijo la jueza" / "Vasseur told"; the words read alike by the word table). Two reports each quoting
    the judge by one of her names were "attributed differently"; "la procureure" is no judge."""
    docs = comp.documents
    title = _title_words(role.refers_to or docs[role.source].text[role.start:role.end])  # "she": "the governor"
    surname = _WORDS.findall(named.refers_to or docs[named.source].text[named.start:named.end])[-1:]
    if not title or not surname or not surname[0][:1].isupper():
        return False
    rank = ranks_of(role.refers_to or docs[role.source].text[role.start:role.end])  # "the deputy governor" is not "Governor Helena …"
    given = {title_word for former, title_word in _titles_of(tuple(d.source.text for d in docs)).get(surname[0], ())
             if (title & _FORMER or former not in _FORMER) and frozenset(filter(None, [rank_word(former)])) == rank}
    #  ("Former mayor Jean Dupont": no mayor now)
    alike = comp.word_matches.matches if comp.word_matches is not None else lambda w: set()
    return any(w in given or alike(w) & given for w in title if not rank_word(w))


@lru_cache(maxsize=4)
def _titles_of(texts: tuple[str, ...]) -> dict[str, frozenset[tuple[str, str]]]:
    """For each name closing a run of one to three capitalised words, the words before it that may title it, each
    with the word before (``_titling``: "Deputy Governor Tomas Reuvik" gives ("deputy", "governor")). The reports
    are read once per comparison, not once per pair of speakers (long reports had taken minutes)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for text in texts:
        for m in _TITLED_NAME.finditer(text):
            found.setdefault(m.group(3), set()).update(_titling(_WORDS.findall(text[m.start():m.start(3)])))
    return {name: frozenset(words) for name, words in found.items()}


def _titling(words: list[str]) -> list[tuple[str, str]]:
    """The words before a name that may title it, each with the word before it (folded): the capitalised words right
    before the name and the word before them ("Governor Helena": ("", "governor"), ("governor", "helena"); "the
    tribunal de": ("tribunal", "de") only)."""
    first = len(words) - 1
    while first > 0 and words[first][:1].isupper():
        first -= 1
    folded = ["", *(strip_accents(w.lower()) for w in words)]
    return list(zip(folded[first:], folded[first + 1:]))


_TITLED_NAME = re.compile(r"\b(?:(\w+)\s+)?(\w+)\s+(?:[A-Z][\w'’-]+\s+){0,2}([A-Z][\w'’-]+)\b")
