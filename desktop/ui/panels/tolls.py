"""The "Tolls" panel: the dead, the injured, the missing and the evacuated each report gives, side by side.

A row per report (ten reports stay readable in a narrow panel), a column per outcome, each cell the figure the
report's lead gives, as it writes it ("Twelve", "at least nine", "No deaths"), its figures further on in the tooltip;
⚠ where the leads' figures differ (``engine.tolls``), and the conflict colour on the figures that differ from the one
most leads give (on every figure when none has most behind it). Click a figure to read the
sentence that gives it. The model reads the engine's result and
computes nothing about it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.engine.model import Comparison
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE, brief_labels, source_label
from desktop.ui.palette import Theme
from desktop.ui.table_model import RowsModel
from desktop.ui.tables import claim_table

if TYPE_CHECKING:
    from desktop.engine.tolls import Toll

Role = Qt.ItemDataRole
MIN_FIGURE_WIDTH = 48  # an outcome's column, however short its figures
# the reports' column: as wide as their names between these bounds, past the upper one elided (in full in the
# tooltip), so that the figures keep the room
REPORT_WIDTH = 72, 150
CELL_PADDING = 14  # a cell's margins around its longest word
EMPTY = "No toll in these reports (dead, injured, missing, evacuated, homeless)."
NOTE = ("Each report's toll as its lead gives it (or further on, in a sentence linked to another report's figure), "
        "in its words (other figures: in the tooltip). ⚠ = the figures differ: check which is current (a toll rises as "
        "reports come in; \"at least 3\" against 7 differs too); in colour, the figures against the one most reports "
        "give; in brackets, a figure a report gives only further on (not compared). Click a figure to read its sentence.")


def tolls_of(comparison: Comparison) -> list:
    """The engine's ``tolls`` of ``comparison``, computed once and kept with it (the worker thread computes them
    as the comparison is made: ``ui/prepare.py``)."""
    from desktop.engine.tolls import tolls

    found = comparison.__dict__.get("_tolls")
    if found is None:
        found = comparison.__dict__["_tolls"] = tolls(comparison)
    return found


class TollsModel(RowsModel):
    """Rows: the reports (their source indices); column 0 the report, then one column per outcome the reports give
    (``tolls``), ⚠ in its header where their leads disagree."""

    def __init__(self, theme: Theme, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.comparison: Comparison | None = None
        self.tolls: list[Toll] = []
        self.names: list[str] = []  # the reports' brief names (``brief_labels``)

    def set_comparison(self, comparison: Comparison | None) -> None:
        from desktop.engine.tolls import LABELS  # (the details' word lists: not at start-up)

        self.beginResetModel()
        self.comparison = comparison
        found = tolls_of(comparison) if comparison is not None else []
        n = len(comparison.documents) if comparison is not None else 0
        self.tolls = [t for t in found if any(t.headline(s) for s in range(n))]  # given in some report's lead
        self.names = brief_labels(comparison) if comparison is not None else []
        self.rows = list(range(len(comparison.documents))) if comparison is not None and self.tolls else []
        self.headers = ("Report", *(("⚠\n" if t.disputed else "\n") + LABELS[t.outcome] for t in self.tolls))
        #               (the warning above the outcome: a narrow panel keeps the outcome's whole word)
        self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if role == Role.ToolTipRole and orientation == Qt.Orientation.Horizontal and 0 < section <= len(self.tolls):
            return ("The reports' leads give figures that differ: check which is current."
                    if self.tolls[section - 1].disputed else "The reports' leads agree, or only one gives a figure.")
        if role == Role.ForegroundRole and orientation == Qt.Orientation.Horizontal and 0 < section <= len(self.tolls):
            return QBrush(self.theme.conflict) if self.tolls[section - 1].disputed else None
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Role.DisplayRole):
        source = self.row_at(index)
        if source is None:
            return None
        if index.column() == 0:
            if role == Role.DisplayRole:
                return self.names[source]  # the names' shared start and extension left out
            return source_label(self.comparison, source) if role == Role.ToolTipRole else None
        toll = self.tolls[index.column() - 1]
        head, further = toll.headline(source), toll.further(source)
        if role == Role.DisplayRole:  # "Doce (12)": reports in several languages side by side; a figure given
            return head.shown if head else f"({further[0].shown})" if further else "—"  # only further on, in brackets
        if role == Role.ForegroundRole:
            return QBrush(self.theme.conflict) if toll.differs(source) else \
                QBrush(self.theme.muted) if head is None and further else None
        if role == Role.FontRole and toll.differs(source):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Role.ToolTipRole:
            return self._tooltip(source, head, further)
        shown = head or (further[0] if further else None)
        if role in (SOURCE_ROLE, SENTENCE_ROLE) and shown is not None:
            return shown.source if role == SOURCE_ROLE else shown.sentence
        return None

    def _tooltip(self, source: int, head, further) -> str:
        doc = self.comparison.documents[source]
        lines = [doc.sentence_text(head.sentence)] if head else ["No figure in this report's lead."]
        if further:
            lines.append("Further on (not compared: often another event's or one place's): "
                         + "; ".join(f"“{f.written}” in “{doc.sentence_text(f.sentence)}”" for f in further))
        return "\n\n".join(lines)


class TollsPanel(QWidget):
    """Signals:
        jump_requested(int, int): show (source, sentence) in its column.
    """

    jump_requested = Signal(int, int)

    def __init__(self, model: TollsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.note = QLabel()
        self.note.setObjectName("legendText")
        self.note.setWordWrap(True)
        self.table = claim_table(model, grid=True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)  # a report's figure, not the row
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(True)  # "at least 9", "Plus d'une centaine" on two lines rather than cut
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(MIN_FIGURE_WIDTH)
        header.setStretchLastSection(False)
        self.table.setAccessibleName("Tolls each report gives")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    def _on_reset(self) -> None:
        self.note.setText(NOTE if self.model.rows else EMPTY if self.model.comparison else "")
        self._fit_columns()
        self.table.resizeRowsToContents()

    def _fit_columns(self) -> None:
        """Each outcome's column as wide as its longest word (its name, a figure's word: "quarante-cinq"), so that
        figures wrap between words and no word is cut; the reports' names whole up to a width, past it elided (in full
        in their tooltip). A panel too narrow for them all scrolls."""
        header, model = self.table.horizontalHeader(), self.model
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column == 0:
                names = max((metrics.horizontalAdvance(n) for n in model.names), default=0) + CELL_PADDING
                header.resizeSection(0, min(max(REPORT_WIDTH[0], names), REPORT_WIDTH[1]))
                continue
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal))]
            texts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
            longest = max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
            header.resizeSection(column, max(MIN_FIGURE_WIDTH, longest + CELL_PADDING))

    def _on_clicked(self, index: QModelIndex) -> None:
        source = index.data(SOURCE_ROLE)
        if source is not None:
            self.jump_requested.emit(source, index.data(SENTENCE_ROLE))
