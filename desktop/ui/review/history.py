"""Undo and redo of the review: verdicts, notes, links and unlinks (Edit → Undo, Ctrl+Z).

Each change is kept as the state it replaced and the state it made: the annotations on the anchors it touched, or
the whole list of the session's corrections (links, unlinks, text put back). Undo writes the earlier state back to
the session as it was (dates included), redo the later one; the session file is the one place either is kept, so
an undone change is undone on disk too. A note typed in several pauses is one step, until another claim is
selected. A new session, new reports or a report taken out start a new history.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.engine.model import Anchor, Annotation, Override

Annotations = dict[Anchor, Annotation | None]
NOTE_ID = 1  # QUndoCommand.id of a note edit: consecutive ones on one claim merge


class _Change(QUndoCommand):
    """One review change: ``restore(before)`` undoes it, ``restore(after)`` does it again."""

    def __init__(self, text: str, before, after, restore: Callable, merge_id: int = -1):
        super().__init__(text)
        self.before, self.after, self._restore, self._id = before, after, restore, merge_id
        self._done = True  # pushed after the change was made: the first redo() does nothing
        self.sealed = False  # the user moved on: a later note edit is a step of its own

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self.sealed or not isinstance(other, _Change) or other.id() != self._id:
            return False
        if set(other.after) != set(self.after):  # another claim's note
            return False
        self.after = other.after
        self.setObsolete(_said(self.after) == _said(self.before))  # typed, then typed back: no step at all
        return True

    def undo(self) -> None:
        self._restore(self.before)
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self._restore(self.after)
            self._done = True


def _said(states: Annotations) -> dict:
    """What the annotations say, their dates aside."""
    return {anchor: (a.verdict, a.note) if a else None for anchor, a in states.items()}


class ReviewHistory(QUndoStack):
    """The review's undo stack; ``restore_annotations`` and ``restore_overrides`` write a state back."""

    def __init__(self, restore_annotations: Callable[[Annotations], None],
                 restore_overrides: Callable[[list[Override]], None], parent=None):
        super().__init__(parent)
        self._annotations, self._overrides = restore_annotations, restore_overrides

    def annotations_changed(self, text: str, before: Annotations, after: Annotations, note: bool = False) -> None:
        if before != after:
            self.push(_Change(text, before, after, self._annotations, NOTE_ID if note else -1))

    def seal(self) -> None:
        """The last step takes no more note edits (another claim was selected)."""
        last = self.command(self.index() - 1) if self.index() > 0 else None
        if isinstance(last, _Change):
            last.sealed = True

    def overrides_changed(self, text: str, before: list[Override], after: list[Override]) -> None:
        if before != after:
            self.push(_Change(text, list(before), list(after), self._overrides))
