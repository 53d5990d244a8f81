"""Section labels ("Key figures", "Why now"): headings of their report, never a claim "only in this source"."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.engine.ingest import read_path
from desktop.engine.pipeline import compare

REPORTS = Path(__file__).parent / "reports"
CHECKER = Path(__file__).resolve().parents[2] / "shared" / "contract" / "check.py"
LABELLED = REPORTS / "layoffs_valdremont_business.md"  # a helper's business report: three Markdown subheadings
WIRE = REPORTS / "layoffs_meridian_wire.txt"
LABELS = ("Key figures", "Why now", "Political fallout")


@pytest.fixture(scope="module")
def layoffs():
    return compare([read_path(LABELLED), read_path(WIRE)])


def _texts(comp, source: int, indices) -> set[str]:
    return {comp.documents[source].sentence_text(i).strip() for i in indices}


def test_subheadings_of_a_report_are_no_claims_only_it_makes(layoffs):
    """From a helper's test as a fact-checker: the business report's subheadings stood in the coverage grid as claims
    "in one only", one row each, beside the facts only that report gives."""
    assert _texts(layoffs, 0, layoffs.labels[0]) == set(LABELS)
    single = _texts(layoffs, 0, layoffs.single_sourced(0))
    assert single and not single & set(LABELS)
    assert not any(layoffs.is_label(1, i) for i in range(len(layoffs.documents[1].sentences)))  # the wire has none


def test_reports_and_the_json_show_labels_as_headings(layoffs, tmp_path):
    from desktop.export.contract import from_contract, to_contract
    from desktop.export.csv_export import render_csv
    from desktop.export.html import render_html
    from desktop.export.markdown import render_markdown

    markdown = render_markdown(layoffs)
    only = markdown.split("## Only in A", 1)[1].split("## Only in B", 1)[0]
    assert "Key figures" not in only and "Political fallout" not in only
    html = render_html(layoffs)
    assert '<span class="s section-label">Why now</span>' in html
    assert "Key figures" not in render_csv(layoffs)  # one row per claim: a label is none
    data = to_contract(layoffs)
    marked = [s for s in data["sources"][0]["sentences"] if s.get("label")]
    assert {data["sources"][0]["text"][s["start"]:s["end"]] for s in marked} == set(LABELS)
    assert from_contract(data).labels == layoffs.labels  # a session made from the JSON reads them again
    if CHECKER.is_file():
        out = tmp_path / "c.json"
        out.write_text(json.dumps(data), encoding="utf-8")
        res = subprocess.run([sys.executable, str(CHECKER), str(out)], capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


def test_a_saved_session_keeps_its_labels(layoffs, tmp_path):
    from desktop.store import Session

    with Session.create(tmp_path / "jobs.synoptic") as s:
        s.save_comparison(layoffs)
    with Session.open(tmp_path / "jobs.synoptic") as s:
        loaded = s.load_comparison()
    assert loaded.labels == layoffs.labels
    assert loaded.single_sourced(0) == layoffs.single_sourced(0)


def test_a_label_states_nothing_on_no_stated_source(layoffs):
    """The report's sourcing profile counted each subheading as a statement with no stated source."""
    from desktop.engine.attribution.compare import sourcing_profile

    said = {a.sentence for a in layoffs.attributions if a.source == 0}
    unsourced = [i for i in range(len(layoffs.documents[0].sentences)) if i not in said]
    assert set(layoffs.labels[0]) <= set(unsourced)
    assert sourcing_profile(layoffs, 0)["none"] == len(unsourced) - len(LABELS)


def test_a_label_in_a_column_is_a_heading_without_the_amber_of_a_claim(qapp, layoffs):
    from PySide6.QtGui import QFont, QTextCursor

    from desktop.ui.columns.document_builder import BuildStyle, build_column
    from desktop.ui.palette import current_theme

    theme = current_theme()
    built = build_column(layoffs, 0, BuildStyle(theme, QFont()))
    assert _texts(layoffs, 0, built.labels) == set(LABELS)
    doc = layoffs.documents[0]
    for i in (*built.labels, layoffs.single_sourced(0)[0]):
        start, _end = built.sentence_ranges[i]
        cursor = QTextCursor(built.document)
        cursor.setPosition(start + 1)  # the format of the sentence's first character
        amber = cursor.charFormat().background().color() == theme.single_bg
        assert amber == (i not in built.labels), doc.sentence_text(i)


def test_a_column_s_counts_leave_its_labels_out(layoffs):
    """A helper's analysis column read "14 shared" where the report said 10: its subheadings were counted shared."""
    import re

    from desktop.ui.columns.column_pane import counts_text

    total, shared, single, headings = map(int, re.findall(r"\d+", counts_text(layoffs, 0)))
    assert shared == sum(1 for s, _ in layoffs.group_index() if s == 0)
    # the sentences add up to shared and only here, the headings counted apart (a QA helper read "22 sentences · 14
    # shared · 3 only here" and looked for five lost statements)
    assert total == shared + single and headings == len(LABELS)
    assert counts_text(layoffs, 0).endswith(f"· {len(LABELS)} headings")


