"""Word meanings: which words of different reports say the same thing in other words or another language.

Details compare linked sentences word by word. Lemmas catch "kills" / "killed" but not "killed" / "dead",
"quake" / "earthquake", or across languages "Council" / "Conseil", "employs" / "travaillent"; each of these would
read as a detail only one source has. The multilingual sentence model embeds each content word of the reports
on its own; two words of different reports whose vectors are close (cosine ≥ ``MIN_SIMILARITY``) count as the
same meaning. In English, WordNet then reads the table (``vouch``, ``thesaurus``): synonyms the model reads as far
apart are added, opposites it reads as close are dropped. The result is a small table of word pairs, computed once
per comparison with the sentence vectors, kept with the comparison (and in a saved session), so re-grouping at
another strictness needs no model.

Measured (benchmarks): iSTS headline details and the Swiss government EN↔FR pages, see ``quality.py``.
"""
from __future__ import annotations

import logging
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field, replace

from .features import SentenceFeatures, Token
from .model import Link

log = logging.getLogger(__name__)

MIN_SIMILARITY = 0.7  # killed/dead 0.748, quake/earthquake 0.82, Council/Conseil 0.78; killed/injured 0.53
# Two words in the same slot of two linked sentences are a difference worth a "said differently" mark when they
# are about the same thing, alike or opposite (approved/rejected 0.57, guilty/acquitted 0.62, rises/falls 0.57,
# injured/killed 0.53, police/army 0.46); words of unrelated meaning there only reword the sentence ("three people
# today" / "three people dead" 0.25, "Greece killed" / "Athens left": killed/left 0.34, visited/stopped 0.42).
RELATED = 0.45
SLOT_TOKENS = 6  # words a side of a replace block may have for its words to be compared (details' conflicts)
MIN_SCORE = 0.2  # words of sentences with a candidate pair scored at least this (see ``linkable_words``)
BLOCK = 1024  # rows of the similarity matrix computed at once


def meaning_key(tok: Token) -> str | None:
    """The word a token is compared by: an acronym as written (the model reads "EU" and "UE" as one, "eu" and
    "ue" less so), any other content word in lower case; None for stop words, numbers and single letters."""
    if tok.stop or tok.is_number or len(tok.norm) < 2 or not any(c.isalpha() for c in tok.norm):
        return None
    return tok.surface if tok.surface.isupper() else tok.norm


@dataclass(frozen=True)
class WordMatches:
    """Pairs of words from different reports that mean the same, each pair with its cosine; and the acronyms the
    reports define, each with the content words of its long form ("SFOE": swiss, federal, office, energy)."""

    pairs: dict[tuple[str, str], float] = field(default_factory=dict)  # (a, b), a < b
    expansions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    slots: dict[tuple[str, str], float] = field(default_factory=dict)  # (a, b), a < b: words that one sentence has
    #     where a sentence linked to it has the other (``slot_words``), with their cosine whatever it is
    vouched: frozenset[tuple[str, str]] = frozenset()  # (a, b), a < b: pairs a thesaurus vouches for (``vouch``)

    def __post_init__(self) -> None:
        index: dict[str, set[str]] = {}
        for a, b in (*self.pairs, *self.vouched):
            index.setdefault(a, set()).add(b)
            index.setdefault(b, set()).add(a)
        spelled: dict[str, set[str]] = {}
        for acronym, words in self.expansions.items():
            for w in words:
                spelled.setdefault(w, set()).add(acronym)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_spelled", spelled)

    def matches(self, word: str, min_similarity: float = MIN_SIMILARITY) -> set[str]:
        """The words of other reports that mean what ``word`` means (at least ``min_similarity`` alike, or vouched
        for by a thesaurus)."""
        found = self._index.get(word, set())
        if min_similarity <= MIN_SIMILARITY:
            return found
        return {w for w in found if self.pairs.get(k := (min(word, w), max(word, w)), 0.0) >= min_similarity
                or k in self.vouched}

    def covers(self, word: str, words: set[str], min_similarity: float = MIN_SIMILARITY) -> bool:
        """Whether ``words`` (another report's) say ``word``: a word of the same meaning, or for an acronym most
        of its long form ("SFOE" by "office", "fédéral", "énergie"), or for a word of a long form the acronym."""
        if self.matches(word, min_similarity) & words:
            return True
        long_form = self.expansions.get(word)
        if long_form:
            said = sum(1 for w in long_form if w in words or self.matches(w, min_similarity) & words)
            if 2 * said >= len(long_form):
                return True
        return bool(self._spelled.get(word, set()) & words)

    def related(self, words: list[str], others: list[str]) -> bool | None:
        """Whether some word of ``words`` is about what a word of ``others`` is about (``RELATED``), where one
        sentence has them in the same place as the other; None when the table holds none of the pairs (a link
        made by hand between sentences the aligner never scored, a session saved before this was kept)."""
        known = [self.slots[k] for a in words for b in others if (k := (min(a, b), max(a, b))) in self.slots]
        return max(known) >= RELATED if known else None

    def vouches(self, a: str, b: str) -> bool:
        """Whether the table holds ``a`` and ``b`` as one, whatever their cosine (a thesaurus's pair, one body's
        acronyms, one country's names)."""
        return (min(a, b), max(a, b)) in self.vouched

    def __len__(self) -> int:
        return len(self.pairs.keys() | self.vouched)


