"""The versions panel: the selected group's versions side by side, who says each, and its near misses.

It reads from the item models in ``desktop/ui/models.py`` and computes nothing about the alignment.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop.engine.model import ANONYMOUS_ONLY, NO_SOURCE, Detail
from desktop.engine.near_misses import MAYBE
from desktop.ui import highlight
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE, GroupModel, NearMissModel, sourcing_text, tie_text
from desktop.ui.palette import Theme
from desktop.ui.tables import claim_table
from desktop.ui.wrap_label import WrapLabel

PLACEHOLDER = "Click a sentence to compare how each source words it."
NEAR_ROWS_SHOWN = 3  # more scroll
SENTENCE_LINK = "sentence:"  # "sentence:1:7": the who-says-it line of source 1's sentence 7


def sentence_link(source: int, sentence: int) -> str:
    return f"{SENTENCE_LINK}{source}:{sentence}"


def parse_sentence_link(url: str) -> tuple[int, int] | None:
    if not url.startswith(SENTENCE_LINK):
        return None
    try:
        source, sentence = url[len(SENTENCE_LINK):].split(":")
        return int(source), int(sentence)
    except ValueError:
        return None


class GroupPanel(QWidget):
    """Shows each source's version of the selected sentence, with its details marked, and below them the
    closest sentences the aligner did not link (from the sources the group lacks), to link by hand.

    Signals:
        jump_requested(int, int): the user wants to see (source, sentence) in its column.
        link_requested(int, int): the user wants (source, sentence) linked with the selected sentence.
    """

    jump_requested = Signal(int, int)
    link_requested = Signal(int, int)

    def __init__(self, model: GroupModel, theme: Theme, font: QFont, parent: QWidget | None = None):
        super().__init__(parent)
        self.model, self.theme = model, theme
        self.facts_only = False  # mark names, numbers, dates, quotes and attributions only, as the columns do
        self.title = WrapLabel(PLACEHOLDER)
        self.title.setObjectName("groupTitle")
        self.view = QTextBrowser()  # read-only; its who-says-it lines are links to their sentence
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.setFrameShape(QTextEdit.Shape.NoFrame)
        self.view.anchorClicked.connect(self._on_link)
        prose = QFont(font)
        prose.setPointSizeF(font.pointSizeF() * 0.95)
        self.view.document().setDefaultFont(prose)
        self.view.document().setDocumentMargin(8)
        self.view.setMinimumHeight(3 * self.view.fontMetrics().lineSpacing())  # a short window gives the grid rows
        self.near = NearMissBox(model.near_misses)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.near)
        model.modelReset.connect(self.render)
        self.near.link_requested.connect(self.link_requested)

    def _on_link(self, url: QUrl) -> None:
        ref = parse_sentence_link(url.toString())
        if ref is not None:
            self.jump_requested.emit(*ref)

    def set_facts_only(self, facts_only: bool) -> None:
        self.facts_only = facts_only
        self.render()

    def render(self) -> None:
        self.view.clear()
        if not self.model.rows:
            self.title.setText(PLACEHOLDER)
            return
        self.title.setText(self._title())
        cursor = QTextCursor(self.view.document())
        warning = self._sourcing_warning()
        if warning:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(warning, fmt)
        for n, row in enumerate(self.model.rows):
            self._render_row(cursor, n + bool(warning), row)

    def _sourcing_warning(self) -> str:
        """The claim's sourcing flag in words, for a group ("" when every version is sourced alike)."""
        if self.model.group is None:
            return ""
        parts = []
        if self.model.flag == ANONYMOUS_ONLY:
            parts.append("⚠ Anonymous sources only: no version names its source.")
        elif self.model.flag == NO_SOURCE and any(row.sourcing for row in self.model.rows):
            parts.append("⚠ No stated source for what the versions share: a source named below speaks of what only "
                         "its version says.")
        elif self.model.flag == NO_SOURCE:
            parts.append("⚠ No stated source in any version.")
        if self.model.differs:
            parts.append("⚠ Attributed differently: the versions rest on different sources.")
        if self.model.echoes:
            count = len({r.source for r in self.model.rows})
            among = "The" if self.model.echoes == count else f"{self.model.echoes} of the {count}"
            parts.append(f"⚠ {among} versions are word for word the same: maybe one wire story, not independent "
                         "sources.")
        return " ".join(parts)

    def _title(self) -> str:
        if self.model.group is None:
            only = f"Only in {self.model.names[self.model.rows[0].source]}"
            close, unlinked = self.model.close, self.model.unlinked
            if unlinked is not None and (close is None or unlinked.score >= close.score):
                return (f"{only} — unlinked by you: the aligner scored it {unlinked.score:.2f} with a sentence of "
                        f"{self.model.names[unlinked.b[0]]}.")
            if close is None:
                return f"{only} — no sentence of another source scores {MAYBE:.2f} or more against it."
            return (f"{only} — not linked; its nearest sentence elsewhere, in {self.model.names[close.b[0]]}, scores "
                    f"{close.score:.2f}: read it below before calling this single-sourced.")
        count = len({r.source for r in self.model.rows})
        if self.model.manual:
            return f"Said by {count} sources · linked by hand"
        return f"Said by {count} sources · match score {self.model.score:.2f}"

    def _render_row(self, cursor: QTextCursor, n: int, row) -> None:
        self._render_heading(cursor, n, row)
        self._render_text(cursor, row)

    def _render_heading(self, cursor: QTextCursor, n: int, row) -> None:
        """The version's source name, its "who says it" link and how it is tied to the selected sentence (``tie_text``:
        its score with it, or a warning when it joined the claim through another version)."""
        block = QTextBlockFormat()
        block.setTopMargin(0 if n == 0 else 12)
        if n:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        name = QTextCharFormat()
        name.setFontWeight(QFont.Weight.Bold)
        name.setFontFamilies([self.font().family()])
        name.setFontPointSize(self.font().pointSizeF() * 0.92)
        if self.model.group is not None:
            name.setForeground(self.theme.group_strong(self.model.group).darker(150 if not self.theme.dark else 70))
        cursor.insertText(self.model.names[row.source], name)
        who = QTextCharFormat()  # a link: clicking (or Tab then Enter) selects this version's sentence
        who.setFontPointSize(self.font().pointSizeF() * 0.88)
        who.setFontItalic(True)
        cursor.insertText("  · ", who)
        who.setAnchor(True)
        who.setAnchorHref(sentence_link(row.source, row.sentence))
        who.setFontUnderline(True)
        who.setForeground(self.palette().link())
        who.setToolTip(f"Show this sentence in {self.model.names[row.source]}")
        cursor.insertText(f"who says it: {sourcing_text(row)}", who)
        tie = tie_text(row, self.model.selected)
        if tie:
            fmt = QTextCharFormat()
            fmt.setFontPointSize(self.font().pointSizeF() * 0.88)
            fmt.setForeground(self.theme.unique_fg if tie.startswith("⚠") else self.theme.muted)
            cursor.insertText(f"  · {tie}", fmt)

    def _render_text(self, cursor: QTextCursor, row) -> None:
        """The version's text, its details marked (facts only when ``facts_only``)."""
        text_block = QTextBlockFormat()
        text_block.setLineHeight(130, 1)  # 1 = ProportionalHeight
        text_block.setTopMargin(2)
        cursor.insertBlock(text_block)
        spans = [Detail(0, 0, s, e, kind, typ) for s, e, kind, typ in row.spans]
        spans = [d for d in spans if d.is_fact or not self.facts_only]
        cuts = sorted({0, len(row.text)} | {p for d in spans for p in (d.start, d.end)})
        for a, b in zip(cuts, cuts[1:]):
            fmt = QTextCharFormat()
            for d in spans:
                if d.start <= a < d.end:
                    fmt.merge(highlight.detail_format(self.theme, d))
            cursor.insertText(row.text[a:b], fmt)


