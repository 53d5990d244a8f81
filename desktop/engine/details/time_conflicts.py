"""Times of day two versions give each their own way: "El muro cedió a las 3.40" / "La pared se quebró (…) cerca de
las 4.10" state when one thing happened, worded so differently that the word diff pairs the two times in no slot, and
each read as a detail of its own version, not as a dispute.

A version's time is a window: exact as written, twenty minutes either side after "about" ("around 4 a.m.", "vers
4 heures", "cerca de las 4.10"), the hour after it after "after" ("after 3 a.m.", "pasadas las 3"), the hour
before it after "before", half of it after "shortly after", "shortly before" ("peu après 15 heures", "kurz vor 3 Uhr"). Two versions' windows that do not meet, and lie within two hours (``MAX_APART``), conflict. Only a time each version gives once, in a
claim where each source has one sentence (two sentences of one report may time two events).
"""
from __future__ import annotations

import re
from collections import Counter

from ..clock import clock_times, time_words
from .conflicts import points_at
from .member import Member

ABOUT_MINUTES, BOUND_MINUTES, SHORTLY_MINUTES = 20, 60, 30
# minutes between two versions' windows past which they time two moments of the story ("broke out at 3 a.m." /
# "brought under control at 7 a.m."), not one moment said otherwise
MAX_APART = 120
_ABOUT = frozenset("""about around approximately roughly circa vers environ cerca hacia alrededor sobre gegen etwa
    intorno verso""".split())
_AFTER = frozenset("after past après passé passées pasada pasadas pasado después nach dopo".split())
_BEFORE = frozenset("before avant antes vor prima".split())
# words between the hedge and the hour ("cerca de las 4.10", "peu après 3 heures", "shortly after 3 a.m.")
# words that bring "after" or "before" nearer the hour ("shortly after 2 p.m." is no "15 heures")
_SHORTLY = frozenset("shortly just soon peu poco kurz subito pouco".split())
_BETWEEN = frozenset("at a à las la de des del the h um alle ore dalle le los shortly peu poco kurz".split())


def add_time_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Mark each lone time of day a version gives against another version's whose window it misses, in any two
    languages (a time is a time: "around 5 a.m." / "peu avant 4h30"); either may be covered, a third version giving
    it too. Per member, the tokens of its time so marked (the detail is cut around them: the time is the dispute,
    not the words before it)."""
    versions = Counter(m.ref[0] for m in members)
    lone = [_lone_time(m) if versions[m.ref[0]] == 1 else None for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        if lone[n] is None:
            continue
        k, windows, last = lone[n]
        for o, theirs in zip(members, lone):
            if theirs is None or o.ref[0] == m.ref[0] or points_at(conflicts[n].get(k, ()), o.ref[0]):
                continue
            j, their_windows, o_last = theirs
            if _apart(m, k, windows, o, j, their_windows):
                toks = o.feats.tokens
                conflicts[n].setdefault(k, []).append((o.ref[0], o.start + toks[j].start, o.start + toks[o_last].end))
                marked[n].update(range(k, last + 1))
    for f, ks in zip(flags, marked):
        for k in ks:
            f[k] = True
    return marked


def times_agree(member: Member, k: int, other: Member, j: int) -> bool:
    """Tokens ``k`` and ``j`` start two times of day whose windows meet ("3:42 a.m." / "vers 3 h 40"); False when
    either is no time of day."""
    k, j = time_words(member.feats.tokens).get(k, k), time_words(other.feats.tokens).get(j, j)  # "40" of "3 h 40"
    mine, theirs = _windows(member, k), _windows(other, j)
    if not mine or not theirs:
        return False
    for a in mine:
        for b in theirs:
            clock = _on_one_clock(member, k, a, other, j, b)
            if clock is None:
                return True  # "2 a.m. local time" / "8 heures, heure de Paris": one moment, maybe, in two zones (a
                #              time with no zone is local)
            (a_low, a_high), (b_low, b_high) = clock
            if a_low <= b_high and b_low <= a_high:
                return True
    return False


def _apart(member: Member, k: int, mine: tuple[tuple[int, int], ...], other: Member, j: int,
           theirs: tuple[tuple[int, int], ...]) -> bool:
    """No window of the one time meets a window of the other (an English hour written bare, "started at 11", may
    be 11 a.m. or 11 p.m.: ``_windows``), and the nearest lie within ``MAX_APART``; on one clock only."""
    gaps = []
    for a in mine:
        for b in theirs:
            clock = _on_one_clock(member, k, a, other, j, b)
            if clock is None:
                return False  # ("2 a.m. GMT" / "3 heures, heure de Paris": one moment, maybe)
            (a_low, a_high), (b_low, b_high) = clock
            gaps.append(max(b_low - a_high, a_low - b_high))
    return bool(gaps) and min(gaps) > 0 and min(gaps) <= MAX_APART


def _windows(member: Member, k: int) -> tuple[tuple[int, int], ...]:
    """The windows of the time of day at token ``k`` (``_window``); an English hour written bare ("started at 11",
    no "a.m." nor "p.m.") twelve hours later too. None for no time."""
    window = _window(member, k)
    if window is None:
        return ()
    found = clock_times(member.feats.tokens)[k]
    if member.lang != "en" or found[1] != k or not member.feats.tokens[k].norm.isdigit() or window[0] >= 13 * 60:
        return (window,)
    return window, (window[0] + 12 * 60, window[1] + 12 * 60)


def _on_one_clock(member: Member, k: int, mine: tuple[int, int], other: Member, j: int,
                  theirs: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two times' windows on one clock: in UTC where both zones' offsets are known, as written in one zone;
    None where the zones leave it open (a zone and none, or one of unknown offset)."""
    if _in_one_zone(member, k, other, j):
        return _utc(member, k, mine), _utc(other, j, theirs)
    return (mine, theirs) if zone(member, k) == zone(other, j) else None


