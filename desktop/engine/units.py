"""Units of a number that change what it says: a percentage against percentage points.

"The central bank raised its rate by 0.75 point" and "by 0.75%" give one number, and details compare numbers by
value, so neither was marked; yet a rise of 0.75 percentage point is not a rise of 0.75 per cent (from 2% to 2.75%
against 2% to 2.015%), an error reporters make and a fact-checker looks for. Each number written with one of these
units is read with it ("5%", "5 %", "5 per cent", "5 pour cent", "5 percent"; "0,3 point", "2 percentage points",
"a 0.5 percentage-point rise", "0,3 point de pourcentage", "2 pts", "2 pp"), so that details can set two versions of
one value in different units against each other. A number with no unit says neither and agrees with both. Basis
points are hundredths of a point: "50 basis points" (50 bp, 50 points de base) agrees with "0.5 percentage point".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import amount_at, currency_written
from .features import Token, number_key, token_number

PERCENT, POINT, BASIS = "percent", "point", "basis point"
CURRENCY = "currency:"  # before a currency's code: a unit of another family than the three above
_PERCENT_WORDS = frozenset({"percent", "pourcent", "pct", "prozent", "porciento", "percento"})
_CENT = frozenset({"per", "pour", "por"})  # "per cent", "pour cent", "por ciento", "per cento"
_POINT_WORDS = frozenset({"point", "points", "pts", "pt", "pp", "ppt", "ppts", "percentage-point", "percentage-points",
                          "punto", "puntos", "punti", "prozentpunkt", "prozentpunkte"})  # "0,25 puntos porcentuales"
_BASIS_WORDS = frozenset({"bp", "bps", "pb", "pdb", "basispunkt", "basispunkte"})  # "25bp", "50 pb" (points de base)
_BASIS_AFTER_POINT = frozenset({"básico", "básicos", "basicos", "base"})  # "25 puntos básicos", "25 punti base"
_OF_PERCENTAGE = ("de", "pourcentage")  # "point de pourcentage"
_PERCENTUAL = frozenset({"porcentual", "porcentuales", "percentuale", "percentuali"})  # "puntos porcentuales"


@dataclass(frozen=True)
class Unit:
    name: str  # PERCENT, POINT or BASIS
    last: int  # index of the unit's last token (the number's own, for "5%")


def number_unit(tokens: tuple[Token, ...], k: int, lang: str = "") -> Unit | None:
    """The unit written with number token ``k``: a percentage, percentage points, basis points, or a currency
    ("currency:EUR" for "€40m", "40 million euros")."""
    unit = _ratio_unit(tokens, k)
    if unit is not None:
        return unit
    amount = amount_at(tokens, k, lang)
    if amount is not None and amount.first != k:
        return None  # the amount's first token carries its unit
    currency = currency_written(tokens, k, amount.last if amount is not None else k)
    return Unit(CURRENCY + currency[0], currency[1]) if currency is not None else None


def _ratio_unit(tokens: tuple[Token, ...], k: int) -> Unit | None:
    if tokens[k].norm.endswith("%"):
        return Unit(PERCENT, k)
    words = [t.norm for t in tokens[k + 1:k + 5]]
    if not words:
        return None
    if words[0] == "%" or words[0] in _PERCENT_WORDS:
        return Unit(PERCENT, k + 1)
    if words[0] in _CENT and words[1:2] in (["cent"], ["ciento"], ["cento"]):
        return Unit(PERCENT, k + 2)
    if words[0] == "percentage" and words[1:2] and words[1] in _POINT_WORDS:
        return Unit(POINT, k + 2)
    if words[0] in _BASIS_WORDS or (words[0] == "basis" and words[1:2] in (["point"], ["points"])):
        return Unit(BASIS, k + (1 if words[0] in _BASIS_WORDS else 2))
    if words[0] in ("point", "points") and tuple(words[1:3]) == ("de", "base"):
        return Unit(BASIS, k + 3)
    if words[0] in ("punto", "puntos", "punti") and words[1:2] and words[1] in _BASIS_AFTER_POINT:
        return Unit(BASIS, k + 2)
    if words[0] in ("punto", "puntos", "punti") and words[1:2] and words[1] in _PERCENTUAL:
        return Unit(POINT, k + 2)
    if words[0] in _POINT_WORDS:
        return Unit(POINT, k + 3 if tuple(words[1:3]) == _OF_PERCENTAGE else k + 1)
    return None


def unit_tokens(tokens: tuple[Token, ...], lang: str = "") -> dict[int, int]:
    """The tokens that write a number's unit ("point", "de", "pourcentage" of "0,3 point de pourcentage"), each
    with its number's index: a unit says what its number says, no more."""
    out: dict[int, int] = {}
    for k, tok in enumerate(tokens):
        if tok.is_number and (unit := number_unit(tokens, k, lang)) is not None:
            out.update((x, k) for x in range(k + 1, unit.last + 1))
    for k, (_value, last) in point_fractions(tokens).items():
        out.update((x, k) for x in range(k + 1, last + 1))  # "a percentage point" of "half a percentage point"
    return out


