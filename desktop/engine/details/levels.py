"""A new level said differently where one version also gives the old one: "lowered its deposit rate to 3.00%
from 3.25%" / "Le taux de dépôt a été ramené à 3,25 %". The word diff and the figure rules find 3.25% in both and
read it as shared, so the two new rates, 3.00% and 3.25%, went unmarked: the typical error of a rate story (the old
and the new rate swapped, or one step behind), found by a QA helper.

Each version's level is read: a figure after a word of moving and "to" ("lowered … to 3.00%", "ramené à 3,25 %",
"scesa al 2,7%", "auf 3 Prozent gesenkt" is not read: the figure stands before its verb) — one only, with its unit.
Two versions whose levels, of one unit, differ conflict where one of them also gives the level it moved from
("from 3.25%", "contre 3,25 %"); where neither does, the figure rules already set the two against each other.
"""
from __future__ import annotations

from ..features import token_number
from ..units import number_unit
from .conflicts import mark_opposites, value_end
from .directions import FIGURE, TO, moves
from .intervals import as_float
from .member import Member, earlier_figure

# words of bringing to a level ("ramené à 3,25 %", "porté à 4 %")
_MOVED = frozenset("""ramené ramenée ramener ramène porté portée porter fixé fixée fijado fijó situado situó
    llevado llevó portato portata fissato fissata levado levada""".split())


def add_level_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Mark each version's new level against another version's other new level of one unit, where either version
    also gives the level it moved from (both ways)."""
    mark_opposites(members, flags, conflicts, _level, _one_unit)


def _level(member: Member) -> tuple[float, list[int]] | None:
    """(value, tokens) of the one level the member says something moved to; None for none or several."""
    return member.memo("level", lambda: _read(member))


def _one_unit(m: Member, mine: tuple[float, list[int]], o: Member, theirs: tuple[float, list[int]]) -> bool:
    """Both levels are of one unit, and one version gives the level it moved from too."""
    units = [number_unit(x.feats.tokens, ks[0], x.lang) for x, (_, ks) in ((m, mine), (o, theirs))]
    same = None not in units and units[0].name == units[1].name
    return same and (_from_given(m) or _from_given(o))


def _read(member: Member) -> tuple[float, list[int]] | None:
    toks, found = member.feats.tokens, []
    for k in range(len(toks)):
        if not (moves(member, k) or toks[k].norm in _MOVED):
            continue
        for j in range(k + 1, min(len(toks), k + 1 + FIGURE)):
            if toks[j].is_number:
                if toks[j - 1].norm in TO and j not in found and not earlier_figure(member, j):
                    found.append(j)
                break
    values = [as_float(token_number(member.feats.tokens, j, member.lang)) for j in found]
    if len(found) != 1 or values[0] is None or len(_to_figures(member)) > 1:
        return None  # ("cut its deposit rate to 3.25% from 3.50%, and its main refinancing rate to 3.40%": two)
    return values[0], list(range(found[0], value_end(member, found[0]) + 1))


def _to_figures(member: Member) -> list[int]:
    """The figures right after "to", "à", "al" … anywhere in the sentence."""
    toks = member.feats.tokens
    return [j for j in range(1, len(toks)) if toks[j].is_number and toks[j - 1].norm in TO]


def _from_given(member: Member) -> bool:
    """The member gives a level something moved from ("from 3.25%", "contre 3,25 %", "frente al 3,5 %")."""
    toks = member.feats.tokens
    return any(toks[k].is_number and earlier_figure(member, k) for k in range(len(toks)))
