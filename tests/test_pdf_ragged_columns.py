"""PDFs set in narrow ragged-right columns: a line break the layout put inside a name does not cut the sentence, and a
heading at the body's size keeps its line (a QA tester's two-column Spanish match report)."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.ingest import read_path
from desktop.engine.pipeline import prepare
from makefiles import write_pdf


def _sentences(path: Path) -> list[str]:
    doc = prepare(read_path(path))
    return [doc.sentence_text(i) for i in range(len(doc.sentences))]


SPANISH = (["El Dunmore Rovers se proclamó", "campeón de la Copa Continental.", "El centrocampista Luca",
            "Bertone vio la tarjeta roja directa", "en el minuto 84 de la final. El extremo", "Ollie Raines se retiró lesionado.",
            "La queja", "Franco Menotti habló de una noche", "difícil para el árbitro alemán.", "Reacción en el vestuario",
            ("Graham Pellow dedicó el título a los", 12, 30), "aficionados del Dunmore Rovers."],
           ["El Dunmore Rovers se proclamó campeón de la Copa Continental.",
            "El centrocampista Luca Bertone vio la tarjeta roja directa en el minuto 84 de la final.",
            "El extremo Ollie Raines se retiró lesionado.",
            "La queja",  # short: a heading
            "Franco Menotti habló de una noche difícil para el árbitro alemán.",
            "Reacción en el vestuario",  # a blank gap under it: a heading
            "Graham Pellow dedicó el título a los aficionados del Dunmore Rovers."])
ENGLISH = (["Dunmore Rovers won the Continental", "Cup on Wednesday night.", "Lavagna midfielder Luca",
            "Bertone was sent off in the 84th", "minute. The English winger Ollie", "Raines limped off injured.",
            "Fury", "Franco Menotti said the German", "referee had a difficult night.", "Reaction in the dressing room",
            ("Graham Pellow dedicated the title to", 12, 30), "the club's long-suffering supporters."],
           ["Dunmore Rovers won the Continental Cup on Wednesday night.",
            "Lavagna midfielder Luca Bertone was sent off in the 84th minute.",
            "The English winger Ollie Raines limped off injured.",
            "Fury",
            "Franco Menotti said the German referee had a difficult night.",
            "Reaction in the dressing room",
            "Graham Pellow dedicated the title to the club's long-suffering supporters."])


@pytest.mark.parametrize("lines, expected", [SPANISH, ENGLISH], ids=["es", "en"])
def test_a_ragged_line_broken_between_a_first_name_and_a_surname_is_one_sentence(tmp_path, lines, expected):
    """"El centrocampista Luca" / "Bertone vio la tarjeta roja …" read as two sentences, the first a claim only that
    report made, in Spanish and in English: the column's lines are short and the line has one word in lower case.
    Lines set as one paragraph's go on into a capitalised word; a short heading, and a line followed by a blank
    gap, keep theirs."""
    assert _sentences(write_pdf(tmp_path / "match.pdf", [lines])) == expected


def _two_columns(path: Path, left: list[str], right: list[str]) -> Path:
    """A page drawn as Qt's PDF writer draws it (a run with no text in its default 12 points after each line), in
    two columns of 9-point lines side by side: each line of the left column at the height of one of the right's."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(72)
    writer.setPageMargins(QMarginsF(36, 36, 36, 36))
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Serif", 9))
    for x, column in ((0, left), (270, right)):
        for k, line in enumerate(column):
            painter.drawText(x, 12 * (k + 1), line)
    painter.end()
    return path


def test_a_two_column_page_drawn_by_qt_reads_its_lines_print_and_joins_a_name_the_column_broke(qapp, tmp_path):
    """The QA tester's two-column PDF: the text layer read each column's lines, but their print was read by height,
    so a line of the left column and the right column's at its height made one line that neither column has (and
    a writer's empty run in 12 points made a 9-point line "large", a headline). The red-card sentence read as "El
    centrocampista Luca" and "Bertone vio …"."""
    left = ["El Dunmore Rovers se proclamó", "campeón de la Copa Continental al", "derrotar por 2-1 al Virtus Lavagna.",
            "El centrocampista Luca", "Bertone vio la tarjeta roja directa", "en el minuto 84 de la final."]
    right = ["El árbitro alemán Jens Hoffmeister", "añadió seis minutos de descuento.", "El lateral Paolo Conti salió",
             "en camilla con una lesión de rodilla", "en el minuto 52 del partido."]
    source = read_path(_two_columns(tmp_path / "graderio.pdf", left, right))
    assert source.meta.get("heading") is None
    assert _sentences(tmp_path / "graderio.pdf") == [
        "El Dunmore Rovers se proclamó campeón de la Copa Continental al derrotar por 2-1 al Virtus Lavagna.",
        "El centrocampista Luca Bertone vio la tarjeta roja directa en el minuto 84 de la final.",
        "El árbitro alemán Jens Hoffmeister añadió seis minutos de descuento.",
        "El lateral Paolo Conti salió en camilla con una lesión de rodilla en el minuto 52 del partido."]


def test_a_sub_headline_wrapped_after_a_bracket_is_one_line_and_stays_the_report_s(tmp_path):
    """The tester's PDF: the sub-headline's second line "en Torrelinda" kept its break after "(2-1)" (a line closing
    a bracket read as a sentence's end) and went as boilerplate before the headline."""
    pages = [[("El Dunmore Rovers conquista la Copa Continental", 20),
              ("Un cabezazo de Ashby en el minuto 77 tumba al Virtus Lavagna (2-1)", 11, 26), ("en Torrelinda", 11, 13),
              ("JAVIER OLMEDO | TORRELINDA", 8, 20),
              ("El Dunmore Rovers se proclamó campeón de la Copa Continental al derrotar por 2-1 al Virtus", 12, 24),
              "Lavagna en la final disputada el miércoles en el Estadio Municipal de Torrelinda.",
              "Kieran Ashby marcó de cabeza el tanto de la victoria en el minuto 77 del partido."]]
    doc = prepare(read_path(write_pdf(tmp_path / "graderio.pdf", pages)))
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))][:2] == [
        "El Dunmore Rovers conquista la Copa Continental",
        "Un cabezazo de Ashby en el minuto 77 tumba al Virtus Lavagna (2-1) en Torrelinda"]
    assert [doc.text[r.start:r.end] for r in doc.removed] == ["JAVIER OLMEDO | TORRELINDA"]


def test_a_folio_line_in_small_print_above_the_headline_does_not_hide_it(tmp_path):
    """The tester's PDF was named by its folio line ("EL GRADERÍO · FÚTBOL INTERNACIONAL · Jueves, 27 de mayo de
    2027", a dozen words in 8 points): a long line above the headline read as the text's first paragraph, so the
    headline printed large under it was no headline."""
    headline = "El Dunmore Rovers conquista la Copa Continental"
    pages = [[("EL GRADERÍO · FÚTBOL INTERNACIONAL · Jueves, 27 de mayo de 2027", 8), (headline, 20, 30),
              ("Un cabezazo de Ashby en el minuto 77 tumba al Virtus Lavagna (2-1)", 11, 26),
              ("JAVIER OLMEDO | TORRELINDA", 8, 20),
              ("El Dunmore Rovers se proclamó campeón de la Copa Continental al derrotar por 2-1 al Virtus", 12, 30),
              "Lavagna en la final disputada el miércoles en el Estadio Municipal de Torrelinda."]]
    source = read_path(write_pdf(tmp_path / "graderio.pdf", pages))
    assert (source.title, source.meta.get("heading")) == (headline, headline)
