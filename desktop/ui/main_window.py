"""The main window: menus, toolbar, the column workspace, side panels and the status bar.

It wires the controller (data) to the views; it computes nothing about the alignment itself.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QMainWindow, QMessageBox, QVBoxLayout, QWidget,
)

from desktop.engine.copies import copies_phrase
from desktop.engine.model import Comparison, SynopticError
from desktop.ui.review import workflow as review_workflow
from desktop.ui.controller import ComparisonController
from desktop.ui.coverage.panel import CoveragePanel
from desktop.ui.panels.tolls import TollsModel, TollsPanel
from desktop.ui.coverage.model import CoverageModel
from desktop.ui.columns.document_builder import BuildStyle
from desktop.ui.find_bar import FindBar, FindController
from desktop.ui.sourcing_view import sourcing_of
from desktop.ui.status_bar.legend import Legend
from desktop.ui.models import GroupModel, OnlyInModel
from desktop.ui.navigation import differences, step
from desktop.ui.palette import current_theme
from desktop.ui.panels.group import GroupPanel
from desktop.ui.panels.only_in import OnlyInPanel
from desktop.ui.plain import as_rich_text
from desktop.ui.session.recent_files import RecentFiles
from desktop.ui.settings import restore_window, save_window
from desktop.ui.side_panels import SidePanels, first_size
from desktop.ui.columns.source_order import remap
from desktop.ui.sources import read_sources, source_from_text
from desktop.ui.status_bar.progress import ProgressIndicator
from desktop.ui.toolbar import StrictnessSlider
from desktop.ui.columns.workspace import Workspace

PROSE_FONTS = ("Source Serif 4", "Source Serif Pro", "Charter", "Georgia", "Noto Serif", "Liberation Serif",
               "DejaVu Serif")
DEFAULT_POINT_SIZE = 11.5
FILE_FILTER = ("Reports and sessions (*.txt *.md *.html *.htm *.docx *.pdf *.rtf *.synoptic);;"
               "Synoptic sessions (*.synoptic);;All files (*)")
STYLE_SHEET = """
QFrame#columnHeader { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }
QLabel#columnMeta, QLabel#legendText { color: palette(placeholder-text); }
QLabel#groupTitle { font-weight: 600; padding: 2px 0 6px 0; }
QLabel#emptyState { color: palette(placeholder-text); font-size: 15pt; }
"""


def prose_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    families = set(QFontDatabase.families())
    family = next((f for f in PROSE_FONTS if f in families), None)
    font = QFont(family) if family else QFont()
    if not family:
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


class MainWindow(QMainWindow):
    """Signals:
        comparison_shown(object): a comparison is on screen (after the worker or a regroup).
    """

    comparison_shown = Signal(object)

    def __init__(self, controller: ComparisonController | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None, user_cache: bool | None = None):
        """``settings`` None: no saved geometry, recent files or autosave; ``user_cache``: runs use the
        per-user embedding cache (default: when there are settings)."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Synoptic")
        self.max_chars: int | None = None  # the longest report accepted (synoptic open --max-chars); None: the default
        self.setAcceptDrops(True)
        self.setStyleSheet(STYLE_SHEET)
        self.theme = current_theme()
        self.controller = controller or ComparisonController(parent=self)
        self.workspace = Workspace(self.theme, BuildStyle(self.theme, prose_font()))
        self.find_bar = FindBar()
        self.finder = FindController(self.find_bar, self.workspace.views, self.workspace.select_at, self)
        self.setCentralWidget(self._central())
        self.group_model, self.only_model = GroupModel(self), OnlyInModel(self)
        self.current_column = 0
        self._make_docks()
        self._make_status_bar()
        self._make_actions()
        self._connect()
        self.review = review_workflow.install(self, autosave=settings is not None,  # sessions, verdicts, links
                                              user_cache=user_cache)
        self._finish_docks()
        self.resize(*first_size(self.screen().availableGeometry().size() if self.screen() else None))
        if settings is not None and restore_window(settings, self):
            self.side_panels.adopt()

    # -- construction --------------------------------------------------------------------------
    def _central(self) -> QWidget:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.workspace, 1)
        layout.addWidget(self.find_bar)
        return central

    def add_notice(self, notice: QWidget) -> None:
        """A strip across the top of the comparison area (hidden until it has something to say)."""
        self.centralWidget().layout().insertWidget(0, notice)

    def _make_docks(self) -> None:
        self.group_panel = GroupPanel(self.group_model, self.theme, self.workspace.style.font)
        self.only_panel = OnlyInPanel(self.only_model)
        self.group_dock = self._dock("Versions of the selected sentence", "groupDock", self.group_panel)
        self.only_dock = self._dock("Only here", "onlyInDock", self.only_panel)
        self.splitDockWidget(self.group_dock, self.only_dock, Qt.Orientation.Vertical)
        self.coverage_model = CoverageModel(self.theme, self)
        self.coverage_panel = CoveragePanel(self.coverage_model)
        self.coverage_dock = self._dock("Who says what", "coverageDock", self.coverage_panel)
        self.tabifyDockWidget(self.only_dock, self.coverage_dock)
        self.tolls_model = TollsModel(self.theme, self)
        self.tolls_panel = TollsPanel(self.tolls_model)
        self.tolls_dock = self._dock("Tolls", "tollsDock", self.tolls_panel)
        self.tabifyDockWidget(self.coverage_dock, self.tolls_dock)
        self.resizeDocks([self.group_dock], [330], Qt.Orientation.Horizontal)

    def _finish_docks(self) -> None:
        """Once every panel exists: Ctrl+1, Ctrl+2… show or hide them, and the coverage grid is in front."""
        mine = [self.group_dock, self.only_dock, self.coverage_dock]
        docks = mine + [d for d in self.findChildren(QDockWidget) if d not in mine]
        for n, dock in enumerate(docks, start=1):
            if n < 10 and dock.toggleViewAction().shortcut().isEmpty():
                dock.toggleViewAction().setShortcut(QKeySequence(f"Ctrl+{n}"))
        self.coverage_dock.raise_()
        # the versions panel holds the selected sentence, its versions and the closest unlinked sentences; the
        # review panel its verdict buttons and a note; the grid wants rows
        review = self.findChild(QDockWidget, "reviewDock")
        column = [self.group_dock, *([review] if review is not None else []), self.coverage_dock]
        sizes = [300, *([175] if review is not None else []), 365]
        self.resizeDocks(column, sizes, Qt.Orientation.Vertical)
        self.side_panels = SidePanels(self, self.group_dock, review, self.coverage_dock)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _make_status_bar(self) -> None:
        self.legend = Legend(self.theme)
        self.progress = ProgressIndicator()
        self.statusBar().addWidget(self.legend)
        self.statusBar().addPermanentWidget(self.progress, 1)  # what is left beside the legend: its text elided
        # a message takes the legend's place; hidden explicitly, or a relayout of the bar shows it under the text
        self.statusBar().messageChanged.connect(lambda message: self.legend.setVisible(not message))

    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setStatusTip(tip)
        label = text.replace("&", "").rstrip("…")
        if shortcuts:
            keys = QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            label = f"{label} ({keys})"
        action.setToolTip(label)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        a = self._action
        keys = QKeySequence.StandardKey
        self.open_action = a("&Open…", self.open_dialog, [keys.Open], "Open two or more reports")
        self.paste_action = a("&Paste as new source", self.paste_source, ["Ctrl+Shift+V"],
                              "Add the clipboard text as a source")
        self.quit_action = a("&Quit", self.close, [keys.Quit])
        self.next_action = a("&Next difference", lambda: self.go_difference(True), ["Alt+Down", "F7"])
        self.prev_action = a("&Previous difference", lambda: self.go_difference(False), ["Alt+Up", "Shift+F7"])
        self.next_single_action = a("Next sentence only in &this source", lambda: self.go_single(True),
                                    ["Alt+Shift+Down", "F8"], "Next sentence no other source states")
        self.prev_single_action = a("Previous sentence only in this so&urce", lambda: self.go_single(False),
                                    ["Alt+Shift+Up", "Shift+F8"], "Previous sentence no other source states")
        self.remove_action = a("Re&move current source", lambda: self.controller.remove_source(self.current_column),
                               ["Ctrl+W"], "Take the current column's source out of the comparison")
        self.move_left_action = a("Move source le&ft", lambda: self.move_current(-1), ["Ctrl+Shift+PgUp"],
                                  "Move the current column one place to the left")
        self.move_right_action = a("Move source righ&t", lambda: self.move_current(1), ["Ctrl+Shift+PgDown"],
                                   "Move the current column one place to the right")
        self.find_action = a("&Find…", self.find_bar.open_bar, [keys.Find], "Find in all sources")
        self.find_next_action = a("Find ne&xt", lambda: self.finder.step(True), [keys.FindNext])
        self.find_prev_action = a("Find pre&vious", lambda: self.finder.step(False), [keys.FindPrevious])
        self.zoom_in_action = a("Zoom &in", lambda: self.zoom(1), ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = a("Zoom &out", lambda: self.zoom(-1), ["Ctrl+-"])
        self.zoom_reset_action = a("&Actual size", lambda: self.zoom(0), ["Ctrl+0"])
        self.removed_action = a("Show &left-out text", self.toggle_removed, [],
                                "Show boilerplate the comparison ignores")
        self.removed_action.setCheckable(True)
        self.removed_action.setChecked(True)
        self.wording_action = a("Mark &wording differences", self.toggle_wording, [],
                                "Also mark phrases worded differently, not only names, numbers, dates and quotes")
        self.wording_action.setCheckable(True)
        self.wording_action.setChecked(True)
        self.cancel_action = a("&Cancel comparison", self.controller.cancel)
        self._make_menus()
        self._make_toolbar()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent = RecentFiles(self.settings, file_menu.addMenu("Open &Recent"), self.open_paths, self)
        for action in (self.paste_action, self.remove_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        self.edit_menu = bar.addMenu("&Edit")  # the review fills it (Undo, Redo)
        view = bar.addMenu("&View")
        view.addActions([self.removed_action, self.wording_action])
        view.addSeparator()
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view.addSeparator()
        view.addActions([self.group_dock.toggleViewAction(), self.only_dock.toggleViewAction(),
                         self.coverage_dock.toggleViewAction()])
        view.addSeparator()
        view.addActions([self.move_left_action, self.move_right_action])
        go = bar.addMenu("&Go")
        go.addActions([self.next_action, self.prev_action, self.next_single_action, self.prev_single_action])
        go.addSeparator()
        go.addActions([self.find_action, self.find_next_action, self.find_prev_action])
        go.addSeparator()
        go.addAction(self.cancel_action)

    def _make_toolbar(self) -> None:
        tools = self.addToolBar("Main")
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addActions([self.open_action, self.paste_action])
        tools.addSeparator()
        tools.addActions([self.prev_action, self.next_action])
        tools.addSeparator()
        self.strictness = StrictnessSlider(self.controller.options.threshold)
        tools.addWidget(self.strictness)
        tools.addSeparator()
        tools.addActions([self.zoom_out_action, self.zoom_in_action])

    def _connect(self) -> None:
        c = self.controller
        c.sources_changed.connect(self._on_sources_changed)
        c.comparison_started.connect(self.progress.start)
        c.regroup_started.connect(lambda: self.progress.start("Re-grouping…", c.can_cancel_regroup()))
        c.regroup_cancelled.connect(self._on_regroup_cancelled)
        c.progress_changed.connect(self.progress.set_progress)
        c.comparison_ready.connect(self._on_comparison_ready)
        c.comparison_failed.connect(self._on_failed)
        c.comparison_cancelled.connect(self._on_cancelled)
        c.sources_left_out.connect(lambda message: self.show_error("Too many reports", [message]))
        self.progress.cancel_requested.connect(c.cancel)
        self.strictness.threshold_changed.connect(c.set_threshold)
        self.workspace.sentence_selected.connect(self._on_sentence_selected)
        self.workspace.remove_requested.connect(c.remove_source)
        self.workspace.columns_rebuilt.connect(self.finder.refresh)
        self.workspace.word_links.pinned_changed.connect(self._on_word_pinned)
        self.group_panel.jump_requested.connect(self.workspace.select)
        self.only_panel.jump_requested.connect(self.workspace.select)
        self.coverage_panel.jump_requested.connect(self.workspace.select)
        self.tolls_panel.jump_requested.connect(self.workspace.select)
        self.workspace.sentence_selected.connect(self.coverage_panel.show_sentence)
        self.comparison_shown.connect(self.coverage_model.set_comparison)
        self.comparison_shown.connect(self.tolls_model.set_comparison)
        self.workspace.move_requested.connect(c.move_source)
        c.sources_reordered.connect(self._on_sources_reordered)

    # -- opening -------------------------------------------------------------------------------
    def open_paths(self, paths: list[str], replace: bool = True) -> None:
        sessions = [str(p) for p in paths if review_workflow.is_session_path(p)]
        if sessions:  # a .synoptic file opens that session
            self.review.open_path(sessions[0])
            return
        sources, errors = read_sources(paths, self.max_chars)
        if replace and len(paths) >= 2 and len(sources) < 2 and self.controller.sources:
            # a new comparison was asked for: the one open stays (with none open, the readable file opens alone)
            self.show_error("Some files could not be opened", errors + [
                "Nothing was opened: a new comparison needs two readable reports."])
            return
        if errors:
            self.show_error("Some files could not be opened", errors)
        if not sources:
            return
        if replace and len(sources) >= 2:
            if not self.review.new_session(clear=False):  # new reports: a new session
                return
            self.controller.set_sources(sources)
        else:
            self.controller.add_sources(sources)
        self.recent.add([s.path for s in self.controller.sources if s.path])

    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open reports", "", FILE_FILTER)
        if paths:
            self.open_paths(paths, replace=len(paths) >= 2)

    def paste_source(self) -> None:
        text = QGuiApplication.clipboard().text()
        try:
            source = source_from_text(text, f"Pasted text {len(self.controller.sources) + 1}", self.max_chars)
        except SynopticError as err:
            self.show_error("Nothing to paste", [str(err)])
            return
        self.controller.add_sources([source])

    def show_error(self, title: str, lines: list[str]) -> None:
        """One dialog for one or more one-line errors (escaped: a file name's markup is never rendered)."""
        QMessageBox.warning(self, title, as_rich_text("\n".join(lines)))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths, replace=len(paths) >= 2)

    # -- controller events ---------------------------------------------------------------------
    def _on_sources_changed(self) -> None:
        self.workspace.selection = None
        enough = len(self.controller.sources) >= 2
        note = "comparing…" if enough else "add another report to compare"
        self.workspace.show_sources(self.controller.sources, note)
        self.group_model.set_selection(None, 0, 0)
        self.only_model.set_comparison(None)
        self.coverage_model.set_comparison(None)
        self.tolls_model.set_comparison(None)
        names = ", ".join(s.name for s in self.controller.sources)
        self.setWindowTitle(f"{names} — Synoptic" if names else "Synoptic")

    def _on_comparison_ready(self, comparison: Comparison) -> None:
        self.progress.finish(self._summary(comparison))
        self.workspace.show_comparison(comparison)
        self.only_model.set_comparison(comparison)
        if self.workspace.selection:
            self.group_model.set_selection(comparison, *self.workspace.selection)
        else:
            self.group_model.set_selection(None, 0, 0)
        self.comparison_shown.emit(comparison)

    @staticmethod
    def _summary(comparison: Comparison) -> str:
        if not comparison.groups:
            return "No statement is shared by two sources — try a looser match"
        shared = len(comparison.groups)
        text = f"{shared} shared statement{'s' if shared != 1 else ''} across {len(comparison.documents)} sources"
        pairs = copies_phrase(list(sourcing_of(comparison).copies))
        return text + (f" · ⚠ {pairs}" if pairs else "")

    def _on_failed(self, message: str) -> None:
        self.progress.finish("Comparison failed")
        self.show_error("Comparison failed", [message])

    def _on_cancelled(self) -> None:
        self.progress.finish("Comparison cancelled")

    def _on_regroup_cancelled(self, threshold: float) -> None:
        """The slider goes back to the strictness the columns still show."""
        self.strictness.set_threshold(threshold)
        self.progress.finish(f"Re-grouping cancelled: the match strictness is back at {threshold:.2f}")

    def _on_sources_reordered(self, order: list) -> None:
        """Columns moved: the selection and the current column follow their source."""
        self.workspace.selection = remap(self.workspace.selection, order)
        if 0 <= self.current_column < len(order):
            self.current_column = order.index(self.current_column)
        names = ", ".join(s.name for s in self.controller.sources)
        self.setWindowTitle(f"{names} — Synoptic")

    def move_current(self, delta: int) -> None:
        self.controller.move_source(self.current_column, delta)

    def _on_word_pinned(self, word: str) -> None:
        if word:
            self.statusBar().showMessage(f"“{word}” pinned: what it matches stays lit while you scroll. "
                                         "Click elsewhere or press Esc to let go.")
        else:
            self.statusBar().clearMessage()

    def _on_sentence_selected(self, source: int, sentence: int) -> None:
        self.current_column = source
        self.group_model.set_selection(self.controller.comparison, source, sentence)

    # -- navigation and view -------------------------------------------------------------------
    def go_difference(self, forward: bool) -> None:
        facts_only = self.workspace.style.facts_only
        self._go(lambda comparison, column: differences(comparison, column, facts_only), forward,
                 "No more differences in this column")

    def go_single(self, forward: bool) -> None:
        self._go(lambda comparison, column: comparison.single_sourced(column), forward,
                 "No more sentences only this source states")

    def _go(self, stops, forward: bool, none_left: str) -> None:
        """Select the next (or previous) of ``stops(comparison, column)`` in the current column."""
        comparison = self.controller.comparison
        if comparison is None or not self.workspace.aligned:
            return
        column = min(self.current_column, len(comparison.documents) - 1)
        selection = self.workspace.selection
        current = selection[1] if selection and selection[0] == column else None
        target = step(stops(comparison, column), current, forward)
        if target is None:
            self.statusBar().showMessage(none_left, 3000)
            return
        self.workspace.select(column, target)

    def zoom(self, direction: int) -> None:
        size = self.workspace.style.font.pointSizeF()
        self.set_point_size(DEFAULT_POINT_SIZE if direction == 0 else size + direction)

    def set_point_size(self, size: float) -> None:
        font = QFont(self.workspace.style.font)
        font.setPointSizeF(min(28.0, max(7.0, size)))
        self.workspace.set_font(font)

    def toggle_removed(self, shown: bool) -> None:
        self.workspace.set_style(dataclasses.replace(self.workspace.style, collapse_removed=not shown))

    def toggle_wording(self, shown: bool) -> None:
        """Facts only (unchecked): the columns and F7 skip details that are only wording."""
        self.workspace.set_style(dataclasses.replace(self.workspace.style, facts_only=not shown))
        self.group_panel.set_facts_only(not shown)

    def closeEvent(self, event) -> None:
        if not self.review.close_session():  # the user chose to keep an unsaved review open
            event.ignore()
            return
        self.controller.shutdown()
        if self.settings is not None:
            save_window(self.settings, self)
        super().closeEvent(event)

