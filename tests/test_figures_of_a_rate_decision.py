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

