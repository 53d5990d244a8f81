"""Reports (Markdown, HTML, CSV) rendered from a hand-built comparison of the two sample reports."""
from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest

from desktop.engine.model import (
    Anchor, Annotation, Comparison, Detail, Document, Group, Link, Options, Override, Removed, Sentence, Source,
)
from desktop.export.csv_export import COLUMNS, render_csv
from desktop.export.html import render_html
from desktop.export.markdown import md_escape, render_markdown

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
SEED_A = "balkanweb-cnn.txt"  # CNN story relayed by BalkanWeb
SEED_B = "ttn-financial-times.txt"  # Financial Times story

A_SENTENCES = [
    "La Russie a demandé à la Chine une aide militaire et financière, CNN révèle un câble américain montrant que…",
    "Les États-Unis disposent d’informations suggérant que la Chine s’est déclarée prête",
    "On sait que Washington transmet ces informations à ses alliés de l’OTAN.",
    "Mais lors d'une réunion intense de sept heures à Rome,",
    "Parmi les aides demandées par la Russie figuraient des kits alimentaires",
    "\"Certains craignent réellement que leur implication",
]
B_SENTENCES = [
    "Les États-Unis affirment que la Russie a demandé l’aide militaire de la Chine",
    "La Russie a demandé à la Chine du matériel militaire pour soutenir son invasion",
    "Une autre personne familière avec la situation a déclaré",
    "La Maison Blanche n’a fait aucun commentaire.",
    "La révélation intervient alors que Jake Sullivan",
    "«\u00a0Nous veillerons à ce que ni la Chine",
]


def _sentence(text: str, opening: str) -> Sentence:
    """The whole sentence (up to its full stop, or the line end) that starts with ``opening``."""
    start = text.index(opening)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    stop = re.compile(r"[.!?…][»\"”]?(?=\s|$)").search(text, start + len(opening) - 1, line_end)
    end = stop.end() if stop else line_end
    return Sentence(start, end, paragraph=text.count("\n\n", 0, start))


def _span(doc: Document, i: int, fragment: str) -> tuple[int, int]:
    s = doc.sentences[i]
    start = doc.text.index(fragment, s.start, s.end)
    return start, start + len(fragment)


def _removed(text: str, line: str, reason: str, label: str) -> Removed:
    start = text.index(line)
    return Removed(start, start + len(line), reason, label)


def _document(path: Path, openings: list[str], removed: list[tuple[str, str, str]]) -> Document:
    text = path.read_text(encoding="utf-8")
    source = Source(path.stem, text, str(path))
    sentences = sorted((_sentence(text, o) for o in openings), key=lambda s: s.start)
    return Document(source, "fr", sentences, [_removed(text, *r) for r in removed])


def _order(doc: Document, openings: list[str]) -> list[int]:
    starts = [s.start for s in doc.sentences]
    return [starts.index(doc.text.index(o)) for o in openings]


