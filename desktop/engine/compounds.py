"""German compounds: a word the German dictionary lacks that is made of words it holds ("Zellmodule": Zell(e) +
Module, "Werkstattaufenthalt": Werkstatt + Aufenthalt, "Zinssitzung": Zins + s + Sitzung, "Batterie-Rückruf").

German writes every noun capitalised and coins nouns by joining nouns, so a capitalised word no dictionary holds is
most often such a compound, not a name: a QA helper's recall reports had "Zellmodule", "Werkstattaufenthalt",
"Referenznummer" marked as names only the German report gives. The last part must be a noun of the dictionary (in
any of its forms: "Module" is "Modul"), the parts before it words of the dictionary, with or without a joining
letter ("Zins-s-", "Zell-e"), or compounds themselves. A name rarely splits so ("Norvane", "Albers", "Helvarin").
"""
from __future__ import annotations

from functools import lru_cache

from .lemmas import shared_lemmas

MIN_HEAD = 4  # letters of a compound's last part ("Rat" of "Stadtrat" is too short to tell a name from a noun)
MIN_PART = 3  # letters of a part before it written in lower case in the dictionary ("Neu-", "Alt-")
MIN_NOUN_PART = 4  # letters of a noun before it ("Zins-"; not "Lor(e)-" of "Lorvena", "Val(e)-" of "Valcerro")
DEPTH = 3  # parts before the last one ("Chef" + "volks" + "wirt")
_JOINS = ("s", "es", "n", "en", "er", "e")  # letters joining two parts ("Zinssitzung", "Sonnenlicht")


@lru_cache(maxsize=4096)
def german_compound(word: str) -> bool:
    """``word`` (as written) is a German compound of dictionary words: parts joined by hyphens, each a dictionary
    word or such a compound ("Batterie-Rückruf", "Mitte-Koalition"), or one word split so (``_split``)."""
    if "-" in word:
        parts = word.split("-")
        return all(len(p) >= MIN_PART and (_noun(p) or _split(p, DEPTH)) for p in parts)
    return len(word) >= MIN_PART + MIN_HEAD and _split(word, DEPTH)


def _split(word: str, depth: int) -> bool:
    """``word`` is a noun of the dictionary after one or more parts that are words of it (longest last part first)."""
    for i in range(MIN_PART, len(word) - MIN_HEAD + 1):
        if _noun(word[i:]) and _part(word[:i], depth):
            return True
    return False


def _noun(word: str) -> bool:
    """A noun of the German dictionary in any of its forms ("Module": "Modul")."""
    lemmas = shared_lemmas()
    cap = word[:1].upper() + word[1:].lower()
    return lemmas.known(cap, "de") or lemmas.known(lemmas.lemma(cap, "de").capitalize(), "de")


def _part(word: str, depth: int) -> bool:
    """A compound's first part: a word of the dictionary (a noun, an adjective, a verb's stem: "Neu-", "Wohn-"),
    with its joining letters or a final "e" left out ("Zins-s-", "Zell(e)-"), or a compound of its own."""
    lemmas = shared_lemmas()
    stems = {word} | {word[: -len(j)] for j in _JOINS if word.endswith(j)} \
        | ({word + "e"} if len(word) >= MIN_NOUN_PART else set())
    for low in (s.lower() for s in stems if len(s) >= MIN_PART):
        noun = len(low) >= MIN_NOUN_PART and lemmas.known(low[:1].upper() + low[1:], "de")
        if noun or lemmas.known(low, "de") or lemmas.known(low + "en", "de"):
            return True
    return depth > 1 and _split(word, depth - 1)
