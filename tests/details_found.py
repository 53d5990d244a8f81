"""The details the engine finds comparing a few texts, as the figures' tests read them."""
from __future__ import annotations

from desktop.engine.ingest import from_text
from desktop.engine.model import Comparison
from desktop.engine.pipeline import compare


def compared(*texts: str) -> Comparison:
    """The comparison of the texts, each a report of its own."""
    return compare([from_text(t, f"r{k}") for k, t in enumerate(texts)])


def spans_of(comp: Comparison, kind: str) -> set[tuple[int, str]]:
    """(source, words) of each detail of ``kind`` ("conflict": said differently, "unique": only its report's)."""
    texts = [d.source.text for d in comp.documents]
    return {(d.source, texts[d.source][d.start:d.end]) for d in comp.details if d.kind == kind}


def disputed(*texts: str) -> set[tuple[int, str]]:
    """(source, words) of each detail said differently, comparing the texts."""
    return spans_of(compared(*texts), "conflict")
