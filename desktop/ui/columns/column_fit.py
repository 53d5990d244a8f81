"""How wide the columns are: as many whole columns as the comparison area holds at a readable width, the rest
reached by scrolling sideways one column at a time, so no column is ever shown cut in half.

At 1280 pixels beside the side panels, four reports had shown three and a half columns, the fourth cut at its
middle; now three fill the area and the fourth is one step to the right.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

SNAP_DELAY_MS = 180  # after a drag or a wheel turn ends, the view settles on the nearest column's edge


def columns_that_fit(viewport: int, count: int, gap: int, minimum: int) -> int:
    """How many columns of at least ``minimum`` pixels, ``gap`` apart, fit side by side in ``viewport`` (≥ 1)."""
    return max(1, min(count, (viewport + gap) // (minimum + gap)))


def column_width(viewport: int, count: int, gap: int, minimum: int) -> int:
    """The width each of ``count`` columns takes so that the ones on screen fill ``viewport`` exactly: all of them
    when they fit at ``minimum``, else as many whole ones as fit (the others are scrolled to)."""
    shown = columns_that_fit(viewport, count, gap, minimum)
    return max(minimum, (viewport - (shown - 1) * gap) // shown)


def nearest_edge(value: int, edges: list[int], maximum: int) -> int:
    """The column edge (a column's left x, or the far end) nearest to the scroll ``value``."""
    candidates = [e for e in edges if e <= maximum] + [maximum]
    return min(candidates, key=lambda e: abs(e - value))


class ColumnFit(QObject):
    """Keeps the columns of ``area`` (a QScrollArea whose widget holds ``panes``) at whole-column widths, makes a
    scroll step one column, and settles a sideways scroll on a column's edge."""

    def __init__(self, area: QScrollArea, gap: int, minimum: int):
        super().__init__(area)
        self.area, self.gap, self.minimum = area, gap, minimum
        self.panes: list[QWidget] = []
        self._snap = QTimer(self, singleShot=True, interval=SNAP_DELAY_MS)
        self._snap.timeout.connect(self.snap)
        bar = area.horizontalScrollBar()
        bar.valueChanged.connect(lambda _v: None if bar.isSliderDown() else self._snap.start())
        bar.sliderReleased.connect(self._snap.start)

    def set_panes(self, panes: list[QWidget]) -> None:
        self.panes = list(panes)
        self.refit()

    def refit(self) -> None:
        """Size the columns for the area's present width (on a resize and when the columns change)."""
        if len(self.panes) < 2:
            return
        width = column_width(self.area.viewport().width(), len(self.panes), self.gap, self.minimum)
        for pane in self.panes:
            pane.setMinimumWidth(width)
        self.area.horizontalScrollBar().setSingleStep(width + self.gap)  # an arrow or a wheel step: one column

    def snap(self) -> None:
        bar = self.area.horizontalScrollBar()
        if bar.maximum() == 0 or bar.isSliderDown() or not self.panes:
            return
        target = nearest_edge(bar.value(), [p.x() for p in self.panes], bar.maximum())
        if target != bar.value():
            bar.setValue(target)
