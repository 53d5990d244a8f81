"""Spans of time written in parts: "two years and six months", "two and a half years", "deux ans et demi", "dos años
y medio", "30 months", "an hour and a half", "three decades", each read as its length in days, so that two versions giving one length
in other words agree (a court's sentence, a strike's or a search's length).

A span is a number (in figures or words, or "a" / "un" before its unit) and a unit of time, followed by more such
parts joined by "and" / "et" / "y" / "e" / "und", or by a half ("and a half", "et demi", "y medio", "e
mezzo"), or a number, "and a half" and its unit ("two and a half years").
"""
from __future__ import annotations

from ..features import Token, token_number
from .intervals import as_float

_DAYS = {**dict.fromkeys("""decade decades décennie décennies década décadas decennio decenni jahrzehnt jahrzehnte
                           jahrzehnten""".split(), 3652.5),  # ten years ("three decades" / "30 years" / "trente ans")
         **dict.fromkeys("year years an ans année années año años anno anni jahr jahre jahren".split(), 365.25),
         **dict.fromkeys("month months mois mes meses mese mesi monat monate monaten".split(), 30.4375),
         **dict.fromkeys("week weeks semaine semaines semana semanas settimana settimane woche wochen".split(), 7.0),
         **dict.fromkeys("day days jour jours día días dia giorno giorni tag tage tagen".split(), 1.0),
         **dict.fromkeys("hour hours heure heures hora horas ore stunde stunden".split(), 1 / 24),
         **dict.fromkeys("minute minutes minuto minutos minuti".split(), 1 / 1440)}  # (not the Italian "ora": now)
_AND = frozenset({"and", "et", "y", "e", "und"})
_ONE = {"en": frozenset({"a", "an"}), "fr": frozenset({"un", "une"}), "es": frozenset({"un", "una"}),
        "it": frozenset({"un", "una", "uno"}), "de": frozenset({"ein", "eine", "einen"})}  # ("a giorni": Italian "in")
_HALF_AFTER = (("and", "a", "half"), ("et", "demi"), ("et", "demie"), ("y", "medio"), ("y", "media"), ("e", "mezzo"),
               ("e", "mezza"), ("und", "ein", "halb"))
_HALF_BEFORE = (("and", "a", "half"),)  # "two and a half years"

Span = tuple[int, int, float, float]  # first token, last token, length in days, its first unit in days


def durations(toks: tuple[Token, ...], lang: str) -> list[Span]:
    """The spans of time among the tokens, each once, in order."""
    out, k = [], 0
    while k < len(toks):
        found = _span_at(toks, k, lang)
        if found is None:
            k += 1
            continue
        out.append(found)
        k = found[1] + 1
    return out


def _span_at(toks: tuple[Token, ...], k: int, lang: str) -> Span | None:
    part = _part(toks, k, lang)
    if part is None:
        return None
    first, (last, days, unit) = k, part
    largest = unit
    while True:
        nxt = _more(toks, last + 1, lang, unit)
        if nxt is None:
            return first, last, days, largest
        last, more, unit = nxt
        days += more


def _part(toks: tuple[Token, ...], k: int, lang: str) -> tuple[int, float, float] | None:
    """(last token, days, its unit's days) of a number and its unit from token ``k``, with a half before the unit
    ("two and a half years")."""
    value = _number(toks, k, lang)
    if value is None:
        return None
    half = _words_at(toks, k + 1, _HALF_BEFORE)
    unit = k + 1 + half
    if unit >= len(toks) or toks[unit].norm not in _DAYS:
        return None
    return unit, (value + (0.5 if half else 0.0)) * _DAYS[toks[unit].norm], _DAYS[toks[unit].norm]


def _more(toks: tuple[Token, ...], k: int, lang: str, unit: float) -> tuple[int, float, float] | None:
    """(last token, days, the unit's days) of what adds to a span whose last unit is ``unit`` days, ending before
    token ``k``: a half of that unit, or another part in a smaller unit after "and" ("two years and six months"; not
    "72 hours and three days", nor "a year and a half and two years respectively", two spans)."""
    if k >= len(toks):
        return None
    half = _words_at(toks, k, _HALF_AFTER)
    if half:
        return k + half - 1, 0.5 * unit, unit / 2
    part = _part(toks, k + 1, lang) if toks[k].norm in _AND and k + 1 < len(toks) else None
    return part if part is not None and part[2] < unit else None


def _number(toks: tuple[Token, ...], k: int, lang: str) -> float | None:
    if toks[k].norm in _ONE.get(lang, ()):
        return 1.0
    return as_float(token_number(toks, k, lang))


def _words_at(toks: tuple[Token, ...], k: int, patterns: tuple[tuple[str, ...], ...]) -> int:
    """The number of tokens from ``k`` that spell one of ``patterns``, or 0."""
    for pattern in patterns:
        words = tuple(t.norm for t in toks[k:k + len(pattern)])
        if words == pattern:
            return len(pattern)
    return 0
