"""A saved session reopened after a report's file changed (or went): the window says so, keeps showing the copy
saved with the session and the review on it, and opens the file's present version beside that copy on request."""
from __future__ import annotations

import pytest

from desktop.engine.file_changes import CHANGED, GONE, check_files
from desktop.engine.ingest import read_path
from desktop.engine.model import Options
from desktop.engine.overrides import anchor_of
from desktop.engine.pipeline import compare
from desktop.store import Session, load_session
from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow

WIRE = ("Former mayor of Castelvieil gets four years for corruption\n\n"
        "A French court on Tuesday convicted Bernard Castagnède, the former mayor of Castelvieil, of corruption and "
        "sentenced him to four years in prison, two of them suspended.\n\n"
        "The court in Arlançon also fined the 61-year-old €150,000 and barred him from public office for five "
        "years.\n\n"
        "Prosecutors said he had pocketed some €420,000 in kickbacks between 2014 and 2019.\n\n"
        "His lawyer said he would appeal.\n")
HERALD = ("Castelvieil's ex-mayor sentenced to four years\n\n"
          "Bernard Castagnède, who ran Castelvieil from 2008 to 2020, was sentenced on Tuesday to four years in "
          "prison for corruption, two of them suspended.\n\n"
          "The court also fined him €150,000 and barred him from public office for five years.\n\n"
          "The verdict was read in a packed courtroom in Arlançon.\n")
NOTE = "Sentence checked with the court clerk on Wednesday"


@pytest.fixture
def case(tmp_path):
    """Two reports on disk and a session saved on them, with a verdict and a note on the wire's sentence."""
    wire, herald = tmp_path / "wire.txt", tmp_path / "herald.txt"
    wire.write_text(WIRE, encoding="utf-8")
    herald.write_text(HERALD, encoding="utf-8")
    comparison = compare([read_path(wire), read_path(herald)], Options(semantic=False))
    session = tmp_path / "case.synoptic"
    with Session.create(session) as s:
        s.save_comparison(comparison)
        s.set_annotation(anchor_of(comparison, (0, 1)), "corroborated", NOTE)
    return wire, herald, session


def reopen(qtbot, session) -> MainWindow:
    window = MainWindow(ComparisonController(), settings=None, user_cache=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitSignal(window.review.file_check.checked, timeout=30_000):
        window.open_paths([str(session)])
    return window


def test_a_report_changed_on_disk_is_named_and_its_present_version_opens_beside_the_saved_copy(qtbot, case):
    wire, herald, session = case
    wire.write_text(WIRE.replace("four years in prison", "five years in prison"), encoding="utf-8")
    herald.unlink()
    window = reopen(qtbot, session)
    bar = window.review.changed_files
    assert bar.isVisible()
    text = bar.text.text()
    assert "wire.txt has changed on disk" in text and "herald.txt is gone" in text
    assert "shows the copies saved with it" in text
    assert [s.text for s in window.controller.sources] == [WIRE, HERALD]  # the saved copies, as saved

    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        bar.open_button.click()
    sources = window.controller.sources
    assert [s.name for s in sources] == ["wire.txt", "wire.txt (current file)", "herald.txt"]
    assert sources[0].text == WIRE and "five years in prison" in sources[1].text
    comparison = window.controller.comparison
    conflicts = [sources[1].text[d.start:d.end] for d in comparison.details
                 if d.source == 1 and d.kind == "conflict"]
    assert any("five" in c for c in conflicts)  # the comparison shows what changed
    window.workspace.select(0, 1)
    assert window.review.panel.note.toPlainText() == NOTE  # the review stays on the saved copy
    assert "herald.txt is gone" in bar.text.text() and not bar.open_button.isVisible()
    window.close()
    saved = load_session(session)
    assert [s.text for s in saved.sources][::2] == [WIRE, HERALD] and [a.note for a in saved.annotations] == [NOTE]


def test_an_unchanged_session_opens_without_a_notice(qtbot, case):
    _wire, _herald, session = case
    window = reopen(qtbot, session)
    assert not window.review.changed_files.isVisible()
    window.close()


def test_a_present_version_already_open_beside_its_copy_is_no_change(case):
    wire, herald, _session = case
    saved = [read_path(wire), read_path(herald)]
    wire.write_text(WIRE + "\nHe was taken into custody.\n", encoding="utf-8")
    assert [(c.name, c.state) for c in check_files(saved)] == [("wire.txt", CHANGED)]
    assert check_files([*saved, read_path(wire)]) == []
    herald.unlink()
    assert [c.state for c in check_files(saved)] == [CHANGED, GONE]
