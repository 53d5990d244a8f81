"""Dates two versions give each in their own words: "will hold its first session on March 3 in the capital" / "will
hold its first session on March 10" word the day so that the word diff pairs nothing with it (the month is in both),
and each day read as a number its version alone gives, not as a date said differently.

Each version's one date of a day ("March 3", "3rd March", "le 10 mars", "el 10 de marzo", "03/09/2026":
``dates``) is set against another version's of the same month; dates that cannot be one day conflict, in any two
languages (an English "03/09/2026" may be 9 March or 3 September). Only where each source has one sentence in the claim (two sentences of one
report may date two events).
"""
from __future__ import annotations

from collections import Counter

from ..dates import DateSeen, dates_in
from .conflicts import points_at
from .member import Member


def add_date_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Mark each version's lone dated day against another version's date of the same month that none of its
    readings can be; per member, the tokens so marked."""
    versions = Counter(m.ref[0] for m in members)
    dated = [_lone_date(m) if versions[m.ref[0]] == 1 else None for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        mine = dated[n]
        if mine is None:
            continue
        for o, theirs in zip(members, dated):
            if theirs is None or o.ref[0] == m.ref[0] or not _disputed(mine, theirs) \
                    or points_at(conflicts[n].get(mine.day_token, ()), o.ref[0]):
                continue
            first, last = o.feats.tokens[_shown(theirs)[0]], o.feats.tokens[_shown(theirs)[-1]]
            for k in _shown(mine):
                flags[n][k] = True
                conflicts[n].setdefault(k, []).append((o.ref[0], o.start + first.start, o.start + last.end))
                marked[n].add(k)
    return marked


def _disputed(mine: DateSeen, theirs: DateSeen) -> bool:
    """Two dates of a month in common that cannot be one day ("March 3" / "March 10"; "03/09/2026", 9 March or 3
    September, against "10 March"; not against "3 septembre")."""
    months = {month for month, _day in mine.readings} & {month for month, _day in theirs.readings}
    return bool(months) and not mine.readings & theirs.readings


def _shown(seen: DateSeen) -> tuple[int, ...]:
    """The tokens a dispute marks: a date in figures whole, the day of a date in words (its month agrees)."""
    return seen.tokens if seen.in_figures else (seen.day_token,)


def _lone_date(member: Member) -> DateSeen | None:
    """The member's one date of a day ("les 8 et 9 février": 8 and 9), or None (none, or two)."""
    found = dates_in(member.feats.tokens, member.lang)
    return found[0] if len(found) == 1 else None
