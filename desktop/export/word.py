"""The comparison as a Word report (.docx, python-docx), for a newsroom that edits and shares its checks in Word.

The same report as the Markdown one, section for section (``view.build_view``): sources, summary and coverage grid,
the shared claims with who says each and what their versions say differently, what only one source says, what was
left out, the editor's corrections. What only one source has is bold on a yellow highlight, what a source says
differently is italic and red, as the window shows them; verdicts and notes stand in a grey box under their claim.
"""
from __future__ import annotations

import io
import re

from desktop.engine.model import NO_SOURCE, NOT_READ, Annotation, Comparison
from desktop.export.markdown import LEGEND
from desktop.export.tolls_view import TOLLS_NOTE
from desktop.export.view import (
    CORRECTION_WORDS, ECHO_NOTE, NEAR_NOTE, ClaimView, ReportView, SentenceView, SourceView, build_view, conflicts,
    excerpt,
)

RED = "B3261E"  # said differently: the window's red
NOTE_FILL = "EFEFEF"  # the box a verdict and its note stand in


def render_docx(comparison: Comparison, annotations=(), overrides=()) -> bytes:
    """The Word report of ``comparison`` with the user's verdicts and notes, as the bytes of a .docx file."""
    from docx import Document  # imported on first use: the window starts without it

    view = build_view(comparison, annotations, overrides)
    doc = Document()
    doc.core_properties.title = view.title
    doc.core_properties.author = "Synoptic"
    _header(doc, view)
    _sources(doc, view)
    _summary(doc, view)
    _claims(doc, view)
    for src in view.sources:
        _single(doc, src)
    _removed(doc, view)
    _corrections(doc, view)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def clean(text: str) -> str:
    """Text Word can hold: XML 1.0 has no control characters (a PDF's form feed between pages, a vertical tab for
    a line break: a space), no U+FFFE or U+FFFF, no lone surrogate (an undecodable byte of a file's name: "�")."""
    return _NOT_XML.sub("\ufffd", _CONTROL.sub(" ", text))


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _header(doc, view: ReportView) -> None:
    doc.add_heading(clean(view.title), level=0)
    doc.add_paragraph(clean(" · ".join(s.name for s in view.sources)))
    p = doc.add_paragraph()
    run = p.add_run(f"Generated {view.generated} by Synoptic · sentences grouped at a score of "
                    f"{view.threshold:.2f} or more")
    run.italic = True


def _sources(doc, view: ReportView) -> None:
    """One row a source; its file in a column of its own only where some source is named otherwise (an outlet)."""
    doc.add_heading("Sources", level=1)
    files = any(s.file and s.file != s.name for s in view.sources)
    rows = [[s.letter, _breakable(s.name), s.language_name,
             *([_breakable(s.file) if s.file and s.file != s.name else "—"] if files else []),
             f"{s.statements_text}: {s.shared} shared, {len(s.single)} only here",
             ", ".join(f"{kind} {n}" for kind, n in s.profile if n) or "—"] for s in view.sources]
    header = ["", "Source", "Language", *(["File"] if files else []), "Sentences", "Sourcing"]
    _table(doc, header, rows, [0.6, 3.0, 2.6, *([3.4] if files else []), 2.8, 3.6])


def _breakable(name: str) -> str:
    """A file name with room to break after "_" or "-" and before its extension (a zero-width space): a table
    cell had broken "bergland_zeitung.pdf" as "bergland_zeitu" / "ng.pdf"."""
    if " " in name:
        return name
    return re.sub(r"([_-])", "\\1\u200b", re.sub(r"\.(?=[^.]+$)", "\u200b.", name))


def _summary(doc, view: ReportView) -> None:
    n = len(view.sources)
    doc.add_heading("Summary", level=1)
    lines = [f"{sign}{figure} {words}" for sign, figure, words in view.summary("red")]
    lines += [f"⚠ {note}" for note in view.echo_notes()]
    for line in lines:
        doc.add_paragraph(clean(line), style="List Bullet")
    doc.add_heading("Coverage", level=2)
    rows = []
    for row in view.coverage:
        near = row.near or (False,) * len(row.carried)
        rows.append([row.label, row.text, *("?" if q else "○" if e else "✓" if c else ""
                                            for c, e, q in zip(row.carried, row.echoed, near))])
    letters = min(1.0, 8.0 / n)  # the claim's words keep half the page, whatever the number of sources
    _table(doc, ["#", "Claim", *(s.letter for s in view.sources)], rows, [1.2, 12.0] + [letters] * n)
    for note, shown in ((ECHO_NOTE, any(any(r.echoed) for r in view.coverage)),
                        (NEAR_NOTE, any(any(r.near) for r in view.coverage))):
        if shown:
            doc.add_paragraph(clean(note))
    if view.tolls:
        doc.add_heading("Tolls", level=2)
        rows = [[("⚠ " if r.disputed else "") + r.label, *(c or "—" for c in r.cells)] for r in view.tolls]
        _table(doc, ["", *(s.letter for s in view.sources)], rows, [2.6] + [min(3.0, 12.0 / n)] * n)
        doc.add_paragraph(clean(TOLLS_NOTE))


