"""The user's corrections to the alignment: links made and unmade by hand, kept as anchors in the sources' text.

An override names its two sentences by ``Anchor`` (the source's content hash and a character span), not by index,
so it survives a re-segmentation or a source added to the comparison; ``anchor_resolver`` finds the sentence an
anchor now points at. ``apply_overrides`` lets the corrections win over the aligner's links.
"""
from __future__ import annotations

from collections.abc import Callable

from .model import Anchor, Comparison, Link, SentenceRef


def apply_overrides(comp: Comparison, links: list[Link]) -> list[Link]:
    """The user's corrections win over the aligner: unlink removes a link, link adds one (score 1, manual)."""
    resolve = anchor_resolver(comp)
    out = list(links)
    for ov in comp.overrides:
        a, b = resolve(ov.a), resolve(ov.b)
        if a is None or b is None or a[0] == b[0]:
            continue
        pair = {a, b}
        out = [ln for ln in out if {ln.a, ln.b} != pair]
        if ov.action == "link":
            first, second = sorted((a, b))
            out.append(Link(first, second, 1.0, manual=True))
    if any(ov.action == "unlink" for ov in comp.overrides):
        out = _split_unlinked(comp, out, resolve)
    return out


def _split_unlinked(comp: Comparison, links: list[Link], resolve) -> list[Link]:
    """An unlink keeps two sentences out of one group: keep links strongest first (manual ones before all), and
    drop any link that would join a forbidden pair. One union-find pass."""
    forbidden = [(resolve(o.a), resolve(o.b)) for o in comp.overrides if o.action == "unlink"]
    forbidden = [(a, b) for a, b in forbidden if a and b and a != b]
    parent: dict[SentenceRef, SentenceRef] = {}

    def root(x: SentenceRef) -> SentenceRef:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    kept: list[Link] = []
    for ln in sorted(links, key=lambda ln: (ln.manual, ln.score), reverse=True):
        ra, rb = root(ln.a), root(ln.b)
        if ra != rb and any({root(a), root(b)} == {ra, rb} for a, b in forbidden):
            continue
        parent[ra] = rb
        kept.append(ln)
    return kept



def anchor_of(comp: Comparison, ref: SentenceRef) -> Anchor:
    doc = comp.documents[ref[0]]
    s = doc.sentences[ref[1]]
    return Anchor(doc.source.content_hash, s.start, s.end)


def anchor_resolver(comp: Comparison) -> Callable[[Anchor], SentenceRef | None]:
    """Find the sentence an anchor points at: the one overlapping its span most, in the source with that hash."""
    by_hash = {d.source.content_hash: k for k, d in enumerate(comp.documents)}

    def resolve(anchor: Anchor) -> SentenceRef | None:
        k = by_hash.get(anchor.source_hash)
        if k is None:
            return None
        best, best_overlap = None, 0
        for i, s in enumerate(comp.documents[k].sentences):
            overlap = min(s.end, anchor.end) - max(s.start, anchor.start)
            if overlap > best_overlap:
                best, best_overlap = (k, i), overlap
        return best

    return resolve
