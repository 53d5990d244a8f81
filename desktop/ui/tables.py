"""What the side panels share (Only in, Reviewed claims, Coverage): the read-only, row-selecting table and the
filter box above it."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView


def claim_table(model: QAbstractItemModel, table: QTableView | None = None, *, grid: bool = False) -> QTableView:
    """A table over ``model``: whole rows selected one at a time, never edited, no wrapping, no row numbers; the
    arrows move inside it, Tab and Shift+Tab leave it for the next area (a keyboard user was held in the grid)."""
    table = table or QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(grid)
    table.setAlternatingRowColors(not grid)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    return table


def filter_box(shortest: int = 12) -> QComboBox:
    """A drop-down that may shrink to ``shortest`` characters (its list still shows whole items): sized to its
    longest item, one filter had held the side panels 395 pixels wide, and four columns no longer fit beside them."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(shortest)
    return box
