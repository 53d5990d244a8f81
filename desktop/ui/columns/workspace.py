"""The comparison area: one column per source, ribbons between neighbours, scrolling in step.

When the sources do not all fit at a readable width, as many whole columns as fit fill the area and it scrolls
sideways a column at a time (``column_fit.py``).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget

from desktop.engine.model import Comparison, Document, Source
from desktop.ui.columns.column_fit import ColumnFit
from desktop.ui.columns.column_pane import MIN_COLUMN_WIDTH, ColumnPane, apart_text, copied_text, counts_text
from desktop.ui.columns.document_builder import BuildStyle, build_column
from desktop.ui.models import brief_labels
from desktop.ui.sourcing_view import sourcing_of
from desktop.ui.palette import Theme
from desktop.ui.columns.ribbon import RIBBON_WIDTH, Ribbon, ribbon_links
from desktop.ui.columns.sync_scroll import ScrollSync
from desktop.ui.columns.word_links import WordLinks
from desktop.ui.shortcuts import local_shortcut


def plain_comparison(sources: list[Source]) -> Comparison:
    """A stand-in shown while the real comparison runs: the texts, nothing aligned yet."""
    return Comparison([Document(s, "", [], []) for s in sources], [], [])


SOLO_MAX_WIDTH = 820


def _empty_state() -> QLabel:
    label = QLabel("Drop two or more news reports here\n\n"
                   "or open them with File → Open (Ctrl+O), or paste text with Ctrl+Shift+V")
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class Workspace(QScrollArea):
    """Signals:
        sentence_selected(int, int): (source, sentence) became the selection.
        remove_requested(int): the user closed column *i*.
        move_requested(int, int): the user wants column *i* moved by -1 (left) or +1 (right).
        columns_rebuilt(): the column documents were re-rendered (search marks must be redone).
        sentence_marked(int, int): Ctrl+click on (source, sentence): the partner for a manual link.
        sentence_menu(int, int, object): a context menu (QMenu) opens on (source, sentence).
        text_menu(int, int, object): a context menu opens outside sentences, at (source, offset).
    """

    sentence_selected = Signal(int, int)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)
    columns_rebuilt = Signal()
    sentence_marked = Signal(int, int)
    sentence_menu = Signal(int, int, object)
    text_menu = Signal(int, int, object)

    def __init__(self, theme: Theme, style: BuildStyle, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme, self.style = theme, style
        self.comparison: Comparison | None = None
        self.aligned = False
        self.panes: list[ColumnPane] = []
        self.ribbons: list[Ribbon] = []
        self.selection: tuple[int, int] | None = None
        self.note = ""
        self.sync = ScrollSync(self)
        self.word_links = WordLinks(self)
        self.word_links.marks_changed.connect(self._show_word_marks)
        local_shortcut(self, "Escape", self.word_links.unpin,  # let go of a pinned word
                       Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit = ColumnFit(self, RIBBON_WIDTH, MIN_COLUMN_WIDTH)
        self._make_columns(0)

    # -- building ------------------------------------------------------------------------------
    def _make_columns(self, count: int) -> None:
        inner = QWidget()
        inner.setObjectName("workspaceInner")
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.panes = [ColumnPane(self.theme) for _ in range(count)]
        self.ribbons = []
        for k, pane in enumerate(self.panes):
            if k:
                ribbon = Ribbon(self.panes[k - 1].view, pane.view, self.theme)
                self.ribbons.append(ribbon)
                layout.addWidget(ribbon)
            layout.addWidget(pane, 1)
            pane.view.sentence_clicked.connect(lambda i, k=k: self.select(k, i))
            pane.view.sentence_marked.connect(lambda i, k=k: self.sentence_marked.emit(k, i))
            pane.view.sentence_menu.connect(lambda i, menu, k=k: self.sentence_menu.emit(k, i, menu))
            pane.view.text_menu.connect(lambda offset, menu, k=k: self.text_menu.emit(k, offset, menu))
            pane.view.word_hovered.connect(lambda offset, k=k: self.word_links.hover(k, offset))
            pane.view.word_clicked.connect(lambda offset, k=k: self.word_links.click(k, offset))
            pane.header.close_requested.connect(lambda k=k: self.remove_requested.emit(k))
            pane.header.move_requested.connect(lambda delta, k=k: self.move_requested.emit(k, delta))
        if not count:
            layout.addWidget(_empty_state(), 1)
        if count == 1:  # a lone column keeps a readable line length
            self.panes[0].setMaximumWidth(SOLO_MAX_WIDTH)
            layout.setStretchFactor(self.panes[0], 20)
            layout.insertStretch(0, 1)
            layout.addStretch(1)
        self.setWidget(inner)
        self.fit.set_panes(self.panes)
        self.sync = ScrollSync(self)
        self.sync.set_views([p.view for p in self.panes])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit.refit()

    def show_sources(self, sources: list[Source], note: str = "comparing…") -> None:
        """Show the texts at once, before any alignment; ``note`` stands in for the counts."""
        self.aligned = False
        self.note = note
        self._show(plain_comparison(sources))

    def show_comparison(self, comparison: Comparison) -> None:
        self.aligned = True
        self._show(comparison)

    def _show(self, comparison: Comparison) -> None:
        if len(comparison.documents) != len(self.panes):
            self._make_columns(len(comparison.documents))
        self.comparison = comparison
        self.word_links.set_comparison(comparison if self.aligned else None)
        self.rebuild()
        self.sync.set_comparison(comparison if self.aligned else None)
        for k, ribbon in enumerate(self.ribbons):
            ribbon.set_links(ribbon_links(comparison, k, k + 1))
        self.set_selection(self.selection if self.aligned else None, scroll=False)

    def rebuild(self) -> None:
        """Re-render every column (after a new comparison, zoom or view option)."""
        if self.comparison is None:
            return
        profiles = sourcing_of(self.comparison).profiles if self.aligned else None
        found = list(sourcing_of(self.comparison).copies) if self.aligned else []
        names = brief_labels(self.comparison)
        with self.sync.paused():
            for k, pane in enumerate(self.panes):
                pane.view.set_built(build_column(self.comparison, k, self.style))
                doc = self.comparison.documents[k]
                counts = brief = self.note
                if self.aligned:
                    warnings = (copied_text(self.comparison, k, found), apart_text(self.comparison, k))
                    counts = "  ·  ".join(filter(None, (*warnings, counts_text(self.comparison, k))))
                    brief = " · ".join(filter(None, (*warnings, counts_text(self.comparison, k, brief=True))))
                pane.header.show_source(doc.source, doc.language, counts, profiles[k] if profiles else None, brief,
                                        names[k])
        self.word_links.reset()  # the new documents carry no marks (a pinned word's come back)
        self.columns_rebuilt.emit()

    def set_style(self, style: BuildStyle) -> None:
        self.style = style
        self.rebuild()
        self.set_selection(self.selection, scroll=False)

    def set_font(self, font: QFont) -> None:
        self.set_style(replace(self.style, font=font))

    def _show_word_marks(self, group: int | None, spans: dict) -> None:
        for k, pane in enumerate(self.panes):
            pane.view.set_word_marks(spans.get(k, []), group)

    # -- selection -----------------------------------------------------------------------------
    def select(self, source: int, sentence: int) -> None:
        """Select a sentence: it and its counterparts light up and the other columns follow."""
        self.set_selection((source, sentence), scroll=True)
        self.sentence_selected.emit(source, sentence)

    def select_at(self, source: int, position: int) -> None:
        """Select the sentence at document ``position`` of column ``source`` (a find's match); between sentences
        (left-out text), only bring the column on screen."""
        view = self.panes[source].view if 0 <= source < len(self.panes) else None
        sentence = view.built.sentence_at(position) if view is not None and view.built is not None else None
        if sentence is None:
            self.ensure_visible(source)
        else:
            self.select(source, sentence)

    def set_selection(self, ref: tuple[int, int] | None, scroll: bool) -> None:
        comparison = self.comparison
        if ref is None or comparison is None or not self._valid(ref):
            ref = None
        self.selection = ref
        group = comparison.group_index().get(ref) if ref else None
        members = comparison.groups[group].members if group is not None else ([ref] if ref else [])
        for k, pane in enumerate(self.panes):
            pane.view.set_selection([i for s, i in members if s == k], group)
        for ribbon in self.ribbons:
            ribbon.set_selected_group(group)
        if scroll and ref is not None:
            self._scroll_to_members(ref, members)
            self._show_member_columns(ref, members)

    def _valid(self, ref: tuple[int, int]) -> bool:
        s, i = ref
        return 0 <= s < len(self.comparison.documents) and 0 <= i < len(self.comparison.documents[s].sentences)

    def _scroll_to_members(self, ref: tuple[int, int], members: list[tuple[int, int]]) -> None:
        """Bring the counterparts level with the selected sentence (or, if it is off screen, everything to 1/3)."""
        lead = self.panes[ref[0]].view
        top, bottom = lead.viewport_span(ref[1])
        height = lead.viewport().height()
        with self.sync.paused():
            if top < 0 or bottom > height:
                lead.scroll_to_sentence(ref[1])
                top, _ = lead.viewport_span(ref[1])
            fraction = top / max(1, height)
            for s, i in members:
                if s != ref[0]:
                    self.panes[s].view.scroll_to_sentence(i, fraction)
            self.ensure_visible(ref[0])

    def _show_member_columns(self, ref: tuple[int, int], members: list[tuple[int, int]]) -> None:
        """With more columns than the window shows: scroll sideways so the columns of every version are on screen
        when they fit together (a claim of the second column carried by the fourth), else the selected one's."""
        bar = self.horizontalScrollBar()
        if bar.maximum() == 0:
            return
        columns = [self.panes[s] for s in sorted({s for s, _ in members} | {ref[0]})]
        left, right = columns[0].x(), columns[-1].x() + columns[-1].width()
        width = self.viewport().width()
        if right - left > width:
            left, right = self.panes[ref[0]].x(), self.panes[ref[0]].x() + self.panes[ref[0]].width()
        if left < bar.value():
            bar.setValue(left)
        elif right > bar.value() + width:
            bar.setValue(right - width)

    def ensure_visible(self, source: int) -> None:
        """Scroll sideways so column ``source`` is on screen (many sources)."""
        if 0 <= source < len(self.panes):
            self.ensureWidgetVisible(self.panes[source], 0, 0)

    def views(self):
        return [p.view for p in self.panes]
