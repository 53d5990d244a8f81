"""A claim's review when its sentences were reviewed apart (engine/reviews.py)."""
from __future__ import annotations

from desktop.engine.model import Anchor, Annotation
from desktop.engine.reviews import merged, verdicts_met


def review(start: int, verdict, note: str, updated: str) -> Annotation:
    return Annotation(Anchor("h", start, start + 10), verdict, note, created=updated, updated=updated)


def test_the_newest_verdict_shows_with_every_note_oldest_first():
    older = review(0, "needs check", "Asked CNN desk 10:40", "2026-12-05T10:40:00Z")
    newer = review(50, "false", "FT piece says otherwise", "2026-12-05T10:45:00Z")
    claim = merged([newer, older])
    assert (claim.verdict, claim.anchor, claim.note) == ("false", newer.anchor,
                                                         "Asked CNN desk 10:40\n\nFT piece says otherwise")
    assert claim.created == older.created and verdicts_met([newer, older]) == ["needs check", "false"]


def test_a_note_already_folded_into_another_is_not_repeated_and_agreeing_verdicts_raise_nothing():
    folded = review(50, "false", "Asked CNN desk 10:40\n\nFT piece says otherwise", "2026-12-05T11:00:00Z")
    left = review(0, "false", "Asked CNN desk 10:40", "2026-12-05T10:40:00Z")
    assert merged([left, folded]).note == folded.note
    assert verdicts_met([left, folded]) == [] and merged([left]) is left and merged([]) is None


def test_a_short_note_inside_a_longer_one_is_still_its_own():
    """Found by a review: "checked" was dropped for being part of "unchecked claim per desk"."""
    short = review(0, None, "checked", "2026-12-05T10:00:00Z")
    longer = review(50, None, "unchecked claim per desk", "2026-12-05T10:05:00Z")
    assert merged([short, longer]).note == "checked\n\nunchecked claim per desk"
