"""The review workflow in the window: verdicts and notes, badges, the reviewed list, manual links."""
from __future__ import annotations

import csv
import io
import os
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.export.markdown import render_markdown
from desktop.store import load_session
from desktop.ui.session import controller as session_controller
from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import differences
from desktop.ui.review.panel import NOTE_DELAY_MS
from desktop.ui.columns.ribbon import ribbon_links
from desktop.ui.sources import sample_paths
from test_ui_data import MRE, fake_compare_iter, hand_comparison

NOTE = "Pentagon did not confirm the MRE request; ask the DoD press office."


@pytest.fixture(autouse=True)
def no_user_folders(tmp_path, monkeypatch):
    """Autosaves go to tmp_path, never to the user's data folder; dialogs never block."""
    monkeypatch.setattr(session_controller, "default_autosave_dir", lambda: tmp_path / "autosave")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail(f"unexpected question {a[1:3]}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning {a[1:3]}"))


def make_window(qtbot, tmp_path, comparison, regroup=None) -> MainWindow:
    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    kw = {"regroup": regroup} if regroup else {}
    window = MainWindow(ComparisonController(fake_compare_iter(comparison), **kw), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def open_samples(qtbot, window, comparison=None) -> None:
    paths = [d.source.path for d in comparison.documents] if comparison else sample_paths()
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(paths)


def close_discarding(window, monkeypatch) -> None:
    """Close a window whose untitled session holds review work, answering "Discard"."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Discard)
    window.close()
    assert asked == ["Keep your review?"]


def mre_ref(comparison) -> tuple[int, int]:
    doc = comparison.documents[0]
    return 0, next(i for i in range(len(doc.sentences)) if MRE in doc.sentence_text(i))


def click_sentence(qtbot, view, i: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    start, end = view.built.sentence_ranges[i]
    view.scroll_to_sentence(i)
    cursor = QTextCursor(view.document())
    cursor.setPosition((start + end) // 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.cursorRect(cursor).center())


def test_verdict_and_note_survive_saving_and_reopening(qtbot, tmp_path, monkeypatch):
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    open_samples(qtbot, window)
    source, mre = mre_ref(comparison)
    click_sentence(qtbot, window.workspace.panes[0].view, mre)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # needs check
    qtbot.keyClicks(window.review.panel.note, NOTE)
    qtbot.wait(NOTE_DELAY_MS + 200)  # the note is saved after a pause in typing
    assert window.workspace.panes[0].view.verdicts == {mre: "needs check"}
    assert window.review.claims.rows[0].annotation.note == NOTE
    target = tmp_path / "review.synoptic"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.review.menu.save_as_action.trigger()
    window.close()

    stored = load_session(target)
    assert [(a.verdict, a.note) for a in stored.annotations] == [("needs check", NOTE)]
    fresh = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(fresh.comparison_shown, timeout=30_000):
        fresh.open_paths([str(target)])
    fresh.workspace.select(source, mre)
    panel = fresh.review.panel
    assert panel.note.toPlainText() == NOTE
    assert [a.text() for a in fresh.review.verdict_actions if a.isChecked()] == ["Needs check"]
    assert fresh.workspace.panes[0].view.verdicts == {mre: "needs check"}
    assert "Needs check" in panel.status.text()
    assert fresh.windowTitle().startswith("review")


def test_a_group_shows_the_verdict_set_on_any_member(qtbot, tmp_path):
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    open_samples(qtbot, window)
    (s0, i0), (s1, i1) = comparison.groups[2].members
    window.workspace.select(s0, i0)
    window.review.verdict_actions[3].trigger()  # false
    window.workspace.select(s1, i1)  # the same claim, seen from the other source
    assert [a.data() for a in window.review.verdict_actions if a.isChecked()] == ["false"]
    assert window.workspace.panes[1].view.verdicts == {i1: "false"}
    window.review.verdict_actions[0].trigger()  # corroborated replaces it, for the whole group
    assert window.workspace.panes[0].view.verdicts == {i0: "corroborated"}
    assert [c.annotation.verdict for c in window.review.claims.all] == ["corroborated"]
    window.review.clear_action.trigger()
    assert window.workspace.panes[0].view.verdicts == {} and window.review.claims.all == []
    window.close()


def test_reviewed_claims_filter_by_verdict_and_jump(qtbot, tmp_path, monkeypatch):
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    open_samples(qtbot, window)
    source, mre = mre_ref(comparison)
    for ref, n in ((comparison.groups[0].members[0], 0), ((source, mre), 2), (comparison.groups[4].members[1], 2)):
        window.workspace.select(*ref)
        window.review.verdict_actions[n].trigger()
    listing = window.review.claims_list
    assert listing.count.text() == "3 reviewed"
    listing.filter_box.setCurrentIndex(listing.filter_box.findData("needs check"))
    assert listing.count.text() == "2 of 3"
    texts = [window.review.claims.index(r, 1).data() for r in range(2)]
    assert any(MRE in t for t in texts)
    window.workspace.select(*comparison.groups[0].members[0])
    row = next(r for r in range(2) if MRE in window.review.claims.index(r, 1).data())
    assert window.review.claims.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Needs check")
    listing.table.clicked.emit(window.review.claims.index(row, 1))
    assert window.workspace.selection == (source, mre)
    close_discarding(window, monkeypatch)


def test_a_match_found_with_ctrl_f_is_the_sentence_a_verdict_goes_to(qtbot, tmp_path, monkeypatch):
    """Found by QA: Enter in the find bar scrolled to the match but left the selection on a sentence now off
    screen, and Alt+4 marked that one False."""
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    open_samples(qtbot, window)
    doc = comparison.documents[0]
    last = len(doc.sentences) - 1
    word = next(w for w in doc.sentence_text(last).split() if len(w) > 6 and w.isalpha())
    found = next(i for i in range(len(doc.sentences)) if word.lower() in doc.sentence_text(i).lower())
    assert found > 1
    click_sentence(qtbot, window.workspace.panes[0].view, 1)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.edit.setText(word)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.workspace.selection == (0, found)
    assert window.workspace.panes[0].view.selected == [found]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # False
    review = window.review.review
    assert review.annotation_for((0, found)).verdict == "false" and review.annotation_for((0, 1)) is None
    close_discarding(window, monkeypatch)


def test_the_keyboard_reaches_the_note_with_tab_and_f2_and_is_not_held_in_the_grid(qtbot, tmp_path, monkeypatch):
    """Found by QA: Tab moved cell by cell inside the "Who says what" grid for ever and never reached the note."""
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot, tmp_path, hand_comparison())
    open_samples(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    note, grid = window.review.panel.note, window.coverage_panel.table
    window.workspace.select(0, 1)
    window.workspace.panes[0].view.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is grid:
            break
    assert note in seen and seen.index(note) < seen.index(grid)  # the review comes before the grid, as it stands
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not grid
    window.workspace.panes[1].view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert QApplication.focusWidget() is note
    assert "F2" in window.review.note_action.toolTip() and window.review.note_action in window.actions()
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.workspace.panes[0].view  # the selected sentence's column
    window.close()


def test_verdict_shortcuts_and_note_need_a_selection(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, hand_comparison())
    open_samples(qtbot, window)
    assert not any(a.isEnabled() for a in window.review.verdict_actions)
    assert not window.review.panel.note.isEnabled()
    window.close()


# -- manual links (real candidate scores: pipeline.regroup) --------------------------------------------

def single_pair(comparison) -> tuple[tuple[int, int], tuple[int, int]]:
    return (0, comparison.single_sourced(0)[-1]), (1, comparison.single_sourced(1)[-1])


def samples_with_a_pair_marked(qtbot, tmp_path, comparison):
    """The window on the samples, a single-sourced sentence of each selected and Ctrl+clicked: (window, a, b)."""
    window = make_window(qtbot, tmp_path, comparison)
    open_samples(qtbot, window, comparison)
    a, b = single_pair(comparison)
    click_sentence(qtbot, window.workspace.panes[a[0]].view, a[1])
    click_sentence(qtbot, window.workspace.panes[b[0]].view, b[1], Qt.KeyboardModifier.ControlModifier)
    return window, a, b


def focus_the_note(qtbot, window):
    """Put the keyboard focus in the Review panel's note box (as a user typing a note has it); the panel."""
    panel = window.review.panel
    window.activateWindow()
    panel.note.setFocus()
    qtbot.waitUntil(panel.note.hasFocus, timeout=2_000)
    return panel


def test_manual_link_makes_a_group_marked_manual_that_survives_the_slider(qtbot, tmp_path, seed_comparison,
                                                                         monkeypatch):
    window, a, b = samples_with_a_pair_marked(qtbot, tmp_path, seed_comparison)
    assert window.workspace.selection == a and window.workspace.panes[1].view.marked == b[1]
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    linked = shown.args[0]
    group = linked.group_index()[a]
    assert linked.group_index()[b] == group and any(ln.manual for ln in linked.groups[group].links)
    assert window.group_panel.title.text().endswith("linked by hand")
    assert ribbon_links(linked, 0, 1).manual == frozenset({(a[1], b[1])})
    assert window.workspace.panes[1].view.marked is None
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        window.strictness.slider.setValue(99)
    strict = shown.args[0]
    assert strict.options.threshold == 0.99
    assert strict.group_index()[a] == strict.group_index()[b]
    assert len(strict.groups) < len(linked.groups)  # the slider did regroup the rest
    assert [o.action for o in window.review.sessions.session.overrides()] == ["link"]
    close_discarding(window, monkeypatch)


def test_linking_two_sentences_reviewed_apart_keeps_both_notes_and_says_the_verdicts_met(
        qtbot, tmp_path, seed_comparison, monkeypatch):
    """Found by a review: the older verdict's note vanished from the panel and the reports."""
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    a, b = single_pair(seed_comparison)
    for ref, verdict, note in ((a, 2, "Asked CNN desk 10:40"), (b, 3, "FT piece says otherwise")):
        window.workspace.select(*ref)
        window.review.verdict_actions[verdict].trigger()
        window.review.panel.note.setPlainText(note)
        window.review.panel.flush()
    click_sentence(qtbot, window.workspace.panes[a[0]].view, a[1])
    click_sentence(qtbot, window.workspace.panes[b[0]].view, b[1], Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.review.panel
    assert panel.note.toPlainText() == "Asked CNN desk 10:40\n\nFT piece says otherwise"
    assert "Reviewed apart as Needs check, then False" in panel.status.text()
    assert [c.annotation.verdict for c in window.review.claims.all] == ["false"]  # the newest verdict
    report = render_markdown(window.review.review.comparison, window.review.sessions.session.annotations())
    assert "Asked CNN desk 10:40" in report and "FT piece says otherwise" in report
    window.review.verdict_actions[0].trigger()  # a new verdict: the claim has one review from now on
    assert len(window.review.sessions.session.annotations()) == 1
    assert "Reviewed apart" not in panel.status.text()
    assert panel.note.toPlainText() == "Asked CNN desk 10:40\n\nFT piece says otherwise"
    close_discarding(window, monkeypatch)


def test_the_review_panel_says_what_the_claim_became_while_a_note_is_being_typed(qtbot, tmp_path, seed_comparison,
                                                                                  monkeypatch):
    """Found by a review: after a link made with the note box focused, the panel still said "Claim only in …"."""
    window, a, b = samples_with_a_pair_marked(qtbot, tmp_path, seed_comparison)
    panel = focus_the_note(qtbot, window)
    panel.note.setPlainText("Checking with the desk")
    assert panel.title.text().startswith("Claim only in")
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.review.links.link_action.trigger()
    assert panel.title.text() == "Said by 2 sources · one verdict and note for both versions"
    assert panel.note.toPlainText() == "Checking with the desk"
    close_discarding(window, monkeypatch)


def test_edit_undo_takes_back_a_verdict_a_note_and_a_link_and_redo_makes_them_again(qtbot, tmp_path,
                                                                                   seed_comparison, monkeypatch):
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    review, history = window.review, window.review.history
    undo, redo = review.undo_action, review.redo_action
    assert [a.text() for a in window.edit_menu.actions()][:2] == ["&Undo", "&Redo"] and not undo.isEnabled()
    a, b = single_pair(seed_comparison)
    window.workspace.select(*a)
    review.verdict_actions[3].trigger()  # False
    for text in ("Asked", "Asked the desk", "Asked the desk at 10:40"):  # one note, typed in three pauses
        review.panel.note.setPlainText(text)
        review.panel.flush()
    assert undo.text() == "&Undo Note"
    undo.trigger()
    assert review.review.annotation_for(a).note == "" and review.review.annotation_for(a).verdict == "false"
    undo.trigger()
    assert review.review.annotation_for(a) is None and review.claims.all == []
    assert window.workspace.panes[0].view.verdicts == {}
    redo.trigger()
    redo.trigger()
    assert (review.review.annotation_for(a).verdict, review.review.annotation_for(a).note) == (
        "false", "Asked the desk at 10:40")
    click_sentence(qtbot, window.workspace.panes[b[0]].view, b[1], Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        review.links.link_action.trigger()
    assert window.controller.comparison.group_index().get(a) is not None
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        undo.trigger()  # "Undo Link"
    assert window.controller.comparison.group_index().get(a) is None
    assert review.sessions.session.overrides() == []
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        redo.trigger()
    assert window.controller.comparison.group_index()[a] == window.controller.comparison.group_index()[b]
    assert [o.action for o in review.sessions.session.overrides()] == ["link"]
    close_discarding(window, monkeypatch)


def _slow_lexical_window(qtbot, tmp_path, texts: list[tuple[str, str]]) -> MainWindow:
    """A window comparing ``texts`` (text, name) with the real pipeline on words only, each run taking 0.3 s, so a
    second change can come while a run goes on."""
    import time

    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare_iter

    def slow(sources, options=None, **kw):
        time.sleep(0.3)
        return (yield from compare_iter(sources, Options(semantic=False), overrides=kw.get("overrides", ())))

    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ComparisonController(slow), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([from_text(t, n) for t, n in texts])
    return window


LEAD = "A gunman opened fire at an office Christmas party in Vancouver on Friday, killing one man."
OUTLETS = [(LEAD + "\n\nThe victim has not been named.\n", "cbc.txt"),
           (LEAD + "\n\nPolice closed the street for the night.\n", "globe.txt"),
           (LEAD + "\n\nStaff hid in a storeroom.\n", "star.txt"),
           (LEAD + "\n\nA vigil is planned for Sunday.\n", "post.txt")]


def test_removing_a_report_keeps_the_review_of_a_claim_the_others_state(qtbot, tmp_path, monkeypatch):
    """Found by a review: the verdict was written on the removed report's sentence and the claim lost it; and,
    two reports removed in a row while the first removal was being compared, the second took it along."""
    window = _slow_lexical_window(qtbot, tmp_path, OUTLETS)
    window.workspace.select(0, 0)
    window.review.verdict_actions[0].trigger()
    window.review.panel.note.setPlainText("Confirmed with Vancouver police")
    assert window.review.undo_action.isEnabled()
    window.controller.remove_source(0)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.remove_source(0)  # the comparison on screen still has the report removed first
    assert [s.name for s in window.controller.sources] == ["star.txt", "post.txt"]
    kept = window.review.review.annotation_for((0, 0))
    assert (kept.verdict, kept.note) == ("corroborated", "Confirmed with Vancouver police")
    assert window.review.claims_list.count.text() == "1 reviewed"
    assert not window.review.undo_action.isEnabled()  # what was done on a report that left cannot be taken back
    close_discarding(window, monkeypatch)


def test_unlinking_the_reviewed_sentence_leaves_the_verdict_and_note_with_the_claim_that_stays(
        qtbot, tmp_path, monkeypatch):
    """Found by QA: Ctrl+U on the sentence the verdict was given on took the verdict and note away from the claim
    the other reports still state, and the export put them on the lone sentence."""
    window = _slow_lexical_window(qtbot, tmp_path, OUTLETS)
    lead = [(k, 0) for k in range(4)]
    assert window.controller.comparison.group_index()[(0, 0)] == window.controller.comparison.group_index()[(3, 0)]
    window.workspace.select(0, 0)
    window.review.verdict_actions[0].trigger()
    window.review.panel.note.setPlainText("Confirmed with Vancouver police")
    window.review.panel.flush()
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.review.links.unlink_action.trigger()
    review = window.review.review
    assert [review.annotation_for(r) and review.annotation_for(r).verdict for r in lead] == [
        None, "corroborated", "corroborated", "corroborated"]
    assert review.annotation_for((1, 0)).note == "Confirmed with Vancouver police"
    assert window.workspace.panes[0].view.verdicts == {} and window.workspace.panes[3].view.verdicts == {0: "corroborated"}
    window.workspace.select(1, 0)
    assert window.review.panel.note.toPlainText() == "Confirmed with Vancouver police"
    report = render_markdown(window.controller.comparison, window.review.sessions.session.annotations())
    claim = report.split("### Claim 1 ")[1].split("\n## ")[0]
    assert "(cbc.txt)" not in claim and "(globe.txt)" in claim
    assert "· corroborated" in claim.splitlines()[0] and "Confirmed with Vancouver police" in claim
    assert report.count("Verdict: corroborated") == 1
    window.workspace.select(0, 0)  # the lone sentence gets a review of its own; the claim keeps its one
    window.review.verdict_actions[3].trigger()
    assert (review.annotation_for((0, 0)).verdict, review.annotation_for((2, 0)).verdict) == ("false", "corroborated")
    stored = window.review.sessions.session.annotations()
    assert sorted((a.verdict, a.note) for a in stored) == [("corroborated", "Confirmed with Vancouver police"),
                                                           ("false", "")]
    close_discarding(window, monkeypatch)


def test_a_claim_keeps_its_review_after_an_unlink_saved_and_reopened(qtbot, tmp_path, monkeypatch):
    window = _slow_lexical_window(qtbot, tmp_path, OUTLETS)
    window.workspace.select(2, 0)
    window.review.verdict_actions[1].trigger()  # disputed
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.review.links.unlink_action.trigger()
    target = tmp_path / "review.synoptic"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.review.menu.save_as_action.trigger()
    window.close()
    fresh = _slow_lexical_window(qtbot, tmp_path, OUTLETS[:2])
    with qtbot.waitSignal(fresh.comparison_shown, timeout=30_000):
        fresh.open_paths([str(target)])
    review = fresh.review.review
    assert [review.annotation_for((k, 0)) and review.annotation_for((k, 0)).verdict for k in range(4)] == [
        "disputed", "disputed", None, "disputed"]
    fresh.close()


def test_removing_one_of_two_copies_of_a_file_keeps_the_review_on_the_one_that_stays(qtbot, tmp_path, monkeypatch):
    """Found by the third review: the review was written on the staying twin's anchor (the same as the leaving
    one's), then deleted as a duplicate."""
    window = _slow_lexical_window(qtbot, tmp_path, [OUTLETS[0], OUTLETS[0], OUTLETS[1]])
    window.workspace.select(0, 0)
    window.review.verdict_actions[0].trigger()
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.remove_source(0)
    assert window.review.review.annotation_for((0, 0)).verdict == "corroborated"
    close_discarding(window, monkeypatch)


def test_undo_after_two_reviews_were_folded_into_one_brings_both_back_as_they_were(qtbot, tmp_path,
                                                                                seed_comparison, monkeypatch):
    """Found by a review: the reviews came back with new dates, the older one now the newest verdict."""
    window, a, b = samples_with_a_pair_marked(qtbot, tmp_path, seed_comparison)
    review = window.review
    for ref, verdict, note in ((a, 2, "Asked CNN desk"), (b, 3, "FT says otherwise")):
        window.workspace.select(*ref)
        review.verdict_actions[verdict].trigger()
        review.panel.note.setPlainText(note)
        review.panel.flush()
    before = sorted(review.sessions.session.annotations(), key=lambda x: x.updated)
    click_sentence(qtbot, window.workspace.panes[a[0]].view, a[1])
    click_sentence(qtbot, window.workspace.panes[b[0]].view, b[1], Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        review.links.link_action.trigger()
    review.verdict_actions[0].trigger()  # Corroborated: the two reviews become one
    assert len(review.sessions.session.annotations()) == 1
    review.undo_action.trigger()
    assert sorted(review.sessions.session.annotations(), key=lambda x: x.updated) == before
    assert review.review.annotation_for(a).verdict == "false"
    assert "Reviewed apart as Needs check, then False" in review.panel.status.text()
    close_discarding(window, monkeypatch)


def test_undo_from_the_menu_while_the_note_box_has_the_focus_shows_the_note_as_it_now_is(qtbot, tmp_path,
                                                                                      seed_comparison, monkeypatch):
    window, a, _b = samples_with_a_pair_marked(qtbot, tmp_path, seed_comparison)
    panel = focus_the_note(qtbot, window)
    panel.note.setPlainText("abc")
    panel.flush()
    window.review.undo_action.trigger()  # from the menu: the focus stays in the note box
    assert panel.note.toPlainText() == "" and window.review.review.annotation_for(a) is None
    window.review.verdict_actions[2].trigger()
    steps = window.review.history.count()
    for text in ("x", ""):  # typed, then typed back: no step, though the review's dates changed
        panel.note.setPlainText(text)
        panel.flush()
    assert window.review.history.count() == steps
    close_discarding(window, monkeypatch)


def sentence_starting(comparison, source: int, prefix: str) -> tuple[int, int]:
    doc = comparison.documents[source]
    return source, next(i for i in range(len(doc.sentences)) if doc.sentence_text(i).startswith(prefix))


def test_the_closest_unlinked_sentence_is_offered_and_linked_in_one_click(qtbot, tmp_path, seed_comparison,
                                                                         monkeypatch):
    """B's warning to the allies says what A's cable to the allies says, but the cable joined the claim of B's title,
    which the warning cannot join without that claim saying two things: the panel offers the cable first, with its
    score (above the threshold: left out by the claim, not by the pair), and one click links them."""
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    warning = sentence_starting(seed_comparison, 1, "Une autre personne familière avec la situation")
    offered = sentence_starting(seed_comparison, 0, "Dans un câble diplomatique")
    assert warning[1] in seed_comparison.single_sourced(1)
    click_sentence(qtbot, window.workspace.panes[1].view, warning[1])
    near = window.group_panel.near
    assert near.isVisible() and (near.model.rows[0].source, near.model.rows[0].sentence) == offered
    score = near.model.index(0, 2).data()
    assert score == f"{seed_comparison.pair_score(warning, offered):.2f}"
    assert float(score) >= seed_comparison.options.threshold  # left out by the claim it would join, not by its score
    why = near.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)  # the row says why, where "Not linked" and a
    assert f"Score {score}" in why and "more closely" in why  # score above the strictness would puzzle
    title = window.group_panel.title.text()  # "only here" says that a sentence elsewhere comes close
    assert "not linked" in title and window.group_model.names[0] in title and f"scores {score}" in title
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        near.link_button.click()
    linked = shown.args[0]
    assert linked.group_index()[warning] == linked.group_index()[offered]
    assert not near.isVisible()  # every source is in the group now: nothing left to offer
    close_discarding(window, monkeypatch)


def test_unlink_takes_a_sentence_out_of_its_group(qtbot, tmp_path, seed_comparison, monkeypatch):
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    group = max(seed_comparison.groups, key=lambda g: len(g.members))
    ref = group.members[0]
    window.workspace.select(*ref)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        window.review.links.unlink_action.trigger()
    after = shown.args[0]
    assert ref not in after.group_index() or not set(group.members[1:]) & set(
        after.groups[after.group_index()[ref]].members)
    assert any(m in after.group_index() for m in group.members[1:]) or len(group.members) == 2
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        window.controller.set_threshold(0.3)
    loose = shown.args[0]
    mine = loose.group_index().get(ref)
    assert mine is None or not set(group.members[1:]) & set(loose.groups[mine].members)
    close_discarding(window, monkeypatch)


def test_the_versions_panel_keeps_the_aligner_s_scores_after_an_unlink_and_a_hand_link(
        qtbot, tmp_path, seed_comparison, monkeypatch):
    """Found by QA: after Ctrl+U the panel said no sentence scored 0.20 against the sentence unlinked from a 0.92
    match, and a version linked by hand read "match with the selected sentence 1.00" (the aligner: 0.07)."""
    window, a, b = samples_with_a_pair_marked(qtbot, tmp_path, seed_comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.review.links.link_action.trigger()
    scored = {frozenset((ln.a, ln.b)): ln.score for ln in seed_comparison.candidates}  # the aligner's scores
    score = scored.get(frozenset((a, b)))
    said = "not scored by the aligner)" if score is None else f"aligner score {score:.2f})"
    text = window.group_panel.view.toPlainText()
    assert f"linked by hand ({said}" in text and "match with the selected sentence 1.00" not in text
    group = max((g for g in seed_comparison.groups if len(g.members) == 2), key=lambda g: g.score)
    ref, other = sorted(group.members)
    window.workspace.select(*ref)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.review.links.unlink_action.trigger()
    assert window.group_panel.title.text().endswith(
        f"unlinked by you: the aligner scored it {scored[frozenset((ref, other))]:.2f} with a sentence of "
        f"{window.group_panel.model.names[other[0]]}.")
    close_discarding(window, monkeypatch)


def test_context_menu_offers_link_and_unlink(qtbot, tmp_path, seed_comparison, monkeypatch):
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    a, b = single_pair(seed_comparison)
    grouped = seed_comparison.groups[0].members[0]
    window.workspace.select(*a)
    menu = QMenu()
    window.workspace.sentence_menu.emit(b[0], b[1], menu)
    actions = {act.text(): act for act in menu.actions() if act.text()}
    assert actions["Link with selected sentence"].isEnabled()
    assert not actions["Unlink from group"].isEnabled()
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        actions["Link with selected sentence"].trigger()
    assert shown.args[0].group_index()[a] == shown.args[0].group_index()[b]
    menu = QMenu()
    window.workspace.sentence_menu.emit(grouped[0], grouped[1], menu)
    assert {act.text(): act.isEnabled() for act in menu.actions() if act.text()}["Unlink from group"]
    close_discarding(window, monkeypatch)


def test_linking_two_sentences_of_one_source_is_refused(qtbot, tmp_path, seed_comparison):
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    first, second = seed_comparison.single_sourced(0)[:2]
    window.workspace.select(0, first)
    assert not window.review.links.link((0, first), (0, second))
    assert "same source" in window.statusBar().currentMessage()
    window.close()


def test_left_out_text_can_be_put_back_as_report_text(qtbot, tmp_path, monkeypatch):
    from desktop.engine.pipeline import compare_iter

    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ComparisonController(compare_iter), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    open_samples(qtbot, window)
    doc = window.controller.comparison.documents[0]
    span = next(r for r in doc.removed if doc.text[r.start:r.end].startswith("Pour rejoindre le groupe"))
    menu = QMenu()
    window.workspace.text_menu.emit(0, span.start + 3, menu)  # what a right-click on the greyed line does
    action = next(a for a in menu.actions() if a.text().startswith("Treat as report text"))
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000) as shown:
        action.trigger()
    doc = shown.args[0].documents[0]
    assert not any(r.start == span.start for r in doc.removed)
    assert any("Rejoindre le groupe" in doc.sentence_text(i) for i in range(len(doc.sentences)))
    assert [o.action for o in window.review.sessions.session.overrides()] == ["keep"]
    close_discarding(window, monkeypatch)


def underlined(view, offset: int) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.built.positions.to_doc(offset) + 1)
    return _is_underlined(cursor.charFormat())


def _is_underlined(fmt) -> bool:
    return fmt.fontUnderline() or fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline


def marked_in_panel(panel) -> str:
    """The text the versions panel marks as details, fragments joined by "|"."""
    block, marked = panel.view.document().begin(), []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if _is_underlined(frag.charFormat()):
                marked.append(frag.text())
            it += 1
        block = block.next()
    return "|".join(marked)


def test_wording_differences_can_be_hidden_to_see_facts_only(qtbot, tmp_path, seed_comparison):
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    wording = next(d for d in seed_comparison.details if d.source == 1 and not d.is_fact)
    fact = next(d for d in seed_comparison.details if d.source == 1 and d.is_fact and d.type != "quote")
    view = window.workspace.panes[1].view
    assert underlined(view, wording.start) and underlined(view, fact.start)
    window.workspace.select(1, wording.sentence)
    wording_text = seed_comparison.documents[1].text[wording.start:wording.end]
    assert wording_text in marked_in_panel(window.group_panel)
    window.wording_action.trigger()  # View → Mark wording differences, off
    view = window.workspace.panes[1].view
    assert not underlined(view, wording.start) and underlined(view, fact.start)
    assert wording_text not in marked_in_panel(window.group_panel)  # the versions panel follows the columns
    facts = differences(seed_comparison, 1, facts_only=True)
    fact_sentences = {d.sentence for d in seed_comparison.details if d.source == 1 and d.is_fact}
    assert set(facts) == set(seed_comparison.single_sourced(1)) | fact_sentences  # wording-only ones are skipped
    window.current_column = 1
    window.go_difference(True)  # F7 stops at facts only too
    assert window.workspace.selection == (1, next(i for i in facts if i > wording.sentence))


def test_the_versions_panel_says_who_says_it_in_words(qtbot, tmp_path, seed_comparison):
    window = make_window(qtbot, tmp_path, seed_comparison)
    open_samples(qtbot, window, seed_comparison)
    conflict = next(d for d in seed_comparison.details if d.type == "attribution" and d.kind == "conflict")
    window.workspace.select(conflict.source, conflict.sentence)
    shown = window.group_panel.view.toPlainText()
    assert "Attributed differently" in shown
    assert "who says it:" in shown and "(institution)" in shown and "(anonymous source)" in shown


def test_the_comparison_and_its_review_are_exported_from_the_file_menu(qtbot, tmp_path, monkeypatch):
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    export = window.review.export
    assert export.action in window.file_menu.actions() and not export.action.isEnabled()  # nothing to export yet
    open_samples(qtbot, window)
    assert export.action.isEnabled()
    click_sentence(qtbot, window.workspace.panes[0].view, mre_ref(comparison)[1])
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # needs check
    qtbot.keyClicks(window.review.panel.note, NOTE)  # exported at once, before the pause that saves it
    offered = []

    def save_dialog(parent, title, start, filters, chosen):
        offered.append((start, chosen))
        return answers.pop(0)

    answers = [(str(tmp_path / "china-review"), "HTML report (*.html)"), (str(tmp_path / "claims.csv"), "HTML report (*.html)")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    export.action.trigger()
    html = (tmp_path / "china-review.html").read_text(encoding="utf-8")  # the chosen format's suffix added
    assert NOTE in html and "needs check" in html
    assert all(d.source.name in html for d in comparison.documents)
    umask = os.umask(0o022)
    os.umask(umask)
    assert (tmp_path / "china-review.html").stat().st_mode & 0o777 == 0o666 & ~umask  # not a private temp file's
    export.action.trigger()  # a name with a report suffix keeps its format
    rows = list(csv.DictReader(io.StringIO((tmp_path / "claims.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["verdict"], r["note"]) for r in rows if r["note"]] == [("needs check", NOTE)]
    assert offered[0][0].endswith(f"synoptic-report-{date.today().isoformat()}.html")  # an untitled session
    assert offered[1] == (str(tmp_path / f"synoptic-report-{date.today().isoformat()}.html"), "HTML report (*.html)")
    close_discarding(window, monkeypatch)


def test_an_export_that_cannot_be_written_says_why_and_keeps_the_window(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, hand_comparison())
    open_samples(qtbot, window)
    missing = tmp_path / "no such folder" / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), "HTML report (*.html)"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append((title, text)))
    assert window.review.export.export() is None
    assert len(warnings) == 1 and warnings[0][0] == "Could not export the report" and "folder does not exist" in warnings[0][1]
    assert window.isVisible() and not missing.parent.exists()


def test_an_export_asks_before_replacing_a_file_the_dialog_did_not_name(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, hand_comparison())
    open_samples(qtbot, window)
    existing = tmp_path / "report.html"
    existing.write_text("yesterday's report", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report"), "HTML report (*.html)"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.No)
    assert window.review.export.export() is None
    assert asked == ["Replace the file?"] and existing.read_text(encoding="utf-8") == "yesterday's report"


def test_a_verdict_given_while_a_regrouping_runs_goes_to_the_claim_on_screen_after_it(qtbot, tmp_path, monkeypatch):
    """The review of this session's changes: a verdict given on a sentence just unlinked, while the re-grouping
    ran in the worker, was written with the old groups' claim: the claim the three other reports keep read 'false'
    and its 'corroborated' was gone."""
    import time

    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare_iter, regroup

    def comp(sources, options=None, **kw):
        return (yield from compare_iter(sources, Options(semantic=False), overrides=kw.get("overrides", ())))

    def slow_regroup(comparison, threshold):
        time.sleep(0.4)  # as long as six reports take: the verdict below is given while it runs
        return regroup(comparison, threshold)

    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ComparisonController(comp, slow_regroup), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([from_text(t, n) for t, n in OUTLETS])
    window.workspace.select(0, 0)
    window.review.verdict_actions[0].trigger()  # corroborated, on the claim of four reports
    window.review.links.unlink_action.trigger()  # the first report's sentence taken out of it
    window.workspace.select(0, 0)
    window.review.verdict_actions[3].trigger()  # false, meant for the lone sentence
    qtbot.waitUntil(lambda: window.controller._regrouping is None, timeout=10_000)
    review = window.review.review
    shown = [(a := review.annotation_for((k, 0))) and a.verdict for k in range(4)]
    close_discarding(window, monkeypatch)
    assert shown == ["false", "corroborated", "corroborated", "corroborated"]
