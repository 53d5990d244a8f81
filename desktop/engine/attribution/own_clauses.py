"""Which sources of a claim's versions source the claim: a speaker whose statement is a clause only its version has
("Morandi's coalition holds 152 of the 300 seats, and several coalition lawmakers have said they could vote against
the bill", against "La coalition … dispose de 152 sièges sur 300") sources that clause, not what the versions share.

The clause is read from the details: a detail only its version has (``unique``) that starts at the speaker's cue at
the latest and runs from it over the statement to the end of the sentence or of its clause. A speaker named after
the statement ("…, a lawmaker said") or whose statement the other versions share stays the claim's. Such a clause's
detail takes in its speaker (``with_their_speakers``).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Attribution, Comparison, Detail

_STATEMENT_WORDS = 3  # words of the statement after the cue, at least
_CLOSING = tuple(",;:.!?)»\"”’")


def own_clause_speakers(comp: Comparison, versions: dict[int, tuple[Attribution, ...]],
                        details: list[Detail]) -> frozenset[Attribution]:
    """The speakers of ``versions`` whose statement is their version's own clause."""
    unique = [d for d in details if d.kind == "unique"]
    return frozenset(a for atts in versions.values() for a in atts if _own_clause(comp, a, unique))


def without(versions: dict[int, tuple[Attribution, ...]],
            apart: frozenset[Attribution]) -> dict[int, tuple[Attribution, ...]]:
    """``versions`` without the speakers ``apart``: those that source the claim."""
    return {source: tuple(a for a in atts if a not in apart) for source, atts in versions.items()}


def _own_clause(comp: Comparison, a: Attribution, unique: list[Detail]) -> bool:
    """The statement after the cue of ``a`` is a unique detail of its sentence, to the sentence's or clause's end."""
    doc = comp.documents[a.source]
    end = doc.sentences[a.sentence].end
    for d in unique:
        if d.source != a.source or d.sentence != a.sentence or not d.start <= a.cue[1] < d.end or a.end > a.cue[1]:
            continue
        said = doc.text[a.cue[1]:d.end].split()
        rest = doc.text[d.end:end].strip()
        if len(said) >= _STATEMENT_WORDS and (not rest or rest.startswith(_CLOSING)):
            return True
    return False


def with_their_speakers(details: list[Detail], apart: frozenset[Attribution]) -> list[Detail]:
    """``details`` with each unique clause that starts at the cue of a speaker ``apart`` widened back over that
    speaker ("several coalition lawmakers | have said they could vote against the bill": who says what only this
    version says is part of it)."""
    out = []
    for d in details:
        speaker = next((a for a in apart if a.source == d.source and a.sentence == d.sentence
                        and a.end <= a.cue[0] == d.start and d.kind == "unique"), None)
        out.append(replace(d, start=speaker.start) if speaker else d)
    return out
