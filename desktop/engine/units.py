"""Units of a number that change what it says: a percentage against percentage points.

"The central bank raised its rate by 0.75 point" and "by 0.75%" give one number, and details compare numbers by
value, so neither was marked; yet a rise of 0.75 percentage point is not a rise of 0.75 per cent (from 2% to 2.75%
against 2% to 2.015%), an error reporters make and a fact-checker looks for. Each number written with one of these
units is read with it ("5%", "5 %", "5 per cent", "5 pour cent", "5 percent"; "0,3 point", "2 percentage points",
"0,3 point de pourcentage", "2 pts", "2 pp"), so that details can set two versions of one value in different units
against each other. A number with no unit says neither and agrees with both.
"""
from __future__ import annotations

from dataclasses import dataclass

from .features import Token

PERCENT, POINT = "percent", "point"
_PERCENT_WORDS = frozenset({"percent", "pourcent", "pct"})
_CENT = frozenset({"per", "pour"})  # "per cent", "pour cent"
_POINT_WORDS = frozenset({"point", "points", "pts", "pt", "pp", "ppt", "ppts"})
_OF_PERCENTAGE = ("de", "pourcentage")  # "point de pourcentage"


@dataclass(frozen=True)
class Unit:
    name: str  # PERCENT or POINT
    last: int  # index of the unit's last token (the number's own, for "5%")


def number_unit(tokens: tuple[Token, ...], k: int) -> Unit | None:
    """The unit written with number token ``k``, if it is a percentage or percentage points."""
    if tokens[k].norm.endswith("%"):
        return Unit(PERCENT, k)
    words = [t.norm for t in tokens[k + 1:k + 5]]
    if not words:
        return None
    if words[0] == "%" or words[0] in _PERCENT_WORDS:
        return Unit(PERCENT, k + 1)
    if words[0] in _CENT and words[1:2] == ["cent"]:
        return Unit(PERCENT, k + 2)
    if words[0] == "percentage" and words[1:2] and words[1] in _POINT_WORDS:
        return Unit(POINT, k + 2)
    if words[0] in _POINT_WORDS:
        return Unit(POINT, k + 3 if tuple(words[1:3]) == _OF_PERCENTAGE else k + 1)
    return None


def unit_tokens(tokens: tuple[Token, ...]) -> dict[int, int]:
    """The tokens that write a number's unit ("point", "de", "pourcentage" of "0,3 point de pourcentage"), each
    with its number's index: a unit says what its number says, no more."""
    out: dict[int, int] = {}
    for k, tok in enumerate(tokens):
        if tok.is_number and (unit := number_unit(tokens, k)) is not None:
            out.update((x, k) for x in range(k + 1, unit.last + 1))
    return out
