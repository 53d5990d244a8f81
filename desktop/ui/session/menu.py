"""File → New / Save / Save As, and every session dialog the user sees.

Sessions opened or saved join the window's File → Open Recent list (``recent_files.py``).

The questions (read-only? restore? keep your review?) and errors are asked here, with QMessageBox
and QFileDialog static methods; ``SessionController`` does the file work.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop.engine.model import SynopticError
from desktop.ui.plain import as_rich_text
from desktop.ui.session.controller import SUFFIX, SessionController, discard_autosave, read_data

if TYPE_CHECKING:
    from desktop.store import SessionData

SESSION_FILTER = "Synoptic sessions (*.synoptic)"
Buttons = QMessageBox.StandardButton


class SessionMenu:
    """File-menu actions for sessions. ``load(data)`` shows a session's content in the window;
    ``flush()`` sends pending edits (a note being typed) before the session changes;
    ``remember(path)`` adds a session file to Open Recent."""

    def __init__(self, window: QMainWindow, sessions: SessionController, load: Callable[[SessionData], None],
                 flush: Callable[[], None], remember: Callable[[str], None]):
        self.window, self.sessions, self.load, self.flush = window, sessions, load, flush
        self.remember = remember
        keys = QKeySequence.StandardKey
        self.on_new: Callable[[], object] = self.new_session  # the window resets its views too
        self.new_action = self._action("&New session", lambda: self.on_new(), keys.New, "Start an empty session")
        self.save_action = self._action("&Save session", self.save, keys.Save, "Keep this session in a file")
        self.save_as_action = self._action("Save session &as…", self.save_as, keys.SaveAs,
                                           "Write the session to another file and carry on there")

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def install(self, file_menu: QMenu, open_action: QAction, after_save: tuple[QAction, ...] = ()) -> None:
        """Put New before Open, and Save / Save As (then ``after_save``: Export report…) after Open and Open
        Recent."""
        file_menu.insertAction(open_action, self.new_action)
        after = file_menu.actions()[file_menu.actions().index(open_action) + 1:]
        after = [a for a in after if a.menu() is None]  # skip the Open Recent submenu
        anchor = after[0] if after else None
        file_menu.insertSeparator(anchor)
        file_menu.insertAction(anchor, self.save_action)
        file_menu.insertAction(anchor, self.save_as_action)
        for action in after_save:
            file_menu.insertAction(anchor, action)
        file_menu.insertSeparator(anchor)

    # -- commands ----------------------------------------------------------------------------------
    def new_session(self) -> bool:
        if not self.confirm_close():
            return False
        self.sessions.new()
        return True

    def open_session(self, path: str) -> bool:
        """Open a ``.synoptic`` file; on a lock, offer read-only; on a bad file, say why."""
        if not self.confirm_close():
            return False
        from desktop.store import SessionLocked  # the store loads on first use (after the window shows)

        try:
            data = self.sessions.open(path)
        except SessionLocked as err:
            answer = QMessageBox.question(self.window, "Session already open",
                                          as_rich_text(f"{err}.\n\nOpen it read-only?"), Buttons.Yes | Buttons.No)
            if answer != Buttons.Yes:
                return False
            return self._open_read_only(path)
        except SynopticError as err:
            self.window.show_error("Could not open the session", [str(err)])
            return False
        self.load(data)
        self.remember(str(path))
        return True

    def _open_read_only(self, path: str) -> bool:
        try:
            data = self.sessions.open(path, read_only=True)
        except SynopticError as err:
            self.window.show_error("Could not open the session", [str(err)])
            return False
        self.load(data)
        return True

    def save(self) -> bool:
        self.flush()
        if self.sessions.untitled or self.sessions.read_only:
            return self.save_as()
        self.window.statusBar().showMessage(f"Saved: every change goes to {self.sessions.session.path} as you work",
                                            4000)
        return True

    def save_as(self) -> bool:
        self.flush()
        start = str(self.sessions.session.path) if not self.sessions.untitled else "Untitled" + SUFFIX
        path, _ = QFileDialog.getSaveFileName(self.window, "Save session as", start, SESSION_FILTER)
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        try:
            self.sessions.save_as(path)
        except SynopticError as err:
            self.window.show_error("Could not save the session", [str(err)])
            return False
        self.remember(path)
        self.window.statusBar().showMessage(f"Saved as {path}", 4000)
        return True

    def confirm_close(self) -> bool:
        """Before leaving an untitled session with review work: Save, Discard or Cancel."""
        self.flush()
        if not (self.sessions.untitled and self.sessions.has_review_work()):
            return True
        answer = QMessageBox.question(
            self.window, "Keep your review?",
            "This untitled session holds verdicts, notes or manual links. Save it before closing?",
            Buttons.Save | Buttons.Discard | Buttons.Cancel, Buttons.Save)
        if answer == Buttons.Save:
            return self.save_as()
        return answer == Buttons.Discard

    # -- crash recovery ----------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """If an untitled session was left by a crash, offer to restore it; True if restored."""
        for path in self.sessions.crashed_sessions():
            session = self.sessions.open_crashed(path)
            if session is None:
                continue
            data = read_data(session)
            if not data.sources:
                session.close()
                discard_autosave(path)
                continue
            if self._ask_restore(path, data):
                self.load(self.sessions.adopt(session))
                return True
            session.close()
            discard_autosave(path)
        return False

    def _ask_restore(self, path: Path, data: SessionData) -> bool:
        when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %b %Y, %H:%M")
        names = ", ".join(s.name for s in data.sources[:3]) + ("…" if len(data.sources) > 3 else "")
        reviewed = len(data.annotations)
        detail = f"{len(data.sources)} sources ({names})" + (f", {reviewed} reviewed claims" if reviewed else "")
        answer = QMessageBox.question(
            self.window, "Restore unsaved session?",
            as_rich_text(f"Synoptic did not close properly. Restore the untitled session from {when}?\n\n{detail}"),
            Buttons.Yes | Buttons.No, Buttons.Yes)
        return answer == Buttons.Yes
