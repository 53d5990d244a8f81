"""Orders of magnitude said in words: "tens of thousands", "des dizaines de milliers", "decenas de miles", "decine di
migliaia", "Zehntausende" all say from ten to a hundred thousand, and a version that writes one of them says what
another writing another of them says. Read word by word, "Tens" had been ten, which no French or Spanish version
gives, so it was marked as a figure only the English report has.
"""
from __future__ import annotations

from ..amounts import SCALES
from ..features import token_number
from ..world_names import token_date
from .member import Member

# plural words that count vaguely, and the power of ten they start at ("tens": 10, "hundreds": 100)
_MULTIPLES = {w: power for words, power in (
    ("tens dozens dizaines decenas decine dutzende", 1),
    ("hundreds centaines cientos centenares centinaia hunderte", 2)) for w in words.split()}
# plural words of a scale ("thousands": 1,000, "millions": 1,000,000)
_SCALES = {w: power for words, power in (
    ("thousands milliers miles millares migliaia tausende", 3),
    ("millions millones milioni millionen", 6), ("billions milliards", 9)) for w in words.split()}
_OF = frozenset({"of", "de", "d", "di", "von"})
# German writes the two words in one ("Zehntausende", "Hunderttausende")
_JOINED = {"zehntausende": 4, "hunderttausende": 5}


def spans(member: Member) -> list[tuple[int, int, int]]:
    """(first token, last token, power of ten it starts at) of each order of magnitude the member says in words:
    "tens of thousands" is (k, k + 2, 4): from 10,000 to 99,999."""
    return member.memo("orders of magnitude", lambda: _read(member))


def _read(member: Member) -> list[tuple[int, int, int]]:
    toks, out = member.feats.tokens, []
    for k, tok in enumerate(toks):
        if tok.norm in _JOINED:
            out.append((k, k, _JOINED[tok.norm]))
        elif tok.norm in _MULTIPLES and k + 2 < len(toks) and toks[k + 1].norm in _OF and _scale(member, k + 2):
            last, power = k + 2, _MULTIPLES[tok.norm] + _SCALES[toks[k + 2].norm]
            if last + 2 < len(toks) and toks[last + 1].norm in _OF and toks[last + 2].norm in _MILLIONS:
                last, power = last + 2, power + 6  # "decenas de miles de millones": tens of billions
            out.append((k, last, power))
    return out


def _scale(member: Member, k: int) -> bool:
    """Token ``k`` is a plural scale word of the member's language ("miles" is thousands in Spanish only: "tens of
    miles" is a distance)."""
    norm = member.feats.tokens[k].norm
    return norm in _SCALES and (norm not in _SPANISH_ONLY or member.lang == "es")


_SPANISH_ONLY = frozenset({"miles"})
_MILLIONS = frozenset({"millones", "milioni"})


def said_alike(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is part of an order of magnitude in words that another version says too, in its own words, or
    within which another version's figure lies; or token ``k`` is a figure within an order of magnitude another
    version says in words ("Tens of thousands of people marched" / "Quelque 80 000 personnes ont manifesté": the
    figure says more precisely what the words say, which had read as ten against 80,000). The words agree with
    another version only where every figure it gives lies within them ("8 000 selon la police, 12 000 selon les
    syndicats": the police's figure is not "tens of thousands")."""
    mine = next((power for first, last, power in spans(member) if first <= k <= last), None)
    if mine is not None:
        return any(power == mine for other in others for _, _, power in spans(other)) \
            or any(figures(other) and all(_within(v, mine) for v in figures(other).values()) for other in others)
    value = figures(member).get(k)
    return value is not None and any(_within(value, power) for other in others for _, _, power in spans(other))


def _within(value: float, power: int) -> bool:
    return 10 ** power <= value < 10 ** (power + 1)


def figures(member: Member) -> dict[int, float]:
    """The member's counts in digits or words, by token, each times the scale word after it ("1.2 million":
    1,200,000): no date, year, sum or measure ("15 000 euros par foyer" counts no marchers)."""
    return member.memo("figures", lambda: _figures(member))


def _figures(member: Member) -> dict[int, float]:
    from .across import written_year  # here: across and intervals read the cover, which reads this module
    from .intervals import measure

    toks, out = member.feats.tokens, {}
    for k, tok in enumerate(toks):
        if not tok.is_number or token_date(toks, k, member.lang) is not None or measure(member, k) is not None \
                or written_year(toks, k, member.lang):
            continue
        try:
            value = float(token_number(toks, k, member.lang) or "")
        except ValueError:
            continue
        scale = SCALES.get(toks[k + 1].norm) if k + 1 < len(toks) else None
        out[k] = value * 10 ** scale if scale else value
    return out


def add_magnitude_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Across languages, each version's one order of magnitude in words against another version's other one ("Tens of
    thousands" / "des centaines de milliers"): within one language the word diff sets "Tens" against "Hundreds"."""
    from .conflicts import mark_against, span_of  # here: conflicts reads cover, which reads this module
    for n, m in enumerate(members):
        mine = spans(m)
        if len(mine) != 1:
            continue
        first, last, power = mine[0]
        for o in members:
            theirs = spans(o)
            if o.lang == m.lang or o.ref[0] == m.ref[0] or len(theirs) != 1 or theirs[0][2] == power:
                continue
            mark_against(flags[n], conflicts[n], range(first, last + 1), span_of(o, theirs[0][0], theirs[0][1]))
