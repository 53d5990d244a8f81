"""Number anchors: between two reports of one story, a telling number each report writes in one sentence only.

Two reports of one event quote the same figures: "Sales … dropped 4.5 per cent to €2.87bn" and « Son chiffre
d'affaires a reculé de 4,2 %, à 2,87 milliards d'euros », "a magnitude 6.1 quake" and "a 6.1 magnitude
earthquake hit Aceh", "une perte de 751 millions d'euros" twice. Where each report writes such a number in one
sentence only, the two sentences are about the same fact although their words (or their languages) differ: the
score model reads them as 0.14–0.5 (a loose paraphrase in the other language has a cosine of 0.4), and the fact
reads as "only here" in both columns, so the dispute it holds (4.5 % against 4,2 %) is never shown. Bertalign
anchors a translation on its surest pairs; a number rare in both reports is such an anchor.

A telling number is a decimal (2.87, 6.1, 0.75) or a value of 100 or more that is no year (751, 1,000, 230,000):
small whole numbers (2 hurt, a 12-year-old, July 26) and years (2006) recur across facts. In one language a whole
number must count the same thing in both sentences (the same word or measure after it, or money): a review's "The
fire destroyed 120 homes" / "About 120 firefighters … battled the blaze" had been joined. On 74 annotated pairs of
one story (the ten development pairs, 48 ECB+ and rpm2 pairs annotated blind, 16 pairs in two languages), before the
rule: 14 such anchors, every one an acceptable pair by the gold, 10 linked already, the 4 others scored 0.14, 0.15,
0.32 and 0.50; counting small numbers and years too, 11 of the 29 anchors left unlinked were wrong. With the rule,
through the CLI (must / should / link precision): the 16 pairs in two languages 0.568 / 0.215 / 0.803 -> 0.575 /
0.215 / 0.805, twelve ECB+ pairs 0.793 / 0.143 / 0.891 -> 0.805 / 0.143 / 0.892 ("up to 120 mph" / "120 miles per
hour"; "1,000 times" / "1,000 recharges" was linked too before the same-word check), twelve others 0.855 / 0.225 /
0.861 -> 0.855 / 0.250 / 0.863; the development pairs, the French pairs, the haystacks, iSTS and the Swiss
government pages unchanged. On 43 ECB+ topics of four reports, 20 rpm2 clusters of six and eight QA sets: six links
more (a workforce of 230 in English and French, a quake's magnitude in English and Spanish and its strongest
aftershock's in English and French, revenue of €2.87bn, a laptop's $2,799 price, a phone's 512 MHz processor) and
one fewer (a permit to carry the gun / the .357 Magnum she carried: two facts).
"""
from __future__ import annotations

import re

from .features import SentenceFeatures, number_key
from .model import Link

ANCHOR_FLOOR = 0.1  # below this the pair's own evidence says it is not the same statement
ANCHOR_SCORE = 0.6  # what an anchored pair takes: more likely than not the same fact (14 of 14 on annotated pairs)
_YEARS = range(1900, 2101)


def telling(number: str, surface: str = "") -> bool:
    """A number that names one fact of a story: a decimal, or 100 or more and no year (``number_key`` spelling;
    written with a thousands separator, "2,000" is no year)."""
    if not re.fullmatch(r"\d+(\.\d+)?", number):
        return False
    if "." in number:
        return True
    return int(number) >= 100 and not year_like(number, surface)


def year_like(number: str, surface: str = "") -> bool:
    """A whole number that may be a year: 1900–2100, written without a thousands separator ("2,000" is none)."""
    return number.isdecimal() and int(number) in _YEARS and surface.isdecimal()  # not "²", a digit int() refuses


def anchors(a: list[SentenceFeatures], b: list[SentenceFeatures], same_lang: bool = False) -> set[tuple[int, int]]:
    """The sentence pairs (i of ``a``, j of ``b``) that share a telling number written once in each report; in one
    language a whole number counts the same word in both, or is an amount of money in both ("120 homes" is no "120
    firefighters"; "$2,799" is "$2,799")."""
    once_a, once_b = _written_once(a), _written_once(b)
    out = set()
    for n in once_a.keys() & once_b.keys():
        (i, x), (j, y) = once_a[n], once_b[n]
        if not same_lang or "." in n or (a[i].tokens[x].currency and b[j].tokens[y].currency) \
                or _counted(a[i], x) == _counted(b[j], y) != "":
            out.add((i, j))
    return out


def _counted(f: SentenceFeatures, k: int) -> str:
    """What number token ``k`` counts: the measure written after it ("120 mph" and "120 miles per hour": a speed),
    else the lemma of the word right after it ("homes"; "millions" of "751 millions"), or ""."""
    from .details.intervals import measure_at  # (details read features as this module does)

    if k + 1 >= len(f.tokens):
        return ""
    counted = next((t.lemma for t in f.tokens[k + 1:k + 4] if not t.stop), "")  # "120 of the homes": homes
    return measure_at(f.tokens, k + 1) or counted


def _written_once(features: list[SentenceFeatures]) -> dict[str, tuple[int, int]]:
    """Each telling number of a report that only one of its sentences writes once -> (that sentence, its token)."""
    where: dict[str, list[tuple[int, int]]] = {}
    for i, f in enumerate(features):
        for k, t in enumerate(f.tokens):
            if t.is_number and telling(n := _value(f, k), t.surface):
                where.setdefault(n, []).append((i, k))
    return {n: found[0] for n, found in where.items() if len(found) == 1}


def _value(f: SentenceFeatures, k: int) -> str:
    """Number token ``k``'s ``number_key``, the zeros closing its decimals left out when a unit follows it: "4.50%"
    is "4,50 Prozent" (a QA helper's central-bank reports left the peak rate's sentence and its German translation
    each "only here", 0.21), while "17.10" and "17.1" alone stay two numbers (versions)."""
    from .units import number_unit  # (units reads amounts, which reads features as this module does)

    n = number_key(f.tokens[k].surface)
    if "." in n and n.endswith("0") and number_unit(f.tokens, k) is not None:
        n = n.rstrip("0").rstrip(".")
    return n


def anchored(scored: list[Link], a: list[SentenceFeatures], b: list[SentenceFeatures],
             same_lang: bool = False) -> list[Link]:
    """``scored`` (the candidates between two reports of one story, ``a`` first) with each anchored pair from
    ``ANCHOR_FLOOR`` up raised to ``ANCHOR_SCORE`` (plus a hundredth of its own score, so raised pairs keep their
    order)."""
    pairs = anchors(a, b, same_lang)
    if not pairs:
        return scored
    out = []
    for ln in scored:
        if (ln.a[1], ln.b[1]) in pairs and ANCHOR_FLOOR <= ln.score < ANCHOR_SCORE:
            ln = Link(ln.a, ln.b, round(ANCHOR_SCORE + ln.score / 100, 4), ln.manual)
        out.append(ln)
    return out
