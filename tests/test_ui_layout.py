"""The window on a laptop screen (1280×800) and a large one (1920×1080): whole, readable columns (the rest a
sideways scroll away), the Review panel's warning never cut, the "Who says what" grid showing rows, the side
panels taking more of a large screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from desktop.engine.ingest import from_text
from desktop.engine.model import Options
from desktop.engine.pipeline import compare
from desktop.ui.columns.column_pane import MIN_COLUMN_WIDTH
from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from test_ui_data import fake_compare_iter

CHURCH = ("Fire at Wasilla church: man arrested\n\n"
          "A 62-year-old man was arrested after the fire at the Church of St Anne in Wasilla on Sunday night, "
          "police said.\n\n"
          "Firefighters from three towns fought the blaze for six hours before it was contained, the fire chief "
          "told reporters.\n\n"
          "The governor visited the church on Monday and spoke with the pastor about the repairs.\n\n"
          "The roof and the bell tower were destroyed, and the damage was put at $2 million.\n")


def four_reports():
    """Four outlets' reports of one fire, each giving one figure its own way (an age, hours, towns, damage)."""
    texts = [CHURCH, CHURCH.replace("62-year-old", "61-year-old"), CHURCH.replace("six hours", "seven hours"),
             CHURCH.replace("three towns", "four towns").replace("$2 million", "$3 million")]
    return [from_text(t, f"{name}.txt") for t, name in zip(texts, ("wire", "herald", "courier", "gazette"))]


@pytest.fixture(scope="module")
def comparison():
    return compare(four_reports(), Options(semantic=False))


def open_at(qtbot, comparison, width: int, height: int) -> MainWindow:
    window = MainWindow(ComparisonController(fake_compare_iter(comparison), lambda c, _t: c))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    with qtbot.waitSignal(window.comparison_shown, timeout=10_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    qtbot.wait(50)  # the side panels are sized once the window is laid out
    return window


def cut_columns(window) -> list[int]:
    """Columns partly on screen and partly off it, at the present sideways scroll."""
    workspace = window.workspace
    left, right = workspace.horizontalScrollBar().value(), workspace.horizontalScrollBar().value() + \
        workspace.viewport().width()
    return [k for k, p in enumerate(workspace.panes)
            if p.x() < right and p.x() + p.width() > left and not (p.x() >= left and p.x() + p.width() <= right)]


def test_at_1280_by_800_four_columns_are_whole_and_the_fourth_a_scroll_away(qtbot, comparison):
    window = open_at(qtbot, comparison, 1280, 800)
    panes, bar = window.workspace.panes, window.workspace.horizontalScrollBar()
    assert all(p.width() >= MIN_COLUMN_WIDTH for p in panes)
    assert bar.maximum() > 0 and cut_columns(window) == []  # three whole columns, not three and a half
    bar.setValue(bar.maximum())
    assert cut_columns(window) == [] and panes[-1].x() + panes[-1].width() <= bar.value() + window.workspace.viewport().width()
    bar.setValue(bar.singleStep() // 2)  # a drag stopped between two columns settles on one's edge
    qtbot.waitUntil(lambda: cut_columns(window) == [], timeout=2_000)
    window.close()


def test_at_1280_by_800_the_review_warning_is_whole_and_the_grid_shows_rows(qtbot, comparison):
    window = open_at(qtbot, comparison, 1280, 800)
    disputed = next(iter(comparison.disputes()))
    window.workspace.select(*min(comparison.groups[disputed].members))
    qtbot.wait(50)
    title, panel = window.review.panel.title, window.review.panel
    assert "said differently: check before a verdict" in title.text()
    assert title.height() >= title.heightForWidth(title.width())  # every line of it, the warning too
    assert title.y() >= 0 and title.geometry().bottom() < min(b.y() for b in panel.buttons)
    table = window.coverage_panel.table
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()
    tabs = [t for t in window.findChildren(QTabBar) if t.isVisible() and t.count() == 4]
    assert tabs and all(sum(t.tabSizeHint(i).width() for i in range(t.count())) <= t.width() for t in tabs)
    window.close()


def test_at_1920_by_1080_the_columns_and_the_panels_use_the_room(qtbot, comparison):
    small = open_at(qtbot, comparison, 1280, 800)
    narrow = small.group_dock.width()
    small.close()
    window = open_at(qtbot, comparison, 1920, 1080)
    assert window.workspace.horizontalScrollBar().maximum() == 0  # all four side by side
    assert window.group_dock.width() > narrow + 60
    table = window.coverage_panel.table
    assert table.viewport().height() >= 10 * table.verticalHeader().defaultSectionSize()
    window.close()


def test_the_side_panels_width_the_user_chose_comes_back_at_the_next_start(qtbot, comparison, tmp_path):
    """(At a size the offscreen test screen, 800×600, holds: a saved geometry is fitted to the screen.)"""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    first = MainWindow(ComparisonController(fake_compare_iter(comparison)), settings)
    qtbot.addWidget(first)
    first.resize(780, 580)
    first.show()
    qtbot.wait(50)
    first.resizeDocks([first.group_dock], [400], Qt.Orientation.Horizontal)  # as a drag of the panels' edge
    qtbot.waitUntil(lambda: abs(first.group_dock.width() - 400) <= 8, timeout=2_000)
    first.close()
    again = MainWindow(ComparisonController(fake_compare_iter(comparison)), settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(100)
    assert abs(again.group_dock.width() - 400) <= 8  # not the default 340
    again.resize(900, 580)  # and it stays that share of a wider window
    qtbot.waitUntil(lambda: abs(again.group_dock.width() - 400 * 900 / 780) <= 12, timeout=2_000)
    again.close()
