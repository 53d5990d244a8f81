"""Names that differ from one language to the next: weekdays, months, countries, cities and languages, from the
CLDR data that Babel ships.

"samedi", "Saturday" and "sabato" are one day; "Londres" is "London", "Allemagne" is "Germany", "espagnol" is
"Spanish". Each name maps to a key ("day:5", "month:3", "place:DE", "city:Europe/London", "lang:es") that
details compare across languages, as they compare numbers by value, so a report in another language is not
said to lack a place it names in its own words. Cities are those CLDR names in time zones (capitals and large
cities); names spelled alike in both languages need no table (details compare names by spelling too).

Reading a language's CLDR data takes Babel about 0.1 s, so the tables, once read, are kept in one JSON file in
the model cache folder (``model_files``); ``unpack`` fills it for every language we detect at install time.
"""
from __future__ import annotations

import functools

import json
import threading
from pathlib import Path

from . import model_files
from .features import Token, folded_words, strip_accents, without_possessive

# Month and day names that are as often other words: English "may" and "march" (verbs). In these languages
# they count only when written capitalised inside a sentence, which is how English and German write a date.
# French "mars" (the planet, a brand) is left out of the table and read in context (``_in_context``).
_CAPITALISED_NAMES = frozenset({"en", "de"})  # languages that capitalise days, months and language adjectives
_LEFT_OUT = {"fr": frozenset({"mars"})}
_IN_CONTEXT = {"fr": {"mars": "month:3"}}
_SHORT_DAYS = frozenset({"zh"})  # news writes 周日 more than 星期日; elsewhere short names are other words ("Sun")
FORMAT = 3  # of the kept tables: a change to what they hold gets a new file name
MAX_PHRASE = 4  # words in the longest name looked up ("République démocratique du Congo")
_ADJECTIVE_ENDINGS = (1, 2)  # letters an adjective may add to a language name: "russes", "italienne"
_ARTICLES = frozenset({"le", "la", "les", "the", "il", "lo", "el", "los", "las", "der", "die", "das", "de", "het"})
# The parts of a day a German weekday is written with in one word ("Mittwochmorgen", "Dienstagabend"), folded
_DAY_PARTS = {"de": ("vormittag", "nachmittag", "morgen", "mittag", "abend", "nacht", "fruh")}

_lock = threading.Lock()
_memo: dict[str, dict[str, str]] = {}  # language -> {folded name: key}, for this process
_reverse: dict[str, dict[str, list[str]]] = {}  # language -> {key: folded names}


def names_table(lang: str) -> dict[str, str]:
    """{folded name: key} for the language (words folded as tokens are: lower case, no accents, joined by a
    space); empty when Babel has no data for the language."""
    table = _memo.get(lang)
    if table is None:
        with _lock:
            stored = _read_cache()
            if lang not in stored:
                stored[lang] = _from_babel(lang)
                _write_cache(stored)
            table = _memo[lang] = stored[lang]
    return table


def names_of(key: str, lang: str) -> list[str]:
    """Every folded name the language gives ``key`` ("place:CN" in Chinese: ["中国"])."""
    reverse = _reverse.get(lang)
    if reverse is None:
        reverse = {}
        for name, k in names_table(lang).items():
            reverse.setdefault(k, []).append(name)
        _reverse[lang] = reverse
    return reverse.get(key, [])


def word_key(fold: str, lang: str, capitalised: bool) -> str | None:
    """The key of one folded word: a name as written or in the possessive ("Switzerland's"), or a language
    adjective with its ending ("russes"). Places are names only written capitalised ("paz" is not La Paz); days,
    months and language adjectives too in the languages that capitalise them ("may" is a verb)."""
    table = names_table(lang)
    if len(fold) > 3:
        fold = without_possessive(fold)  # "Switzerland's"
    key = _looked_up(table, fold, lang)
    if key is None:
        stems = (table.get(fold[:-cut]) for cut in _ADJECTIVE_ENDINGS if len(fold) - cut >= 5)
        key = next((k for k in stems if k is not None and k.startswith("lang:")), None)
    if key is None or capitalised:
        return key
    if key.startswith(("place:", "city:")) or lang in _CAPITALISED_NAMES:
        return None
    return key


