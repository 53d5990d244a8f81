"""PDF files: the text layer page by page (pypdf), and the title from the document information."""
from __future__ import annotations

import logging
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError

from desktop.engine.model import SynopticError

from .limits import check_chars
from .reflow import full_length, join_wrapped, joined

# pypdf logs repair notes on damaged files; without a handler Python would print them on stderr.
# A NullHandler keeps them quiet while still passing them to any logging the app configures.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_INVALID = "not a valid PDF file"
_NO_TEXT = "PDF has no text layer (scanned?); run OCR first"
_LOCKED = "PDF is encrypted; open it in a PDF reader and save or print a copy without a password"


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
        raise SynopticError(_LOCKED, path=path) from None
    if not opened:
        raise SynopticError(_LOCKED, path=path)


def _page_texts(reader: PdfReader, max_chars: int, path: str) -> list[str]:
    """The document's text as one block (none when its pages hold no text but their running header and footer)."""
    pages, sizes, total = [], {}, 0
    for page in reader.pages:
        runs: list[tuple[float, float, str]] = []
        raw = page.extract_text(visitor_text=lambda text, cm, tm, _font, size: runs.append(_run(text, cm, tm, size)))
        raw = raw or ""
        if raw.strip():
            pages.append(raw)
            _add_line_sizes(runs, sizes)
            total += len(raw) + 1
            check_chars(total - 1, max_chars, path)
    text = document_text(pages, sizes)
    return [text] if text else []


def _run(text: str, cm, tm, size: float) -> tuple[float, float, str]:
    """(height on the page, printed font size, text) of one run of text the page draws."""
    a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                  tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    return round(y, 1), abs(size or 0.0) * abs(a * d - b * c) ** 0.5, text


def _add_line_sizes(runs: list[tuple[float, float, str]], sizes: dict[str, float]) -> None:
    """Each line's text (the runs drawn at one height, in order) with its largest font size, into ``sizes``."""
    lines: dict[float, list[tuple[float, str]]] = {}
    for y, size, text in runs:
        lines.setdefault(y, []).append((size, text))
    for parts in lines.values():
        line = _SPACES.sub(" ", "".join(t for _, t in parts).translate(_LIGATURES)).strip()
        if line:
            sizes[line] = max(sizes.get(line, 0.0), max(size for size, _ in parts))


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


def document_text(raw_pages: list[str], sizes: dict[str, float] | None = None) -> str:
    """The pages' text layers as one prose text: ligatures spelled out, one space between words, each page's
    running header and footer left out (``furniture``), and the lines the layout wrapped joined again ("…killing"
    / "one person, police said." is one sentence; so is one that a page break cut: "The authorities also" / "did
    not know whether …"). A line ending a sentence, a short line (a title, an intertitle) keep their break, but a
    headline printed large on two lines is one ("Palin's Church" / "Damaged by Arson": ``sizes``, each line's font
    size as the page draws it)."""
    pages = [_page_lines(raw) for raw in raw_pages]
    edges = furniture(pages)
    lines = [ln for k, page in enumerate(pages) for i, ln in enumerate(page) if (k, i) not in edges and ln]
    lines = _headlines_joined(lines, sizes or {})
    return "\n".join(join_wrapped(lines, full_length(lines))).strip()


_LARGE = 1.3  # times the body text's size: a headline's or an intertitle's print
_SAME_SIZE = 0.05  # relative difference of two lines' sizes still read as one size


def _headlines_joined(lines: list[str], sizes: dict[str, float]) -> list[str]:
    """Consecutive lines printed in one large size, the first not ending a sentence, as one line."""
    body = _body_size(lines, sizes)
    if not body:
        return lines
    out: list[str] = []
    for line in lines:
        size, before = sizes.get(line, 0.0), sizes.get(out[-1], 0.0) if out else 0.0
        if out and size >= _LARGE * body and before and abs(size - before) <= _SAME_SIZE * before \
                and not out[-1].endswith((".", "!", "?", ":", ";")):
            sizes[joined(out[-1], line)] = size
            out[-1] = joined(out[-1], line)
        else:
            out.append(line)
    return out


def _body_size(lines: list[str], sizes: dict[str, float]) -> float:
    """The font size most of the text is printed in (by characters); 0 when the lines' sizes are unknown."""
    weight: dict[float, int] = {}
    for line in lines:
        if line in sizes:
            weight[round(sizes[line], 1)] = weight.get(round(sizes[line], 1), 0) + len(line)
    return max(weight, key=weight.get) if weight else 0.0


def _page_lines(raw: str) -> list[str]:
    return [_SPACES.sub(" ", ln).strip() for ln in raw.translate(_LIGATURES).split("\n")]


_EDGE = 3  # lines at the top or the bottom of a page that may be its running header or footer
_PAGE_NUMBER = re.compile(r"(?:page\s*)?[-–—]?\s*(?!(?:19|20)\d\d\b)\d{1,4}\s*(?:(?:/|of|sur|de)\s*\d{1,4})?\s*[-–—]?",
                          re.I)  # not a year alone on its line
_PRINT_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}\b")  # a browser's print header: date, time
_PRINT_URL = re.compile(r"(?:file|https?)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?")  # its footer: address, page


def furniture(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) of each running header and footer: a line among a page's first or last three that the same
    line, numbers aside, repeats in the same place on half the pages at least (in a document of three pages or
    more; never a sentence, which a page may end and the next begin with: "3 people were killed." / "12 people
    …"), or that reads as a page number or as a browser's print header or footer ("12/5/26, 3:47 AM Title",
    "file:///…/page.html 1/3")."""
    def key(page: list[str], i: int) -> tuple[int, str]:
        return (i if i < _EDGE else i - len(page), re.sub(r"\d+", "#", page[i].casefold()))

    edges = [[i for i, ln in enumerate(page) if ln and (i < _EDGE or i >= len(page) - _EDGE)] for page in pages]
    seen: dict[tuple[int, str], set[int]] = {}
    for k, page in enumerate(pages):
        for i in edges[k]:
            if not page[i].endswith((".", "!", "?")):
                seen.setdefault(key(page, i), set()).add(k)
    repeated = {s for s, where in seen.items() if len(pages) >= 3 and len(where) >= len(pages) / 2}
    out: set[tuple[int, int]] = set()
    for k, page in enumerate(pages):
        says = any(ln and key(page, i) not in repeated for i, ln in enumerate(page))  # a page saying only what
        #     every page says (a line a page) holds the text, not furniture
        out |= {(k, i) for i in edges[k] if (says and key(page, i) in repeated) or _PAGE_NUMBER.fullmatch(page[i])
                or _PRINT_STAMP.match(page[i]) or _PRINT_URL.fullmatch(page[i])}
    return out
