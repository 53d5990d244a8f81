"""Keyboard reach and the dark palette: every action has a key, and dark colours keep contrast."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.columns.overview_strip import mark_color
from desktop.ui.palette import current_theme
from test_ui_data import hand_comparison
from ui_window import open_window


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"), (roles.Base, "#1e1e1e"),
                        (roles.AlternateBase, "#262626"), (roles.Text, "#e8e8e8"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e8e8e8"), (roles.Mid, "#555555"), (roles.Highlight, "#3d6fb4"),
                        (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#a0a0a0")):
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture
def dark(qapp):
    before = QPalette(QGuiApplication.palette())
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(before)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_highlight_colours_keep_text_readable(request, qapp, palette):
    if palette == "dark":
        request.getfixturevalue("dark")
    theme = current_theme()
    assert theme.dark == (palette == "dark")
    backgrounds = [theme.single_bg] + [theme.group_fill(g) for g in range(16)]
    assert min(contrast(theme.text, bg) for bg in backgrounds) >= 4.5  # WCAG AA for body text
    assert min(contrast(theme.unique_fg, bg) for bg in backgrounds) >= 4.5
    assert min(contrast(theme.text, theme.group_selected(g)) for g in range(16)) >= 4.5


def test_dark_window_paints_dark_with_visible_overview_marks(qtbot, dark):
    comparison = hand_comparison()
    window = open_window(qtbot, comparison)
    assert window.theme.dark
    view = window.workspace.panes[0].view
    assert luminance(view.viewport().grab().toImage().pixelColor(view.viewport().width() - 3, 3)) < 0.1
    strip = window.workspace.panes[0].overview
    background = strip.palette().window().color()
    marks = [mark_color(window.theme, g, background) for g in [None, *range(16)]]
    assert min(contrast(color, background) for color in marks) >= 3.0  # WCAG non-text contrast
    window.close()


def menu_actions(window):
    for top in window.menuBar().actions():
        menu = top.menu()
        yield top, [a for a in menu.actions() if not a.isSeparator()]


def test_every_menu_action_is_reachable_by_keyboard(qtbot):
    window = open_window(qtbot, hand_comparison())
    for top, actions in menu_actions(window):
        assert "&" in top.text()
        mnemonics = []
        for action in actions:
            text = action.text().replace("&&", "")
            has_key = not action.shortcut().isEmpty()
            assert has_key or "&" in text or action.menu() is not None or not action.isEnabled(), action.text()
            if "&" in text:
                mnemonics.append(text[text.index("&") + 1].lower())
        assert len(mnemonics) == len(set(mnemonics)), (top.text(), mnemonics)
    window.close()


def test_shortcuts_are_not_taken_twice(qtbot):
    window = open_window(qtbot, hand_comparison())
    keys = [k.toString() for a in window.findChildren(type(window.open_action)) for k in a.shortcuts()]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    window.close()
