"""Review widgets: the verdict buttons and note for the selected claim, and the list of reviewed claims.

They display what ``ReviewController`` holds and report the user's edits; they store nothing.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from desktop.engine.model import VERDICTS, Comparison
from desktop.ui.review import verdicts
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE, source_label
from desktop.ui.review.index import Claim
from desktop.ui.tables import claim_table, filter_box
from desktop.ui.table_model import RowsModel
from desktop.ui.wrap_label import WrapLabel

NOTE_DELAY_MS = 600
NO_SELECTION = "Select a sentence to review it"
NOTE_HINT = "Note — what was checked, with whom, links to evidence…"
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 10
_Index = QModelIndex | QPersistentModelIndex


class ReviewPanel(QWidget):
    """Verdict buttons (bound to the window's verdict actions) and a note box for the selection.

    Signals:
        note_edited(str): the note, once the user pauses typing (or on ``flush``).
    """

    note_edited = Signal(str)

    def __init__(self, verdict_actions: list[QAction], clear_action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = WrapLabel(NO_SELECTION)  # its warning line ("⚠ … said differently") is never cut
        self.title.setObjectName("groupTitle")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(NOTE_HINT)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(44)
        self.status = WrapLabel()
        self.status.setObjectName("legendText")
        self.buttons = [self._button(a) for a in verdict_actions] + [self._button(clear_action)]
        self._timer = QTimer(self, singleShot=True, interval=NOTE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.note_edited.emit(self.note.toPlainText()))
        self._setting = False
        self._layout()
        self.note.textChanged.connect(self._on_typed)
        self.show_claim(None, None, False)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        verdict = action.data()
        if verdict in verdicts.STYLES:  # the chosen verdict stands out in its own colour
            c = verdicts.color(verdict)
            button.setStyleSheet(
                f"QToolButton:checked {{ border: 1px solid {c.name()}; border-radius: 3px; font-weight: 600;"
                f" background: rgba({c.red()}, {c.green()}, {c.blue()}, 40); }}")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoRaise(False)
        return button

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(4)
        for n, button in enumerate(self.buttons):  # two abreast: the panels stay narrow enough for four columns
            grid.addWidget(button, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.status)

    def show_claim(self, title: str | None, annotation, editable: bool, met: list[str] | None = None) -> None:
        """Show the selected claim (``title`` None: nothing selected) and its annotation; ``met``: the different
        verdicts its sentences were given when reviewed apart, oldest first."""
        self.flush()
        self.title.setText(title or NO_SELECTION)
        self._setting = True
        self.note.setPlainText(annotation.note if annotation else "")
        self._setting = False
        self.note.setReadOnly(not editable or title is None)
        self.note.setEnabled(title is not None)
        status = self._status(annotation, editable, title is not None)
        if met:
            said = ", then ".join(verdicts.label(v) for v in met)
            status = f"⚠ Reviewed apart as {said}: the newest verdict shows, every note is kept. " + status
        self.status.setText(status)
        self.status.setVisible(bool(status))

    @staticmethod
    def _status(annotation, editable: bool, selected: bool) -> str:
        if selected and not editable:
            return "Read-only session: save a copy to review"
        if annotation is None or not annotation.updated:
            return ""
        return f"{verdicts.label(annotation.verdict)} · saved {local_time(annotation.updated)}"

    def _on_typed(self) -> None:
        if not self._setting:
            self._timer.start()

    def flush(self) -> None:
        """Send a pending note edit now (before the selection changes or the window closes)."""
        if self._timer.isActive():
            self._timer.stop()
            self.note_edited.emit(self.note.toPlainText())


def local_time(stamp: str) -> str:
    """"2024-03-14T09:26:53.589Z" → "14 Mar 10:26" in the user's time zone."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%d %b %H:%M")
    except ValueError:
        return stamp


class ClaimsModel(RowsModel):
    """Reviewed claims, optionally narrowed to one verdict ("" = notes without a verdict)."""

    headers = ("", "Claim", "Note", "Source")  # column 0: the verdict's icon (its name in the tooltip)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[Claim] = []
        self.rows: list[Claim] = []
        self.texts: dict = {}
        self.names: list[str] = []
        self.verdict: str | None = None  # None = every claim

    def set_claims(self, comparison: Comparison | None, claims: list[Claim]) -> None:
        self.all = claims if comparison is not None else []
        self.names = [source_label(comparison, s) for s in range(len(comparison.documents))] if comparison else []
        self.texts = {c.ref: " ".join(comparison.documents[c.ref[0]].sentence_text(c.ref[1]).split())
                      for c in self.all}
        self._refilter()

    def set_verdict_filter(self, verdict: str | None) -> None:
        self.verdict = verdict
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        wanted = self.verdict
        self.rows = [c for c in self.all if wanted is None or (c.annotation.verdict or "") == wanted]
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        claim = self.row_at(index)
        if claim is None:
            return None
        verdict = claim.annotation.verdict
        if role == SOURCE_ROLE:
            return claim.ref[0]
        if role == SENTENCE_ROLE:
            return claim.ref[1]
        if role == VERDICT_ROLE:
            return verdict
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and verdict:
            return verdicts.icon(verdict)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(claim)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(claim, index.column())
        return None

    def _text(self, claim: Claim, column: int) -> str:
        if column == 0:
            return "" if claim.annotation.verdict else "✎"
        if column == 1:
            return self.texts.get(claim.ref, "")
        if column == 2:
            return " ".join(claim.annotation.note.split())
        return self.names[claim.ref[0]] if claim.group is None else f"{self.names[claim.ref[0]]} and others"

    def _tooltip(self, claim: Claim) -> str:
        lines = [verdicts.label(claim.annotation.verdict), self.texts.get(claim.ref, "")]
        return "\n".join(lines + ([f"Note: {claim.annotation.note}"] if claim.annotation.note else []))


class ReviewedList(QWidget):
    """Every reviewed claim, filterable by verdict; click one to jump to it.

    Signals:
        jump_requested(int, int): (source, sentence).
    """

    jump_requested = Signal(int, int)

    def __init__(self, model: ClaimsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.filter_box = filter_box()
        self.filter_box.addItem("All reviewed claims", None)
        for v in VERDICTS:
            self.filter_box.addItem(verdicts.icon(v), verdicts.label(v), v)
        self.filter_box.addItem("Notes without a verdict", "")
        self.count = QLabel()
        self.count.setObjectName("legendText")
        self.table = self._make_table()
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter_box.currentIndexChanged.connect(lambda _i: model.set_verdict_filter(self.filter_box.currentData()))
        model.modelReset.connect(self._count)
        self.table.clicked.connect(self._jump)
        self.table.activated.connect(self._jump)
        self._count()

    def _make_table(self) -> QTableView:
        table = claim_table(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((30, 210, 150)):
            table.setColumnWidth(column, width)
        return table

    def _count(self) -> None:
        shown, total = len(self.model.rows), len(self.model.all)
        self.count.setText(f"{shown} of {total}" if shown != total else f"{total} reviewed")

    def _jump(self, index: QModelIndex) -> None:
        self.jump_requested.emit(index.data(SOURCE_ROLE), index.data(SENTENCE_ROLE))
