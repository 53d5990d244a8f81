"""Near misses: sentences the aligner scored against each other but did not link, for the reviewer to judge.

"Only in this source" is the claim a fact-checker acts on, and the aligner misses some links: on the 22 annotated
pairs of reports of one story (the ten of ../shared/eval/same_story and twelve annotated outside the project), 109
of the 533 sentences it leaves single-sourced have a counterpart by the annotation (a must or should link). Many
of those have a sentence elsewhere that the aligner scored below the strictness: ``closest_elsewhere`` names a
single-sourced sentence's nearest one when it scores ``MAYBE`` or more. At 0.2, 123 of the 533 are named (23 %);
52 of them have a counterpart (42 %, twice the share among all single-sourced sentences: 20 %), 48 % of all the
missed ones, and for 31 the sentence named is one the annotation links. From 0.3: 56 named (11 %), 29 with a
counterpart (52 %), 27 % of the missed. The window lists them sorted by that score, so a reviewer reads a quarter
of "only here" to find half of what the aligner missed; a report names them from 0.3 (``export.view``).
``benchmarks/near_misses.py`` prints these figures.
"""
from __future__ import annotations

from .model import Comparison, Link, SentenceRef
from .overrides import anchor_resolver, apply_overrides

MAYBE = 0.2  # a single-sourced sentence's best unlinked score from which its closest sentence elsewhere is named


def near_misses(comp: Comparison, ref: SentenceRef, limit: int = 3) -> list[Link]:
    """The sentences of sources missing from ``ref``'s group (all other sources for a single-sourced sentence)
    that the aligner scored against ``ref`` but did not join to it, best first: what a reviewer may link by hand.
    Pairs the user unlinked are not offered again."""
    group = comp.group_index().get(ref)
    present = {s for s, _ in comp.groups[group].members} if group is not None else {ref[0]}
    unlinked = _unlinked(comp)
    found = []
    for ln in comp.candidates:
        other = ln.b if ln.a == ref else ln.a if ln.b == ref else None
        if other is not None and other[0] not in present and frozenset((ref, other)) not in unlinked:
            found.append(Link(ref, other, ln.score))
    return sorted(found, key=lambda ln: (-ln.score, ln.b))[:limit]


def apart_reasons(comp: Comparison, misses: list[Link]) -> dict[SentenceRef, str]:
    """Why each near miss (``miss.a`` the selected sentence, ``miss.b`` the other source's; ``near_misses``) is not
    linked, in a reader's words, read where the aligner left it out, step by step: below the strictness; not
    chosen (``align.select_links``: one of the two matches another sentence of the other's source more closely);
    dropped by the user's unlinks (``overrides.apply_overrides``); or chosen but kept out of the claim it would
    join (``align.build_groups``: two claims, or a sentence not as close to every version of the claim)."""
    return {b: why for (_, b), why in pair_reasons(comp, misses).items()}


def pair_reasons(comp: Comparison, misses: list[Link], bar: str = "the strictness"
                 ) -> dict[tuple[SentenceRef, SentenceRef], str]:
    """``apart_reasons`` keyed by the pair (``miss.a``, ``miss.b``): two sentences may share their nearest one.
    ``bar``: what the reader calls the threshold (the app's strictness slider; a report's score needed to group)."""
    t = comp.options.threshold
    out = {(miss.a, miss.b): f"below {bar} ({t:.2f})" for miss in misses if miss.score < t}
    above = [miss for miss in misses if miss.score >= t]
    return out | _kept_apart(comp, above, f"it reaches {bar}") if above else out  # the choice is read again only
    #               when a miss needs it ("reaches": a score shown as 0.50 may be the 0.50 needed, not above it)


