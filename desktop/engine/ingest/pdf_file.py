"""PDF files: the text layer page by page (pypdf), and the title from the document information."""
from __future__ import annotations

import logging
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError

from desktop.engine.model import SynopticError

from .hyphens import layout_breaks, unbroken
from .limits import check_chars
from . import pdf_type
from .reflow import full_length, join_wrapped
from .tab_title import document_title

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
        pages, heading = _page_texts(reader, max_chars, path)
        title, meta = _info(reader)
        meta |= {"heading": heading} if heading else {}  # the headline it prints large (``clean``, the title)
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


def _page_texts(reader: PdfReader, max_chars: int, path: str) -> tuple[list[str], str | None]:
    """The document's text as one block (none when its pages hold no text but their running header and footer),
    and its headline as the page prints it (``read_document``)."""
    pages, types, total = [], {}, 0
    for page in reader.pages:
        runs: list[tuple[float, float, str]] = []
        raw = page.extract_text(visitor_text=lambda text, cm, tm, _font, size: runs.append(pdf_type.run(text, cm, tm, size)))
        raw = raw or ""
        if raw.strip():
            pages.append(raw)
            pdf_type.add_lines(runs, types, _clean_line)
            total += len(raw) + 1
            check_chars(total - 1, max_chars, path)
    text, heading = read_document(pages, types)
    return ([text] if text else []), heading


def _info(reader: PdfReader) -> tuple[str | None, dict]:
    info = reader.metadata
    if info is None:
        return None, {}
    title, outlet = document_title(" ".join(str(info.title or "").split()))
    meta = {"author": _safe(lambda: info.author),  # when the file was made (printed, saved): no publication date
            "created": _safe(lambda: info.creation_date.isoformat()), "outlet": outlet}
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


def document_text(raw_pages: list[str], types: dict[str, pdf_type.Type] | None = None) -> str:
    """The pages' text layers as one prose text (``read_document``)."""
    return read_document(raw_pages, types)[0]


def read_document(raw_pages: list[str], types: dict[str, pdf_type.Type] | None = None) -> tuple[str, str | None]:
    """The pages' text layers as one prose text: ligatures spelled out, one space between words, each page's
    running header and footer left out (``furniture``), and the lines the layout wrapped joined again ("…killing"
    / "one person, police said." is one sentence; so is one that a page break cut: "The authorities also" / "did
    not know whether …"). A line ending a sentence, a short line (a title, an intertitle) keep their break, but a
    headline printed large on two lines is one (``pdf_type``: ``types``, each line's print as the page draws it); a
    word the layout hyphenated is written whole ("munici-" / "pal", ``hyphens``). With it, the headline printed
    large at the top (``pdf_type.headline``), when it is a line of the text: the page marks it as a Markdown heading
    does, so a paragraph's first line cut mid-sentence cannot stand for it."""
    pages = [_page_lines(raw) for raw in raw_pages]
    edges = furniture(pages)
    lines = [ln for k, page in enumerate(pages) for i, ln in enumerate(page) if (k, i) not in edges and ln]
    usual = full_length(lines)
    runs = pdf_type.set_in_type(lines, types or {})
    close = pdf_type.set_close(runs, types or {})
    text = "\n".join(ln for run in runs for ln in join_wrapped(run, usual, close)).strip()
    text = unbroken(text, layout_breaks(lines))  # "munici-" / "pal" joined is "municipal"
    heading = pdf_type.headline(runs, types or {})
    return text, heading if heading and heading in text.split("\n") else None


def _page_lines(raw: str) -> list[str]:
    return [_clean_line(ln) for ln in raw.split("\n")]


def _clean_line(line: str) -> str:
    return _SPACES.sub(" ", _UNMAPPED.sub("", line.translate(_LIGATURES))).strip()


# A glyph whose font maps to no character (an emoji or an icon: "💬 27 commentaires") comes out as a NUL or another
# control character; the text has none of its own
_UNMAPPED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd]")


_EDGE = 3  # lines at the top or the bottom of a page that may be its running header or footer
_PAGE_NUMBER = re.compile(r"(?:(?:page|seite|s\.|página|pág\.|pagina|pag\.)\s*)?[-–—]?\s*(?!(?:19|20)\d\d\b)\d{1,4}\s*"
                          r"(?:(?:/|of|sur|de|von|di|da)\s*\d{1,4})?\s*[-–—]?", re.I)  # "Seite 14", "Página 3 de 8";
#                                                                                not a year alone on its line
_PRINT_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}\b")  # a browser's print header: date, time
_PRINT_URL = re.compile(r"(?:file|https?)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?")  # its footer: address, page


def _runs_through(line: str, where: dict[int, str], pages: int) -> bool:
    """A line repeated in one place on half the pages of three or more, or on both pages of two when it is more than
    a word or two ("Le Courrier de l'Europe — Monde — jeudi 17 juillet 2025" above each page) or counts the pages
    ("AutoWelt 14" / "AutoWelt 15": ``_counts_pages``)."""
    if pages == 2:
        return len(where) == 2 and (len(line.split()) >= 3 or _counts_pages(where))
    return pages >= 3 and len(where) >= pages / 2


def _counts_pages(where: dict[int, str]) -> bool:
    """The line's last number goes up by one from each page it stands on to the next: a page's number."""
    found = [re.findall(r"\d+", where[k]) for k in sorted(where)]
    if not all(found):
        return False
    pairs = list(zip(sorted(where), (int(numbers[-1]) for numbers in found)))
    return all(number - before == page - page_before for (page_before, before), (page, number) in zip(pairs, pairs[1:]))


def furniture(pages: list[list[str]]) -> set[tuple[int, int]]:
    """(page, line) of each running header and footer: a line among a page's first or last three that the same
    line, numbers aside, repeats in the same place on half the pages at least (in a document of three pages or
    more; on both pages of two, ``_runs_through``; never a sentence, which a page may end and the next begin with:
    "3 people were killed." / "12 people …"), or that reads as a page number or as a browser's print header or footer ("12/5/26, 3:47 AM Title",
    "file:///…/page.html 1/3")."""
    def key(page: list[str], i: int) -> tuple[int, str]:
        return (i if i < _EDGE else i - len(page), re.sub(r"\d+", "#", page[i].casefold()))

    edges = [[i for i, ln in enumerate(page) if ln and (i < _EDGE or i >= len(page) - _EDGE)] for page in pages]
    seen: dict[tuple[int, str], dict[int, str]] = {}
    for k, page in enumerate(pages):
        for i in edges[k]:
            if not page[i].endswith((".", "!", "?")):
                seen.setdefault(key(page, i), {})[k] = page[i]
    repeated = {s for s, where in seen.items() if _runs_through(s[1], where, len(pages))}
    out: set[tuple[int, int]] = set()
    for k, page in enumerate(pages):
        says = any(ln and key(page, i) not in repeated for i, ln in enumerate(page))  # a page saying only what
        #     every page says (a line a page) holds the text, not furniture
        out |= {(k, i) for i in edges[k] if (says and key(page, i) in repeated) or _PAGE_NUMBER.fullmatch(page[i])
                or _PRINT_STAMP.match(page[i]) or _PRINT_URL.fullmatch(page[i])}
    return out
