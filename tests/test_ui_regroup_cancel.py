"""A re-grouping at another strictness shows how far it is and can be cancelled: the columns keep the grouping
they show and the slider goes back to it. One that applies a link goes through (the session holds the link)."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt

import desktop.engine.details as details_stage
from desktop.engine.model import Options, Override
from desktop.engine.overrides import anchor_of
from desktop.engine.pipeline import compare
from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from test_ui_data import fake_compare_iter
from test_ui_layout import four_reports


def held_details(monkeypatch, gate: threading.Event) -> None:
    """The details stage (nearly all of a re-grouping's time) waits at its first step until ``gate`` is set."""
    original = details_stage.details_steps

    def steps(comp, feats):
        run = original(comp, feats)
        yield next(run)
        gate.wait(10)
        return (yield from run)

    monkeypatch.setattr(details_stage, "details_steps", steps)


def _shown(qtbot):
    """Four reports compared (semantic matching off) and shown in a window."""
    comparison = compare(four_reports(), Options(semantic=False))
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.comparison_shown, timeout=10_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    return comparison, window


def test_a_re_grouping_at_another_strictness_shows_progress_and_cancel_puts_the_slider_back(qtbot, monkeypatch):
    comparison, window = _shown(qtbot)
    shown = window.controller.comparison
    gate = threading.Event()
    held_details(monkeypatch, gate)
    with qtbot.waitSignal(window.controller.progress_changed, timeout=10_000,
                          check_params_cb=lambda fraction, message: "details" in message):
        window.strictness.slider.setValue(80)  # the slider rests: the re-grouping starts after its pause
    progress = window.progress
    assert progress.bar.isVisible() and progress.cancel.isVisible() and "details" in progress.label.text()
    with qtbot.waitSignal(window.controller.regroup_cancelled, timeout=10_000):
        qtbot.mouseClick(progress.cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert window.controller.comparison is shown and window.workspace.comparison is shown
    assert window.strictness.threshold() == shown.options.threshold == window.controller.options.threshold
    assert "cancelled" in progress.label.text() and not progress.cancel.isVisible()
    window.close()


def test_a_re_grouping_that_applies_a_link_offers_no_cancel(qtbot, monkeypatch):
    comparison, window = _shown(qtbot)
    gate = threading.Event()
    held_details(monkeypatch, gate)
    link = Override("unlink", anchor_of(comparison, (0, 1)), anchor_of(comparison, (1, 1)))
    window.controller.set_overrides([link])
    assert window.progress.bar.isVisible() and not window.progress.cancel.isVisible()
    window.controller.cancel()  # Esc or Go → Cancel: the link is applied all the same
    with qtbot.waitSignal(window.comparison_shown, timeout=10_000):
        gate.set()
    assert window.controller.comparison.overrides == [link]
    window.close()
