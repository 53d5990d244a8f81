"""File → Export report…: the comparison on screen, with the reviewer's verdicts, notes and corrections, written
as an HTML, Word or Markdown report, a CSV table of the claims or the JSON data (``desktop.export.report_file``).

The dialog starts in the folder and format of the last export; a file name without a known suffix gets the
chosen format's. Rendering and writing take a few milliseconds (25 ms for an HTML report of ten reports), so they
run on the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.engine.model import SynopticError
from desktop.ui.plain import as_rich_text

if TYPE_CHECKING:
    from desktop.engine.model import Comparison
    from desktop.export.report_file import ReportFormat

FOLDER_KEY, FORMAT_KEY = "export/folder", "export/format"


def dialog_filter(fmt: ReportFormat) -> str:
    return f"{fmt.label} (*{fmt.suffix})"


def _formats():
    from desktop.export import report_file  # the exporters load when the user first exports, not at start-up

    return report_file


class ReportExport(QObject):
    """``comparison()`` the comparison on screen (None: nothing to export); ``review()`` its annotations and
    overrides; ``name()`` the session file's name ("" for an untitled session), for the file name offered;
    ``flush()`` saves a note being typed."""

    def __init__(self, window: QMainWindow, comparison: Callable[[], Comparison | None],
                 review: Callable[[], tuple[list, list]], name: Callable[[], str], flush: Callable[[], None]):
        super().__init__(window)
        self.window, self.comparison, self.review, self.name, self.flush = window, comparison, review, name, flush
        self.action = QAction("&Export report…", window)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setStatusTip("Write the comparison and your review as an HTML, Word, Markdown, CSV or JSON file")
        self.action.triggered.connect(lambda _checked=False: self.export())
        self.update_enabled()

    @property
    def settings(self) -> QSettings | None:
        return getattr(self.window, "settings", None)

    def update_enabled(self) -> None:
        self.action.setEnabled(self.comparison() is not None)

    def export(self) -> str | None:
        """Ask where, write the report; the path written, or None (cancelled, nothing to export, or an error)."""
        comparison = self.comparison()
        if comparison is None:
            self.window.statusBar().showMessage("Nothing to export yet: open two reports or more", 4000)
            return None
        self.flush()
        files = _formats()
        fmt = self._last_format()
        filters = ";;".join(dialog_filter(f) for f in files.FORMATS)
        path, chosen = QFileDialog.getSaveFileName(self.window, "Export report", str(self._start_path(fmt)), filters,
                                                   dialog_filter(fmt))
        if not path:
            return None
        fmt = next((f for f in files.FORMATS if dialog_filter(f) == chosen), fmt)
        named, (path, fmt) = path, self._with_suffix(path, fmt)
        if path != named and Path(path).exists() and not self._replace(path):
            return None  # the dialog asked about the name typed, not the one with its suffix
        annotations, overrides = self.review()
        try:
            files.write_report(files.render(comparison, fmt.name, annotations, overrides), path)
        except SynopticError as err:
            self.window.show_error("Could not export the report", [str(err)])
            return None
        self._remember(path, fmt)
        self.window.statusBar().showMessage(f"{fmt.label} written to {path}", 6000)
        return path

    def _replace(self, path: str) -> bool:
        answer = QMessageBox.question(self.window, "Replace the file?",
                                      as_rich_text(f"{Path(path).name} already exists. Replace it?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _with_suffix(path: str, fmt: ReportFormat) -> tuple[str, ReportFormat]:
        """A name with a report suffix keeps it and its format ("notes.md"); any other gets the chosen format's."""
        known = _formats().format_for_path(path, default=None)
        return (path, known) if known is not None else (path + fmt.suffix, fmt)

    def _start_path(self, fmt: ReportFormat) -> Path:
        folder = self.settings.value(FOLDER_KEY, "", str) if self.settings is not None else ""
        stem = self.name() or f"synoptic-report-{date.today().isoformat()}"
        return Path(folder or Path.home()) / (stem + fmt.suffix)

    def _last_format(self) -> ReportFormat:
        name = self.settings.value(FORMAT_KEY, "html", str) if self.settings is not None else "html"
        files = _formats()
        return next((f for f in files.FORMATS if f.name == name), files.format_named("html"))

    def _remember(self, path: str, fmt: ReportFormat) -> None:
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.settings.setValue(FORMAT_KEY, fmt.name)
