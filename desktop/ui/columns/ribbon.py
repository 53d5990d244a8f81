"""The narrow strip between two adjacent columns: Bézier bands join sentences of one group.

Like Meld's link map, it is a dumb painter: it is told the links once, and on every paint it asks
the two views where those sentences are, drawing only what is on screen.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.engine.model import Comparison
from desktop.ui.columns.column_view import ColumnView
from desktop.ui.palette import Theme

RIBBON_WIDTH = 44
MARKER = 7.0  # size of the "counterpart further away" marker


@dataclass(frozen=True)
class RibbonLinks:
    """What one ribbon joins: sentence pairs, and sentences whose counterparts are further away."""

    pairs: list[tuple[int, int, int]]  # (left sentence, right sentence, group)
    left_far: list[tuple[int, int]]  # (left sentence, group): group continues beyond the right column
    right_far: list[tuple[int, int]]  # (right sentence, group): group continues beyond the left column
    manual: frozenset[tuple[int, int]] = frozenset()  # (left, right) pairs the user linked by hand: dashed


def ribbon_links(comparison: Comparison, left: int, right: int) -> RibbonLinks:
    pairs, left_far, right_far, manual = [], [], [], set()
    for g, group in enumerate(comparison.groups):
        for ln in group.links:
            if ln.manual and {ln.a[0], ln.b[0]} == {left, right}:
                a, b = (ln.a, ln.b) if ln.a[0] == left else (ln.b, ln.a)
                manual.add((a[1], b[1]))
        lefts = [i for s, i in group.members if s == left]
        rights = [i for s, i in group.members if s == right]
        pairs += [(a, b, g) for a in lefts for b in rights]
        if lefts and not rights and any(s > right for s in group.sources):
            left_far += [(a, g) for a in lefts]
        if rights and not lefts and any(s < left for s in group.sources):
            right_far += [(b, g) for b in rights]
    return RibbonLinks(pairs, left_far, right_far, frozenset(manual))


class Ribbon(QWidget):
    def __init__(self, left: ColumnView, right: ColumnView, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.left, self.right, self.theme = left, right, theme
        self.links = RibbonLinks([], [], [])
        self.selected_group: int | None = None
        self.setFixedWidth(RIBBON_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)
            view.geometry_changed.connect(self.update)

    def set_links(self, links: RibbonLinks) -> None:
        self.links = links
        self.update()

    def set_selected_group(self, group: int | None) -> None:
        self.selected_group = group
        self.update()

    def _y(self, view: ColumnView, y: float) -> float:
        """Viewport y of ``view`` → this widget's y."""
        return self.mapFromGlobal(view.viewport().mapToGlobal(QPointF(0, y))).y()

    def _span(self, view: ColumnView, i: int, shift: float | None = None) -> tuple[float, float]:
        """Sentence *i* of ``view`` in this widget's coordinates (``shift``: precomputed ``_y(view, 0)``)."""
        top, bottom = view.viewport_span(i)
        shift = self._y(view, 0) if shift is None else shift
        return top + shift, bottom + shift

    def _clip(self) -> QRectF:
        top = max(self._y(self.left, 0), self._y(self.right, 0))
        bottom = min(self._y(self.left, self.left.viewport().height()),
                     self._y(self.right, self.right.viewport().height()))
        return QRectF(0, top, self.width(), max(0.0, bottom - top))

    def paintEvent(self, event) -> None:
        if self.left.built is None or self.right.built is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = self._clip()
        painter.setClipRect(clip)
        dl, dr = self._y(self.left, 0), self._y(self.right, 0)
        for a, b, g in sorted(self.links.pairs, key=lambda p: p[2] == self.selected_group):
            self._paint_band(painter, self._span(self.left, a, dl), self._span(self.right, b, dr), g, clip,
                             (a, b) in self.links.manual)
        for a, g in self.links.left_far:
            self._paint_marker(painter, self._span(self.left, a, dl), g, at_left=True)
        for b, g in self.links.right_far:
            self._paint_marker(painter, self._span(self.right, b, dr), g, at_left=False)
        painter.end()

    def _paint_band(self, painter: QPainter, ls, rs, group: int, clip: QRectF, manual: bool = False) -> None:
        if max(ls[1], rs[1]) < clip.top() or min(ls[0], rs[0]) > clip.bottom():
            return
        w = float(self.width())
        path = QPainterPath(QPointF(0, ls[0]))
        path.cubicTo(QPointF(w / 2, ls[0]), QPointF(w / 2, rs[0]), QPointF(w, rs[0]))
        path.lineTo(QPointF(w, rs[1]))
        path.cubicTo(QPointF(w / 2, rs[1]), QPointF(w / 2, ls[1]), QPointF(0, ls[1]))
        path.closeSubpath()
        selected = group == self.selected_group
        pen = QPen(self.theme.group_strong(group).darker(140 if manual else 100), 1.6 if selected or manual else 0.8)
        pen.setStyle(Qt.PenStyle.DashLine if manual else Qt.PenStyle.SolidLine)  # linked by hand
        painter.setPen(pen)
        painter.setBrush(self.theme.ribbon(group, selected))
        painter.drawPath(path)

    def _paint_marker(self, painter: QPainter, span, group: int, at_left: bool) -> None:
        mid = (span[0] + span[1]) / 2
        x0 = 0.0 if at_left else float(self.width())
        tip = x0 + (MARKER if at_left else -MARKER)
        path = QPainterPath(QPointF(x0, mid - MARKER))
        path.lineTo(QPointF(tip, mid))
        path.lineTo(QPointF(x0, mid + MARKER))
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.group_strong(group))
        painter.drawPath(path)
