"""Figures of a central bank's decision, from a QA helper's central-bank reports: the step of a move and the level it
reaches are two facts, a head count is no rate, and the dissenters' count, a forecast's figure for one year and a span
said in decades are compared as figures."""
import pytest

from tests.details_found import compared, disputed, spans_of


@pytest.mark.parametrize("mine, theirs", [
    ("The Estavian central bank cut its rate by 25 basis points on Thursday.",
     "The Estavian central bank cut its rate to 3.25% on Thursday."),
    ("The central bank cuts rates by 25 basis points.", "Die Zentralbank senkt den Leitzins auf 3,25 Prozent."),
])
def test_the_step_of_a_move_and_the_level_it_reaches_are_two_facts(mine, theirs):
    comp = compared(mine, theirs)
    assert len(comp.groups) == 1 and not spans_of(comp, "conflict")
    assert any("25" in words for _, words in spans_of(comp, "unique"))  # each still a detail the other lacks


@pytest.mark.parametrize("mine, theirs, figures", [
    ("The Estavian central bank cut its rate by 25 basis points on Thursday.",
     "The Estavian central bank cut its rate by 50 basis points on Thursday.", ("25", "50")),
    ("The Estavian central bank cut its rate to 3.25% on Thursday.",
     "The Estavian central bank cut its rate to 3.5% on Thursday.", ("3.25%", "3.5%")),
])
def test_two_steps_or_two_levels_stay_disputed(mine, theirs, figures):
    found = disputed(mine, theirs)
    assert any(figures[0] in w for s, w in found if s == 0) and any(figures[1] in w for s, w in found if s == 1)


def test_a_head_count_is_no_rate():
    """The QA helper's headline and lead: "two" had been ⚠ said differently against "3.25%"."""
    comp = compared("Estavian central bank cuts rates, two policymakers dissent",
                    "The Estavian National Bank reduced its policy rate on Thursday, to 3.25%.")
    assert len(comp.groups) == 1 and not spans_of(comp, "conflict")
    assert (0, "two") in spans_of(comp, "unique") and (1, "to 3.25%") in spans_of(comp, "unique")


def test_two_head_counts_stay_disputed():
    found = disputed("The central bank cut rates on Thursday, and two policymakers dissented.",
                     "The central bank cut rates on Thursday, and three policymakers dissented.")
    assert (0, "two") in found and (1, "three") in found


PEAK = "The bank raised its rate to a peak of 4.50% in October 2024 to fight the worst bout of inflation in {}."


@pytest.mark.parametrize("theirs", [
    PEAK.format("30 years"),
    "La BNE avait porté son taux à un pic de 4,50 % en octobre 2024 pour lutter contre la pire poussée d'inflation "
    "depuis trente ans.",
])
def test_decades_are_spans_of_ten_years(theirs):
    """"three decades" had been ⚠ against "30 years", and "three" / "trente" each a figure only its report gives."""
    comp = compared(PEAK.format("three decades"), theirs)
    assert len(comp.groups) == 1 and not comp.details


def test_decades_of_another_length_stay_disputed():
    found = disputed(PEAK.format("three decades"), PEAK.format("40 years"))
    assert (0, "three decades") in found and (1, "40 years") in found


def test_a_figure_of_another_thing_moving_is_no_counterpart():
    """The crown's 0.6% had been set against both the crown's 0,4 % and the index's 1,2 % of the French report."""
    comp = compared("The Estavian National Bank cut its policy rate to 3.25% on Thursday.\n\n"
                    "The crown slipped 0.6% against the euro in the minutes after the decision.",
                    "La Banque nationale d'Estavie a abaissé jeudi son taux directeur à 3,25 %.\n\n"
                    "Sur les marchés, la couronne estavienne a reculé de 0,4 % face à l'euro, tandis que l'indice "
                    "EST-30 a terminé la séance en hausse de 1,2 %.")
    texts = [d.source.text for d in comp.documents]
    crown = [d for d in comp.details if d.kind == "conflict" and texts[d.source][d.start:d.end] == "0.6%"]
    assert len(crown) == 1 and [texts[s][a:b] for s, a, b in crown[0].counterparts] == ["0,4 %"]
    assert (1, "0,4 %") in spans_of(comp, "conflict")
    assert not any("1,2 %" in words for _, words in spans_of(comp, "conflict"))


@pytest.mark.parametrize("mine, theirs, figures", [
    ("The board cut rates, with two members dissenting.", "The board cut rates, with one member dissenting.",
     ("two", "one")),
    ("Two members of the board, Ilse Kovander and Pieter Ossendorp, dissented.",
     "Only one member of the board, Ilse Kovander, dissented.", ("Two", "Only one")),
])
def test_one_dissenter_against_two_is_disputed(mine, theirs, figures):
    """A lower-case "one" before its noun is a count: the 7-2 / 8-1 split had read as "one" only a wording."""
    found = disputed(mine, theirs)
    assert (0, figures[0]) in found and (1, figures[1]) in found



def test_a_forecast_said_to_pick_up_to_a_figure_is_that_figure():
    """"pick up to 1.2%" had read as "at most 1.2%", which "1.1%" may be: the forecasts for 2027 agreed."""
    found = disputed("The bank expects growth of 1.1% in 2027.", "Growth is expected to pick up to 1.2% in 2027.")
    assert any("1.1%" in w for s, w in found if s == 0) and any("1.2%" in w for s, w in found if s == 1)


def test_up_to_a_figure_stays_a_bound():
    assert not disputed("The storm brought winds of up to 120 km/h on Tuesday.",
                        "The storm brought winds of 110 km/h on Tuesday.")
