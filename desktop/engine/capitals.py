"""Sentences in capitals read as if written in sentence case: a wire headline "NORVANE RECALLS 127,000 ELECTRIC CARS
OVER BATTERY FIRE RISK" is "Norvane recalls 127,000 electric cars over battery fire risk" to every rule that reads
a word's case.

Written in capitals, every word looked like a name or an acronym: "RECALLS" and "ELECTRIC CARS" were marked as
names only this version gives, and "RECALLS 127,000" read as an identifier ("Route 66"), so the headline's 127,000
was no figure said differently against another language's "172mila" (a QA helper's recall reports). Here the
words a dictionary knows are read in lower case, places, cities and language adjectives capitalised, the other
words capitalised as names, or kept in capitals when they are three letters or fewer (an acronym: "EU", "BMW");
a word its dictionary knows capitalised only keeps a capital (a German noun: "ELEKTROAUTOS", "Elektroautos"). Offsets and the sentence's text
are unchanged; only the tokens' surface, name and small-word flags are.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .features import Token

MIN_WORDS = 3  # words of two letters or more in capitals before a sentence reads as written in capitals
SHARE = 0.8  # of its words of two letters or more
_ACRONYM = 3  # letters at most of an unknown word read as an acronym ("EU", "BMW"; "NATO" reads as a name)
_ACRONYM_WORDS = {"en": frozenset({"us", "uk"})}  # acronyms that are words too: "US SANCTIONS", not "us"
_NAMED_KEYS = ("place:", "city:", "lang:")  # "FRANCE", "LONDON", "GERMAN"


def in_capitals(tokens: list[Token]) -> bool:
    """The sentence is written in capitals: ``MIN_WORDS`` words or more of two letters or more, ``SHARE`` of them
    in capitals (not a sentence citing a few acronyms: "NATO and EU leaders met in Brussels")."""
    words = [t for t in tokens if not t.is_number and len(t.surface) > 1 and any(c.isalpha() for c in t.surface)]
    upper = sum(t.surface.isupper() for t in words)
    return upper >= MIN_WORDS and upper >= SHARE * len(words)


def sentence_cased(tokens: list[Token], lang: str, stops: frozenset[str]) -> list[Token]:
    """``tokens`` as if the sentence were written in sentence case, where it is written in capitals; else as they are."""
    if not in_capitals(tokens):
        return tokens
    out = []
    for k, tok in enumerate(tokens):
        if tok.is_number or not tok.surface.isupper():
            out.append(tok)
            continue
        surface = _cased(tok, lang, stops, k == 0)
        is_name = surface[0].isupper() or (len(surface) > 1 and surface.isupper())
        stop = tok.stop or (not is_name and (tok.norm in stops or tok.lemma in stops))
        out.append(replace(tok, surface=surface, is_name=is_name, stop=stop))
    return out


def _cased(tok: Token, lang: str, stops: frozenset[str], first: bool) -> str:
    """The word as sentence case writes it (``sentence_cased``)."""
    from .lemmas import shared_lemmas  # (imported here: features reads this module, these modules read features)
    from .world_names import word_key

    word, titled = tok.surface, tok.surface[:1] + tok.surface[1:].lower()
    lower = shared_lemmas().known(word.lower(), lang) or tok.norm in stops
    if tok.norm in _ACRONYM_WORDS.get(lang, ()) or not (lower or shared_lemmas().known(titled, lang)):
        return word if len(word) <= _ACRONYM else titled  # "EU"; "NORVANE", a name
    key = word_key(tok.norm, lang, True) or ""
    return titled if first or not lower or key.startswith(_NAMED_KEYS) else word.lower()  # (a German noun: titled)
