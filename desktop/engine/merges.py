"""Merges and order: what a translation keeps of its original, used where two reports are in two languages.

``merged_links``: one sentence that says what two neighbouring sentences of the other report say (n:1).

A translation or a close rewrite often joins two sentences into one, or splits one in two. The aligner scores
single sentences against single sentences, so the half of a split that is not the joined sentence's best match
scores low and reads as "only in this source" although the other report says it. Bertalign's answer, used
here: read the two neighbours together. For each strong pair (i, j), each neighbour n of i is read with i
("i n" in reading order); when the two together are closer to j than i alone, j covers n as well, and the pair
(n, j) takes the score of (i, j), unless n has a match of its own elsewhere. ``align.select_links`` then keeps
it as one half of a split (its partner's best match is the next or previous sentence).

Across languages a long sentence may join three or four (a French sentence with semicolons for four English
ones): each pass reads the run already joined to j with one or two more neighbours before or after it, and those
join when the run reads closer to j with them (two neighbours at once: a short one that adds little alone, "This is
the case, for example, within the EQUALS initiative", joins with the next). Three passes. On the Swiss government
pages 19 sentences more are linked, 17 of them right by the gold; tokens wrongly left "only here" 3463 -> 3259,
token F1 0.325 -> 0.326, precision 0.283 -> 0.286 (the newly linked sentences bring details of their own).

``ordered_links``: a translation keeps the order of its original, so a loosely translated sentence between two
sure pairs pairs up with the sentence between their counterparts (Bertalign's anchors): on the Swiss government
pages a third of the sentences left "only here" were such pairs. The reports' edges count as sure pairs too, so the
sentences before the first one and after the last one pair up the same way (swissgov token F1 0.319 -> 0.321,
precision 0.276 -> 0.280). The sure pairs bound windows only as the longest chain in order on both sides, and
inside a window the pairs are those of the best alignment in order (Bertalign's dynamic programme), not each
sentence's nearest: a sure-looking pair six sentences out of order no longer blocks two windows, and a loose
translation next to a closer neighbour pairs up (swissgov precision 0.279 -> 0.284, recall 0.375 -> 0.368: some
of the sentences now linked hold a detail of their own that the word diff does not flag; F1 0.320 both).

Both only between reports that read as one story (not a haystack of unrelated sentences), and both only between
two versions that read as a translation and its original (``reads_as_translation``: a chain in order of sure pairs
covers most sentences; measured on the Swiss government pages). Two reports of one story in two languages are not:
read as one, a French toll update had been joined to the English lead, time and injured sentences as one run; they
take the ``STORY`` rules.
Between two reports of one story in one language a neighbour often adds a new fact that reads as related, so
only the ``STORY`` rule applies there: a split half that already prefers the joined sentence, next to a sure
first half, and clearly closer read together (same-story pairs: must recall 0.630 -> 0.644, 3 of 4 new
links right).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .align import best_partners
from .model import Link, SentenceRef



@dataclass(frozen=True)
class MergeRule:
    gain: float  # the neighbours read together must be this much closer to the other sentence than one alone
    min_anchor: float  # the first half's pair must score at least this
    min_own: float | None  # the second half's own score with the joined sentence, which must be its best match
    # (None: any score, also when the second half has no match of its own above ``min_anchor`` elsewhere)
    rounds: int = 0  # passes reading the run joined so far with one or two more neighbours (``_runs_extended``);
    # 0: one neighbour of the anchor, once


TRANSLATION = MergeRule(gain=0.02, min_anchor=0.3, min_own=None, rounds=3)  # runs: ``_run_trials`` reads min_anchor
# Two reports of one story in one language: a neighbour often adds a new fact that reads as related (46 % of
# neighbours that pass the translation rule are right there), so only a split half that already prefers the
# joined sentence, next to a sure first half, and clearly closer read together.
STORY = MergeRule(gain=0.05, min_anchor=0.5, min_own=0.2)

Encode = Callable[[list[str]], np.ndarray]  # texts -> unit vectors


def merged_links(candidates: list[Link], texts: dict[int, list[str]], vectors: dict[int, np.ndarray],
                 encode: Encode, rule: MergeRule = TRANSLATION) -> list[Link]:
    """``candidates`` of one pair of documents, with the pairs that a merge supports raised to their anchor's score."""
    if rule.rounds:
        for _ in range(rule.rounds):
            before, candidates = candidates, _runs_extended(candidates, texts, vectors, encode, rule)
            if candidates == before:
                break
        return candidates
    best_other = best_partners(candidates)
    trials = [t for ln in _anchors(candidates, best_other, rule.min_anchor) for t in _trials(ln, texts, best_other, rule)]
    if not trials:
        return candidates
    score = {(ln.a, ln.b): ln.score for ln in candidates}
    merged = encode([_read_together(texts, t[2], t[0]) for t in trials])
    raised: dict[tuple[SentenceRef, SentenceRef], float] = {}
    for (ref, theirs, mine, s), vec in zip(trials, merged):
        other = vectors[theirs[0]][theirs[1]]
        if float(vec @ other) - float(vectors[mine[0]][mine[1]] @ other) >= rule.gain:
            key = (ref, theirs) if ref < theirs else (theirs, ref)
            raised[key] = max(raised.get(key, 0.0), s)
    return _with_scores(candidates, raised, score)