def linkable_words(feats: list[list[SentenceFeatures]], candidates: Iterable[Link]) -> dict[str, frozenset[int]]:
    """The words of every sentence the aligner scored at least ``MIN_SCORE`` against another report's (the
    sentences a group may join at any strictness the slider is likely to be set to), each with the reports it
    is in. (A manual link of two other sentences compares their words as written.)"""
    refs = {ref for ln in candidates if ln.score >= MIN_SCORE for ref in (ln.a, ln.b)}
    where: dict[str, set[int]] = {}
    for d, i in refs:
        for t in feats[d][i].tokens:
            if (k := meaning_key(t)) is not None:
                where.setdefault(k, set()).add(d)
    return {k: frozenset(v) for k, v in where.items()}


def slot_words(feats: list[list[SentenceFeatures]], langs: list[str], candidates: Iterable[Link],
               ) -> set[tuple[str, str]]:
    """The pairs of words (a < b) that two sentences of one language scored at least ``MIN_SCORE`` have in the
    same place: each content word of a replace block of their word diff (lemmas, as details read them) with each
    of the block's other side."""
    from rapidfuzz.distance import Levenshtein

    out: set[tuple[str, str]] = set()
    for ln in candidates:
        if ln.score < MIN_SCORE or langs[ln.a[0]] != langs[ln.b[0]]:
            continue
        mine, theirs = feats[ln.a[0]][ln.a[1]].tokens, feats[ln.b[0]][ln.b[1]].tokens
        for op in Levenshtein.opcodes([t.lemma for t in mine], [t.lemma for t in theirs]):
            if op.tag != "replace" or max(op.src_end - op.src_start, op.dest_end - op.dest_start) > SLOT_TOKENS:
                continue
            a = {k for t in mine[op.src_start:op.src_end] if (k := meaning_key(t)) is not None}
            b = {k for t in theirs[op.dest_start:op.dest_end] if (k := meaning_key(t)) is not None}
            out |= {(min(x, y), max(x, y)) for x in a for y in b if x != y}
    return out


def word_matches(encode, where: dict[str, frozenset[int]], long_forms: dict[str, str] | None = None,
                 slots: set[tuple[str, str]] | None = None) -> Generator[tuple[int, int], None, WordMatches]:
    """The same-meaning pairs among the words of ``where`` (each with the reports it is in; a pair of words of one
    report only is not kept). ``encode(list[str])`` returns their unit vectors (the sentence model); an acronym with a long
    form (``long_forms``, from ``acronyms.definitions``) is read as its long form ("SFOE" as "Swiss Federal Office
    of Energy", so that it meets "OFEN"); each pair of ``slots`` (``slot_words``) keeps its cosine. Yields (rows
    done, rows) between blocks of the similarity matrix."""
    import numpy as np  # imported on first use: a saved session's table is read without it

    long_forms = {a: f for a, f in (long_forms or {}).items() if a in where}
    expansions = {a: _content_words(f) for a, f in long_forms.items()}
    words = sorted(where)
    if len(words) < 2:
        return WordMatches({}, expansions)
    vectors = encode([long_forms.get(w, w) for w in words])
    pairs: dict[tuple[str, str], float] = {}
    for r0 in range(0, len(words), BLOCK):
        sims = vectors[r0 : r0 + BLOCK] @ vectors[r0:].T  # the upper triangle, block by block
        for i, j in zip(*np.nonzero(sims >= MIN_SIMILARITY)):
            a, b = words[r0 + i], words[r0 + j]
            if j > i and not (where[a] == where[b] and len(where[a]) == 1) and not negation(a, b):
                pairs[(a, b)] = round(float(sims[i, j]), 4)
        yield min(len(words), r0 + BLOCK), len(words)
    at = {w: i for i, w in enumerate(words)}
    slotted = {(a, b): round(float(vectors[at[a]] @ vectors[at[b]]), 4) for a, b in (slots or ()) if a in at and b in at}
    return WordMatches(pairs, expansions, slotted)


def read_alike(encode, pairs: set[tuple], text, bar) -> set[tuple]:
    """The ``pairs`` (x, y) whose texts (``text(x)``) the sentence model reads at ``bar(x, y)`` or more alike, each
    text encoded once (``encode(list[str])`` returns unit vectors)."""
    if not pairs:
        return set()
    items = sorted({x for pair in pairs for x in pair})
    at = {x: k for k, x in enumerate(items)}
    vectors = encode([text(x) for x in items])
    return {(x, y) for x, y in pairs if float(vectors[at[x]] @ vectors[at[y]]) >= bar(x, y)}


