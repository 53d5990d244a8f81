"""Hovering a word lights what it matches in the other columns, across languages too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare
from desktop.ui.columns.document_builder import BuildStyle
from desktop.ui.columns.workspace import Workspace
from desktop.ui.palette import current_theme
from test_meanings import TRAM_EN, TRAM_FR


@pytest.fixture
def workspace(qtbot):
    ws = Workspace(current_theme(), BuildStyle(current_theme(), QFont()))
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    ws.show_comparison(compare([from_text(TRAM_EN, "EN"), from_text(TRAM_FR, "FR")]))
    return ws


def hover(ws, source: int, word: str) -> None:
    """Move the pointer (no button held) onto the middle of ``word`` in column ``source``."""
    view = ws.views()[source]
    text = ws.comparison.documents[source].source.text
    pos = view.built.positions.to_doc(text.index(word) + len(word) // 2)
    cursor = view.textCursor()
    cursor.setPosition(pos)
    point = QPointF(view.cursorRect(cursor).center())
    event = QMouseEvent(QEvent.Type.MouseMove, point, point, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def lit(view) -> list[str]:
    return [sel.cursor.selectedText() for sel in view.extraSelections() if sel.format.fontUnderline()]


def test_hovering_an_english_word_lights_its_french_counterpart(workspace):
    en, fr = workspace.views()
    hover(workspace, 0, "council")
    assert lit(en) == ["council"] and lit(fr) == ["conseil"]
    hover(workspace, 0, "network")
    assert lit(fr) == ["réseau"]
    hover(workspace, 1, "billets")
    assert lit(en) == ["Tickets"]


def test_leaving_the_column_or_a_small_word_lights_nothing(workspace):
    en, fr = workspace.views()
    hover(workspace, 0, "council")
    assert lit(fr)
    QApplication.sendEvent(en, QEvent(QEvent.Type.Leave))
    assert lit(en) == [] and lit(fr) == []
    hover(workspace, 0, " the ")
    assert lit(fr) == []


def test_the_same_word_lights_again_after_the_columns_are_rendered_anew(workspace):
    en, fr = workspace.views()
    hover(workspace, 0, "council")
    workspace.rebuild()  # a zoom or a view option renders the columns again, without marks
    hover(workspace, 0, "council")
    assert lit(fr) == ["conseil"]


def click(ws, source: int, word: str) -> None:
    """Click (press and release, no drag) in the middle of ``word`` in column ``source``."""
    view = ws.views()[source]
    text = ws.comparison.documents[source].source.text
    cursor = view.textCursor()
    cursor.setPosition(view.built.positions.to_doc(text.index(word) + len(word) // 2))
    point = QPointF(view.cursorRect(cursor).center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, point, point, Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)


def test_a_click_keeps_a_words_counterparts_lit_until_a_click_elsewhere(workspace):
    en, fr = workspace.views()
    pinned = []
    workspace.word_links.pinned_changed.connect(pinned.append)  # the window says what is pinned
    click(workspace, 0, "council")
    assert pinned == ["council"]
    assert lit(fr) == ["conseil"]
    hover(workspace, 0, "network")  # the reader moves on to read the other column: the pinned word stays lit
    QApplication.sendEvent(en, QEvent(QEvent.Type.Leave))
    assert lit(en) == ["council"] and lit(fr) == ["conseil"]
    workspace.rebuild()  # a zoom renders the columns anew: the pinned marks come back at once
    assert lit(fr) == ["conseil"]
    click(workspace, 0, "network")  # another word: it is pinned instead
    assert lit(fr) == ["réseau"]
    click(workspace, 0, " the ")  # a small word has no counterparts: the pin is released
    assert lit(fr) == [] and pinned == ["council", "network", ""]
    hover(workspace, 1, "billets")  # and the marks follow the pointer again
    assert lit(en) == ["Tickets"]


def test_escape_lets_go_of_a_pinned_word(workspace, qtbot):
    en, fr = workspace.views()
    click(workspace, 0, "council")
    assert lit(fr) == ["conseil"]
    qtbot.keyClick(en, Qt.Key.Key_Escape)
    assert lit(fr) == []
    hover(workspace, 0, "network")  # the marks follow the pointer again
    assert lit(fr) == ["réseau"]


def test_hovering_an_english_word_lights_the_synonym_the_other_report_uses(qtbot):
    """"abduct" / "kidnapped": the sentence model reads them apart, WordNet as one (meanings.vouch)."""
    ws = Workspace(current_theme(), BuildStyle(current_theme(), QFont()))
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    ws.show_comparison(compare([
        from_text("Gunmen abduct seven foreign aid workers in northern Nigeria, police said on Sunday.", "A"),
        from_text("Seven foreign aid workers kidnapped by gunmen in northern Nigeria, police said on Sunday.", "B")]))
    a, b = ws.views()
    hover(ws, 0, "abduct")
    assert lit(a) == ["abduct"] and lit(b) == ["kidnapped"]
