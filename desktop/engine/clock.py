"""Times of day, however they are written: "3 p.m.", "3pm", "15:00", "15h", "15 h 30", "15 heures" are one time.

Details compare numbers by value, so "The fire started at 3 p.m." / "at 15:00" gave 3 against 15, a conflict
("said differently") that is no difference at all, and "9 p.m." / "21:00" two details each report has alone. A
number written as a time of day gets the key of its 24-hour time ("hour:15:00"), and the words that make it one
("p", "m", "pm", "h", "heures") follow their number, as a number's unit does (``units``).
"""
from __future__ import annotations

import re

from .dates import figure_tokens
from .features import Token

_AFTERNOON = (("p", "m"), ("pm",))
_MORNING = (("a", "m"), ("am",))
_HOURS = frozenset({"h", "heure", "heures", "hrs", "uhr"})
_DOTTED = re.compile(r"(\d{1,2})\.(\d{2})")  # a time written with a dot, as German reports do ("4.17 Uhr"; "2.50 hrs"
# is a duration)


def clock_times(tokens: tuple[Token, ...]) -> dict[int, tuple[str, int]]:
    """{token of the hour: ("hour:HH:MM", index of the time's last token)} for each time of day written."""
    out: dict[int, tuple[str, int]] = {}
    read = -1  # the last token of the time read before
    dated = figure_tokens(tokens)  # "03/09/2026" is no time 03:09
    for k, tok in enumerate(tokens):
        if k in dated:
            continue
        if k <= read:
            continue  # the minutes of the time before ("17" of "03:17 Uhr")
        if (dotted := _DOTTED.fullmatch(tok.norm)) and tok.is_number and int(dotted[1]) <= 23 and int(dotted[2]) < 60:
            found = _dotted_time(tokens, k, int(dotted[1]), dotted[2])
            if found is not None:
                out[k], read = found, found[1]
            continue
        if (zoned := _zoned_time(tokens, k)) is not None:  # "1900 GMT": a wire's time in four digits
            out[k], read = (zoned, k), k
            continue
        if not (tok.is_number and _digits(tok.norm) and int(tok.norm) <= 23):
            continue
        hour, minutes, last = int(tok.norm), 0, k
        if _minutes_at(tokens, k + 1):  # "15:00", "3:30"
            minutes, last = int(tokens[k + 1].norm), k + 1
        after = [t.norm for t in tokens[last + 1:last + 3]]
        pm, am = _written_after(after, _AFTERNOON), _written_after(after, _MORNING)
        if (pm or am) and hour <= 12:
            hour, last = hour % 12 + (12 if pm else 0), last + (pm or am)
        elif after[:1] and (after[0] in _HOURS or (after[0][:1] == "h" and _digits(after[0][1:]))):
            minutes = int(after[0][1:]) if _digits(after[0][1:]) else minutes  # "15h30"
            last += 1
            if after[0] == "h" and _minutes_at(tokens, last + 1):  # "6 h 30"
                minutes, last = int(tokens[last + 1].norm), last + 1
        elif last == k and not _hour_alone(tokens, k):
            continue  # a number alone: no time of day
        out[k], read = (f"hour:{hour:02d}:{minutes:02d}", last), last
    return out


_ZONE_CODES = frozenset("gmt utc bst cet cest est edt cst cdt mst mdt pst pdt msk jst".split())


def _zoned_time(tokens: tuple[Token, ...], k: int) -> str | None:
    """"hour:HH:MM" where token ``k`` is four digits HHMM right before a zone's code ("(1900 GMT)", "0430 UTC"), as
    wires write a time; a count or a year before a code is no time ("2,000 GMT staff" has its comma)."""
    tok = tokens[k]
    if not (tok.is_number and len(tok.norm) == 4 and tok.norm.isdigit() and k + 1 < len(tokens)
            and tokens[k + 1].norm in _ZONE_CODES and tokens[k + 1].surface.isupper()):  # ("Mars 2020 s'est":
        #                                                                         "est", elided, is no EST)
        return None
    hour, minutes = int(tok.norm[:2]), int(tok.norm[2:])
    return f"hour:{hour:02d}:{minutes:02d}" if hour <= 23 and minutes < 60 else None


def _dotted_time(tokens: tuple[Token, ...], k: int, hour: int, minutes: str) -> tuple[str, int] | None:
    """A time written with a dot (token ``k``): before "Uhr" ("4.17 Uhr"), before "pm" / "am" ("4.20pm"), or after a
    word that only a time of day follows ("alle 16.20", "ore 16.20"); else None (a price, a decimal)."""
    after = [t.norm for t in tokens[k + 1:k + 3]]
    if after[:1] == ["uhr"]:
        return f"hour:{hour:02d}:{minutes}", k + 1
    pm, am = _written_after(after, _AFTERNOON), _written_after(after, _MORNING)
    if (pm or am) and hour <= 12:
        return f"hour:{hour % 12 + (12 if pm else 0):02d}:{minutes}", k + (pm or am)
    if k and tokens[k - 1].norm in _BEFORE_A_TIME and after[:1] != ["%"] and not set(after[:1]) & _MEASURED:
        return f"hour:{hour:02d}:{minutes}", k
    return None