def _comparison(dir_: Path) -> Comparison:
    a = _document(dir_ / SEED_A, A_SENTENCES, [
        ("Répandre l'amour", "boilerplate", "share/subscribe line"),
        ("Similar Posts", "boilerplate", "related links"),
    ])
    b = _document(dir_ / SEED_B, B_SENTENCES, [("Suivre Demetri Sébastopulo sur Twitter", "boilerplate", "follow line")])
    ia, ib = _order(a, A_SENTENCES), _order(b, B_SENTENCES)
    groups = [  # deliberately not in reading order
        Group([(0, ia[3]), (1, ib[4])], 0.58, [Link((0, ia[3]), (1, ib[4]), 0.58, manual=True)]),
        Group([(0, ia[0]), (1, ib[1])], 0.81, [Link((0, ia[0]), (1, ib[1]), 0.81)]),
        Group([(0, ia[1]), (1, ib[2])], 0.64, [Link((0, ia[1]), (1, ib[2]), 0.64)]),
    ]
    cnn = _span(a, ia[0], "CNN")
    aid_a = _span(a, ia[0], "une aide militaire et financière")
    aid_b = _span(b, ib[1], "du matériel militaire")
    details = [
        Detail(0, ia[0], *cnn, "unique", "name", group=1),
        Detail(0, ia[0], *aid_a, "conflict", "text", group=1, counterparts=((1, *aid_b),)),
        Detail(1, ib[1], *aid_b, "conflict", "text", group=1, counterparts=((0, *aid_a),)),
        Detail(1, ib[1], *_span(b, ib[1], "selon des responsables américains"), "unique", "attribution", group=1),
        Detail(0, ia[3], *_span(a, ia[3], "de sept heures"), "unique", "number", group=0),
        Detail(1, ib[4], *_span(b, ib[4], "Yang Jiechi"), "unique", "name", group=0),
        Detail(0, ia[4], *_span(a, ia[4], "MRE"), "unique", "name"),
    ]
    return Comparison([a, b], groups, details, Options(threshold=0.55))


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    for name in (SEED_A, SEED_B):
        shutil.copy(SAMPLES / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def comparison(seeds: Path) -> Comparison:
    return _comparison(seeds)


def _anchor(comparison: Comparison, source: int, opening: str) -> Anchor:
    doc = comparison.documents[source]
    start = doc.text.index(opening)
    s = next(s for s in doc.sentences if s.start == start)
    return Anchor(doc.source.content_hash, s.start, s.end)


@pytest.fixture
def annotations(comparison: Comparison) -> list[Annotation]:
    return [
        Annotation(_anchor(comparison, 1, B_SENTENCES[1]), "corroborated", "Confirmed by both the FT and CNN cables."),
        Annotation(_anchor(comparison, 1, B_SENTENCES[3]), "needs check", "Ask the White House press office again."),
    ]


def _sentence_texts(comparison: Comparison, source: int) -> list[str]:
    doc = comparison.documents[source]
    return [" ".join(doc.sentence_text(i).split()) for i in range(len(doc.sentences))]


def _visible(html: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, blanks collapsed."""
    import html as html_lib

    text = re.sub(r"<style>.*?</style>", " ", html, flags=re.S)
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _unemphasised(md: str) -> str:
    """Markdown with emphasis markers dropped (escaped stars kept)."""
    return re.sub(r"(?<!\\)\*", "", md)


# ---------- Markdown ----------

def test_markdown_lists_each_group_with_every_version_and_bolds_unique_spans(comparison):
    md = render_markdown(comparison)
    shared = md.split("## Shared claims")[1].split("## Only in")[0]
    plain = _unemphasised(shared)
    for source in (0, 1):
        for i in {i for s, i in (m for g in comparison.groups for m in g.members) if s == source}:
            first_words = md_escape(comparison.documents[source].sentence_text(i))[:40]
            assert first_words in plain
    assert "**CNN**" in shared
    assert "*une aide militaire et financière*" in shared
    assert "**Bold**" in md  # the legend
    # claims come in the reading order of the first source, whatever the group order
    assert plain.index("La Russie a demandé à la Chine une aide") < plain.index("Les États-Unis disposent")
    assert plain.index("Les États-Unis disposent") < plain.index("Mais lors d'une réunion")


def test_markdown_reports_sources_summary_and_single_sourced_sentences(comparison):
    md = render_markdown(comparison)
    assert md.startswith("# Comparison of 2 reports")
    assert "0.55" in md
    assert "| **A** | balkanweb-cnn | French |" in md
    assert "| 6 | 3 | 3 |" in md  # sentences · shared · only here
    assert "- **3** claims carried by both sources" in md
    assert "- **6** claims carried by one source only" in md
    only_b = _unemphasised(md.split("## Only in B")[1].split("##")[0])
    assert "La Maison Blanche n’a fait aucun commentaire." in only_b
    assert "**MRE**" in md.split("## Only in A")[1]
    assert "Répandre l'amour" in md and "share/subscribe line" in md
    assert "linked by hand" in md
    hand = next(line for line in md.splitlines() if "linked by hand" in line)
    assert "score" not in hand  # a hand link's 1.00 is the editor's word, not a match found
    html = render_html(comparison)
    card = next(c for c in html.split("<article")[1:] if "linked by hand" in c.split("</header>")[0])
    assert "score 1.00" not in card.split("</header>")[0]


def test_markdown_escapes_active_characters(tmp_path):
    text = "# Breaking: *all* prices | up_to 5 `now` [link](http://x)\n\nSecond line <b>bold</b>."
    hostile = _tiny_comparison(tmp_path, text, "*Star* | outlet")
    md = render_markdown(hostile)
    assert "\\# Breaking: \\*all\\* prices \\| up\\_to 5 \\`now\\` \\[link\\](http://x)" in md
    assert "\\<b>bold\\</b>" in md
    assert "\\*Star\\* \\| outlet" in md
    assert md_escape("3. Dezember 2026, 20:15 Uhr") == "3\\. Dezember 2026, 20:15 Uhr"  # not "\\3.", printed as is


# ---------- HTML ----------

def test_html_is_self_contained(comparison, annotations):
    page = render_html(comparison, annotations).lower()
    assert page.startswith("<!doctype html>")
    for forbidden in ("<script", 'src="http', "src='http", "<link", "@import", "url(http", "url(//", "<iframe"):
        assert forbidden not in page
    assert "@media print" in page


def test_html_shows_groups_details_and_every_sentence_side_by_side(comparison):
    page = render_html(comparison)
    side = page.split('id="side-by-side"')[1].split("</section>")[0]
    columns = side.split('class="column"')[1:]
    assert len(columns) == 2
    for source, column in enumerate(columns):
        text = _visible(column)
        for sentence in _sentence_texts(comparison, source):
            assert sentence in text
    assert '<mark class="unique" title="name">CNN</mark>' in page
    assert '<mark class="conflict wording" title="other: B: du matériel militaire">une aide militaire et financière</mark>' in page
    assert side.count('class="s shared') == 6 and side.count('class="s single') == 6
    assert "Claim 3" in page and "score 0.81" in page
    assert "<details" in page and "share/subscribe line" in page


def test_html_escapes_hostile_text(tmp_path):
    text = "Officials said <script>alert(1)</script> was found.\n\nThe <img src=x onerror=alert(2)> file."
    hostile = _tiny_comparison(tmp_path, text, '<script>alert("name")</script>')
    doc = hostile.documents[0]
    note = Annotation(Anchor(doc.source.content_hash, doc.sentences[0].start, doc.sentences[0].end),
                      "false", '"><script>alert(3)</script>')
    page = render_html(hostile, [note])
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in page


# ---------- CSV ----------

def test_csv_parses_back_with_one_row_per_claim_sentence_and_detail(comparison):
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison))))
    assert tuple(rows[0].keys()) == COLUMNS
    claims = [r for r in rows if r["row_type"] == "claim"]
    details = [r for r in rows if r["row_type"] == "detail"]
    assert len(claims) == 12 and len(details) == len(comparison.details)
    assert sorted(r["kind"] for r in claims) == ["shared"] * 6 + ["single"] * 6
    first = claims[0]
    assert (first["group"], first["source"], first["kind"]) == ("1", "A", "shared")
    assert first["text"].startswith("La Russie a demandé à la Chine une aide militaire")
    text_a = comparison.documents[0].text
    for r in details:
        text = text_a if r["source"] == "A" else comparison.documents[1].text
        assert text[int(r["start"]) : int(r["end"])] == r["text"]
    cnn = next(r for r in details if r["text"] == "CNN")
    assert (cnn["kind"], cnn["type"], cnn["group"]) == ("unique", "name", "1")
    mre = next(r for r in details if r["text"] == "MRE")
    assert mre["group"] == "" and mre["kind"] == "unique"


def test_csv_defuses_spreadsheet_formulas(tmp_path):
    hostile = _tiny_comparison(tmp_path, '=HYPERLINK("http://evil","click")\n\n@SUM(1+1) is fine.', "+Outlet")
    rows = list(csv.DictReader(io.StringIO(render_csv(hostile))))
    assert rows[0]["text"] == "'=HYPERLINK(\"http://evil\",\"click\")"
    assert rows[0]["source_name"] == "'+Outlet"
    assert all(not r[c].startswith(("=", "+", "-", "@")) for r in rows for c in ("text", "source_name", "note"))


# ---------- annotations in all three ----------

def test_annotations_appear_in_every_report(comparison, annotations):
    md = render_markdown(comparison, annotations)
    page = render_html(comparison, annotations)
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison, annotations))))
    assert "**Verdict: corroborated**" in md.split("### Claim 1")[1].split("### Claim 2")[0]
    assert "Confirmed by both the FT and CNN cables." in md
    assert "**Verdict: needs check**" in md.split("## Only in B")[1]
    claim1 = page.split('id="claim-1"')[1].split("</article>")[0]
    assert "corroborated" in claim1 and "Confirmed by both the FT and CNN cables." in claim1
    assert "Ask the White House press office again." in page.split('id="only-B"')[1]
    # the group's verdict shows on every member row of the claim in the CSV
    group1 = [r for r in rows if r["row_type"] == "claim" and r["group"] == "1"]
    assert {r["verdict"] for r in group1} == {"corroborated"}
    white_house = next(r for r in rows if r["text"].startswith("La Maison Blanche"))
    assert (white_house["verdict"], white_house["note"]) == ("needs check", "Ask the White House press office again.")


def test_overrides_are_listed_as_editor_corrections(comparison):
    a = _anchor(comparison, 0, A_SENTENCES[2])
    b = _anchor(comparison, 1, B_SENTENCES[3])
    md = render_markdown(comparison, overrides=[Override("unlink", a, b)])
    page = render_html(comparison, overrides=[Override("unlink", a, b)])
    assert "kept apart by the editor: A: On sait que Washington" in md
    assert "Kept apart by the editor" in page


def test_summary_counts_claims_of_all_some_and_one_source(tmp_path):
    path = tmp_path / "three.txt"
    path.write_text("Ten people were hurt.\n\nThe mayor spoke at noon.", encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    sentences = [Sentence(0, 21, 0), Sentence(23, len(text), 1)]
    docs = [Document(Source(f"Outlet {k}", text + " " * k, str(path)), "en", list(sentences), []) for k in range(3)]
    groups = [Group([(0, 0), (1, 0), (2, 0)], 0.9, []), Group([(0, 1), (1, 1)], 0.7, [])]
    three = Comparison(docs, groups, [])
    md = render_markdown(three)
    assert "- **1** claim carried by all 3 sources" in md
    assert "- **1** claim carried by some sources" in md
    assert "- **1** claim carried by one source only" in md
    # the three outlets are one text: the later ones' versions are echoes of the first's words
    assert "| 2 | The mayor spoke at noon. | ✓ | ○ |   |" in md and "○ = the source carries the claim in another" in md
    assert "- ⚠ 1 claim stated by several sources in one source's words only (○)" in md  # claim 2: A's words twice
    page = render_html(three)
    assert '<th class="mark" title="Outlet 2">C</th>' in page
    assert "<b>1</b><span>claim carried by some sources" in page


def _tiny_comparison(tmp_path: Path, text: str, name: str) -> Comparison:
    """A one-group comparison of a file with ``text`` against itself under another name."""
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    cut = text.index("\n\n")
    sentences = [Sentence(0, cut, 0), Sentence(cut + 2, len(text), 1)]
    docs = [Document(Source(name, text, str(path)), "en", list(sentences), []),
            Document(Source("Copy", text + " ", None), "en", list(sentences), [])]
    return Comparison(docs, [Group([(0, 0), (1, 0)], 0.9, [])], [])


def test_reports_for_colleagues_name_the_file_never_its_folders(tmp_path):
    """An HTML or Markdown report is sent to others: the folder a report was read from says too much."""
    from desktop.engine.ingest import read_path
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare
    from desktop.export.html import render_html
    from desktop.export.markdown import render_markdown

    folder = tmp_path / "private-dossier-ana"
    folder.mkdir()
    a, b = folder / "lemonde.txt", folder / "afp.txt"
    a.write_text("Le pont s'est effondré mardi à Valmont.\n\nDeux personnes ont été blessées.\n", encoding="utf-8")
    b.write_text("Mardi, le pont de Valmont s'est écroulé.\n\nLa maire demande une enquête.\n", encoding="utf-8")
    comp = compare([read_path(a), read_path(b)], Options(semantic=False))
    for text in (render_html(comp), render_markdown(comp)):
        assert "lemonde.txt" in text and "afp.txt" in text
        assert "private-dossier-ana" not in text


def test_reports_say_who_says_each_claim_and_each_sources_sourcing(seed_comparison):
    """The samples rest a shared claim on an anonymous official in one report and on the United States in the
    other: the reports say so per claim, flag it, and profile each source's sourcing."""
    import csv
    import io

    from desktop.export.csv_export import render_csv
    from desktop.export.html import render_html
    from desktop.export.markdown import render_markdown

    markdown = render_markdown(seed_comparison)
    assert "Who says it:" in markdown and "(anonymous source)" in markdown and "Attributed differently" in markdown
    assert "| Sourcing |" in markdown and "anonymous source " in markdown.split("## Summary")[0]
    html = render_html(seed_comparison)
    assert "Who says it" in html and "<i>(anonymous source)</i>" in html and "Attributed differently" in html
    assert html.count('class="profile"') == 2
    rows = list(csv.DictReader(io.StringIO(render_csv(seed_comparison))))
    said = [r for r in rows if r["row_type"] == "claim" and "CNN" in r["who_says_it"]]
    assert said and all("outlet" in r["source_kinds"] for r in said)
    assert any(r["claim_sourcing"] == "attributed differently" for r in rows)


def test_a_single_sourced_sentence_bolds_the_name_not_the_word_of_address_or_the_rank():
    from desktop.export.salient import salient_spans

    def names(text):
        return [text[a:b] for a, b, kind in salient_spans(text) if kind == "name"]

    assert names("\"I didn't realize it was a police officer,\" Mr. Pinder said.") == ["Pinder"]
    assert names("The officer told Const. Tim Fanning to wait, said Mme Durand.") == ["Tim Fanning", "Durand"]
    # from a helper's test: "cœur" came out as "c**œur**", its "œ" read as a capital; a name opens a word
    assert names("« L'usine, c'est le cœur de la ville », a réagi le maire, Jean-Marc Delorme.") == ["Jean-Marc Delorme"]
    assert names("Le train venait de Łódź, selon Œdipe Martin.") == ["Łódź", "Œdipe Martin"]
    assert names("Selon l'ONU, la situation s'est aggravée à l'est d'Alep.") == ["ONU", "Alep"]  # (the review)


def test_versions_said_differently_are_quoted_in_the_marks_of_their_language():
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    comparison = compare([from_text("The Senate approved the bill on Tuesday after a long debate.", "A"),
                          from_text("The Senate rejected the bill on Tuesday after a long debate.", "B")],
                         Options(semantic=False))
    diffs = render_html(comparison).split("Said differently")[1].split("</div>")[0]
    assert "“approved”" in diffs and "“rejected”" in diffs and "«" not in diffs


def test_reports_count_and_mark_the_claims_whose_versions_disagree():
    """Found by a review: 'carried by both sources' for every claim, while the versions gave 62 and 61 years,
    Tuesday and Friday: the summary now counts such claims and the coverage table marks them."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    a = ("A 62-year-old man was arrested after the fire at the church in Wasilla, police said.\n\n"
         "The governor visited the church on Saturday and spoke with the pastor.\n")
    b = ("A 61-year-old man was arrested after the fire at the church in Wasilla, police said.\n\n"
         "The governor visited the church on Saturday and spoke with the pastor.\n")
    comp = compare([from_text(a, "A"), from_text(b, "B")], Options(semantic=False))
    md = render_markdown(comp)
    assert "- ⚠ **1** claim whose versions say a detail differently" in md
    assert "| 1 | ⚠ A 62-year-old man was arrested" in md and "| 2 | The governor visited" in md
    assert 'class="stat disputed"><b>⚠ 1</b>' in render_html(comp)


def test_reports_say_which_single_sourced_sentences_have_a_near_sentence_elsewhere(seed_comparison):
    """'Only in A' is what a reader acts on: a sentence whose nearest unlinked sentence in another source scores
    REPORT_NEAR or more says so, with that sentence's reference, so the reader checks it first."""
    from desktop.export.view import REPORT_NEAR

    markdown, html = render_markdown(seed_comparison), render_html(seed_comparison)
    (source, sentence), near = max(seed_comparison.elsewhere.items(), key=lambda item: item[1].score)
    letter, other = "AB"[source], f"{'AB'[near.b[0]]}{near.b[1] + 1}"
    item = next(line for line in markdown.split(f"## Only in {letter}")[1].splitlines()
                if line.startswith(f"- **{letter}{sentence + 1}** "))
    words = " ".join(seed_comparison.documents[near.b[0]].sentence_text(near.b[1]).split()[:4])
    assert f"nearest sentence elsewhere: {other} “{words}" in item and f"({near.score:.2f}), not linked" in item
    # the nearest sentence's words, since a shared one appears in the report only under its claim (a helper's test)
    named = {ref for ref, ln in seed_comparison.elsewhere.items() if ln.score >= REPORT_NEAR}
    assert 0 < len(named) < len(seed_comparison.elsewhere) and html.count('<span class="close">') == len(named)
    grid_row = next(line for line in markdown.splitlines() if line.startswith(f"| {letter}{sentence + 1} | "))
    marks = [m.strip() for m in grid_row.strip("|").split("|")[2:]]
    assert marks[near.b[0]] == "?" and marks[source] == "✓"  # the coverage grid: "?" where it may be said too
    assert "? = that source has a sentence near the claim" in markdown and 'class="mark near"' in html
    shared = [line for line in markdown.splitlines() if re.match(r"\| \d+ \| ", line)]
    assert shared and not any("?" in line.split("|")[3:] for line in shared)  # two sources: each claim has both
    rows = list(csv.DictReader(io.StringIO(render_csv(seed_comparison))))
    row = next(r for r in rows if r["row_type"] == "claim" and (r["source"], r["sentence"]) == (letter, str(sentence + 1)))
    assert row["nearest_elsewhere"] == f"{other} ({near.score:.2f})"
    assert sum(bool(r["nearest_elsewhere"]) for r in rows) == len(named)
    far = next(i for i in seed_comparison.single_sourced(0) if (0, i) not in named)
    plain = next(line for line in markdown.split("## Only in A")[1].splitlines() if line.startswith(f"- **A{far + 1}** "))
    assert "nearest sentence elsewhere" not in plain


def test_a_near_sentence_scoring_the_strictness_says_why_it_is_not_linked():
    """From a helper's three reports of a resignation: "nearest sentence elsewhere … (0.71), not linked" under a
    report that says claims are grouped from 0.50 read as a contradiction; the note now says what kept them apart."""
    from pathlib import Path

    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    reports = Path(__file__).parent / "reports"
    comp = compare([read_path(reports / f"resignation_{name}.txt") for name in ("a_afp", "b_monde", "c_parisien")])
    notes = [line for line in render_markdown(comp).splitlines() if "nearest sentence elsewhere" in line]
    above = [ln for ln in comp.elsewhere.values() if ln.score >= comp.options.threshold]
    assert above and notes
    for line in notes:
        score = float(re.search(r"\((\d\.\d\d)\), not linked", line).group(1))
        if abs(score - comp.options.threshold) > 0.005:  # (a score shown as 0.50 may be just under it)
            assert ("not linked (it reaches the 0.50 needed to group, but" in line) == (score > comp.options.threshold), line


def test_a_claim_of_several_sources_reads_question_mark_in_the_report_for_a_source_with_a_sentence_near_it():
    """Three reports: A and B carry claim 1; C's single-sourced sentence has one of its versions as its nearest
    sentence elsewhere (0.41, above the reports' bar): the coverage table reads "?" in C's column of claim 1."""
    from desktop.engine.model import Document, Link, Source
    from test_ui_data import hand_comparison, segment

    comparison = hand_comparison()
    third = Source("c.txt", "Washington a prévenu ses alliés européens.\n\nIl pleuvait sur Rome.\n")
    comparison.documents.append(Document(third, "fr", *segment(third.text)))
    comparison.elsewhere = {(2, 0): Link((2, 0), comparison.groups[0].members[1], 0.41)}
    markdown = render_markdown(comparison)
    first = next(line for line in markdown.splitlines() if line.startswith("| 1 | "))
    assert [m.strip() for m in first.strip("|").split("|")[2:]] == ["✓", "✓", "?"]
    c1 = next(line for line in markdown.splitlines() if line.startswith("| C1 | "))
    assert [m.strip() for m in c1.strip("|").split("|")[2:]] == ["", "?", "✓"]


def test_a_csv_report_file_tells_spreadsheets_it_is_utf8_and_markdown_leaves_figures_bare(comparison, tmp_path):
    """From a helper's test of the exports: the CSV had no byte-order mark (Excel reads "Inês" and "€" in the old
    code page), and the Markdown report wrote "closed \\6.4% lower", "exposes \\3.2 million" (a figure opening a
    marked fragment was escaped as if it opened a numbered list)."""
    from desktop.export.report_file import write_report

    path = tmp_path / "claims.csv"
    write_report(render_csv(comparison), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))[0] == COLUMNS[0]
    assert md_escape("6.4% lower") == "6.4% lower" and md_escape("3.2 million") == "3.2 million"
    assert md_escape("1. First") == "1\\. First" and md_escape("- item") == "\\- item"  # CommonMark escapes the stop


def test_one_claim_is_one_claim_in_the_reports():
    """A helper's HTML report read "1 claims whose versions say a detail differently"."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("Fire forces 1,800 from homes\n\nFirefighters fought the blaze all night.", "A"),
                    from_text("Fire forces 2,500 from homes\n\nFirefighters fought the blaze all night.", "B")])
    html, md = render_html(comp), render_markdown(comp)
    assert "1 claims" not in html and "1 claims" not in md
    assert "claim whose versions say a detail differently" in html


def test_the_summary_counts_the_claims_attributed_differently():
    """From a helper's QA: the app counted the claims whose versions name different sources, the reports did not
    (the port-strike quote the Spanish report gives to another person)."""
    from pathlib import Path

    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    reports = Path(__file__).parent / "reports"
    comp = compare([read_path(reports / name) for name in ("port_strike_en_wire.txt", "port_strike_es.txt")])
    line = next(ln for ln in render_markdown(comp).splitlines() if "attributed differently:" in ln)
    assert line.startswith("- ⚠ **1** claim attributed differently")
    assert "claim attributed differently" in render_html(comp)


def test_said_differently_lists_figures_and_words_and_who_says_it_lists_the_sources():
    """From a helper's reading of four plant-fire reports: "Said differently" listed who says it too ("B: hospital
    officials — vs A: the regional prefecture"), under the same heading as the figures, while the summary's count of
    claims said differently leaves sources out; the sources are listed under "Who says it", flagged there."""
    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    reports = Path(__file__).parent / "reports"
    names = ("plant_fire_en_wire.txt", "plant_fire_en_local.txt", "plant_fire_fr_national.txt",
             "plant_fire_fr_regional.txt")
    md = render_markdown(compare([read_path(reports / name) for name in names]))
    quote = md[md.index("keep their windows closed"):]
    quote = quote[:quote.index("### Claim")]
    assert "⚠ **Attributed differently**" in quote and "Colonel Patrick Vernier (named person)" in quote
    assert "Said differently" not in quote
    toll = md[md.index("*Twelve* people were injured"):]
    toll = toll[:toll.index("### Claim")]
    assert "- A: *Twelve* — vs B: 15" in toll and "hospital officials* —" not in toll


def test_a_fact_said_differently_is_told_from_wording_in_every_export():
    """From QA helpers' protest and wildfire reports: "reached" / "topped", "infiltrated" / "joined" had the same
    wavy red mark as a number said differently. The reports list the facts first and tag the wording; the HTML
    marks wording with a dotted underline; the window too (``highlight.detail_format``)."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("Fire in Ashby\n\nThe mayor praised the firefighters on Tuesday, and twelve of them "
                              "received medals at the town hall.", "A"),
                    from_text("Fire in Ashby\n\nThe mayor thanked the firefighters on Tuesday, and fifteen of them "
                              "received medals at the town hall.", "B")])
    said = render_markdown(comp).split("Said differently:")[1].split("##")[0].strip().splitlines()
    assert said == ["- A: *twelve* — vs B: fifteen", "- A: *praised* — vs B: thanked (other words)"]
    page = render_html(comp)
    assert '<mark class="conflict wording" title="other: B: thanked">praised</mark>' in page
    assert '<mark class="conflict" title="other: B: fifteen">twelve</mark>' in page
    from PySide6.QtGui import QPalette, QTextCharFormat

    from desktop.ui.highlight import detail_format
    from desktop.ui.palette import make_theme

    theme = make_theme(QPalette())
    styles = {comp.documents[d.source].source.text[d.start:d.end]: detail_format(theme, d).underlineStyle()
              for d in comp.details if d.source == 0 and d.kind == "conflict"}
    assert styles == {"twelve": QTextCharFormat.UnderlineStyle.WaveUnderline,
                      "praised": QTextCharFormat.UnderlineStyle.DotLine}


