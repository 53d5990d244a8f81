"""Sessions in the window: autosave, crash recovery, opening bad or locked files, the embedding cache."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.engine.model import Progress
from desktop.engine.overrides import anchor_of
from desktop.store import Session, SqliteEmbeddingCache, load_session
from desktop.ui import app as app_module
from desktop.ui.session import controller as session_controller
from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from desktop.ui.sources import sample_paths
from test_ui_data import MRE, fake_compare_iter, hand_comparison

Buttons = QMessageBox.StandardButton


class Dialogs:
    """Records QMessageBox calls and answers questions from a script."""

    def __init__(self, monkeypatch, answers=()):
        self.questions, self.warnings, self.answers = [], [], list(answers)
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: self.warnings.append(
            (title, text)))

    def _question(self, parent, title, text, *a, **k):
        self.questions.append(title)
        if not self.answers:
            pytest.fail(f"unexpected question: {title}")
        return self.answers.pop(0)


@pytest.fixture
def autosave(tmp_path, monkeypatch):
    folder = tmp_path / "autosave"
    monkeypatch.setattr(session_controller, "default_autosave_dir", lambda: folder)
    return folder


def make_window(qtbot, tmp_path, comparison=None, compare_iter=None) -> MainWindow:
    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    controller = ComparisonController(compare_iter or fake_compare_iter(comparison or hand_comparison()))
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def saved_session(path, comparison, verdict="disputed", note="check with AP") -> None:
    """A session file holding ``comparison`` and a verdict on the MRE sentence."""
    with Session.create(path) as s:
        s.save_comparison(comparison)
        s.set_annotation(anchor_of(comparison, mre_ref(comparison)), verdict, note)


def mre_ref(comparison):
    doc = comparison.documents[0]
    return 0, next(i for i in range(len(doc.sentences)) if MRE in doc.sentence_text(i))


def test_untitled_session_is_autosaved_and_removed_on_a_clean_close(qtbot, tmp_path, autosave, monkeypatch):
    dialogs = Dialogs(monkeypatch, [Buttons.Discard])
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())
    window.workspace.select(*mre_ref(comparison))
    window.review.verdict_actions[1].trigger()
    files = list(autosave.glob("*.synoptic"))
    assert len(files) == 1 and session_controller.marker_of(files[0]).exists()
    stored = load_session(files[0])  # readable while the window has it open
    assert len(stored.comparison.groups) == len(comparison.groups)
    assert [a.verdict for a in stored.annotations] == ["disputed"]
    assert window.windowTitle().startswith("Untitled")
    window.close()
    assert dialogs.questions == ["Keep your review?"]
    assert list(autosave.iterdir()) == []


def test_closing_can_be_cancelled_to_keep_the_review(qtbot, tmp_path, autosave, monkeypatch):
    Dialogs(monkeypatch, [Buttons.Cancel, Buttons.Discard])
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())
    window.workspace.select(*mre_ref(comparison))
    window.review.verdict_actions[0].trigger()
    window.close()
    assert window.isVisible() and len(list(autosave.glob("*.synoptic"))) == 1
    window.close()
    assert not window.isVisible()


def test_save_as_moves_the_untitled_session_to_the_chosen_file(qtbot, tmp_path, autosave, monkeypatch):
    Dialogs(monkeypatch)
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())
    window.workspace.select(*mre_ref(comparison))
    window.review.verdict_actions[4].trigger()
    target = tmp_path / "work" / "china"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.review.menu.save_action.trigger()  # untitled: Save asks for a name
    saved = target.with_suffix(".synoptic")
    assert window.review.sessions.session.path == saved and window.windowTitle().startswith("china")
    assert list(autosave.glob("*")) == []
    assert window.recent.entries[0] == [str(saved)]
    window.review.verdict_actions[0].trigger()  # later changes go straight to the file
    window.close()
    assert [a.verdict for a in load_session(saved).annotations] == ["corroborated"]


def test_strictness_changes_are_saved_once_the_slider_rests(qtbot, tmp_path, autosave, monkeypatch):
    Dialogs(monkeypatch)
    comparison = hand_comparison()
    window = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())
    path = window.review.sessions.session.path
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        for threshold in (0.3, 0.4, 0.9):  # a slider drag: re-grouped off the GUI thread, the last step shows
            window.controller.set_threshold(threshold)
    assert window.controller.comparison.options.threshold == 0.9
    stored = load_session(path)
    assert stored.options.threshold == 0.5 and len(stored.comparison.groups) == len(comparison.groups)
    qtbot.waitUntil(lambda: load_session(path).options.threshold == 0.9, timeout=5_000)
    assert len(load_session(path).comparison.groups) == len(window.controller.comparison.groups)


def test_a_strictness_change_is_in_a_session_saved_right_after(qtbot, tmp_path, autosave, monkeypatch):
    Dialogs(monkeypatch)
    window = make_window(qtbot, tmp_path, hand_comparison())
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())
    window.controller.set_threshold(0.8)
    target = tmp_path / "china.synoptic"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.review.menu.save_action.trigger()
    assert load_session(target).options.threshold == 0.8


def test_recovery_is_offered_after_a_crash(qtbot, tmp_path, autosave, monkeypatch):
    comparison = hand_comparison()
    autosave.mkdir()
    crashed = autosave / "untitled-20240101-000000-1.synoptic"
    saved_session(crashed, comparison)
    session_controller.marker_of(crashed).write_text("1")  # the window never closed cleanly
    dialogs = Dialogs(monkeypatch, [Buttons.Yes, Buttons.Discard])
    window = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        app_module._open_first(window, [])
    assert dialogs.questions == ["Restore unsaved session?"]
    assert len(window.workspace.panes) == 2
    assert window.workspace.panes[0].view.verdicts == {mre_ref(comparison)[1]: "disputed"}
    assert window.review.sessions.session.path == crashed and window.review.sessions.untitled
    window.close()  # still untitled, with review work: asked again, and discarded
    assert dialogs.questions[1] == "Keep your review?" and not crashed.exists()


def test_declined_recovery_deletes_the_autosave(qtbot, tmp_path, autosave, monkeypatch):
    comparison = hand_comparison()
    autosave.mkdir()
    crashed = autosave / "untitled-20240101-000000-1.synoptic"
    saved_session(crashed, comparison)
    session_controller.marker_of(crashed).write_text("1")
    clean = autosave / "untitled-20240101-000000-2.synoptic"  # no marker: closed cleanly elsewhere
    saved_session(clean, comparison)
    dialogs = Dialogs(monkeypatch, [Buttons.No])
    window = make_window(qtbot, tmp_path, comparison)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        app_module._open_first(window, [])  # declined: the samples open instead
    assert dialogs.questions == ["Restore unsaved session?"]
    assert not crashed.exists() and clean.exists()


def test_a_corrupt_session_shows_the_reason_and_keeps_the_window(qtbot, tmp_path, autosave, monkeypatch):
    dialogs = Dialogs(monkeypatch)
    window = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())
    bad = tmp_path / "bad.synoptic"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    before = bad.read_bytes()
    foreign = tmp_path / "foreign.synoptic"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    newer = tmp_path / "newer.synoptic"
    saved_session(newer, hand_comparison())
    sqlite3.connect(newer).execute("PRAGMA user_version = 999").connection.commit()
    for path in (bad, foreign, newer):
        window.open_paths([str(path)])
    assert [t for t, _ in dialogs.warnings] == ["Could not open the session"] * 3
    reasons = [text for _, text in dialogs.warnings]
    assert all("\n" not in r for r in reasons)
    assert "not a Synoptic session" in reasons[1] and "newer Synoptic" in reasons[2]
    assert bad.read_bytes() == before
    assert window.isVisible() and len(window.workspace.panes) == 2
    assert window.review.sessions.session is not None and window.review.sessions.untitled


def test_a_session_open_elsewhere_can_be_opened_read_only(qtbot, tmp_path, autosave, monkeypatch):
    comparison = hand_comparison()
    path = tmp_path / "shared.synoptic"
    saved_session(path, comparison)
    other = Session.open(path)  # "another window" holds the lock
    try:
        dialogs = Dialogs(monkeypatch, [Buttons.Yes])
        window = make_window(qtbot, tmp_path, comparison)
        with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
            window.open_paths([str(path)])
        assert dialogs.questions == ["Session already open"]
        assert window.review.sessions.read_only and "(read-only)" in window.windowTitle()
        window.workspace.select(*mre_ref(comparison))
        assert not any(a.isEnabled() for a in window.review.verdict_actions)
        assert window.review.panel.note.isReadOnly() and "Read-only" in window.review.panel.status.text()
        assert not window.review.links.link_action.isEnabled()
        window.close()
    finally:
        other.close()
    assert [a.verdict for a in load_session(path).annotations] == ["disputed"]


def test_second_alignment_reuses_the_embedding_cache(qtbot, tmp_path, autosave, monkeypatch):
    Dialogs(monkeypatch)
    comparison = hand_comparison()
    seen = []

    def compare_iter(sources, options=None, cache=None, **_kw):
        seen.append(cache.get("usem3:sentence") if cache is not None else "no cache")
        if cache is not None:
            cache.put("usem3:sentence", np.ones(4, dtype=np.float32))
        yield Progress("embed", 0.5, "embedding")
        return comparison

    window = make_window(qtbot, tmp_path, compare_iter=compare_iter)
    monkeypatch.setattr(SqliteEmbeddingCache, "user_cache",
                        classmethod(lambda cls, model, folder=None: cls(tmp_path / "user.sqlite", model)))
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.open_paths(sample_paths())  # no session yet: the user's cache
    with SqliteEmbeddingCache(tmp_path / "user.sqlite", "usem3-multilingual-v3") as user:
        assert len(user) == 1  # flushed when the run ended
    # the first result is saved on the next turn of the event loop, which makes the session
    qtbot.waitUntil(lambda: window.review.sessions.session is not None, timeout=5_000)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.start()  # the session (made by the first result) falls back on the user's
    session = window.review.sessions.session.path
    with SqliteEmbeddingCache(session, "usem3-multilingual-v3", read_only=True, create=False) as own:
        assert own.get("usem3:sentence") is not None  # and now holds the vector itself
    assert seen[0] is None and all(np.array_equal(v, np.ones(4)) for v in seen[1:])
    window.close()


def test_synoptic_command_opens_a_session_file(tmp_path):
    path = tmp_path / "s.synoptic"
    saved_session(path, hand_comparison())
    target = tmp_path / "window.png"
    code = ("import sys; from desktop.ui.app import run_app; "
            f"sys.exit(run_app(sys.argv[1:], screenshot={str(target)!r}))")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert QImage(str(target)).width() == 1400
    assert [a.verdict for a in load_session(path).annotations] == ["disputed"]