def one_instant(member: Member, ks: list[int], other: Member, js: list[int]) -> bool:
    """The first times of day among tokens ``ks`` and ``js`` are written in two zones of known offsets and are one
    moment ("shortly after 4 a.m. EDT" / "shortly after 10 a.m. CEST")."""
    mine = [k for k in ks if k in clock_times(member.feats.tokens)]
    theirs = [j for j in js if j in clock_times(other.feats.tokens)]
    if not mine or not theirs or not _in_one_zone(member, mine[0], other, theirs[0]) \
            or zone(member, mine[0]) == zone(other, theirs[0]):
        return False
    return times_agree(member, mine[0], other, theirs[0])


def _in_one_zone(member: Member, k: int, other: Member, j: int) -> bool:
    """Both times are written in zones whose offsets from UTC are known: comparable as UTC."""
    return zone(member, k) in OFFSETS and zone(other, j) in OFFSETS


def _utc(member: Member, k: int, window: tuple[int, int]) -> tuple[int, int]:
    """A window in minutes of the day moved to UTC by its zone's offset (within the same day's 24 hours)."""
    offset = OFFSETS[zone(member, k)]
    low = (window[0] - offset) % DAY
    return low, low + window[1] - window[0]


DAY = 24 * 60


def zone(member: Member, k: int) -> str:
    """The time zone written after the time of day at token ``k`` ("local time", "GMT", "heure de Paris", "hora
    peninsular", "EDT"), "local" for none: the nearest ("4 a.m. EDT (0800 GMT)" is EDT). A zone's code counts in
    capitals only ("à 15 heures cet après-midi" is this afternoon)."""
    found = clock_times(member.feats.tokens).get(k)
    last = found[1] if found is not None else k
    toks = member.feats.tokens[last + 1:last + 1 + _ZONE_REACH]
    for n, t in enumerate(toks):
        if t.surface.isupper() and t.norm in CODES:
            coded = (n, CODES[t.norm])
            break
    else:
        coded = None
    after = " ".join(t.norm for t in toks)
    named = [(after[:m.start()].count(" "), name) for name, pattern in _ZONES if (m := pattern.search(after))]
    found = sorted(named + ([coded] if coded else []))
    return found[0][1] if found else "local"