def test_opposite_words_and_counts_in_words_are_not_filed_as_mere_wording():
    """The review: "Dozens" / "Hundreds" were tagged as wording, and a pair was tagged by whichever side came first."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("March in Corvenne\n\nDozens of officers were hurt in the clashes on Saturday.", "A"),
                    from_text("March in Corvenne\n\nHundreds of officers were hurt in the clashes on Saturday.", "B")])
    said = render_markdown(comp).split("Said differently:")[1].split("##")[0].strip().splitlines()
    assert said and not any("(other words)" in line or "(wording)" in line for line in said)


def test_reports_say_whom_a_claim_only_one_source_makes_rests_on():
    """A QA helper's breach reports: the ransom demand only the French report gives, on "des sources proches du
    dossier", was listed with its figure in bold and nothing of its sourcing, which the JSON and the CSV carried."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    lead = "Le groupe Veltaro a été victime d'une cyberattaque touchant 2,3 millions de clients."
    comp = compare([from_text(lead, "a"), from_text(lead + " Selon des sources proches du dossier, les pirates "
                                                           "auraient exigé une rançon de 5 millions d'euros.", "b")])
    md = render_markdown(comp)
    only = md[md.index("## Only in B"):]
    assert "⚠ anonymous sources only: des sources proches du dossier (anonymous source)" in only
    assert "anonymous sources only" in render_html(comp)


