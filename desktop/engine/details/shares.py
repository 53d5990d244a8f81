"""Shares said as a fraction or as a percentage: "two-fifths contained" is "40% contained", "about a quarter of the
marchers" is no "32%", "half of the homes" no "un tiers des maisons".

A fraction in words ("half of", "a third of", "two-thirds", "three-quarters", "la moitié", "un tiers des", "deux
tiers", "la mitad", "un tercio de", "dos tercios") read as the share it is; a percentage as written. Either covers the
other within ``NEAR`` points (``ABOUT`` points where a version says "about", "roughly", "some"; a bound read as the
figures' bounds are, "more than half", "fewer than a quarter", allows what it says); two versions that each
give one share, one of them a fraction, and that cannot agree say it differently, in any two languages (two
percentages are compared by the figures' rules). A QA helper's wildfire reports had "40%" and "two-fifths" each marked
as the report's own; "a quarter" / "32%" and "half" / "un tiers" were no dispute.

A change by a fraction ("cut the risk by a quarter", "by nearly a third", "réduit d'un quart", "de près d'un tiers",
"um fast ein Drittel", "en casi un tercio", "di quasi un terzo", "em quase um terço", "by half", "de moitié") is the
share it changes by: a QA helper's drug-trial reports had "by 31%" / "by nearly a third" each marked as the report's own,
and "a quarter" against "31%" no dispute.

A proportion ("six TGV sur dix", "six in ten", "one in four", "sechs von zehn", "seis de cada diez", "sei su dieci",
"seis em cada dez") is the share it equals: a QA helper's strike reports had "six TGV sur dix ont été supprimés" /
"60% of high-speed trains had been cancelled" said differently, "six" against "60%".
"""
from __future__ import annotations

from dataclasses import dataclass

from ..features import token_number
from ..units import PERCENT, number_unit
from .member import Member
from ..hedges import ABOUT as ROUGHLY, AT_LEAST, AT_MOST, qualifiers
from .outcomes import ROUNDING

NEAR, ABOUT = 3.0, 6.0  # points between two ways of giving one share: as written, and said roughly
_PARTS = {  # a fraction's word and its share, in percent
    "half": 50.0, "halves": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
    "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0, "moitié": 50.0, "tiers": 100 / 3, "quart": 25.0,
    "quarts": 25.0, "cinquième": 20.0, "cinquièmes": 20.0, "dixième": 10.0, "mitad": 50.0, "tercio": 100 / 3,
    "tercios": 100 / 3, "cuarto": 25.0, "cuartos": 25.0, "quinto": 20.0, "quintos": 20.0, "metà": 50.0,
    "terzo": 100 / 3, "terzi": 100 / 3, "hälfte": 50.0, "drittel": 100 / 3, "viertel": 25.0, "fünftel": 20.0,
    "metade": 50.0, "terço": 100 / 3, "terços": 100 / 3, "quarto": 25.0, "quartos": 25.0,
}
_ONE = frozenset("a an one un une una uno ein eine einem einer um uma la the".split())
_BY = frozenset("by de um en di em".split())  # what a change is by: "cut by a third", "réduit de moitié", "um ein
#                                             Drittel", "en un tercio", "di un terzo", "em um terço"
_HALVES = ("moitié", "mitad", "metà", "hälfte", "metade")
_OF = frozenset("of de des du del della dello degli delle der".split())  # "a third of", "un tiers des"
_NOT_SHARES = frozenset("""hour hours century centuries mile miles time heure heures siècle siècles hora horas siglo
    siglos ora ore secolo stunde jahrhundert final finals year years month months season week day decade année
    mois saison semaine jour año mes temporada semana día anno mese""".split())  # "a quarter of an hour", "half of
#                                                                                   the season"


@dataclass(frozen=True)
class Share:
    """A share a version gives: its tokens, its value in percent, and how it is said."""

    first: int
    last: int
    value: float
    fraction: bool  # in words ("two-fifths"), not a percentage
    bound: str | None  # ``hedges.AT_LEAST`` ("More than half"), ``AT_MOST`` ("Fewer than a quarter"), or None
    rough: bool  # said roughly ("about a quarter", "some 32%")
    inner: frozenset[int] = frozenset()  # tokens between first and last that are no part of it ("TGV" of "six TGV
    #                                      sur dix": what is counted, covered or not by its own words)

    def holds(self, k: int) -> bool:
        return self.first <= k <= self.last and k not in self.inner


