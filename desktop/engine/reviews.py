"""A claim's review when several of its sentences were reviewed apart.

A verdict and a note are written on the sentence the fact-checker selected (``Annotation``, anchored to it). Two
sentences reviewed apart can later become one claim: the user links them, a looser strictness groups them, a
report is compared again. The claim then has two reviews. Showing only the newest would hide the other's note,
which is the fact-checker's record of what was checked and with whom; so the claim's review is the newest verdict
with every note, oldest first, and the reviews that met are listed, so the panel can say that two verdicts met.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .model import Annotation


def chronological(found: Iterable[Annotation]) -> list[Annotation]:
    return sorted(found, key=lambda a: (a.updated or a.created, a.created))


def merged(found: Iterable[Annotation]) -> Annotation | None:
    """One review of a claim from the reviews of its sentences: the newest verdict and anchor, every note once
    (a note another already holds, after an earlier merge, is not repeated), oldest first."""
    ordered = chronological(found)
    if len(ordered) < 2:
        return ordered[0] if ordered else None
    paragraphs: list[str] = []
    for a in ordered:  # a paragraph another review already holds (folded in by an earlier edit) is not repeated
        paragraphs += [p for p in (x.strip() for x in a.note.split("\n\n")) if p and p not in paragraphs]
    newest = ordered[-1]
    return replace(newest, note="\n\n".join(paragraphs), created=min(a.created or a.updated for a in ordered))


def verdicts_met(found: Iterable[Annotation]) -> list[str]:
    """The different verdicts of a claim's reviews, oldest first ([] when they agree or there is one)."""
    out: list[str] = []
    for a in chronological(found):
        if a.verdict and a.verdict not in out:
            out.append(a.verdict)
    return out if len(out) > 1 else []