def places_named(tokens: tuple[Token, ...], ks: list[int], lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the countries the tokens ``ks`` name, the countries of the cities they name), as CLDR codes: "in France"
    gives ({"FR"}, {}), "in Berlin" ({}, {"DE"})."""
    phrases = phrase_keys(tokens, lang)
    keys = {key for k in ks for key in (*phrases[k], word_key(strip_accents(tokens[k].norm), lang, tokens[k].is_name))
            if key}
    cities = {_zone_territory(key[5:]) for key in keys if key.startswith("city:")}
    return frozenset(key[6:] for key in keys if key.startswith("place:")), frozenset(c for c in cities if c)


@functools.lru_cache(maxsize=1024)
def _zone_territory(zone: str) -> str | None:
    from babel.core import get_global

    return get_global("zone_territories").get(zone)


def within_one_another(mine: tuple[frozenset[str], frozenset[str]], theirs: tuple[frozenset[str], frozenset[str]],
                       my_countries: frozenset[str], their_countries: frozenset[str]) -> bool:
    """One version names a country and the other a place that lies in it: a city of that country ("in France" /
    "in Paris"), or a place the tables do not know where that version places its story in the country too ("in
    France" / "at Lyon plant", its other sentence saying "French carmaker"; ``*_countries``: the countries each
    version's sentences of the claim name, ``countries_said``). A place said more or less precisely, not two places.
    Two countries, a city of another country ("in Berlin"), or an unknown place in a version that names no such
    country ("in Barcelona", "in Texas") are two places."""
    for (countries, _), (other_countries, other_cities), said in ((mine, theirs, their_countries),
                                                                  (theirs, mine, my_countries)):
        if countries and not other_countries and other_cities <= countries and (other_cities or countries & said):
            return True
    return False


def countries_said(tokens: tuple[Token, ...], lang: str) -> frozenset[str]:
    """The countries a sentence names, by name or by the adjective of their language ("France", "French": FR)."""
    return frozenset(c for t in tokens if (c := country_of(t, lang)) is not None)


def country_of(t: Token, lang: str) -> str | None:
    """The country a word names, by its name or the adjective of its language ("France", "French": FR), or None."""
    key = word_key(strip_accents(t.norm), lang, t.is_name)
    if key and key.startswith("place:"):
        return key[6:]
    if key and key.startswith("lang:"):
        return _territory_of_language(key[5:])
    return None


@functools.lru_cache(maxsize=256)
def _territory_of_language(code: str) -> str | None:
    from babel.core import get_global

    likely = get_global("likely_subtags").get(code)
    return likely.rsplit("_", 1)[-1] if likely else None


def token_date(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """The day or month that token ``k`` names, or None."""
    tok = tokens[k]
    if tok.is_number:
        return None
    norm = without_possessive(tok.norm) if lang == "en" else tok.norm  # "Sunday's election"
    key = _looked_up(names_table(lang), strip_accents(norm), lang) or _in_context(tokens, k, lang)
    if key is None or not key.startswith(("day:", "month:")):
        return None
    if lang in _CAPITALISED_NAMES and not (tok.is_name and k > 0):
        return None
    if _inside_a_name(tokens, k, lang):
        return None  # "Theresa May", "The Sunday Times", "Santo Domingo"
    return key


def _looked_up(table: dict[str, str], fold: str, lang: str) -> str | None:
    """The key of a folded word in the table, or the day a German compound names with its part of the day
    ("mittwochmorgen", "dienstagabend", "donnerstagnachmittag": the weekday)."""
    key = table.get(fold)
    if key is not None:
        return key
    for part in _DAY_PARTS.get(lang, ()):
        if fold.endswith(part) and (day := table.get(fold[:-len(part)], "")).startswith("day:"):
            return day
    return None


def _in_context(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """A month left out of the table because it is another word too, when it reads as the month: French "mars"
    written in lower case ("le 15 mars", "fin mars": the planet, the missions and the brand are capitalised), or
    capitalised after a day's number ("le 15 Mars"; not "la mission Mars 2020", "la sonde Mars 3")."""
    key = _IN_CONTEXT.get(lang, {}).get(tokens[k].norm)
    if key is None:
        return _short_month(tokens, k, lang)
    return key if tokens[k].surface.islower() or (k > 0 and tokens[k - 1].is_number) else None


def _short_month(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """A month written short without its full stop next to a day's number ("Nov 3", "3 Sept"): the one month whose
    name it opens (news wires drop the stop: "PARIS, Nov 3 (Reuters)")."""
    tok = tokens[k]
    if not (3 <= len(tok.norm) <= 4 and tok.surface[:1].isupper() and tok.norm.isalpha()) \
            or not any(0 <= x < len(tokens) and tokens[x].is_number for x in (k - 1, k + 1)):
        return None
    fold = strip_accents(tok.norm)
    months = {key for name, key in _months(lang) if name.startswith(fold)}
    return months.pop() if len(months) == 1 else None


def short_month(tokens: tuple[Token, ...], k: int, lang: str) -> bool:
    """Token ``k`` writes a month short next to a day's number ("Nov. 26", "3 Sept"), not its full name ("May")."""
    return _short_month(tokens, k, lang) is not None and strip_accents(tokens[k].norm) not in dict(_months(lang))


@functools.cache
def _months(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, key) for name, key in names_table(lang).items() if key.startswith("month:"))


def context_keys(tokens: tuple[Token, ...], lang: str) -> list[frozenset[str]]:
    """Per token, the key it has in its context only (``_in_context``)."""
    return [frozenset({key}) if (key := _in_context(tokens, k, lang)) else frozenset() for k in range(len(tokens))]


def _inside_a_name(tokens: tuple[Token, ...], k: int, lang: str) -> bool:
    """Token ``k`` is capitalised next to another capitalised word that is not a day or month itself."""
    if not tokens[k].is_name:
        return False
    near = [tokens[x] for x in (k - 1, k + 1) if 0 <= x < len(tokens)]
    table = names_table(lang)
    return any(t.is_name and not t.stop and not t.is_number
               and not table.get(strip_accents(t.norm), "").startswith(("day:", "month:")) for t in near)


def phrase_keys(tokens: tuple[Token, ...], lang: str) -> list[frozenset[str]]:
    """Per token, the keys of the names of two words or more it is part of ("New York", "Le Caire")."""
    table = names_table(lang)
    folds = [strip_accents(t.norm) for t in tokens]
    out: list[set[str]] = [set() for _ in tokens]
    for n in range(2, MAX_PHRASE + 1):
        for k in range(len(tokens) - n + 1):
            key = table.get(" ".join(folds[k : k + n]))
            if key is not None and any(t.is_name for t in tokens[k : k + n]):
                for x in range(k, k + n):
                    out[x].add(key)
    return [frozenset(s) for s in out]


def unpack(languages: tuple[str, ...]) -> bool:
    """Keep every language's table in the cache file now (``unpack.py``); True if it was written."""
    stored = _read_cache()
    missing = [lang for lang in languages if lang not in stored]
    if not missing or _cache_file() is None:
        return False
    for lang in missing:
        stored[lang] = _memo.get(lang) or _from_babel(lang)
    return _write_cache(stored)


def _cache_file() -> Path | None:
    folder = model_files.folder()
    return None if folder is None else folder / f"babel-{model_files.package_version('babel')}-world-names-v{FORMAT}.json"


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
    return model_files.write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"),
                                        stale="babel-*-world-names*.json")