def shares(member: Member) -> list[Share]:
    """Each share the member gives, as a fraction or a percentage."""
    return member.memo("shares", lambda: _read(member))


def _read(member: Member) -> list[Share]:
    toks, out = member.feats.tokens, []
    for k, tok in enumerate(toks):
        if tok.is_number and (unit := number_unit(toks, k, member.lang)) is not None and unit.name == PERCENT:
            value = _value(token_number(toks, k, member.lang))
            if value is not None:
                out.append(_share(member, k, k, value, False))
        elif (found := _fraction(member, k)) is not None:
            out.append(_share(member, found[0], k, found[1], True))
        elif (found := proportion(member, k)) is not None:
            first, value, inner = found
            out.append(_share(member, first, k, value, True, inner))
    return out


def _share(member: Member, first: int, last: int, value: float, fraction: bool,
           inner: frozenset[int] = frozenset()) -> Share:
    """The share with its qualifier as ``hedges.qualifiers`` reads one before a number ("More than half", "Fewer than
    a quarter", "plus de la moitié", "about a quarter"; not "De plus, la moitié", "What's more, half")."""
    toks = member.feats.tokens
    said = qualifiers(toks, member.lang, lambda j: j == first)
    bound = said.get(first - 1)
    return Share(first, last, value, fraction, bound if bound in (AT_LEAST, AT_MOST) else None,
                 bound == ROUGHLY or (first > 0 and toks[first - 1].norm in ROUNDING), inner)


def _fraction(member: Member, k: int) -> tuple[int, float] | None:
    """(its first token, its share) where token ``k`` ends a fraction in words: "two-fifths", "a third of", "deux
    tiers de", "la mitad de", "Half of"."""
    toks = member.feats.tokens
    words = toks[k].norm.split("-")
    part = _PARTS.get(words[-1])
    if part is None or any(t.norm in _NOT_SHARES or (t.is_number and len(t.norm) == 4) for t in toks[k + 1:k + 4]):
        return None  # "a quarter of an hour", "the first half of 2024"
    if k and (token_number(toks, k - 1, member.lang) or "").startswith("ord:"):
        return None  # "the second half", "au premier semestre": a period
    if len(words) == 2:  # "two-fifths", "three-quarters"
        count = _value(token_number(toks, k, member.lang)) or _value(_count_word(words[0], member.lang))
        return (k, count * part) if count else None
    after = k + 1 < len(toks) and toks[k + 1].norm in _OF | {"the"}  # "half of", "half the", "un tiers des"
    before = k - 1 if k and toks[k - 1].norm in _ONE else None
    if before is not None and (after or words[0] in _HALVES or _changed_by(member, before)):
        return before, part  # "a third of", "la moitié des", "la mitad", "by a third", "d'un quart"
    if k and (count := _value(token_number(toks, k - 1, member.lang))) and after and count < 10:
        return k - 1, count * part  # "deux tiers des", "dos tercios de", "two thirds of"
    if (words[0] == "half" and after) or (words[0] in ("half", *_HALVES) and _changed_by(member, k)):
        return k, part  # "Half of the homes", "half the homes", "by half", "de moitié"
    return None


def _changed_by(member: Member, k: int) -> bool:
    """Token ``k`` opens what a change is by: a preposition of change before it ("by a third", "de moitié"), a word
    that rounds or bounds it between ("by nearly a third", "um fast ein Drittel"), or the elided French "d'" ("réduit
    d'un quart", "de près d'un tiers")."""
    toks = member.feats.tokens
    if k and member.text[max(0, toks[k].start - 2):toks[k].start] in ("d'", "d’"):
        return True
    j = k - 1
    if j > 0 and qualifiers(toks, member.lang, lambda x: x == k).get(j) is not None:
        j -= 1  # "nearly", "fast", "casi", "quasi", "quase"
    return j >= 0 and toks[j].norm in _BY


# the words between a proportion's two numbers, by language, and whether what is counted may stand before them
# ("six TGV sur dix", "sei treni su dieci"; English, German, Spanish and Portuguese write it after: "six in ten
# trains", "sechs von zehn Zügen", "seis de cada diez trenes")
_OUT_OF = {"en": ({("in",), ("out", "of")}, False), "fr": ({("sur",)}, True), "it": ({("su",)}, True),
           "de": ({("von",)}, False), "es": ({("de", "cada")}, False), "pt": ({("em", "cada"), ("de", "cada")}, False)}