def test_labels_follow_their_source_when_the_columns_are_reordered(layoffs):
    """From the review: moving a column kept the labels on the old column numbers, so the wire's closing sentence
    read as a heading and the business report's subheadings as claims again."""
    from desktop.ui.columns.source_order import permute

    moved = permute(layoffs, [1, 0])
    assert moved.labels == {1: layoffs.labels[0]}
    assert len(moved.single_sourced(0)) == len(layoffs.single_sourced(1))


def test_a_label_matched_to_another_report_s_label_is_no_label_in_the_json(layoffs):
    """From the review: two reports' "Background" headings, grouped as one claim, were marked labels in the JSON
    while every other view counts the group a claim."""
    from dataclasses import replace

    from desktop.engine.model import Group, Link
    from desktop.export.contract import to_contract

    label = min(layoffs.labels[0])
    other = next(i for i in range(len(layoffs.documents[1].sentences)) if (1, i) not in layoffs.group_index())
    grouped = replace(layoffs, groups=[*layoffs.groups, Group([(0, label), (1, other)], 0.9,
                                                               [Link((0, label), (1, other), 0.9, True)])])
    marked = {i for i, s in enumerate(to_contract(grouped)["sources"][0]["sentences"]) if s.get("label")}
    assert marked == set(layoffs.labels[0]) - {label} and not grouped.is_label(0, label)


def _labelled(comp, source: int) -> set[str]:
    return _texts(comp, source, comp.labels.get(source, frozenset()))


