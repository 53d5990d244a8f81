"""Ingest: real files of every supported kind become a Source, bad files a one-line SynopticError."""
from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.engine.ingest import DEFAULT_MAX_CHARS, from_text, read_path
from desktop.engine.ingest.docx_file import check_archive
from desktop.engine.model import SynopticError
from desktop.engine.pipeline import prepare
from makefiles import (
    ARTICLE_PARAGRAPHS, ARTICLE_TITLE, PAGE_SECRETS, article_html, pdf_bytes, write_docx,
    write_encrypted_pdf, write_pdf, write_zip_bomb,
)

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
FRENCH = "Le président a déclaré : « C’est une journée historique », selon l’AFP.\nLes élèves étaient émus — ça ira.\n"
LATIN1 = "Café à Paris, été. Größe über Straße ; señor Muñoz.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def error_of(path, **kw) -> str:
    with pytest.raises(SynopticError) as caught:
        read_path(path, **kw)
    return str(caught.value)


# ---- plain text and encodings ------------------------------------------------------------------


def test_utf8_without_bom(tmp_path):
    path = write(tmp_path, "report.txt", FRENCH.encode("utf-8"))
    source = read_path(path)
    assert (source.text, source.encoding, source.kind) == (FRENCH, "utf-8", "text")
    assert source.name == "report.txt" and source.title is None
    assert source.path == str(path.resolve())


def test_utf8_with_bom_is_stripped(tmp_path):
    source = read_path(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + FRENCH.encode("utf-8")))
    assert source.text == FRENCH
    assert source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(tmp_path, codec, bom):
    source = read_path(write(tmp_path, "u16.txt", bom + FRENCH.encode(codec)))
    assert source.text == FRENCH
    assert source.encoding == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    source = read_path(write(tmp_path, "u16.txt", FRENCH.encode(codec)))
    assert source.text == FRENCH
    assert source.encoding == codec


def test_cp1252_french_with_curly_quotes(tmp_path):
    text = FRENCH * 3 + "Il a payé 20 € — « pas plus », dit-il.\n"
    source = read_path(write(tmp_path, "ansi.txt", text.encode("cp1252")))
    assert source.text == text
    assert source.encoding == "cp1252"


def test_latin1(tmp_path):
    source = read_path(write(tmp_path, "latin.txt", LATIN1.encode("latin-1")))
    assert source.text == LATIN1
    assert source.encoding in ("cp1252", "iso8859-1", "iso8859-15")


def test_line_endings_normalised_and_nothing_else_changed(tmp_path):
    raw = "  Titre\r\n\r\nPremière ligne.\t\rDeuxième  ligne.  \r\n\r\n\r\nFin\u00a0!\n   "
    source = read_path(write(tmp_path, "crlf.txt", raw.encode("utf-8")))
    assert source.text == "  Titre\n\nPremière ligne.\t\nDeuxième  ligne.  \n\n\nFin\u00a0!\n   "


def test_invalid_utf8_bytes_inside_utf8_text_are_replaced(tmp_path):
    data = FRENCH.encode("utf-8") + b"Octet cass\xe9 ici.\n" + FRENCH.encode("utf-8")
    source = read_path(write(tmp_path, "broken.txt", data))
    assert source.encoding == "utf-8"
    assert source.text == FRENCH + "Octet cass\ufffd ici.\n" + FRENCH
    assert source.meta["replaced_bytes"] == 1


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_seed_samples_read_back_exactly(sample):
    source = read_path(sample)
    assert source.text == sample.read_bytes().decode("utf-8")
    assert source.name == sample.name and source.kind == "text"


def test_unknown_extension_that_decodes_as_text(tmp_path):
    source = read_path(write(tmp_path, "dispatch.article", FRENCH.encode("utf-8")))
    assert (source.text, source.kind) == (FRENCH, "text")


# ---- HTML --------------------------------------------------------------------------------------


