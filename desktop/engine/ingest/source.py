"""The last step of every reader: normalise the text, refuse empty or oversized text, name the source."""
from __future__ import annotations

import os
import re

from desktop.engine.features import wire_tag_end
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
    title = without_wire_tag(" ".join((title or "").split())) or None
    name = name or title or (os.path.basename(path) if path else "Untitled")
    return Source(name=name, text=text, path=path, title=title, kind=kind, encoding=encoding, meta=dict(meta or {}))


def without_wire_tag(title: str) -> str:
    """The headline without the wire's version tags ("UPDATE 2-Hurricane Orlena slams …" → "Hurricane Orlena
    slams …"; ``features.wire_tag_end``: only the tags wires use, "US-China talks resume" keeps its "US-")."""
    end = wire_tag_end(title)
    return title[end:].lstrip() if 0 < end < len(title) else title


_HEADLINE_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?]\s+\S")  # a line holding two sentences is not a headline


def text_title(text: str, lines_kept: bool = False) -> str | None:
    """A pasted page's or a plain text's title: the headline under the page furniture, else the first line
    (``lines_kept``: a PDF's text, whose lines wrapped by the layout are joined, so a line alone is its own)."""
    from desktop.engine.clean import page_headline

    return page_headline(normalise_newlines(strip_bom(text))) or first_line_title(text, lines_kept)


def first_line_title(text: str, lines_kept: bool = False) -> str | None:
    """A plain text's title: its first line, when it stands alone (a blank line or the end after it, or any line
    end with ``lines_kept``) and reads as a headline (one sentence of at most 30 words, no final full stop); a
    Markdown heading's marks are dropped."""
    lines = normalise_newlines(strip_bom(text)).lstrip().split("\n", 2)
    first = lines[0].strip().lstrip("#").strip()
    alone = lines_kept or len(lines) == 1 or not lines[1].strip()
    if not first or not alone or len(first.split()) > _HEADLINE_WORDS or first[-1] in ".!?:;,-–—":
        return None
    return None if _SENTENCE_END.search(first) else first
