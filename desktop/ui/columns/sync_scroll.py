"""Synchronised scrolling: scrolling one column brings the same group level in the others.

Alignment is order-free, so there is no monotonic line map as in Meld. Instead each pair of
columns has *anchors* (a sentence and its counterpart); the anchor at the sync point, or the pair
of anchors around it, decides where the other column goes. Re-entrant scroll events are dropped,
as Meld's ``with_scroll_lock`` does, so columns never chase each other.
"""
from __future__ import annotations

from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject

from desktop.engine.model import Comparison
from desktop.ui.columns.column_view import ColumnView

SYNC_FRACTION = 1 / 3


def sync_fraction(value: float, maximum: float, page: float, base: float = SYNC_FRACTION) -> float:
    """Where the sync point sits in the viewport (0 = top, 1 = bottom).

    ``base`` in the middle of the document, sliding to the top edge at the very start and to the
    bottom edge at the very end, so that every column reaches its ends together."""
    if page <= 0:
        return base
    if value < page * base:
        return max(0.0, value / page)
    remaining = maximum - value
    if remaining < page * (1 - base):
        return min(1.0, 1 - max(0.0, remaining) / page)
    return base


@dataclass(frozen=True)
class Anchor:
    """A sentence in the leading column and its counterpart, as document y ranges."""

    top: float
    bottom: float
    other_top: float
    other_bottom: float


def target_y(anchors: list[Anchor], y: float) -> float | None:
    """The y in the other column that corresponds to ``y`` in the leading one."""
    if not anchors:
        return None
    anchors = sorted(anchors, key=lambda a: a.top)
    i = bisect_right([a.top for a in anchors], y) - 1
    if i >= 0 and y <= anchors[i].bottom:
        a = anchors[i]
        t = (y - a.top) / max(1.0, a.bottom - a.top)
        return a.other_top + t * (a.other_bottom - a.other_top)
    above = anchors[i] if i >= 0 else None
    below = anchors[i + 1] if i + 1 < len(anchors) else None
    if above and below and above.other_bottom <= below.other_top:
        t = (y - above.bottom) / max(1.0, below.top - above.bottom)
        return above.other_bottom + t * (below.other_top - above.other_bottom)
    if above and (below is None or y - above.bottom <= below.top - y):
        return above.other_bottom + (y - above.bottom)
    return below.other_top - (below.top - y)


class ScrollSync(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.views: list[ColumnView] = []
        self.pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.enabled = True
        self._busy = False

    def set_views(self, views: list[ColumnView]) -> None:
        """Follow these views (call once per set of columns)."""
        self.views = views
        for k, view in enumerate(views):
            view.verticalScrollBar().valueChanged.connect(lambda _v, k=k: self.on_scrolled(k))

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.pairs = _sentence_pairs(comparison, len(self.views)) if comparison else {}

    @contextmanager
    def paused(self):
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def on_scrolled(self, k: int) -> None:
        if self._busy or not self.enabled or k >= len(self.views):
            return
        with self.paused():
            lead = self.views[k]
            bar = lead.verticalScrollBar()
            fraction = sync_fraction(bar.value(), bar.maximum(), bar.pageStep())
            y = bar.value() + fraction * lead.viewport().height()
            for j, view in enumerate(self.views):
                if j != k:
                    self._level(lead, k, view, j, y, fraction)

    def _level(self, lead: ColumnView, k: int, other: ColumnView, j: int, y: float, fraction: float) -> None:
        anchors = [Anchor(*lead.sentence_span(a), *other.sentence_span(b)) for a, b in self.pairs.get((k, j), [])]
        target = target_y(anchors, y)
        if target is None:
            return
        other.verticalScrollBar().setValue(round(target - fraction * other.viewport().height()))


def _sentence_pairs(comparison: Comparison, count: int) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """For each ordered pair of columns, the (sentence, counterpart) pairs they share."""
    pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for group in comparison.groups:
        for sa, a in group.members:
            for sb, b in group.members:
                if sa != sb and sa < count and sb < count:
                    pairs.setdefault((sa, sb), []).append((a, b))
    return pairs