def _runs_extended(candidates: list[Link], texts: dict[int, list[str]], vectors: dict[int, np.ndarray],
                   encode: Encode, rule: MergeRule) -> list[Link]:
    """One pass of ``merged_links`` for translations: for each sentence covered by a run of neighbours of the
    other report (its anchor and the halves already joined to it), the run read with one or two more neighbours
    before or after it; when that reads closer to the sentence than the run alone, the new neighbours join."""
    best_other = best_partners(candidates)
    score = {(ln.a, ln.b): ln.score for ln in candidates}
    score.update({(ln.b, ln.a): ln.score for ln in candidates})
    trials = _run_trials(candidates, texts, best_other, score, rule.min_anchor)
    if not trials:
        return candidates
    keys = list(trials)
    runs = [trials[k][1] for k in keys]
    reads = [_read_run(texts, sorted(r + list(added))) for (added, _), r in zip(keys, runs)]
    alone = {tuple(r): _read_run(texts, r) for r in runs if len(r) > 1}
    alone_texts = list(dict.fromkeys(alone.values()))
    vecs = encode(reads + alone_texts)
    alone_vec = dict(zip(alone_texts, vecs[len(reads):]))
    raised: dict[tuple[SentenceRef, SentenceRef], float] = {}
    for (added, theirs), run, vec in zip(keys, runs, vecs[: len(reads)]):
        other = vectors[theirs[0]][theirs[1]]
        base = alone_vec[alone[tuple(run)]] if len(run) > 1 else vectors[run[0][0]][run[0][1]]
        if float(vec @ other) - float(base @ other) >= rule.gain:
            for ref in added:
                key = (ref, theirs) if ref < theirs else (theirs, ref)
                raised[key] = max(raised.get(key, 0.0), trials[(added, theirs)][0])
    return _with_scores(candidates, raised, {k: v for k, v in score.items() if k[0] < k[1]})


def _run_trials(candidates: list[Link], texts: dict[int, list[str]], best_other: dict, score: dict,
                min_anchor: float) -> dict[tuple, tuple[float, list[SentenceRef]]]:
    """(neighbours to add, the other sentence) -> (the anchor's score, the run they would join), for each anchor
    and each one or two neighbours of its run that have no better match of their own."""
    def free(n: SentenceRef, theirs: SentenceRef) -> bool:
        own, partner = best_other.get((n, theirs[0]), (0.0, None))
        return partner == theirs or own < min_anchor

    trials: dict[tuple, tuple[float, list[SentenceRef]]] = {}
    for ln in _anchors(candidates, best_other, min_anchor):
        for mine, theirs in ((ln.a, ln.b), (ln.b, ln.a)):
            run = _run(mine, theirs, score, ln.score)
            for added in _neighbours(run, len(texts[mine[0]])):
                key = (tuple(added), theirs)
                if all(free(n, theirs) for n in added) and ln.score > trials.get(key, (0.0,))[0]:
                    trials[key] = ln.score, run
    return trials


def _run(mine: SentenceRef, theirs: SentenceRef, score: dict, floor: float) -> list[SentenceRef]:
    """``mine`` and its neighbours on either side that pair with ``theirs`` as strongly (``floor``: the anchor's
    score, which the halves joined to it take), in reading order."""
    doc, k = mine
    lo, hi = k, k
    while score.get(((doc, lo - 1), theirs), 0.0) >= floor:
        lo -= 1
    while score.get(((doc, hi + 1), theirs), 0.0) >= floor:
        hi += 1
    return [(doc, n) for n in range(lo, hi + 1)]


def _neighbours(run: list[SentenceRef], n: int) -> list[list[SentenceRef]]:
    """One or two sentences just before the run, or just after it, within the report."""
    doc, lo, hi = run[0][0], run[0][1], run[-1][1]
    return [[(doc, k) for k in ks] for ks in ((lo - 1,), (lo - 2, lo - 1), (hi + 1,), (hi + 1, hi + 2))
            if all(0 <= k < n for k in ks)]