def units_written(tokens: tuple[Token, ...], lang: str) -> list[tuple[int, str, Unit]]:
    """(token, value, unit) of each number written with a unit; basis points as the points they make ("25bp":
    0.25, a point), so that "25bp" agrees with "0.25 percentage point" and differs from "0.25%"."""
    out = []
    for k, value, unit in _written(tokens, lang):
        if unit.name != BASIS:
            out.append((k, value, unit))
        elif (points := _as_points(value)) is not None:
            out.append((k, points, Unit(POINT, unit.last)))
    return out


def rate_keys(tokens: tuple[Token, ...], lang: str) -> list[frozenset[str]]:
    """Per token, for a number of basis points, the percentage points it makes ("50 basis points": 0.5), so that it
    agrees with a report that writes "0.5 percentage point", and for a fraction of a point in words the same ("half
    a percentage point", "un demi-point": 0.5; ``point_fractions``); for a percentage or a number of points, its
    value without the zeros closing its decimals ("3.50%" is "3.5%": a rate, not a version's "17.10"); empty for
    the others."""
    out: list[frozenset[str]] = [frozenset()] * len(tokens)
    for k, value, unit in _written(tokens, lang):
        if unit.name == BASIS and (points := _as_points(value)) is not None:
            out[k] = frozenset({points})
        elif unit.name in (PERCENT, POINT) and re.fullmatch(r"\d+\.\d*0", value):
            out[k] = frozenset({value.rstrip("0").rstrip(".")})
    for k, (value, _last) in point_fractions(tokens).items():
        out[k] = frozenset({number_key(f"{value:g}")})
    return out


def point_fractions(tokens: tuple[Token, ...]) -> dict[int, tuple[float, int]]:
    """{first token: (the points it says, its last token)} for a fraction of a point written in words: "half a
    percentage point", "a half-point", "a quarter point", "un demi-point", "un quart de point", "un cuarto de punto",
    "mezzo punto" (a rate decision's "half a percentage point" against "50 basis points" had read as two details of
    their own)."""
    out: dict[int, tuple[float, int]] = {}
    for k, tok in enumerate(tokens):
        head, _, tail = tok.norm.partition("-")
        if head in _FRACTIONS and any(t.norm in ("and", "et") for t in tokens[max(0, k - 2):k]):
            continue  # "one and a half percentage points": the whole number's
        if head in _FRACTIONS and tail in _POINT_WORDS | {"percentage-point"}:
            out[k] = (_FRACTIONS[head], k)  # "half-point", "demi-point"
            continue
        if head not in _FRACTIONS or tail:
            continue
        j = k + 1
        while j < len(tokens) and j <= k + 3 and tokens[j].norm in _BETWEEN:
            j += 1  # "half a percentage point", "quart de point"
        if j < len(tokens) and tokens[j].norm in _POINT_WORDS and (head not in _ORDINAL_TOO or j > k + 1):
            out[k] = (_FRACTIONS[head], j)
    return out


def points_said(tokens: tuple[Token, ...], k: int, lang: str) -> float | None:
    """The percentage points the figure at token ``k`` says, a rate's move: a fraction of a point in words ("a
    quarter point", "un cuarto de punto": 0.25), a number of points ("0,25 point") or of basis points ("25 punti
    base": 0.25); None for any other."""
    fraction = point_fractions(tokens).get(k)
    if fraction is not None:
        return fraction[0]
    unit = number_unit(tokens, k, lang) if tokens[k].is_number else None
    if unit is None or unit.name not in (POINT, BASIS):
        return None
    try:
        value = float(token_number(tokens, k, lang) or "")
    except ValueError:
        return None
    return value / 100 if unit.name == BASIS else value


_FRACTIONS = {"half": 0.5, "demi": 0.5, "quarter": 0.25, "quart": 0.25, "medio": 0.5, "cuarto": 0.25, "mezzo": 0.5,
              "quarto": 0.25}  # "medio punto", "un cuarto de punto", "mezzo punto", "un quarto di punto"
_ORDINAL_TOO = frozenset({"cuarto", "quarto"})  # a fraction only before "de" / "di" ("el cuarto punto": the fourth)
_BETWEEN = frozenset({"a", "of", "percentage", "de", "d", "un", "di"})


def _written(tokens: tuple[Token, ...], lang: str):
    """(token, value, unit) of each number written with a unit, as written."""
    for k, tok in enumerate(tokens):
        unit = number_unit(tokens, k, lang) if tok.is_number else None
        value = token_number(tokens, k, lang) if unit is not None else None
        if value is not None:
            yield k, value, unit


def _as_points(value: str) -> str | None:
    """Basis points as percentage points ("50" -> "0.5"); None for a value that is no plain number."""
    try:
        return number_key(f"{float(value) / 100:g}")
    except ValueError:
        return None