def test_a_word_alone_under_a_markdown_heading_is_a_label_though_german_writes_it_as_a_name(tmp_path):
    """A QA helper's German Markdown report: "## Hintergrund" stood as a claim only it made (German writes its nouns
    in capitals, and its dictionary knows them so: the word read as a name). An intertitle that states something
    stays a sentence."""
    de = tmp_path / "de.md"
    de.write_text("# Ex-Bürgermeister verurteilt\n\nDer Prozess hatte im Januar zwei Wochen gedauert.\n\n"
                  "## Hintergrund\n\nCastagnède war von 2008 bis 2020 Bürgermeister der Stadt.\n\n"
                  "## Castagnède will gegen das Urteil Berufung einlegen\n\n"
                  "Sein Anwalt kündigte am Abend an, das Urteil anzufechten.\n", encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("Former mayor convicted\n\nThe trial lasted two weeks in January.\n\n"
                  "Castagnède was mayor of the town from 2008 to 2020.\n", encoding="utf-8")
    comp = compare([read_path(de), read_path(en)])
    assert _labelled(comp, 0) == {"Hintergrund"}
    assert "Hintergrund" not in _texts(comp, 0, comp.single_sourced(0))


def test_a_rubric_of_a_section_and_its_subsection_over_a_docx_headline_is_a_kicker(tmp_path):
    """A QA helper's Italian .docx: its kicker "MERCATI · BANCHE CENTRALI" (three words) stood as a claim only it
    made, and the headline under it was read as a sentence of the body, not as the report's title. A section and its
    subsection joined by a rubric mark are the page's furniture, as "Business | Markets" is (another tester's
    "Empresas · Automóvel", in lower case, had joined the headline's claim): left out, and the headline is the
    title."""
    from desktop.engine.headings import headline_of
    from desktop.engine.pipeline import prepare
    from makefiles import write_docx

    path = write_docx(tmp_path / "it.docx", [
        "MERCATI · BANCHE CENTRALI", "Valdoria, la banca centrale taglia i tassi di 25 punti base",
        "La Banca di Valdoria ha tagliato giovedì il tasso di riferimento di 25 punti base al 3,50%.",
        "L'indice VX-30 della Borsa di Velmar ha chiuso in rialzo dello 0,8%."])
    doc = prepare(read_path(path))
    assert doc.sentence_text(headline_of(doc)) == "Valdoria, la banca centrale taglia i tassi di 25 punti base"
    comp = compare([read_path(path), read_path(WIRE)])
    kept = _texts(comp, 0, range(len(comp.documents[0].sentences)))
    assert "MERCATI · BANCHE CENTRALI" not in kept
    assert [(r.reason, r.label) for r in comp.documents[0].removed] == [("boilerplate", "breadcrumb")]


def test_two_reports_section_labels_make_no_claim_together(tmp_path):
    """A QA helper's wire and Spanish page: "MARKETS" and "Reacción del mercado", each a label, were joined as their
    neighbours were and stood as a shared claim "of no stated source"."""
    en = tmp_path / "en.txt"
    en.write_text("VELMAR, Nov 12 (Meridian Wire) - The Bank of Valdoria cut its main policy rate by a quarter point to "
                  "3.50% on Thursday.\n\nMARKETS\n\nThe VX-30 index of leading Velmar shares rose 1.2% after the "
                  "announcement.\n", encoding="utf-8")
    es = tmp_path / "es.html"
    es.write_text("<html lang='es'><head><meta charset='utf-8'><title>El Banco de Valdoria baja los tipos</title></head>"
                  "<body><article><h1>El Banco de Valdoria baja los tipos un cuarto de punto</h1><p>El Banco de "
                  "Valdoria recortó este jueves su tipo de interés oficial en un cuarto de punto, hasta el 3,50%.</p>"
                  "<h3>Reacción del mercado</h3><p>El índice VX-30 subió un 1,2% tras el anuncio.</p></article></body>"
                  "</html>", encoding="utf-8")
    comp = compare([read_path(en), read_path(es)])
    assert _labelled(comp, 0) == {"MARKETS"} and _labelled(comp, 1) == {"Reacción del mercado"}
    assert not [g for g in comp.groups if any(i in comp.labels.get(k, ()) for k, i in g.members)]


def test_a_paper_s_name_in_capitals_over_its_headline_is_no_claim(tmp_path):
    """A QA helper's French .txt opened on its masthead, "LE COURRIER ÉCONOMIQUE" (a small word in it), and an
    Italian .docx on "FINANZA & IMPRESE | TRASPORTO AEREO" (names in it): each stood as a claim, and the two were
    linked as one claim both reports make."""
    from makefiles import write_docx

    fr = tmp_path / "fr.txt"
    fr.write_text("LE COURRIER ÉCONOMIQUE\n\nAérien : l'italien Aquila Air s'offre l'espagnol Ventura\n\nLe "
                  "transporteur italien Aquila Air a annoncé mardi le rachat de son concurrent espagnol Ventura "
                  "Airlines.\n", encoding="utf-8")
    it = write_docx(tmp_path / "it.docx", [
        "FINANZA & IMPRESE | TRASPORTO AEREO", "Aquila Air compra Ventura",
        "Aquila Air ha annunciato martedì l'acquisizione della spagnola Ventura Airlines."])
    comp = compare([read_path(fr), read_path(it)])
    assert _labelled(comp, 0) == {"LE COURRIER ÉCONOMIQUE"}
    assert _labelled(comp, 1) == {"FINANZA & IMPRESE | TRASPORTO AEREO"}
    assert not [g for g in comp.groups if any(i in comp.labels.get(k, ()) for k, i in g.members)]


def test_a_headline_in_capitals_is_the_report_s_title_not_a_masthead(tmp_path):
    """A review's tabloid-style report: "QUAKE HITS VALDORIA" over its subheading had been left out as a masthead,
    and the other report's headline was then linked to a sentence of its body."""
    a = tmp_path / "a.txt"
    a.write_text("QUAKE HITS VALDORIA\n\nHundreds feared dead as buildings collapse in Porto Ravi\n\nA powerful earthquake "
                 "struck southern Valdoria early on Tuesday, toppling buildings in the port city of Porto Ravi.\n\nAt "
                 "least 120 people were killed, the interior ministry said.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Earthquake hits southern Valdoria\n\nA strong earthquake shook the south of Valdoria on Tuesday "
                 "morning, bringing down buildings in Porto Ravi.\n\nThe interior ministry said at least 120 people had "
                 "died.\n", encoding="utf-8")
    comp = compare([read_path(a), read_path(b)])
    assert not _labelled(comp, 0)
    assert any((0, 0) in g.members and (1, 0) in g.members for g in comp.groups)
    a.write_text(a.read_text(encoding="utf-8").replace("QUAKE HITS VALDORIA", "A NATION MOURNS"), encoding="utf-8")
    assert not _labelled(compare([read_path(a), read_path(b)]), 0)


def test_a_report_s_sentence_counts_add_up_with_its_headings_apart(layoffs):
    """The Sources table of every export counts the headings apart, so its sentences are its shared ones and its own
    (a QA helper's analysis read "22 | 14 | 3" in the Markdown table, "22 sentences · 14 shared · 3 only here" in
    the HTML card)."""
    import io
    import re

    from docx import Document as Docx

    from desktop.export.html import render_html
    from desktop.export.markdown import render_markdown
    from desktop.export.word import render_docx

    row = next(line for line in render_markdown(layoffs).splitlines() if line.startswith("| **A** |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    total, heads = map(int, re.findall(r"\d+", cells[4]))
    assert (total, heads) == (int(cells[5]) + int(cells[6]), len(LABELS))
    card = re.search(r'<span class="nums">(.*?)</span>', render_html(layoffs)).group(1)
    assert re.sub(r"</?b>", "", card) == f"{total} sentences · {cells[5]} shared · {cells[6]} only here · 3 headings"
    table = Docx(io.BytesIO(render_docx(layoffs))).tables[0]
    assert any(c.text.startswith(f"{total} + 3 headings: {cells[5]} shared") for c in table.rows[1].cells)