def _read_run(texts: dict[int, list[str]], run: list[SentenceRef]) -> str:
    return " ".join(texts[doc][k].strip() for doc, k in run)


def _trials(ln: Link, texts: dict[int, list[str]], best_other: dict, rule: MergeRule) -> list[tuple]:
    """(neighbour, other sentence, anchor sentence, anchor score) for each neighbour of the anchor ``ln`` that
    the other sentence may cover too."""
    out = []
    for mine, theirs in ((ln.a, ln.b), (ln.b, ln.a)):
        if rule.min_own is not None and best_other[(theirs, mine[0])][1] != mine:
            continue  # the joined sentence's best match must be this first half
        for n in (mine[1] - 1, mine[1] + 1):
            ref = (mine[0], n)
            own, partner = best_other.get((ref, theirs[0]), (0.0, None))
            if not 0 <= n < len(texts[mine[0]]):
                continue
            if (partner == theirs and own >= rule.min_own) if rule.min_own is not None else (
                    partner == theirs or own < rule.min_anchor):
                out.append((ref, theirs, mine, ln.score))
    return out


def _anchors(candidates: list[Link], best: dict, min_anchor: float) -> list[Link]:
    """The pairs that are the best of one of their sentences and score at least ``min_anchor``."""
    return [ln for ln in candidates if ln.score >= min_anchor and (
        best[(ln.a, ln.b[0])][1] == ln.b or best[(ln.b, ln.a[0])][1] == ln.a)]


def _read_together(texts: dict[int, list[str]], a: SentenceRef, b: SentenceRef) -> str:
    first, second = sorted((a, b))
    return texts[first[0]][first[1]].rstrip() + " " + texts[second[0]][second[1]].lstrip()


def _like_sized(n: int, m: int) -> bool:
    """A window of ``n`` sentences against ``m`` that reads as a translation's (``WINDOW_SHAPE``)."""
    return max(n, m) <= WINDOW_SHAPE * min(n, m) + 1


def _with_scores(candidates: list[Link], raised: dict, score: dict) -> list[Link]:
    out = [Link(ln.a, ln.b, round(max(ln.score, raised.pop((ln.a, ln.b), 0.0)), 4), ln.manual) for ln in candidates]
    out += [Link(a, b, round(s, 4)) for (a, b), s in sorted(raised.items()) if s > score.get((a, b), 0.0)]
    return out


MIN_ORDERED_COSINE = 0.30  # a pair between two anchors in order needs at least this sentence cosine (swissgov F1
# 0.328 at 0.35, 0.332 at 0.30, 0.332 at 0.25, 0.333 at 0.20: flat below 0.30; "The Swiss VPET system contributes to this
# endeavour" / "La formation professionnelle apporte sa contribution à cet égard", 0.32, between two sure pairs)
# In a wider window (more than one sentence between the sure pairs on either side) the best alignment in order
# picks among several, and a sentence one report alone has pairs up with whichever of the other's reads least
# unlike it: an English and a French report of one story, not translations ("They were staying in the dark area of
# the street," a witness told CNN / "Le procureur du district a ouvert une enquête …", 0.33 in a 7 × 2 window, had
# been linked at 0.97). Swissgov token F1 0.332 -> 0.329 (precision 0.300 -> 0.294): the translations lose 22
# loose pairs, 18 of them right by the gold.
MIN_ORDERED_COSINE_WIDE = 0.40
MIN_ORDER_ANCHOR = 0.5
# Between two sure pairs a translation has about as many sentences on each side (one sentence may join two or three).
# A report rewritten in another language, shorter, does not: six French sentences against two Spanish ones between
# two sure pairs, and the best alignment in order had paired the Spanish "La embajada china en Washington no respondió
# …" with "La Chine s'est présentée comme un acteur neutre …" at the anchors' 0.998. A window is read in order only
# when its longer side holds at most twice its shorter side's sentences, plus one. Swissgov token F1 0.331 -> 0.330
# (precision 0.297 -> 0.298, recall 0.373 -> 0.371); at 1.5 times, 0.329.
WINDOW_SHAPE = 2


