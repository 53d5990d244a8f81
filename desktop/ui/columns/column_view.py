"""One source's text: a read-only rich-text view that paints gutter markers and the selection.

The view only displays a ``BuiltColumn``; it never looks at the engine's alignment itself.
"""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from desktop.ui.review import verdicts
from desktop.ui.columns.document_builder import BuiltColumn
from desktop.ui.palette import Theme

GUTTER_X = 6  # left edge of the gutter markers, in viewport pixels
BADGE = 12.0  # verdict badge diameter, painted in the right margin beside the sentence's first line


DASH, GAP = 6.0, 4.0  # a broken bar's segments and gaps (px)


def paint_broken_bar(painter: QPainter, rect: QRectF, color) -> None:
    """The single-sourced bar in segments: "only here" with a sentence elsewhere near it (Comparison.elsewhere)."""
    y = rect.top()
    while y < rect.bottom():
        painter.fillRect(QRectF(rect.left(), y, rect.width(), min(DASH, rect.bottom() - y)), color)
        y += DASH + GAP


class ColumnView(QTextEdit):
    """Signals:
        sentence_clicked(int): the user clicked inside sentence *i* (without dragging a selection).
        geometry_changed(): sentence rectangles moved (relayout, resize, new document).
        sentence_marked(int): Ctrl+click on sentence *i* (chosen as the partner of a manual link).
        sentence_menu(int, object): a context menu (QMenu) is about to open on sentence *i*: add to it.
        text_menu(int, object): a context menu opens outside any sentence, at source offset *o* (code points).
        word_hovered(int): the pointer rests at source offset *o* (code points); -1 when it leaves the column.
        word_clicked(int): a click (no drag, no Ctrl) at source offset *o* (code points), inside a sentence or not.
    """

    sentence_clicked = Signal(int)
    geometry_changed = Signal()
    sentence_marked = Signal(int)
    sentence_menu = Signal(int, object)
    text_menu = Signal(int, object)
    word_hovered = Signal(int)
    word_clicked = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self.built: BuiltColumn | None = None
        self.selected: list[int] = []
        self.selected_group: int | None = None
        self._selection_extras: list[QTextEdit.ExtraSelection] = []
        self._find_extras: list[QTextEdit.ExtraSelection] = []
        self._word_extras: list[QTextEdit.ExtraSelection] = []
        self._hovered: int | None = None
        self._rects: list[tuple[float, float]] | None = None
        self.verdicts: dict[int, str] = {}  # sentence → verdict badge
        self.marked: int | None = None  # the partner chosen for a manual link (dashed outline)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.viewport().setMouseTracking(True)

    # -- content -------------------------------------------------------------------------------
    def set_built(self, built: BuiltColumn) -> None:
        value = self.verticalScrollBar().value()
        self.built = built
        self._word_extras, self._hovered = [], None  # their cursors belong to the previous document
        self.setDocument(built.document)
        built.document.documentLayout().documentSizeChanged.connect(self._invalidate)
        self._invalidate()
        self.verticalScrollBar().setValue(value)
        self.set_selection([], None)

    def set_selection(self, sentences: list[int], group: int | None) -> None:
        """Light up ``sentences`` (the clicked one and its counterparts)."""
        self.selected, self.selected_group = sentences, group
        extra = []
        for i in sentences:
            sel = QTextEdit.ExtraSelection()
            cursor = self.sentence_cursor(i)
            if cursor is None:
                continue
            fmt = QTextCharFormat()
            color = self.theme.group_selected(group) if group is not None else self.theme.single_bg.darker(112)
            fmt.setBackground(color)
            sel.cursor, sel.format = cursor, fmt
            extra.append(sel)
        self._selection_extras = extra
        self._apply_extras()
        self.viewport().update()

    def set_find_matches(self, matches: list[tuple[int, int]], current: int | None = None) -> None:
        """Mark search matches (document positions); ``current`` is the one the user is on."""
        extras = []
        for n, (start, end) in enumerate(matches):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(start)
            sel.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(self.theme.find_current if n == current else self.theme.find_match)
            sel.format = fmt
            extras.append(sel)
        self._find_extras = extras
        self._apply_extras()

    def set_word_marks(self, spans: list[tuple[int, int]], group: int | None) -> None:
        """Light words (source offsets, code points): the word under the pointer and its counterparts, in the
        group's colour and with a dotted underline (not colour alone)."""
        extras = []
        for start, end in spans if self.built is not None else ():
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(self.built.positions.to_doc(start))
            sel.cursor.setPosition(self.built.positions.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            strong = self.theme.group_strong(group) if group is not None else self.theme.text
            fmt.setBackground(self.theme.group_selected(group) if group is not None else self.theme.find_match)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)  # details use solid and wavy lines
            fmt.setUnderlineColor(strong.darker(140))
            fmt.setFontUnderline(True)
            sel.format = fmt
            extras.append(sel)
        self._word_extras = extras
        self._apply_extras()

    def _apply_extras(self) -> None:
        self.setExtraSelections(self._selection_extras + self._find_extras + self._word_extras)

    def set_verdicts(self, by_sentence: dict[int, str]) -> None:
        self.verdicts = dict(by_sentence)
        self.viewport().update()

    def set_mark(self, sentence: int | None) -> None:
        self.marked = sentence
        self.viewport().update()

    def sentence_cursor(self, i: int) -> QTextCursor | None:
        if self.built is None or not 0 <= i < len(self.built.sentence_ranges):
            return None
        start, end = self.built.sentence_ranges[i]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- geometry ------------------------------------------------------------------------------
    def _invalidate(self, *_args) -> None:
        self._rects = None
        self.geometry_changed.emit()

    def sentence_span(self, i: int) -> tuple[float, float]:
        """Top and bottom of sentence *i* in document coordinates (cached until relayout)."""
        if self._rects is None:
            self._rects = [self._measure(s, e) for s, e in self.built.sentence_ranges] if self.built else []
        return self._rects[i]

    def _measure(self, start: int, end: int) -> tuple[float, float]:
        return self._line_y(start, top=True), self._line_y(max(start, end - 1), top=False)

    def _line_y(self, position: int, top: bool) -> float:
        doc = self.document()
        block = doc.findBlock(position)
        rect = doc.documentLayout().blockBoundingRect(block)
        line = block.layout().lineForTextPosition(position - block.position())
        if not line.isValid():
            return rect.top() if top else rect.bottom()
        y = rect.top() + line.y()
        return y if top else y + line.height()

    def viewport_span(self, i: int) -> tuple[float, float]:
        top, bottom = self.sentence_span(i)
        offset = self.verticalScrollBar().value()
        return top - offset, bottom - offset

    def sentence_count(self) -> int:
        return len(self.built.sentence_ranges) if self.built else 0

    def visible_sentences(self) -> list[int]:
        """Sentences on screen. Sentences run down the page in order, so a bisection finds the first."""
        count = self.sentence_count()
        if not count:
            return []
        offset = self.verticalScrollBar().value()
        top, bottom = offset, offset + self.viewport().height()
        self.sentence_span(0)  # fills the cache
        first = bisect_left([b for _t, b in self._rects], top)
        out = []
        for i in range(max(0, first - 1), count):
            s_top, s_bottom = self._rects[i]
            if s_top > bottom:
                break
            if s_bottom >= top:
                out.append(i)
        return out

    def sentence_at_point(self, point: QPoint) -> int | None:
        if self.built is None:
            return None
        return self.built.sentence_at(self.cursorForPosition(point).position())

    def scroll_to_sentence(self, i: int, fraction: float = 1 / 3) -> None:
        """Scroll so sentence *i* starts ``fraction`` of the way down the viewport."""
        top, _ = self.sentence_span(i)
        self.verticalScrollBar().setValue(int(top - self.viewport().height() * fraction))

    # -- events --------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._invalidate()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self.built is None or event.buttons() != Qt.MouseButton.NoButton:
            return
        offset = self.built.positions.to_source(self.cursorForPosition(event.position().toPoint()).position())
        if offset != self._hovered:
            self._hovered = offset
            self.word_hovered.emit(offset)

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self.word_hovered.emit(-1)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            point = event.position().toPoint()
            i = self.sentence_at_point(point)
            if i is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.sentence_marked.emit(i)
                return
            if i is not None:
                self.sentence_clicked.emit(i)
            if self.built is not None:
                self.word_clicked.emit(self.built.positions.to_source(self.cursorForPosition(point).position()))

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        i = self.sentence_at_point(event.pos())
        if i is not None:
            self.sentence_menu.emit(i, menu)
        elif self.built is not None:
            self.text_menu.emit(self.built.positions.to_source(self.cursorForPosition(event.pos()).position()), menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.built is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i in self.visible_sentences():
            self._paint_marker(painter, i)
            if i in self.verdicts:
                self._paint_badge(painter, i)
        for i in self.selected:
            self._paint_outline(painter, i)
        if self.marked is not None:
            self._paint_outline(painter, self.marked, dashed=True)
        painter.end()

    def _paint_badge(self, painter: QPainter, i: int) -> None:
        top, _bottom = self.viewport_span(i)
        line = self.fontMetrics().height() * 1.25
        rect = QRectF(self.viewport().width() - BADGE - 2, top + max(1.0, (line - BADGE) / 2), BADGE, BADGE)
        verdicts.paint_badge(painter, rect, self.verdicts[i])

    def _paint_marker(self, painter: QPainter, i: int) -> None:
        top, bottom = self.viewport_span(i)
        group = self.built.sentence_groups[i]
        if group is None and i in self.built.labels:  # a section label: no claim, no marker
            return
        if group is not None:
            painter.fillRect(QRectF(GUTTER_X, top + 2, 2.5, bottom - top - 4), self.theme.group_strong(group))
        elif i in self.built.near_elsewhere:  # only here, but a sentence elsewhere comes near: a broken bar
            paint_broken_bar(painter, QRectF(GUTTER_X, top + 2, 5.0, bottom - top - 4), self.theme.single_bar)
        else:
            painter.fillRect(QRectF(GUTTER_X, top + 2, 5.0, bottom - top - 4), self.theme.single_bar)

    def _paint_outline(self, painter: QPainter, i: int, dashed: bool = False) -> None:
        """A rounded outline hugging the sentence's own text, line by line (dashed: a link partner)."""
        if not 0 <= i < self.sentence_count():
            return
        start, end = self.built.sentence_ranges[i]
        offset = self.verticalScrollBar().value()
        rects = self._line_rects(start, end)
        for upper, lower in zip(rects, rects[1:]):  # close the leading between lines: one shape
            if 0 < lower.top() - upper.bottom() < upper.height():
                upper.setBottom(lower.top())
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # overlapping lines merge instead of cancelling out
        for rect in rects:
            path.addRoundedRect(rect.translated(0, -offset).adjusted(-3, -1, 3, 1), 3, 3)
        group = self.selected_group
        color = self.theme.group_strong(group).darker(135) if group is not None else self.theme.single_bar
        pen = QPen(self.theme.text if dashed else color, 1.6)
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path.simplified())

    def _line_rects(self, start: int, end: int) -> list[QRectF]:
        """Document-coordinate rectangles of the text between two positions, one per line."""
        doc, rects = self.document(), []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            layout, top_left = block.layout(), doc.documentLayout().blockBoundingRect(block).topLeft()
            for k in range(layout.lineCount()):
                line = layout.lineAt(k)
                s = max(start, block.position() + line.textStart())
                e = min(end, block.position() + line.textStart() + line.textLength())
                if s < e:
                    x1, _ = line.cursorToX(s - block.position())
                    x2, _ = line.cursorToX(e - block.position())
                    rects.append(QRectF(top_left.x() + x1, top_left.y() + line.y(), x2 - x1, line.height()))
            block = block.next()
        return rects