def test_html_article_without_page_furniture(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(article_html(), encoding="utf-8")
    source = read_path(path)
    assert source.kind == "html"
    # named by its outlet (og:site_name), as the window's columns and the reports list it; the headline is its title
    assert source.title == ARTICLE_TITLE and source.name == "Le Quotidien"
    assert source.text == "\n\n".join([ARTICLE_TITLE, *ARTICLE_PARAGRAPHS])
    for secret in PAGE_SECRETS:
        assert secret not in source.text
    assert source.meta["author"] == "Marie Dupont"
    assert source.meta["date"] == "2023-09-10"


def test_html_page_is_read_without_any_network_access(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = tmp_path / "page.html"
    path.write_text(article_html(), encoding="utf-8")
    assert ARTICLE_PARAGRAPHS[1] in read_path(path).text


def test_html_title_put_first_when_body_lacks_it(tmp_path):
    html = article_html().replace(f"<h1>{ARTICLE_TITLE}</h1>", "")
    path = tmp_path / "nohead.htm"
    path.write_text(html, encoding="utf-8")
    source = read_path(path)
    assert source.title
    assert source.text.startswith(source.title + "\n\n")
    assert source.text.count(source.title) == 1
    assert ARTICLE_PARAGRAPHS[2] in source.text


def test_a_metadata_title_shorter_than_the_headline_is_not_a_second_headline(tmp_path):
    """Found by a helper's first-use test: og:title "Séisme au Maroc : le bilan s’alourdit" and the <h1> "…, selon
    les autorités" made two title sentences, and the claim of the title listed two versions from one report."""
    html = article_html().replace(f"<h1>{ARTICLE_TITLE}</h1>", f"<h1>{ARTICLE_TITLE}, selon les autorités</h1>")
    html = html.replace("<meta name=\"author\"", f'<meta property="og:title" content="{ARTICLE_TITLE}">\n'
                        '<meta name="author"')
    source = read_path(write(tmp_path, "og.html", html.encode("utf-8")))
    assert source.text.startswith(f"{ARTICLE_TITLE}, selon les autorités\n\n")
    assert source.text.count(ARTICLE_TITLE) == 1


def test_html_declared_charset_is_honoured(tmp_path):
    html = article_html().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    source = read_path(write(tmp_path, "ansi.html", html.encode("cp1252")))
    assert ARTICLE_PARAGRAPHS[1] in source.text
    assert source.encoding == "cp1252"


def test_a_declared_charset_that_is_no_text_encoding_is_ignored(tmp_path):
    """Found by the fuzz test: '<meta charset="uu">' names a binary codec Python cannot decode text with."""
    html = article_html().replace('<meta charset="utf-8">', '<meta charset="uu">')
    source = read_path(write(tmp_path, "uu.html", html.encode("cp1252")))
    assert ARTICLE_PARAGRAPHS[1] in source.text


def test_html_saved_with_txt_name_is_sniffed(tmp_path):
    source = read_path(write(tmp_path, "saved.txt", article_html().encode("utf-8")))
    assert source.kind == "html"
    assert "SCRIPT_SECRET" not in source.text and ARTICLE_PARAGRAPHS[0] in source.text


def test_short_html_page_keeps_its_paragraphs(tmp_path):
    html = "<html><body><p>Premier paragraphe.</p><p>Second <b>paragraphe</b>.</p></body></html>"
    source = read_path(write(tmp_path, "short.html", html.encode()))
    assert source.text == "Premier paragraphe.\n\nSecond paragraphe."


EMBEDS = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><article>
<h1>{title}</h1><p>{first}</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{post} <a href="https://t.co/x">pic.twitter.com/x1y2z3</a></p>
&mdash; Mary Jane Smith (@mjsmith) <a href="https://twitter.com/mjsmith/status/1">December 13, 2008</a></blockquote>
<p>{second}</p>
<blockquote class="bluesky-embed" data-bluesky-uri="at://did/post/1"><p lang="en">{other}</p>&mdash; Jean-Marc Dupont
(<a href="https://bsky.app/profile/jmd">@jmdupont.bsky.social</a>) <a href="https://bsky.app/x">13 Dec 2008</a></blockquote>
<blockquote class="twitter-tweet"><p>No author line here.</p></blockquote>
</article></body></html>"""


def test_a_post_a_page_embeds_is_its_authors_statement_not_the_outlets(tmp_path):
    """Found by a review: an embedded post's text read as the outlet's own unsourced sentence, its author lost."""
    page = tmp_path / "page.html"
    page.write_text(EMBEDS.format(
        lang="en", title="Fire damages Palin's church", post="Praying for everyone at Wasilla Bible Church tonight.",
        first="Gov. Sarah Palin's home church was badly damaged by arson on Friday night, authorities said Saturday.",
        second="No one was injured in the fire, which was set while five women were inside the building.",
        other="Thoughts with the firefighters of Wasilla."), encoding="utf-8")
    text = read_path(page).text
    assert 'Mary Jane Smith wrote on X (@mjsmith): "Praying for everyone at Wasilla Bible Church tonight."' in text
    assert 'Jean-Marc Dupont wrote on Bluesky (@jmdupont.bsky.social): "Thoughts with the firefighters of Wasilla."' in text
    assert 'A post on X: "No author line here."' in text and "pic.twitter.com" not in text
    assert text.index("Praying") < text.index("No one was injured") < text.index("Thoughts")  # in the page's order
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    comp = compare([read_path(page), from_text("Arson damaged Sarah Palin's church in Wasilla on Friday.")],
                   Options(semantic=False))
    doc = comp.documents[0]
    said = {doc.source.text[a.start:a.end]: a.kind for a in comp.attributions if a.source == 0
            and "Praying" in doc.sentence_text(a.sentence)}
    assert said.get("Mary Jane Smith") == "person"


def test_a_french_page_says_who_posted_in_french(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(EMBEDS.format(
        lang="fr", title="L'église de Sarah Palin incendiée", post="Toutes nos pensées vont aux fidèles.",
        first="L'église fréquentée par Sarah Palin a été endommagée par un incendie vendredi soir, selon les autorités.",
        second="Personne n'a été blessé dans l'incendie, selon les pompiers.", other="Une pensée pour les pompiers."),
        encoding="utf-8")
    text = read_path(page).text
    assert "Mary Jane Smith a écrit sur X (@mjsmith) : « Toutes nos pensées vont aux fidèles. »" in text
    assert "Message publié sur X : « No author line here. »" in text


def test_a_quoted_post_mentions_line_breaks_and_emoji_are_kept_with_their_authors(tmp_path):
    """Found by a review: a post quoting another was credited to the quoted author; @mentions were cut out of the
    quote ("Thank you and for closing"); a line break ran two sentences together; a post ending on an emoji was left
    out as a share button."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><body><article><h1>Bridge shut after crack found</h1>'
        "<p>The Harbour Bridge was closed to all traffic on Monday after inspectors found a crack in a girder.</p>"
        '<blockquote class="twitter-tweet"><p>Fully support this decision. <a href="https://t.co/q2">https://t.co/q2</a>'
        '</p><blockquote class="twitter-tweet"><p>Safety comes first.<br><br>Detours via Route 9.</p>&mdash; Dana '
        "Whitfield (@DanaWhitfieldTC) March 4, 2024</blockquote>&mdash; Gov. Ellen Park (@GovEllenPark) March 4, "
        '2024</blockquote><blockquote class="bluesky-embed"><p>Thank you <a href="x">@MetroPolice</a> for closing the '
        'bridge in 20 minutes. Share widely 🙏</p>Metro Police Union (<a href="y">@mpu.bsky.social</a>) March 4</blockquote>'
        "<p>The bridge carries about 80,000 vehicles a day, the city said.</p></article></body></html>",
        encoding="utf-8")
    from desktop.engine.pipeline import prepare

    doc = prepare(read_path(page))
    kept = " ".join(doc.sentence_text(i) for i in range(len(doc.sentences)))
    assert 'Gov. Ellen Park wrote on X (@GovEllenPark): "Fully support this decision."' in kept
    assert 'Dana Whitfield wrote on X (@DanaWhitfieldTC): "Safety comes first. Detours via Route 9."' in kept
    assert kept.index("Ellen Park") < kept.index("Dana Whitfield")  # the quoted post after the one quoting it
    assert ('Metro Police Union wrote on Bluesky (@mpu.bsky.social): "Thank you @MetroPolice for closing the bridge in'
            ' 20 minutes. Share widely 🙏"') in kept


def test_a_quoted_post_in_a_wrapper_and_an_address_the_author_wrote_are_kept(tmp_path):
    """Found by the review of the rewrite: a quoted post inside a <div> of the post quoting it was dropped, and an
    address written in a post was cut out of the quote."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en"><body><article><h1>Storm warning for the coast</h1><p>The weather service issued a red '
        "warning for the coast on Tuesday as the storm approached.</p>"
        '<blockquote class="twitter-tweet"><p>Evacuation routes are listed at https://alerts.county.gov/storm today. '
        '<a href="https://t.co/x">https://t.co/x</a></p><div><blockquote class="twitter-tweet"><p>Schools shut on '
        "Wednesday.</p>&mdash; School Board (@Board) May 2</blockquote></div>&mdash; County EM (@CountyEM) May 2"
        "</blockquote><p>Schools will stay shut on Wednesday, the county said in a statement.</p></article></body></html>",
        encoding="utf-8")
    text = read_path(page).text
    assert 'County EM wrote on X (@CountyEM): "Evacuation routes are listed at https://alerts.county.gov/storm today."' in text
    assert 'School Board wrote on X (@Board): "Schools shut on Wednesday."' in text and "t.co" not in text


@pytest.mark.parametrize("declared", ['<html><body lang="fr">', '<html><head><meta property="og:locale" '
                                      'content="fr_FR"></head><body>', "<html><body>"])
def test_a_french_page_that_declares_its_language_elsewhere_or_not_at_all_says_who_posted_in_french(tmp_path, declared):
    page = tmp_path / "page.html"
    page.write_text(
        declared + "<article><h1>Incendie dans les Bouches-du-Rhône</h1><p>Un incendie a parcouru 120 hectares "
        "près de Marseille dans la nuit de samedi à dimanche, selon les pompiers du département.</p>"
        '<blockquote class="twitter-tweet"><p>Le feu est fixé. Merci aux sapeurs-pompiers mobilisés cette nuit.</p>'
        "&mdash; Préfet de police 13 (@prefet13) 4 août 2024</blockquote><p>Les habitants évacués ont pu regagner "
        "leur domicile dimanche matin, a indiqué la mairie.</p></article></body></html>", encoding="utf-8")
    assert ("Préfet de police 13 a écrit sur X (@prefet13) : « Le feu est fixé. Merci aux sapeurs-pompiers mobilisés "
            "cette nuit. »") in read_path(page).text


def test_html_without_text(tmp_path):
    html = "<html><head><title>Accueil</title><script>var a = 1;</script></head><body><img src='x.png'></body></html>"
    assert error_of(write(tmp_path, "empty.html", html.encode())).endswith("no text found in the page")


def test_a_markdown_report_reads_without_its_marks(tmp_path):
    """Found by a review: claims read '# Lyon plant fire' and '- Three people killed' (shown escaped, '\\#'), and a
    table's separator row was a line of dashes."""
    path = tmp_path / "notes.md"
    path.write_text("## Lyon plant fire: what we know\n\n- Three people **killed**, police said.\n"
                    "- Fire broke out *Tuesday* at a [chemical plant](https://example.org/plant) near Lyon.\n\n"
                    "| Category | Number |\n|---|---:|\n| Killed | 3 |\n| Evacuated | 1,200 |\n\n"
                    "> The owner, Paul_Martin, was questioned by `police`.\n", encoding="utf-8")
    source = read_path(path)
    assert source.title == "Lyon plant fire: what we know"
    assert [line for line in source.text.split("\n") if line] == [
        "Lyon plant fire: what we know", "Three people killed, police said.",
        "Fire broke out Tuesday at a chemical plant near Lyon.", "Category | Number", "Killed | 3",
        "Evacuated | 1,200", "The owner, Paul_Martin, was questioned by police."]
    plain = tmp_path / "notes.txt"  # the same text in a .txt file is read as it is written
    plain.write_text("- Three people **killed**, police said.\n", encoding="utf-8")
    assert read_path(plain).text == "- Three people **killed**, police said.\n"


def test_a_german_date_opening_a_markdown_paragraph_keeps_its_day(tmp_path):
    """A QA helper's trial reports: "2. Dezember 2026 – Das Strafgericht …" in a .md lost its "2." as a list's
    number, and the date said differently (3 / 2 December) with it; a numbered list still loses its numbers."""
    body = ("# Urteil\n\n2. Dezember 2026 – Das Strafgericht hat den früheren Bürgermeister verurteilt.\n\n"
            "1. Erstens\n2. Zweitens\n")
    text = read_path(write(tmp_path, "bericht.md", body.encode("utf-8"))).text
    assert "2. Dezember 2026 – Das Strafgericht" in text and "Erstens\nZweitens" in text


def test_a_markdown_report_s_picture_and_its_caption_are_left_out_as_furniture(tmp_path):
    """A helper's French report in Markdown: the picture's description, its caption and the caption's credit ("PHOTO
    MERIDIAN PRESS") stood as three sentences of the report, one of them "only here"."""
    from desktop.engine.pipeline import prepare

    path = tmp_path / "echo.md"
    path.write_text("# Séisme en Zarovie : au moins 25 morts\n\n![Des secouristes fouillent les décombres à Brasko]"
                    "(brasko.jpg)\n*Des secouristes fouillent les décombres d'une maison à Brasko, mardi 14 octobre. "
                    "PHOTO MERIDIAN PRESS*\n\nUn séisme de magnitude 6,4 a frappé mardi avant l'aube la province du "
                    "Haut-Kessar, faisant au moins 25 morts.\n", encoding="utf-8")
    doc = prepare(read_path(path))
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == [
        "Séisme en Zarovie : au moins 25 morts", "Un séisme de magnitude 6,4 a frappé mardi avant l'aube la province "
        "du Haut-Kessar, faisant au moins 25 morts."]
    assert len(doc.removed) == 2 and "une maison à Brasko" in doc.source.text  # left out, not lost


def test_a_broadcaster_s_markdown_caption_related_links_and_programme_note_are_furniture(tmp_path):
    """A QA helper's German broadcaster page in Markdown: the caption in italics under the picture ("… Bild:
    Reuters": Reuters read as a name only it gave), the titles listed under "Mehr zum Thema:" (one was linked into
    the headline's claim) and "Über dieses Thema berichtete …" stood as sentences of the report."""
    from desktop.engine.pipeline import prepare

    path = tmp_path / "wdf.md"
    path.write_text("# Generalstreik in Estravia: Hunderttausende protestieren gegen Rentenreform\n\n"
                    "![Demonstranten in Valmora](https://images.wdf.de/estravia-streik-100.jpg)\n"
                    "*Demonstranten in der Innenstadt von Valmora. Bild: Reuters*\n\n"
                    "Die Regierung von Ministerpräsident Henrik Morandi will das gesetzliche Rentenalter von 62 auf 64 "
                    "Jahre anheben.\n\n**Mehr zum Thema:**\n\n"
                    "- [Estravia: Was die Rentenreform vorsieht](https://www.wdf.de/ausland/estravia-rente-101.html)\n"
                    "- [Streikwelle in Europa: Ein Überblick](https://www.wdf.de/wirtschaft/streiks-europa-100.html)\n\n"
                    "Über dieses Thema berichtete WDF Aktuell am 12. März 2026 um 20:00 Uhr.\n", encoding="utf-8")
    doc = prepare(read_path(path))
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == [
        "Generalstreik in Estravia: Hunderttausende protestieren gegen Rentenreform",
        "Die Regierung von Ministerpräsident Henrik Morandi will das gesetzliche Rentenalter von 62 auf 64 Jahre "
        "anheben."]
    assert {r.label for r in doc.removed} >= {"caption", "related-articles list"}  # left out as furniture, not lost


def test_a_markdown_list_of_linked_facts_an_italic_lead_and_a_note_on_who_broke_the_story_are_kept(tmp_path):
    """A review's counter-examples: key facts listed as links to their sources, a lead in italics under the picture,
    and "Über das Thema berichtete zuerst der Spiegel …", a sentence of the report, are no furniture."""
    from desktop.engine.pipeline import prepare

    path = tmp_path / "explainer.md"
    path.write_text("# Lyon chemical plant fire: what we know\n\n![Smoke over the plant](https://example.org/fire.jpg)\n"
                    "*Three workers were killed and eleven injured when a tank exploded at the Arvelia plant in "
                    "Vénissieux on Tuesday, the prefecture said.*\n\n## Key facts\n\n"
                    "- [Three workers killed, eleven injured in Vénissieux explosion](https://www.leprogres.fr/a)\n"
                    "- [Prefecture lifts confinement order for 4,000 residents](https://www.leprogres.fr/b)\n\n"
                    "The cause of the explosion is not yet known.\n\nÜber das Thema berichtete zuerst der Spiegel in "
                    "seiner Ausgabe vom Freitag.\n", encoding="utf-8")
    doc = prepare(read_path(path))
    texts = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert texts[1].startswith("Three workers were killed and eleven injured when a tank exploded")
    assert "Prefecture lifts confinement order for 4,000 residents" in texts
    assert texts[-1] == "Über das Thema berichtete zuerst der Spiegel in seiner Ausgabe vom Freitag."


def test_a_markdown_file_of_unclosed_marks_is_read_at_once(tmp_path):
    """Found on the last read: a line of unclosed marks ('**a ', '[a](') took the mark patterns minutes (each start
    scanned the rest of the line); bounded, they read it in a blink."""
    path = tmp_path / "hostile.md"
    path.write_text("**a " * 20000 + "\n\n" + "[a](" * 20000 + "\n\n" + "![" * 20000 + "\n", encoding="utf-8")
    started = time.perf_counter()
    text = read_path(path).text
    assert time.perf_counter() - started < 5 and text.count("a") >= 40000


# ---- .docx -------------------------------------------------------------------------------------


def test_docx_paragraphs_title_and_table(tmp_path):
    path = write_docx(tmp_path / "memo.docx", ["Premier paragraphe.", "", "   ", "Deuxième paragraphe."],
                      title="Note interne", author="Ann Lee", table=[["Ville", "Morts"], ["Marrakech", "12"]])
    source = read_path(path)
    assert source.kind == "docx"
    assert source.text == "Premier paragraphe.\n\nDeuxième paragraphe.\n\nVille | Morts\n\nMarrakech | 12"
    assert (source.title, source.name) == ("Note interne", "memo.docx")  # named by its file, as a text file is
    assert source.meta["author"] == "Ann Lee"


def test_a_docx_file_date_is_no_publication_date(tmp_path):
    """Found by a helper's first-use test: a .docx made with python-docx carries its template's date (2013) as its
    creation date, read as the report's publication date: the batch never joined it to a web page of 2022 on the same
    story (dated more than 20 days apart). It is the file's date, kept as "created"."""
    from desktop.engine.stories import publication_day

    source = read_path(write_docx(tmp_path / "memo.docx", ["La Russie a demandé une aide militaire à la Chine."]))
    assert "date" not in source.meta and source.meta["created"][:4].isdigit()
    assert publication_day(source) is None


def _title_of_docx(path, above: list[str], heading: str, below: list[str], stale: str) -> str | None:
    """The title read from a .docx: paragraphs ``above`` a Heading 1 and ``below`` it, a stale properties title."""
    import docx

    document = docx.Document()
    for text in above:
        document.add_paragraph(text)
    document.add_heading(heading, level=1)
    for text in below:
        document.add_paragraph(text)
    document.core_properties.title = stale
    document.save(path)
    return read_path(path).title


def test_docx_title_is_the_headline_the_writer_styled_not_a_stale_property(tmp_path):
    headline = "Incendie de l'église de Wasilla : la piste criminelle privilégiée"
    lead = "La préfecture du Finistère a annoncé jeudi la fermeture de toutes les écoles de Brest."
    assert _title_of_docx(tmp_path / "a.docx", ["EXCLUSIF"], headline, [lead], "Modèle communiqué") == headline
    header = ["COMMUNIQUÉ DE PRESSE", "Brest, le 2 novembre 2023", "Diffusion immédiate"]  # a release's header lines
    assert _title_of_docx(tmp_path / "b.docx", header, headline, [lead], "Modèle communiqué") == headline
    # an intertitle after the text began is no title
    assert _title_of_docx(tmp_path / "c.docx", [lead], "Les transports", ["Le trafic est interrompu."],
                          "Note interne") == "Note interne"


def test_docx_without_title_is_named_after_the_file(tmp_path):
    source = read_path(write_docx(tmp_path / "brouillon.docx", ["Un seul paragraphe."]))
    assert (source.name, source.title, source.text) == ("brouillon.docx", None, "Un seul paragraphe.")


def test_docx_zip_bomb_refused_fast(tmp_path):
    path = write_zip_bomb(tmp_path / "bomb.docx", megabytes=24)
    assert path.stat().st_size < 200_000
    started = time.perf_counter()
    message = error_of(path)
    assert time.perf_counter() - started < 0.5
    assert "refused: .docx expands to 25 MB (zip bomb?)" in message


def test_docx_total_expansion_limit(tmp_path):
    path = write_docx(tmp_path / "big.docx", ["x " * 50_000])
    check_archive(str(path))  # fine with the default limit
    with pytest.raises(SynopticError, match="zip bomb"):
        check_archive(str(path), max_uncompressed=50_000)


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"\x00\x01garbage" * 10])
def test_corrupt_docx(tmp_path, data):
    assert error_of(write(tmp_path, "bad.docx", data)).endswith("not a valid .docx file")


