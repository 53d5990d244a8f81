"""Order between two reports of one story: a loose restatement right after a sentence both reports share is linked;
the same sentence told elsewhere in the report is left to its own evidence."""
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


def _alcohol_linked_to(b: str) -> list[str]:
    comp = compare([from_text(A, "a.txt"), from_text(b, "b.txt")])
    doc = comp.documents[1]
    return [doc.sentence_text(i) for g in comp.groups if (0, 2) in g.members for s, i in g.members if s == 1]


def test_a_restatement_right_after_a_shared_sentence_is_linked_and_not_when_told_elsewhere():
    assert _alcohol_linked_to(LEAD + DRINKING + " " + REST) == [DRINKING]
    assert _alcohol_linked_to(LEAD + REST + " " + DRINKING) == []
