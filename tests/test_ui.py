"""The main window on the two sample reports: columns, highlights, selection, navigation, errors."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox

from desktop.engine.model import Source
from desktop.engine.source_names import brief_names
from desktop.ui.columns.column_pane import MIN_COLUMN_WIDTH, ColumnHeader
from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import differences
from desktop.ui.screenshot import save_screenshot
from test_ui_data import MRE, fake_compare_iter, hand_comparison
from ui_window import open_window


@pytest.fixture
def comparison():
    return hand_comparison()


@pytest.fixture
def regroups():
    return []


@pytest.fixture
def window(qtbot, comparison, regroups):
    def regroup(comp, threshold):
        regroups.append(threshold)
        return comp

    win = open_window(qtbot, comparison, regroup=regroup)
    yield win
    win.close()


def char_format_at(view, position: int) -> QTextCharFormat:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character *before* the cursor
    return cursor.charFormat()


def click_sentence(qtbot, view, i: int) -> None:
    start, end = view.built.sentence_ranges[i]
    view.scroll_to_sentence(i)
    cursor = QTextCursor(view.document())
    cursor.setPosition((start + end) // 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())


def test_window_opens_the_samples_in_two_columns(window, comparison):
    panes = window.workspace.panes
    assert len(panes) == 2
    assert panes[0].header.title.full_text() == comparison.documents[0].source.name
    assert "29 sentences · 6 shared · 23 only here" in panes[0].header.meta.full_text()
    assert panes[1].view.toPlainText().startswith("Les États-Unis affirment")


def test_a_narrow_column_keeps_its_counts_in_view(window):
    header = window.workspace.panes[0].header
    full = header.meta.full_text()
    header.meta.resize(header.meta.fontMetrics().horizontalAdvance(full) * 3 // 4, header.meta.height())
    shown = header.meta.text()
    assert shown.endswith("6 shared · 23 only here") and "29 sentences" not in shown  # said briefly, not cut
    assert "29 sentences" in full and "29 sentences" in header.meta.toolTip()
    header.meta.resize(header.meta.fontMetrics().horizontalAdvance(full) + 8, header.meta.height())
    assert header.meta.text() == full


def test_a_narrow_header_cuts_the_source_s_name_short_before_its_counts(qtbot):
    header = ColumnHeader()
    qtbot.addWidget(header)
    source = Source("The Norland Herald Business Desk", "x", title="Norland's central bank stuns markets")
    header.show_source(source, "en", "16 sentences · 9 shared · 7 only here", None, "9 shared · 7 only here")
    header.show()
    qtbot.waitExposed(header)
    meta = header.meta
    meta.resize(meta.fontMetrics().horizontalAdvance("The Norland H · 9 shared · 7 only here"), meta.height())
    shown = meta.text()
    assert shown.startswith("The Norland") and "…" in shown and shown.endswith("· 9 shared · 7 only here")
    assert "The Norland Herald Business Desk" in meta.toolTip()


def test_a_narrow_header_names_the_source_by_what_tells_it_from_the_others(qtbot):
    """A QA helper's four reports "jobcuts_a_wire_en.txt" … "jobcuts_d_fr_regional.txt" read "jobcuts_…" in every
    narrow column; the part all the names share is left out there, the full name stays in the tooltip."""
    header = ColumnHeader()
    qtbot.addWidget(header)
    source = Source("jobcuts_a_wire_en.txt", "x", title="Veltris to cut 1,200 jobs, close French plant")
    brief = brief_names(["jobcuts_a_wire_en.txt", "jobcuts_b_business_en.txt", "jobcuts_c_fr.txt"])[0]
    header.show_source(source, "en", "16 sentences · 13 shared · 1 only here", None, "13 shared · 1 only here", brief)
    header.show()
    qtbot.waitExposed(header)
    meta = header.meta
    meta.resize(meta.fontMetrics().horizontalAdvance("a_wire_en · 13 shared · 1 only here") + 4, meta.height())
    assert meta.text() == "a_wire_en · 13 shared · 1 only here"
    assert "jobcuts_a_wire_en.txt" in meta.toolTip()


def test_a_narrow_header_keeps_the_name_beside_a_copy_warning(qtbot):
    """Found by QA: an old and an updated copy of one report, each "⚠ 100% the same text as …", showed only the
    language and the warning: the two columns looked the same."""
    header = ColumnHeader()
    qtbot.addWidget(header)
    source = Source("upd/harbor_wire.txt", "x", title="Fire destroys warehouse at Port Lindqvist")
    warning = "⚠ 100% the same text as journal_du_port.txt, in another language"
    header.show_source(source, "en", warning, None, warning, "upd/harbor_wire")
    header.show()
    qtbot.waitExposed(header)
    header.meta.resize(230, header.meta.height())
    assert header.meta.text().startswith("upd/harbor")
    assert "upd/harbor_wire.txt" in header.meta.toolTip()


def test_single_sourced_sentence_is_highlighted(window, comparison):
    view = window.workspace.panes[0].view
    offset = comparison.documents[0].text.index(MRE)
    fmt = char_format_at(view, view.built.positions.to_doc(offset))
    assert fmt.background().color() == window.theme.single_bg
    assert fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline  # unique detail: underlined
    assert view.document().toPlainText()[view.built.positions.to_doc(offset):].startswith(MRE)


def test_shared_sentence_takes_its_group_tint(window, comparison):
    view = window.workspace.panes[1].view
    g, (_, i) = 1, comparison.groups[1].members[1]
    fmt = char_format_at(view, view.built.sentence_ranges[i][0])
    assert fmt.background().color() == window.theme.group_fill(g)


def test_clicking_a_sentence_lights_up_its_counterpart(qtbot, window, comparison):
    (_, left), (_, right) = comparison.groups[4].members
    click_sentence(qtbot, window.workspace.panes[0].view, left)
    other = window.workspace.panes[1].view
    assert other.selected == [right]
    assert len(other.extraSelections()) == 1
    assert other.extraSelections()[0].cursor.selectionStart() == other.built.sentence_ranges[right][0]
    top, bottom = other.viewport_span(right)
    assert 0 <= top and bottom <= other.viewport().height()  # scrolled into view
    assert [r.source for r in window.group_model.rows] == [0, 1]
    assert "2 sources" in window.group_panel.title.text()


def test_next_difference_steps_through_differences(qtbot, window, comparison):
    expected = differences(comparison, 0)
    window.workspace.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.workspace.selection == (0, expected[0])
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.selection == (0, expected[1])
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.workspace.selection == (0, expected[0])


def test_ribbon_is_painted_between_linked_sentences(window, comparison):
    ribbon = window.workspace.ribbons[0]
    (_, a), (_, b) = comparison.groups[0].members
    left, right = ribbon._span(ribbon.left, a), ribbon._span(ribbon.right, b)
    image = ribbon.grab().toImage()
    background = image.pixelColor(ribbon.width() // 2, ribbon.height() - 2)
    x = ribbon.width() // 2
    y = round((left[0] + left[1] + right[0] + right[1]) / 4)
    assert image.pixelColor(x, y) != background
    assert image.pixelColor(x, y).name() != window.palette().window().color().name()


def test_bad_files_show_an_error_and_keep_the_window(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    binary = tmp_path / "report.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    window.open_paths([str(tmp_path), str(binary)])
    assert len(shown) == 1
    assert str(tmp_path) in shown[0] and "report.txt" in shown[0]
    assert window.isVisible() and len(window.workspace.panes) == 2


def test_a_new_pair_with_an_unreadable_file_leaves_the_comparison_on_screen_as_it_was(qtbot, window, tmp_path,
                                                                                      monkeypatch):
    """Found by a review: the readable file of the pair was added as a third column to the open comparison."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    good, empty = tmp_path / "athens.txt", tmp_path / "empty.txt"
    good.write_text("A fire-bomb hit a bank in Athens. Three people died.", encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    before = [s.name for s in window.controller.sources]
    window.open_paths([str(good), str(empty)])
    assert [s.name for s in window.controller.sources] == before
    assert "empty.txt" in shown[0] and "Nothing was opened" in shown[0]


def test_with_no_comparison_open_the_readable_file_of_a_pair_opens_alone(qtbot, comparison, tmp_path, monkeypatch):
    """Found by a helper's first-use test: 'synoptic report.txt missing.txt' said "Nothing was opened" and left an
    empty window, although report.txt alone opens (waiting for a second report)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)))
    qtbot.addWidget(window)
    good = tmp_path / "athens.txt"
    good.write_text("A fire-bomb hit a bank in Athens. Three people died.", encoding="utf-8")
    window.open_paths([str(good), str(tmp_path / "missing.txt")])
    assert [s.name for s in window.controller.sources] == ["athens.txt"]
    assert "missing.txt" in shown[0] and "Nothing was opened" not in shown[0]
    window.close()


def test_pasted_control_characters_are_refused_like_a_binary_file(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    QGuiApplication.clipboard().setText("\x01\x02\x03 \x04")
    window.paste_action.trigger()
    assert len(window.controller.sources) == 2 and "pasted text holds no words" in shown[0]


def test_the_size_limit_of_synoptic_open_max_chars_applies_to_files_opened_in_the_window(qtbot, window, tmp_path,
                                                                                         monkeypatch):
    from desktop.cli import build_parser

    assert build_parser().parse_args(["open", "--max-chars", "40", "a.txt"]).max_chars == 40
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    long = tmp_path / "long.txt"
    long.write_text("A fire-bomb hit a bank in Athens on Wednesday. Three people died inside.", encoding="utf-8")
    window.max_chars = 40
    window.open_paths([str(long)])
    assert len(window.controller.sources) == 2 and "limit 40" in shown[0]


def test_paste_adds_a_source(qtbot, window):
    QGuiApplication.clipboard().setText("Une troisième source affirme que la Chine a refusé. Rien d'autre.")
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.paste_action.trigger()
    assert len(window.controller.sources) == 3
    assert window.controller.sources[2].text.startswith("Une troisième source")


def test_report_text_is_never_read_as_html(qtbot, window):
    QGuiApplication.clipboard().setText("<b>Gras</b> &amp; <img src=x> <script>alert(1)</script>. Fin.")
    with qtbot.waitSignal(window.controller.sources_changed, timeout=30_000):
        window.paste_action.trigger()
    assert "<b>Gras</b> &amp; <img src=x>" in window.workspace.panes[2].view.toPlainText()


def test_hiding_left_out_text(window):
    view = window.workspace.panes[0].view
    assert "Répandre l'amour" in view.toPlainText()
    window.removed_action.trigger()
    assert "Répandre l'amour" not in view.toPlainText()
    assert "repas prêts à manger" in view.toPlainText()


def test_strictness_slider_regroups_without_reloading(qtbot, window, regroups):
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.strictness.slider.setValue(70)
    assert regroups == [0.7]


def test_zoom_changes_the_prose_font(window):
    before = window.workspace.panes[0].view.document().defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    assert window.workspace.panes[0].view.document().defaultFont().pointSizeF() == before + 1


def test_screenshot_is_written(window, tmp_path):
    target = tmp_path / "shot.png"
    save_screenshot(window, str(target))
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)



def test_scrolling_one_column_levels_the_counterpart(qtbot, window, comparison):
    left, right = (p.view for p in window.workspace.panes)
    (_, a), (_, b) = comparison.groups[5].members
    top, bottom = left.sentence_span(a)
    bar = left.verticalScrollBar()
    bar.setValue(round((top + bottom) / 2 - left.viewport().height() / 3))  # sync point inside sentence a
    fraction = bar.value() + left.viewport().height() / 3
    assert top <= fraction <= bottom
    r_top, r_bottom = right.viewport_span(b)
    assert r_top <= right.viewport().height() / 3 <= r_bottom  # b sits at the other column's sync point


def test_only_in_panel_jumps_to_the_sentence(qtbot, window, comparison):
    table = window.only_panel.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 2).data() == MRE)
    rect = table.visualRect(table.model().index(row, 2))
    table.scrollTo(table.model().index(row, 2))
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    mre = next(i for i in range(29) if MRE in comparison.documents[0].sentence_text(i))
    assert window.workspace.selection == (0, mre)
    top, bottom = window.workspace.panes[0].view.viewport_span(mre)
    assert 0 <= top and bottom <= window.workspace.panes[0].view.viewport().height()


def test_only_in_one_source_drops_the_source_column_for_the_text(qtbot, window):
    panel = window.only_panel
    assert not panel.table.isColumnHidden(0)
    panel.source_box.setCurrentIndex(panel.source_box.findData(1))
    assert panel.table.isColumnHidden(0)
    assert {panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())} == {window.coverage_model.names[1]}


def test_many_sources_keep_the_coverage_grids_claims_readable(qtbot, window):
    """Found by a review: with ten sources the claim column was 30 px wide and read "…"."""
    from desktop.ui.coverage.panel import MIN_CLAIM_WIDTH

    names = [f"outlet{k}.txt" for k in range(10)]
    model = window.coverage_model
    model.beginResetModel()
    model.names, model.headers = names, ("Claim", *names)
    model.endResetModel()
    table = window.coverage_panel.table
    assert table.columnWidth(0) >= MIN_CLAIM_WIDTH - 1 and all(table.columnWidth(c) >= 20 for c in range(1, 11))


def test_four_sources_fit_beside_the_panels(qtbot, window):
    sources = window.controller.sources
    window.workspace.show_sources([*sources, *sources])
    panes = window.workspace.panes
    qtbot.waitUntil(lambda: all(p.width() >= MIN_COLUMN_WIDTH for p in panes), timeout=2_000)
    assert window.workspace.horizontalScrollBar().maximum() == 0  # no column hidden off to the right
    table = window.coverage_panel.table  # and the panels beside them keep the grid of claims readable
    assert window.coverage_dock.isVisible() and table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()


def test_many_sources_scroll_sideways(qtbot, window):
    sources = window.controller.sources
    window.workspace.show_sources(sources)
    assert window.workspace.horizontalScrollBar().maximum() == 0
    window.workspace.show_sources([*sources, *sources, sources[0]])
    qtbot.waitUntil(lambda: window.workspace.horizontalScrollBar().maximum() > 0, timeout=2_000)
    assert all(p.width() >= MIN_COLUMN_WIDTH for p in window.workspace.panes)


def test_find_marks_matches_in_every_column(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "Sullivan")
    left, right = (p.view for p in window.workspace.panes)
    assert len(left.extraSelections()) == 1 and len(right.extraSelections()) == 3
    assert window.find_bar.count.text() == "4 matches"  # none is current yet
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "2 of 4"


def test_find_reads_as_a_reader_does_accents_apostrophes_and_case_aside(qtbot, window):
    """Found by a review: "Etats-Unis" found nothing where the reports write "États-Unis" 13 times."""
    from desktop.ui.find_text import find_all_in

    texts = [p.view.document().toPlainText() for p in window.workspace.panes]
    written = sum(t.count("États-Unis") for t in texts)
    assert written >= 2
    window.find_bar.open_bar()
    window.find_bar.edit.setText("etats-unis")
    assert window.find_bar.count.text() == f"{written} matches"
    assert find_all_in("Washington et l’OTAN, ou l'OTAN", "l'otan") == [(14, 20), (25, 31)]
    assert find_all_in("la Cœur de Pékin 😀 Pekin", "coeur de pekin") == [(3, 16)]
    decomposed = "l\u2019e\u0301te\u0301 a\u00ad Paris"  # "l’été a­ Paris" as macOS writes it, a soft hyphen
    assert find_all_in(decomposed, "l'ete") == [(0, len(decomposed) - 9)] and find_all_in(decomposed, "a paris")


def test_escape_closes_the_find_bar_and_lets_go_of_a_pinned_word(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.edit.setText("Sullivan")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    window.find_bar.open_bar()
    links = window.workspace.word_links
    links._pinned = (0, {})  # a word pinned by a click
    view = window.workspace.panes[0].view
    view.setFocus()
    with qtbot.waitSignal(links.pinned_changed, timeout=1_000) as let_go:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert let_go.args == [""] and window.find_bar.isVisible()  # in a column, Escape is the column's


def test_window_remembers_text_size_and_left_out_text(qtbot, tmp_path, comparison):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    first = MainWindow(ComparisonController(fake_compare_iter(comparison)), settings)
    qtbot.addWidget(first)
    first.zoom(1)
    first.removed_action.trigger()
    size = first.workspace.style.font.pointSizeF()
    first.close()
    second = MainWindow(ComparisonController(fake_compare_iter(comparison)), settings)
    qtbot.addWidget(second)
    assert second.workspace.style.font.pointSizeF() == size
    assert not second.removed_action.isChecked() and second.workspace.style.collapse_removed


def test_closing_a_column_removes_its_source(qtbot, window):
    QGuiApplication.clipboard().setText("Une troisième source affirme que la Chine a refusé.")
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.paste_action.trigger()
    assert len(window.workspace.panes) == 3
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        qtbot.mouseClick(window.workspace.panes[2].header.close_button, Qt.MouseButton.LeftButton)
    assert len(window.workspace.panes) == 2 and len(window.controller.sources) == 2


def test_a_report_of_another_story_among_three_says_so_in_its_header(qtbot):
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    shooting = ["A gunman opened fire at an office Christmas party in Vancouver on Friday, killing one man.",
                "The suspect, a 61-year-old former employee, gave himself up to police two hours later."]
    other = ["A gunman opened fire at an office Christmas party in Vancouver on Friday, killing one man.",
             "Police said the suspect, a former employee, gave himself up two hours later."]
    budget = ["The city council approved a new budget for road repairs on Tuesday.",
              "Spending on parks will rise by four percent next year."]
    comparison = compare([from_text("\n\n".join(t) + "\n", n) for t, n in
                          ((shooting, "cbc.txt"), (budget, "council.txt"), (other, "globe.txt"))], Options(semantic=False))
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    metas = [pane.header.meta.full_text() for pane in window.workspace.panes]
    assert "⚠ shares no statement with the others" in metas[1] and "0 shared · 2 only here" in metas[1]
    assert "shares no statement" not in metas[0] + metas[2]
    window.close()
