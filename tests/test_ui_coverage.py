"""The coverage grid: one row per claim, one column per source, a dot where the source states it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.coverage.model import (
    MISSING_FROM, ONLY_IN, SHARED_BY_ALL, SINGLE, CoverageFilter, CoverageModel, MARK,
)
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE
from desktop.ui.palette import current_theme
from test_ui_data import MRE, find, hand_comparison
from ui_window import open_window

Role = Qt.ItemDataRole


@pytest.fixture
def comparison():
    return hand_comparison()


@pytest.fixture
def model(qapp, comparison):
    model = CoverageModel(current_theme())
    model.set_comparison(comparison)
    return model


def row_with(model, prefix: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(prefix))


def test_coverage_model_passes_the_qt_model_checks(qtmodeltester, model):
    qtmodeltester.check(model)
    empty = CoverageModel()
    qtmodeltester.check(empty)


def test_one_row_per_group_and_per_single_sourced_sentence(model, comparison):
    singles = len(comparison.single_sourced(0)) + len(comparison.single_sourced(1))
    assert model.rowCount() == len(comparison.groups) + singles == 6 + 23 + 11
    assert model.columnCount() == 3
    names = [doc.source.name for doc in comparison.documents]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Claim", *(name.removesuffix(".txt") for name in names)]  # the extension both share left out
    assert all(names[c - 1] in model.headerData(c, Qt.Orientation.Horizontal, Role.ToolTipRole) for c in (1, 2))


def test_marks_show_which_source_states_each_claim(model, comparison):
    mre = row_with(model, "Parmi les aides")
    assert MRE in model.index(mre, 0).data(Role.ToolTipRole)
    assert [model.index(mre, c).data() for c in (1, 2)] == [MARK, ""]
    assert model.index(mre, 2).data(Role.AccessibleTextRole) == f"Not in {comparison.documents[1].source.name}"
    first, second = comparison.groups[0].members
    shared = model.row_of(first)
    assert shared == model.row_of(second)
    assert [model.index(shared, c).data() for c in (1, 2)] == [MARK, MARK]
    assert model.index(shared, 2).data(Role.AccessibleTextRole) == f"In {comparison.documents[1].source.name}"
    assert (model.index(shared, 2).data(SOURCE_ROLE), model.index(shared, 2).data(SENTENCE_ROLE)) == second


def test_rows_follow_the_first_source_then_what_the_second_adds(model, comparison):
    leads = [(model.index(r, 0).data(SOURCE_ROLE), model.index(r, 0).data(SENTENCE_ROLE))
             for r in range(model.rowCount())]
    assert leads == sorted(leads)
    assert leads[:len(comparison.documents[0].sentences)] == [(0, i) for i in range(29)]


def test_filters(qtmodeltester, model, comparison):
    proxy = CoverageFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(SHARED_BY_ALL)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 6
    proxy.set_filter(SINGLE)
    assert proxy.rowCount() == 34
    proxy.set_filter(ONLY_IN, 1)
    assert proxy.rowCount() == 11
    assert {proxy.index(r, 0).data(SOURCE_ROLE) for r in range(proxy.rowCount())} == {1}
    proxy.set_filter(MISSING_FROM, 1)
    assert proxy.rowCount() == 23


def test_sorting_by_a_source_column_puts_its_claims_first(model):
    proxy = CoverageFilter()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    marks = [proxy.index(r, 2).data() for r in range(proxy.rowCount())]
    assert marks == [MARK] * 17 + [""] * 23


@pytest.fixture
def window(qtbot, comparison):
    win = open_window(qtbot, comparison)
    yield win
    win.close()


def click_cell(qtbot, table, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_clicking_a_claim_selects_it_in_the_columns(qtbot, window, comparison):
    panel = window.coverage_panel
    assert window.coverage_dock.isVisible()
    mre = find(comparison.documents[0], "Parmi les aides")
    click_cell(qtbot, panel.table, row_with(panel.proxy, "Parmi les aides"), 0)
    assert window.workspace.selection == (0, mre)
    top, bottom = window.workspace.panes[0].view.viewport_span(mre)
    assert 0 <= top and bottom <= window.workspace.panes[0].view.viewport().height()


def test_clicking_a_source_mark_selects_that_sources_sentence(qtbot, window, comparison):
    panel = window.coverage_panel
    first, second = comparison.groups[3].members
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(first), 0)).row()
    click_cell(qtbot, panel.table, row, 2)
    assert window.workspace.selection == second
    assert window.workspace.panes[0].view.selected == [first[1]]


def test_selecting_a_sentence_highlights_its_claim(qtbot, window, comparison):
    first, second = comparison.groups[5].members
    window.workspace.select(*second)
    selected = window.coverage_panel.table.selectionModel().selectedRows()
    assert [window.coverage_panel.proxy.mapToSource(i).row() for i in selected] == [
        window.coverage_model.row_of(first)]


def test_filter_box_narrows_the_grid(qtbot, window):
    panel = window.coverage_panel
    box = panel.filter_box
    box.setCurrentIndex(box.findText("Stated by every source"))
    assert panel.proxy.rowCount() == 6
    assert panel.summary.full_text().startswith("6 of 40 claims")
    box.setCurrentIndex(box.findText(f"Only in {window.coverage_model.names[1]}"))
    assert panel.proxy.rowCount() == 11


def test_a_single_sourced_claim_shows_a_question_mark_where_a_sentence_of_another_source_comes_near(
        qapp, qtmodeltester, seed_comparison):
    """The grid reads "only in A" as a dot in A's column alone; where B's nearest unlinked sentence scores 0.2 or
    more against it (Comparison.elsewhere), B's cell says "?" and its tooltip names that sentence and score."""
    from desktop.ui.coverage.model import NEAR_MARK

    model = CoverageModel(current_theme())
    model.set_comparison(seed_comparison)
    qtmodeltester.check(model)
    marked = {}
    for r, claim in enumerate(model.claims):
        for s in range(2):
            if model.index(r, 1 + s).data() == NEAR_MARK:
                marked[claim.members[0]] = (s, model.index(r, 1 + s).data(Role.ToolTipRole))
    singles = {ref: v for ref, v in marked.items() if ref not in seed_comparison.group_index()}
    grouped = seed_comparison.group_index()
    pointed_at = {ln.b for ln in seed_comparison.elsewhere.values() if ln.b not in grouped}  # both ways
    assert set(singles) == set(seed_comparison.elsewhere) | pointed_at
    ref, near = max(seed_comparison.elsewhere.items(), key=lambda item: item[1].score)
    source, tip = singles[ref]
    assert source == near.b[0] and f"sentence {near.b[1] + 1} scores {near.score:.2f}" in tip



