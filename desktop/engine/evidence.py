"""Evidence: what the aligner knows about one candidate pair of sentences, measured against the two documents.

Reports of one story crowd every sentence with close neighbours, so a pair's raw similarity says little on its
own. Besides the pair's own measures (sentence and clause cosine, weighted word overlap, names and numbers),
each pair is placed in its row and column of the two documents' similarity matrix: how many standard deviations
its cosine stands above the sentence's other pairings (z), and how far it is from the sentence's best other
pairing (gap: positive when the pair is the best one). Those relative measures mean the same thing in a
haystack of shuffled news and in two reports of one event.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import Indel, LCSseq

from .features import SentenceFeatures, strip_accents

BLOCK = 1024  # rows of the similarity matrix computed at once


class Evidence(NamedTuple):
    """What the aligner knows about one candidate pair of sentences."""

    cos: float | None  # cosine of the sentence embeddings (None without semantic matching)
    margin: float | None  # cosine above both sentences' neighbourhoods
    lexical: float  # IDF-weighted overlap (Dice) of lemmas, names and numbers
    indel: float  # rapidfuzz Indel similarity of the sorted content lemmas (same language only)
    shared: float  # shared names and numbers, 0–1
    conflict: float  # both give numbers and none agree
    mutual: float = 0.0  # each other's closest match
    headline: float = 0.0  # the two reports' titles
    story: float = 0.0  # 0–1, the documents read as reports of one story
    clause: float = 0.0  # best clause-to-clause similarity
    contain: float = 0.0  # IDF-weighted share of the smaller sentence's words the other one has
    verbatim: float = 0.0  # words in common in the same order (stop words too), over the shorter sentence
    name_clash: float = 0.0  # each sentence names someone or something the other does not name
    regime: float = 1.0  # 0 haystack of unrelated sentences … 1 reports of one story (align.regime)
    z_row: float = 0.0  # cosine in standard deviations above the first sentence's pairings with the other document
    z_col: float = 0.0  # the same for the second sentence
    gap_row: float = 0.0  # cosine minus the first sentence's best other pairing (> 0: this pair is its best)
    gap_col: float = 0.0
    context: float | None = None  # how much closer the pair reads with the sentence before one of them
    #     (``context.gain``; None: not read so)
    cover: float | None = None  # each sentence's words said by the other in its own words (``word_cover``; None:
    #     not computed, see ``score_model.ScoreModel.uncovered``)


@dataclass(frozen=True)
class Profile:
    """Each sentence of one document against every sentence of the other: the distribution of its cosines."""

    mean: np.ndarray
    std: np.ndarray
    top1: np.ndarray
    top2: np.ndarray
    density: np.ndarray  # mean of the four best cosines: how crowded the sentence's neighbourhood is

    def z(self, i: int, cos: float) -> float:
        return max(-3.0, min(8.0, (cos - float(self.mean[i])) / float(self.std[i])))

    def gap(self, i: int, cos: float) -> float:
        best, second = float(self.top1[i]), float(self.top2[i])
        return cos - second if cos >= best - 1e-6 else cos - best


def profile(va: np.ndarray, vb: np.ndarray) -> Profile:
    """The cosine profile of each row of ``va`` against all rows of ``vb`` (blocked: memory stays bounded)."""
    n, k = va.shape[0], min(4, vb.shape[0])
    mean, std = np.zeros(n, np.float32), np.zeros(n, np.float32)
    top = np.zeros((n, k), np.float32)
    for r0 in range(0, n, BLOCK):
        sims = va[r0 : r0 + BLOCK] @ vb.T
        mean[r0 : r0 + BLOCK] = sims.mean(axis=1)
        std[r0 : r0 + BLOCK] = sims.std(axis=1)
        top[r0 : r0 + BLOCK] = -np.sort(np.partition(-sims, k - 1, axis=1)[:, :k], axis=1)
    second = top[:, 1] if k > 1 else top[:, 0]  # one sentence on the other side: being its best says nothing
    return Profile(mean, np.maximum(std, 0.02), top[:, 0], second, top.mean(axis=1))


# A word in more than COMMON_MIN sentences of the comparison and in at least COMMON_SHARE of them is one of the
# story's common words: the protagonist's name, the event's noun ("Ingrid Betancourt", "Marseille", "euthanasie").
COMMON_MIN, COMMON_SHARE = 8, 0.1


class WordWeights(dict):
    """The IDF of every lemma, name and number of a comparison, and its common words (``COMMON_SHARE``)."""

    def __init__(self, idf: dict[str, float], common: frozenset[str] = frozenset()):
        super().__init__(idf)
        self.common = common


def idf_table(features: list[list[SentenceFeatures]]) -> WordWeights:
    """Inverse document frequency of every lemma, name and number, counting sentences as documents."""
    df: dict[str, int] = defaultdict(int)
    n = 0
    for doc in features:
        for f in doc:
            n += 1
            for key in f.content | f.names | f.numbers:
                df[key] += 1
    common = frozenset(k for k, v in df.items() if v > COMMON_MIN and v >= COMMON_SHARE * n)
    return WordWeights({k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}, common)


def _weighted(keys: frozenset[str], idf: dict[str, float]) -> float:
    return sum(idf.get(k, 1.0) for k in keys)


@dataclass(frozen=True)
class Words:
    """What the word evidence needs of each sentence of one document, computed once per document pair."""

    keys: list[frozenset[str]]  # lemmas, names and numbers
    weight: list[float]  # their summed IDF
    lemmas: list[list[str]]  # content lemmas but the story's common words, sorted (for Indel)
    norms: list[list[str]]  # every word but the story's common words, in order (for the words in common in order)

    @classmethod
    def of(cls, features: list[SentenceFeatures], idf: dict[str, float]) -> Words:
        """Indel and the words in common in order weigh every word alike: there the story's common words are left
        out, or two titles that name the same protagonist ("Ingrid Betancourt est libre", "Ingrid Betancourt est
        arrivée en France") read as one statement. The IDF-weighted overlaps count them at their weight."""
        common = idf.common if isinstance(idf, WordWeights) else frozenset()
        keys = [f.content | f.names | f.numbers for f in features]
        return cls(keys, [_weighted(k, idf) for k in keys], [sorted(f.content - common) for f in features],
                   [[t.norm for t in f.tokens if t.lemma not in common and t.norm not in common] for f in features])


def word_evidence(a: SentenceFeatures, b: SentenceFeatures, wa: Words, i: int, wb: Words, j: int, same_lang: bool,
                  idf: dict[str, float]) -> Evidence:
    """The word-level evidence that sentence i of one document and j of the other state the same thing."""
    shared = _weighted(wa.keys[i] & wb.keys[j], idf)
    total, smaller = wa.weight[i] + wb.weight[j], min(wa.weight[i], wb.weight[j])
    entities, conflict, clash = _entities(a, b)
    if not same_lang:
        return Evidence(None, None, 2 * shared / total if total else 0.0, 0.0, entities, conflict,
                        contain=shared / smaller if smaller else 0.0)
    shorter = min(len(wa.norms[i]), len(wb.norms[j]))
    return Evidence(None, None, 2 * shared / total if total else 0.0,
                    Indel.normalized_similarity(wa.lemmas[i], wb.lemmas[j]), entities, conflict,
                    contain=shared / smaller if smaller else 0.0, name_clash=clash,
                    verbatim=LCSseq.similarity(wa.norms[i], wb.norms[j]) / shorter if shorter else 0.0)


def _entities(a: SentenceFeatures, b: SentenceFeatures) -> tuple[float, float, float]:
    ea, eb = a.names | a.numbers, b.names | b.numbers
    shared = len(ea & eb)
    conflict = float(bool(a.numbers and b.numbers and not (a.numbers & b.numbers)))
    clash = float(bool(a.names - b.names and b.names - a.names))
    return min(shared, 3) / 3, conflict, clash


def placement(cos: float, i: int, j: int, rows: Profile, cols: Profile) -> dict[str, float]:
    """The pair's place in row i and column j of the similarity matrix: margin, z-scores and gaps."""
    margin = cos - (float(rows.density[i]) + float(cols.density[j])) / 2
    return {"cos": cos, "margin": margin, "z_row": rows.z(i, cos), "z_col": cols.z(j, cos), "gap_row": rows.gap(i, cos),
            "gap_col": cols.gap(j, cos)}


# Two words (names or content lemmas), each in this share of the sentences of both reports, are the story's topic:
# the protagonist's name and the event's noun ("Edvige" and "fichier", "Kerviel" and "trader"). One word is not
# enough: unrelated French reports share "France", "président" or "pouvoir" in a tenth of their sentences. On the
# 200 rpm2 reports, of the pairs the mean cosine calls a haystack, one word above a tenth called 27 % of the pairs
# of two topics one story, a second word 6.5 % (the mean cosine's own rate: 7 %), and the second word still finds 93
# of the 119 pairs of one story that the mean cosine misses (an interview and a report of one event). Haystacks of
# shuffled news (MRPC, STS-B) share no word in more than 0.09 of their sentences. TOPIC_MIN: in at least that many
# sentences of each report, so that two short reports do not read as one story for a word or two in common.
HAYSTACK_SHARE, TOPIC_SHARE, TOPIC_MIN = 0.1, 0.15, 2


def topic_share(counts_a: dict[str, int], n_a: int, counts_b: dict[str, int], n_b: int) -> float:
    """The share of both reports' sentences (the smaller of the two) that their second most shared word is in;
    ``counts_*``: in how many sentences of each report each word is (``sentence_counts``)."""
    shares = sorted((min(counts_a[k] / n_a, counts_b[k] / n_b) for k in counts_a.keys() & counts_b.keys()
                     if min(counts_a[k], counts_b[k]) >= TOPIC_MIN), reverse=True)
    return shares[1] if len(shares) > 1 else 0.0


def sentence_counts(features: list[SentenceFeatures]) -> dict[str, int]:
    """In how many sentences each name and content lemma is, accents and case aside."""
    counts: dict[str, int] = defaultdict(int)
    for f in features:
        for key in {strip_accents(w.lower()) for w in f.names | f.content}:
            counts[key] += 1
    return counts


def topic_regime(share: float) -> float:
    """0 up to a haystack's shared words, 1 from a story's topic words up, linear in between."""
    return min(1.0, max(0.0, (share - HAYSTACK_SHARE) / (TOPIC_SHARE - HAYSTACK_SHARE)))


def mean_cosine(va: np.ndarray, vb: np.ndarray) -> float:
    """The mean cosine over all sentence pairs of two documents (from the centroids, O(n))."""
    return float(va.mean(axis=0) @ vb.mean(axis=0))


def same_story(mean_cos: float) -> float:
    """0–1: how far two documents read as reports of one story (0.15 → 0, 0.27 → 1), for the haystack model's priors."""
    return min(1.0, max(0.0, (mean_cos - 0.15) / 0.12))
