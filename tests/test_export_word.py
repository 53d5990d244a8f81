"""The Word report (.docx): what a newsroom opens in Word reads as the Markdown and HTML reports do."""
from __future__ import annotations

import io

from docx import Document as WordFile
from docx.enum.text import WD_COLOR_INDEX

from desktop.engine.model import Override
from desktop.export.report_file import format_for_path, render, write_report
from desktop.export.word import render_docx
from test_cli import run
from test_export import A_SENTENCES, B_SENTENCES, _anchor, annotations, comparison, seeds  # noqa: F401 - fixtures


def _paragraphs(data: bytes) -> list:
    return WordFile(io.BytesIO(data)).paragraphs


def _text(data: bytes) -> str:
    return "\n".join(p.text for p in _paragraphs(data))


def test_word_report_has_every_section_and_marks_what_one_source_alone_has(comparison):
    data = render_docx(comparison)
    text = _text(data)
    headings = [p.text for p in _paragraphs(data) if p.style.name.startswith("Heading")]
    assert {"Sources", "Summary", "Coverage", "Shared claims"} <= set(headings)
    assert any(h.startswith("Only in A — ") for h in headings) and any(h.startswith("Only in B — ") for h in headings)
    for opening in (A_SENTENCES[4][:40], B_SENTENCES[3][:30]):  # the MRE kits (A alone), the White House (B alone)
        assert opening in text.split("Only in")[1] + text.split("Only in")[2]
    marked = [r for p in _paragraphs(data) for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert marked and all(r.bold for r in marked)
    assert "CNN" in {r.text.strip() for r in marked}  # only A names CNN: marked inside the shared claim
    said_differently = [r for p in _paragraphs(data) for r in p.runs if r.italic and r.font.color.rgb is not None]
    assert any("militaire et financière" in r.text for r in said_differently)
    tables = WordFile(io.BytesIO(data)).tables
    assert [c.text for c in tables[0].rows[0].cells][:3] == ["", "Source", "Language"]
    assert len(tables[1].rows) - 1 == len(comparison.groups) + sum(len(comparison.single_sourced(k)) for k in (0, 1))


def test_word_report_carries_verdicts_notes_and_corrections(comparison, annotations):  # noqa: F811
    a, b = _anchor(comparison, 0, A_SENTENCES[2]), _anchor(comparison, 1, B_SENTENCES[3])
    text = _text(render_docx(comparison, annotations, [Override("unlink", a, b)]))
    claim1 = text.split("Claim 1 · ")[1].split("Claim 2 · ")[0]
    assert "Verdict: corroborated" in claim1 and "Confirmed by both the FT and CNN cables." in claim1
    assert "Ask the White House press office again." in text.split("Only in B")[1]
    assert "kept apart by the editor: A: On sait que Washington" in text


def test_word_report_is_written_as_a_file_and_named_by_its_suffix(comparison, tmp_path):
    fmt = format_for_path("check.DOCX")
    assert fmt is not None and fmt.name == "docx"
    out = tmp_path / "check.docx"
    write_report(render(comparison, "docx"), out)
    assert out.read_bytes()[:2] == b"PK" and "Shared claims" in _text(out.read_bytes())


def test_cli_writes_a_word_report_only_to_a_file(seed_paths, tmp_path):
    res = run("compare", *seed_paths, "--docx")
    assert res.returncode == 2 and "-o report.docx" in res.stderr and not res.stdout
    out = tmp_path / "report.docx"
    res = run("compare", *seed_paths, "-o", str(out))  # the suffix asks for Word
    assert res.returncode == 0, res.stderr
    assert "Shared claims" in _text(out.read_bytes())
    res = run("compare", *seed_paths, "-o", str(tmp_path / "report.pdf"))  # from the review: Markdown went into it
    assert res.returncode == 2 and ".docx" in res.stderr and not (tmp_path / "report.pdf").exists()


def test_word_report_holds_characters_xml_cannot(tmp_path):
    """From the review: a report's U+FFFF or a file name's undecodable byte (a lone surrogate) stopped the Word
    export with an internal error, where Markdown and HTML wrote them."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    text = "Flooding closed the A7 motorway near Lyon on Sunday\uffff, the prefecture said.\x0c"
    comp = compare([from_text(text, "caf\udce9.txt"), from_text(text.replace("Sunday", "Sunday night"), "b.txt")],
                   Options(semantic=False))
    written = _text(render_docx(comp))
    assert "Flooding closed the A7 motorway" in written and "caf\ufffd.txt" in written
    assert "said.\ufffd" not in written  # a form feed at the end is a space, not an unreadable character


def test_the_sources_table_breaks_file_names_where_they_may_break():
    """A helper's four-report export: the Sources table had broken "bergland_zeitung.pdf" as "bergland_zeitu" /
    "ng.pdf", and repeated a file name as its own source's file."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options, Source
    from desktop.engine.pipeline import compare

    text = "Five people were killed when a passenger train derailed in the mountains of Valdoria on Tuesday."
    outlet = Source("The Alpine Herald", text, path="/tmp/alpine_herald.html", kind="html")
    comp = compare([outlet, from_text(text, "bergland_zeitung.pdf")], Options(semantic=False))
    table = WordFile(io.BytesIO(render_docx(comp))).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0][:4] == ["", "Source", "Language", "File"]
    assert rows[1][1] == "The Alpine Herald" and rows[1][3] == "alpine_\u200bherald\u200b.html"
    assert rows[2][1] == "bergland_\u200bzeitung\u200b.pdf" and rows[2][3] == "—"