# words a time of day follows and a decimal does not: Italian "alle", "ore", "dalle"; Spanish "a las"; a German time
# is read by its "Uhr" ("um 0.25 Prozentpunkte", a Swiss decimal, is no time)
def _hour_alone(tokens: tuple[Token, ...], k: int) -> bool:
    """An hour written alone after the words that give one, then the sentence's end, a mark or a word that goes on
    from an hour: "intorno alle 14", "dalle 9 di mattina", "hacia las 14 del martes" (not "alle 3 vittime", "las 3
    víctimas": a count of what follows; nor German "alle 3 sind": all three)."""
    before = [t.norm for t in tokens[max(0, k - 2):k]]
    at = before[-1:] in (["alle"], ["dalle"]) or (before[-1:] == ["las"] and before[:1] in _TOWARDS) \
        or (before[-1:] == ["delle"] and len(before) == 2 and _of_an_event(tokens[k - 2]))
    if before[-1:] == ["at"] and len(before) == 2 and tokens[k - 2].lemma in _BEGAN:
        return _hour_ends(tokens, k)  # "The press conference started at 11."
    return at and (k + 1 == len(tokens) or not tokens[k + 1].surface[:1].isalpha() or tokens[k + 1].norm in _AFTER_HOUR)


def _of_an_event(tok: Token) -> bool:
    """The word before Italian "delle" names what an hour after it times ("la conferenza stampa delle 11", "il treno
    delle 8"), not a count's part ("tre delle 11": three of the eleven)."""
    return tok.surface.isalpha() and not tok.stop and tok.norm not in _ITALIAN_NUMBERS


def _hour_ends(tokens: tuple[Token, ...], k: int) -> bool:
    """The hour at token ``k`` ends its sentence or its clause (a mark after it), or goes on with a word that dates
    ("started at 11 on Tuesday"): not a count nor a price ("started at 11 percent")."""
    return k + 1 == len(tokens) or (tokens[k + 1].surface[:1].isalpha()
                                    and (tokens[k + 1].start - tokens[k].end > 1 or tokens[k + 1].norm in _DATING))


# English verbs after which "at" and a bare hour time the event ("started at 11"): lemmas
_BEGAN = frozenset({"start", "begin", "resume", "finish", "end", "conclude"})
_DATING = frozenset({"on", "this", "today", "yesterday", "tomorrow", "local"})
_ITALIAN_NUMBERS = frozenset("""uno una due tre quattro cinque sei sette otto nove dieci undici dodici tredici
    quattordici quindici sedici diciassette diciotto diciannove venti tutte molte alcune""".split())


_AFTER_HOUR = frozenset("""di del della dello in e circa ora locali mattina sera pomeriggio notte de en y hora horas
    tarde noche mañana""".split())


_TOWARDS = (["a"], ["hacia"], ["sobre"], ["desde"], ["hasta"])
_BEFORE_A_TIME = frozenset({"alle", "ore", "dalle", "las"})
_MEASURED = frozenset({"percent", "cento", "euro", "euros", "dollar", "dollars", "franchi"})  # "passato dalle 12.50
# euro": a price, not a time


def _written_after(after: list[str], forms: tuple[tuple[str, ...], ...]) -> int:
    """How many of the words ``after`` an hour write one of ``forms`` ("p", "m" or "pm"); 0 for none."""
    return next((len(w) for w in forms if tuple(after[:len(w)]) == w), 0)


def _minutes_at(tokens: tuple[Token, ...], m: int) -> bool:
    """Token ``m`` is the minutes of the hour before it, right after it ("15:00": one character apart)."""
    if m >= len(tokens) or not tokens[m].is_number or len(tokens[m].norm) != 2 or not _digits(tokens[m].norm):
        return False
    return tokens[m].start - tokens[m - 1].end == 1 and int(tokens[m].norm) < 60


def _digits(text: str) -> bool:
    """ASCII digits only ("²" and "٣" are digits to str.isdigit, and no hour)."""
    return text.isascii() and text.isdigit()


def hour_keys(tokens: tuple[Token, ...]) -> dict[int, str]:
    """{token of the hour: the key of the time of day it starts ("hour:15:00")}."""
    return {k: key for k, (key, _last) in clock_times(tokens).items()}


def minute_words(tokens: tuple[Token, ...]) -> frozenset[str]:
    """The minutes past the hour of each time written ("30" of "21h30" and of "21:30"), for another version's minutes
    to be found in: "21h30" writes no token "30" of its own."""
    return frozenset(m for key, _last in clock_times(tokens).values() if (m := key.rsplit(":", 1)[1].lstrip("0")))


def clock_tokens(tokens: tuple[Token, ...]) -> frozenset[int]:
    """Every token of the times of day written, the hour and the words after it ("2", "p", "m" of "2 p.m.")."""
    return frozenset(x for k, (_key, last) in clock_times(tokens).items() for x in range(k, last + 1))


def time_words(tokens: tuple[Token, ...]) -> dict[int, int]:
    """The tokens after a time's hour that are part of it ("30", "p", "m", "h"), each with its hour's index: the hour
    carries the whole time ("hour:18:30"), so they say what it says."""
    return {x: k for k, (_key, last) in clock_times(tokens).items() for x in range(k + 1, last + 1)}
