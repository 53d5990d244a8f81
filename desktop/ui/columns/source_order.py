"""Putting the sources in another order without comparing again: every source index is renumbered.

Reordering columns is a matter of presentation, so the comparison the user is looking at (groups,
details, scores) stays exactly the same; only the numbering of the sources changes. Qt-free.
"""
from __future__ import annotations

from dataclasses import replace

from desktop.engine.model import Comparison, Group, Link, SentenceRef
from desktop.engine.phrases import renumbered


def moved(count: int, index: int, delta: int) -> list[int] | None:
    """The new order (old indices, left to right) after moving ``index`` by ``delta`` places;
    None when that would leave the row of columns."""
    target = index + delta
    if not (0 <= index < count and 0 <= target < count) or delta == 0:
        return None
    order = list(range(count))
    order.insert(target, order.pop(index))
    return order


def permute(comparison: Comparison, order: list[int]) -> Comparison:
    """``comparison`` with its sources in ``order`` (``order[new] = old``)."""
    new_of = {old: new for new, old in enumerate(order)}

    def ref(r: SentenceRef) -> SentenceRef:
        return new_of[r[0]], r[1]

    def link(lk: Link) -> Link:
        return replace(lk, a=ref(lk.a), b=ref(lk.b))

    groups = [Group(sorted(ref(m) for m in g.members), g.score, [link(lk) for lk in g.links])
              for g in comparison.groups]
    details = [replace(d, source=new_of[d.source],
                       counterparts=tuple((new_of[s], a, b) for s, a, b in d.counterparts))
               for d in comparison.details]
    attributions = sorted((replace(a, source=new_of[a.source]) for a in comparison.attributions),
                          key=lambda a: (a.source, a.start))
    cover = renumbered(comparison.phrase_cover, new_of) if comparison.phrase_cover is not None else None
    elsewhere = {ref(r): link(lk) for r, lk in comparison.elsewhere.items()}  # the single-sourced side stays first
    return replace(comparison, documents=[comparison.documents[old] for old in order], groups=groups,
                   details=details, candidates=[link(lk) for lk in comparison.candidates], attributions=attributions,
                   phrase_cover=cover, elsewhere=elsewhere)


def remap(ref: SentenceRef | None, order: list[int]) -> SentenceRef | None:
    """Where a (source, sentence) reference lands after reordering."""
    if ref is None:
        return None
    return order.index(ref[0]), ref[1]
