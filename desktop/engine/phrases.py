"""Phrases across languages: which phrases of a sentence the other language's version leaves out.

Inside two linked sentences of one language, details compare words. Across languages words rarely meet (the
word-meaning table matches "Council" / "Conseil", not "follow-up work" / "le suivi"), and on the Swiss government
pages (EN↔FR) 85 % of the words details flagged there were wrong. Here each sentence is cut into phrases (small
words then content words, a new phrase at a small word after a content word, merged until a phrase holds two
content words, never across punctuation: "Von Wattenwyl talks", "which take place", "between the Federal Council"),
and each phrase is embedded with the multilingual sentence model and compared with every phrase of the other
version. A phrase the other version does not say has no close counterpart there. (Comparing with two neighbouring
phrases read together as well added 0.002 to F1 for a third more encoding: left out.)

That cosine alone is a weak witness (short phrases embed loosely), so the decision combines it with how much longer
the sentence is than its counterpart (a sentence twice as long says more) and with the word-level verdict, in a
logistic model fitted on the Swiss government development pages (``benchmarks/fit_phrases.py``, cross-validated by
page: F1 0.257 -> 0.316, precision 0.243 -> 0.272, recall 0.273 -> 0.376; fitted on all pages and measured by
``swissgov_details.py``: 0.318). Fitted on English and French only; other pairs of spaced scripts use the same
weights unmeasured. The table of phrase cosines is computed once per comparison for every cross-language candidate
pair that may be linked (``meanings.MIN_SCORE``), stored with the comparison and the session, so re-grouping needs
no model. Within one language the words decide as before.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .features import UNSPACED, SentenceFeatures
from .meanings import MIN_SCORE
from .model import Document, Link, SentenceRef

if TYPE_CHECKING:  # the UI imports this module at start-up, before numpy is needed
    import numpy as np

MIN_CONTENT = 2  # content words a phrase holds (a shorter run joins the next one)
# benchmarks/fit_phrases.py: logistic weights over (the phrase's cosine, log length ratio, the word flagged by the
# words, cosine × ratio, the ratio where longer, the share of the phrase's content words flagged by the words), the
# bias, and the probability from which a word is flagged (F1 is flat from 0.125 to 0.175)
WEIGHTS = (-3.536, -1.474, 0.416, 1.230, 2.414, 0.595)
BIAS = -1.342
FLAG_FROM = 0.15

Encode = Callable[[list[str]], Generator[tuple[int, int], None, "np.ndarray"]]  # texts -> steps, then unit vectors
Pair = tuple[SentenceRef, SentenceRef]


@dataclass(frozen=True)
class PhraseCover:
    """Per ordered pair of sentences in two languages: for each phrase of the first, its best cosine with a phrase
    of the second, and which phrase of the second that is."""

    sims: dict[Pair, tuple[float, ...]] = field(default_factory=dict)
    best: dict[Pair, tuple[int, ...]] = field(default_factory=dict)


def phrases(feats: SentenceFeatures, text: str) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the sentence's phrases: between two punctuation marks, runs of small words then
    content words (a new run at a small word after a content word), merged until each holds ``MIN_CONTENT`` content
    words (what is left before the next mark joins the phrase before it)."""
    toks, out, runs, start, content = feats.tokens, [], [], 0, False
    for k in range(1, len(toks) + 1):
        mark = k == len(toks) or any(c in _BREAKS for c in text[toks[k - 1].end:toks[k].start])
        content = content or not toks[k - 1].stop
        if mark or (toks[k].stop and content):
            runs.append((start, k))
            start, content = k, False
        if mark:
            out += _merged(runs, feats)
            runs = []
    return out


_BREAKS = ",;:()[]«»\"“”–—"


def _merged(runs: list[tuple[int, int]], feats: SentenceFeatures) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = None
    for a, b in runs:
        start = a if start is None else start
        if sum(not t.stop for t in feats.tokens[start:b]) >= MIN_CONTENT:
            out.append((start, b))
            start = None
    if start is not None:
        out = out[:-1] + [(out[-1][0], runs[-1][1])] if out else [(start, runs[-1][1])]
    return out


def _text(feats: SentenceFeatures, text: str, span: tuple[int, int]) -> str:
    return text[feats.tokens[span[0]].start:feats.tokens[span[1] - 1].end]


def cross_language_pairs(documents: list[Document], candidates: list[Link]) -> list[Pair]:
    """The candidate pairs in two languages that may be linked at a strictness the slider is likely set to (in
    scripts written with spaces: the model compares the two versions' lengths in characters)."""
    langs = [d.language for d in documents]
    return [(ln.a, ln.b) for ln in candidates if ln.score >= MIN_SCORE and langs[ln.a[0]] != langs[ln.b[0]]
            and langs[ln.a[0]] not in UNSPACED and langs[ln.b[0]] not in UNSPACED]


