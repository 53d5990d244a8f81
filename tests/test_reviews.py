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


def _three_reports(groups: list[list[tuple[int, int]]], overrides=()):
    """Three one-line-per-sentence reports (two sentences each) grouped as ``groups``."""
    from desktop.engine.model import Comparison, Document, Group, Override, Sentence, Source

    docs = []
    for k in range(3):
        text = f"Report {k} says one thing.\nReport {k} says another.\n"
        docs.append(Document(Source(f"r{k}.txt", text), "en", [Sentence(0, 26, 0), Sentence(27, 51, 1)], []))
    comparison = Comparison(docs, [Group(list(m), 0.8, []) for m in groups], [])
    comparison.overrides = [Override("unlink", _at(comparison, a), _at(comparison, b)) for a, b in overrides]
    return comparison


def _at(comparison, ref) -> Anchor:
    s = comparison.documents[ref[0]].sentences[ref[1]]
    return Anchor(comparison.documents[ref[0]].source.content_hash, s.start, s.end)


def _claim_review(comparison, on, versions) -> Annotation:
    return Annotation(_at(comparison, on), "corroborated", "Checked with the port", "t", "t",
                      claim=tuple(_at(comparison, m) for m in versions))


def test_a_review_stays_with_the_versions_of_its_claim_when_the_reviewed_sentence_is_taken_out():
    """Found by QA: the verdict went with the unlinked sentence, the claim that stayed was unreviewed."""
    from desktop.engine.reviews import placed

    claim = [(0, 0), (1, 0), (2, 0)]
    together = _three_reports([claim])
    review = _claim_review(together, (2, 0), claim)
    assert placed(together, [review]) == {(2, 0): review}
    apart = _three_reports([[(0, 0), (1, 0)]], overrides=[((2, 0), (0, 0)), ((2, 0), (1, 0))])
    assert placed(apart, [review]) == {(0, 0): review}  # on the A+B claim; the lone sentence has none


def test_a_two_version_claim_keeps_its_review_on_the_version_not_taken_out():
    from desktop.engine.reviews import placed

    claim = [(0, 0), (1, 0)]
    review = _claim_review(_three_reports([claim]), (1, 0), claim)
    unlinked = _three_reports([], overrides=[((1, 0), (0, 0))])
    assert placed(unlinked, [review]) == {(0, 0): review}
    split = _three_reports([])  # a stricter match split it: the reviewed sentence keeps it
    assert placed(split, [review]) == {(1, 0): review}


def test_a_review_moved_with_its_claim_does_not_hide_a_review_of_a_version_it_moves_to():
    from desktop.engine.reviews import placed

    comparison = _three_reports([[(0, 0), (1, 0)]], overrides=[((2, 0), (0, 0))])
    moved = _claim_review(comparison, (2, 0), [(0, 0), (1, 0), (2, 0)])
    own = Annotation(_at(comparison, (0, 0)), "disputed", "An older note", "s", "s")
    assert placed(comparison, [moved, own]) == {(0, 0): own, (1, 0): moved}


def test_a_review_written_before_claims_were_kept_stays_on_its_sentence():
    from desktop.engine.reviews import placed

    comparison = _three_reports([[(0, 0), (1, 0)]])
    old = Annotation(_at(comparison, (2, 0)), "false", "", "t", "t")
    assert placed(comparison, [old]) == {(2, 0): old}
