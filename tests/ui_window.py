"""Opening the main window on the hand-built comparison of the samples (shared by the UI tests;
no tests here). A test module uses the fixtures by importing them: ``from ui_window import comparison, window``."""
from __future__ import annotations

import pytest

from desktop.ui.controller import ComparisonController
from desktop.ui.main_window import MainWindow
from desktop.ui.sources import sample_paths
from test_ui_data import fake_compare_iter, hand_comparison


def open_window(qtbot, comparison, settings=None, regroup=None) -> MainWindow:
    """The window on the samples, showing ``comparison``; ``regroup`` stands for the engine's (default: none)."""
    controller = ComparisonController(fake_compare_iter(comparison), regroup or (lambda comp, _threshold: comp))
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitSignal(window.comparison_shown, timeout=10_000):
        window.open_paths(sample_paths())
    return window


@pytest.fixture
def comparison():
    return hand_comparison()


@pytest.fixture
def window(qtbot, comparison):
    win = open_window(qtbot, comparison)
    yield win
    win.close()