_NUMERATOR_ONE = frozenset("one un une uno una ein eine einer um uma".split())  # "one in four", "un sur quatre"
_COUNTED_BETWEEN = 2  # words of what is counted between the numbers at most ("six TGV sur dix")


def proportion(member: Member, k: int) -> tuple[int, float, frozenset[int]] | None:
    """(its first token, its share in percent, the tokens of what it counts between its numbers) where token ``k``
    ends a proportion: "six sur dix", "six TGV sur dix", "one in four", "sechs von zehn", "seis de cada diez". Not
    a span of time ("five people in 10 days") nor more than the whole ("3 in 2")."""
    toks = member.feats.tokens
    links, counted_before = _OUT_OF.get(member.lang, (set(), False))
    whole = _value(token_number(toks, k, member.lang))
    if not links or whole is None or not 2 <= whole <= 100 or (k + 1 < len(toks) and _a_span(member, k + 1)):
        return None
    for link in links:
        at = k - len(link)
        if at < 1 or tuple(t.norm for t in toks[at:k]) != link:
            continue
        for first in range(at - 1, max(-1, at - 2 - (_COUNTED_BETWEEN if counted_before else 0)), -1):
            part = _value(token_number(toks, first, member.lang)) \
                or (1.0 if toks[first].norm in _NUMERATOR_ONE else None)
            if part is not None and part < whole and _unbroken(member, first, k):
                return first, 100 * part / whole, frozenset(range(first + 1, at))
            if toks[first].is_number or toks[first].stop:
                break
    return None


def _a_span(member: Member, k: int) -> bool:
    """Token ``k`` names a span of time or a measure ("in 10 days", "sur 10 km")."""
    tok = member.feats.tokens[k]
    return tok.norm in _NOT_SHARES or number_unit(member.feats.tokens, k - 1, member.lang) is not None


def _unbroken(member: Member, first: int, last: int) -> bool:
    """No mark but a hyphen between tokens ``first`` and ``last`` ("six, sur dix" is no proportion)."""
    toks = member.feats.tokens
    return not any(ch in ",;:.()" for ch in member.text[toks[first].end:toks[last].start])


def _count_word(word: str, lang: str) -> str | None:
    from ..features import number_word_value

    return number_word_value(word, lang) or ("1" if word in _ONE else None)


def _value(written: str | None) -> float | None:
    try:
        return float(written) if written is not None else None
    except ValueError:
        return None


def _agree(mine: Share, theirs: Share) -> bool:
    """Some value both allow: within ``NEAR`` points, ``ABOUT`` where either is said roughly ("two-fifths" / "40%",
    "Roughly half" / "45 %"), past a bound on its side ("More than half" / "58%")."""
    near = ABOUT if mine.rough or theirs.rough else NEAR
    if mine.bound and theirs.bound:
        if mine.bound == theirs.bound:
            return True
        least, most = (mine, theirs) if mine.bound == AT_LEAST else (theirs, mine)
        return least.value <= most.value + near
    bounded, other = (mine, theirs) if mine.bound else (theirs, mine)
    return _allows(bounded, other.value, near)


def _allows(share: Share, value: float, near: float) -> bool:
    if share.bound == AT_LEAST:
        return value >= share.value - near
    if share.bound == AT_MOST:
        return value <= share.value + near
    return abs(value - share.value) <= near


def said_alike(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is part of a share another version gives too, as a fraction or a percentage, one of the two a
    fraction ("two-fifths" / "40%")."""
    mine = next((s for s in shares(member) if s.holds(k)), None)
    return mine is not None and any((mine.fraction or theirs.fraction) and _agree(mine, theirs)
                                    for other in others for theirs in shares(other))


def add_share_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Each version's one share against another version's one share that cannot be it, one of the two a fraction
    ("About a quarter of the marchers" / "Some 32% of the marchers", "Half of the homes" / "Un tiers des maisons")."""
    from .conflicts import mark_against, span_of  # here: conflicts reads cover, which reads this module

    lone = [found[0] if len(found := shares(m)) == 1 else None for m in members]
    for n, m in enumerate(members):
        for o, theirs in zip(members, lone):
            mine = lone[n]
            if mine is None or theirs is None or o.ref[0] == m.ref[0] or not (mine.fraction or theirs.fraction) \
                    or _agree(mine, theirs):
                continue
            mark_against(flags[n], conflicts[n], [k for k in range(mine.first, mine.last + 1) if mine.holds(k)],
                         span_of(o, theirs.first, theirs.last))
