"""Engine offsets (code points) ↔ Qt document positions (UTF-16 units).

The engine indexes ``str`` by code point; ``QTextDocument`` counts UTF-16 code units, so every
character outside the Basic Multilingual Plane (emoji, some CJK) takes two positions in Qt.
The document builder may also drop or fold text (collapsed boilerplate, blank lines), so the map
is piecewise: one ``(source offset, document position)`` pair per inserted run.
"""
from __future__ import annotations

from bisect import bisect_right


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Qt calls positions)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def to_utf16(text: str, offset: int) -> int:
    """The Qt position of code-point ``offset`` in ``text``."""
    return utf16_len(text[:offset])


def from_utf16(text: str, position: int) -> int:
    """The code-point offset of Qt ``position`` in ``text`` (a position inside a pair rounds down)."""
    units = 0
    for i, ch in enumerate(text):
        step = 2 if ord(ch) > 0xFFFF else 1
        if units + step > position:
            return i
        units += step
    return len(text)


class PositionMap:
    """Maps source code-point offsets to document positions, run by run.

    ``add_run(src_start, src_end, doc_start, shown)`` records that ``text[src_start:src_end]``
    starts at ``doc_start``; a run that is not shown (folded away) maps all its offsets to
    ``doc_start``."""

    def __init__(self, text: str):
        self._text = text
        self._src: list[int] = []
        self._runs: list[tuple[int, int, int, bool]] = []

    def add_run(self, src_start: int, src_end: int, doc_start: int, shown: bool = True) -> None:
        self._src.append(src_start)
        self._runs.append((src_start, src_end, doc_start, shown))

    def to_doc(self, offset: int) -> int:
        i = max(0, bisect_right(self._src, offset) - 1)
        if not self._runs:
            return 0
        start, end, doc, shown = self._runs[i]
        if not shown:
            return doc
        return doc + utf16_len(self._text[start : min(offset, end)])

    def to_source(self, position: int) -> int:
        """The code-point offset shown at document ``position`` (best effort for folded text)."""
        best = 0
        for start, end, doc, shown in self._runs:
            if doc > position:
                break
            best = start + from_utf16(self._text[start:end], position - doc) if shown else start
        return best
