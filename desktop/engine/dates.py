"""Dates of the calendar, however written: "9 March", "March 9th", "le 9 mars", "el 9 de marzo", and in figures,
"03/09/2026", "3.9.26", "2026-03-09", "on 3/9/26" (a year of two figures only after "on", "le" …: "10:05:30" is a
time's seconds).

A date in figures was three numbers to the engine: "03/09/2026" / "9 March 2026" had "03" and "09" as numbers one
version alone gives, and the "03" of "03/09" read as the time of day 03:09. Each date is read as the (month, day)
pairs it may mean: English writes the month first in the United States and the day first in Britain, so an English
"03/09/2026" is 9 March or 3 September until a day above 12 settles it; the other languages write the day first;
"2026-03-09" is ISO's year, month, day. The tokens of a date get a key per reading ("date:03-09"), and so do the
day and the month of a date written in words, so that two versions writing one day otherwise cover each other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .features import Token
from .world_names import short_month, token_date

_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")  # "03.09.2026": one token
_OF = frozenset({"de", "of", "du"})  # "el 10 de marzo", "the 3rd of March"
_AND = frozenset({"et", "and", "y", "au", "to", "al", "à", "-"})
_WEEKS = frozenset({"semaine", "week", "semana", "woche", "settimana"})
_ON_A_DAY = frozenset("on le du el del am vom dated since until depuis jusqu'au desde hasta il dal".split())
_FIRST_DAY = frozenset({"premier", "1er", "primo", "primero", "first"})
_MONTH_FIRST = frozenset({"en"})  # languages one of whose countries writes the month first (the United States)


@dataclass(frozen=True)
class DateSeen:
    """A date written in a sentence: the tokens of its day and month, the token that stands for it in a dispute (the
    day), the (month, day) pairs it may mean, and its last token (the year's of "03/09/2026")."""
    tokens: tuple[int, ...]
    day_token: int
    readings: frozenset[tuple[int, int]]
    in_figures: bool = True
    last: int = -1


def dates_in(tokens: tuple[Token, ...], lang: str) -> list[DateSeen]:
    """Every date of a day in the sentence, in figures or in words, in order."""
    figures = figure_dates(tokens, lang)
    taken = {k for d in figures for k in d.tokens}
    words = [d for d in word_dates(tokens, lang) if not taken.intersection(d.tokens)]
    return sorted(figures + words, key=lambda d: d.tokens[0])


def date_keys(tokens: tuple[Token, ...], lang: str) -> dict[int, frozenset[str]]:
    """{token: the keys of the readings of the date it is part of ("date:03-09"), and for a date in figures the months
    it may name ("month:3": "10 March" has the month of "03/09/2026", not its day)}."""
    out: dict[int, frozenset[str]] = {}
    for seen in dates_in(tokens, lang):
        keys = frozenset(f"date:{month:02d}-{day:02d}" for month, day in seen.readings)
        if seen.in_figures:
            keys |= {f"month:{month}" for month, _day in seen.readings}
        for k in seen.tokens:
            out[k] = keys
        if not seen.in_figures and len(seen.readings) > 1:  # "March 9 and 10": "9" is no "10"
            for k in seen.tokens:
                if (day := _day(tokens, k)) is not None:
                    out[k] = frozenset(f"date:{month:02d}-{day:02d}" for month, _d in seen.readings)
    return out


def figure_tokens(tokens: tuple[Token, ...]) -> frozenset[int]:
    """The tokens of the dates written in figures, whatever their language (no time of day among them)."""
    return frozenset(k for d in figure_dates(tokens, "en") for k in range(d.tokens[0], d.last + 1))


def figure_dates(tokens: tuple[Token, ...], lang: str) -> list[DateSeen]:
    """The dates written in figures: "03/09/2026", "3-9-2026", "03.09.2026", "3.9.26", "2026-03-09"."""
    out: list[DateSeen] = []
    k = 0
    while k < len(tokens):
        seen = _dotted(tokens, k, lang) or _three_numbers(tokens, k, lang)
        if seen is None:
            k += 1
            continue
        out.append(seen)
        k = seen.last + 1
    return out


def _dotted(tokens: tuple[Token, ...], k: int, lang: str) -> DateSeen | None:
    found = _DOTTED.fullmatch(tokens[k].norm) if tokens[k].is_number else None
    if found is None:
        return None
    readings = _readings(int(found[1]), int(found[2]), lang)
    return DateSeen((k,), k, readings, True, k) if readings else None


def _three_numbers(tokens: tuple[Token, ...], k: int, lang: str) -> DateSeen | None:
    """Three numbers of one or two, one or two, and four digits (two after "on", "le" …), one character apart
    ("03/09/2026", "on 12/03/26"), or a year of four digits first ("2026-03-09")."""
    run = tokens[k:k + 3]
    if len(run) < 3 or not all(t.is_number and t.norm.isascii() and t.norm.isdigit() for t in run) \
            or any(b.start - a.end != 1 for a, b in zip(run, run[1:])):
        return None
    sizes = [len(t.norm) for t in run]
    if sizes[0] == 4 and sizes[1:] == [2, 2]:
        month, day = int(run[1].norm), int(run[2].norm)
        readings = frozenset({(month, day)}) if 1 <= month <= 12 and 1 <= day <= 31 else frozenset()
        return DateSeen((k + 1, k + 2), k + 2, readings, True, k + 2) if readings else None
    if sizes[0] > 2 or sizes[1] > 2 or sizes[2] not in (2, 4) \
            or (sizes[2] == 2 and not (k and tokens[k - 1].norm in _ON_A_DAY)):
        return None  # a year of two figures only after "on", "le", "el" …: "at 10:05:30" is a time's seconds
    readings = _readings(int(run[0].norm), int(run[1].norm), lang)
    return DateSeen((k, k + 1), k, readings, True, k + 2) if readings else None


def _readings(first: int, second: int, lang: str) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs "first/second" may mean in ``lang``: day first everywhere, month first in English too."""
    out = set()
    if 1 <= second <= 12 and 1 <= first <= 31:
        out.add((second, first))
    if lang in _MONTH_FIRST and 1 <= first <= 12 and 1 <= second <= 31:
        out.add((first, second))
    return frozenset(out)


def word_dates(tokens: tuple[Token, ...], lang: str) -> list[DateSeen]:
    """The dates of a day written with the month's name ("March 3", "3rd March", "les 8 et 9 février", "el 10 de
    marzo"); not a week's first day ("la semaine du 6 octobre")."""
    out: list[DateSeen] = []
    for k in range(len(tokens)):
        month = token_date(tokens, k, lang)
        if month is None or not month.startswith("month:"):
            continue
        before, reach = _day_before(tokens, k), 2 if short_month(tokens, k, lang) else 1  # "Nov. 26": its stop
        near = ([before] if before is not None else []) \
            + ([k + 1] if k + 1 < len(tokens) and tokens[k + 1].start - tokens[k].end <= reach else []) \
            + ([k + 2] if k + 2 < len(tokens) and tokens[k + 1].norm in _OF else [])
        #  a day before its month first ("On 15 March, 12 people were killed", "Il 15 marzo 12 persone", "le 1er
        #  janvier 27 personnes"), then one right after it with nothing between ("March 15 three people died"; not
        #  "In March, 12 people died")
        days = [(j, d) for j in near if 0 <= j < len(tokens) and (d := _day(tokens, j)) is not None]
        if not days or any(t.norm in _WEEKS for t in tokens[max(0, days[0][0] - 3):days[0][0]]):
            continue
        j, day = days[0]
        more = {i: d for i in (j - 2, j + 2) if 0 <= i < len(tokens) and tokens[(i + j) // 2].norm in _AND
                and (d := _day(tokens, i)) is not None}  # "les 8 et 9 février", "March 3 and 4", "del 5 al 8 de mayo"
        number = int(month.split(":", 1)[1])
        out.append(DateSeen(tuple(sorted({j, k, *more})), j, frozenset((number, d) for d in {day, *more.values()}),
                            False, max(j, k)))
    return out


def _day_before(tokens: tuple[Token, ...], k: int) -> int | None:
    """The token of the day written before the month at token ``k``: "15 March", "1er janvier", "the 3rd of March",
    "el 10 de marzo"; None without one."""
    j = k - 1
    if j >= 0 and tokens[j].norm in _OF:
        j -= 1
    if j >= 1 and tokens[j].norm in _ORDINAL_ENDINGS and tokens[j].start == tokens[j - 1].end:
        j -= 1  # "1er", "3rd": the figure and its ending are two tokens
    return j if j >= 0 and _day(tokens, j) is not None else None


_ORDINAL_ENDINGS = frozenset({"er", "re", "e", "st", "nd", "rd", "th", "º", "°", "o", "a"})


def _day(tokens: tuple[Token, ...], j: int) -> int | None:
    """The day of a month token ``j`` writes ("3", "3rd", "10", "1er", "primo"), or None."""
    if tokens[j].norm in _FIRST_DAY:
        return 1  # "le premier janvier", "dal primo gennaio", "el primero de enero"
    written = tokens[j].norm.rstrip("stndrhe") if tokens[j].norm[:1].isdigit() else tokens[j].norm
    if not (written.isascii() and written.isdigit()):
        return None
    value = int(written)
    return value if 1 <= value <= 31 else None
