"""Wires the review workflow into the main window: sessions, verdicts and notes, manual links.

``install(window)`` adds the Review panel and the Reviewed-claims list as docks, the Review menu,
the session items of the File menu, and keeps the column badges in step with the annotations.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from desktop.engine.model import VERDICTS, Comparison
from desktop.engine.reviews import verdicts_met
from desktop.ui.review import verdicts
from desktop.ui.review.link_actions import LinkActions
from desktop.ui.review.controller import ReviewController
from desktop.ui.review.history import ReviewHistory
from desktop.ui.review.panel import ClaimsModel, ReviewedList, ReviewPanel
from desktop.ui.session import controller as session_controller
from desktop.ui.session.changed_files import ChangedFilesBar, FileCheck
from desktop.ui.session.controller import SessionController, is_session_path
from desktop.ui.session.export_report import ReportExport
from desktop.ui.session.menu import SessionMenu
from desktop.ui.shortcuts import local_shortcut

NOTE_SHORTCUT = "F2"

if TYPE_CHECKING:
    from desktop.store import SessionData


class ReviewWorkflow(QObject):
    def __init__(self, window: QMainWindow, autosave: bool, user_cache: bool | None = None):
        super().__init__(window)
        self.window, self.controller, self.workspace = window, window.controller, window.workspace
        folder = session_controller.default_autosave_dir() if autosave else None
        self.sessions = SessionController(folder, self)
        self.review = ReviewController(self.sessions, self)
        self.links = LinkActions(self.workspace, self.controller, self.sessions, self)
        self.history = ReviewHistory(self.review.restore, self.links.restore, self)
        self.verdict_actions = [self._verdict_action(v) for v in VERDICTS]
        self.clear_action = self._make_clear_action()
        self.note_action = self._make_note_action()
        self.panel = ReviewPanel(self.verdict_actions, self.clear_action)
        self.claims = ClaimsModel(self)
        self.claims_list = ReviewedList(self.claims)
        self.menu = SessionMenu(window, self.sessions, self.load, self._settle, self._remember)
        self.menu.on_new = self.new_session
        self.export = ReportExport(window, lambda: self.controller.comparison, self._review_state,
                                   self._session_stem, self._settle)
        self.editing: tuple[int, int] | None = None  # the sentence the panel shows
        self._loading = False
        use_user_cache = autosave if user_cache is None else user_cache
        self.controller.cache_factory = lambda: self.sessions.run_cache(use_user_cache=use_user_cache)
        self.file_check = FileCheck(self)  # a reopened session's files, read again: changed since it was saved?
        self.changed_files = ChangedFilesBar()
        window.add_notice(self.changed_files)
        self._make_docks()
        self._make_menus()
        self._connect()
        self._on_state_changed()

    # -- construction ------------------------------------------------------------------------------
    def _verdict_action(self, verdict: str) -> QAction:
        style = verdicts.STYLES[verdict]
        action = QAction(verdicts.icon(verdict), style.label, self.window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(style.shortcut))
        action.setToolTip(f"{style.label}: {style.tip} ({style.shortcut})")
        action.setStatusTip(style.tip)
        action.setData(verdict)
        action.triggered.connect(lambda checked, v=verdict: self.choose_verdict(v if checked else None))
        return action

    def _make_clear_action(self) -> QAction:
        action = QAction("Clear", self.window)
        action.setShortcut(QKeySequence(verdicts.CLEAR_SHORTCUT))
        action.setToolTip(f"Remove the verdict ({verdicts.CLEAR_SHORTCUT})")
        action.triggered.connect(lambda: self.choose_verdict(None))
        return action

    def _make_note_action(self) -> QAction:
        action = QAction("Write a &note", self.window)
        action.setShortcut(QKeySequence(NOTE_SHORTCUT))
        action.setToolTip(f"Go to the note of the selected claim ({NOTE_SHORTCUT}; Esc goes back to the column)")
        action.triggered.connect(self.focus_note)
        return action

    def focus_note(self) -> None:
        """Put the keyboard in the note box of the selected claim (the Review panel is shown first)."""
        if self.editing is None:
            self.window.statusBar().showMessage("Select a sentence first", 3000)
            return
        self.review_dock.show()
        self.review_dock.raise_()
        self.panel.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _back_to_column(self) -> None:
        if self.workspace.selection is not None:
            self.workspace.panes[self.workspace.selection[0]].view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_order(self) -> None:
        """Tab goes down the side panels as they stand: the versions, the review (verdicts, then the note), the
        "Who says what" grid; the columns come before them (a keyboard user never reached the note)."""
        group, grid = self.window.group_panel, self.window.coverage_panel
        chain = [group.view, group.near.table, group.near.link_button, *self.panel.buttons, self.panel.note,
                 grid.filter_box, grid.table]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _make_docks(self) -> None:
        w = self.window
        self.review_dock = self._dock("Review", "reviewDock", self.panel)
        self.claims_dock = self._dock("Reviewed", "reviewedDock", self.claims_list)
        w.splitDockWidget(w.group_dock, self.review_dock, Qt.Orientation.Vertical)
        w.tabifyDockWidget(w.only_dock, self.claims_dock)
        w.only_dock.raise_()
        w.resizeDocks([w.group_dock, self.review_dock, w.only_dock], [320, 250, 300], Qt.Orientation.Vertical)
        self._tab_order()
        local_shortcut(self.panel.note, "Escape", self._back_to_column)

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _make_menus(self) -> None:
        self.menu.install(self.window.file_menu, self.window.open_action, (self.export.action,))
        self.undo_action, self.redo_action = self._history_action(True), self._history_action(False)
        self.window.edit_menu.addActions([self.undo_action, self.redo_action])
        self.window.addActions([self.undo_action, self.redo_action])
        menu = self.window.menuBar().addMenu("&Review")
        menu.addActions(self.verdict_actions)
        menu.addAction(self.clear_action)
        menu.addAction(self.note_action)
        menu.addSeparator()
        menu.addActions([self.links.link_action, self.links.unlink_action])
        menu.addSeparator()
        menu.addActions([self.review_dock.toggleViewAction(), self.claims_dock.toggleViewAction()])
        self.window.addActions(self.verdict_actions + [self.clear_action, self.note_action])

    def _history_action(self, back: bool) -> QAction:
        """Edit → Undo / Redo: named after the step ("Undo Link"), enabled when there is one."""
        word = "Undo" if back else "Redo"
        action = QAction(f"&{word}", self.window)
        action.setShortcuts(QKeySequence.StandardKey.Undo if back else QKeySequence.StandardKey.Redo)
        action.setEnabled(False)
        (self.history.undoTextChanged if back else self.history.redoTextChanged).connect(
            lambda text: action.setText(f"&{word} {text}".rstrip()))
        (self.history.canUndoChanged if back else self.history.canRedoChanged).connect(action.setEnabled)
        action.triggered.connect(lambda: self._step_history(back))
        return action

    def _step_history(self, back: bool) -> None:
        """A note being typed is saved first (it is the last step); then the panel shows the claim as it is now,
        the note box too, even when it has the focus."""
        self.panel.flush()
        self.history.undo() if back else self.history.redo()
        self._show_selection()

    def _connect(self) -> None:
        self.controller.comparison_ready.connect(self._on_comparison)
        self.controller.sources_changed.connect(self._on_state_changed)
        self.controller.source_leaving.connect(self._on_source_leaving)
        self.workspace.sentence_selected.connect(lambda s, i: (self._show_selection(), self.history.seal()))
        self.workspace.columns_rebuilt.connect(self._paint_badges)
        self.review.changed.connect(self._on_review_changed)
        self.review.recorded.connect(self.history.annotations_changed)
        self.links.recorded.connect(self.history.overrides_changed)
        self.panel.note_edited.connect(self._on_note)
        self.claims_list.jump_requested.connect(self.workspace.select)
        self.links.message.connect(lambda text: self.window.statusBar().showMessage(text, 5000))
        self.window.group_panel.link_requested.connect(self._link_with_selection)
        self.sessions.state_changed.connect(self._on_state_changed)
        self.sessions.write_failed.connect(lambda text: self.window.show_error("Could not save the change", [text]))
        self.file_check.checked.connect(self._on_files_checked)
        self.changed_files.open_current.connect(self._open_current)

    # -- loading and recording ---------------------------------------------------------------------
    def load(self, data: SessionData) -> None:
        """Show a session's sources, comparison, corrections and annotations."""
        self.controller.overrides = list(data.overrides)
        self.controller.options = data.options
        self.window.strictness.set_threshold(data.options.threshold)
        self.review.set_annotations(data.annotations)
        self.history.clear()  # another session: nothing of the last one to undo
        self._loading = True
        try:
            self.controller.show_loaded(data.sources, data.comparison)
        finally:
            self._loading = False
        self._on_state_changed()
        self.changed_files.dismiss()
        self.file_check.start(data.sources)

    def _open_current(self, change) -> None:
        """A report file's present version as one more column, right of its saved copy (which stays, with the
        review on it); the comparison then shows what changed, and the new column is brought on screen."""
        sources = self.controller.sources
        saved = next((k for k, s in enumerate(sources) if s.path == change.path and s.name == change.name), None)
        index = len(sources) if saved is None else saved + 1
        self.controller.insert_source(index, change.current)

        def show_it(_comparison) -> None:
            self.window.comparison_shown.disconnect(show_it)
            self.workspace.ensure_visible(index)

        self.window.comparison_shown.connect(show_it)

    def _on_files_checked(self, ticket: int, changes: list) -> None:
        """The files of the session just opened, read again: a notice names those changed or gone."""
        if ticket == self.file_check.ticket:
            self.changed_files.show_changes(changes)

    def new_session(self, clear: bool = True) -> bool:
        """File → New: a fresh session (after asking about unsaved review work); ``clear`` empties
        the window (else the caller is about to show new sources)."""
        if not self.menu.new_session():
            return False
        self.controller.overrides = []
        self.review.set_annotations([])
        self.history.clear()
        self.file_check.forget()
        self.changed_files.dismiss()
        if clear:
            self.controller.set_sources([])
        return True

    def _settle(self) -> None:
        """Before a save, an export or a close: a re-grouping under way is finished, a note being typed saved."""
        self.controller.settle()
        self.panel.flush()

    def _remember(self, path: str) -> None:
        recent = getattr(self.window, "recent", None)  # File → Open Recent (session/recent_files.py)
        if recent is not None:
            recent.add([str(path)])

    def open_path(self, path: str) -> bool:
        return self.menu.open_session(path)

    def _on_comparison(self, comparison: Comparison) -> None:
        if not self._loading and not self.sessions.read_only:
            self.sessions.record_comparison(comparison)
        self.review.set_comparison(comparison)
        self.export.update_enabled()

    def _session_stem(self) -> str:
        """The session file's name without its suffix, "" while untitled (an export's name is offered from it)."""
        return "" if self.sessions.untitled else self.sessions.session.path.stem

    def _review_state(self) -> tuple[list, list]:
        """What an exported report carries of the review: the verdicts and notes, and the links corrected."""
        return list(self.review.annotations.values()), list(self.controller.overrides)

    def close_session(self) -> bool:
        """Before the window closes: False if the user cancelled. Stops the worker first, so a late
        result cannot start a new session."""
        if not self.menu.confirm_close():
            return False
        self.controller.shutdown()
        self.sessions.close()
        return True

    # -- review ------------------------------------------------------------------------------------
    def choose_verdict(self, verdict: str | None) -> None:
        ref = self.workspace.selection
        if ref is None:
            self.window.statusBar().showMessage("Select a sentence first", 3000)
            self._sync_actions()
            return
        self.panel.flush()
        self.controller.settle()  # a re-grouping under way first: the verdict goes to the claim on screen now
        self.review.set_verdict(ref, verdict)
        self._sync_actions()

    def _link_with_selection(self, source: int, sentence: int) -> None:
        if self.workspace.selection is not None:
            self.links.link(self.workspace.selection, (source, sentence))

    def _on_source_leaving(self, source: int) -> None:
        self.panel.flush()  # a note being typed is saved first
        sources = self.controller.sources
        staying = {s.content_hash for k, s in enumerate(sources) if k != source}
        self.review.keep_reviews_of_leaving(sources[source].content_hash, staying)
        self.history.clear()  # what was done on the report that leaves cannot be taken back

    def _on_note(self, text: str) -> None:
        if self.editing is not None:
            self.controller.settle()
            self.review.set_note(self.editing, text)

    def _on_review_changed(self) -> None:
        self._paint_badges()
        self.claims.set_claims(self.review.comparison, self.review.index.claims())
        if self.workspace.selection != self.editing or not self.panel.note.hasFocus():
            self._show_selection()
        else:  # a note being typed stays as it is; what the claim now is (linked, unlinked) is said
            self.panel.title.setText(self._title(self.editing) or "")
            self._sync_actions()

    def _show_selection(self) -> None:
        """Point the review panel at the selected sentence (after saving a note being typed)."""
        self.panel.flush()
        ref = self.workspace.selection if self.review.comparison is not None else None
        self.editing = ref
        annotation = self.review.annotation_for(ref)
        met = verdicts_met(self.review.index.reviews(ref)) if ref is not None and self.review.comparison else []
        self.panel.show_claim(self._title(ref), annotation, self.review.editable, met)
        self._sync_actions()

    def _title(self, ref) -> str | None:
        if ref is None:
            return None
        comparison = self.review.comparison
        members = self.review.index.members(ref)
        if len(members) == 1:
            return f"Claim only in {comparison.documents[ref[0]].source.name}"
        versions = "both versions" if len(members) == 2 else f"all {len(members)} versions"
        sources = len({s for s, _ in members})
        title = f"Said by {sources} source{'s' if sources != 1 else ''} · one verdict and note for {versions}"
        group = comparison.group_index().get(ref)
        disputes = comparison.disputes().get(group, 0) if group is not None else 0
        return title + (f"\n⚠ {disputes} detail{'s' if disputes != 1 else ''} said differently: check before a verdict"
                        if disputes else "")

    def _sync_actions(self) -> None:
        annotation = self.review.annotation_for(self.editing)
        can_edit = self.editing is not None and self.review.editable
        for action in self.verdict_actions:
            action.setChecked(annotation is not None and annotation.verdict == action.data())
            action.setEnabled(can_edit)
        self.clear_action.setEnabled(can_edit and annotation is not None and annotation.verdict is not None)

    def _paint_badges(self) -> None:
        for k, pane in enumerate(self.workspace.panes):
            pane.view.set_verdicts(self.review.index.verdicts_of(k) if self.review.comparison else {})

    def _on_state_changed(self) -> None:
        self.links.update_enabled()
        self.export.update_enabled()
        names = ", ".join(s.name for s in self.controller.sources)
        parts = [self.sessions.display_name()] + ([names] if names else [])
        if self.sessions.session is None and not names:
            parts = []
        self.window.setWindowTitle(" — ".join(parts + ["Synoptic"]))
        self._show_selection()


def install(window: QMainWindow, autosave: bool, user_cache: bool | None = None) -> ReviewWorkflow:
    """``user_cache``: runs read and fill the per-user embedding cache (default: when autosaving)."""
    return ReviewWorkflow(window, autosave, user_cache)


__all__ = ["ReviewWorkflow", "install", "is_session_path"]