def _from_babel(lang: str) -> dict[str, str]:
    if not lang.isalpha() or lang == "und":  # an undetermined language would read as English
        return {}
    try:
        from babel import Locale, UnknownLocaleError  # imported on first use

        locale = Locale.parse(lang)
    except (ImportError, ValueError, UnknownLocaleError):
        return {}
    table: dict[str, str] = {}
    for key, name in _cities(locale) + _listed(locale.languages, "lang") + _listed(locale.territories, "place"):
        words = folded_words(name)
        table.setdefault(" ".join(words), key)
        if len(words) > 1 and words[0] in _ARTICLES:  # "au Caire", "à La Havane": the name after its article
            table.setdefault(" ".join(words[1:]), key)
    day_widths = ("wide", "abbreviated") if lang in _SHORT_DAYS else ("wide",)
    for context in ("format", "stand-alone"):  # dates last: they win over a place of the same name
        for number, name in (item for width in day_widths for item in locale.days[context][width].items()):
            table[" ".join(folded_words(name))] = f"day:{number}"
        for number, name in locale.months[context]["wide"].items():
            table[" ".join(folded_words(name))] = f"month:{number}"
    for word in _LEFT_OUT.get(lang, ()):
        table.pop(word, None)
    table.pop("", None)
    return table


def _listed(names, kind: str) -> list[tuple[str, str]]:
    """Languages and territories by code; regions by number ("150": Europe) and variants are left out."""
    return [(f"{kind}:{code}", name) for code, name in names.items() if code.isalpha() and "_" not in code]


def _cities(locale) -> list[tuple[str, str]]:
    """The city of every time zone, as the locale writes it, else as the zone's name spells it."""
    from babel.core import get_global

    aliases: dict[str, list[str]] = {}
    for alias, zone in get_global("zone_aliases").items():
        aliases.setdefault(zone, []).append(alias)
    out = []
    for zone in get_global("zone_territories"):
        if zone.count("/") != 1 or zone.startswith(("Etc/", "Antarctica/")):
            continue  # "America/North_Dakota/Center", research stations: not places a report names
        local = next((locale.time_zones[z]["city"] for z in [zone, *aliases.get(zone, [])]
                      if "city" in locale.time_zones.get(z, {})), None)
        out.append((f"city:{zone}", local or zone.rsplit("/", 1)[-1].replace("_", " ")))
    return out
