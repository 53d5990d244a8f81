"""Turns one engine ``Document`` (plus the comparison's groups and details) into a QTextDocument.

Report text is inserted as plain text with ``QTextCursor.insertText`` — never parsed as HTML.
Blank lines between paragraphs become block spacing; removed boilerplate is greyed and small, or
left out entirely when collapsed. A ``PositionMap`` records where each source offset landed.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from desktop.engine.model import Comparison, Detail, Document
from desktop.ui import highlight
from desktop.ui.columns.offsets import PositionMap
from desktop.ui.palette import Theme

NEWLINES = re.compile(r"\n+")
HEADLINE_MAX = 220  # a first paragraph shorter than this is shown as the headline


@dataclass
class BuiltColumn:
    """A rendered column: the document and where each sentence sits in it (Qt positions)."""

    document: QTextDocument
    positions: PositionMap
    sentence_ranges: list[tuple[int, int]] = field(default_factory=list)
    sentence_groups: list[int | None] = field(default_factory=list)
    near_elsewhere: frozenset[int] = frozenset()  # single-sourced sentences a sentence elsewhere comes near
    labels: frozenset[int] = frozenset()  # section labels ("Key figures"): headings, no claim, no marker

    def sentence_at(self, position: int) -> int | None:
        """The sentence shown at document ``position`` (None between sentences)."""
        starts = [start for start, _ in self.sentence_ranges]  # cheap next to a mouse click
        i = bisect_right(starts, position) - 1
        if i >= 0 and position <= self.sentence_ranges[i][1]:
            return i
        return None


@dataclass(frozen=True)
class BuildStyle:
    theme: Theme
    font: QFont
    collapse_removed: bool = False
    facts_only: bool = False  # mark only names, numbers, dates, quotes and attributions, not wording


def build_column(comparison: Comparison, source: int, style: BuildStyle) -> BuiltColumn:
    doc = comparison.documents[source]
    qdoc = QTextDocument()
    qdoc.setDefaultFont(style.font)
    qdoc.setDocumentMargin(14)
    root = qdoc.rootFrame().frameFormat()
    root.setLeftMargin(12)  # room for the gutter markers the view paints
    qdoc.rootFrame().setFrameFormat(root)
    positions = PositionMap(doc.text)
    writer = _Writer(qdoc, positions, _Formats(comparison, source, doc, style))
    writer.write(doc.text)
    groups = comparison.group_index()
    labels = frozenset(i for i in comparison.labels.get(source, ()) if comparison.is_label(source, i))
    built = BuiltColumn(qdoc, positions, near_elsewhere=frozenset(i for s, i in comparison.elsewhere if s == source),
                        labels=labels)
    for i, s in enumerate(doc.sentences):
        built.sentence_ranges.append((positions.to_doc(s.start), positions.to_doc(s.end)))
        built.sentence_groups.append(groups.get((source, i)))
    return built


class _Formats:
    """Answers "which format does the text at this offset get?" for one source."""

    def __init__(self, comparison: Comparison, source: int, doc: Document, style: BuildStyle):
        self.style = style
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.groups = comparison.group_index()
        self.source = source
        self.labels = comparison.labels.get(source, frozenset())
        self.details: list[Detail] = [d for d in comparison.details
                                      if d.source == source and (d.is_fact or not style.facts_only)]
        self.by_sentence: dict[int, list[Detail]] = {}
        for d in self.details:
            self.by_sentence.setdefault(d.sentence, []).append(d)
        self.removed = sorted(doc.removed, key=lambda r: r.start)
        self.removed_starts = [r.start for r in self.removed]
        point = style.font.pointSizeF()
        self.removed_fmt = highlight.removed_format(style.theme, point)
        self.headline_fmt = highlight.headline_format(point)
        first = doc.text.lstrip("\n").split("\n", 1)[0]
        self.headline_end = (len(doc.text) - len(doc.text.lstrip("\n")) + len(first)
                             if 0 < len(first.strip()) <= HEADLINE_MAX else 0)

    def boundaries(self) -> set[int]:
        points = {0, len(self.doc.text), self.headline_end}
        for s in self.doc.sentences:
            points.update((s.start, s.end))
        for d in self.details:
            points.update((d.start, d.end))
        for r in self.removed:
            points.update((r.start, r.end))
        return points

    def is_removed(self, offset: int) -> bool:
        i = bisect_right(self.removed_starts, offset) - 1
        return i >= 0 and offset < self.removed[i].end

    def format_at(self, offset: int) -> QTextCharFormat:
        if self.is_removed(offset):
            return QTextCharFormat(self.removed_fmt)
        fmt = QTextCharFormat()
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.doc.sentences[i].end:
            group = self.groups.get((self.source, i))
            theme = self.style.theme
            if group is not None:
                fmt = highlight.shared_format(theme, group)
            else:
                fmt = highlight.label_format() if i in self.labels else highlight.single_format(theme)
            for d in self.by_sentence.get(i, ()):
                if d.start <= offset < d.end:
                    fmt.merge(highlight.detail_format(theme, d))
        if offset < self.headline_end:
            fmt.merge(self.headline_fmt)
        return fmt


class _Writer:
    """Inserts the text run by run, recording each run's position."""

    def __init__(self, qdoc: QTextDocument, positions: PositionMap, formats: _Formats):
        self.cursor = QTextCursor(qdoc)
        self.positions = positions
        self.formats = formats
        self.block_format = QTextBlockFormat()
        self.block_format.setLineHeight(140, 1)  # 1 = ProportionalHeight: 140 % line spacing
        self.block_format.setBottomMargin(formats.style.font.pointSizeF() * 0.9)
        self.cursor.setBlockFormat(self.block_format)

    def write(self, text: str) -> None:
        cuts = sorted(self.formats.boundaries() | {m.start() for m in NEWLINES.finditer(text)}
                      | {m.end() for m in NEWLINES.finditer(text)})
        for start, end in zip(cuts, cuts[1:]):
            if start < end:
                self._write_run(text, start, end)

    def _write_run(self, text: str, start: int, end: int) -> None:
        if text[start] == "\n":
            self.positions.add_run(start, end, self.cursor.position(), shown=False)
            self._break_block()
            return
        if self.formats.style.collapse_removed and self.formats.is_removed(start):
            self.positions.add_run(start, end, self.cursor.position(), shown=False)
            return
        self.positions.add_run(start, end, self.cursor.position())
        self.cursor.insertText(text[start:end], self.formats.format_at(start))

    def _break_block(self) -> None:
        if self.cursor.block().length() > 1:  # never leave an empty paragraph behind
            self.cursor.insertBlock(self.block_format, QTextCharFormat())
