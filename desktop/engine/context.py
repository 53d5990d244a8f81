"""Context: a pair of sentences read together with the sentence before each.

Reports of one story say a fact in a sentence that leans on the one before it: "One of them later died of his
injuries" names no one, the sentence before it says two dockers were taken to hospital. Embedded alone, it reads far
from the other report's "A docker who was in the cabin died in hospital in the evening": the model scored the pair
0.29 (0.48 after the pair rules: a near miss, and each report's own). Embedded after the sentence before it (a window
of two), it carries whom it speaks of, as a reader does: 0.46, and linked (0.66; tests/test_context.py). ``gain``:
how much closer the pair reads once either side or both are read with the sentence before (the best of the three
readings, above the sentences' own cosine; 0 when no reading comes closer; two first sentences are not read so).
It is one input of the score model (``score_model.INPUTS``: ``context``, with ``context_read`` where it was read),
for reports of one story in one language written in prose, where the score model of one story (``score_model.FITTED``)
reads it; in a list of headlines the line before is another story. It costs one more embedding a sentence (cached
as sentences are): two ten-report rpm2 clusters, cold, 2.25 -> 2.67 s and 1.95 -> 2.80 s to compare (median of
three runs, benchmarks/bench_cluster.py); two long reports of many stories do not read as one story and are not
read so.

Measured on 58 annotated same-story pairs (the ten development pairs and 48 annotated blind in session 56),
leave-one-pair-out through the CLI's pair rules. Refitting the whole score model with it (benchmarks/fit_scores.py):
must recall 0.733 -> 0.769, should 0.269 -> 0.269, link precision 0.834 -> 0.859 against the same refit without it;
the window after the sentence did less (0.749 / 0.291 / 0.842), a window of three too (0.761 / 0.269 / 0.838), and
so did the mean of the two sentences' vectors in place of a window's own embedding (0.761 / 0.275 / 0.847, no
embedding to compute). Its weight fitted on top of the shipped model (benchmarks/fit_context.py), which keeps what
49 pairs taught it: 0.749 / 0.258 / 0.856 -> 0.784 / 0.264 / 0.867.
"""
from __future__ import annotations

from collections.abc import Generator

import numpy as np

from .embed import Embedder
from .model import Document, EmbeddingCache


def window_texts(doc: Document) -> list[str]:
    """Each sentence of ``doc`` after the sentence before it (the first sentence alone)."""
    texts = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    return [text if i == 0 else f"{texts[i - 1]} {text}" for i, text in enumerate(texts)]


def window_vectors(emb: Embedder, documents: list[Document], cache: EmbeddingCache | None,
                   ) -> Generator[tuple[int, int], None, list[np.ndarray]]:
    """Per document, the unit vectors of its windows (one row a sentence); yields (done, total) between batches."""
    return (yield from emb.iter_encode([window_texts(d) for d in documents], cache))


def gain(win_a: np.ndarray, vec_a: np.ndarray, win_b: np.ndarray, vec_b: np.ndarray, i: int, j: int,
         cos: float) -> float:
    """How much closer sentence i of one report and j of the other read with the sentence before either or both."""
    read = max(float(win_a[i] @ win_b[j]), float(win_a[i] @ vec_b[j]), float(vec_a[i] @ win_b[j]))
    return max(0.0, read - cos)
