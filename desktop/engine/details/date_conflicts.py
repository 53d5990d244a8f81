"""Dates two versions give each in their own words: "will hold its first session on March 3 in the capital" / "will
hold its first session on March 10" word the day so that the word diff pairs nothing with it (the month is in both),
and each day read as a number its version alone gives, not as a date said differently.

Each version's dates of a day ("March 3", "3rd March", "le 10 mars", "el 10 de marzo", "03/09/2026": ``dates``)
are set in order against another version's, when both give as many (at most ``MAX_DATES``: "discovered on February
3, 2024, … until February 27" / "scoperta il 13 febbraio 2024, … il 27 febbraio"); two dates of a month in common
that cannot be one day conflict, in any two languages (an English "03/09/2026" may be 9 March or 3 September), unless
the other version gives that day elsewhere in the sentence (two dates told in the other order), or one of them is
where a span of time starts ("depuis le 3 mars") and the other not ("on March 10"). Only where each source has one
sentence in the claim (two sentences of one report may date two events).
"""
from __future__ import annotations

from collections import Counter

from ..dates import DateSeen, dates_in
from .conflicts import points_at, since_apart
from .member import Member

MAX_DATES = 3  # dates of one sentence set against another's in order


def add_date_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Mark each version's lone dated day against another version's date of the same month that none of its
    readings can be; per member, the tokens so marked."""
    versions = Counter(m.ref[0] for m in members)
    dated = [_dates(m) if versions[m.ref[0]] == 1 else [] for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for o, theirs in zip(members, dated):
            if o.ref[0] == m.ref[0] or len(theirs) != len(dated[n]):
                continue
            for mine, their in _disputes(dated[n], theirs):
                if points_at(conflicts[n].get(mine.day_token, ()), o.ref[0]) \
                        or since_apart(m, mine.tokens[0], o, their.tokens[0]):
                    continue  # "burning since March 3" / "killed four on March 10": a span's start, another day
                first, last = o.feats.tokens[_shown(their)[0]], o.feats.tokens[_shown(their)[-1]]
                for k in _shown(mine):
                    flags[n][k] = True
                    conflicts[n].setdefault(k, []).append((o.ref[0], o.start + first.start, o.start + last.end))
                    marked[n].add(k)
    return marked


def _disputes(mine: list[DateSeen], theirs: list[DateSeen]) -> list[tuple[DateSeen, DateSeen]]:
    """The dates in the same place of two lists as long that are disputed and whose days the other list does not
    give anywhere."""
    days_mine = frozenset().union(*(d.readings for d in mine))
    days_theirs = frozenset().union(*(d.readings for d in theirs))
    return [(a, b) for a, b in zip(mine, theirs)
            if _disputed(a, b) and not a.readings & days_theirs and not b.readings & days_mine]


def _disputed(mine: DateSeen, theirs: DateSeen) -> bool:
    """Two dates of a month in common that cannot be one day ("March 3" / "March 10"; "03/09/2026", 9 March or 3
    September, against "10 March"; not against "3 septembre")."""
    months = {month for month, _day in mine.readings} & {month for month, _day in theirs.readings}
    return bool(months) and not mine.readings & theirs.readings


def _shown(seen: DateSeen) -> tuple[int, ...]:
    """The tokens a dispute marks: a date in figures whole, the day of a date in words (its month agrees)."""
    return seen.tokens if seen.in_figures else (seen.day_token,)


def _dates(member: Member) -> list[DateSeen]:
    """The member's dates of a day, in order ("les 8 et 9 février": one date, 8 and 9); none above ``MAX_DATES``."""
    found = dates_in(member.feats.tokens, member.lang)
    return found if len(found) <= MAX_DATES else []
