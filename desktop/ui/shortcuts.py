"""Shortcuts that act only where they belong.

PySide6 ignores ``context=`` when the slot is passed to ``QShortcut``'s constructor as well: the shortcut becomes
window-wide, and two window-wide shortcuts on one key (Escape closes the find bar, Escape lets go of a pinned word)
cancel each other out, so the key does nothing at all. ``local_shortcut`` sets the context, then connects.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def local_shortcut(widget: QWidget, keys: str, slot, context=Qt.ShortcutContext.WidgetShortcut) -> QShortcut:
    """``keys`` run ``slot`` where ``context`` says (by default: while ``widget`` has the focus)."""
    shortcut = QShortcut(QKeySequence(keys), widget, context=context)
    shortcut.activated.connect(slot)
    return shortcut
