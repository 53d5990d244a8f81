"""Colours: soft distinct group hues and the highlight-kind colours, for light and dark palettes."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

GOLDEN_ANGLE = 137.508  # spreads successive hues as far apart as possible


@dataclass(frozen=True)
class Theme:
    """Every colour the views paint with, chosen once per palette (light or dark)."""

    dark: bool
    base: QColor
    text: QColor
    muted: QColor  # removed boilerplate, secondary labels
    single_bg: QColor  # single-sourced sentence background (warm amber)
    single_bar: QColor  # gutter marker for single-sourced sentences
    unique_fg: QColor  # unique-detail text
    conflict: QColor  # wavy underline for conflicting details
    find_match: QColor
    find_current: QColor

    def group_fill(self, group: int) -> QColor:
        """Soft background tint for a group's sentences."""
        hue = _group_hue(group)
        if self.dark:
            return QColor.fromHslF(hue, 0.35, 0.27)
        return QColor.fromHslF(hue, 0.62, 0.90)

    def group_strong(self, group: int) -> QColor:
        """Stronger shade of the same hue: ribbons' edges, gutter bars, selected tint."""
        hue = _group_hue(group)
        if self.dark:
            return QColor.fromHslF(hue, 0.50, 0.45)
        return QColor.fromHslF(hue, 0.50, 0.68)

    def group_selected(self, group: int) -> QColor:
        hue = _group_hue(group)
        if self.dark:  # light hues (yellow-green) are darkened until the text stays readable on them
            return with_contrast(QColor.fromHslF(hue, 0.55, 0.36), self.text, 4.5)
        return QColor.fromHslF(hue, 0.75, 0.80)

    def ribbon(self, group: int, selected: bool = False) -> QColor:
        color = QColor(self.group_strong(group))
        color.setAlphaF(0.85 if selected else 0.45)
        return color


AMBER = (22.0, 62.0)  # hue band (degrees) kept for "only in this source"; groups never use it


def _group_hue(group: int) -> float:
    """Hue (0–1) of a group: golden-angle steps from blue, skipping the amber band."""
    lo, hi = AMBER
    degrees = ((200.0 + group * GOLDEN_ANGLE) % 360.0) * (360.0 - (hi - lo)) / 360.0
    if degrees >= lo:
        degrees += hi - lo
    return degrees / 360.0


def luminance(color: QColor) -> float:
    """WCAG relative luminance (0 black – 1 white)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1–21 (4.5 for text, 3 for marks and shapes)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def with_contrast(color: QColor, against: QColor, target: float) -> QColor:
    """``color`` with its hue kept, made darker (on a light ``against``) or lighter (on a dark one)
    until it reaches ``target`` contrast with ``against``."""
    hue, saturation, lightness, alpha = color.getHslF()
    step = 0.02 if luminance(against) < 0.18 else -0.02
    out = QColor(color)
    while contrast_ratio(out, against) < target and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        out = QColor.fromHslF(max(0.0, hue), saturation, lightness, alpha)
    return out


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def current_theme() -> Theme:
    palette = QGuiApplication.palette()
    return make_theme(palette)


def make_theme(palette: QPalette) -> Theme:
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = QColor(text)
    muted.setAlphaF(0.45)
    if dark:
        return Theme(dark, base, text, muted, QColor("#45361a"), QColor("#e0a030"),
                     QColor("#ffcf70"), QColor("#ff6b6b"),
                     QColor("#7a6a00"), QColor("#b35c00"))
    return Theme(dark, base, text, muted, QColor("#fff0cc"), QColor("#e39a10"),
                 QColor("#8a4b00"), QColor("#d01c1c"),
                 QColor("#fff176"), QColor("#ffb74d"))
