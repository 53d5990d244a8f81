"""Order between two reports of one story: a loose restatement right after a sentence both reports share is raised to
a near miss the reader is shown; the same sentence told elsewhere in the report is left to its own evidence."""
from desktop.engine.ingest import from_text
from desktop.engine.pipeline import compare

A = ("Driver arrested after fatal hit-and-run in Bloomington\n\n"
     "A 66-year-old woman was killed on Saturday when a car struck her in a crosswalk outside a Bloomington store. "
     "Police said alcohol was a factor. "
     "The driver fled but was stopped a few blocks away, police said. "
     "He was booked into the county jail on Sunday.")
LEAD = ("Man charged with murder in Bloomington hit-and-run\n\n"
        "Police said a 66-year-old Burnsville woman died after she was struck by a car in the crosswalk outside the "
        "Bloomington store on Saturday. ")
DRINKING = "Investigators said the man had been drinking before the crash."
REST = "Officers caught up with him a few blocks from the scene. The county attorney filed a murder charge on Monday."


def _alcohol_pair(b: str) -> tuple[float, bool, bool]:
    """The score of "Police said alcohol was a factor" with the drinking sentence of ``b``, whether they are linked,
    and whether the drinking sentence is the one shown as its nearest elsewhere."""
    comp = compare([from_text(A, "a.txt"), from_text(b, "b.txt")])
    doc = comp.documents[1]
    j = next(i for i in range(len(doc.sentences)) if doc.sentence_text(i) == DRINKING)
    linked = any((0, 2) in g.members and (1, j) in g.members for g in comp.groups)
    nearest = comp.elsewhere.get((0, 2))
    return comp.pair_score((0, 2), (1, j)), linked, nearest is not None and (1, j) in (nearest.a, nearest.b)


def test_a_restatement_right_after_a_shared_sentence_is_raised_and_not_when_told_elsewhere():
    """It was linked at 0.53 when written; since a sentence is also read with the one before it (context.py, whose
    shift keeps the scores calibrated) it scores 0.49 and is the near miss shown for "alcohol was a factor"."""
    after, linked, shown = _alcohol_pair(LEAD + DRINKING + " " + REST)
    elsewhere, linked_elsewhere, _ = _alcohol_pair(LEAD + REST + " " + DRINKING)
    assert (linked or shown) and after >= 0.45
    assert not linked_elsewhere and elsewhere < after - 0.15