def test_a_claim_of_several_sources_shows_a_question_mark_for_a_source_whose_sentence_comes_near_it(qapp):
    """Three reports: A and B carry a claim; C's single-sourced sentence has one of the claim's versions as its
    nearest sentence elsewhere (Comparison.elsewhere), so C's cell of that claim reads "?" (it may state it too)."""
    from desktop.engine.model import Document, Link, Source
    from desktop.ui.coverage.model import NEAR_MARK
    from test_ui_data import segment

    comparison = hand_comparison()
    third = Source("c.txt", "Washington a prévenu ses alliés européens.\n\nIl pleuvait sur Rome.\n")
    comparison.documents.append(Document(third, "fr", *segment(third.text)))
    version = comparison.groups[0].members[1]
    comparison.elsewhere = {(2, 0): Link((2, 0), version, 0.41)}
    model = CoverageModel(current_theme())
    model.set_comparison(comparison)
    row = model.row_of(version)
    assert model.index(row, 3).data() == NEAR_MARK
    tip = model.index(row, 3).data(Role.ToolTipRole)
    assert "sentence 1, which only" in tip and "0.41" in tip and f"{model.names[1]}'s version (sentence" in tip
    # and the other way: C's own row reads "?" under B, whose version is its nearest sentence
    assert model.index(model.row_of((2, 0)), 2).data() == NEAR_MARK
    # a click on a "?" goes to the sentence it names; on the claim's text, to its first version
    assert (model.index(row, 3).data(SOURCE_ROLE), model.index(row, 3).data(SENTENCE_ROLE)) == (2, 0)
    assert (model.index(row, 0).data(SOURCE_ROLE), model.index(row, 0).data(SENTENCE_ROLE)) == comparison.groups[0].members[0]
    assert model.index(model.row_of((2, 1)), 1).data() == ""  # nothing comes near C's other sentence


def test_the_grid_summary_says_how_many_single_sourced_claims_have_a_sentence_near_them(qtbot, seed_comparison):
    window = open_window(qtbot, seed_comparison)
    text = window.coverage_panel.summary.full_text()
    single = sum(len(seed_comparison.single_sourced(s)) for s in range(2))
    grouped = seed_comparison.group_index()
    near = set(seed_comparison.elsewhere) | {ln.b for ln in seed_comparison.elsewhere.values() if ln.b not in grouped}
    assert f"{single} in one only ({len(near)} with a sentence near them elsewhere: ?)" in text
    window.close()
