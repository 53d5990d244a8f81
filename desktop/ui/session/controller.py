"""The open ``.synoptic`` session: creating, opening, saving, autosave and crash recovery.

No dialogs here (``session_menu.py`` asks the user); this object owns the ``Session`` (GUI thread
only) and records every change in it at once (a comparison once the window has shown it, a
re-grouping 0.3 s after the last), which is the autosave: a titled session is its file, an untitled
one lives in the user's data folder (``AppDataLocation/autosave``) next to a ``.running`` marker that
is removed on a clean close. A marker left behind means a crash.
The store (sqlite-utils, numpy) is imported on first use, so the window shows before it loads.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from desktop.engine.model import Anchor, Annotation, Comparison, Override, SynopticError
from desktop.ui.session import run_cache

if TYPE_CHECKING:
    from desktop.store import Session, SessionData

SUFFIX = ".synoptic"
MARKER = ".running"
_WRITE_ERRORS = (SynopticError, sqlite3.Error, OSError)
REGROUP_SAVE_DELAY_MS = 300


def default_autosave_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "autosave"


def is_session_path(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(SUFFIX)


def marker_of(path: Path) -> Path:
    return path.with_name(path.name + MARKER)


def read_data(session: Session) -> SessionData:
    from desktop.store import SessionData

    return SessionData(session.path, session.sources(), session.languages(), session.options,
                       session.load_comparison(), session.overrides(), session.annotations())


class SessionController(QObject):
    """Signals:
        state_changed(): the session, its name or its read-only state changed.
        write_failed(str): a change could not be saved (one line).
    """

    state_changed = Signal()
    write_failed = Signal(str)

    def __init__(self, autosave_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.autosave_dir = autosave_dir
        self.session: Session | None = None
        self._recorded: Comparison | None = None  # the comparison last recorded
        self._pending: Comparison | None = None  # a re-grouping not saved yet
        self._save_timer = QTimer(self, singleShot=True)
        self._save_timer.timeout.connect(self.flush)

    # -- state ---------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.session is not None and self.session.read_only

    @property
    def untitled(self) -> bool:
        """True when there is no file the user chose (nothing yet, an autosave or a temp session)."""
        if self.session is None or self.session.untitled:
            return True
        return self.autosave_dir is not None and self.session.path.parent == self.autosave_dir

    def display_name(self) -> str:
        if self.untitled:
            return "Untitled"
        return self.session.path.stem + (" (read-only)" if self.read_only else "")

    def has_review_work(self) -> bool:
        """Annotations or overrides an untitled session would lose if discarded."""
        s = self.session
        return s is not None and not s.closed and bool(s.annotations() or s.overrides())

    # -- lifecycle -----------------------------------------------------------------------------
    def ensure(self) -> Session | None:
        """The session to write to, made (untitled) on first need; None when read-only."""
        if self.session is None:
            self.session = self._create_untitled()
            self.state_changed.emit()
        return None if self.session.read_only else self.session

    def _create_untitled(self) -> Session:
        from desktop.store import Session

        if self.autosave_dir is not None:
            try:
                self.autosave_dir.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                path = self.autosave_dir / f"untitled-{stamp}-{os.getpid()}{SUFFIX}"
                session = Session.create(path)
                marker_of(path).write_text(str(os.getpid()), encoding="utf-8")
                return session
            except (SynopticError, OSError, sqlite3.Error):
                pass  # no writable data folder: fall back to a temp session
        return Session.create(None)

    def open(self, path: str | os.PathLike, read_only: bool = False) -> SessionData:
        """Open ``path`` in place of the current session. Raises SessionLocked or SynopticError,
        leaving the current session open."""
        from desktop.store import Session

        session = Session.open(path, read_only=read_only)
        try:
            data = read_data(session)
        except (SynopticError, sqlite3.Error) as err:
            session.close()
            raise SynopticError(f"damaged session file: {err}", str(path)) from None
        self._replace(session)
        return data

    def adopt(self, session: Session) -> SessionData:
        """Make an already-open session (a recovered autosave) the current one."""
        data = read_data(session)
        self._replace(session)
        return data

    def new(self) -> None:
        """Forget the current session; the next change starts an untitled one."""
        self._replace(None)

    def close(self) -> None:
        self._replace(None)

    def _replace(self, session: Session | None) -> None:
        self.flush()
        self._recorded = None
        old, self.session = self.session, session
        if old is not None:
            self._close(old)
        self.state_changed.emit()

    def _close(self, session: Session) -> None:
        autosave = not session.untitled and self.untitled_path(session.path)
        try:
            session.close()
        except (SynopticError, sqlite3.Error, OSError):
            pass
        if autosave:
            discard_autosave(session.path)

    def untitled_path(self, path: Path) -> bool:
        return self.autosave_dir is not None and path.parent == self.autosave_dir

    # -- saving --------------------------------------------------------------------------------
    def save_as(self, path: str | os.PathLike) -> None:
        """Write the session to ``path`` atomically and carry on in that file (raises SynopticError)."""
        self.flush()
        session = self.ensure()
        if session is None:  # read-only: a copy is a fresh, writable session
            self.session.copy_to(path)
            self.open(path)
            return
        old = session.path
        was_autosave = self.untitled_path(old)
        session.save_as(path)
        if was_autosave:
            discard_autosave(old)
        self.state_changed.emit()

    # -- recording changes (the autosave) --------------------------------------------------------
    def record_comparison(self, comparison: Comparison) -> None:
        """Save a comparison on the next turn of the event loop, once the window has shown it; a
        re-grouping of the last one (the strictness slider, a link: same candidates)
        ``REGROUP_SAVE_DELAY_MS`` after the last change, so dragging the slider writes once. Any other
        change, a save-as or a close writes it first."""
        regrouped = self._recorded is not None and comparison.candidates is self._recorded.candidates
        if self._pending is not None and not regrouped:
            self.flush()  # a different comparison is waiting: it is saved, not replaced
        self._recorded = self._pending = comparison
        self._save_timer.start(REGROUP_SAVE_DELAY_MS if regrouped else 0)

    def flush(self) -> None:
        """Write the comparison still waiting to be saved, if any."""
        pending, self._pending = self._pending, None
        self._save_timer.stop()
        if pending is not None:
            self._write(lambda s: s.save_comparison(pending), flush=False)

    def record_annotation(self, anchor: Anchor, verdict: str | None, note: str,
                          claim: tuple[Anchor, ...] = ()) -> Annotation | None:
        return self._write(lambda s: s.set_annotation(anchor, verdict, note, claim))

    def record_overrides(self, overrides: list[Override]) -> list[Override] | None:
        """Store overrides (each replaces an earlier one of the same pair); return all of them."""
        def write(s: Session) -> list[Override]:
            for override in overrides:
                s.add_override(override)
            return s.overrides()

        return self._write(write)

    def put_annotations(self, states: dict[Anchor, Annotation | None]) -> bool:
        """Put annotations back exactly as they were (undo, redo); None removes the one on that anchor."""
        def write(s: Session) -> bool:
            s.put_annotations(states)  # in one transaction: all of the step or none
            return True

        return bool(self._write(write))

    def replace_overrides(self, overrides: list[Override]) -> list[Override] | None:
        """Make the session's corrections exactly ``overrides`` (undo, redo); return them as stored."""
        def write(s: Session) -> list[Override]:
            for override in s.overrides():
                s.remove_override(override)
            for override in overrides:
                s.add_override(override)
            return s.overrides()

        return self._write(write)

    def _write(self, change, flush: bool = True):
        if flush:
            self.flush()
        session = self.ensure()
        if session is None:
            return None
        try:
            return change(session)
        except _WRITE_ERRORS as err:
            self.write_failed.emit(str(err))
            return None

    # -- embedding cache for a run -----------------------------------------------------------------
    def run_cache(self, user_folder: str | os.PathLike | None = None, use_user_cache: bool = True):
        """The cache for one comparison run: the session's, backed by the user's (see ``run_cache.py``).

        Which caches is decided now (GUI thread); the returned function opens them, in the worker
        thread, so the window never waits for the store to load or a database to open."""
        s = self.session
        own = (s.path, s.read_only) if s is not None and not s.closed else None

        def open_caches():
            mine = run_cache.session_cache(*own) if own is not None else None
            return run_cache.layered(mine, run_cache.user_cache(user_folder) if use_user_cache else None)

        return open_caches

    # -- crash recovery ------------------------------------------------------------------------------
    def crashed_sessions(self) -> list[Path]:
        """Autosaved untitled sessions whose window did not close cleanly (and that no one has open)."""
        if self.autosave_dir is None or not self.autosave_dir.is_dir():
            return []
        own = self.session.path if self.session is not None else None
        found = [p for p in self.autosave_dir.glob(f"*{SUFFIX}") if marker_of(p).exists() and p != own]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def open_crashed(self, path: Path) -> Session | None:
        """Open an autosave for recovery; None if another window has it or it is unreadable."""
        from desktop.store import Session, SessionLocked

        try:
            return Session.open(path)
        except SessionLocked:
            return None
        except SynopticError:
            discard_autosave(path)
            return None


def discard_autosave(path: Path) -> None:
    """Delete an autosaved session, its marker and any sidecar files."""
    for p in (path, marker_of(path), *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass
