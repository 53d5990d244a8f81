"""Names of weekdays and months in the reports' languages, from the CLDR data that Babel ships.

"samedi", "Saturday" and "sabato" are one day; "lundi" against "mardi" is a date a fact-checker verifies, not
a choice of words. Each name maps to a key ("day:5", "month:3") that details compare across spellings and
languages, as they compare numbers by value.
"""
from __future__ import annotations

from functools import lru_cache

from .features import Token, strip_accents

# Month and day names that are as often other words: English "may" and "march" (verbs), "sun" and "sat";
# French "mars" (the planet, a brand). In these languages they count only when written capitalised inside
# a sentence, which is how English writes a date; French "mars" stays ambiguous and is left out.
_CAPITALISED_ONLY = frozenset({"en", "de"})
_LEFT_OUT = {"fr": frozenset({"mars"})}


@lru_cache(maxsize=64)
def calendar_names(lang: str) -> dict[str, str]:
    """{folded name: key} for the language's weekday and month names (wide forms, in and out of context);
    empty when Babel has no data for the language."""
    if not lang.isalpha() or lang == "und":  # an undetermined language would read as English
        return {}
    try:
        from babel import Locale, UnknownLocaleError  # imported on first use

        locale = Locale.parse(lang)
    except (ImportError, ValueError, UnknownLocaleError):
        return {}
    names: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            names[strip_accents(name.lower())] = f"day:{number}"
        for number, name in locale.months[context]["wide"].items():
            names[strip_accents(name.lower())] = f"month:{number}"
    for word in _LEFT_OUT.get(lang, ()):
        names.pop(word, None)
    return names


def token_date(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """The day or month that token ``k`` names, or None."""
    tok = tokens[k]
    if tok.is_number:
        return None
    key = calendar_names(lang).get(strip_accents(tok.norm))
    if key is None:
        return None
    if lang in _CAPITALISED_ONLY and not (tok.is_name and k > 0):
        return None
    return key
