"""Details across languages: what the other versions leave out phrase by phrase (``phrases.flagged``), and
numbers or dates that a matched phrase of the other language gives otherwise.
"""
from __future__ import annotations

from .. import phrases
from ..clock import clock_times
from ..features import UNSPACED
from ..meanings import WordMatches
from ..phrases import PhraseCover
from ..world_names import token_date
from .cover import uncovered
from .intervals import MEASURES, converts, may_agree
from .member import Member, checkable, cross_checkable, day_said


def _number_conflicts_across(member: Member, flags: list[bool], others: list[Member], meanings: WordMatches | None,
                             cover: PhraseCover | None) -> dict[int, list[tuple[int, int, int]]]:
    """Numbers and dates of this member that another language's version gives otherwise: the phrase it matched
    holds a number or date of the same kind that this member does not give ("18 francs" / "17 francs")."""
    out: dict[int, list[tuple[int, int, int]]] = {}
    mine = [k for k, f in enumerate(flags) if f and cross_checkable(member, k) is not None
            and not (token_date(member.feats.tokens, k, member.lang) is not None and day_said(member, k))]
    if cover is None or not mine:
        return out
    for other in (o for o in others if o.lang != member.lang):
        theirs = uncovered(other, [member], meanings)
        for k in mine:
            span = phrases.counterpart(cover, member.ref, member.feats, member.text, k, other.ref, other.feats, other.text)
            if span is None:
                continue
            dated = token_date(member.feats.tokens, k, member.lang) is not None
            period, measure = _period(member.feats.tokens, k, member.text), _measure(member.feats.tokens, k)
            year = written_year(member.feats.tokens, k, member.lang)
            hits = [j for j, t in enumerate(other.feats.tokens) if theirs[j] and span[0] <= t.start < span[1]
                    and (token_date(other.feats.tokens, j, other.lang) is not None) == dated
                    and written_year(other.feats.tokens, j, other.lang) == year
                    and _period(other.feats.tokens, j, other.text) == period
                    and _same_measure(measure, _measure(other.feats.tokens, j)) and checkable(other, j) is not None]
            if hits and not (not dated and may_agree(member, [k], other, hits)):  # "about 400" / "plus de 380"
                toks = other.feats.tokens
                first, last = _whole_times(toks, hits[0], hits[-1])
                out.setdefault(k, []).append((other.ref[0], other.start + toks[first].start,
                                              other.start + toks[last].end))
    return out


# the word after a number that makes it a span of time or an age ("un homme de 71 ans", "a 71-year-old", "three
# weeks"), which only a number of the same span contradicts, not a count ("Two people were killed")
_PERIODS = {"an": "year", "ans": "year", "année": "year", "années": "year", "year": "year", "years": "year",
            "year-old": "year", "years-old": "year", "mois": "month", "month": "month", "months": "month",
            "semaine": "week", "semaines": "week", "week": "week", "weeks": "week", "jour": "day", "jours": "day",
            "day": "day", "days": "day", "heure": "time", "heures": "time", "hour": "time", "hours": "time",
            "minute": "time", "minutes": "time"}  # "115 hours of debate" is no count of "38 abstentions"; "2 hours"
#                                                   and "90 minutes" two spans of time (not converted: "3 hours" and "180
#                                                   minutes" read as two, as before)


_AGED = frozenset("aged âgé âgée âgés âgées".split())


def _measure(tokens, k: int) -> str | None:
    return MEASURES.get(tokens[k + 1].norm) if k + 1 < len(tokens) else None


def written_year(tokens, k: int, lang: str) -> bool:
    """Token ``k`` is a year ("depuis l'été 2022", "since 2009", "in March 2024", "on March 15, 2023"), which no count
    contradicts: four digits after a word that dates, a month or a month's day, with no noun right after it ("plus de
    2000 manifestants" counts)."""
    tok = tokens[k]
    if not (tok.is_number and len(tok.norm) == 4 and tok.norm.isascii() and tok.norm.isdigit()
            and 1800 <= int(tok.norm) <= 2100) or k == 0:
        return False
    before = tokens[k - 1]
    dated_day = before.is_number and k > 1 and token_date(tokens, k - 2, lang) is not None  # "March 15, 2023"
    dating = before.norm in _DATING or token_date(tokens, k - 1, lang) is not None or dated_day
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return dating and (after is None or after.stop or not after.surface[:1].isalpha()
                       or after.start - tok.end > 1)  # "built in 1998, collapsed": a mark after it


