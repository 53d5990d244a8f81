"""What the window remembers between runs: geometry, panel layout, text size, left-out text shown.

Only *state* lives here; comparison options are the controller's. ``MainWindow`` gets a
``QSettings`` from ``run_app``; tests pass none, so they never touch the user's configuration.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

GEOMETRY, STATE, POINT_SIZE, SHOW_REMOVED = "window/geometry", "window/state", "text/pointSize", "text/showRemoved"


def restore_window(settings: QSettings, window) -> bool:
    """Put the window back as the last run left it; True when its panels' layout was restored."""
    geometry, state = settings.value(GEOMETRY), settings.value(STATE)
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    size = settings.value(POINT_SIZE, type=float)
    if size:
        window.set_point_size(size)
    shown = settings.value(SHOW_REMOVED, True, type=bool)
    if not shown:
        window.removed_action.setChecked(False)
        window.toggle_removed(False)
    return state is not None


def save_window(settings: QSettings, window) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(POINT_SIZE, window.workspace.style.font.pointSizeF())
    settings.setValue(SHOW_REMOVED, window.removed_action.isChecked())
    settings.sync()
