"""A claim's review when several of its sentences were reviewed apart.

A verdict and a note are written on the sentence the fact-checker selected (``Annotation``, anchored to it). Two
sentences reviewed apart can later become one claim: the user links them, a looser strictness groups them, a
report is compared again. The claim then has two reviews. Showing only the newest would hide the other's note,
which is the fact-checker's record of what was checked and with whom; so the claim's review is the newest verdict
with every note, oldest first, and the reviews that met are listed, so the panel can say that two verdicts met.

A review belongs to the claim, not to the sentence it is written on: it keeps the anchors of the claim's versions
(``Annotation.claim``), and ``placed`` shows it on the group that now holds most of them. A sentence taken out of
its group (unlink, a stricter match) leaves the review with the versions that stay; put back, it finds it again.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .model import Annotation, Comparison, SentenceRef
from .overrides import anchor_resolver


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


def placed(comparison: Comparison, annotations: Iterable[Annotation]) -> dict[SentenceRef, Annotation]:
    """The sentence each review shows on: its own sentence while that is in the part of its claim that holds most
    of the claim's versions, else a free version of that part. Ties go to the part the user did not take out by
    hand (an unlink), then to the part of the reviewed sentence. A review whose sentence is not in the comparison
    (its report was taken out) shows nowhere. Two reviews on one sentence: the later wins."""
    resolve = anchor_resolver(comparison)
    groups = comparison.group_index()
    taken_out = {resolve(o.a) for o in comparison.overrides if o.action == "unlink"}
    own = {a.anchor: resolve(a.anchor) for a in annotations}
    homes = {a.anchor: _home(a, own[a.anchor], resolve, groups, taken_out) for a in annotations if own[a.anchor]}
    out: dict[SentenceRef, Annotation] = {}
    ordered = chronological(a for a in annotations if a.anchor in homes)
    for a in (x for x in ordered if homes[x.anchor] is None):  # at home: on its own sentence
        out[own[a.anchor]] = a
    busy = set(out) | {r for r in own.values() if r is not None}
    for a in (x for x in ordered if homes[x.anchor] is not None):  # moved with its claim
        choices = homes[a.anchor]
        ref = next((r for r in choices if r not in busy), next((r for r in choices if r not in out), choices[0]))
        out[ref] = a
        busy.add(ref)
    return out


def _home(a: Annotation, own: SentenceRef, resolve, groups: dict[SentenceRef, int],
          taken_out: set) -> list[SentenceRef] | None:
    """None when the review stays on its own sentence; else the sentences it may move to, its versions first."""
    versions = [r for r in (resolve(x) for x in a.claim) if r is not None] or [own]
    parts: dict = {}  # a group's number, or a lone sentence itself: its versions there
    for r in versions:
        parts.setdefault(groups.get(r, r), []).append(r)
    home = groups.get(own, own)
    best = max(parts, key=lambda p: (len(parts[p]), not set(parts[p]) <= taken_out, p == home))
    if best == home:
        return None
    rest = sorted(r for r, g in groups.items() if g == best and r not in parts[best])
    return sorted(parts[best]) + rest

