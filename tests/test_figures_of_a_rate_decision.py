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
