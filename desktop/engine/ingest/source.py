"""The last step of every reader: normalise the text, refuse empty or oversized text, name the source."""
from __future__ import annotations

import os

from desktop.engine.model import Source, SynopticError

from .limits import check_chars
from .text import normalise_newlines, strip_bom


def make_source(
    text: str,
    *,
    kind: str,
    max_chars: int,
    path: str | None = None,
    name: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    meta: dict | None = None,
    blank: str = "file contains only whitespace",
) -> Source:
    """A Source whose text differs from ``text`` only by a dropped BOM and \\n line endings."""
    text = normalise_newlines(strip_bom(text))
    if not text.strip():
        raise SynopticError(blank, path=path)
    check_chars(len(text), max_chars, path)
    title = " ".join((title or "").split()) or None
    name = title or name or (os.path.basename(path) if path else "Untitled")
    return Source(name=name, text=text, path=path, title=title, kind=kind, encoding=encoding, meta=dict(meta or {}))
