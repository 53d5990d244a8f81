"""Order: two reports of one story tell it in roughly the same order, so a sure pair vouches for its neighbours.

Outlets reorder, but locally they follow the event: the sentence after "a firebomb killed three people" in one report
and the sentence after it in the other often state the same next fact in other words ("Hooded youths hurled petrol
bombs" / "Protesters also tried to storm the Greek Parliament"). Bertalign aligns translations on that idea (sure
anchors, then the pairs between them); between two reports of one story it is weaker evidence, so here it is one
more input, not a rule. Anchors are pairs that score ``ANCHOR`` and are each other's best match; a candidate pair
whose two sentences come right before, or right after, an anchor's two takes ``NEXT_TO_ANCHOR`` on its logit
(``benchmarks/fit_order.py``: the pair's own logit as an offset; fitted on the ten development pairs first, refitted
on 49 annotated pairs with the score model fitted on them: 1.235 -> 1.043, then on 74: 0.818).

Measured through the CLI's aligner, with the score model of the time: on the ten development pairs must recall
0.740 -> 0.767, should 0.486 -> 0.514, link precision 0.898 -> 0.862 (the same leave-one-pair-out); on eight
annotated pairs never tuned on 0.527 -> 0.582, 0.125 -> 0.167, 0.745 -> 0.786. On 49 pairs, with the score model
fitted on them: 0.681 / 0.423 / 0.820 without, 0.696 / 0.411 / 0.817 with (more must links, at a few should links
and a little precision). Refitted on 74 (the same 49 and 25 more, in-process): 0.808 / 0.374 / 0.865 without, 0.821 /
0.370 / 0.860 leave-one-pair-out; through the CLI, 1.043 -> 0.818 moved the 74 from 0.823 / 0.382 / 0.853 to 0.821 /
0.378 / 0.862 (the 64 besides the development ten: precision 0.845 -> 0.857, must 0.840 -> 0.837): fewer loose
pairs next to an anchor cross 0.5. Anchors from 0.6 or 0.8 and a pair between two anchors (not next to one) did no
better.
Only between two reports of one story in one language: across languages translations have their own, stricter
ordering (``merges.ordered_links``), and a haystack of shuffled sentences has no order to follow.
"""
from __future__ import annotations

import math

from .align import best_partners
from .model import Link

ANCHOR = 0.7  # a pair this sure, each other's best match, vouches for its neighbours
NEXT_TO_ANCHOR = 0.818  # added to the logit of a pair right before or right after an anchor


def order_support(scored: list[Link]) -> list[Link]:
    """``scored`` (the candidates between two reports, one direction) with the pairs next to an anchor raised."""
    anchors = anchors_of(scored)
    if not anchors:
        return scored
    return [_raised(ln, NEXT_TO_ANCHOR) if next_to(anchors, ln.a[1], ln.b[1]) else ln for ln in scored]


def anchors_of(scored: list[Link]) -> frozenset[tuple[int, int]]:
    """The (i, j) places of the pairs that score ``ANCHOR`` and are each other's best match."""
    best = best_partners(scored)
    return frozenset((ln.a[1], ln.b[1]) for ln in scored if ln.score >= ANCHOR
                     and best[(ln.a, ln.b[0])][1] == ln.b and best[(ln.b, ln.a[0])][1] == ln.a)


def next_to(anchors: frozenset[tuple[int, int]], i: int, j: int) -> bool:
    """Sentences i and j come right before, or right after, an anchor's two (not an anchor itself)."""
    return (i, j) not in anchors and ((i - 1, j - 1) in anchors or (i + 1, j + 1) in anchors)


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _raised(ln: Link, weight: float) -> Link:
    z = max(-40.0, min(40.0, logit(ln.score) + weight))
    return Link(ln.a, ln.b, round(1.0 / (1.0 + math.exp(-z)), 4), ln.manual)
