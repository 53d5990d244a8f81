"""One person arrested against a count of those arrested: "Police arrested a 52-year-old man" / "A polícia deteve
dois suspeitos" tell one arrest and two, which no number of the first version gives ("a man": an article), so the
count read as the second version's own detail and the reader saw no dispute.

The one is read as the tolls read a figure of one (``ones``: an article or "one" before a noun of a person the
arrest befell); the count as a count of the arrested (``counts.counts_in``). Each version's only arrest figure in
the claim, of a source with one sentence there (two sentences may tell two arrests), in any two languages; not a
count of ten or more, or a round one ("dozens"): a crowd's arrests, of which one person named may be one.
"""
from __future__ import annotations

from collections import Counter

from ..attribution.sentence import dateline_end
from ..features import round_count, token_number
from .conflicts import points_at, span_of, value_end
from .counts import counts_in
from .intervals import as_float
from .member import Member
from .ones import ones

ARREST = "arrest"


def add_arrest_count_conflicts(members: list[Member], flags: list[list[bool]],
                               conflicts: list[dict]) -> list[set[int]]:
    """Mark one person arrested in one version against a count of more arrested in another, both ways. Per member,
    the tokens so marked (the detail is cut around them: "a 52-year-old man", not "… on Wednesday")."""
    versions = Counter(m.ref[0] for m in members)
    found = [_arrest_figure(m) if versions[m.ref[0]] == 1 else None for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for o_n, o in enumerate(members):
            mine, theirs = found[n], found[o_n]
            if mine is None or theirs is None or o.ref[0] == m.ref[0] or (mine[2] == 1) == (theirs[2] == 1) \
                    or points_at(conflicts[n].get(mine[0], ()), o.ref[0]):
                continue  # (a count against a count is ``add_count_conflicts``'s)
            for k in range(mine[0], mine[1] + 1):
                flags[n][k] = True
                conflicts[n].setdefault(k, []).append(span_of(o, theirs[0], theirs[1]))
                marked[n].add(k)
    return marked


def _arrest_figure(member: Member) -> tuple[int, int, float] | None:
    """(first token, last token, value) of the member's only figure of people arrested: one ("a man", "un homme")
    or a count of more ("dois suspeitos", "Two men"); None for none or several."""
    toks = member.feats.tokens
    single = [(first, last, value) for first, last, kind, value in ones(member, dateline_end(member.text))
              if kind == ARREST and value == 1]
    counted = []
    for k, _noun, acts in counts_in(member, [True] * len(toks)):
        value = as_float(token_number(toks, k, member.lang))
        if ARREST in acts and value is not None and value > 1:
            counted.append((k, value_end(member, k), value))
    figures = single + counted
    if len(figures) != 1 or (counted and (counted[0][2] >= CROWD or round_count(toks, counted[0][0], member.lang))):
        return None  # ("More than 20 people were arrested" / "Police arrested a man believed to be the ringleader":
        #              one arrest among a crowd's, no figure said differently)
    return figures[0]


CROWD = 10  # arrests from which a count is a crowd's, of which one person arrested may be one ("dozens" too)
