"""Word links: while the pointer rests on a word of a grouped sentence, that word and what it matches in the
other columns light up (the engine's ``counterparts``: the same word, a number's value, a place in another
language, a word the meaning table pairs with it, a conflicting span). Not a widget: the workspace forwards
the columns' pointer moves here and the marks back to the columns.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.engine.model import Comparison


class WordLinks(QObject):
    """Signals:
        marks_changed(object, object): the group of the word under the pointer (None: nothing to light) and
            {source: [(start, end), ...]} in code-point offsets of each source's text.
    """

    marks_changed = Signal(object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._feats: dict = {}  # sentence -> its features, for the sentences pointed at and their counterparts
        self._starts: dict[int, list[int]] = {}
        self._group_of: dict = {}
        self._last: tuple | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        """The comparison the columns show (None: sources not aligned yet, nothing to light)."""
        self._comparison, self._feats, self._starts, self._group_of = comparison, {}, {}, {}
        if comparison is not None:
            self._group_of = comparison.group_index()
        self._clear()

    def reset(self) -> None:
        """The columns were re-rendered and lost their marks: light again on the next move."""
        self._last = None

    def hover(self, source: int, offset: int) -> None:
        """The pointer is at code-point ``offset`` of ``source`` (negative: it left the column)."""
        found = self._lookup(source, offset) if offset >= 0 and self._comparison is not None else None
        key = None if found is None else (found.word, found.matches)
        if key == self._last:
            return
        self._last = key
        if found is None:
            self.marks_changed.emit(None, {})
            return
        spans: dict[int, list[tuple[int, int]]] = {}
        for s, start, end in (found.word, *found.matches):
            spans.setdefault(s, []).append((start, end))
        self.marks_changed.emit(self._group_of.get((source, self._sentence(source, offset))), spans)

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
