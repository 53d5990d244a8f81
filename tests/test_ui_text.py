"""Offsets at the Qt boundary, building column documents, and the scroll-sync arithmetic."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextCursor

from desktop.engine.model import Comparison, Detail, Document, Group, Link, Sentence, Source
from desktop.ui.columns.document_builder import BuildStyle, build_column
from desktop.ui.columns.offsets import from_utf16, to_utf16, utf16_len
from desktop.ui.palette import current_theme
from desktop.ui.columns.sync_scroll import Anchor, sync_fraction, target_y

EMOJI_TEXT = "Le 🚀 décolle 😀.\n\nLa fusée 🛰 est partie."


def test_utf16_conversion_outside_the_bmp():
    assert utf16_len("a😀b") == 4
    assert to_utf16("a😀b", 2) == 3
    assert from_utf16("a😀b", 3) == 2
    assert from_utf16("a😀b", 2) == 1  # inside the surrogate pair: the emoji itself
    text = EMOJI_TEXT
    for offset in range(len(text) + 1):
        assert from_utf16(text, to_utf16(text, offset)) == offset


def emoji_comparison() -> Comparison:
    text = EMOJI_TEXT
    second = text.index("La fusée")
    sentences = [Sentence(0, text.index("\n")), Sentence(second, len(text), 1)]
    other = Source("b.txt", "La fusée 🛰 est partie.")
    docs = [Document(Source("a.txt", text), "fr", sentences, []),
            Document(other, "fr", [Sentence(0, len(other.text))], [])]
    detail_start = text.index("🛰")
    return Comparison(docs, [Group([(0, 1), (1, 0)], 0.9, [Link((0, 1), (1, 0), 0.9)])],
                      [Detail(0, 1, detail_start, detail_start + 1, "unique", "text")])


def test_sentences_after_emoji_land_where_qt_shows_them(qapp):
    comparison = emoji_comparison()
    built = build_column(comparison, 0, BuildStyle(current_theme(), QFont()))
    for i in range(2):
        start, end = built.sentence_ranges[i]
        cursor = QTextCursor(built.document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == comparison.documents[0].sentence_text(i)
    assert built.sentence_groups == [None, 0]
    detail = built.positions.to_doc(comparison.details[0].start)
    cursor = QTextCursor(built.document)
    cursor.setPosition(detail)
    cursor.setPosition(detail + 2, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "🛰"
    assert cursor.charFormat().fontUnderline()  # the unique detail's underline sits on the emoji


def test_blank_lines_become_paragraph_spacing(qapp):
    built = build_column(emoji_comparison(), 0, BuildStyle(current_theme(), QFont()))
    assert built.document.blockCount() == 2


@pytest.mark.parametrize(("value", "maximum", "page", "expected"), [
    (0, 1000, 300, 0.0),  # at the top every column shows its top
    (50, 1000, 300, 50 / 300),
    (500, 1000, 300, 1 / 3),  # the middle: one third down
    (1000, 1000, 300, 1.0),  # at the bottom, the bottom
    (0, 0, 300, 0.0),
])
def test_sync_fraction(value, maximum, page, expected):
    assert sync_fraction(value, maximum, page) == pytest.approx(expected)


def test_target_inside_an_anchor_interpolates():
    anchors = [Anchor(100, 200, 500, 700)]
    assert target_y(anchors, 150) == pytest.approx(600)


def test_target_between_ordered_anchors_interpolates():
    anchors = [Anchor(0, 100, 0, 50), Anchor(300, 400, 250, 300)]
    assert target_y(anchors, 200) == pytest.approx(150)


def test_target_between_crossed_anchors_follows_the_nearest():
    anchors = [Anchor(0, 100, 900, 1000), Anchor(300, 400, 100, 200)]
    assert target_y(anchors, 120) == pytest.approx(1020)
    assert target_y(anchors, 290) == pytest.approx(90)
    assert target_y([], 10) is None


def test_ribbon_links_mark_groups_that_skip_a_column():
    from desktop.ui.columns.ribbon import ribbon_links

    docs = [Document(Source(n, "Une phrase."), "fr", [Sentence(0, 11)], []) for n in "abc"]
    skip = Group([(0, 0), (2, 0)], 0.7, [Link((0, 0), (2, 0), 0.7)])
    links01 = ribbon_links(Comparison(docs, [skip], []), 0, 1)
    links12 = ribbon_links(Comparison(docs, [skip], []), 1, 2)
    assert links01.pairs == [] and links01.left_far == [(0, 0)] and links01.right_far == []
    assert links12.pairs == [] and links12.right_far == [(0, 0)] and links12.left_far == []


def test_titles_and_tooltips_never_render_report_markup(qtbot):
    from PySide6.QtCore import Qt

    from desktop.ui.columns.column_pane import ElidedLabel

    label = ElidedLabel()
    qtbot.addWidget(label)
    label.set_full_text("<b>Breaking</b> <img src='http://x/y.png'> & more")
    assert label.toolTip() == "<p>&lt;b&gt;Breaking&lt;/b&gt; &lt;img src='http://x/y.png'&gt; &amp; more</p>"
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_error_dialogs_and_recent_files_show_file_names_as_typed(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    hostile = str(tmp_path / "<b>AFP</b> & co.txt")
    window.open_paths([hostile, str(tmp_path / "other.txt")])
    rendered = QTextDocument()
    rendered.setHtml(shown[0])
    assert "<b>AFP</b> & co.txt" in rendered.toPlainText()  # what the dialog displays is the name as typed
    window.recent.add([hostile, hostile + "2"])
    tip = window.recent.menu.actions()[0].toolTip()
    rendered.setHtml(tip)
    assert rendered.toPlainText().splitlines() == [hostile, hostile + "2"]


def test_a_single_sourced_sentence_near_one_elsewhere_is_marked_so_in_its_column(qapp):
    """'Only here?': the column knows which single-sourced sentences another source's unlinked sentence comes near
    (Comparison.elsewhere), and paints their bar broken; a grouped sentence is never one."""
    comparison = emoji_comparison()
    comparison.candidates = [Link((0, 0), (1, 0), 0.35)]  # B's sentence is in a group with A's second already
    from desktop.engine.near_misses import closest_elsewhere

    comparison.elsewhere = closest_elsewhere(comparison)
    assert build_column(comparison, 0, BuildStyle(current_theme(), QFont())).near_elsewhere == {0}
    assert build_column(comparison, 1, BuildStyle(current_theme(), QFont())).near_elsewhere == set()