def phrase_cover(encode: Encode, documents: list[Document], feats: list[list[SentenceFeatures]],
                 candidates: list[Link]) -> Generator[tuple[int, int], None, PhraseCover]:
    """The phrase cosines of every cross-language candidate pair (``cross_language_pairs``), both ways. The
    phrases of all sentences involved are encoded at once (``encode``: the sentence model with its cache, yielding
    (phrases done, phrases to encode) between batches, so the caller can show progress and cancel)."""
    pairs = cross_language_pairs(documents, candidates)
    refs = sorted({ref for pair in pairs for ref in pair})
    spans, texts = {}, {}
    for ref in refs:
        f, text = feats[ref[0]][ref[1]], documents[ref[0]].sentence_text(ref[1])
        spans[ref] = phrases(f, text)
        texts[ref] = [_text(f, text, span) for span in spans[ref]]
    flat = sorted({t for ts in texts.values() for t in ts})
    if not flat:
        return PhraseCover()
    vectors = yield from encode(flat)
    row = {t: k for k, t in enumerate(flat)}
    rows = {ref: vectors[[row[t] for t in ts]] for ref, ts in texts.items()}
    sims: dict[Pair, tuple[float, ...]] = {}
    best: dict[Pair, tuple[int, ...]] = {}
    for a, b in pairs:
        if not spans[a] or not spans[b]:
            continue  # a sentence of punctuation only: no phrase to compare
        table = rows[a] @ rows[b].T  # phrases of a × phrases of b
        for key, part in (((a, b), table), ((b, a), table.T)):
            sims[key] = tuple(round(float(x), 4) for x in part.max(axis=1))
            best[key] = tuple(int(x) for x in part.argmax(axis=1))
    return PhraseCover(sims, best)


def counterpart(cover: PhraseCover, ref: SentenceRef, feats: SentenceFeatures, text: str, k: int, other: SentenceRef,
                other_feats: SentenceFeatures, other_text: str) -> tuple[int, int] | None:
    """The words of sentence ``other`` (offsets in it) that say what the phrase holding token ``k`` of ``ref`` says:
    the phrase it matched best; None when the table lacks the pair."""
    best = cover.best.get((ref, other))
    spans = phrases(feats, text)
    p = next((p for p, (a, b) in enumerate(spans) if a <= k < b), None)
    if best is None or p is None or len(best) != len(spans):
        return None
    theirs = phrases(other_feats, other_text)
    if best[p] >= len(theirs):
        return None
    a, b = theirs[best[p]]
    return other_feats.tokens[a].start, other_feats.tokens[b - 1].end


def flagged(feats: SentenceFeatures, text: str, ref: SentenceRef, others: list[SentenceRef], cover: PhraseCover,
            length_ratio: float, word_flags: list[bool]) -> list[bool] | None:
    """Per token of sentence ``ref``, whether its group's members in other languages (``others``) leave it out;
    ``length_ratio``: its source's sentences in the group over the longest other source's, in characters. None when
    the table lacks a pair (a manual link of two sentences never scored as candidates: the words decide)."""
    rows = token_inputs(feats, text, ref, others, cover, length_ratio, word_flags)
    return None if rows is None else [probability(x) >= FLAG_FROM for x in rows]


def token_inputs(feats: SentenceFeatures, text: str, ref: SentenceRef, others: list[SentenceRef], cover: PhraseCover,
                 length_ratio: float, word_flags: list[bool]) -> list[tuple[float, ...]] | None:
    """The model's inputs for each token of ``ref`` (see ``flagged``), in the order of ``WEIGHTS``."""
    rows = [cover.sims.get((ref, o)) for o in others]
    spans = phrases(feats, text)
    if not others or any(r is None or len(r) != len(spans) for r in rows):
        return None
    ratio = math.log(max(length_ratio, 1e-3))
    out: list[tuple[float, ...]] = [()] * len(feats.tokens)
    for p, (a, b) in enumerate(spans):
        sim = max(r[p] for r in rows)
        content = [k for k in range(a, b) if not feats.tokens[k].stop] or list(range(a, b))
        share = sum(word_flags[k] for k in content) / len(content)
        for k in range(a, b):
            out[k] = (sim, ratio, float(word_flags[k]), sim * ratio, max(ratio, 0.0), share)
    return out


def probability(inputs: tuple[float, ...]) -> float:
    z = BIAS + sum(w * x for w, x in zip(WEIGHTS, inputs))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def renumbered(cover: PhraseCover, new_of: dict[int, int]) -> PhraseCover:
    """The table with every source index ``k`` read as ``new_of[k]`` (the columns were put in another order)."""
    def pair(p: Pair) -> Pair:
        return (new_of[p[0][0]], p[0][1]), (new_of[p[1][0]], p[1][1])

    return PhraseCover({pair(p): v for p, v in cover.sims.items()}, {pair(p): v for p, v in cover.best.items()})


def to_rows(cover: PhraseCover) -> list[tuple[int, int, int, int, int, float, int]]:
    """(source, sentence, other source, other sentence, phrase, cosine, the other's phrase) rows for a saved session."""
    return [(a[0], a[1], b[0], b[1], p, v, w) for (a, b), vs in sorted(cover.sims.items())
            for p, (v, w) in enumerate(zip(vs, cover.best[(a, b)]))]


def from_rows(rows) -> PhraseCover | None:
    """A table read back from a saved session (None when it holds none)."""
    found: dict[Pair, list[tuple[int, float, int]]] = {}
    for sa, ia, sb, ib, p, v, w in rows:
        found.setdefault(((sa, ia), (sb, ib)), []).append((p, v, w))
    if not found:
        return None
    ordered = {k: sorted(vs) for k, vs in found.items()}
    return PhraseCover({k: tuple(v for _, v, _ in vs) for k, vs in ordered.items()},
                       {k: tuple(w for _, _, w in vs) for k, vs in ordered.items()})
