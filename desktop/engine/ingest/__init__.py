"""Ingest: read a report from a file (.txt/.md, .html, .docx, .pdf, .rtf) or a paste into a Source.

Every problem with the input becomes a SynopticError with a short message naming the file.
The readers of HTML (trafilatura), .docx, .pdf and .rtf (striprtf) are imported when a file of that kind is read, so
reading plain text (and starting the app) does not pay for them.
"""
from __future__ import annotations

import os

from desktop.engine.model import Source, SynopticError

from . import files, limits, text
from .limits import DEFAULT_MAX_CHARS
from .markdown_text import MARKDOWN_SUFFIXES, front_matter, markdown_headline, markdown_text, markdown_title
from .reflow import reflow_plain
from .source import make_source, text_title
from .text import looks_binary, normalise_newlines

__all__ = ["DEFAULT_MAX_CHARS", "from_text", "read_path"]

_BINARY = "no text found (binary file?)"


def read_path(path: str | os.PathLike, max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """Read the report at ``path``; raise SynopticError with a one-line reason if it cannot be used."""
    where = os.path.abspath(os.fspath(path))
    size = files.file_size(where)
    if size == 0:
        raise SynopticError("empty file", path=where)
    kind = files.kind_of(where)
    limits.check_bytes(size, kind, max_chars, where)
    if kind == "docx":
        from .docx_file import read_docx

        blocks, title, meta = read_docx(where)
        return _from_blocks(blocks, "docx", where, title, meta, max_chars)
    if kind == "pdf":
        from .pdf_file import read_pdf

        blocks, title, meta = read_pdf(where, max_chars)
        return _from_blocks(blocks, "pdf", where, title, meta, max_chars)
    return _read_markup_or_text(where, kind, max_chars)


def from_text(text: str, name: str = "Pasted text", max_chars: int = DEFAULT_MAX_CHARS) -> Source:
    """A Source for text pasted by the user (kind "paste"); refused when it holds no words (control characters,
    punctuation alone), as a file of that kind is."""
    if text.strip() and (looks_binary(text) or not any(ch.isalnum() for ch in text)):
        raise SynopticError("pasted text holds no words")
    plain = reflow_plain(normalise_newlines(text))
    return make_source(plain, kind="paste", name=name, title=text_title(plain), max_chars=max_chars,
                       blank="pasted text is empty")


def _read_markup_or_text(where: str, kind: str, max_chars: int) -> Source:
    data = files.read_bytes(where, limits.byte_limit(kind, max_chars))
    limits.check_bytes(len(data), kind, max_chars, where)
    declared = files.declared_charset(data) if kind == "html" else None
    if kind == "rtf":
        return _from_rtf(data, where, max_chars)
    decoded = text.decode(data, declared)
    if decoded is None:
        raise SynopticError(_BINARY, path=where)
    if kind == "html" or files.looks_like_html(decoded.text):
        return _from_html(decoded, where, max_chars)
    meta = {"replaced_bytes": decoded.replaced} if decoded.replaced else {}
    plain, title, markdown = normalise_newlines(decoded.text), None, where.lower().endswith(MARKDOWN_SUFFIXES)
    if markdown:  # its metadata block is no report text ("title: …", "date: 2022-03-14")
        front, plain = front_matter(plain)
        meta |= {k: v for k, v in front.items() if k != "title"}
    plain = reflow_plain(plain)
    if markdown:
        heading = markdown_headline(plain)
        meta |= {"heading": heading} if heading else {}  # the page's headline, whatever its shape (``clean``)
        title, plain = markdown_title(plain) or front.get("title"), markdown_text(plain)
    return make_source(plain, kind="text", path=where, name=os.path.basename(where),
                       title=title or text_title(plain), encoding=decoded.encoding, meta=meta, max_chars=max_chars)


def _from_rtf(data: bytes, where: str, max_chars: int) -> Source:
    from .rtf_file import read_rtf

    plain = reflow_plain(normalise_newlines(read_rtf(data, where)))
    return make_source(plain, kind="rtf", path=where, name=os.path.basename(where), title=text_title(plain),
                       max_chars=max_chars, blank="no text found in the document")


def _from_html(decoded: text.Decoded, where: str, max_chars: int) -> Source:
    from . import html_page

    page = html_page.extract(text.normalise_newlines(decoded.text))
    return make_source(
        page.text, kind="html", path=where, name=page.meta.get("outlet") or os.path.basename(where), title=page.title,
        encoding=decoded.encoding,
        meta=page.meta, max_chars=max_chars, blank="no text found in the page",
    )


def _from_blocks(blocks, kind, where, title, meta, max_chars) -> Source:
    """A .docx or .pdf document's text; its title from its properties, else for a PDF (a page printed from a
    browser, whose title field may name nothing) the headline it prints large, or the one its text opens with."""
    joined = "\n\n".join(blocks)
    if title is None and kind == "pdf" and joined.strip():
        title = meta.get("heading") or text_title(joined, lines_kept=True)
    return make_source(joined, kind=kind, path=where, name=os.path.basename(where), title=title, meta=meta,
                       max_chars=max_chars, blank="no text found in the document")
