"""Verdicts as the user sees them: labels, shortcuts, colours, and icons drawn with QPainter.

No image files: every icon is a coloured disc with a white glyph, so it reads at 12 px in a
column's margin as well as at 16 px on a button, in light and dark palettes alike.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from desktop.engine.model import VERDICTS


@dataclass(frozen=True)
class VerdictStyle:
    key: str  # the stored value, one of VERDICTS
    label: str
    shortcut: str
    color: str
    glyph: str  # check | cross | question | bang | dash
    tip: str


STYLES = {
    "corroborated": VerdictStyle("corroborated", "Corroborated", "Alt+1", "#2e7d32", "check",
                                 "Confirmed by independent evidence"),
    "disputed": VerdictStyle("disputed", "Disputed", "Alt+2", "#e65100", "bang",
                             "Sources or evidence contradict it"),
    "needs check": VerdictStyle("needs check", "Needs check", "Alt+3", "#1565c0", "question",
                                "Still to be verified"),
    "false": VerdictStyle("false", "False", "Alt+4", "#c62828", "cross", "Shown to be wrong"),
    "unverifiable": VerdictStyle("unverifiable", "Unverifiable", "Alt+5", "#616161", "dash",
                                 "Cannot be checked with what is available"),
}
assert tuple(STYLES) == VERDICTS
CLEAR_SHORTCUT = "Alt+0"  # Ctrl+0 is "actual size", Ctrl+1… toggle the panels


def label(verdict: str | None) -> str:
    return STYLES[verdict].label if verdict in STYLES else "No verdict"


def color(verdict: str) -> QColor:
    return QColor(STYLES[verdict].color)


def paint_badge(painter: QPainter, rect: QRectF, verdict: str) -> None:
    """A filled disc in the verdict's colour with its glyph in white, inside ``rect``."""
    style = STYLES.get(verdict)
    if style is None:
        return
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.color))
    painter.drawEllipse(box)
    pen = QPen(QColor("white"), max(1.2, side * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _GLYPHS[style.glyph](painter, box, side)
    painter.restore()


def _at(box: QRectF, side: float, x: float, y: float) -> QPointF:
    return QPointF(box.left() + x * side, box.top() + y * side)


def _check(painter: QPainter, box: QRectF, side: float) -> None:
    path = QPainterPath(_at(box, side, 0.28, 0.52))
    path.lineTo(_at(box, side, 0.44, 0.68))
    path.lineTo(_at(box, side, 0.73, 0.35))
    painter.drawPath(path)


def _cross(painter: QPainter, box: QRectF, side: float) -> None:
    painter.drawLine(_at(box, side, 0.33, 0.33), _at(box, side, 0.67, 0.67))
    painter.drawLine(_at(box, side, 0.67, 0.33), _at(box, side, 0.33, 0.67))


def _bang(painter: QPainter, box: QRectF, side: float) -> None:
    painter.drawLine(_at(box, side, 0.5, 0.25), _at(box, side, 0.5, 0.56))
    painter.drawPoint(_at(box, side, 0.5, 0.74))


def _question(painter: QPainter, box: QRectF, side: float) -> None:
    path = QPainterPath(_at(box, side, 0.35, 0.38))
    path.cubicTo(_at(box, side, 0.35, 0.18), _at(box, side, 0.68, 0.18), _at(box, side, 0.66, 0.38))
    path.cubicTo(_at(box, side, 0.64, 0.50), _at(box, side, 0.5, 0.48), _at(box, side, 0.5, 0.60))
    painter.drawPath(path)
    painter.drawPoint(_at(box, side, 0.5, 0.77))


def _dash(painter: QPainter, box: QRectF, side: float) -> None:
    painter.drawLine(_at(box, side, 0.3, 0.5), _at(box, side, 0.7, 0.5))


_GLYPHS = {"check": _check, "cross": _cross, "bang": _bang, "question": _question, "dash": _dash}


def icon(verdict: str, size: int = 16) -> QIcon:
    """The verdict's badge as an icon (drawn at 1× and 2× for high-density screens)."""
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_badge(painter, QRectF(0.5, 0.5, size * scale - 1, size * scale - 1), verdict)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result
