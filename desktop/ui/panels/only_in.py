"""The "Only in …" panel: every single-sourced sentence and unique detail, filtered by source and kind.

It reads from the item models in ``desktop/ui/models.py`` and computes nothing about the alignment.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE, TO_CHECK, OnlyInFilter, OnlyInModel
from desktop.ui.tables import claim_table, filter_box


class OnlyInPanel(QWidget):
    """Filterable list of single-sourced sentences and unique details; click one to jump to it. The "Near"
    column gives the score of the nearest unlinked sentence elsewhere, where one comes near.

    Signals:
        jump_requested(int, int): (source, sentence).
    """

    jump_requested = Signal(int, int)

    def __init__(self, model: OnlyInModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = OnlyInFilter(self)
        self.proxy.setSourceModel(model)
        self.source_box = filter_box()
        self.kind_box = filter_box()
        for label, kind in (("Sentences and details", None), ("Sentences", "sentence"), ("Details", "detail"),
                            ("Sentences to check (near one elsewhere)", TO_CHECK)):
            self.kind_box.addItem(label, kind)
        self.table = self._make_table()
        filters = QHBoxLayout()
        filters.addWidget(self.source_box, 1)
        filters.addWidget(self.kind_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.source_box.currentIndexChanged.connect(self._apply_filter)
        self.kind_box.currentIndexChanged.connect(self._apply_filter)
        model.modelReset.connect(self._refill_sources)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self._refill_sources()

    def _make_table(self) -> QTableView:
        table = claim_table(self.proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        table.setColumnWidth(0, 84)  # the text keeps most of a 330-pixel panel; a long name is elided (its tooltip)
        return table

    def _refill_sources(self) -> None:
        current = self.source_box.currentData()
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem("All sources", None)
        for s, name in enumerate(self.model.names):
            self.source_box.addItem(f"Only in {name}", s)
        index = self.source_box.findData(current)
        self.source_box.setCurrentIndex(max(0, index))
        self.source_box.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        source = self.source_box.currentData()
        self.proxy.set_filter(source, self.kind_box.currentData())
        self.table.setColumnHidden(0, source is not None)  # one source: its name on every row says nothing
        self.table.setColumnHidden(3, self.kind_box.currentData() == "detail")  # a detail has no nearest sentence

    def _on_clicked(self, index: QModelIndex) -> None:
        self.jump_requested.emit(index.data(SOURCE_ROLE), index.data(SENTENCE_ROLE))

