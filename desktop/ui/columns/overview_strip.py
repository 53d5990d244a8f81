"""The overview strip beside a column's scrollbar (Meld's chunk map): the whole source at a glance.

Every sentence gets a mark at its height in the document, scaled to the strip: shared sentences a
full-width mark in their group's colour, single-sourced ones a half-width amber mark (shape as well
as colour tells them apart). A translucent frame shows what is on screen; clicking or dragging
scrolls the column there. Marks are measured once per layout and painted into a cached pixmap, so
scrolling only redraws the frame.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.columns.column_view import ColumnView
from desktop.ui.palette import Theme, with_contrast

STRIP_WIDTH = 14
PAD = 3.0  # top and bottom margin, so the first and last marks are not cut by the edge
MARK_CONTRAST = 3.0
MIN_MARK = 2.0  # a sentence is never thinner than this on the strip
TOOLTIP = ("Overview of the whole source — full-width marks: shared with another source (group colour); "
           "half-width amber marks: only in this source. Click or drag to scroll there.")


@dataclass(frozen=True)
class Mark:
    """One sentence on the strip, in document coordinates."""

    top: float
    bottom: float
    group: int | None  # None: single-sourced


def sentence_marks(view: ColumnView) -> list[Mark]:
    """The marks of every sentence shown in ``view`` (empty before an alignment)."""
    built = view.built
    if built is None:
        return []
    return [Mark(*view.sentence_span(i), built.sentence_groups[i]) for i in range(view.sentence_count())
            if built.sentence_groups[i] is not None or i not in built.labels]  # section labels: no claim, no mark


def mark_color(theme: Theme, group: int | None, background: QColor) -> QColor:
    """Amber for single-sourced, the group's strong shade otherwise, darkened (or lightened on a dark
    palette) just enough to stand out from the strip's ``background`` (WCAG 3:1 for marks)."""
    color = theme.single_bar if group is None else theme.group_strong(group)
    return with_contrast(color, background, MARK_CONTRAST)


class OverviewStrip(QWidget):
    def __init__(self, view: ColumnView, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.view, self.theme = view, theme
        self._marks: list[Mark] | None = None
        self._pixmap: QPixmap | None = None
        self.setFixedWidth(STRIP_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(TOOLTIP)
        self.setAccessibleName("Overview of the source")
        self.setAccessibleDescription(TOOLTIP)
        view.geometry_changed.connect(self.invalidate)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().rangeChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(STRIP_WIDTH, 100)

    def invalidate(self) -> None:
        """The column was relaid out (new document, regroup, zoom, resize): measure again at next paint."""
        self._marks, self._pixmap = None, None
        self.update()

    # -- geometry ------------------------------------------------------------------------------
    def document_height(self) -> float:
        return max(1.0, self.view.document().size().height())

    def to_strip(self, y: float) -> float:
        """Document y → strip y."""
        return PAD + y / self.document_height() * max(1.0, self.height() - 2 * PAD)

    def to_document(self, y: float) -> float:
        """Strip y → document y."""
        return (y - PAD) / max(1.0, self.height() - 2 * PAD) * self.document_height()

    def mark_rect(self, mark: Mark) -> QRectF:
        top, bottom = self.to_strip(mark.top), self.to_strip(mark.bottom)
        if bottom - top < MIN_MARK:
            middle = (top + bottom) / 2
            top, bottom = middle - MIN_MARK / 2, middle + MIN_MARK / 2
        width = self.width() - 4.0
        if mark.group is None:
            return QRectF(2.0, top, width / 2, bottom - top)
        return QRectF(2.0, top, width, bottom - top)

    def marks(self) -> list[Mark]:
        if self._marks is None:
            self._marks = sentence_marks(self.view)
        return self._marks

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._marks_pixmap())
        self._paint_viewport(painter)
        painter.end()

    def _marks_pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._pixmap is None or self._pixmap.size() != self.size() * ratio:
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            background = self.palette().window().color()
            pixmap.fill(background)
            painter = QPainter(pixmap)
            colors: dict[int | None, QColor] = {}  # one contrast search per group, not per sentence
            for mark in self.marks():
                if mark.group not in colors:
                    colors[mark.group] = mark_color(self.theme, mark.group, background)
                painter.fillRect(self.mark_rect(mark), colors[mark.group])
            painter.end()
            self._pixmap = pixmap
        return self._pixmap

    def _paint_viewport(self, painter: QPainter) -> None:
        if self.view.built is None:
            return
        value = self.view.verticalScrollBar().value()
        top, bottom = self.to_strip(value), self.to_strip(value + self.view.viewport().height())
        rect = QRectF(0.5, top, self.width() - 1.0, max(4.0, bottom - top))
        fill, edge = QColor(self.theme.text), QColor(self.theme.text)
        fill.setAlphaF(0.10)
        edge.setAlphaF(0.55)
        painter.setPen(QPen(edge, 1.0))
        painter.setBrush(fill)
        painter.drawRect(rect)

    # -- interaction ---------------------------------------------------------------------------
    def scroll_to(self, y: float) -> None:
        """Centre the column's viewport on the document point under strip ``y``."""
        bar = self.view.verticalScrollBar()
        bar.setValue(round(self.to_document(y) - self.view.viewport().height() / 2))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.scroll_to(event.position().y())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.scroll_to(event.position().y())

    def wheelEvent(self, event) -> None:
        self.view.wheelEvent(event)
