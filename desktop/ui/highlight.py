"""Character formats for each highlight kind. Colour is never the only cue: every kind also
changes weight, underline style or size."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from desktop.engine.model import Detail
from desktop.ui.palette import Theme

# Detail types whose underline colour differs, so numbers, names and quotes are told apart.
TYPE_UNDERLINE = {
    "number": "#1f6fd1",
    "date": "#1f6fd1",
    "name": "#7b3fb8",
    "quote": "#0f8a6a",
    "attribution": "#0f8a6a",
}


def shared_format(theme: Theme, group: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(theme.group_fill(group))
    return fmt


def single_format(theme: Theme) -> QTextCharFormat:
    """Single-sourced sentence: amber background (the gutter adds a thick bar)."""
    fmt = QTextCharFormat()
    fmt.setBackground(theme.single_bg)
    return fmt


def label_format() -> QTextCharFormat:
    """A section label ("Key figures"): a heading of its column, no claim, so no amber."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def detail_format(theme: Theme, detail: Detail) -> QTextCharFormat:
    """Merged on top of the sentence format."""
    fmt = QTextCharFormat()
    if detail.kind == "conflict" and detail.type == "text":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)  # other words: no figure, name or date
        fmt.setUnderlineColor(theme.conflict)
        return fmt
    if detail.kind == "conflict":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(theme.conflict)
        fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(TYPE_UNDERLINE.get(detail.type, theme.unique_fg.name())))
    fmt.setForeground(theme.unique_fg)
    fmt.setFontWeight(QFont.Weight.DemiBold)
    if detail.type in ("quote", "attribution"):
        fmt.setFontItalic(True)
    return fmt


def removed_format(theme: Theme, point_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(theme.muted)
    fmt.setFontPointSize(max(6.0, point_size * 0.8))
    fmt.setFontStrikeOut(False)
    return fmt


def headline_format(point_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(point_size * 1.2)
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt
