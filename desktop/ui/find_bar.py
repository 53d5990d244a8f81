"""Find across columns (Ctrl+F): a slim bar under the columns, and where the matches are."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.ui.columns.offsets import to_utf16, utf16_len
from desktop.ui.find_text import find_all_in
from desktop.ui.shortcuts import local_shortcut


def find_all(document: QTextDocument, text: str) -> list[tuple[int, int]]:
    """Every occurrence of ``text`` as a reader would match it (``find_text``: case, accents, apostrophes and
    hyphens aside), as document positions (UTF-16 units)."""
    plain = document.toPlainText()
    spans = find_all_in(plain, text)
    if utf16_len(plain) == len(plain):  # no character outside the BMP: positions are offsets
        return spans
    return [(to_utf16(plain, s), to_utf16(plain, e)) for s, e in spans]


class FindBar(QWidget):
    """Signals:
        search_changed(str): the text to find changed ("" clears).
        step_requested(bool): go to the next (True) or previous (False) match.
    """

    search_changed = Signal(str)
    step_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(placeholderText="Find in all sources", clearButtonEnabled=True)
        self.edit.setMaximumWidth(320)
        self.count = QLabel()
        self.count.setObjectName("legendText")
        prev_button = QToolButton(text="▲", autoRaise=True, toolTip="Previous match (Shift+Enter)")
        next_button = QToolButton(text="▼", autoRaise=True, toolTip="Next match (Enter)")
        close_button = QToolButton(text="×", autoRaise=True, toolTip="Close (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        for widget in (QLabel("Find:"), self.edit, prev_button, next_button, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close_button)
        self.edit.textChanged.connect(self.search_changed)
        self.edit.returnPressed.connect(lambda: self.step_requested.emit(True))
        local_shortcut(self.edit, "Shift+Return", lambda: self.step_requested.emit(False))
        local_shortcut(self.edit, "Escape", self.close_bar)
        prev_button.clicked.connect(lambda: self.step_requested.emit(False))
        next_button.clicked.connect(lambda: self.step_requested.emit(True))
        close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.edit.clear()
        self.hide()

    def show_count(self, current: int | None, total: int) -> None:
        if not self.edit.text():
            self.count.clear()
        elif total == 0:
            self.count.setText("No match")
        elif current is None:
            self.count.setText(f"{total} match" if total == 1 else f"{total} matches")
        else:
            self.count.setText(f"{current + 1} of {total}")


class FindController(QObject):
    """Keeps the matches of the find bar's text in every column, and steps through them. ``reveal(column,
    position)`` shows a match: it selects the sentence there, so that a verdict given next is on what the user
    sees."""

    def __init__(self, bar: FindBar, views: Callable[[], list], reveal: Callable[[int, int], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.bar, self._views, self._reveal = bar, views, reveal
        self.matches: list[tuple[int, int, int]] = []  # (column, start, end)
        self.current: int | None = None
        bar.search_changed.connect(self.search)
        bar.step_requested.connect(self.step)

    def search(self, text: str) -> None:
        self.matches = [(k, s, e) for k, view in enumerate(self._views()) for s, e in find_all(view.document(), text)]
        self.current = None
        self._show()

    def refresh(self) -> None:
        """Re-run the search after the columns were rebuilt."""
        if self.bar.isVisible() and self.bar.edit.text():
            self.search(self.bar.edit.text())

    def step(self, forward: bool) -> None:
        if not self.matches:
            return
        if self.current is None:
            self.current = 0 if forward else len(self.matches) - 1
        else:
            self.current = (self.current + (1 if forward else -1)) % len(self.matches)
        self._show()
        column, start, _end = self.matches[self.current]
        self._reveal(column, start)
        view = self._views()[column]
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        rect = view.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > view.viewport().height():
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - view.viewport().height() // 3)

    def _show(self) -> None:
        for k, view in enumerate(self._views()):
            mine = [(n, s, e) for n, (c, s, e) in enumerate(self.matches) if c == k]
            current = next((i for i, (n, _s, _e) in enumerate(mine) if n == self.current), None)
            view.set_find_matches([(s, e) for _n, s, e in mine], current)
        self.bar.show_count(self.current, len(self.matches))