def test_the_json_export_keeps_the_claim_a_review_was_given_to():
    """The review: the JSON export left out a review's claim, so a script reading it placed a review on the sentence
    it was written on, where the app and the other reports keep it with the claim after an unlink."""
    from desktop.engine.model import Anchor, Annotation
    from desktop.export.contract import annotations_dict

    claim = (Anchor("aaa", 0, 40), Anchor("bbb", 10, 52))
    found = annotations_dict([Annotation(claim[0], "corroborated", "Two wires agree.", claim=claim)])
    assert found[0]["claim"] == [{"source_hash": "aaa", "start": 0, "end": 40},
                                 {"source_hash": "bbb", "start": 10, "end": 52}]


def test_a_german_sentence_only_one_report_gives_has_no_noun_bolded_as_a_name():
    """A QA helper's wildfire reports: the Markdown report bolded "Toten", "Feuerwehrmann", "Löscharbeiten",
    "Flammen" as key names of a German sentence only one report gave (every German noun is capitalised)."""
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import compare

    comp = compare([from_text("Unter den Toten ist auch ein Feuerwehrmann, der bei den Löscharbeiten von den Flammen "
                              "eingeschlossen wurde.", "de.txt"),
                    from_text("Portugal sent two Canadair planes to help fight the flames.", "en.txt")])
    report = render_markdown(comp)
    assert "**Toten**" not in report and "**Flammen**" not in report
    assert "**Canadair**" in report  # a name in English stays marked
