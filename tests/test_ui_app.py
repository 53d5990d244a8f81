"""The app end to end with the real engine: ingest, pipeline in the worker, window, screenshot."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QTextCursor

from desktop.ui.main_window import MainWindow

MRE = "repas prêts à manger"


def test_real_comparison_reaches_the_columns(qtbot, seed_paths):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.comparison_shown, timeout=120_000) as shown:
        window.open_paths([str(p) for p in seed_paths])
    comparison = shown.args[0]
    view = window.workspace.panes[0].view
    offset = comparison.documents[0].text.index(MRE)
    sentence = next(i for i, s in enumerate(comparison.documents[0].sentences) if s.start <= offset < s.end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.built.positions.to_doc(offset) + 1)
    group = comparison.group_index().get((0, sentence))
    expected = window.theme.single_bg if group is None else window.theme.group_fill(group)
    assert cursor.charFormat().background().color() == expected
    assert "sentences ·" in window.workspace.panes[1].header.meta.full_text()
    window.close()


def test_dropping_files_opens_them(qtbot, seed_paths, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(window.controller, "set_sources", lambda sources: opened.append(sources))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in seed_paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert [s.name for s in opened[0]] == [p.name for p in seed_paths]


def test_screenshot_command_renders_the_window_at_the_size_asked(tmp_path, seed_paths):
    """To see the window as a laptop shows it: `synoptic --screenshot OUT.png --size 1280x800 A B`."""
    target = tmp_path / "laptop.png"
    done = subprocess.run([sys.executable, "-m", "desktop", "--screenshot", str(target), "--size", "1280x800",
                           *map(str, seed_paths)], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    bad = subprocess.run([sys.executable, "-m", "desktop", "--screenshot", str(target), "--size", "big",
                          *map(str, seed_paths)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "1280x800" in bad.stderr and not bad.stdout


def test_screenshot_command_writes_a_png(tmp_path, seed_paths):
    target = tmp_path / "window.png"
    code = ("import sys; from desktop.ui.app import run_app; "
            f"sys.exit(run_app(sys.argv[1:], screenshot={str(target)!r}))")
    done = subprocess.run([sys.executable, "-c", code, *map(str, seed_paths)], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_painting_does_not_drain_none_references(qtbot):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call: the app
    then dies with "Fatal Python error: none_dealloc" after a few hundred scroll events."""
    from test_ui_data import hand_comparison

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.workspace.show_comparison(hand_comparison())
    bar = window.workspace.panes[0].view.verticalScrollBar()
    before = sys.getrefcount(None)
    for n in range(200):
        bar.setValue((n * 37) % max(1, bar.maximum()))
        window.workspace.panes[0].view.viewport().repaint()
    assert sys.getrefcount(None) > before - 500


def test_a_status_message_takes_the_legends_place_and_gives_it_back(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    bar.showMessage("Saved as report.synoptic")
    qtbot.wait(20)
    window.progress.start()
    qtbot.wait(20)
    window.progress.finish("Done")  # the progress indicator changes size: the bar's relayout must not bring it back
    qtbot.wait(20)
    assert not window.legend.isVisible()  # else the message is written over it
    bar.clearMessage()
    assert window.legend.isVisible()
    window.close()


def test_a_long_summary_gives_way_to_the_legend(qtbot):
    """From a helper's screenshot of four reports: the summary after a comparison ("17 shared statements across 4
    sources · ⚠ two reports repeat each other, one translating the other") squeezed the legend to "Shared (on",
    "Only in this", "Said differe"; the summary is cut with "…" instead, whole in its tooltip."""
    from PySide6.QtWidgets import QLabel

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    summary = "17 shared statements across 4 sources · ⚠ two reports repeat each other, one translating the other " * 3
    window.progress.finish(summary)
    qtbot.wait(50)
    for label in window.legend.findChildren(QLabel):
        if label.text():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert window.progress.label.text() == summary and window.progress.label.toolTip() == summary
    window.close()