_DATING = frozenset("""in since from until till by of during summer winter spring autumn fall year en depuis
    jusqu'en été hiver printemps automne année an im seit bis jahr sommer winter frühjahr herbst nel dal fino estate
    inverno primavera autunno anno desde hasta verano invierno otoño año""".split())


def _same_measure(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or converts(a, b)


def _whole_times(tokens, first: int, last: int) -> tuple[int, int]:
    """The tokens ``first`` to ``last``, widened to the whole of a time of day they cut ("4:20 p.m.", not "20")."""
    for hour, (_key, end) in clock_times(tokens).items():
        if hour <= first <= end:
            first = hour
        if hour <= last <= end:
            last = end
    return first, last


def _period(tokens, k: int, text: str) -> str | None:
    """The span of time a number counts ("71 ans", "three weeks"), "year" for an age ("aged 71", "Marc Leroy, 34,"),
    or None for a count."""
    if k + 1 < len(tokens) and tokens[k + 1].norm in _PERIODS and k not in clock_times(tokens):  # not "à 15 heures"
        return _PERIODS[tokens[k + 1].norm]
    after_name = 0 < k and tokens[k - 1].is_name and text[tokens[k - 1].end:tokens[k].start].strip() == "," \
        and text[tokens[k].end:tokens[k].end + 1] == ","
    return "year" if after_name or (k > 0 and tokens[k - 1].norm in _AGED) else None


def add_number_conflicts_across(members: list[Member], words: list[list[bool]], flags: list[list[bool]],
                                conflicts: list[dict], meanings: WordMatches | None,
                                cover: PhraseCover | None) -> None:
    """Both ways: a number of one version that the other versions do not give (``words``: the word-level verdict),
    whose phrase matched a phrase of another language's version holding a number of the same kind it does not give
    ("18 francs" / "17 francs"), conflicts with it, and that one, where it is marked, with it."""
    if cover is None or len({m.lang for m in members}) < 2:
        return  # one language: the word diff pairs numbers (``word_conflicts``)
    where = {(m.ref, k): (n, k) for n, m in enumerate(members) for k in range(len(m.feats.tokens))}
    for n, m in enumerate(members):
        others = [o for o in members if o.ref[0] != m.ref[0]]
        for k, parts in _number_conflicts_across(m, words[n], others, meanings, cover).items():
            conflicts[n].setdefault(k, []).extend(parts)
            mine = (m.ref[0], m.start + m.feats.tokens[k].start, m.start + m.feats.tokens[k].end)
            for src, start, end in parts:
                o = next(o for o in others if o.ref[0] == src and o.start <= start < o.start + len(o.text))
                for j, t in enumerate(o.feats.tokens):
                    if start <= o.start + t.start < end and flags[where[(o.ref, j)][0]][j]:
                        back = conflicts[where[(o.ref, j)][0]].setdefault(j, [])
                        if mine not in back:
                            back.append(mine)


def phrase_flags(m: Member, members: list[Member], others: list[Member], cover: PhraseCover | None,
                 word_flags: list[bool]) -> list[bool] | None:
    """Across languages only (every other source's member, ``others``, is in another language), what the other
    versions leave out phrase by phrase (``phrases.flagged``); None where the words decide: a member in its own
    language, no table, a manual link the table does not know."""
    if cover is None or not others or m.lang in UNSPACED or any(o.lang == m.lang or o.lang in UNSPACED for o in others):
        return None  # lengths in characters compare versions in spaced scripts only (a Chinese sentence is short)
    own = sum(len(o.text) for o in members if o.ref[0] == m.ref[0])
    longest = max(sum(len(o.text) for o in others if o.ref[0] == s) for s in {o.ref[0] for o in others})
    flags = phrases.flagged(m.feats, m.text, m.ref, [o.ref for o in others], cover, own / max(1, longest), word_flags)
    if flags is None:
        return None
    # a number or a date the other versions do not give stays flagged, however close its phrase reads ("The fee is
    # 18 francs" / "La taxe est de 17 francs"): the one thing a reader checks
    return [f or (w and checkable(m, k) is not None) for k, (f, w) in enumerate(zip(flags, word_flags))]
