"""Hostile files at the ingest door: nesting bombs, entity tricks, cyclic or inflating PDFs, special files.
Each gives a usable Source or a one-line SynopticError, quickly, and never reads anything but the file."""
from __future__ import annotations

import io
import os
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.engine.ingest import read_path
from desktop.engine.model import SynopticError
from makefiles import ARTICLE_PARAGRAPHS, pdf_bytes, write_docx

SENTENCE = "Le séisme a frappé le Maroc vendredi soir, selon les autorités locales qui comptent les victimes."
LAUGHS = ('<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi")) + ']>')


def error_of(path: Path) -> str:
    with pytest.raises(SynopticError) as caught:
        read_path(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def timed(func, limit: float):
    started = time.perf_counter()
    result = func()
    assert time.perf_counter() - started < limit
    return result


# ---- HTML ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("paragraphs", [200, 600])
def test_old_page_with_unclosed_font_tags_keeps_every_paragraph(tmp_path, paragraphs):
    """Each unclosed <font> nests the next paragraph deeper; past 256 levels libxml2 used to drop the rest."""
    page = tmp_path / "old.html"
    body = "".join(f"<p><font face=Arial>{SENTENCE} ({i})" for i in range(paragraphs))
    page.write_text(f"<html><head><title>Vieux site</title></head><body><nav>MENU_NAV</nav>{body}</body></html>")
    source = timed(lambda: read_path(page), 5)
    assert source.text.count("séisme") == paragraphs and f"({paragraphs - 1})" in source.text
    assert "MENU_NAV" not in source.text


def test_absurdly_deep_page_is_refused_quickly(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 100_000 + f"<p>{SENTENCE}</p>" + "</div>" * 100_000 + "</body></html>")
    assert timed(lambda: error_of(page), 10).endswith("no text found in the page")


def test_entities_and_doctype_tricks_are_not_expanded_or_fetched(tmp_path):
    page = tmp_path / "xxe.html"
    page.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                    f'<html><body><p>&e; {SENTENCE}</p></body></html>')
    text = read_path(page).text
    assert SENTENCE in text and "root:" not in text
    laughs = tmp_path / "laughs.html"
    laughs.write_text(f'<?xml version="1.0"?>{LAUGHS}<html><body><p>&i; {SENTENCE}</p></body></html>')
    text = timed(lambda: read_path(laughs).text, 5)
    assert SENTENCE in text and len(text) < 2_000


def test_a_million_entities_is_read_in_bounded_time(tmp_path):
    page = tmp_path / "amp.html"
    page.write_text(f"<html><body><p>{SENTENCE} " + "&amp;" * 200_000 + "</p></body></html>")
    assert timed(lambda: read_path(page).text.count("&"), 10) == 200_000


# ---- PDF -------------------------------------------------------------------------------------------


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def test_pdf_whose_page_tree_loops(tmp_path):
    path = tmp_path / "loop.pdf"
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]))
    assert timed(lambda: error_of(path), 5).endswith("not a valid PDF file")


def test_pdf_whose_content_inflates_to_120_mb(tmp_path):
    content = b"BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET\n" + b" " * 120_000_000
    packed = zlib.compress(content, 9)
    path = tmp_path / "inflate.pdf"
    path.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]))
    del content
    timed(lambda: error_of(path), 10)


def test_pdf_with_thousands_of_pages_is_read_in_bounded_time(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes([["Page de texte numéro un."]] * 1500))
    assert timed(lambda: read_path(path).text.count("numéro"), 10) == 1500


# ---- .docx -----------------------------------------------------------------------------------------


def _docx_with_body(tmp_path: Path, make_body) -> Path:
    base = write_docx(tmp_path / "base.docx", ARTICLE_PARAGRAPHS)
    buf = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = make_body(data.decode("utf-8")).encode("utf-8")
            out.writestr(item, data)
    path = tmp_path / "hostile.docx"
    path.write_bytes(buf.getvalue())
    return path


def test_docx_nested_thousands_deep_is_refused(tmp_path):
    def deep(xml: str) -> str:
        at = xml.index("<w:body>") + len("<w:body>")
        inner = "<w:sdt><w:sdtContent>" * 3000 + f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 3000
        return xml[:at] + inner + xml[at:]

    assert timed(lambda: error_of(_docx_with_body(tmp_path, deep)), 5).endswith("not a valid .docx file")


def test_docx_with_billion_laughs_is_refused(tmp_path):
    def laughs(xml: str) -> str:
        at = xml.index("<w:body>") + len("<w:body>")
        return (f'<?xml version="1.0"?>{LAUGHS}' + xml[xml.index("<w:document"):at]
                + "<w:p><w:r><w:t>&i;</w:t></w:r></w:p>" + xml[at:])

    assert timed(lambda: error_of(_docx_with_body(tmp_path, laughs)), 5).endswith("not a valid .docx file")


# ---- special files ---------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert timed(lambda: error_of(fifo), 2).endswith("not a regular file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_device_is_refused():
    assert timed(lambda: error_of(Path("/dev/zero")), 2).endswith("not a regular file")


@pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks")
def test_a_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert "cannot read" in error_of(loop) or "no such file" in error_of(loop)
