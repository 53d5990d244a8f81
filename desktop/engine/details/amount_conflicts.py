"""The one sum or count in millions that the versions of a claim give otherwise ("2.3 million customers" / "3.2
million customers", "1.2 million euros" / "€1.4m"), however differently the sentences around it are worded.

The word diff pairs two numbers only in one slot of like wording (``conflicts``), and a number another version
gives too is never marked: with three versions, 2.3, 3.2 and 2.3, the two that agree went unmarked and the third
read as a detail only its source has, never as the figure the outlets disagree on.
"""
from __future__ import annotations

import math
import re

from ..amounts import PLUS, amount_at
from ..hedges import qualifiers
from ..units import CURRENCY, number_unit
from .member import Member

APART = 2.0  # values further apart than this factor measure two things (a fine, a sum embezzled), not one
_RANGE_JOIN = frozenset({"to", "and", "et", "à"})  # "between 2 and 3 million", "de 2 à 3 millions"
_DASHES = ("-", "–", "—")  # "2-3 million": the tokens hold no dash, the text between them does
_SCALES = frozenset({"million", "millions", "billion", "billions", "milliard", "milliards", "m", "bn", "mn"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_OF = frozenset({"of", "de", "d", "d'"})  # "2 millions de clients", "a million of them"


def add_amount_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Where a source's versions give one value of a kind (a sum in millions of one currency, a count in millions of
    one thing) and another source's give one other value of that kind, every token of both is in conflict with the
    other's. A source giving two values of a kind (two sums in euros) says nothing here; nor do two values one of
    which rounds to the other ("€1.4m" / "1.38 million euros"), nor two too far apart (``APART``). Returns, per
    member, the tokens so marked."""
    given = _given(members)
    marked: list[set[int]] = [set() for _ in members]
    for src, kinds in given.items():
        for kind, values in kinds.items():
            for other, theirs in given.items():
                mine, their = values, theirs.get(kind, {})
                if other == src or len(mine) != 1 or len(their) != 1:
                    continue
                (value, spans), (their_value, their_spans) = next(iter(mine.items())), next(iter(their.items()))
                if _agree(value, their_value):
                    continue
                parts = [(members[o].ref[0], members[o].start + members[o].feats.tokens[a].start,
                          members[o].start + members[o].feats.tokens[b].end) for o, a, b in their_spans]
                for n, a, b in spans:
                    for k in range(a, b + 1):
                        flags[n][k] = True
                        marked[n].add(k)
                        known = conflicts[n].setdefault(k, [])
                        known.extend(p for p in parts if p not in known)
    return marked


def _given(members: list[Member]) -> dict[int, dict[str, dict[str, list[tuple[int, int, int]]]]]:
    """source -> kind -> value -> [(member, first token, last token)]."""
    out: dict[int, dict[str, dict[str, list[tuple[int, int, int]]]]] = {}
    for n, m in enumerate(members):
        for kind, value, first, last in _amounts(m):
            out.setdefault(m.ref[0], {}).setdefault(kind, {}).setdefault(value, []).append((n, first, last))
    return out


def _bounded(m: Member, first: int, last: int) -> bool:
    """The amount is a bound or a round estimate ("more than 2 million", "up to 3 million", "environ 2 millions") or
    one end of a range ("between 2 and 3 million", "2-3 million", "from 2 million to 3 million"): no one figure to
    dispute. Not "rose 10% to 3.2 million", "in 2023 to 2.3 million", "40 stores and 2.3 million"."""
    tokens, text = m.feats.tokens, m.text
    if first - 1 in qualifiers(tokens, m.lang, lambda k: tokens[k].is_number):
        return True
    if first >= 1 and _range_end(m, first - 1) and text[tokens[first - 1].end:tokens[first].start].strip() in _DASHES:
        return True  # "2-3 million", "2–3 millions"
    second = first >= 2 and tokens[first - 1].norm in _RANGE_JOIN and (
        _range_end(m, first - 2) or (tokens[first - 2].norm in _SCALES and first >= 3 and _range_end(m, first - 3)))
    opening = last + 2 < len(tokens) and tokens[last + 1].norm in _RANGE_JOIN and _range_end(m, last + 2)
    return second or opening  # "… 2 and [3 million]", "… 2 million to [3 million]", "[2 million] to 3 million"


def _range_end(m: Member, k: int) -> bool:
    """Token ``k`` is a plain number that may end a range: not a percentage, a year or a count of something else."""
    tokens, text = m.feats.tokens, m.text
    if not tokens[k].is_number or text[tokens[k].end:tokens[k].end + 1] == "%" or _YEAR.match(tokens[k].surface):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.norm in _RANGE_JOIN or after.norm in _SCALES or after.is_number \
        or text[tokens[k].end:after.start].strip() in _DASHES


def _amounts(m: Member) -> list[tuple[str, str, int, int]]:
    """(kind, value, first token, last token) of each amount written with its scale ("2.3 million", "€1.4m", "3
    milliards"): the kind is its currency (any language), else the word it counts (this language only: "customers").
    Prices and fines in figures ("$2,799" for one computer, "$2499" for another in a claim of two models) are left
    to the word diff, which pairs them only in one slot of like wording."""
    tokens, out, k = m.feats.tokens, [], 0
    while k < len(tokens):
        amount = amount_at(tokens, k, m.lang)
        if amount is None:
            k += 1
            continue
        unit = number_unit(tokens, amount.first, m.lang)
        kind = unit.name if unit is not None and unit.name.startswith(CURRENCY) else _counted(m, amount.last)
        if kind is not None and not _bounded(m, amount.first, amount.last) and not _plus_after(m, amount.last):
            out.append((kind, amount.value, amount.first, amount.last))
        k = amount.last + 1
    return out


def _plus_after(m: Member, last: int) -> bool:
    """A part added to, right after the amount ending at token ``last``: "95 million euros, plus up to 10 million in
    add-ons", "95 milioni di euro più 10 di bonus": a part of the fee, not the fee a version gives (not "132 millions
    d'euros, plus que prévu": more than expected)."""
    toks = m.feats.tokens
    return any(t.norm in PLUS and any(u.is_number for u in toks[j + 1:j + 5])
               for j, t in enumerate(toks[last + 1:last + 4], start=last + 1))


def _counted(m: Member, last: int) -> str | None:
    """"lang:lemma" of the word an amount counts ("2.3 million customers", "3 millions de clients")."""
    tokens = m.feats.tokens
    j = last + 1
    if j < len(tokens) and tokens[j].norm in _OF:
        j += 1
    if j >= len(tokens) or tokens[j].stop or not tokens[j].norm.isalpha():
        return None
    return f"{m.lang}:{tokens[j].lemma}"


def _agree(a: str, b: str) -> bool:
    """The same value, or one written rounder than the other and the other rounding to it (1.4 million / 1.38), or
    two values too far apart to be one figure given otherwise (``APART``)."""
    try:
        x, y = float(a), float(b)
    except ValueError:
        return a == b
    if x == y:
        return True
    if max(x, y) > APART * min(x, y):
        return True  # two different sums, not one given otherwise: 1.4 million embezzled, 12 million in damages
    rounder, finer = (x, y) if _zeros(x) >= _zeros(y) else (y, x)
    step = 10 ** _zeros(rounder)
    return step > 1 and math.floor(finer / step + 0.5) * step == rounder  # half up: 1.45 million is 1.5 million


def _zeros(x: float) -> int:
    """Trailing zeros of a whole number (1,400,000: 5), 0 for one with decimals."""
    n, z = int(x), 0
    if n != x or n == 0:
        return 0
    while n % 10 == 0:
        n, z = n // 10, z + 1
    return z
