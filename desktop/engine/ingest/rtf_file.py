"""An RTF document (wire copy, a text saved from TextEdit or WordPad): its paragraphs, read with ``striprtf``.

RTF is 7-bit text with escapes: ``\\'e9`` in the document's code page (``\\ansicpg1252``, the default), ``\\u233?``
in Unicode. ``striprtf`` turns the control words into text (``\\par`` a line break, ``\\rquote`` "’") and drops the
font and colour tables, pictures and hidden groups; the paragraphs are then read as a plain text report's.
"""
from __future__ import annotations

import codecs
import re

from desktop.engine.model import SynopticError

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")


def read_rtf(data: bytes, path: str) -> str:
    """The text of the RTF document ``data``, one paragraph a line; SynopticError when it cannot be read."""
    from striprtf.striprtf import rtf_to_text  # imported on first use: app start

    encoding = _code_page(data)
    try:
        return rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as err:
        raise SynopticError(f"unreadable RTF document ({type(err).__name__})", path=path) from None


def _code_page(data: bytes) -> str:
    """The code page the document declares for its 8-bit escapes (cp1252 when none or an unknown one)."""
    found = _CODE_PAGE.search(data[:4096])
    name = f"cp{int(found.group(1))}" if found else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
