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


def test_a_minute_of_play_is_one_kind_of_figure_in_any_language():
    """A QA helper's cup-final reports: "77th minute" / "minuto 78" and "84th minute" / "all'85° minuto" were linked
    at 0.99-1.00 with each figure only its report's, where the same change in English was ⚠."""
    assert _disputed("Kieran Ashby headed the winner in the 77th minute.",
                     "Kieran Ashby marcó de cabeza el gol de la victoria en el minuto 78.") \
        == {(0, "77th minute"), (1, "minuto 78")}
    assert _disputed("Bertone was sent off in the 84th minute.", "Bertone è stato espulso all'85° minuto.") \
        == {(0, "84th minute"), (1, "85° minuto")}
    for other in ("Bertone a été exclu à la 85e minute.", "Bertone sah in der 85. Minute Gelb-Rot.",
                  "Bertone foi expulso aos 85 minutos.", "Bertone fue expulsado en el 85'."):
        assert (0, "84th minute") in _disputed("Bertone was sent off in the 84th minute.", other), other
    assert not _disputed("Kieran Ashby headed the winner in the 77th minute.",
                         "Kieran Ashby marcó de cabeza el gol de la victoria en el minuto 77.")


def test_two_years_in_one_slot_disagree_across_languages():
    """"won in 2009 and 2015" / "nel 2009 e nel 2014": the year after "and" is a year too, set against 2014."""
    assert _disputed("Lavagna had won the trophy in 2009 and 2015.",
                     "Il Lavagna aveva vinto il trofeo nel 2009 e nel 2014.") == {(0, "2015"), (1, "2014")}
    assert _disputed("Lavagna had won the trophy in 2009 and 2015.", "El Lavagna ganó el trofeo en 2009 y 2014.")
    assert not _disputed("Lavagna had won the trophy in 2009 and 2015.",
                         "Il Lavagna aveva vinto il trofeo nel 2009 e nel 2015.")


def test_a_sides_players_a_delay_a_score_and_a_minute_are_four_facts():
    """"ten-man Lavagna" / "Lavagna 2-1", "Eight minutes later" / "En el minuto 66" and "with 10 men" / "85'" were ⚠
    while the real counterpart (84th / 85') was only each report's own. Each kind against its own kind stays a
    dispute."""
    assert not _disputed("Ashby's late header sinks ten-man Lavagna.", "Ashby's late header sinks Lavagna 2-1.")
    assert not _disputed("Eight minutes later VAR came to Rovers' rescue, ruling out a Gatti effort for offside.",
                         "En el minuto 66, el VAR anuló un gol de Simone Gatti por fuera de juego.")
    assert _disputed("Lavagna midfielder Luca Bertone was sent off in the 84th minute for a second yellow card, "
                     "leaving the Italians with 10 men.",
                     "All'85' il centrocampista Luca Bertone è stato espulso per doppia ammonizione.") \
        == {(0, "84th minute"), (1, "85")}
    assert _disputed("Ashby's late header sinks ten-man Lavagna.", "Ashby's late header sinks nine-man Lavagna.")
    assert _disputed("Lavagna won 2-1.", "Lavagna won 3-1.")
    assert _disputed("Eight minutes later VAR ruled out a Gatti effort.",
                     "Six minutes later VAR ruled out a Gatti effort.")


def test_a_more_precise_way_of_going_is_wording_not_a_dispute():
    """"limped off" / "went off" was ⚠ said differently: limping is a way of going, said more precisely. Two ways of
    going side by side, or a verb that says where to, stay disputed."""
    assert not _disputed("Raines limped off after 34 minutes.", "Raines went off after 34 minutes.")
    assert not _disputed("Raines limped off after 34 minutes.", "Raines walked off after 34 minutes.")
    assert _disputed("Raines walked off after 34 minutes.", "Raines ran off after 34 minutes.")
    assert _disputed("Raines limped off after 34 minutes.", "Raines was carried off after 34 minutes.")
    assert _disputed("The team came back to the hotel.", "The team went back to the hotel.")