def zone_code(token) -> bool:
    """The token writes a time zone's code in capitals ("EDT", "GMT", "MESZ")."""
    return token.surface.isupper() and token.norm in CODES


def zones_of_one_instant(member: Member, ks: list[int], other: Member, js: list[int]) -> bool:
    """Tokens ``ks`` and ``js`` are zone codes only, and the sentences' times in those zones are one moment ("4 a.m.
    EDT" / "10 a.m. CEST"): two zones, no name said differently ("9 a.m. EDT" / "9 a.m. PDT" stay disputed)."""
    if not all(zone_code(member.feats.tokens[k]) for k in ks) or not all(zone_code(other.feats.tokens[j]) for j in js):
        return False
    mine, theirs = clock_times(member.feats.tokens), clock_times(other.feats.tokens)
    return bool(mine) and bool(theirs) and one_instant(member, list(mine), other, list(theirs))


_ZONE_REACH = 6  # words from a time to its zone ("5 heures du matin, heure locale", "2 a.m. on Tuesday GMT")


_ZONES = tuple((name, re.compile(pattern)) for name, pattern in (
    ("local", r"\b(?:local time|heure locale|hora local|ora locale|ortszeit)\b"),
    ("utc", r"\b(?:temps universel)\b"),
    ("paris", r"\b(?:heure de paris|heure française|heure de france|paris time)\b"),
    ("madrid", r"\b(?:hora peninsular|hora de madrid|hora española)\b"),
    ("us", r"\b(?:eastern time|central time|pacific time|mountain time)\b"),
))
# the zones written as codes, by their name here; minutes from UTC where one code has one offset (CST is China's or
# the US's: no offset)
CODES = {"gmt": "utc", "utc": "utc", "edt": "edt", "est": "est", "cdt": "cdt", "mdt": "mdt", "mst": "mst",
         "pdt": "pdt", "pst": "pst", "cest": "cest", "mesz": "cest", "cet": "cet", "mez": "cet", "bst": "bst",
         "cst": "cst"}
OFFSETS = {"utc": 0, "edt": -240, "est": -300, "cdt": -300, "mdt": -360, "mst": -420, "pdt": -420, "pst": -480,
           "cest": 120, "cet": 60, "bst": 60}


def _window(member: Member, k: int) -> tuple[int, int] | None:
    found = clock_times(member.feats.tokens).get(k)
    if found is None:
        return None
    hours, minutes = found[0].split(":")[1:]
    at = int(hours) * 60 + int(minutes)
    hedge = _hedge(member, k)
    if hedge == "about":
        return at - ABOUT_MINUTES, at + ABOUT_MINUTES
    return {"after": (at, at + BOUND_MINUTES), "before": (at - BOUND_MINUTES, at),
            "shortly after": (at, at + SHORTLY_MINUTES), "shortly before": (at - SHORTLY_MINUTES, at)}.get(hedge, (at, at))


def _lone_time(member: Member) -> tuple[int, tuple[tuple[int, int], ...], int] | None:
    """(token of the hour, its windows in minutes of the day, the time's last token) of the one time of day the
    member writes; None otherwise."""
    times = clock_times(member.feats.tokens)
    if len(times) != 1:
        return None
    (k, (_key, last)), = times.items()
    return k, _windows(member, k), last


def _hedge(member: Member, k: int) -> str | None:
    """"about", "after" or "before" when such a word leads to the hour ``k`` over small words, "shortly after" or
    "shortly before" when a word such as "shortly" is just before that word; else None."""
    toks = member.feats.tokens
    j = k - 1
    while j >= 0 and k - j <= 4:
        word = toks[j].norm
        if word in _ABOUT:
            return "about"
        if word in _AFTER or word in _BEFORE:
            bound = "after" if word in _AFTER else "before"
            return f"shortly {bound}" if j > 0 and toks[j - 1].norm in _SHORTLY else bound
        if word not in _BETWEEN:
            return None
        j -= 1
    return None
