"""Figures that may both be right, and figures that cannot: "around 400 firefighters" and "more than 380" allow one
number, "around 400" and "more than 550" do not.

A qualifier before a number (``hedges.qualifiers``) says which values the version allows: "about", "around",
"environ" a twentieth either side; "at least", "more than", "plus de" the number and above; "up to", "fewer than",
"as many as" the number and below, "nearly", "près de" a twentieth below it; a plain number itself; "thousands" from
a thousand to tens of thousands (``COUNTS``). Two versions' figures conflict only when no value lies in both. A
wire story's "Around 400 firefighters" against a paper's "More than 550 firefighters" had read as two details of
their own, not as a dispute; "more than 380" against "about 400" is no dispute, nor "Thousands flee" against
"3,500 residents" (each version's detail still).
"""
from __future__ import annotations

import math

from ..amounts import amount_at
from ..clock import clock_times
from ..features import token_number
from ..hedges import ABOUT, AT_LEAST, AT_MOST
from .member import Member, member_qualifiers

_NEAR = frozenset({"nearly", "almost", "just", "près", "presque"})  # "nearly", "just under", "près de": close below
ROUND = 0.05  # "about 400": from 380 to 420 (a tenth either side made "about 180" and "environ 200" agree)
# Words that count without a numeral, read generously ("hundreds" may be 1,200)
COUNTS = {w: bounds for words, bounds in (
    ("dozens dizaines docenas decenas", (12.0, 199.0)), ("hundreds centaines cientos centenares", (100.0, 1999.0)),
    ("thousands milliers", (1000.0, 99999.0)), ("millions", (1e6, 1e9))) for w in words.split()}


def interval(member: Member, k: int) -> tuple[float, float] | None:
    """The values the figure token ``k`` is part of allows, as its qualifier reads (None: no number there)."""
    toks = member.feats.tokens
    if toks[k].norm in COUNTS:
        return COUNTS[toks[k].norm]
    value = _value(token_number(toks, k, member.lang))
    if value is None or any(hour <= k <= last for hour, (_, last) in clock_times(toks).items()):
        return None  # "6:30 p.m." / "6 p.m.": a time of day, no count to round
        return None
    amount = amount_at(toks, k, member.lang)
    first = amount.first if amount is not None else k
    bounds = member_qualifiers(member)
    bound, words = bounds.get(first - 1), set()
    while first - 1 in bounds:  # the qualifier's words ("près", "de")
        first -= 1
        words.add(toks[first].norm)
    if bound == ABOUT:
        return value * (1 - ROUND), value * (1 + ROUND)
    if bound == AT_LEAST:
        return value, math.inf
    if bound == AT_MOST:  # "nearly 300" is close below it ("280 millimetres" / "près de 300": a dispute), "up to 300" any
        return (value * (1 - ROUND) if words & _NEAR else -math.inf), value
    return value, value


def may_agree(member: Member, mine: list[int], other: Member, theirs: list[int]) -> bool:
    """Some value lies in both figures (the first number among each side's tokens ``mine`` and ``theirs``), as
    their qualifiers read; False when either holds no number to read."""
    a = next((x for k in mine if (x := interval(member, k)) is not None), None)
    b = next((x for k in theirs if (x := interval(other, k)) is not None), None)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def _value(written: str | None) -> float | None:
    try:
        return float(written) if written is not None else None
    except ValueError:  # "ord:2", a range
        return None