def test_zip_that_is_not_a_word_document(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "other.docx", "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert error_of(tmp_path / "other.docx").endswith("not a valid .docx file")


def test_old_doc_format(tmp_path):
    path = write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert "save it as .docx" in error_of(path)


# ---- PDF ---------------------------------------------------------------------------------------


def test_pdf_text_layer(tmp_path):
    pages = [["Bonjour le monde, été à Paris.", "Deuxième ligne (entre parenthèses)."], None, ["Page trois."]]
    source = read_path(write_pdf(tmp_path / "report.pdf", pages, title="Rapport officiel"))
    assert source.kind == "pdf"
    assert source.text == "Bonjour le monde, été à Paris.\nDeuxième ligne (entre parenthèses).\nPage trois."
    assert (source.title, source.name) == ("Rapport officiel", "report.pdf")


def test_a_news_page_printed_to_pdf_reads_as_its_article(tmp_path):
    """A browser's "print to PDF" of a news page: the tab's title "Headline - Site" names the column by its
    headline (the site is the outlet), and the byline run into the dates and the other articles' headlines under
    "À lire aussi" are left out with the page's furniture; the article's paragraphs all stay."""
    article = ["Moscou aurait sollicité du matériel militaire auprès de Pékin depuis le début de l'invasion, "
               "affirment des responsables américains.",
               "Ils ont refusé de préciser la nature exacte de l'équipement demandé.",
               "Le conseiller américain à la sécurité nationale doit rencontrer lundi à Rome le haut diplomate chinois.",
               "L'ambassade de Chine à Washington n'a pas répondu aux sollicitations."]
    related = ["Guerre en Ukraine : le point sur la situation ce lundi matin",
               "Xi Jinping et Vladimir Poutine affichent leur amitié « sans limites »"]
    byline = "Par Marie Dupont, avec AFP — Publié le 14 mars 2022 à 08h12, mis à jour à 10h45"
    def wrapped(paragraphs):  # as the page's column wraps them
        return [line for p in paragraphs for line in textwrap.wrap(p, 80)]

    lines = ["Le Quotidien du Soir", "Accueil > International > Europe", "Moscou a demandé l'aide de Pékin", byline,
             *wrapped(article[:2]), "À lire aussi", *related, *wrapped(article[2:]), "Mots-clés : Russie, Chine"]
    path = write_pdf(tmp_path / "page.pdf", [lines], title="La Russie a demandé une aide militaire à la Chine - Le Quotidien du Soir")
    source = read_path(path)
    assert source.title == "La Russie a demandé une aide militaire à la Chine"
    assert source.meta["outlet"] == "Le Quotidien du Soir"
    kept = [source.text[s.start:s.end] for s in prepare(source).sentences]
    assert kept[0] == "Moscou a demandé l'aide de Pékin"
    assert kept[1:] == article
    assert not {byline, *related} & set(kept)


def test_a_pdf_s_boxes_of_links_neither_cut_nor_join_its_paragraphs(tmp_path):
    """A printed page whose text layer reads a column of "Most read" links (smaller print) between the foot of one
    page and the top of the next, and a box of related headlines set apart between two paragraphs: the sentence
    the page break cut is whole again, the box's headlines are not glued to the next paragraph, and both lists are
    left out as page furniture."""
    body = [("Ferry runs aground in fog off Port Callan", 20),
            "A passenger ferry carrying 214 people ran aground on a sandbank just outside Port Callan",
            "harbour on Monday morning, prompting a major rescue operation by three lifeboats.",
            "The ship struck the Callan Bar at around 7.20am as it approached the harbour in"]
    column = [("Most read", 11, 30), ("1. Council tax to rise by 4.9 per cent as the budget is approved", 10, 12),
              ("2. Beloved corner shop closes its doors after 62 years in the town", 10, 12)]
    rest = [("dense fog. No one was seriously hurt, the coastguard said.", 12, 40),
            ("Read more", 10, 30), ("Coastguard helicopter base to stay open after review, minister confirms", 12, 13),
            ("HM Coastguard said it was alerted by the ship's master at 7.24am on Monday.", 12, 40),
            "Salvage crews will attempt to refloat the ship on the evening high tide."]
    source = read_path(write_pdf(tmp_path / "page.pdf", [body, column + rest]))
    kept = [source.text[s.start:s.end] for s in prepare(source).sentences]
    assert "The ship struck the Callan Bar at around 7.20am as it approached the harbour in dense fog." in kept
    assert "HM Coastguard said it was alerted by the ship's master at 7.24am on Monday." in kept
    assert not [s for s in kept if "Council tax" in s or "corner shop" in s or "helicopter base" in s or s == "Most read"]


def test_a_live_page_s_entries_keep_their_times_and_an_article_s_byline_time_adds_nothing():
    """The extractor drops a span holding an entry's time beside its paragraph; each entry's first statement (past
    its heading) opens with its time again. A single time (a byline's) marks no feed."""
    from desktop.engine.ingest.html_page import extract

    entries = [("16h05", "<h3>La ligne fermée jusqu'à dimanche</h3><p>SNCF Réseau annonce que la circulation restera "
                "interrompue entre Villefranche et Mâcon jusqu'à dimanche au moins.</p>"),
               ("12h10", "<p>La ministre des Transports est arrivée sur place et a rencontré les familles des victimes "
                "à la mairie d'Anse.</p>"),
               ("8h02", "<p>Un TER reliant Lyon à Mâcon a déraillé vers 7h48 entre Anse et Villefranche-sur-Saône, "
                "selon la SNCF.</p>")]
    feed = "".join(f'<div class="live-post"><span class="live-time">{t}</span>{body}</div>' for t, body in entries)
    page = extract(f"<html><head><title>Déraillement d'un TER : le point</title></head><body><article><h1>Déraillement "
                   f"d'un TER : le point</h1><div class='live-feed'>{feed}</div></article></body></html>").text
    assert "16h05 – SNCF Réseau annonce que la circulation" in page and "La ligne fermée jusqu'à dimanche" in page
    assert "12h10 – La ministre des Transports est arrivée" in page and "8h02 – Un TER reliant Lyon" in page
    single = extract(article_html().replace("<article>", "<article><span class='time'>08:15</span>", 1)).text
    assert "08:15 –" not in single


def test_a_live_page_is_named_by_its_story_not_its_banner(tmp_path):
    from desktop.engine.ingest.html_page import extract

    page = extract(article_html(title="EN DIRECT - Déraillement d'un TER près de Lyon : le point sur la situation"))
    assert page.title == "Déraillement d'un TER près de Lyon : le point sur la situation"
    assert extract(article_html(title="Live: Storm Zélie hits Brittany")).title == "Storm Zélie hits Brittany"
    assert extract(article_html(title="Live-action film tops the box office")).title == "Live-action film tops the box office"


def test_a_pdf_titled_by_its_editor_not_by_its_report_takes_the_headline_of_its_text(tmp_path):
    pages = [["Grève des dockers au port du Havre",
              "Les dockers du Havre ont cessé le travail lundi matin pour la troisième fois ce mois-ci."]]
    source = read_path(write_pdf(tmp_path / "rapport.pdf", pages, title="Microsoft Word - rapport_final.docx"))
    assert (source.name, source.title) == ("rapport.pdf", "Grève des dockers au port du Havre")


def test_a_pdf_line_printed_a_little_larger_still_wraps_with_its_paragraph(tmp_path):
    """A glyph a size larger on one line (an icon, a bullet) is no other print: the paragraph stays one."""
    pages = [[("Les dockers du port du Havre ont cessé le travail lundi matin pour la troisième fois", 12.8),
              "ce mois-ci, bloquant des dizaines de navires au large de l'estuaire de la Seine.",
              "La direction du port évalue les pertes à plusieurs millions d'euros par jour de grève."]]
    source = read_path(write_pdf(tmp_path / "greve.pdf", pages))
    assert source.text.split("\n")[0].endswith("pour la troisième fois ce mois-ci, bloquant des dizaines de navires au "
                                               "large de l'estuaire de la Seine.")


def test_a_pdf_caption_a_size_smaller_does_not_run_into_the_paragraph_under_it(tmp_path):
    pages = [[("Le hall de l'aéroport de Nantes-Atlantique, lundi soir, premier jour de grève des contrôleurs", 9),
              ("Les syndicats réclament des recrutements et une revalorisation des salaires depuis le mois de", 10, 13),
              ("janvier, a indiqué le SNCTA dans un communiqué publié mardi matin.", 10, 12)]]
    lines = read_path(write_pdf(tmp_path / "page.pdf", pages)).text.split("\n")
    assert lines[0].endswith("premier jour de grève des contrôleurs") and lines[1].startswith("Les syndicats réclament")


@pytest.mark.parametrize("field, title, outlet", [
    ("Guerre en Ukraine - Le Monde", "Guerre en Ukraine", "Le Monde"),
    ("Rapport sur l'état de la France en 2023 - Synthèse", "Rapport sur l'état de la France en 2023 - Synthèse", None),
    ("Audition du ministre de l'Intérieur au Sénat - Transcript", "Audition du ministre de l'Intérieur au Sénat - Transcript",
     None),
    ("Conseil des ministres - Compte rendu", "Conseil des ministres - Compte rendu", None),
    ("Interview with Zelensky - Full Transcript", "Interview with Zelensky - Full Transcript", None),
])
def test_a_pdf_title_field_gives_up_its_site_but_not_its_subtitle(field, title, outlet):
    from desktop.engine.ingest.pdf_file import document_title

    assert document_title(field) == (title, outlet)


def test_a_docx_without_a_title_is_named_by_its_file_and_a_pdf_dateline_is_no_title(tmp_path):
    source = read_path(write_docx(tmp_path / "note_2024_03.docx", ["COMMUNIQUÉ DE PRESSE", "Le port du Havre reste "
                                                                   "fermé lundi, a annoncé la direction."]))
    assert source.name == "note_2024_03.docx"
    pdf = read_path(write_pdf(tmp_path / "depeche.pdf", [["LE HAVRE (AFP) -", "Les dockers du port du Havre ont cessé "
                                                          "le travail lundi matin."]]))
    assert pdf.name == "depeche.pdf"


def test_pdf_lines_the_layout_wrapped_are_joined_and_a_title_keeps_its_own(tmp_path):
    pages = [["Gunman kills one at office party",
              "A former employee recently let go from his job opened fire at an office party Friday, killing",
              "one person, police said. Police Const. Tim Fanning said the gunman entered the party around",
              "4 p.m. and gave himself up two hours later.",
              "The business is listed as TallGrass Distribution Ltd."]]
    source = read_path(write_pdf(tmp_path / "report.pdf", pages))
    assert source.text.split("\n") == [
        "Gunman kills one at office party",
        "A former employee recently let go from his job opened fire at an office party Friday, killing one person, "
        "police said. Police Const. Tim Fanning said the gunman entered the party around 4 p.m. and gave himself "
        "up two hours later.",
        "The business is listed as TallGrass Distribution Ltd."]


def test_pdf_lines_broken_inside_a_name_or_after_a_colon_are_joined():
    """Found by a helper's first-use test (the CNN sample printed to PDF): "… le président chinois Xi" / "Jinping
    était troublé …" and "… pour les responsables américains :" / "la Chine pourrait …" read as four fragments."""
    from desktop.engine.ingest.pdf_file import document_text

    raw = ("Des responsables ont déclaré séparément à CNN que le président chinois Xi\n"
           "Jinping était troublé par la façon dont la guerre en Ukraine s'était déroulée jusqu'ici.\n"
           "Cela laisse ouverte une possibilité troublante pour les responsables américains :\n"
           "la Chine pourrait contribuer à prolonger un conflit sanglant qui tue de plus en plus.\n"
           "La réaction de l'Union européenne face à la demande adressée par Moscou à la Chine\n"
           "Les ministres des Affaires étrangères des Vingt-Sept se réunissent lundi à Bruxelles.\n")
    assert document_text([raw]).split("\n") == [
        "Des responsables ont déclaré séparément à CNN que le président chinois Xi Jinping était troublé par la façon "
        "dont la guerre en Ukraine s'était déroulée jusqu'ici.",
        "Cela laisse ouverte une possibilité troublante pour les responsables américains : la Chine pourrait contribuer "
        "à prolonger un conflit sanglant qui tue de plus en plus.",
        "La réaction de l'Union européenne face à la demande adressée par Moscou à la Chine",  # an intertitle (review)
        "Les ministres des Affaires étrangères des Vingt-Sept se réunissent lundi à Bruxelles."]


def test_pdf_headlines_list_items_and_table_rows_keep_their_lines():
    """Found by a review: lines near a full line's length that end without a stop are not all wrapped sentences."""
    from desktop.engine.ingest.pdf_file import document_text

    raw = ("Fire kills three in downtown apartment building overnight in the old port district\n"
           "MONTREAL (AP) - A fire tore through a six-storey apartment building in downtown Montreal overnight,\n"
           "killing three people, officials said on Sunday.\n"
           "Key facts\n"
           "- Turnout reached 67 percent in the capital and in the three largest cities of the country\n"
           "- The ruling party lost its majority in parliament for the first time since the war ended\n"
           "Labour 412 9,708,716\n"
           "Conservative 121 6,828,925\n"
           "The well-\nknown firm opened on Monday.")
    assert document_text([raw]).split("\n") == [
        "Fire kills three in downtown apartment building overnight in the old port district",
        "MONTREAL (AP) - A fire tore through a six-storey apartment building in downtown Montreal overnight, killing "
        "three people, officials said on Sunday.",
        "Key facts",
        "- Turnout reached 67 percent in the capital and in the three largest cities of the country",
        "- The ruling party lost its majority in parliament for the first time since the war ended",
        "Labour 412 9,708,716", "Conservative 121 6,828,925", "The well-known firm opened on Monday."]


def test_a_long_pdf_line_that_stops_on_a_small_word_runs_on_whatever_the_paragraphs_length():
    """A helper's German PDF gave most paragraphs as one line each, so a full line was a paragraph long; its last
    paragraph's break after "zwischen" was kept, and the two halves read as lines after the article (left out)."""
    from desktop.engine.ingest.pdf_file import document_text

    paragraph = ("Mehr als 200 Einsatzkräfte und drei Rettungshubschrauber waren bis in die Nacht im Einsatz, und die "
                 "Ermittler prüfen, ob ein Erdrutsch nach tagelangen heftigen Regenfällen den Unfall ausgelöst hat.")
    raw = (f"{paragraph}\n{paragraph}\nDie Strecke bleibt nach Angaben der Bahn mindestens bis Freitag gesperrt; zwischen\n"
           "Brenzola und Ardenza verkehren Ersatzbusse.\nWas wir wissen über")
    assert document_text([raw]).split("\n")[2:] == [
        "Die Strecke bleibt nach Angaben der Bahn mindestens bis Freitag gesperrt; zwischen Brenzola und Ardenza "
        "verkehren Ersatzbusse.", "Was wir wissen über"]


def test_a_pdf_line_wrapped_after_a_number_runs_on_into_a_capitalised_word(tmp_path):
    """A QA tester's German recall report: a line ending "rund 84.000" or "am 12." kept its break before
    "Elektroautos zurück." and "März gewarnt." (German nouns and months are capitalised), so each sentence read as
    two and the date lost its month. A sentence ending on a year and its stop, a heading ending on a number, and a
    numbered list keep their lines."""
    pages = [["Wegen Brandgefahr ruft Norvane in Europa rund 84.000",
              "Elektroautos zurück. Das Kraftfahrt-Bundesamt hatte den Hersteller am 12.",
              "März gewarnt. Die Produktion der Modelle lief bis zum Ende des Jahres 2024.",
              "Die Halter werden vom Hersteller schriftlich über den Rückruf informiert.",
              "Rückrufe der Branche 2024",
              "1. Norvane zählt neun Brände, drei davon beim Laden der Batterie an der Säule.",
              "2. Der Tausch der Module dauert in der Werkstatt rund drei Stunden."]]
    assert read_path(write_pdf(tmp_path / "rueckruf.pdf", pages)).text.split("\n") == [
        "Wegen Brandgefahr ruft Norvane in Europa rund 84.000 Elektroautos zurück. Das Kraftfahrt-Bundesamt hatte den "
        "Hersteller am 12. März gewarnt. Die Produktion der Modelle lief bis zum Ende des Jahres 2024.",
        "Die Halter werden vom Hersteller schriftlich über den Rückruf informiert.",
        "Rückrufe der Branche 2024",
        "1. Norvane zählt neun Brände, drei davon beim Laden der Batterie an der Säule.",
        "2. Der Tausch der Module dauert in der Werkstatt rund drei Stunden."]


def test_a_pdf_headline_stays_the_report_s_when_its_first_paragraph_wraps_after_a_number(tmp_path):
    """The same tester's PDF: the first paragraph's line cut after "84.000" read as a headline without its stop, so
    the real headline above the byline went as a line before it ("boilerplate") and the column took the fragment's
    name. The headline is the report's first sentence and its title; the byline goes."""
    from desktop.engine.pipeline import prepare

    pages = [[("Rückruf: Norvane holt 84.000 E-Autos in die Werkstatt", 18), ("Von Jens Brückner", 12, 30),
              "Stuttgart – Wegen Brandgefahr ruft Norvane in Europa rund 84.000",
              "Elektroautos zurück. Die Aktie verlor am Dienstag 4,2 Prozent.",
              "Es ist der zweite Rückruf des Herstellers innerhalb von zwei Jahren."]]
    doc = prepare(read_path(write_pdf(tmp_path / "autowelt.pdf", pages)))
    sentences = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert sentences[:2] == ["Rückruf: Norvane holt 84.000 E-Autos in die Werkstatt",
                             "Stuttgart – Wegen Brandgefahr ruft Norvane in Europa rund 84.000 Elektroautos zurück."]
    assert [doc.text[r.start:r.end] for r in doc.removed] == ["Von Jens Brückner"]
    assert doc.source.title == "Rückruf: Norvane holt 84.000 E-Autos in die Werkstatt"


@pytest.mark.parametrize("masthead", [[], [("AutoWelt", 24)]])
def test_a_pdf_headline_printed_large_stays_whatever_the_first_paragraph_s_first_line(tmp_path, masthead):
    """What had cost the tester's headline: a first line of the paragraph that reads as a headline (no full stop, as
    long) stood under the byline, and the real headline above went as a line before it. The headline printed large
    marks itself, as a Markdown heading does (a masthead printed larger still is no headline)."""
    from desktop.engine.pipeline import prepare

    headline = "Rückruf: Norvane holt 84.000 E-Autos in die Werkstatt"
    pages = [[*masthead, (headline, 18, 30), ("Von Jens Brückner", 12, 30),
              "Stuttgart – Wegen Brandgefahr ruft Norvane in ganz Europa zahlreiche elektrische",
              "Autos zurück. Die Aktie des Herstellers verlor am Dienstag 4,2 Prozent.",
              "Es ist der zweite Rückruf des Herstellers innerhalb von zwei Jahren."]]
    doc = prepare(read_path(write_pdf(tmp_path / "autowelt.pdf", pages)))
    assert doc.source.title == headline
    assert headline in [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert "Von Jens Brückner" in [doc.text[r.start:r.end] for r in doc.removed]


def test_a_pdf_line_wrapped_before_a_german_noun_or_a_name_runs_on(tmp_path):
    """German writes its nouns with a capital, so a line the layout broke after an adjective or a verb ("… zahlreiche
    elektrische" / "Autos zurück.") read as two sentences, as did an English one broken before a name ("… the
    minister met" / "Emmanuel Macron …"). A line that opens on an article starts a sentence of its own."""
    pages = [["Stuttgart – Wegen Brandgefahr ruft Norvane in ganz Europa zahlreiche elektrische",
              "Autos zurück. Die Aktie des Herstellers verlor am Dienstag in Frankfurt deutlich.",
              "In Paris the transport minister of the federal government in Berlin met",
              "Emmanuel Macron on Tuesday to discuss the recall of the electric cars.",
              "Die Halter der betroffenen Fahrzeuge werden vom Hersteller bald informiert"]]
    assert read_path(write_pdf(tmp_path / "rueckruf.pdf", pages)).text.split("\n") == [
        "Stuttgart – Wegen Brandgefahr ruft Norvane in ganz Europa zahlreiche elektrische Autos zurück. Die Aktie des "
        "Herstellers verlor am Dienstag in Frankfurt deutlich.",
        "In Paris the transport minister of the federal government in Berlin met Emmanuel Macron on Tuesday to "
        "discuss the recall of the electric cars.",
        "Die Halter der betroffenen Fahrzeuge werden vom Hersteller bald informiert"]


def test_pdf_ligatures_and_tabs_between_words_read_as_plain_words():
    from desktop.engine.ingest.pdf_file import document_text

    assert document_text(["A\tformer\temployee\topened\t\ufb01re\tat\tan\to\ufb03ce\tparty."]) == \
        "A former employee opened fire at an office party."


def test_pdf_lines_broken_before_a_bracketed_acronym_or_after_until_are_joined():
    from desktop.engine.ingest.pdf_file import document_text

    assert document_text(["Selon le service départemental-métropolitain d'incendie et de secours\n"
                          "(SDMIS), quatre-vingts sapeurs-pompiers ont été engagés sur place."]) == \
        "Selon le service départemental-métropolitain d'incendie et de secours (SDMIS), quatre-vingts " \
        "sapeurs-pompiers ont été engagés sur place."
    assert document_text(["Westmarch Ferries said all sailings on the route had been cancelled until\n"
                          "Wednesday. The ship is expected to be refloated on the evening tide."]).count("\n") == 0


def test_pdf_glyphs_with_no_character_leave_no_control_characters():
    """An emoji or an icon the font maps to nothing comes out of the text layer as NUL: it is no text."""
    from desktop.engine.ingest.pdf_file import document_text

    assert document_text(["\x00 27 commentaires"]) == "27 commentaires"
    assert document_text(["Publié à 10:02 \x00\x01 Partager sur Facebook"]) == "Publié à 10:02 Partager sur Facebook"


def test_pdf_recognised_by_content_without_extension(tmp_path):
    source = read_path(write(tmp_path, "download", pdf_bytes([["Texte du PDF."]])))
    assert (source.kind, source.text, source.name) == ("pdf", "Texte du PDF.", "download")


def test_pdf_without_text_layer(tmp_path):
    message = error_of(write_pdf(tmp_path / "scan.pdf", [None, None]))
    assert message.endswith("PDF has no text layer (scanned?); run OCR first")


def test_encrypted_pdf(tmp_path):
    path = write_encrypted_pdf(tmp_path / "locked.pdf", [["Texte secret."]], user_password="motdepasse")
    assert error_of(path).endswith("PDF is encrypted; open it in a PDF reader and save or print a copy without a "
                                   "password")


def test_encrypted_pdf_with_empty_user_password_is_read(tmp_path):
    path = write_encrypted_pdf(tmp_path / "restricted.pdf", [["Texte lisible."]], user_password="")
    assert read_path(path).text == "Texte lisible."


@pytest.mark.parametrize("data", [b"%PDF-1.4\n" + b"garbage " * 200, b"not a pdf at all"])
def test_corrupt_pdf(tmp_path, data):
    assert error_of(write(tmp_path, "broken.pdf", data)).endswith("not a valid PDF file")


def test_pdf_over_the_character_limit(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", [["A" * 60], ["B" * 60]])
    assert "too large" in error_of(path, max_chars=100)
    assert read_path(path, max_chars=200).text == "A" * 60 + "\n" + "B" * 60


# ---- bad paths and bad content -----------------------------------------------------------------


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    assert error_of(missing) == f"{missing}: no such file"


def test_directory(tmp_path):
    assert error_of(tmp_path).endswith("is a directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"hidden")
    path.chmod(0)
    try:
        assert error_of(path).endswith("permission denied")
    finally:
        path.chmod(0o600)


def test_empty_file(tmp_path):
    assert error_of(write(tmp_path, "empty.txt", b"")).endswith("empty file")


def test_whitespace_only_file(tmp_path):
    assert error_of(write(tmp_path, "blank.txt", b" \r\n\t\n  ")).endswith("file contains only whitespace")


def test_binary_data_named_txt(tmp_path):
    data = bytes(range(256)) * 40
    assert error_of(write(tmp_path, "image.txt", data)).endswith("no text found (binary file?)")


def test_control_characters_without_nul(tmp_path):
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50 + b"some words"
    assert error_of(write(tmp_path, "blob.md", data)).endswith("no text found (binary file?)")


def test_size_limit_on_characters(tmp_path):
    path = write(tmp_path, "long.txt", ("é" * 120).encode("utf-8"))
    assert error_of(path, max_chars=100).endswith(
        "too large: 120 characters (limit 100); raise it with --max-chars")
    assert read_path(path, max_chars=120).text == "é" * 120


def test_size_limit_counts_normalised_text(tmp_path):
    path = write(tmp_path, "crlf.txt", b"ab\r\n" * 25)  # 100 bytes, 75 characters once normalised
    assert len(read_path(path, max_chars=75).text) == 75


def test_file_far_over_the_limit_refused_before_reading(tmp_path):
    path = write(tmp_path, "huge.txt", b"a" * 1000)
    message = error_of(path, max_chars=100)
    assert "too large: 1,000 bytes hold more than the 100 characters allowed; raise it with --max-chars" in message


# ---- pasted text -------------------------------------------------------------------------------


def test_from_text():
    source = from_text("\ufeffPremière ligne.\r\nSeconde ligne.\r")
    assert (source.kind, source.name, source.path) == ("paste", "Pasted text", None)
    assert source.text == "Première ligne.\nSeconde ligne.\n"
    assert from_text("x", name="Dépêche AFP").name == "Dépêche AFP"


def test_from_text_refuses_empty_and_oversized():
    with pytest.raises(SynopticError, match="pasted text is empty"):
        from_text(" \n\t ")
    with pytest.raises(SynopticError, match="--max-chars"):
        from_text("a" * 11, max_chars=10)


# ---- speed and robustness ----------------------------------------------------------------------


def test_one_megabyte_text_is_fast(tmp_path):
    path = write(tmp_path, "big.txt", (FRENCH * (1_000_000 // len(FRENCH.encode()))).encode("utf-8"))
    read_path(path)  # warm imports
    started = time.perf_counter()
    source = read_path(path)
    assert time.perf_counter() - started < 0.2
    assert len(source.text) > 800_000


def test_eight_megabyte_single_line_does_not_hang(tmp_path):
    path = write(tmp_path, "line.txt", b"mot " * 2_000_000)
    started = time.perf_counter()
    assert "too large: 8,000,000 characters (limit 2,000,000)" in error_of(path)
    assert len(read_path(path, max_chars=10_000_000).text) == 8_000_000
    assert time.perf_counter() - started < 2.0
    assert DEFAULT_MAX_CHARS == 2_000_000


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf", ""]),
       prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xff\xfe"]))
def test_any_bytes_give_a_source_or_a_synoptic_error(tmp_path, data, suffix, prefix):
    path = write(tmp_path, f"fuzz{suffix}", prefix + data)
    try:
        source = read_path(path)
    except SynopticError as err:
        assert str(err).startswith(str(path) + ": ") and "\n" not in str(err)
    else:
        assert source.text.strip() and "\r" not in source.text


def test_a_plain_text_headline_becomes_the_title_and_the_file_keeps_its_name(tmp_path):
    body = "Séisme au Maroc : le bilan dépasse 2 000 morts\n\nLe bilan s'est encore alourdi dimanche.\n"
    source = read_path(write(tmp_path, "afp-seisme.txt", body.encode("utf-8")))
    assert source.name == "afp-seisme.txt"
    assert source.title == "Séisme au Maroc : le bilan dépasse 2 000 morts"
    assert from_text("# Séisme au Maroc\n\nLe bilan s'est alourdi.").title == "Séisme au Maroc"


def test_a_wire_headline_titles_the_column_without_its_version_tags(tmp_path):
    body = "UPDATE 2-Hurricane Orlena slams Belmora coast, killing at least 14\n\nThe storm made landfall at dawn.\n"
    source = read_path(write(tmp_path, "wire.txt", body.encode("utf-8")))
    assert source.title == "Hurricane Orlena slams Belmora coast, killing at least 14"
    assert source.text.startswith("UPDATE 2-Hurricane")  # the report's text is left as the wire sent it
    assert from_text("REFILE-UPDATE 1-Stocks fall\n\nShares fell.").title == "Stocks fall"
    assert from_text("US-China talks resume\n\nThe talks resumed.").title == "US-China talks resume"


@pytest.mark.parametrize("text", [
    "Le bilan s'est encore alourdi dimanche.\n\nLes secours fouillent les décombres.",  # a sentence, not a title
    "Séisme au Maroc\nLe bilan s'est encore alourdi dimanche.",  # no blank line: the start of a paragraph
    "Séisme au Maroc. Le bilan dépasse 2 000 morts\n\nSuite.",  # two sentences
])
def test_a_first_line_that_is_not_a_headline_gives_no_title(text):
    assert from_text(text).title is None


# ---- lines a layout wrapped --------------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _sentences(source) -> list[str]:
    from desktop.engine.pipeline import prepare

    doc = prepare(source)
    return [" ".join(doc.sentence_text(i).split()) for i in range(len(doc.sentences))]


@pytest.mark.parametrize("width", [64, 72])
def test_a_report_wrapped_at_a_fixed_width_reads_as_the_same_sentences(tmp_path, width):
    """Found by a review: an e-mailed or terminal-saved report wrapped at 72 columns was split at every line break
    ("The fire, estimated to have caused $1 million in damages to the" read as a sentence of its own)."""
    import textwrap

    original = (SAMPLES / "ttn-financial-times.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in original.split("\n") if p.strip()]
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"
    assert max(len(line) for line in wrapped.split("\n")) <= width
    path = tmp_path / "wrapped.txt"
    path.write_text(wrapped, encoding="utf-8")
    assert _sentences(read_path(path)) == _sentences(read_path(SAMPLES / "ttn-financial-times.txt"))
    assert _sentences(from_text(wrapped)) == _sentences(read_path(SAMPLES / "ttn-financial-times.txt"))
    title = read_path(SAMPLES / "ttn-financial-times.txt").title  # read once the lines are joined, not from a fragment
    assert read_path(path).title == from_text(wrapped).title == title


def test_a_report_written_one_paragraph_a_line_keeps_every_line(tmp_path):
    text = ("Church damaged by fire\n"
            "A fire ripped through the church on Friday evening, the fire department said.\n"
            "No one was injured.\n"
            "- Damage: about $1 million\n"
            "- Cause: under investigation\n"
            "The governor visited the church on Saturday.\n")
    path = tmp_path / "lines.txt"
    path.write_text(text, encoding="utf-8")
    assert read_path(path).text == text


def test_a_stray_line_break_inside_a_sentence_of_a_one_paragraph_a_line_report_is_joined(tmp_path):
    """Found in the rpm2 reports: a web page's soft break cut a sentence in two ('Le sommet prévu lundi à Lyon a
    été' / 'reporté sine die par Pékin …'), each half a sentence of its own, the first read as 'only here' while its
    other half joined its counterpart. Titles and sentences that end keep their lines."""
    text = ("Un long week-end de mésentente avec Pékin\n"
            "La tournée du dalaï-lama en Europe relance les tensions entre Pékin et l'Union européenne.\n"
            "Le sommet sino-européen prévu lundi dernier à Lyon a été\n"
            "reporté sine die par le gouvernement chinois pour protester contre une rencontre à Gdansk.\n"
            "Elle a averti\n"
            "la France que les relations commerciales en pâtiraient.\n"
            "Mais hier, dans une interview au journal italien La Gazzetta dello Sport,\n"
            "l'Américain s'est montré moins affirmatif.\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    sentences = _sentences(read_path(path))
    assert sentences == ["Un long week-end de mésentente avec Pékin",
                         "La tournée du dalaï-lama en Europe relance les tensions entre Pékin et l'Union européenne.",
                         "Le sommet sino-européen prévu lundi dernier à Lyon a été reporté sine die par le gouvernement "
                         "chinois pour protester contre une rencontre à Gdansk.",
                         "Elle a averti la France que les relations commerciales en pâtiraient.",
                         "Mais hier, dans une interview au journal italien La Gazzetta dello Sport, l'Américain s'est "
                         "montré moins affirmatif."]
    assert _sentences(from_text(text)) == sentences
    brand = "Apple a présenté son nouveau téléphone\niPhone 16 : ce qui change.\n"  # a name in lower case: no join
    assert from_text(brand).text.split("\n")[:2] == ["Apple a présenté son nouveau téléphone", "iPhone 16 : ce qui change."]


@pytest.mark.parametrize("text", [
    "Par Jean Dupont\npublié le 3 mars 2024 à 11h.\n",  # a byline: no prose before the break
    "Les résultats.\n```\nrun.sh --all\n```\nthe results are shown below.\n",  # a Markdown fence
    "Le bilan\n---\nthe minister said it was fine.\n",  # a Markdown rule or setext line
])
def test_a_byline_or_markdown_markup_keeps_its_line_break(text):
    """Found by the review of the joining: a code fence joined to the prose after it was blanked with it (the
    sentence lost), a rule became "--- the minister said", a byline ran into its date line."""
    from desktop.engine.ingest.reflow import reflow_plain

    assert reflow_plain(text) == text


def test_a_dash_after_a_space_keeps_its_space_when_two_lines_are_joined():
    from desktop.engine.ingest.reflow import joined

    assert joined("the plan -", "announced in May") == "the plan - announced in May"
    assert joined("a well-", "known figure") == "a well-known figure"


def test_each_line_is_a_paragraph_and_an_open_quotation_ends_with_it():
    """Found by a review: in a report written one paragraph a line, a quotation left open at the end of a line ran
    on into the next paragraph, which lent that paragraph's outlet to the quotation ("Attributed differently")."""
    from desktop.engine.pipeline import prepare
    from desktop.engine.quote_runs import quotation_runs

    text = ("Governor visits burned church\n"
            "\"The governor stopped by the church this morning. Whatever the motives of the arsonist, the governor "
            "has faith that what was intended for evil will be used for good.\n"
            "The governor is in Juneau today, but the Anchorage Daily News said her children would attend services.\n")
    doc = prepare(from_text(text))
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert quotation_runs(doc) == [(1, 2)]


def _printed_page(lines: list[str], page: int, pages: int) -> list[str]:
    """A page as a browser prints a web page, as pypdf reads it: the running header and footer come last."""
    return lines + ["12/5/26, 3:47 AM Church fire (print)", f"file:///home/desk/church.html {page}/{pages}"]


def test_a_printed_web_page_reads_without_its_running_header_and_footer_and_whole_across_pages(tmp_path):
    """Found by a review: a browser's print header and footer were spliced into the sentence a page break cut."""
    pages = [_printed_page(["The fire chief said the blaze was being investigated as arson. The authorities also",
                            "did not know whether the connection was relevant, he said. The spokesman, Mr."], 1, 2),
             _printed_page(["McAllister, said the governor was sorry.", "Temperatures were minus 20."], 2, 2)]
    text = read_path(write_pdf(tmp_path / "printed.pdf", pages)).text
    assert text.split("\n") == [
        "The fire chief said the blaze was being investigated as arson. The authorities also did not know whether the "
        "connection was relevant, he said. The spokesman, Mr. McAllister, said the governor was sorry.",
        "Temperatures were minus 20."]


def test_a_printed_scan_has_no_text_layer_although_its_header_and_footer_have_text(tmp_path):
    """Found by a review: a scanned page printed from a browser was compared on its print footer alone."""
    path = write_pdf(tmp_path / "scan.pdf", [_printed_page([], 1, 1)])
    assert error_of(path).endswith("PDF has no text layer (scanned?); run OCR first")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet="abc XYZ.,«»-\n", max_size=90), min_size=1, max_size=30))
def test_joining_wrapped_lines_never_loses_or_moves_a_character(lines):
    from desktop.engine.ingest.reflow import reflow_plain

    text = "\n".join(lines)
    assert "".join(reflow_plain(text).split()) == "".join(text.split())


LISTS_AND_TABLES = {
    "list": "Market blast\n\nKey points\nThree people were killed and 12 injured in the blast\nThe bomb went off at "
            "9 a.m. near the main market\nPolice have arrested two suspects\n2 of the injured are in critical "
            "condition\nno group has claimed responsibility\nthe market will stay closed until Friday\n\nA bomb "
            "exploded near the main market in Kano on Monday, killing three people and injuring 12, police said.\n",
    "table": "Results\n\nDistrict        Votes    Share\nNorth           12,345   45%\nSouth           9,876    "
             "36%\nEast            5,432    19%\ntotal turnout was 61 percent\naccording to the commission\n",
    "poem": "Read at the vigil.\n\nRain on the roof of the church\nand the candles burning low\nwe remember "
            "those we lost\nin the fire of long ago\nwhen the bell rang out at midnight\nand the town came out\n",
    "headers": "From: Jane Doe <jane@example.com>\nSubject: Council vote\nDate: Mon, 3 Mar 2025\n\nHi all,\n\n"
               "The council voted 7-2 on Monday to approve the budget.\n\nThanks,\nJane\n",
}


@pytest.mark.parametrize("name", sorted(LISTS_AND_TABLES))
def test_lists_tables_poems_and_headers_keep_their_lines(tmp_path, name):
    """Found by the review of the joining: short lines that no fixed width wrapped are not run together."""
    path = tmp_path / f"{name}.txt"
    path.write_text(LISTS_AND_TABLES[name], encoding="utf-8")
    assert read_path(path).text == LISTS_AND_TABLES[name]


def test_a_headline_printed_large_on_two_lines_is_one_line(tmp_path):
    """Found by a review: "Palin's Church" / "Damaged by Arson", a PDF's headline on two lines, read as two
    sentences, and the first joined a body sentence's group. Lines printed in one large size are one headline; a
    large line that ends a sentence, and the byline in body size, keep their break."""
    body = ["Gov. Sarah Palin's home church was badly damaged by arson, leading Ms. Palin to",
            "apologize if the fire was connected to the attention the church received.",
            "Damage to the Wasilla Bible Church was estimated at $1 million, authorities said."]
    path = write_pdf(tmp_path / "print.pdf", [[("Palin's Church", 28), ("Damaged by Arson", 28),
                                                ("By Staff, New York Times, Dec. 14, 2008", 12, 36), *body,
                                                ("Investigators found no motive.", 18, 26), ("Police are asking for help", 18),
                                                ("Anyone with information should call the fire department.", 12, 24),
                                                ("What the church said", 18, 30), ("What comes next", 18, 40),
                                                ("The congregation will meet in a school on Sunday, its pastor said.", 12, 24)]])
    assert read_path(path).text.split("\n\n")[0].split("\n") == [
        "Palin's Church Damaged by Arson", "By Staff, New York Times, Dec. 14, 2008",
        body[0] + " " + body[1], body[2], "Investigators found no motive.", "Police are asking for help",
        "Anyone with information should call the fire department.", "What the church said", "What comes next",
        "The congregation will meet in a school on Sunday, its pastor said."]  # two intertitles far apart: two lines


def test_a_kicker_keeps_its_line_and_a_drop_cap_joins_its_word(tmp_path):
    """Found by a review: a rubric in the headline's size ('ÉCONOMIE') was glued to it, and a drop cap read as a
    sentence 'L' with the body starting 'a Banque centrale …'."""
    path = write_pdf(tmp_path / "une.pdf", [[("ÉCONOMIE", 28), ("La BCE relève encore", 28), ("ses taux directeurs", 28),
                                              ("L", 40, 50), ("a Banque centrale européenne a relevé jeudi ses taux de 0,5 point.", 12, 44),
                                              "L'inflation atteignait 6,1 % en mai dans la zone euro, selon Eurostat."]])
    assert read_path(path).text.split("\n") == [
        "ÉCONOMIE", "La BCE relève encore ses taux directeurs",
        "La Banque centrale européenne a relevé jeudi ses taux de 0,5 point.",
        "L'inflation atteignait 6,1 % en mai dans la zone euro, selon Eurostat."]
    # found by the review of that rule: a letter that is a word keeps its space, a two-word kicker its line
    path = write_pdf(tmp_path / "fire.pdf", [[("FAITS DIVERS", 28), ("Un homme meurt dans un incendie", 28),
                                              ("A", 40, 50), ("man was killed in a fire at a house in Wasilla.", 12, 44)]])
    assert read_path(path).text.split("\n") == ["FAITS DIVERS", "Un homme meurt dans un incendie",
                                                "A man was killed in a fire at a house in Wasilla."]


def test_a_page_that_ends_as_the_next_begins_keeps_both_sentences(tmp_path):
    """Found by the review: "3 people were killed." / "12 people were killed." read as a running header (numbers
    aside, one line repeated) and both were dropped; a year alone on a line is no page number."""
    pages = [["The storm hit the coast on Monday.", "2024", "3 people were killed."],
             ["12 people were killed.", "Rescue teams searched the area."]]
    text = read_path(write_pdf(tmp_path / "report.pdf", pages)).text
    assert "3 people were killed." in text.split("\n") and "12 people were killed." in text and "2024" in text


# A wire story as TextEdit or WordPad saves it: a font table, escapes in the code page and in Unicode, paragraphs
RTF_REPORT = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl;\red0\green0\blue0;}"
              b"\n" rb"\f0\fs24 S\'e9isme au Maroc : le bilan s\rquote alourdit\par" b"\n"
              rb"\par Le s\'e9isme a fait au moins 2 000 morts, selon le minist\'e8re de l\rquote Int\u233?rieur.\par"
              b"\n" rb"Les secours fouillent les d\'e9combres \'e0 Marrakech.\par" b"\n}")


def test_an_rtf_document_is_read_as_its_text(tmp_path):
    """Found by a helper's first-use test: an .rtf file was read as plain text, its control words and font table
    taken for the report's sentences."""
    source = read_path(write(tmp_path, "depeche.rtf", RTF_REPORT))
    assert source.kind == "rtf"
    assert source.text == ("Séisme au Maroc : le bilan s’alourdit\n\n"
                           "Le séisme a fait au moins 2 000 morts, selon le ministère de l’Intérieur.\n"
                           "Les secours fouillent les décombres à Marrakech.\n")
    assert source.title == "Séisme au Maroc : le bilan s’alourdit"
    renamed = read_path(write(tmp_path, "depeche.txt", RTF_REPORT))  # what it is, whatever its name says
    assert renamed.kind == "rtf" and renamed.text == source.text


def test_a_markdown_front_matter_is_the_report_s_metadata_not_its_text(tmp_path):
    """Found by a helper's first-use test: 'title: …', 'author: …' and 'date: …' of a note's front matter were read
    as sentences of the report, and its date was no publication date."""
    note = ("---\ntitle: \"Moscou demande l'aide de Pékin\"\nauthor: Jean Martin\ndate: 2022-03-14\ntags:\n  - Russie\n"
            "---\n\n# La Russie a demandé une aide militaire à la Chine\n\n"
            "La Russie a demandé à la Chine du **matériel militaire**, selon des responsables américains.\n")
    source = read_path(write(tmp_path, "note.md", note.encode("utf-8")))
    assert source.text == ("La Russie a demandé une aide militaire à la Chine\n\n"
                           "La Russie a demandé à la Chine du matériel militaire, selon des responsables américains.\n")
    assert source.title == "La Russie a demandé une aide militaire à la Chine"
    assert source.meta == {"author": "Jean Martin", "date": "2022-03-14",
                           "heading": "La Russie a demandé une aide militaire à la Chine"}  # its headline (``clean``)
    text = "Un paragraphe.\n\n---\n\nLa suite: un autre paragraphe.\n\n---\n"  # rules between paragraphs stay rules
    assert read_path(write(tmp_path, "rules.md", text.encode("utf-8"))).text.split() == \
        "Un paragraphe. La suite: un autre paragraphe.".split()


def test_a_saved_page_without_its_site_name_takes_it_from_the_tab_title_not_the_headline():
    """From a helper's test: a page with no "og:site_name" had its headline as its outlet; the tab's title says
    "Headline | Iberia Tech Wire"."""
    from desktop.engine.ingest.html_page import extract

    body = ("<body><article><h1>Kestrel Mobile says 2.3 million customers hit by billing-system hack</h1>"
            + "".join(f"<p>Paragraph {k} of the report on the breach at Kestrel Mobile, which the company disclosed "
                      f"on Tuesday after an investigation by outside experts.</p>" for k in range(6))
            + "</article></body></html>")
    head = ('<html><head><title>Kestrel Mobile says 2.3 million customers hit by billing-system hack | Iberia Tech '
            'Wire</title><meta property="og:title" content="Kestrel Mobile says 2.3 million customers hit by '
            'billing-system hack">{}</head>')
    assert extract(head.format("") + body).meta.get("outlet") == "Iberia Tech Wire"
    named = head.format('<meta property="og:site_name" content="Iberia Tech Wire Daily">') + body
    assert extract(named).meta.get("outlet") == "Iberia Tech Wire Daily"
    short = ("<html><head><title>Kestrel Mobile hack hits 2.3 million | Iberia Tech Wire</title></head>"  # a QA
             + body.replace("says 2.3 million customers hit by billing-system hack", "hack hits 2.3 million "
                            "customers"))  # helper's page: the tab shortens the headline, which it opens ("2.3" had
    #                                        read as a site's address, "Kestrel Mobile hack hits 2.3 million" the site)
    assert extract(short).meta.get("outlet") == "Iberia Tech Wire"
    editorial = ('<html><head><title>Iberia Tech Wire view on the Kestrel Mobile hack</title><meta content="Iberia Tech '
                 'Wire" property="og:site_name"></head>' + body.replace("Kestrel Mobile says", "Iberia Tech Wire view: "
                                                                        "Kestrel Mobile says"))
    assert extract(editorial).meta.get("outlet") == "Iberia Tech Wire"  # a review: the page's own name stands


def test_a_two_page_report_loses_its_running_header_and_a_word_the_layout_hyphenated_is_whole(tmp_path):
    """A helper's French report printed to two pages: the header above each page had stood as the report's first
    sentence and had been spliced into the sentence the page break cut ("… une baisse du Le Courrier de l'Europe —
    …"); "munici-" / "pal." and "l'in-" / "cendie" read as unknown words (a shared fact left "only here"). A
    compound's hyphen stays ("porte-" / "parole")."""
    header = "Le Courrier de l'Europe — Monde — jeudi 17 juillet 2025"
    pages = [[header, "Les personnes évacuées ont été hébergées dans le complexe sportif munici-",
              "pal. Le porte-", "parole des pompiers a parlé. Les pompiers comptent sur une baisse du", "Page 1"],
             [header, "vent annoncée pour mercredi soir afin de stabiliser le flanc est de l'in-", "cendie.", "Page 2"]]
    text = read_path(write_pdf(tmp_path / "courrier.pdf", pages)).text
    assert "Courrier de l'Europe" not in text
    assert "complexe sportif municipal. Le porte-parole des pompiers" in text
    assert "une baisse du vent annoncée" in text and "le flanc est de l'incendie." in text


@pytest.mark.parametrize("footer", ["Seite {n}", "S. {n}", "AutoWelt {n}", "Página {n} de 15", "{n} | AutoWelt"])
@pytest.mark.parametrize("first_page", [2, 1])
def test_a_magazine_s_last_page_between_its_page_numbers_stays_article_text(tmp_path, footer, first_page):
    """A QA tester's German PDF on two pages, each with "Seite 14" / "Seite 15" under it: the footer of a word and
    a number was not read as one, the two paragraphs on the last page stood between two "counters" and went as
    boilerplate after the article (and a page 1 with one paragraph went the same way). A page's number, alone or
    with the magazine's name, is the page's furniture; every paragraph stays."""
    from desktop.engine.pipeline import prepare

    paragraphs = ["Wegen Brandgefahr ruft Norvane in Europa rund 84.000 Elektroautos zurück.",
                  "Betroffen sind die Modelle E-Lyra und E-Lyra Tourer aus der Produktion bis Januar 2024.",
                  "Die Norvane-Aktie verlor am Dienstag 4,2 Prozent.",
                  "Für Norvane ist es der zweite Batterie-Rückruf innerhalb von zwei Jahren."]
    header = "AutoWelt 04/2026 · Aktuell"
    pages = [[header, ("Rückruf: Norvane holt 84.000 E-Autos in die Werkstatt", 18), ("Von Jens Brückner", 12, 30),
              *paragraphs[:first_page], footer.format(n=14)],
             [header, *paragraphs[2:], footer.format(n=15)]]
    doc = prepare(read_path(write_pdf(tmp_path / "autowelt.pdf", pages)))
    sentences = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert sentences == ["Rückruf: Norvane holt 84.000 E-Autos in die Werkstatt", *paragraphs[:first_page],
                         *paragraphs[2:]]
    assert [doc.text[r.start:r.end] for r in doc.removed] == ["Von Jens Brückner"]


def test_a_line_two_pages_share_that_is_a_word_or_two_stays(tmp_path):
    """On two pages only a line of three words or more above both is a running header: a short line each page
    happens to open with is the report's."""
    pages = [["Breaking", "The storm hit the coast on Monday and cut power to homes."],
             ["Breaking", "Rescue teams searched the area on Tuesday."]]
    text = read_path(write_pdf(tmp_path / "two.pdf", pages)).text
    assert text.count("Breaking") == 2


def test_a_saved_page_keeps_the_standfirst_set_apart_from_its_body(tmp_path):
    """A helper's French page: the standfirst under the headline, outside the body's block, was in no sentence and
    in no list of what was left out (trafilatura reads the body's block alone). It is the report's; the byline under
    it and, from the review, a related story's teaser and a caption set above the body are not."""
    from desktop.engine.pipeline import prepare

    body = "".join(f"<p>{s}</p>" for s in (
        "L'Assemblée nationale kestrienne a adopté mardi 12 mars la réforme des retraites par 289 voix contre 252.",
        "Le texte relève l'âge légal de départ de 62 à 64 ans d'ici 2030 et porte à 43 ans la durée de cotisation.",
        "Dans la foulée, la motion de censure déposée par l'opposition n'a recueilli que 280 voix, à neuf voix de la "
        "majorité absolue.", "Selon le ministère des finances, la réforme doit permettre d'économiser 12 milliards "
        "d'euros par an à l'horizon 2030."))
    page = ("<html><head><title>Retraites : la réforme adoptée de justesse</title></head><body><nav><a href='/'>Accueil"
            "</a></nav><main><article><p class='kicker'>Politique</p><h1>Retraites : la réforme adoptée de justesse</h1>"
            "<p class='standfirst'>L'Assemblée nationale a voté mardi le texte par 289 voix contre 252. L'opposition "
            "annonce un recours devant la Cour constitutionnelle.</p><p class='byline'>Par Claire Vasseur · Publié le 12 "
            "mars 2024 à 19 h 42 · Lecture 4 min.</p><p class='related'>Lire aussi : six mois de bras de fer entre le "
            "gouvernement et les syndicats sur les retraites.</p><figure><figcaption><p>Des manifestants devant "
            "l'Assemblée nationale, mardi soir, pendant le vote de la réforme.</p></figcaption></figure>"
            "<div class='article-body'>" + body + "</div></article></main>"
            "<footer>© L'Écho</footer></body></html>")
    sentences = _page_sentences(tmp_path, page, "echo.html")
    assert "L'opposition annonce un recours devant la Cour constitutionnelle." in sentences
    assert not any(w in s for s in sentences for w in ("Claire Vasseur", "bras de fer", "Des manifestants"))


def _page_sentences(tmp_path, page: str, name: str = "page.html") -> list[str]:
    """The sentences of ``page`` saved as a file and read as the app reads it."""
    from desktop.engine.pipeline import prepare

    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    doc = prepare(read_path(path))
    return [doc.sentence_text(i) for i in range(len(doc.sentences))]


def _derailment_page(tmp_path, above_body: str) -> list[str]:
    """The sentences of a saved page of a derailment report with ``above_body`` between its headline and its body."""
    from desktop.engine.pipeline import prepare

    body = "".join(f"<p>{s}</p>" for s in (
        "Five people were killed and 42 injured when a passenger train derailed in the mountains of Valdoria on "
        "Tuesday, the regional civil protection agency said.", "Two of the train's four carriages left the track, "
        "and one rolled down a steep embankment towards the river."))
    page = ("<html><head><title>Five dead as train derails</title></head><body><article><h1>Five dead as train "
            "derails</h1>" + above_body + "<div class='article-body'>" + body + "</div></article></body></html>")
    return _page_sentences(tmp_path, page, "herald.html")


def test_a_standfirst_without_a_full_stop_is_kept_too(tmp_path):
    """A helper's English page set its standfirst without a full stop, as many do: it was left out of the text and
    out of the list of what was left out."""
    sentences = _derailment_page(tmp_path, "<p class='standfirst'>A child is among the dead after a regional train "
                                           "left the tracks near Brenzola on Tuesday afternoon</p>")
    assert any(s.startswith("A child is among the dead") for s in sentences)


def test_a_lead_picture_s_caption_is_no_standfirst(tmp_path):
    """From the review: a caption in a "lead-image" box came in as the standfirst once a standfirst needed no stop."""
    sentences = _derailment_page(tmp_path, "<div class='lead-image'><p class='lead-image__caption'>Rescue workers "
                                           "search the wreckage of the regional train near Brenzola on Tuesday "
                                           "evening</p></div>")
    assert sentences and not any("Rescue workers" in s for s in sentences)


def test_a_teaser_under_a_kicker_and_the_headline_is_kept_and_the_kicker_is_no_claim(tmp_path):
    """From a helper's German page: trafilatura kept the kicker ("Grenzregion") and the headline but not the lead in
    bold under them, which was in no sentence and in no list of what was left out; and the kicker stood first, read
    as the report's title and counted as a claim only that page makes."""
    from desktop.engine.headings import headline_of
    from desktop.engine.pipeline import compare, prepare

    page = ("<html><head><title>Hochwasser an der Saar | Saarpost</title></head><body><nav><a href='/'>Startseite</a>"
            "</nav><article><p class='kicker'>Grenzregion</p><h1>Hochwasser an der Saar: Hunderte Keller überflutet</h1>"
            "<p class='teaser'><strong>Nach tagelangem Regen ist die Saar über die Ufer getreten. Die Feuerwehr pumpt "
            "seit der Nacht Keller aus.</strong></p><p>Nach tagelangem Dauerregen hat die Saar in der Nacht zum "
            "Dienstag mehrere Ortschaften im Kreis Merzig-Wadern überflutet, teilte der Landkreis mit.</p><p>Rund 300 "
            "Feuerwehrleute waren im Einsatz, um Keller und Tiefgaragen leer zu pumpen.</p></article>"
            "<footer>© Saarpost</footer></body></html>")
    sentences = _page_sentences(tmp_path, page, "saarpost.html")
    assert "Die Feuerwehr pumpt seit der Nacht Keller aus." in sentences
    path = tmp_path / "saarpost.html"
    assert sentences[0] == "Grenzregion" and headline_of(prepare(read_path(path))) == 1
    comp = compare([read_path(path), from_text("Floods on the Saar\n\nThe Saar burst its banks overnight after days "
                                               "of rain, flooding several villages in Merzig-Wadern district.", "en")])
    assert 0 not in comp.single_sourced(0) and comp.is_label(0, 0)


def test_a_short_title_with_a_name_is_no_kicker_and_a_related_story_s_teaser_is_no_standfirst(tmp_path):
    """From the review: "Biden triumphs" over a standfirst was read as a kicker and left out of the reports; a
    related story's teaser in a link box was put in the article when its body was written in <div>s."""
    from desktop.engine.headings import headline_of
    from desktop.engine.pipeline import prepare

    doc = prepare(from_text("Biden triumphs\n\nThe Democrat defeats Donald Trump after four days of counting in key "
                            "states\n\nJoe Biden has won the US presidential election, according to projections by US "
                            "networks on Saturday.\n\nTrump has not conceded.", "A"))
    assert headline_of(doc) == 0
    page = ("<html><body><article><h1>Town council approves its budget for next year</h1><div class='para'>The town "
            "council of Brenzola approved its budget for next year on Tuesday evening by 21 votes to 12.</div><h2>A rise "
            "in taxes</h2><div class='para'>Local taxes will rise by 2 percent, the first rise in five years, the mayor "
            "said after the vote.</div><div class='related'><a href='/x'><p class='teaser__text'>Council approves plan "
            "for new car park on the edge of the town centre despite objections from residents</p></a></div><h2>"
            "Opposition angry</h2><div class='para'>The opposition said the rise would hit families hardest.</div>"
            "</article></body></html>")
    assert not any("car park" in sentence for sentence in _page_sentences(tmp_path, page, "budget.html"))


def test_an_ad_inside_a_saved_article_is_left_out(tmp_path):
    """A QA helper's transfer reports (stop 65): a tabloid's betting offer between two paragraphs ("BETTING SPECIAL:
    … Get odds of 10/1 with BetBlaze. 18+ New customers only.") came through as five sentences of the report."""
    page = tmp_path / "tabloid.html"
    page.write_text("<html><head><title>Nunez seals record move</title></head><body><article><h1>Nunez seals record "
                    "move to Kingsport</h1><p>Kingsport City have signed striker Mateo Nunez from Atletico Valdemora "
                    "for a club-record fee, the club announced on Friday.</p><div class=\"inline-ad betting\"><p><strong>"
                    "BETTING SPECIAL:</strong> Nunez to score on his debut? Get odds of 10/1 with BetBlaze. 18+ New "
                    "customers only.</p></div><p>The Uruguayan scored nearly 30 goals for Atletico Valdemora last "
                    "season and will wear the No 9 shirt.</p><p>He said the move was a dream come true for him and his "
                    "family.</p></article></body></html>", encoding="utf-8")
    text = read_path(page).text
    assert "BetBlaze" not in text and "nearly 30 goals" in text and "club-record fee" in text


def test_a_market_ticker_inside_a_saved_article_is_left_out(tmp_path):
    """A QA helper's central-bank reports: the French daily's live quotes inside its <article> ("EST-30 +0,9 %
    Couronne/euro 11,29 Taux à 10 ans 3,02 %") were a claim only it made, beside the article's own index move."""
    page = tmp_path / "quotidien.html"
    page.write_text("<html><head><title>La BNE baisse ses taux</title></head><body><article><h1>La BNE baisse ses taux "
                    "de 25 points de base</h1><p>La Banque nationale d'Estavie a abaissé jeudi son taux directeur de "
                    "25 points de base, à 3,25 %.</p><div class=\"market-ticker\"><span>EST-30 +0,9 %</span> <span>"
                    "Couronne/euro 11,29</span> <span>Taux à 10 ans 3,02 %</span></div><p>Sur les marchés, la couronne "
                    "estavienne a reculé de 0,4 % face à l'euro, à 11,32 pour un euro.</p><p>L'indice EST-30 a terminé "
                    "la séance en hausse de 1,2 %.</p></article></body></html>", encoding="utf-8")
    text = read_path(page).text
    assert "11,29" not in text and "3,02" not in text and "en hausse de 1,2 %" in text and "à 11,32" in text


def test_a_wrapper_that_names_ads_but_holds_the_article_stays(tmp_path):
    """The third review: a page whose paragraphs sit in <div class="article__body no-ads"> (or "ad-free", "has-ads",
    id="article-ad") lost its whole article to the ad remover."""
    body = ("<p>Kingsport City have signed striker Mateo Nunez from Atletico Valdemora for a club-record fee, the club "
            "announced on Friday.</p><p>The Uruguayan scored nearly 30 goals for Atletico Valdemora last season and "
            "will wear the No 9 shirt.</p>")
    for wrapper in ('class="article__body no-ads"', 'class="story ad-free"', 'id="article-ad"'):
        page = tmp_path / "page.html"
        page.write_text(f"<html><body><h1>Nunez seals record move</h1><div {wrapper}>{body}</div></body></html>",
                        encoding="utf-8")
        assert "nearly 30 goals" in read_path(page).text, wrapper


def _live_post(stamp: str, sentence: str, share: str) -> str:
    time = f'<p class="post-time"><time>{stamp}</time></p>' if stamp else ""
    return f'<div class="block">{time}<p>{sentence}</p>{share}</div>'


@pytest.mark.parametrize("stamps, shares", [(True, 2), (False, 1), (True, 0)], ids=["stamped", "unstamped", "bare"])
def test_a_short_live_page_of_div_posts_keeps_each_post_s_sentence_apart_from_its_stamps_and_buttons(
        tmp_path, stamps, shares):
    """A QA helper's live page: trafilatura's main reading of a page of two short posts is under its 250 characters,
    and its rescue read the <article> whole, its time stamps, posts and share buttons run into one paragraph: that
    paragraph went as a share line (no body left), or came through as "Riverford flood live Water rose …" and
    "Share Facebook The mayor ordered …". Each post's sentence is a sentence, whatever the markup around it."""
    posts = [("9.41am BST", "Water rose 1.8 metres above the quay overnight, the river authority said."),
             ("9.12am BST", "The mayor ordered the evacuation of the lower town.")]
    share = '<div class="share"><a>Share</a> <a>Facebook</a></div>'
    feed = "".join(_live_post(stamp if stamps else "", sentence, share if n < shares else "")
                   for n, (stamp, sentence) in enumerate(posts))
    page = f"<html><body><article><h1>Riverford flood live</h1>{feed}</article></body></html>"
    sentences = _page_sentences(tmp_path, page)
    assert all(sentence in sentences for _, sentence in posts)
    assert not [s for s in sentences if "Share" in s or "Facebook" in s or "BST" in s]