def _kept_apart(comp: Comparison, misses: list[Link], above: str) -> dict[tuple[SentenceRef, SentenceRef], str]:
    """``pair_reasons`` of near misses at the strictness or above (one pass of ``align.select_links``)."""
    from . import align  # numpy: not before the window shows (the UI imports this module at start)
    from .headings import headline_of

    chosen = align.select_links(comp.candidates, align.AlignParams(threshold=comp.options.threshold,
                                                                   top_k=comp.options.top_k),
                                {k: doc.language for k, doc in enumerate(comp.documents)},
                                {k: t for k, doc in enumerate(comp.documents) if (t := headline_of(doc)) is not None})
    pairs = {frozenset((ln.a, ln.b)) for ln in chosen}
    kept = {frozenset((ln.a, ln.b)) for ln in apply_overrides(comp, chosen)}
    best, index = align.best_partners(comp.candidates), comp.group_index()
    out = {}
    for miss in misses:
        pair, key = frozenset((miss.a, miss.b)), (miss.a, miss.b)
        if pair not in pairs:
            out[key] = _closer_match(miss, best, above)
        elif pair not in kept:
            out[key] = f"{above}, but linking them would join sentences you unlinked"
        elif miss.a in index and miss.b in index:
            out[key] = f"{above}, but each belongs to a claim: linking them would join two claims"
        else:
            out[key] = f"{above}, but it does not read as close to every version of the claim"
    return out


def _closer_match(miss: Link, best: dict, above: str) -> str:
    """Which of the two has a closer match in the other's source (what kept ``select_links`` from choosing it)."""
    theirs, mine = best[(miss.b, miss.a[0])][0], best[(miss.a, miss.b[0])][0]
    if theirs > miss.score:
        return f"{above}, but it matches another sentence of this source more closely ({theirs:.2f})"
    if mine > miss.score:
        return f"{above}, but this sentence matches another sentence of that source more closely " \
               f"({mine:.2f})"
    return f"{above}, but another sentence matches one of them as closely"


def closest_elsewhere(comp: Comparison, bar: float = MAYBE) -> dict[SentenceRef, Link]:
    """Each single-sourced sentence whose best unlinked sentence in another source scores ``bar`` or more, with
    that pair (the single-sourced sentence first): where "only here" may be the aligner's miss. Pairs the user
    unlinked are left out; one pass over the candidates."""
    grouped = comp.group_index()
    unlinked = _unlinked(comp)
    best: dict[SentenceRef, Link] = {}
    for ln in comp.candidates:
        if ln.score < bar or frozenset((ln.a, ln.b)) in unlinked:
            continue
        for ref, other in ((ln.a, ln.b), (ln.b, ln.a)):
            if ref not in grouped and (ref not in best or _better(ln.score, other, best[ref])):
                best[ref] = Link(ref, other, ln.score)
    return best


def near_both_ways(elsewhere: dict[SentenceRef, Link],
                   bar: float = MAYBE) -> dict[SentenceRef, list[tuple[SentenceRef, float]]]:
    """``closest_elsewhere`` read both ways, from ``bar``: each sentence with the unlinked sentences of other sources
    near it (a single-sourced sentence's nearest one, and the single-sourced sentences whose nearest it is)."""
    out: dict[SentenceRef, list[tuple[SentenceRef, float]]] = {}
    for ref, ln in elsewhere.items():
        if ln.score >= bar:
            out.setdefault(ref, []).append((ln.b, ln.score))
            out.setdefault(ln.b, []).append((ref, ln.score))
    return out


def _better(score: float, other: SentenceRef, current: Link) -> bool:
    """Higher score first, then the earlier sentence (as ``near_misses`` orders them)."""
    return (-score, other) < (-current.score, current.b)


def unlinked_by_user(comp: Comparison, ref: SentenceRef) -> Link | None:
    """The best-scored sentence the user unlinked from ``ref`` (``ref`` first), None when there is none: a sentence
    taken out of its claim by hand is single-sourced by the user's word, not for want of a close sentence."""
    unlinked = _unlinked(comp)
    found = [Link(ref, ln.b if ln.a == ref else ln.a, ln.score) for ln in comp.candidates
             if ref in (ln.a, ln.b) and frozenset((ln.a, ln.b)) in unlinked]
    return max(found, key=lambda ln: ln.score, default=None)


def _unlinked(comp: Comparison) -> set[frozenset]:
    resolve = anchor_resolver(comp)
    return {frozenset((resolve(o.a), resolve(o.b))) for o in comp.overrides if o.action == "unlink"}
