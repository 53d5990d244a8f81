"""File → Open Recent: the sets of reports opened together lately, newest first.

A comparison is made of several files, so each entry reopens the whole set. Entries are kept in
the window's ``QSettings`` when it has one (tests pass none: the list then lives only in memory).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMenu

from desktop.ui.plain import as_rich_text

KEY = "recent/comparisons"
MAX_ENTRIES = 8


def entry_label(paths: list[str]) -> str:
    """"a.txt + b.txt" or "a.txt + b.txt + 3 more"."""
    names = [Path(p).name for p in paths]
    if len(names) <= 3:
        return " + ".join(names)
    return f"{names[0]} + {names[1]} + {len(names) - 2} more"


def remembered(entries: list[list[str]], paths: list[str]) -> list[list[str]]:
    """``entries`` with ``paths`` moved (or added) to the front, without duplicates, capped."""
    return ([list(paths)] + [e for e in entries if e != list(paths)])[:MAX_ENTRIES]


class RecentFiles(QObject):
    def __init__(self, settings: QSettings | None, menu: QMenu, open_paths: Callable[[list[str]], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings, self.menu, self.open_paths = settings, menu, open_paths
        self.entries: list[list[str]] = self._load()
        self._refill()

    def add(self, paths: list[str]) -> None:
        """Remember the files just opened (only real files: pastes have no path)."""
        paths = [str(p) for p in paths if p]
        if not paths:
            return
        self.entries = remembered(self.entries, paths)
        self._save()
        self._refill()

    def clear(self) -> None:
        self.entries = []
        self._save()
        self._refill()

    def _refill(self) -> None:
        self.menu.clear()
        for n, paths in enumerate(self.entries, start=1):
            prefix = f"&{n} " if n < 10 else ""
            action = self.menu.addAction(prefix + entry_label(paths).replace("&", "&&"))
            action.setToolTip(as_rich_text("\n".join(paths)))
            action.setStatusTip("Open " + ", ".join(paths))
            action.triggered.connect(lambda _checked=False, p=paths: self._open(p))
        if not self.entries:
            self.menu.addAction("No recent files").setEnabled(False)
        self.menu.addSeparator()
        clear = self.menu.addAction("&Clear recent files", self.clear)
        clear.setEnabled(bool(self.entries))
        self.menu.setToolTipsVisible(True)

    def _open(self, paths: list[str]) -> None:
        self.open_paths(list(paths))

    def _load(self) -> list[list[str]]:
        if self.settings is None:
            return []
        try:
            entries = json.loads(self.settings.value(KEY, "[]", type=str) or "[]")
        except ValueError:
            return []
        return [[str(p) for p in e] for e in entries if isinstance(e, list) and e][:MAX_ENTRIES]

    def _save(self) -> None:
        if self.settings is not None:
            self.settings.setValue(KEY, json.dumps(self.entries))
