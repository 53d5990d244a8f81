"""Word .docx documents: body paragraphs and tables in reading order, core properties as metadata.

The archive is checked for zip bombs before python-docx opens it."""
from __future__ import annotations

import zipfile

import docx
from docx.table import Table

from desktop.engine.model import SynopticError

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # bytes the whole archive may expand to
MAX_RATIO = 100  # compression ratio refused on a large member…
RATIO_MIN_SIZE = 10 * 1024 * 1024  # …of at least this many bytes uncompressed
_INVALID = "not a valid .docx file"


def read_docx(path: str, max_uncompressed: int = MAX_UNCOMPRESSED) -> tuple[list[str], str | None, dict]:
    """Paragraphs (tables as one "cell | cell" line per row), title and metadata of a .docx."""
    check_archive(path, max_uncompressed)
    try:
        document = docx.Document(path)
        blocks = [b for item in document.iter_inner_content() for b in _blocks(item)]
        title, meta = _properties(document)
        title = _styled_title(document) or title
    except SynopticError:
        raise
    except Exception:  # python-docx raises KeyError, lxml and zip errors on broken parts
        raise SynopticError(_INVALID, path=path) from None
    return blocks, title, meta


def check_archive(path: str, max_uncompressed: int = MAX_UNCOMPRESSED) -> None:
    """Refuse an archive that is not a Word document or that would expand too much."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise SynopticError(_INVALID, path=path) from None
    if "word/document.xml" not in {m.filename for m in members}:
        raise SynopticError(_INVALID, path=path)
    total = sum(m.file_size for m in members)
    if total > max_uncompressed or any(_suspicious(m) for m in members):
        raise SynopticError(f"refused: .docx expands to {total / 1e6:,.0f} MB (zip bomb?)", path=path)


def _suspicious(member: zipfile.ZipInfo) -> bool:
    return member.file_size >= RATIO_MIN_SIZE and member.file_size > MAX_RATIO * max(member.compress_size, 1)


def _blocks(item) -> list[str]:
    if isinstance(item, Table):
        return [line for row in item.rows if (line := _row_text(row))]
    text = item.text
    return [text] if text.strip() else []


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell appears once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
    return " | ".join(c for c in cells if c)


_TITLE_STYLES = ("title", "heading 1")
_TITLE_WITHIN = 8  # paragraphs with text from the top where the headline may stand (after a kicker, a date line)
_BODY_WORDS = 8  # a paragraph of this many words ending a sentence is the article's text: no headline after it


def _styled_title(document) -> str | None:
    """The headline as the writer styled it ("Title" or "Heading 1") above the article's first sentence (a press
    release's "COMMUNIQUÉ DE PRESSE", its place and date, may come before it; a heading after the text has begun
    is an intertitle): the document's properties keep whatever title its template or first save gave it
    ("Modèle communiqué de presse", "Document1")."""
    seen = 0
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if style.startswith(_TITLE_STYLES):
            return text
        seen += 1
        if seen >= _TITLE_WITHIN or (len(text.split()) >= _BODY_WORDS and text.endswith((".", "!", "?", "»", '"'))):
            return None
    return None


def _properties(document) -> tuple[str | None, dict]:
    props = document.core_properties
    created = props.created.isoformat() if props.created else None
    meta = {"author": props.author or None, "created": created}  # when the file was made: no publication date
    return (props.title or "").strip() or None, {k: v for k, v in meta.items() if v}
