"""Clauses: the parts of a long sentence, embedded on their own.

Two reports of one story often share a clause rather than a whole sentence ("…the United States told its
allies…" inside two differently built sentences). The best clause-to-clause similarity of a candidate pair is
extra evidence that the aligner uses between reports of the same story, where whole-sentence similarity is
crowded by everything else the reports share.
"""
from __future__ import annotations

import re
from collections.abc import Generator, Sequence

import numpy as np

from .embed import Embedder
from .model import Attribution, Document, EmbeddingCache

_SPLIT = re.compile(r"[,;:«»\"“”()–—]|\s(?:que|qui|alors que|tandis que|that|which|while|who)\s", re.I)
MIN_WORDS = 4
MAX_SENTENCES = 3_000  # above this many sentences in all, clause evidence is skipped (it costs ~2× the embedding)


Span = tuple[int, int]  # offsets into the sentence
MAX_UNTAGGED = 1  # words of four letters or more a speech tag may hold besides its speaker and cue ("vendredi")
_WORD = re.compile(r"\w{4,}")


def split_clauses(sentence: str, tags: Sequence[Span] = ()) -> list[str]:
    """Clauses of at least four words; an empty list when the sentence is a single clause.

    ``tags``: the spans naming who says it and the cue (``speech_tags``). A clause made of them only is a speech tag
    (", a déclaré à l'AFP le procureur de la République") and is left out: two reports quoting one statement
    through different speakers ("Elle est toujours recherchée activement», a déclaré à l'AFP le procureur" / "Elle
    est toujours actuellement recherchée", a indiqué un porte-parole du parquet") then compare the statements
    (0.72) rather than statements and tags together (0.54). When one clause is left, it alone is the statement."""
    bounds, pos = [], 0
    for m in _SPLIT.finditer(sentence):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(sentence)))
    clauses = [(a, b) for a, b in bounds if len(sentence[a:b].split()) >= MIN_WORDS]
    kept = [(a, b) for a, b in clauses if not _speech_tag(sentence, a, b, tags)]
    parts = [sentence[a:b].strip() for a, b in kept]
    return parts if len(parts) >= 2 or (len(parts) == 1 and len(kept) < len(clauses)) else []


def _speech_tag(sentence: str, start: int, end: int, tags: Sequence[Span]) -> bool:
    """Whether the clause ``start:end`` holds a cue and little besides speakers and cues (``MAX_UNTAGGED``)."""
    inside = [(a, b) for a, b in tags if a < end and start < b]
    if not inside:
        return False
    free = [m for m in _WORD.finditer(sentence, start, end) if not any(a <= m.start() < b for a, b in inside)]
    return len(free) <= MAX_UNTAGGED


def speech_tags(documents: list[Document], attributions: list[Attribution]) -> list[dict[int, list[Span]]]:
    """Per document, per sentence with attributions: the spans of its speakers and cues, in sentence offsets."""
    out: list[dict[int, list[Span]]] = [{} for _ in documents]
    for att in attributions:
        base = documents[att.source].sentences[att.sentence].start
        out[att.source].setdefault(att.sentence, []).extend(
            [(att.start - base, att.end - base), (att.cue[0] - base, att.cue[1] - base)])
    return out


def clause_vectors(emb: Embedder, documents: list[Document], cache: EmbeddingCache | None,
                   tags: list[dict[int, list[Span]]] | None = None,
                   ) -> Generator[tuple[int, int], None, list[list[np.ndarray | None]]]:
    """Per document, per sentence: a (clauses, 512) array, or None for a one-clause sentence (``tags``: each
    document's ``speech_tags``). Yields (clauses done, clauses to encode) between batches, so the caller can show
    progress and cancel."""
    tags = tags or [{} for _ in documents]
    per_doc = [[split_clauses(d.sentence_text(i), tags[k].get(i, ())) for i in range(len(d.sentences))]
               for k, d in enumerate(documents)]
    flat = [c for doc in per_doc for parts in doc for c in parts]
    vecs = (yield from emb.iter_encode([flat], cache))[0] if flat else np.zeros((0, 512), dtype=np.float32)
    out, k = [], 0
    for doc in per_doc:
        rows = []
        for parts in doc:
            rows.append(vecs[k : k + len(parts)] if parts else None)
            k += len(parts)
        out.append(rows)
    return out


class ClauseTable:
    """Every clause of one document against every clause of another, computed in one product: a sentence's
    clauses are rows ``start[i]:start[i + 1]`` (a one-clause sentence stands for itself)."""

    def __init__(self, sims: np.ndarray, starts_a: list[int], starts_b: list[int]):
        self.sims, self.starts_a, self.starts_b = sims, starts_a, starts_b

    @classmethod
    def pair(cls, a, b) -> ClauseTable:
        """From two align.DocViews with sentence vectors and clause vectors."""
        ua, sa = _stacked(a.vectors, a.clauses)
        ub, sb = _stacked(b.vectors, b.clauses)
        return cls(ua @ ub.T, sa, sb)

    def best(self, i: int, j: int) -> float:
        """Mean of the two best clause-to-clause cosines of sentence i of the first document and sentence j of the
        second (the single cosine of two one-clause sentences)."""
        block = self.sims[self.starts_a[i]:self.starts_a[i + 1], self.starts_b[j]:self.starts_b[j + 1]]
        if block.size == 1:
            return float(block[0, 0])
        flat = block.ravel()
        top = np.partition(flat, flat.size - 2)
        return (float(top[-1]) + float(top[-2])) / 2


def _stacked(vectors: np.ndarray, clauses: list[np.ndarray | None]) -> tuple[np.ndarray, list[int]]:
    parts, starts = [], [0]
    for i, rows in enumerate(clauses):
        part = rows if rows is not None else vectors[i : i + 1]
        parts.append(part)
        starts.append(starts[-1] + len(part))
    return np.vstack(parts) if parts else np.zeros((0, vectors.shape[1]), np.float32), starts
