"""Figures of a cup final that a QA helper's four reports gave in their own words: a record said with a possessive
("Wrona's fourth" / "Wrona's fifth"), two estimates of a crowd bounded alike, and a player's minute of injury."""
from __future__ import annotations

from desktop.engine.tolls import tolls

from details_found import compared as _compare, disputed as _disputed


def test_a_rank_after_a_possessive_is_disputed():
    """Linked at 1.00 with nothing marked (and read as one wire's words): "his fourth" / "his fifth" was disputed."""
    assert _disputed("It was Wrona's fourth penalty save of the campaign, a competition record.",
                     "It was Wrona's fifth penalty save of the campaign, a competition record.") \
        == {(0, "fourth"), (1, "fifth")}
    assert _disputed("Lavagna won the club's fourth title.", "Lavagna won the club's fifth title.")


def test_two_crowds_bounded_alike_may_be_one_crowd():
    """"More than 60,000" / "More than 61,000" (both true of 61,482) had been ⚠; "at least 12" / "at least 14" dead
    stay a toll to reconcile."""
    assert not _disputed("More than 60,000 fans packed into the stadium.",
                         "More than 61,000 fans packed into the stadium.")
    assert _disputed("At least 12 people were killed in the blast.", "At least 14 people were killed in the blast.")


def test_a_matchs_minute_is_no_toll_of_injured():
    """"se retiró lesionado en el minuto 34" had put 34 among the injured."""
    comp = _compare("Winger Ollie Raines limped off injured after 34 minutes.",
                    "El extremo Ollie Raines se retiró lesionado en el minuto 34.")
    assert not [t for t in tolls(comp) if t.outcome == "injury"]


def test_a_name_written_with_its_possessive_is_the_name():
    """"a low cross from Jamie Caldwell" / "Jamie Caldwell's low cross" had marked Caldwell as only one report's."""
    comp = _compare("Ferri turned a low cross from Jamie Caldwell into his own net.",
                    "Ferri turned Jamie Caldwell's low cross into his own net.")
    assert comp.groups and not [d for d in comp.details if d.type == "name"]


def test_a_wires_time_in_four_digits_is_no_count():
    """"Kickoff was at 9 p.m. local time (1900 GMT)" had been ⚠ against "ante 61.482 espectadores"."""
    assert not _disputed("Lavagna won the trophy in 2009 and 2015.\n\nKickoff was at 9 p.m. local time (1900 GMT).",
                         "El Lavagna ganó el trofeo en 2009 y 2015.\n\nEl partido comenzó a las 21:00 horas ante "
                         "61.482 espectadores.")
    assert not _disputed("The Mars 2020 mission landed on Thursday.", "La mission Mars 2020 s'est posée jeudi.")
