"""Whether a person's phrase names the person: "the governor", "la gouverneure", "die Präsidentin" do not.

A speaker's kind ``person`` reads "named person" in the versions panel and the reports; a QA helper's central-bank
reports listed "the governor (named person)" and "the deputy governor (named person)", though neither is named. A
person's phrase whose capitalised words are all titles, ranks or an article opening it names no one; a pronoun
names whom it stands for ("she" = "Marstrand").
"""
from __future__ import annotations

import re

from ..features import strip_accents
from ..model import KIND_WORDS, Attribution
from .cues import CUES
from .ranks import rank_word

NOT_NAMED = "person, not named"  # the kind of a person called by a title alone, in words
_WORDS = re.compile(r"\w+(?:['’-]\w+)*")
_TITLES = frozenset(strip_accents(w.lower()) for cues in CUES.values() for w in cues.titles)


def kind_in_words(text: str, a: Attribution) -> str:
    """``a``'s kind as a reader is told it: "named person", or ``NOT_NAMED`` for "the governor" (whom a pronoun
    stands for decides: "she" = "the governor" is not named, "she" = "Marstrand" is)."""
    if a.kind == "person" and not names_someone(a.refers_to or text[a.start:a.end]):
        return NOT_NAMED
    return KIND_WORDS.get(a.kind, a.kind)


def names_someone(phrase: str) -> bool:
    """The phrase holds a capitalised word that is no title, no rank and no article opening it ("Helena Marstrand",
    "Mme Marstrand", "Marstrand"; not "The governor", "le Premier ministre", "die Präsidentin")."""
    return any(w[:1].isupper() and not _title_or_article(w, k) for k, w in enumerate(_WORDS.findall(phrase)))


def _title_or_article(word: str, k: int) -> bool:
    folded = strip_accents(word.lower())
    return folded in _TITLES or rank_word(word) is not None or (k == 0 and folded in _OPENERS)


# small words a phrase may open on with a capital ("The governor said", "La gouverneure a souligné")
_OPENERS = frozenset("""the a an this le la les l un une ce cette el los las lo un una este esta il gli i uno
    der die das den dem ein eine o os as um uma his her their its son sa ses su sus""".split())