def vouch(matches: WordMatches, where: dict[str, frozenset[int]], langs: list[str]) -> WordMatches:
    """The table with what a thesaurus knows of its English words (``thesaurus``, WordNet; acronyms aside):
    synonyms of different reports are vouched for whatever their cosine ("abduct" / "kidnapped"); a pair the model
    reads as close (``MIN_SIMILARITY``) is vouched for when the thesaurus relates the two words (``thesaurus.related``:
    one right above the other, an adjective and its cluster's head, one causing the other), and dropped when they are
    opposites ("acquitted" / "convicted", "cheap" / "expensive"); other pairs, and every pair in another language,
    stay as the model reads them.

    iSTS headline details (``ists_details.py``): F1 0.774 (precision 0.690, recall 0.881) without the thesaurus,
    0.779 with its synonyms and opposites alone; see ``details.cover.SAME_LANGUAGE_MEANING`` for the figure with all of
    this."""
    from . import thesaurus

    english = {w.lower(): w for w, docs in where.items()
               if not w.isupper() and any(langs[d] == "en" for d in docs)}
    close = [(a, b) for a, b in matches.pairs if a.lower() in english and b.lower() in english]
    try:
        synonyms = thesaurus.synonym_pairs(english)
        opposites = {(a, b) for a, b in close if thesaurus.opposite(a.lower(), b.lower())}
        related = {(a, b) for a, b in close if (a, b) not in opposites and thesaurus.related(a.lower(), b.lower())}
    except (TypeError, AttributeError, KeyError, ValueError) as exc:  # a damaged table: the model's reading stands
        log.warning("thesaurus unusable, English synonyms left out: %s", exc)
        return matches
    vouched = {tuple(sorted((english[x], english[y]))) for x, y in synonyms} | related
    vouched = {(a, b) for a, b in vouched if not (where[a] == where[b] and len(where[a]) == 1)}
    pairs = {k: cos for k, cos in matches.pairs.items() if k not in opposites}
    return replace(matches, pairs=pairs, vouched=frozenset(vouched))


# Prefixes that make a word its opposite in English and French ("legal" / "illegal", "agree" / "disagree",
# "favorable" / "défavorable", "connu" / "méconnu"): the model puts the two close (0.77–0.79), a reader never.
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "non-", "dé", "dés", "mé", "mal", "anti")
SHORTEST_NEGATED = 4  # letters of the word a prefix negates ("in" + "to" is no negation)


def negation(a: str, b: str) -> bool:
    """Whether one of two words is the other with a negating prefix (``NEGATING_PREFIXES``), case aside."""
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return len(short) >= SHORTEST_NEGATED and any(long_ == p + short for p in NEGATING_PREFIXES)


def _content_words(long_form: str) -> tuple[str, ...]:
    """The comparison keys of a long form's content words, in any language ("l'Office fédéral de l'énergie":
    office, fédéral, énergie)."""
    from .features import tokenize
    from .language import detect_language

    lang = detect_language(long_form) or "en"
    return tuple(k for t in tokenize(long_form, lang) if (k := meaning_key(t)) is not None)


def to_rows(matches: WordMatches) -> list[tuple[str, str, str, float]]:
    """(kind, a, b, value) rows for a saved session: 'same' pairs with their cosine, 'slot' pairs with theirs,
    'vouched' pairs, and 'expands' rows giving an acronym's long-form words in order."""
    rows = [("same", a, b, s) for (a, b), s in sorted(matches.pairs.items())]
    rows += [("slot", a, b, s) for (a, b), s in sorted(matches.slots.items())]
    rows += [("vouched", a, b, 1.0) for a, b in sorted(matches.vouched)]
    return rows + [("expands", a, w, float(k)) for a, words in sorted(matches.expansions.items())
                   for k, w in enumerate(words)]


def from_rows(rows: Iterable[tuple[str, str, str, float]]) -> WordMatches | None:
    """A table read back from a saved session (None when it holds none: a session saved before the table
    existed, or reports with no two words alike, which details read the same way)."""
    pairs, expansions, slots, vouched = {}, {}, {}, set()
    for kind, a, b, value in rows:
        if kind == "expands":
            expansions.setdefault(a, []).append((value, b))
        elif kind == "vouched":
            vouched.add((a, b))
        elif kind == "slot":
            slots[(a, b)] = value
        else:
            pairs[(a, b)] = value
    expanded = {a: tuple(w for _, w in sorted(ws)) for a, ws in expansions.items()}
    known = pairs or expanded or slots or vouched
    return WordMatches(pairs, expanded, slots, frozenset(vouched)) if known else None
