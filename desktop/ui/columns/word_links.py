"""Word links: while the pointer rests on a word of a grouped sentence, that word and what it matches in the
other columns light up (the engine's ``counterparts``: the same word, a number's value, a place in another
language, a word the meaning table pairs with it, the phrase that says it in another language, a conflicting
span). A click pins them: they stay lit while the reader scrolls the other columns to read them, until a click
elsewhere (another word pins that one instead). Not a widget: the workspace forwards the columns' pointer moves
and clicks here and the marks back to the columns.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.engine.model import Comparison


class WordLinks(QObject):
    """Signals:
        marks_changed(object, object): the group of the word under the pointer (None: nothing to light) and
            {source: [(start, end), ...]} in code-point offsets of each source's text.
        pinned_changed(str): a click pinned this word ("" when the pin is let go).
    """

    marks_changed = Signal(object, object)
    pinned_changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._feats: dict = {}  # sentence -> its features, for the sentences pointed at and their counterparts
        self._starts: dict[int, list[int]] = {}
        self._group_of: dict = {}
        self._last: tuple | None = None  # the marks a hover lit last (group, spans)
        self._pinned: tuple | None = None  # (group, spans) kept lit by a click

    def set_comparison(self, comparison: Comparison | None) -> None:
        """The comparison the columns show (None: sources not aligned yet, nothing to light)."""
        self._comparison, self._feats, self._starts, self._group_of = comparison, {}, {}, {}
        if comparison is not None:
            self._group_of = comparison.group_index()
        self.unpin()
        self._clear()

    def reset(self) -> None:
        """The columns were re-rendered and lost their marks: light again on the next move, or at once when a
        word is pinned."""
        self._last = None
        if self._pinned is not None:
            self.marks_changed.emit(*self._pinned)

    def hover(self, source: int, offset: int) -> None:
        """The pointer is at code-point ``offset`` of ``source`` (negative: it left the column)."""
        if self._pinned is not None:
            return  # a click keeps the pinned word lit
        marks = self._marks(source, offset)
        if marks == self._last:
            return
        self._last = marks
        self.marks_changed.emit(*(marks or (None, {})))

    def click(self, source: int, offset: int) -> None:
        """A click at code-point ``offset`` of ``source``: pin that word's counterparts, or unpin when the click
        is not on a word that has them (or on the word already pinned)."""
        marks = self._marks(source, offset)
        if marks is None or marks == self._pinned:
            self.unpin()
            return
        self._pinned, self._last = marks, None
        self.marks_changed.emit(*marks)
        text = self._comparison.documents[source].text
        self.pinned_changed.emit(next((text[a:b] for a, b in marks[1][source] if a <= offset < b), ""))

    def unpin(self) -> None:
        """Let the marks follow the pointer again."""
        if self._pinned is not None:
            self._pinned = None
            self._last = None
            self.marks_changed.emit(None, {})
            self.pinned_changed.emit("")

    def _marks(self, source: int, offset: int) -> tuple[int | None, dict] | None:
        """(group, {source: [(start, end), ...]}) for the word at ``offset``; None off a word with counterparts."""
        found = self._lookup(source, offset) if offset >= 0 and self._comparison is not None else None
        if found is None:
            return None
        spans: dict[int, list[tuple[int, int]]] = {}
        for s, start, end in (found.word, *found.matches):
            spans.setdefault(s, []).append((start, end))
        return self._group_of.get((source, self._sentence(source, offset))), spans

    def _lookup(self, source: int, offset: int):
        from desktop.engine.counterparts import counterparts

        if not 0 <= source < len(self._comparison.documents):
            return None
        return counterparts(self._comparison, self._feature, self._group_of, source, offset, self._starts_of(source))

    def _feature(self, ref):
        """One sentence's features, computed when first pointed at (a few sentences, not whole reports)."""
        from desktop.engine.features import features

        if ref not in self._feats:
            doc = self._comparison.documents[ref[0]]
            self._feats[ref] = features(doc.sentence_text(ref[1]), doc.language)
        return self._feats[ref]

    def _starts_of(self, source: int) -> list[int]:
        if source not in self._starts:
            self._starts[source] = [s.start for s in self._comparison.documents[source].sentences]
        return self._starts[source]

    def _sentence(self, source: int, offset: int) -> int | None:
        from desktop.engine.counterparts import sentence_at

        return sentence_at(self._comparison, source, offset, self._starts_of(source))

    def _clear(self) -> None:
        if self._last is not None:
            self._last = None
            self.marks_changed.emit(None, {})
