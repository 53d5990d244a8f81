"""Names of weekdays and months in the reports' languages, from the CLDR data that Babel ships.

"samedi", "Saturday" and "sabato" are one day; "lundi" against "mardi" is a date a fact-checker verifies, not
a choice of words. Each name maps to a key ("day:5", "month:3") that details compare across spellings and
languages, as they compare numbers by value.

Reading a language's CLDR data takes Babel about 0.1 s, so the names, once read, are kept in a small JSON file
in the model cache folder (``model_files``); ``unpack`` fills it for every language we detect at install time.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

from . import model_files
from .features import Token, strip_accents

# Month and day names that are as often other words: English "may" and "march" (verbs), "sun" and "sat";
# French "mars" (the planet, a brand). In these languages they count only when written capitalised inside
# a sentence, which is how English writes a date; French "mars" stays ambiguous and is left out.
_CAPITALISED_ONLY = frozenset({"en", "de"})
_LEFT_OUT = {"fr": frozenset({"mars"})}


_lock = threading.Lock()
_memo: dict[str, dict[str, str]] = {}  # language -> names, for this process


def calendar_names(lang: str) -> dict[str, str]:
    """{folded name: key} for the language's weekday and month names (wide forms, in and out of context);
    empty when Babel has no data for the language."""
    names = _memo.get(lang)
    if names is None:
        with _lock:
            stored = _read_cache()
            if lang not in stored:
                stored[lang] = _from_babel(lang)
                _write_cache(stored)
            names = _memo[lang] = stored[lang]
    return names


def unpack(languages: tuple[str, ...]) -> bool:
    """Keep every language's names in the cache file now (``unpack.py``); True if it was written."""
    stored = _read_cache()
    missing = [lang for lang in languages if lang not in stored]
    if not missing or _cache_file() is None:
        return False
    for lang in missing:
        stored[lang] = _memo.get(lang) or _from_babel(lang)
    return _write_cache(stored)


def _cache_file() -> Path | None:
    folder = model_files.folder()
    return None if folder is None else folder / f"babel-{model_files.package_version('babel')}-calendar-names.json"


def _read_cache() -> dict[str, dict[str, str]]:
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path is not None and path.is_file() else {}
    except (OSError, ValueError):
        return {}  # damaged: read from Babel again
    ok = isinstance(data, dict) and all(isinstance(v, dict) for v in data.values())
    return {k: {str(a): str(b) for a, b in v.items()} for k, v in data.items()} if ok else {}


def _write_cache(tables: dict[str, dict[str, str]]) -> bool:
    path = _cache_file()
    if path is None:
        return False
    text = json.dumps(tables, ensure_ascii=False, sort_keys=True)
    return model_files.write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), stale="babel-*-calendar-names.json")


def _from_babel(lang: str) -> dict[str, str]:
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
