"""The notice above the columns when a reopened session's report files have changed or gone since it was saved.

The session always shows the copies saved with it (the verdicts, notes and links are on them); the notice says
which files differ and offers to open a file's present version as one more column, beside its saved copy, so
that the comparison shows what changed. The files are read again in a background thread (``FileCheck``): a PDF
takes longer than the window may wait.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QWidget

from desktop.engine.file_changes import CHANGED, GONE, UNREADABLE, FileChange
from desktop.engine.model import Source
from desktop.ui.plain import as_rich_text
from desktop.ui.wrap_label import WrapLabel

STYLE = ("QFrame#changedFiles { background: #fff4d6; border-bottom: 1px solid #d9b45a; }"
         "QFrame#changedFiles QLabel { color: #4a3800; }")


def _names(changes: list[FileChange]) -> str:
    return ", ".join(c.name for c in changes)


def notice_text(changes: Sequence[FileChange]) -> str:
    """What the notice says: which reports changed on disk, which files are gone or unreadable, and that the
    session shows the copies saved with it."""
    changed = [c for c in changes if c.state == CHANGED]
    gone = [c for c in changes if c.state == GONE]
    unreadable = [c for c in changes if c.state == UNREADABLE]
    parts = []
    if changed:
        parts.append(f"⚠ {_names(changed)} {'has' if len(changed) == 1 else 'have'} changed on disk since this "
                     "session was saved.")
    if gone:
        parts.append(f"{'⚠ ' if not parts else ''}The file of {_names(gone)} is gone"
                     f"{'' if len(gone) == 1 else ' (each)'}.")
    if unreadable:
        parts.append(f"{'⚠ ' if not parts else ''}{_names(unreadable)} could not be read again.")
    parts.append("The session shows the copies saved with it, with your verdicts, notes and links.")
    return " ".join(parts)


def notice_tooltip(changes: Sequence[FileChange]) -> str:
    words = {CHANGED: "changed", GONE: "no file there now", UNREADABLE: "could not be read"}
    return "\n".join(f"{c.name}: {c.path} — {words[c.state]}{': ' + c.error if c.error else ''}" for c in changes)


class FileCheck(QObject):
    """Reads a session's files again off the window's thread.

    Signals:
        checked(int, object): (the ticket ``start`` returned, the list of FileChange).
    """

    checked = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ticket = 0

    def start(self, sources: Sequence[Source]) -> int:
        """Check ``sources``' files; the answer comes as ``checked`` with the ticket returned (a later start makes
        an earlier answer stale)."""
        self.ticket += 1
        ticket, sources = self.ticket, list(sources)

        def run() -> None:
            from desktop.engine.file_changes import check_files

            try:
                changes = check_files(sources)
            except Exception:  # noqa: BLE001 - a check that breaks says nothing rather than stop the window
                changes = []
            try:
                self.checked.emit(ticket, changes)  # queued to the window's thread
            except RuntimeError:  # the window closed meanwhile
                pass

        threading.Thread(target=run, name="synoptic-file-check", daemon=True).start()
        return ticket

    def forget(self) -> None:
        """Drop the answer of a check under way (another session was opened)."""
        self.ticket += 1


class ChangedFilesBar(QFrame):
    """A yellow strip above the columns; hidden when nothing changed.

    Signals:
        open_current(object): the user wants this FileChange's present version opened as a column.
    """

    open_current = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changedFiles")
        self.setStyleSheet(STYLE)
        self.changes: list[FileChange] = []
        self.text = WrapLabel()
        self.text.setAccessibleName("Report files changed since the session was saved")
        self.open_button = QToolButton()
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.open_button.clicked.connect(self._open_only)
        self.close_button = QToolButton(text="×", autoRaise=True, toolTip="Hide this notice")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_changes(self, changes: Sequence[FileChange]) -> None:
        self.changes = list(changes)
        if not self.changes:
            self.dismiss()
            return
        self.text.setText(notice_text(self.changes))
        self.text.setToolTip(as_rich_text(notice_tooltip(self.changes)))
        self._make_open_button([c for c in self.changes if c.state == CHANGED])
        self.show()

    def _make_open_button(self, changed: list[FileChange]) -> None:
        self.open_button.setVisible(bool(changed))
        self.open_button.setMenu(None)
        if len(changed) == 1:
            self.open_button.setText("Open the current version beside it")
            self.open_button.setToolTip(f"Add {changed[0].path} as it is now as one more column: the comparison "
                                        "shows what changed. The saved copy stays.")
        elif changed:
            self.open_button.setText("Open a current version beside its copy")
            menu = QMenu(self.open_button)
            for change in changed:
                menu.addAction(change.name, lambda c=change: self._open(c))
            self.open_button.setMenu(menu)

    def _open_only(self) -> None:
        changed = [c for c in self.changes if c.state == CHANGED]
        if len(changed) == 1:
            self._open(changed[0])

    def _open(self, change: FileChange) -> None:
        """Ask for the column; the notice goes on naming the other changes (the one opened is no longer offered)."""
        rest = [c for c in self.changes if c is not change]
        self.open_current.emit(change)
        if rest:
            self.show_changes(rest)
        else:
            self.dismiss()

    def dismiss(self) -> None:
        self.changes = []
        self.hide()
