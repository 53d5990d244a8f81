"""Build real input files for ingest tests: HTML pages, .docx documents, PDFs, zip bombs."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter

ARTICLE_PARAGRAPHS = [
    "Le bilan du séisme qui a frappé le Maroc dans la nuit de vendredi à samedi s’est encore alourdi "
    "dimanche, selon les autorités locales qui font état de plus de deux mille morts.",
    "Les secours continuent de fouiller les décombres dans les villages de l’Atlas, où de nombreuses "
    "maisons en terre se sont effondrées. « Nous avons besoin d’aide », a déclaré un habitant.",
    "Le roi Mohammed VI a décrété un deuil national de trois jours et ordonné la mise en place d’un "
    "fonds d’urgence pour les sinistrés.",
]
ARTICLE_TITLE = "Séisme au Maroc : le bilan s’alourdit"

_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title} | Le Quotidien</title>
<meta name="author" content="Marie Dupont">
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2023-09-10T08:00:00Z">
<script>var tracker = "SCRIPT_SECRET"; function track() {{ return 1; }}</script>
<style>body {{ color: red; }} .STYLE_SECRET {{ display: none; }}</style>
</head><body>
<header><div class="logo">Le Quotidien</div>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">NAV_MONDE</a></li>
<li><a href="javascript:void(0)">Connexion</a></li></ul></nav></header>
<aside class="sidebar"><h3>Les plus lus</h3><ul><li><a href="/a">SIDEBAR_POPULAIRE un</a></li>
<li><a href="/b">Article populaire deux</a></li></ul></aside>
<main><article>
<h1>{title}</h1>
<div class="share"><a href="javascript:share('fb')">SHARE_FACEBOOK</a> <a href="javascript:share('tw')">Tweeter</a></div>
<p>{p0}</p>
<img src="https://tracker.example.com/pixel.gif" alt="">
<p>{p1}</p>
<iframe src="https://ads.example.com/frame">IFRAME_TEXT</iframe>
<p>{p2}</p>
<script>document.write("INLINE_SCRIPT_SECRET");</script>
</article></main>
<footer><p>FOOTER_COPYRIGHT © 2023 Le Quotidien. Tous droits réservés.</p><a href="/mentions">Mentions légales</a></footer>
<script src="https://cdn.example.com/app.js"></script>
</body></html>
"""
PAGE_SECRETS = ("SCRIPT_SECRET", "STYLE_SECRET", "NAV_MONDE", "SIDEBAR_POPULAIRE", "SHARE_FACEBOOK",
                "IFRAME_TEXT", "INLINE_SCRIPT_SECRET", "FOOTER_COPYRIGHT", "javascript")


def article_html(title: str = ARTICLE_TITLE, paragraphs: list[str] = ARTICLE_PARAGRAPHS) -> str:
    """A news page: the article inside navigation, sidebar, share buttons, scripts, iframe and footer."""
    return _PAGE.format(title=title, p0=paragraphs[0], p1=paragraphs[1], p2=paragraphs[2])


def write_docx(path: Path, paragraphs: list[str], title: str | None = None, author: str | None = None,
               table: list[list[str]] | None = None) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if title is not None:
        document.core_properties.title = title
    if author is not None:
        document.core_properties.author = author
    document.save(path)
    return path


def write_zip_bomb(path: Path, megabytes: int, level: int = 9) -> Path:
    """A tiny archive named like a Word file with one member of ``megabytes`` MB of zeros."""
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return path


def pdf_bytes(pages: list[list[str] | None], title: str | None = None) -> bytes:
    """A minimal valid PDF: one page per item, each line drawn in Helvetica; None = page without content."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
        if lines is not None:
            objects.append(_stream(lines))
            page += f" /Contents {len(objects)} 0 R"
        objects.append(page + " >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R"
    if title is not None:
        objects.append(f"<< /Title ({_escape(title)}) >>")
        trailer += f" /Info {len(objects)} 0 R"
    return _assemble(objects, trailer)


def write_pdf(path: Path, pages: list[list[str] | None], title: str | None = None) -> Path:
    path.write_bytes(pdf_bytes(pages, title))
    return path


def write_encrypted_pdf(path: Path, pages: list[list[str] | None], user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(pages))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _stream(lines: list[str | tuple]) -> str:
    """Each line in Helvetica 12 (14 points below the one before), or a (text, font size[, points below the line
    before]) line in that size (a headline)."""
    ops = []
    for k, line in enumerate(lines):
        text, size, below = (line, 12, 14) if isinstance(line, str) else (line[0], line[1], (line[2:] or (line[1] + 2,))[0])
        ops.append(("" if k == 0 else f"{below} TL T* ") + f"/F1 {size} Tf ({_escape(text)}) Tj")
    content = f"BT 72 720 Td {' '.join(ops)} ET"
    return f"<< /Length {len(content.encode('cp1252'))} >>\nstream\n{content}\nendstream"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _assemble(objects: list[str], trailer: str) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("cp1252")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
