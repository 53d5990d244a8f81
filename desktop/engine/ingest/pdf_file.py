"""PDF files: the text layer page by page (pypdf), and the title from the document information."""
from __future__ import annotations

import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError

from desktop.engine.model import SynopticError

from .limits import check_chars

# pypdf logs repair notes on damaged files; without a handler Python would print them on stderr.
# A NullHandler keeps them quiet while still passing them to any logging the app configures.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_INVALID = "not a valid PDF file"
_NO_TEXT = "PDF has no text layer (scanned?); run OCR first"


def read_pdf(path: str, max_chars: int) -> tuple[list[str], str | None, dict]:
    """Text of each page that has some, title and metadata. Stops early once over ``max_chars``."""
    try:
        reader = PdfReader(path, strict=False)
        _unlock(reader, path)
        pages = _page_texts(reader, max_chars, path)
        title, meta = _info(reader)
    except SynopticError:
        raise
    except Exception:  # pypdf raises many kinds of errors on damaged files
        raise SynopticError(_INVALID, path=path) from None
    if not pages:
        raise SynopticError(_NO_TEXT, path=path)
    return pages, title, meta


def _unlock(reader: PdfReader, path: str) -> None:
    """Open an encrypted PDF if its user password is empty (common for "no printing" PDFs)."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except DependencyError:  # AES needs the optional 'cryptography' package
        raise SynopticError("PDF is encrypted", path=path) from None
    if not opened:
        raise SynopticError("PDF is encrypted", path=path)


def _page_texts(reader: PdfReader, max_chars: int, path: str) -> list[str]:
    pages, total = [], 0
    for page in reader.pages:
        text = (page.extract_text() or "").strip()
        if text:
            pages.append(text)
            total += len(text) + 2
            check_chars(total - 2, max_chars, path)
    return pages


def _info(reader: PdfReader) -> tuple[str | None, dict]:
    info = reader.metadata
    if info is None:
        return None, {}
    title = " ".join(str(info.title or "").split()) or None
    meta = {"author": _safe(lambda: info.author), "date": _safe(lambda: info.creation_date.isoformat())}
    return title, {k: v for k, v in meta.items() if v}


def _safe(read):
    """A metadata field, or None when it is missing or malformed."""
    try:
        value = read()
    except Exception:
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None
