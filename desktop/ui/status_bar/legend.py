"""A compact key to the highlight kinds, shown in the status bar. Each swatch is drawn with the
same colours and strokes the columns use."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.ui.palette import Theme

SWATCH_W, SWATCH_H = 26, 14


def _swatch(paint) -> QPixmap:
    pixmap = QPixmap(SWATCH_W * 2, SWATCH_H * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter)
    painter.end()
    return pixmap


def _filled(fill: QColor, bar: QColor | None = None, bar_width: float = 0):
    def paint(p: QPainter) -> None:
        p.fillRect(QRectF(0, 1, SWATCH_W, SWATCH_H - 2), fill)
        if bar is not None:
            p.fillRect(QRectF(0, 1, bar_width, SWATCH_H - 2), bar)
    return paint


def _broken(fill: QColor, bar: QColor):
    def paint(p: QPainter) -> None:
        from desktop.ui.columns.column_view import paint_broken_bar

        p.fillRect(QRectF(0, 1, SWATCH_W, SWATCH_H - 2), fill)
        paint_broken_bar(p, QRectF(0, 1, 5, SWATCH_H - 2), bar)
    return paint


def _underline(color: QColor, wavy: bool):
    def paint(p: QPainter) -> None:
        p.setPen(QPen(color, 1.6))
        y = SWATCH_H - 3.0
        if not wavy:
            p.drawLine(QPointF(2, y), QPointF(SWATCH_W - 2, y))
            return
        path = QPainterPath(QPointF(2, y))
        for k, x in enumerate(range(5, SWATCH_W, 3)):
            path.lineTo(QPointF(x, y - 2 if k % 2 == 0 else y + 1))
        p.drawPath(path)
        p.setPen(QPen(color, 0))
    return paint


def _dotted(fill: QColor, line: QColor):
    def paint(p: QPainter) -> None:
        p.fillRect(QRectF(4, 1, SWATCH_W - 8, SWATCH_H - 2), fill)
        p.setPen(QPen(line, 1.4, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(4, SWATCH_H - 2.5), QPointF(SWATCH_W - 4, SWATCH_H - 2.5))
    return paint


def _muted(color: QColor):
    def paint(p: QPainter) -> None:
        p.setPen(QPen(color, 1.2, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(2, SWATCH_H / 2), QPointF(SWATCH_W - 2, SWATCH_H / 2))
    return paint


class Legend(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        entries = [
            (_filled(theme.group_fill(0), theme.group_strong(0), 2.5), "Shared (one tint per group)",
             "Sentences that another source also states; ribbons join them across columns."),
            (_filled(theme.single_bg, theme.single_bar, 5), "Only in this source",
             "No other source states this sentence (thick bar in the margin)."),
            (_broken(theme.single_bg, theme.single_bar), "Only here?",
             "Not linked to any other source, but a sentence of another source comes near it (a broken bar in the "
             "margin): read that sentence before calling this one single-sourced. The Only here panel lists them "
             "nearest first (Sentences to check)."),
            (_underline(QColor(theme.unique_fg), wavy=False), "Unique detail",
             "Bold and underlined: a detail only this source gives. Underline colour: blue = number or date, "
             "purple = name, green italic = quote or attribution; a hedge (\u201cat least\u201d, \u201callegedly\u201d) "
             "is a detail too."),
            (_underline(theme.conflict, wavy=True), "Said differently",
             "Wavy red underline: where this source says this, another says something else in the same place "
             "(another number, name or date, a negation): check which is right. Dotted red underline: other words in "
             "the same place, the same thing said otherwise (“reached” / “topped”) or its opposite (“arrested” / "
             "“released”): read both."),
            (_dotted(theme.group_selected(0), theme.group_strong(0).darker(140)), "Matched words",
             "Point at a word of a shared sentence: it and the words it matches in the other columns light up "
             "(the same word, a number's value, a translation, a word with the same meaning, the phrase that "
             "says it in another language). Click the word to keep them lit while you scroll; click elsewhere "
             "or press Esc to let go."),
            (_muted(theme.muted), "Left out (boilerplate)",
             "Small grey text the comparison ignores (View → Show left-out text hides it)."),
        ]
        for paint, text, tip in entries:
            icon = QLabel()
            icon.setPixmap(_swatch(paint))
            label = QLabel(text)
            label.setObjectName("legendText")
            icon.setToolTip(tip)
            label.setToolTip(tip)
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(10)