class NearMissBox(QWidget):
    """"Not linked: closest in other sources" — a short table and a Link button; hidden when there is none.

    Signals:
        link_requested(int, int): link (source, sentence) with the selected sentence (the button, a
            double-click or Enter on a row).
    """

    link_requested = Signal(int, int)

    def __init__(self, model: NearMissModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.caption = WrapLabel("Not linked, closest elsewhere:")
        self.caption.setToolTip("The sentences of the sources this claim lacks that come closest to it, which the "
                                "aligner did not link; point at a row to see why")
        self.table = claim_table(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.link_button = QPushButton("Link")
        self.link_button.setToolTip("Link the highlighted row's sentence with the selected one (Ctrl+L does the same "
                                    "for a Ctrl+clicked sentence)")
        self.link_button.setAccessibleName("Link with the selected sentence")
        top = QHBoxLayout()  # the button beside the caption: one line less under the versions
        top.addWidget(self.caption, 1)
        top.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        model.modelReset.connect(self._refresh)
        self.table.activated.connect(lambda index: self.link_requested.emit(*self._ref(index)))
        self.link_button.clicked.connect(self._link_current)
        self._refresh()

    def _ref(self, index: QModelIndex) -> tuple[int, int]:
        return index.data(SOURCE_ROLE), index.data(SENTENCE_ROLE)

    def _refresh(self) -> None:
        self.setVisible(bool(self.model.rows))
        rows = min(NEAR_ROWS_SHOWN, max(1, len(self.model.rows)))  # as tall as its rows: no blank under one row,
        table = self.table
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + rows * table.verticalHeader().defaultSectionSize())  # never squeezed to half a row
        if self.model.rows:
            self.table.selectRow(0)

    def _link_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.link_requested.emit(*self._ref(index))
