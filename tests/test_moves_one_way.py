"""Two verbs of one move are wording, two of opposite moves a dispute: a QA helper's central-bank reports had the
lead's "cut its policy rate" ⚠ said differently against "lowered its policy rate", the very first claim a reader
checks, and so "raised" / "increased", "weakened" / "fell"."""
import pytest

from tests.details_found import compared, spans_of


@pytest.mark.parametrize("mine, theirs", [
    ("The central bank cut its policy rate to 3.25% on Thursday.",
     "The central bank lowered its policy rate to 3.25% on Thursday."),
    ("The central bank raised its reserve requirement on Thursday.",
     "The central bank increased its reserve requirement on Thursday."),
    ("The crown weakened 0.4% against the euro on Thursday.", "The crown fell 0.4% against the euro on Thursday."),
    ("The crown slipped 0.4% against the euro on Thursday.", "The crown fell 0.4% against the euro on Thursday."),
])
def test_one_move_in_two_words_is_no_dispute(mine, theirs):
    comp = compared(mine, theirs)
    assert len(comp.groups) == 1 and not spans_of(comp, "conflict")


@pytest.mark.parametrize("mine, theirs, words", [
    ("The central bank cut its policy rate to 3.25% on Thursday.",
     "The central bank raised its policy rate to 3.25% on Thursday.", ("cut", "raised")),
    ("The crown weakened 0.4% against the euro on Thursday.", "The crown rose 0.4% against the euro on Thursday.",
     ("weakened", "rose")),
])
def test_opposite_moves_stay_disputed(mine, theirs, words):
    found = spans_of(compared(mine, theirs), "conflict")
    assert (0, words[0]) in found and (1, words[1]) in found


def test_a_rise_said_to_fall_back_is_one_move_down():
    """"la hausse des prix est retombée" (price growth fell back) tells inflation falling, as "fell" does: it had
    been ⚠ a move told the other way ("hausse" against "fell")."""
    comp = compared("Underlying inflation, stripping out volatile food and energy prices, fell to 2.6% last month, while "
                    "the headline rate was 2.2%.", "En novembre, la hausse des prix est retombée à 2,2 % sur un an.")
    assert len(comp.groups) == 1 and not spans_of(comp, "conflict")
    assert (0, "2.6%") in spans_of(comp, "unique")  # the core rate only the English report gives
