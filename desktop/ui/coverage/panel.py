"""The coverage overview: a claims × sources grid, for people who would rather look than read.

A row per claim, a column per source, a dot where the source states it. Filter to what every source
says, what one source alone says, what one source leaves out, what rests on anonymous sources only, or what
the sources attribute differently; click a row to see it in the columns.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from desktop.ui.coverage.model import (
    ALL, ANONYMOUS_ONLY, ATTRIBUTED_DIFFERENTLY, MISSING_FROM, ONE_VOICE, ONLY_IN, SHARED, SHARED_BY_ALL, SINGLE,
    SOURCES_ROLE,
    CoverageFilter, CoverageModel,
)
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE
from desktop.ui.tables import claim_table, filter_box
from desktop.ui.wrap_label import WrapLabel

MARK_COLUMN_WIDTH = 30
MIN_MARK_WIDTH = 20
MIN_CLAIM_WIDTH = 150  # the claim column keeps this much, so a claim's opening words can be read
HEADER_MAX_HEIGHT = 64  # longer source names are elided (the grid keeps rows at 1280 × 800 with four sources)


class SlantedHeader(QHeaderView):
    """Horizontal header whose source sections write their names upwards, so a grid of narrow
    mark columns stays readable with many sources (the claim section is written normally)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.model() is None or self.count() < 2:
            return hint
        names = [str(self.model().headerData(s, self.orientation()) or "") for s in range(1, self.count())]
        longest = max(self.fontMetrics().horizontalAdvance(name) for name in names) + 16
        return QSize(hint.width(), max(hint.height(), min(HEADER_MAX_HEIGHT, longest)))

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if section == 0:
            super().paintSection(painter, rect, section)
            return
        painter.save()
        super().paintSection(painter, rect, -1)  # the frame and background only
        painter.restore()
        text = str(self.model().headerData(section, self.orientation()) or "")
        painter.save()
        painter.setPen(self.palette().windowText().color())
        painter.translate(rect.left() + rect.width() / 2 + self.fontMetrics().ascent() / 2 - 2, rect.bottom() - 6)
        painter.rotate(-90)
        width = rect.height() - 12
        painter.drawText(0, 0, self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
        painter.restore()


def filter_choices(names: list[str]) -> list[tuple[str, tuple[str, int | None]]]:
    choices = [("All claims", (ALL, None)), ("Stated by every source", (SHARED_BY_ALL, None)),
               ("Stated by two or more", (SHARED, None)), ("Stated by one source only", (SINGLE, None)),
               ("Stated by several, but in one's words (copies)", (ONE_VOICE, None)),
               ("Resting on anonymous sources only", (ANONYMOUS_ONLY, None)),
               ("Attributed differently by the sources", (ATTRIBUTED_DIFFERENTLY, None))]
    choices += [(f"Only in {name}", (ONLY_IN, s)) for s, name in enumerate(names)]
    choices += [(f"Missing from {name}", (MISSING_FROM, s)) for s, name in enumerate(names)]
    return choices


class CoveragePanel(QWidget):
    """Signals:
        jump_requested(int, int): show (source, sentence) in its column.
    """

    jump_requested = Signal(int, int)

    def __init__(self, model: CoverageModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = CoverageFilter(self)
        self.proxy.setSourceModel(model)
        self.filter_box = filter_box()
        self.filter_box.setAccessibleName("Which claims to show")
        self.summary = WrapLabel(max_lines=2)  # two lines at most: the grid's rows keep the room
        self.summary.setObjectName("legendText")
        self.table = self._make_table()
        top = QHBoxLayout()
        top.addWidget(QLabel("&Show:", buddy=self.filter_box))
        top.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.filter_box.currentIndexChanged.connect(self._apply_filter)
        model.modelReset.connect(self._on_reset)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self._on_reset()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setHorizontalHeader(SlantedHeader(table))
        claim_table(self.proxy, table, grid=True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setGridStyle(Qt.PenStyle.DotLine)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAccessibleName("Claims and the sources that state them")
        return table

    def _on_reset(self) -> None:
        current = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for label, data in filter_choices(self.model.names):
            self.filter_box.addItem(label, data)
        self.filter_box.setCurrentIndex(max(0, self.filter_box.findData(current)))
        self.filter_box.blockSignals(False)
        self._apply_filter()
        self._size_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _size_columns(self) -> None:
        """Mark columns share what the claims leave: at least ``MIN_CLAIM_WIDTH`` for the claim (with many sources
        the marks narrow, down to ``MIN_MARK_WIDTH``, then the grid scrolls sideways rather than hide the claims)."""
        header, sources = self.table.horizontalHeader(), self.model.columnCount() - 1
        if sources < 1:
            return
        room = self.table.viewport().width() - MIN_CLAIM_WIDTH
        mark = max(MIN_MARK_WIDTH, min(MARK_COLUMN_WIDTH, room // sources))
        header.setMinimumSectionSize(MIN_MARK_WIDTH)
        fits = room >= mark * sources
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive)
        if not fits:
            header.resizeSection(0, MIN_CLAIM_WIDTH)
        for column in range(1, sources + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, mark)
        header.updateGeometry()

    def _apply_filter(self) -> None:
        mode, source = self.filter_box.currentData() or (ALL, None)
        self.proxy.set_filter(mode, source)
        self._show_summary()

    def _show_summary(self) -> None:
        claims, count = self.model.claims, len(self.model.names)
        if not claims:
            self.summary.setText("The grid fills in once the sources are compared.")
            return
        every = sum(1 for c in claims if len(c.sources) == count)
        single = sum(1 for c in claims if len(c.sources) == 1)
        unsure = sum(1 for c in claims if len(c.sources) == 1 and c.near)  # "?" in their row: only here?
        anonymous = sum(1 for c in claims if c.sourcing.anonymous_only)
        differs = sum(1 for c in claims if c.sourcing.differs)
        disputed = sum(1 for c in claims if c.disputes)
        shown = self.proxy.rowCount()
        head = f"{len(claims)} claims" if shown == len(claims) else f"{shown} of {len(claims)} claims"
        echo = self._echo_words(claims)
        only = f"{single} in one only ({unsure} with a sentence near them elsewhere: ?)" if unsure else \
            f"{single} in one only"
        warn = "⚠ " if disputed else ""
        self.summary.set_texts(
            f"{head} · {every} in every source · {only} · {warn}{disputed} said differently · "
            f"{anonymous} on anonymous sources only · {differs} attributed differently{echo}",
            f"{head} · {every} in all · {single} in one only · {warn}{disputed} said differently · "
            f"{anonymous} anonymous only · {differs} attributed differently{' · ⚠ copies' if echo else ''}",
            f"{head} · {every} in all · {single} in one only · {warn}{disputed} said differently")

    def _echo_words(self, claims) -> str:
        """What copies do to the counts: the claims several sources state in one source's words (○ in the grid)."""
        one_voice = sum(1 for c in claims if c.one_voice)
        pairs = self.model.copies_text
        if not one_voice:
            return f" · ⚠ {pairs}" if pairs else ""
        told = f"{one_voice} claim{'s' if one_voice > 1 else ''} stated by several in one source's words (○)"
        return f" · ⚠ {told}" + (f": {pairs}" if pairs else "")

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump_requested.emit(index.data(SOURCE_ROLE), index.data(SENTENCE_ROLE))

    def show_sentence(self, source: int, sentence: int) -> None:
        """Select the claim (source, sentence) belongs to, without jumping (the columns did already)."""
        row = self.model.row_of((source, sentence))
        if row is None:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def carried_by(self, row: int) -> frozenset[int]:
        """Sources marked on view row ``row`` (for tests and accessibility checks)."""
        return self.proxy.index(row, 0).data(SOURCES_ROLE)
