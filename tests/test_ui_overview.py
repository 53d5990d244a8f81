"""The overview strip beside each column's scrollbar, and stepping through single-sourced sentences."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, Qt

from desktop.engine.model import Group
from desktop.ui.navigation import differences
from desktop.ui.columns.overview_strip import Mark, mark_color
from test_ui_data import MRE, find
from ui_window import comparison, window  # noqa: F401, F811 - pytest fixtures


def amber(window, pane) -> str:
    return mark_color(window.theme, None, pane.overview.palette().window().color()).name()


def tint(window, pane, group: int) -> str:
    return mark_color(window.theme, group, pane.overview.palette().window().color()).name()


def mark_center(strip, view, sentence: int, group) -> tuple[int, int, int]:
    """(y, x in the left quarter, x in the right quarter) of a sentence's mark on the strip."""
    rect = strip.mark_rect(Mark(*view.sentence_span(sentence), group))
    return round(rect.center().y()), round(strip.width() * 0.25), round(strip.width() * 0.8)


def scroll_away_from(strip, view, y: int) -> None:
    """Put the viewport frame at the other end of the strip, so it does not tint the mark at ``y``."""
    bar = view.verticalScrollBar()
    bar.setValue(0 if y > strip.height() / 2 else bar.maximum())
    top = strip.to_strip(bar.value())
    bottom = strip.to_strip(bar.value() + view.viewport().height())
    assert not top - 2 <= y <= bottom + 2


def test_strip_marks_single_sourced_sentences_half_width_in_amber(window, comparison):
    pane = window.workspace.panes[0]
    mre = find(comparison.documents[0], "Parmi les aides")
    assert MRE in comparison.documents[0].sentence_text(mre)
    y, left, right = mark_center(pane.overview, pane.view, mre, None)
    scroll_away_from(pane.overview, pane.view, y)
    image = pane.overview.grab().toImage()
    assert image.pixelColor(left, y).name() == amber(window, pane)
    assert image.pixelColor(right, y).name() != amber(window, pane)  # half width: shape, not only colour


def test_strip_marks_shared_sentences_full_width_in_their_group_colour(window, comparison):
    pane = window.workspace.panes[1]
    g = 2
    sentence = comparison.groups[g].members[1][1]
    y, left, right = mark_center(pane.overview, pane.view, sentence, g)
    scroll_away_from(pane.overview, pane.view, y)
    image = pane.overview.grab().toImage()
    assert image.pixelColor(left, y).name() == tint(window, pane, g)
    assert image.pixelColor(right, y).name() == tint(window, pane, g)


def test_strip_shows_the_visible_part_as_a_frame(window):
    pane = window.workspace.panes[0]
    bar = pane.view.verticalScrollBar()
    bar.setValue(0)
    top_image = pane.overview.grab().toImage()
    bar.setValue(bar.maximum())
    bottom_image = pane.overview.grab().toImage()
    x, y = pane.overview.width() - 1, 5  # the frame's right edge, near the top: framed only when at the top
    assert top_image.pixelColor(x, y) != bottom_image.pixelColor(x, y)


def test_clicking_the_strip_scrolls_the_column_there(qtbot, window, comparison):
    pane = window.workspace.panes[0]
    mre = find(comparison.documents[0], "Parmi les aides")
    pane.view.verticalScrollBar().setValue(0)
    height = pane.view.viewport().height()
    assert pane.view.viewport_span(mre)[0] > height  # off screen below
    y, left, _right = mark_center(pane.overview, pane.view, mre, None)
    qtbot.mouseClick(pane.overview, Qt.MouseButton.LeftButton, pos=QPoint(left, y))
    top, bottom = pane.view.viewport_span(mre)
    assert 0 <= top and bottom <= height


def test_strip_follows_a_new_grouping(window, comparison):
    pane = window.workspace.panes[0]
    mre = find(comparison.documents[0], "Parmi les aides")
    other = comparison.single_sourced(1)[0]
    grouped = dataclasses.replace(comparison, groups=[*comparison.groups, Group([(0, mre), (1, other)], 0.7, [])])
    window.controller.comparison_ready.emit(grouped)
    g = len(grouped.groups) - 1
    y, left, right = mark_center(pane.overview, pane.view, mre, g)
    scroll_away_from(pane.overview, pane.view, y)
    image = pane.overview.grab().toImage()
    assert image.pixelColor(left, y).name() == tint(window, pane, g)
    assert image.pixelColor(right, y).name() == tint(window, pane, g)


def test_next_single_sourced_sentence_skips_shared_ones(qtbot, window, comparison):
    singles = comparison.single_sourced(0)
    assert set(differences(comparison, 0)) - set(singles)  # a shared sentence with a conflict exists
    visited = []
    for _ in range(len(singles) + 1):
        qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
        visited.append(window.workspace.selection)
    assert visited == [(0, i) for i in singles] + [(0, singles[-1])]
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.workspace.selection == (0, singles[-2])


def test_next_single_sourced_is_in_the_go_menu(window):
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert window.next_single_action in go.actions() and window.prev_single_action in go.actions()
