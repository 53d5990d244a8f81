"""Measures two versions give each in their own words: "within a two-kilometre radius" / "within 3 km of the plant"
state one distance, worded so that the word diff pairs "a" with "3" and leaves "two" alone, and each read as a
detail of its own version, not as a dispute.

Each version's one figure of a dimension (a distance, a weight, an area, a volume, a speed, a temperature: a figure
followed by its measure, ``intervals.measure``; a prison term in years or months, ``DURATIONS``: "sentenced to seven
years in prison" / "to 6 years in jail"; a person's age, ``ages``: "Ilveira, 22," / "The 24-year-old") is set
against another version's of the same dimension; where no value lies in both (``intervals.may_agree``, which converts "four miles" to "6 km") and neither is three times the
other (``MAX_RATIO``: "within 2 km" / "rose 500 metres" measure two things), both conflict. Only where each
source has one sentence in the claim and the figure is the sentence's only one of its dimension (a depth and a
distance in miles are two figures), in any two languages.
"""
from __future__ import annotations

from collections import Counter

from ..amounts import amount_at
from ..features import token_number
from ..units import BASIS, POINT, point_fractions, points_said
from .ages import AGE, age_at, same_person
from .conflicts import points_at, value_end
from .intervals import CONVERSIONS, TEMPERATURES, a_depth, interval, may_agree, measure
from .member import Member


def add_measure_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Mark each version's lone figure of a dimension against another version's that it cannot be; per member, the
    tokens so marked (the detail is cut around them)."""
    versions = Counter(m.ref[0] for m in members)
    lone = [_lone_measures(m) if versions[m.ref[0]] == 1 else {} for m in members]
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for dimension, k in lone[n].items():
            for o, theirs in zip(members, lone):
                j = theirs.get(dimension)
                if j is None or o.ref[0] == m.ref[0] or points_at(conflicts[n].get(k, ()), o.ref[0]) \
                        or _agree(m, k, o, j) or not _comparable(m, k, o, j) \
                        or (dimension == AGE and not same_person(m, k, o, j)):
                    continue
                toks, mine = o.feats.tokens, range(k, _end(m, k) + 1)
                for x in mine:
                    flags[n][x] = True
                    conflicts[n].setdefault(x, []).append((o.ref[0], o.start + toks[j].start,
                                                           o.start + toks[_end(o, j)].end))
                marked[n].update(mine)
    return marked


def _end(member: Member, k: int) -> int:
    """The last token of the figure at token ``k``: a fraction of a point's ("quarter point"), or ``value_end``."""
    fraction = point_fractions(member.feats.tokens).get(k)
    return fraction[1] if fraction is not None else value_end(member, k)


def _agree(member: Member, k: int, other: Member, j: int) -> bool:
    """Two figures that may be one: as the intervals read them, two durations of one length ("seven years" /
    "84 months"), or one move in points ("a quarter point" / "25 punti base")."""
    points = points_said(member.feats.tokens, k, member.lang), points_said(other.feats.tokens, j, other.lang)
    if points[0] is not None and points[1] is not None:
        return abs(points[0] - points[1]) < 1e-9
    units = _duration(member, k), _duration(other, j)
    if units[0] is None or units[0] == units[1]:
        return may_agree(member, [k], other, [j])  # "plus de 6 ans" / "près de six ans et demi"
    a, b = _in_base(member, k), _in_base(other, j)
    return a is not None and a == b


def _comparable(member: Member, k: int, other: Member, j: int) -> bool:
    """Two figures near enough to be one measure said otherwise (within ``MAX_RATIO`` of each other, in one unit):
    "within 2 km of the plant" / "the plume rose 500 metres" measure two things."""
    a, b = (_in_base(x, i) for x, i in ((member, k), (other, j)))
    return a is not None and b is not None and min(a, b) > 0 and max(a, b) / min(a, b) <= MAX_RATIO


def _in_base(member: Member, k: int) -> float | None:
    points = points_said(member.feats.tokens, k, member.lang)
    if points is not None:
        return points  # a move in points ("a quarter point": 0.25)
    found, unit = interval(member, k), measure(member, k) or _duration(member, k)
    if found is None:
        return None
    value = (found[0] + found[1]) / 2
    return value * CONVERSIONS[unit][1] if unit in CONVERSIONS else value * DURATIONS[unit][1] \
        if unit in DURATIONS else value


def _duration(member: Member, k: int) -> str | None:
    """The length of a prison term a figure gives in years or months ("sentenced to seven years", "6 years in
    jail", "condamné à sept ans de prison", "seis años de prisión"), or None: a term only, a sentencing verb a few
    words before it or a prison or a sentence after it ("an 18-month suspended sentence"; not an age, "un homme de
    34 ans"; not "five years ago", "banned for three years", "after serving four years")."""
    toks = member.feats.tokens
    last = value_end(member, k)
    unit = _DURATION_WORDS.get(toks[last + 1].norm) if last + 1 < len(toks) else None
    if unit is None:
        return None
    sentenced = any(t.lemma in _SENTENCING or t.norm in _SENTENCING for t in toks[max(0, k - _TERM_BEFORE):k])
    jailed = any(t.norm in _PRISONS for t in toks[last + 2:last + 2 + _TERM_AFTER])
    return unit if sentenced or jailed else None


# a prison term, in years or months ("sentenced to seven years" / "to 6 years in jail")
DURATIONS = {"year": ("duration", 12.0), "month": ("duration", 1.0)}
_DURATION_WORDS = {w: unit for unit, words in (
    ("year", "year years an ans año años anno anni jahr jahre jahren"),
    ("month", "month months mois mes meses mese mesi monat monate monaten")) for w in words.split()}
_SENTENCING = frozenset("""sentence jail imprison condemn get gets condamner condamné condamnée condenar condenado
    condenada encarcelar emprisonner verurteilen condannare condannato""".split())
_PRISONS = frozenset("""prison jail custody sentence réclusion emprisonnement détention ferme prisión cárcel reclusión
    carcere reclusione haft gefängnis haftstrafe freiheitsstrafe bewährungsstrafe""".split())
_TERM_BEFORE = 8  # words from the sentencing verb to the term ("jailed the former mayor of Valmora for seven years")
_TERM_AFTER = 4  # words from the term to its prison ("seis años de prisión", "6 years in jail")


MAX_RATIO = 3.0
POINTS = "points"  # a rate's move in percentage points, however written ("a quarter point", "0,25 point", "25 pb")


def _lone_measures(member: Member) -> dict[str, int]:
    """{dimension: the figure's first token} for each dimension the member gives one figure of."""
    toks, found = member.feats.tokens, {}
    for k in point_fractions(toks):
        found.setdefault(POINTS, []).append(k)  # "a quarter point", "d'un demi-point"
    for k, tok in enumerate(toks):
        amount = amount_at(toks, k, member.lang)
        if (amount is not None and amount.first != k) or not (tok.is_number or token_number(toks, k, member.lang)):
            continue
        unit = measure(member, k) or _duration(member, k) or age_at(member, k)
        dimension = "temperature" if unit in TEMPERATURES else CONVERSIONS[unit][0] if unit in CONVERSIONS \
            else DURATIONS[unit][0] if unit in DURATIONS else AGE if unit == AGE \
            else POINTS if unit in (POINT, BASIS) else None
        if dimension == "m" and a_depth(toks, k):
            dimension = "depth"  # "at a depth of 10 km" / "12 km southwest of Valcerro": two measures
        if dimension is not None:
            found.setdefault(dimension, []).append(k)
    return {dimension: ks[0] for dimension, ks in found.items() if len(ks) == 1}
