"""Opening the main window on the hand-built comparison of the samples (shared by the UI tests;
no tests here)."""
from __future__ import annotations

from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from desktop.ui.sources import sample_paths
from test_ui_data import fake_compare_iter


def open_window(qtbot, comparison, settings=None) -> MainWindow:
    controller = ComparisonController(fake_compare_iter(comparison), lambda comp, _threshold: comp)
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitSignal(window.comparison_shown, timeout=10_000):
        window.open_paths(sample_paths())
    return window
