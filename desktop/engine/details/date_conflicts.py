"""Dates two versions give each in their own words: "will hold its first session on March 3 in the capital" / "will
hold its first session on March 10" word the day so that the word diff pairs nothing with it (the month is in both),
and each day read as a number its version alone gives, not as a date said differently.

Each version's one date with a day of the month ("March 3", "3rd March", "le 10 mars", "el 10 de marzo": a day
number next to a month, ``world_names.token_date``) is set against another version's of the same month; different
days conflict, in any two languages. Only where each source has one sentence in the claim (two sentences of one
report may date two events).
"""
from __future__ import annotations

from collections import Counter

from ..world_names import token_date
from .conflicts import points_at
from .member import Member

_OF = frozenset({"de", "of", "du"})  # "el 10 de marzo", "the 3rd of March"


def add_date_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Mark each version's lone dated day against another version's day of the same month; per member, the tokens
    so marked."""
    versions = Counter(m.ref[0] for m in members)
    dated = [_lone_date(m) if versions[m.ref[0]] == 1 else None for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        if dated[n] is None:
            continue
        month, k, days = dated[n]
        for o, theirs in zip(members, dated):
            if theirs is None or o.ref[0] == m.ref[0] or theirs[0] != month or theirs[2] & days \
                    or points_at(conflicts[n].get(k, ()), o.ref[0]):
                continue
            flags[n][k] = True
            tok = o.feats.tokens[theirs[1]]
            conflicts[n].setdefault(k, []).append((o.ref[0], o.start + tok.start, o.start + tok.end))
            marked[n].add(k)
    return marked


def _lone_date(member: Member) -> tuple[str, int, frozenset[int]] | None:
    """(month, the day's token, the days) of the member's one date of a month ("les 8 et 9 février": 8 and 9), or
    None (none, or two; not a week's first day, "la semaine du 6 octobre")."""
    toks, found = member.feats.tokens, []
    for k, tok in enumerate(toks):
        month = token_date(toks, k, member.lang)
        if month is None or not month.startswith("month:"):
            continue
        near = [k + 1, k - 1] + ([k - 2] if k >= 2 and toks[k - 1].norm in _OF else []) \
            + ([k + 2] if k + 2 < len(toks) and toks[k + 1].norm in _OF else [])
        days = [(j, d) for j in near if 0 <= j < len(toks) and (d := _day(toks, j)) is not None]
        if not days or any(t.norm in _WEEKS for t in toks[max(0, days[0][0] - 3):days[0][0]]):
            continue
        j, day = days[0]
        more = {d for i in (j - 2, j + 2) if 0 <= i < len(toks) and toks[(i + j) // 2].norm in _AND
                and (d := _day(toks, i)) is not None}  # "les 8 et 9 février", "March 3 and 4"
        found.append((month, j, frozenset({day} | more)))
    return found[0] if len(found) == 1 else None


_AND = frozenset({"et", "and", "y", "au", "to", "al", "à", "-"})
_WEEKS = frozenset({"semaine", "week", "semana", "woche", "settimana"})


def _day(toks, j: int) -> int | None:
    """The day of a month token ``j`` writes ("3", "3rd", "10"), or None."""
    written = toks[j].norm.rstrip("stndrh") if toks[j].norm[:1].isdigit() else toks[j].norm
    if not written.isdigit():
        return None
    value = int(written)
    return value if 1 <= value <= 31 else None
