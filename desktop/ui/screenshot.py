"""Rendering the main window to a PNG (for ``synoptic --screenshot`` and the docs)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.engine.model import SynopticError

SIZE = (1400, 900)


def save_screenshot(window: QWidget, path: str, size: tuple[int, int] = SIZE) -> None:
    """Resize ``window``, let it lay out, and write what it shows to ``path`` (PNG)."""
    window.resize(*size)
    for _ in range(3):  # layout, then the deferred relayout of the text views, then paint
        QApplication.processEvents()
    image = window.grab()
    target = Path(path)
    if not target.parent.is_dir():
        raise SynopticError("the folder for the screenshot does not exist", path)
    if not image.save(str(target), "PNG"):
        raise SynopticError("the screenshot could not be written", path)