def _claims(doc, view: ReportView) -> None:
    doc.add_heading("Shared claims", level=1)
    if not view.claims:
        doc.add_paragraph("No sentence is carried by more than one source.")
        return
    doc.add_paragraph().add_run(LEGEND.replace("**Bold**", "Bold on yellow").replace("*Italics*", "Red italics")) \
        .italic = True
    for claim in view.claims:
        _claim(doc, view, claim)


def _claim(doc, view: ReportView, claim: ClaimView) -> None:
    head = f"Claim {claim.number} · " + ("linked by hand" if claim.manual else f"score {claim.score:.2f}")
    if claim.annotation is not None and claim.annotation.verdict:
        head += f" · {claim.annotation.verdict}"
    doc.add_heading(clean(head), level=2)
    for m in claim.members:
        src = view.sources[m.source]
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(clean(f"{src.letter} ({src.name}): ")).bold = True
        _sentence(p, m)
    _who(doc, view, claim)
    differences = conflicts(view, claim)
    if differences:
        doc.add_paragraph("Said differently:")
        for d in differences:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(f"{d.letter}: ")
            _red(p.add_run(clean(d.text)))
            p.add_run(clean(" — vs " + ("; ".join(d.others) or "another source") + (" (other words)" if d.wording else "")))
    _annotation(doc, claim.annotation)


def _who(doc, view: ReportView, claim: ClaimView) -> None:
    if not claim.sourcing:
        return
    doc.add_paragraph("Who says it:")
    for w in (claim.flag, "attributed differently" if claim.differs else None):
        if w:
            doc.add_paragraph(style="List Bullet").add_run(clean(f"⚠ {w[0].upper()}{w[1:]}")).bold = True
    for source, speakers in claim.sourcing:
        said = "; ".join(f"{sp.who} ({sp.kind})" for sp in speakers) \
            or (NO_SOURCE if view.sources[source].read else NOT_READ)
        doc.add_paragraph(clean(f"{view.sources[source].letter}: {said}"), style="List Bullet")


def _single(doc, src: SourceView) -> None:
    doc.add_heading(clean(f"Only in {src.letter} — {src.name}"), level=1)
    if not src.single:
        doc.add_paragraph("Every sentence of this source is carried by another source.")
    for s in src.single:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(f"{src.letter}{s.index + 1} · ").bold = True
        _sentence(p, s)
        if s.who_note:
            p.add_run(clean(f" — {s.who_note}")).bold = s.who_note.startswith("⚠")
        if s.close:
            p.add_run(clean(f" ({s.close_note})")).italic = True
        _annotation(doc, s.annotation)


def _sentence(p, s: SentenceView) -> None:
    """The sentence's words as runs: what only this source has in bold on yellow, what it says differently in red."""
    from docx.enum.text import WD_COLOR_INDEX

    for text, span in s.pieces():
        run = p.add_run(clean(text))
        if span is None:
            continue
        if span.kind == "conflict":
            _red(run)
        else:
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _red(run) -> None:
    from docx.shared import RGBColor

    run.italic = True
    run.font.color.rgb = RGBColor.from_string(RED)


def _annotation(doc, note: Annotation | None) -> None:
    """The verdict and the note, each paragraph of it its own, in a grey box."""
    if note is None:
        return
    if note.verdict:
        _shaded(doc.add_paragraph()).add_run(clean(f"Verdict: {note.verdict}")).bold = True
    for line in note.note.splitlines():
        if line.strip():
            _shaded(doc.add_paragraph()).add_run(clean(line))


def _shaded(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), NOTE_FILL)
    p._p.get_or_add_pPr().append(shading)
    p.paragraph_format.left_indent = Cm(0.6)
    return p


def _removed(doc, view: ReportView) -> None:
    shown = [src for src in view.sources if src.removed]
    if not shown:
        return
    doc.add_heading("Left out of the comparison", level=1)
    for src in shown:
        doc.add_heading(clean(f"{src.letter} — {src.name}"), level=2)
        for r in src.removed:
            label = f" ({r.label})" if r.label else ""
            doc.add_paragraph(clean(f"“{excerpt(r.text, 160)}” — {r.reason}{label}"), style="List Bullet")


def _corrections(doc, view: ReportView) -> None:
    if not view.corrections:
        return
    doc.add_heading("Editor's corrections", level=1)
    for c in view.corrections:
        doc.add_paragraph(clean(f"{CORRECTION_WORDS.get(c.action, c.action)}: {c.a}" + (f" ↔ {c.b}" if c.b else "")),
                          style="List Bullet")


def _table(doc, header: list[str], rows: list[list[str]], shares: list[float]) -> None:
    """A table in 9-point type with its header row in bold, the page's text width shared among its columns as
    ``shares`` say (Word would share it equally: a claim's words one to a line beside three columns of ticks)."""
    from docx.shared import Pt

    section = doc.sections[-1]
    room = section.page_width - section.left_margin - section.right_margin
    widths = [int(room * share / sum(shares)) for share in shares]

    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):  # the grid (LibreOffice reads it) and each cell (Word does)
        column.width = width
    for row_cells, texts, bold in [(table.rows[0].cells, header, True)] + [(table.add_row().cells, r, False)
                                                                            for r in rows]:
        for cell, text, width in zip(row_cells, texts, widths):
            cell.width = width
            run = cell.paragraphs[0].add_run(clean(text))
            run.bold, run.font.size = bold, Pt(9)