def in_sequence(anchors: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The longest chain of anchors in order on both sides (sorted by their first sentence), of the surest anchors
    among chains as long: a sure pair out of order ("A penalty is due …" with "Le montant d'une éventuelle sanction
    …", six sentences back) bounds no window. One vector operation per anchor."""
    n = len(anchors)
    js = np.array([j for _, j, _ in anchors])
    best = np.zeros(n)  # per anchor: the best chain ending there, as length × (n + 1) + its summed scores
    before = np.full(n, -1)
    for k, (_, j, score) in enumerate(anchors):
        earlier = np.flatnonzero(js[:k] < j)
        if len(earlier):
            m = int(earlier[np.argmax(best[earlier])])
            best[k], before[k] = best[m] + (n + 1) + score, m
        else:
            best[k] = (n + 1) + score
    chain, k = [], int(np.argmax(best)) if n else -1
    while k >= 0:
        chain.append(anchors[k])
        k = int(before[k])
    return chain[::-1]


def in_order(sims: np.ndarray, floor: float) -> list[tuple[int, int]]:
    """The pairs (row, column) of the best alignment that keeps the order on both sides: the monotone matching
    with the largest sum of cosines above ``floor`` (a dynamic programme, as Bertalign's within its anchors)."""
    gain = np.where(sims >= floor, sims - floor, -1.0)
    n, m = gain.shape
    total = np.zeros((n + 1, m + 1))
    for r in range(n):  # a row at once: the best sum up to (r, c) is a running maximum along the row
        total[r + 1, 1:] = np.maximum.accumulate(np.maximum(total[r, 1:], total[r, :-1] + gain[r]))
    pairs, r, c = [], n, m
    while r and c:
        if total[r, c] == total[r - 1, c]:
            r -= 1
        elif total[r, c] == total[r, c - 1]:
            c -= 1
        else:
            pairs.append((r - 1, c - 1))
            r, c = r - 1, c - 1
    return pairs[::-1]


# A translation pairs most of its sentences with its original's, in order: the longest chain in order of sure pairs
# (each sentence's best match, 0.8 or more) covers at least this share of the shorter version's sentences. On the 168
# Swiss government pages (EN↔FR translations) 163 reach it; four English↔French reports of one story a helper wrote,
# 0.28–0.50; reports of one story in one language, 0–0.83 (a wire story and its light rewrite).
TRANSLATION_CHAIN = 0.55
SURE_PAIR = 0.8


def reads_as_translation(candidates: list[Link], n_a: int, n_b: int) -> bool:
    """Two documents of ``n_a`` and ``n_b`` sentences whose ``candidates`` read as a translation and its original
    rather than two reports of one story: a chain in order of sure pairs covers most of the shorter one."""
    sure = _mutual_pairs(candidates, SURE_PAIR)
    return bool(sure) and len(in_sequence(sure)) >= TRANSLATION_CHAIN * min(n_a, n_b)


def _mutual_pairs(candidates: list[Link], floor: float) -> list[tuple[int, int, float]]:
    """(sentence, other sentence, score) of the pairs scoring ``floor`` or more whose two sentences are each other's
    best, sorted."""
    best = best_partners(candidates)
    return sorted((ln.a[1], ln.b[1], ln.score) for ln in candidates if ln.score >= floor
                  and best[(ln.a, ln.b[0])][1] == ln.b and best[(ln.b, ln.a[0])][1] == ln.a)


def ordered_links(candidates: list[Link], vectors: dict[int, np.ndarray]) -> list[Link]:
    """A translation keeps the order of its original: a pair that lies between two confident pairs of the longest
    chain in order on both sides, and is one of the window's best alignment in order (``in_order``), takes the
    weaker anchor's score. Only in windows with about as many sentences on each side (``WINDOW_SHAPE``)."""
    anchors = _mutual_pairs(candidates, MIN_ORDER_ANCHOR)
    if len(anchors) < 2 or not candidates:
        return candidates
    p, q = candidates[0].a[0], candidates[0].b[0]
    # the reports' edges bound the first and the last window: a title glued to the first sentence ("Swiss Official
    # Gazette of Commerce «SOGC» The Swiss Official Gazette …") before the first sure pair pairs up too
    chain = in_sequence(anchors)
    anchors = [(-1, -1, chain[0][2]), *chain, (len(vectors[p]), len(vectors[q]), chain[-1][2])]
    raised: dict[tuple[SentenceRef, SentenceRef], float] = {}
    for (i0, j0, s0), (i1, j1, s1) in zip(anchors, anchors[1:]):
        if i1 - i0 < 2 or j1 - j0 < 2 or not _like_sized(i1 - i0 - 1, j1 - j0 - 1):
            continue
        sims = vectors[p][i0 + 1 : i1] @ vectors[q][j0 + 1 : j1].T
        for r, c in in_order(sims, MIN_ORDERED_COSINE if sims.shape == (1, 1) else MIN_ORDERED_COSINE_WIDE):
            raised[((p, i0 + 1 + r), (q, j0 + 1 + c))] = min(s0, s1)
    score = {(ln.a, ln.b): ln.score for ln in candidates}
    return _with_scores(candidates, raised, score)
