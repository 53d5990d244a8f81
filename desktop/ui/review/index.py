"""Where the user's annotations land in the current comparison (Qt-free).

Annotations are keyed by ``Anchor`` (source hash + span), so they survive re-alignment. This
module shows them on the claim they were written for (``engine/reviews.placed``) and applies the
rule "a group's review is the annotations on its members as one: the most recently updated
verdict, every note".
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.model import Anchor, Annotation, Comparison, SentenceRef, Override
from desktop.engine.reviews import merged, placed


def anchor_of(comparison: Comparison, ref: SentenceRef) -> Anchor:
    """The engine's anchor of a sentence (the pipeline is imported on first use, after the window shows)."""
    from desktop.engine.overrides import anchor_of as engine_anchor_of

    return engine_anchor_of(comparison, ref)


def anchor_resolver(comparison: Comparison):
    from desktop.engine.overrides import anchor_resolver as engine_anchor_resolver

    return engine_anchor_resolver(comparison)


@dataclass(frozen=True)
class Claim:
    """One reviewed claim as listed to the user: where it is and what was said about it."""

    ref: SentenceRef
    group: int | None
    annotation: Annotation


class ReviewIndex:
    """Annotations resolved against one comparison."""

    def __init__(self, comparison: Comparison | None, annotations: Iterable[Annotation]):
        self.comparison = comparison
        self.by_ref: dict[SentenceRef, Annotation] = {}
        self._shown_at: dict[Anchor, SentenceRef] = {}
        self._groups = comparison.group_index() if comparison else {}
        if comparison is None:
            return
        self._resolve = anchor_resolver(comparison)
        self.by_ref = placed(comparison, list(annotations))
        self._shown_at = {a.anchor: ref for ref, a in self.by_ref.items()}

    def members(self, ref: SentenceRef) -> list[SentenceRef]:
        group = self._groups.get(ref)
        return list(self.comparison.groups[group].members) if group is not None else [ref]

    def reviews(self, ref: SentenceRef) -> list[Annotation]:
        """Every annotation on ``ref`` or on another member of its group (several when reviewed apart)."""
        return [self.by_ref[m] for m in self.members(ref) if m in self.by_ref]

    def for_ref(self, ref: SentenceRef) -> Annotation | None:
        """The annotation shown for ``ref``: its group's reviews as one, the newest verdict with every note
        (``engine/reviews.merged``)."""
        return merged(self.reviews(ref))

    def target(self, ref: SentenceRef) -> Anchor:
        """Where an edit on ``ref`` is written: the sentence the group's review shows on, else ``ref`` itself."""
        current = self.for_ref(ref)
        if current is None:
            return anchor_of(self.comparison, ref)
        shown = self.shown_at(current.anchor)
        return current.anchor if shown in (None, self._resolve(current.anchor)) else anchor_of(self.comparison, shown)

    def shown_at(self, anchor: Anchor) -> SentenceRef | None:
        """The sentence the annotation written on ``anchor`` shows on (None: it shows nowhere)."""
        return self._shown_at.get(anchor)

    def claim_of(self, ref: SentenceRef) -> tuple[Anchor, ...]:
        """The anchors of the versions of ``ref``'s claim, as a review written on it keeps them."""
        return tuple(anchor_of(self.comparison, m) for m in sorted(self.members(ref)))

    def verdicts_of(self, source: int) -> dict[int, str]:
        """Sentence → verdict for one column (every member of a judged group carries the badge)."""
        out: dict[int, str] = {}
        for ref in self.by_ref:
            ann = self.for_ref(ref)
            if ann is None or ann.verdict is None:
                continue
            out.update({i: ann.verdict for s, i in self.members(ref) if s == source})
        return out

    def claims(self) -> list[Claim]:
        """One entry per reviewed claim (a group counts once), in reading order."""
        seen, out = set(), []
        for ref in sorted(self.by_ref):
            group = self._groups.get(ref)
            key = ("g", group) if group is not None else ("s", ref)
            if key in seen:
                continue
            seen.add(key)
            out.append(Claim(min(self.members(ref)), group, self.for_ref(ref)))
        return out


def link_override(comparison: Comparison, a: SentenceRef, b: SentenceRef) -> Override:
    """The override that joins two sentences; ValueError with a user-facing reason if it cannot."""
    if a[0] == b[0]:
        raise ValueError("Both sentences are in the same source: pick one in another column.")
    groups = comparison.group_index()
    if a in groups and groups.get(a) == groups.get(b):
        raise ValueError("These sentences are already grouped.")
    return Override("link", anchor_of(comparison, a), anchor_of(comparison, b))


def unlink_overrides(comparison: Comparison, ref: SentenceRef) -> list[Override]:
    """Overrides that take ``ref`` out of its group: one "unlink" per other member."""
    group = comparison.group_index().get(ref)
    if group is None:
        raise ValueError("This sentence is not grouped with any other.")
    mine = anchor_of(comparison, ref)
    return [Override("unlink", mine, anchor_of(comparison, m))
            for m in comparison.groups[group].members if m != ref]
