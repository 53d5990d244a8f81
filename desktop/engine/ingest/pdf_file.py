"""PDF files: the text layer page by page (pypdf), and the title from the document information."""
from __future__ import annotations

import logging
import re

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
        text = page_text(page.extract_text() or "")
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


# Typographic ligatures a PDF's text layer keeps as one character ("ﬁre", "oﬃce"): the letters they join.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a]+")  # some writers put a tab between words
_ENDS = tuple(".!?…:;»\"”)")
_WRAPPED = 0.7  # a line this much of the page's full line length or longer runs on when it ends mid-sentence


def page_text(raw: str) -> str:
    """A page's text layer as prose: ligatures spelled out, one space between words, and the lines the layout
    wrapped joined again ("…killing" / "one person, police said." is one sentence). A line ending a sentence, a
    short line (a title, an intertitle) and a blank line keep their break."""
    lines = [_SPACES.sub(" ", ln).strip() for ln in raw.translate(_LIGATURES).split("\n")]
    lengths = sorted(len(ln) for ln in lines if ln)
    usual = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 0  # a full line: most lines of prose are
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and _runs_on(out[-1], line, usual):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out).strip()


def _joined(line: str, following: str) -> str:
    """Two lines of one sentence; a line ending on a hyphen keeps it ("well-" / "known", "porte-" / "parole": a
    compound's hyphen cannot be told from the layout's, and removing it would break the compounds)."""
    return line + ("" if line.endswith("-") else " ") + following


def _runs_on(line: str, following: str, usual: float) -> bool:
    """The layout wrapped ``line`` mid-sentence: it does not end one, the next line is no list item, and either the
    next line goes on in lower case or with a number, or ``line``, near a full line's length, stops on a comma, a
    hyphen or a small word ("… went to" / "Vancouver police") or holds a comma. A headline, a byline, a table row
    keep their line."""
    if line.endswith(_ENDS) or _LISTED.match(following) or (line[-1].isdigit() and not following[0].islower()):
        return False
    if following[0].islower() or following[0].isdigit():
        return True  # "…killing" / "one person", "…around" / "4 p.m."
    last = line.rsplit(" ", 1)[-1].lower()
    return len(line) >= _WRAPPED * usual and (line.endswith((",", "-")) or last in _SMALL_WORDS or "," in line)
    #      "…on Friday, killing" / "John Smith, …": a line with a comma is prose; a headline seldom has one


_LISTED = re.compile(r"[•·▪‣◦*–—-]|\d{1,2}[.)]\s")  # a bullet, a dash or a number opening a list item
_SMALL_WORDS = frozenset("""a an the of to in on at by for with from and or but as that which who
    le la les l' un une des du de d' à au aux en et ou par pour sur avec dans que qui
    der die das ein eine und oder mit von zu im el los las y o con por para del il lo gli una e""".split())
