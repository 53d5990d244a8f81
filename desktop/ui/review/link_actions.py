"""Manual link/unlink: the user corrects the aligner, and the columns re-group at once.

Select a sentence, Ctrl+click one in another column (or right-click it), then Link (Ctrl+L).
Unlink (Ctrl+U) takes the selected sentence out of its group. Each correction is an ``Override``
stored in the session; the comparison is re-grouped from its stored scores (no re-scoring).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.engine.model import Anchor, Override, SentenceRef
from desktop.ui.controller import ComparisonController
from desktop.ui.review.index import link_override, unlink_overrides
from desktop.ui.session.controller import SessionController
from desktop.ui.columns.workspace import Workspace


class LinkActions(QObject):
    """Owns the Link/Unlink actions and the link partner (the Ctrl+clicked sentence).

    Signals:
        message(str): one line for the status bar.
        recorded(str, list, list): a correction was made: its name, the session's corrections before and after.
    """

    message = Signal(str)
    recorded = Signal(str, object, object)

    def __init__(self, workspace: Workspace, controller: ComparisonController, sessions: SessionController,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.workspace, self.controller, self.sessions = workspace, controller, sessions
        self.partner: SentenceRef | None = None
        self.link_action = self._action("&Link with marked sentence", "Ctrl+L", self.link_marked,
                                        "Join the selected sentence with the Ctrl+clicked one")
        self.unlink_action = self._action("&Unlink from group", "Ctrl+U", self.unlink_selected,
                                          "Take the selected sentence out of its group")
        workspace.sentence_marked.connect(self.mark)
        workspace.sentence_selected.connect(lambda *_: self.mark_none())
        workspace.sentence_menu.connect(self.extend_menu)
        workspace.text_menu.connect(self.extend_text_menu)
        workspace.columns_rebuilt.connect(self._paint_mark)

    def _action(self, text: str, keys: str, slot: Callable, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(slot)
        return action

    @property
    def editable(self) -> bool:
        return not self.sessions.read_only and self.controller.comparison is not None

    # -- the partner -------------------------------------------------------------------------------
    def mark(self, source: int, sentence: int) -> None:
        selection = self.workspace.selection
        if selection is None or selection[0] == source:  # nothing to pair with: a plain selection
            self.workspace.select(source, sentence)
            return
        self.partner = (source, sentence)
        self._paint_mark()
        self.message.emit("Press Ctrl+L to link the two outlined sentences")

    def mark_none(self) -> None:
        if self.partner is not None:
            self.partner = None
            self._paint_mark()

    def _paint_mark(self) -> None:
        for k, pane in enumerate(self.workspace.panes):
            pane.view.set_mark(self.partner[1] if self.partner and self.partner[0] == k else None)

    # -- commands ----------------------------------------------------------------------------------
    def link_marked(self) -> None:
        selection = self.workspace.selection
        if selection is None or self.partner is None:
            self.message.emit("Select a sentence, then Ctrl+click one in another column to link them")
            return
        self.link(selection, self.partner)

    def link(self, a: SentenceRef, b: SentenceRef) -> bool:
        comparison = self.controller.comparison
        if not self.editable:
            self.message.emit("This session is read-only: save a copy to change the grouping")
            return False
        try:
            override = link_override(comparison, a, b)
        except ValueError as err:
            self.message.emit(str(err))
            return False
        self.mark_none()
        return self._apply([override], "Linked by hand", "Link")

    def unlink_selected(self) -> None:
        if self.workspace.selection is not None:
            self.unlink(self.workspace.selection)

    def unlink(self, ref: SentenceRef) -> bool:
        if not self.editable:
            self.message.emit("This session is read-only: save a copy to change the grouping")
            return False
        try:
            overrides = unlink_overrides(self.controller.comparison, ref)
        except ValueError as err:
            self.message.emit(str(err))
            return False
        return self._apply(overrides, "Taken out of its group", "Unlink")

    def _apply(self, overrides, done: str, name: str) -> bool:
        before = list(self.controller.overrides)
        stored = self.sessions.record_overrides(overrides)
        if stored is None:
            return False
        self.controller.set_overrides(stored)
        self.message.emit(done)
        self.recorded.emit(name, before, list(stored))
        return True

    # -- context menu ------------------------------------------------------------------------------
    def extend_menu(self, source: int, sentence: int, menu: QMenu) -> None:
        """Add "Link with selected sentence" / "Unlink from group" for the right-clicked sentence."""
        comparison, selection = self.controller.comparison, self.workspace.selection
        if comparison is None:
            return
        menu.addSeparator()
        link = menu.addAction("Link with selected sentence", lambda: self.link(selection, (source, sentence)))
        link.setEnabled(self.editable and selection is not None and selection[0] != source)
        unlink = menu.addAction("Unlink from group", lambda: self.unlink((source, sentence)))
        unlink.setEnabled(self.editable and (source, sentence) in comparison.group_index())

    def extend_text_menu(self, source: int, offset: int, menu: QMenu) -> None:
        """On text the cleaner left out: "Treat as report text" puts it back (the reports are compared again)."""
        comparison = self.controller.comparison
        if comparison is None:
            return
        span = next((r for r in comparison.documents[source].removed if r.start <= offset < r.end), None)
        if span is None:
            return
        menu.addSeparator()
        action = menu.addAction(f"Treat as report text (left out: {span.label or span.reason})",
                                lambda: self.keep(source, span.start, span.end))
        action.setEnabled(self.editable)

    def keep(self, source: int, start: int, end: int) -> bool:
        """Record a "keep" override for a left-out span and compare again: segmentation changes, not just groups."""
        if not self.editable:
            self.message.emit("This session is read-only: save a copy to change it")
            return False
        anchor = Anchor(self.controller.comparison.documents[source].source.content_hash, start, end)
        before = list(self.controller.overrides)
        stored = self.sessions.record_overrides([Override("keep", anchor, anchor)])
        if stored is None:
            return False
        self.controller.overrides = list(stored)
        self.controller.start()
        self.message.emit("Put back as report text; comparing again")
        self.recorded.emit("Put back as report text", before, list(stored))
        return True

    def restore(self, overrides: list[Override]) -> None:
        """Make the corrections ``overrides`` again (undo, redo): regroup, or compare again when the text put
        back differs."""
        stored = self.sessions.replace_overrides(overrides)
        if stored is None:
            return
        kept = lambda found: {o for o in found if o.action == "keep"}  # noqa: E731
        if kept(stored) != kept(self.controller.overrides):
            self.controller.overrides = list(stored)
            self.controller.start()
        else:
            self.controller.set_overrides(stored)

    def update_enabled(self) -> None:
        for action in (self.link_action, self.unlink_action):
            action.setEnabled(not self.sessions.read_only)
