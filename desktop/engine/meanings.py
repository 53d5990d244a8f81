"""Word meanings: which words of different reports say the same thing in other words or another language.

Details compare linked sentences word by word. Lemmas catch "kills" / "killed" but not "killed" / "dead",
"quake" / "earthquake", or across languages "Council" / "Conseil", "employs" / "travaillent"; each of these would
read as a detail only one source has. The multilingual sentence model embeds each content word of the reports
on its own; two words of different reports whose vectors are close (cosine ≥ ``MIN_SIMILARITY``) count as the
same meaning. The result is a small table of word pairs, computed once per comparison with the sentence vectors,
kept with the comparison (and in a saved session), so re-grouping at another strictness needs no model.

Measured (benchmarks): iSTS headline details and the Swiss government EN↔FR pages, see ``quality.py``.
"""
from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import dataclass, field

from .features import SentenceFeatures, Token
from .model import Link

MIN_SIMILARITY = 0.7  # killed/dead 0.748, quake/earthquake 0.82, Council/Conseil 0.78; killed/injured 0.53
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

    def __post_init__(self) -> None:
        index: dict[str, set[str]] = {}
        for a, b in self.pairs:
            index.setdefault(a, set()).add(b)
            index.setdefault(b, set()).add(a)
        spelled: dict[str, set[str]] = {}
        for acronym, words in self.expansions.items():
            for w in words:
                spelled.setdefault(w, set()).add(acronym)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_spelled", spelled)

    def matches(self, word: str, min_similarity: float = MIN_SIMILARITY) -> set[str]:
        """The words of other reports that mean what ``word`` means (at least ``min_similarity`` alike)."""
        found = self._index.get(word, set())
        if min_similarity <= MIN_SIMILARITY:
            return found
        return {w for w in found if self.pairs.get((min(word, w), max(word, w)), 0.0) >= min_similarity}

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

    def __len__(self) -> int:
        return len(self.pairs)


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


def word_matches(encode, where: dict[str, frozenset[int]], long_forms: dict[str, str] | None = None,
                 ) -> Generator[tuple[int, int], None, WordMatches]:
    """The same-meaning pairs among the words of ``where`` (each with the reports it is in; a pair of words of one
    report only is not kept). ``encode(list[str])`` returns their unit vectors (the sentence model); an acronym with a long
    form (``long_forms``, from ``acronyms.definitions``) is read as its long form ("SFOE" as "Swiss Federal Office
    of Energy", so that it meets "OFEN"). Yields (rows done, rows) between blocks of the similarity matrix."""
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
    return WordMatches(pairs, expansions)


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
    """(kind, a, b, value) rows for a saved session: 'same' pairs with their cosine, and 'expands' rows giving
    an acronym's long-form words in order."""
    rows = [("same", a, b, s) for (a, b), s in sorted(matches.pairs.items())]
    return rows + [("expands", a, w, float(k)) for a, words in sorted(matches.expansions.items())
                   for k, w in enumerate(words)]


def from_rows(rows: Iterable[tuple[str, str, str, float]]) -> WordMatches | None:
    """A table read back from a saved session (None when it holds none: a session saved before the table
    existed, or reports with no two words alike, which details read the same way)."""
    pairs, expansions = {}, {}
    for kind, a, b, value in rows:
        if kind == "expands":
            expansions.setdefault(a, []).append((value, b))
        else:
            pairs[(a, b)] = value
    expanded = {a: tuple(w for _, w in sorted(ws)) for a, ws in expansions.items()}
    return WordMatches(pairs, expanded) if pairs or expanded else None
