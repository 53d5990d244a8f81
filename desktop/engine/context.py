"""Context: a pair of sentences read with the sentence before one of them.

Reports of one story say a fact in a sentence that leans on the one before it: "One of them later died of his
injuries" names no one, the sentence before it says two dockers were taken to hospital. Embedded alone, it reads far
from the other report's "A docker who was in the cabin died in hospital in the evening": the model scored the pair
0.29 (0.48 after the pair rules: a near miss, and each report's own). Embedded after the sentence before it (a window
of two), it carries whom it speaks of, as a reader does, and the pair links (tests/test_context.py). ``gain``: how
much closer the pair reads once one side is read with its sentence before, against the other side alone (the better
of the two readings, above the sentences' own cosine; 0 when neither comes closer; two first sentences are not read
so). It is one input of the score model (``score_model.INPUTS``: ``context``, with ``context_read`` where it was
read), for reports of one story in one language written in prose (in a list of headlines the line before is another
story), where the score model of one story (``score_model.FITTED``) reads it.

Both sides read with their sentences before was tried first: where the two sentences before state one fact, the two
windows share most of their words and read alike whatever the sentences after them say ("sentenced to eight years.
His lawyer said he would appeal" / "sentenced to eight years. Relatives said the sentence did not reflect their
loss"), and order.py already raises a pair right after a sure pair: two helpers' reports got links between different
facts that way. Measured (benchmarks/fit_context.py, its weight fitted on top of the shipped model, leave-one-pair-out
on 58 annotated same-story pairs, the ten development pairs and 48 annotated blind in session 56, with the CLI's pair
rules): must recall / should recall / link precision 0.749 / 0.258 / 0.856 without context; 0.776 / 0.269 / 0.864
with it (the ten development pairs 0.753 / 0.543 / 0.891 -> 0.753 / 0.571 / 0.902); both sides read in context
0.784 / 0.264 / 0.867 (and the false links above); only readings closer than the sentence before alone comes
(0.765 / 0.264 / 0.861, and the dockers stay apart); titles left out (0.780 / 0.275 / 0.858, the development pairs'
precision 0.892).

It costs one more embedding a sentence of such reports (cached as sentences are): two ten-report rpm2 clusters, cold,
2.32 -> 3.35 s and 2.12 -> 2.82 s to compare (median of three runs each, benchmarks/bench_cluster.py, one session);
the mean of the two sentences' vectors in place of the window's embedding costs nothing but does less (one side read
so: 0.761 / 0.269 / 0.862). Two long reports of many stories do not read as one story and are not read so. A cache
filled before this module existed does not hold the windows: the first comparison of reports seen before loads the
model once more.
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
    """How much closer sentence i of one report and j of the other read with the sentence before either."""
    read = max(float(win_a[i] @ vec_b[j]), float(vec_a[i] @ win_b[j]))
    return max(0.0, read - cos)
