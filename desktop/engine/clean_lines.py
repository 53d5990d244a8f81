"""The non-blank lines of a text with their offsets: what the cleaner judges, one line at a time."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_UNSPACED_CHARS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    index: int  # among non-blank lines

    @cached_property
    def words(self) -> int:
        """Words split by spaces; in scripts written without spaces (Chinese, Japanese, Thai), about one word
        per two characters."""
        unspaced = len(_UNSPACED_CHARS.findall(self.text))
        return len(self.text.split()) + unspaced // 2


def lines_of(text: str) -> list[Line]:
    """Non-blank lines with their offsets, leading/trailing white space trimmed from the span."""
    out: list[Line] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        out.append(Line(start, start + len(stripped), stripped, len(out)))
    return out
