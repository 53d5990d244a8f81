"""The read-only, row-selecting table the side panels share (Only in, Reviewed claims, Coverage)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def claim_table(model: QAbstractItemModel, table: QTableView | None = None, *, grid: bool = False) -> QTableView:
    """A table over ``model``: whole rows selected one at a time, never edited, no wrapping, no row numbers."""
    table = table or QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(grid)
    table.setAlternatingRowColors(not grid)
    table.verticalHeader().hide()
    return table
