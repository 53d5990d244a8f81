"""Country names the CLDR tables lack, read by the sentence model: "Turkey" / "Turquie", "Britain" /
"Grande-Bretagne", "Holland" / "Pays-Bas", "Burma" / "Birmanie", "UK" / "Royaume-Uni".

``world_names`` gives each country one key in every language from CLDR, which names a country by its official
short name: "Türkiye", "United Kingdom", "Netherlands", "Myanmar". A report that writes "Turkey" then names no
country, and "Turquie" in another language's version reads as a country only that version gives (a conflict with
"Greece", which the English sentence names beside it). Read alone, a country's names in two languages are close
for the sentence model and two countries' are not: on 7 pairs of one country's names (English against French or
Spanish) 0.75–0.92, on 11 pairs of neighbouring countries ("Spain" / "Portugal", "US" / "Canada", "Russia" /
"Ukraine") 0.47–0.63 (session 66). A capitalised word of one report that no table knows is read as the country of
another language's report at ``SAME_COUNTRY`` or more; the pairs are vouched for in the word table (by their
meaning keys), for the details.
"""
from __future__ import annotations

from collections.abc import Callable

from .features import SentenceFeatures, strip_accents
from .meanings import meaning_key, read_alike
from .world_names import country_of, word_key

SAME_COUNTRY = 0.7


def same_countries(encode: Callable[[list[str]], object], feats: list[list[SentenceFeatures]],
                   langs: list[str]) -> set[tuple[str, str]]:
    """(a, b), a < b: meaning keys of an unknown capitalised word of one report and a country another language's
    report names that the model reads as one country. ``encode(list[str])`` returns unit vectors."""
    unknown = [_unknown_names(f, lang) for f, lang in zip(feats, langs)]
    countries = [_countries(f, lang) for f, lang in zip(feats, langs)]
    pairs = {(x, y) for s in range(len(feats)) for t in range(len(feats)) if langs[s] != langs[t]
             for x in unknown[s] for y in countries[t]}
    found = read_alike(encode, pairs, lambda word: word[0], lambda x, y: SAME_COUNTRY)
    return {tuple(sorted((x[1], y[1]))) for x, y in found}


def _unknown_names(feats: list[SentenceFeatures], lang: str) -> set[tuple[str, str]]:
    """(as written, meaning key) of the capitalised words that no table of places, days or languages knows."""
    return {(t.surface, key) for f in feats for t in f.tokens if t.is_name and not t.stop and not t.is_number
            and t.surface[:1].isupper() and word_key(strip_accents(t.norm), lang, True) is None
            and (key := meaning_key(t)) is not None}


def _countries(feats: list[SentenceFeatures], lang: str) -> set[tuple[str, str]]:
    """(as written, meaning key) of the words that name a country ("Turquie", "Grèce")."""
    return {(t.surface, key) for f in feats for t in f.tokens if t.is_name and country_of(t, lang) is not None
            and (key := meaning_key(t)) is not None}
