"""The JSON contract (synoptic/comparison@1): a Comparison to a plain dict and back.

Follows ../shared/contract/comparison.schema.json; extra fields (title, kind, encoding, labels, link scores,
whether a link is manual; per group, its attribution flag and whether its versions are attributed differently)
are allowed by the contract and kept for round trips.
"""
from __future__ import annotations

from ..engine.attribution.compare import ClaimSourcing, claim_sourcing
from ..engine.copies import Copy, copies
from ..engine.tolls import Toll, tolls
from ..engine.model import (
    Attribution, Comparison, Detail, Document, Group, Link, Options, Removed, Sentence, Source,
)

FORMAT = "synoptic/comparison@1"


def _source_dict(doc: Document, labels: frozenset[int] = frozenset()) -> dict:
    """A source with its sentences; a section label ("Key figures": no claim, ``Comparison.labels``) says so."""
    src = doc.source
    return {
        "name": src.name,
        "path": src.path,
        "title": src.title,
        "kind": src.kind,
        "encoding": src.encoding,
        "meta": dict(src.meta),
        "content_hash": src.content_hash,
        "language": doc.language,
        "text": src.text,
        "sentences": [{"start": s.start, "end": s.end, "paragraph": s.paragraph, **({"label": True} if i in labels else {})}
                      for i, s in enumerate(doc.sentences)],
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason, "label": r.label} for r in doc.removed],
    }


def _link_list(link: Link) -> list:
    return [list(link.a), list(link.b)]


def _group_dict(group: Group, sourcing: ClaimSourcing | None = None) -> dict:
    extra = {} if sourcing is None else {"attribution_flag": sourcing.flag, "attributed_differently": sourcing.differs}
    return extra | {
        "members": [list(m) for m in group.members],
        "score": group.score,
        "links": [_link_list(ln) for ln in group.links],
        "link_scores": [ln.score for ln in group.links],
        "manual": [ln.manual for ln in group.links],
    }


def _detail_dict(d: Detail) -> dict:
    return {
        "source": d.source, "sentence": d.sentence, "start": d.start, "end": d.end,
        "kind": d.kind, "type": d.type, "group": d.group,
        "counterparts": [list(c) for c in d.counterparts],
    }


def _attribution_dict(a: Attribution) -> dict:
    out = {"source": a.source, "sentence": a.sentence, "start": a.start, "end": a.end, "kind": a.kind,
           "cue": list(a.cue)}
    if a.refers_to is not None:
        out["refers_to"] = a.refers_to
    return out


def _attribution_from(d: dict) -> Attribution:
    cue = tuple(d.get("cue") or (d["start"], d["end"]))
    return Attribution(d["source"], d["sentence"], d["start"], d["end"], d["kind"], cue, d.get("refers_to"))


def to_contract(comp: Comparison) -> dict:
    return {
        "format": FORMAT,
        "options": {"threshold": comp.options.threshold, "semantic": comp.options.semantic, "top_k": comp.options.top_k},
        "sources": [_source_dict(d, frozenset(i for i in comp.labels.get(k, ()) if comp.is_label(k, i)))
                    for k, d in enumerate(comp.documents)],
        "groups": [_group_dict(g, c) for g, c in zip(comp.groups, claim_sourcing(comp))],
        "details": [_detail_dict(d) for d in comp.details],
        "attributions": [_attribution_dict(a) for a in comp.attributions],
        "copies": [_copy_dict(c) for c in copies(comp)],
        "closest_elsewhere": [_elsewhere_dict(ln) for _, ln in sorted(comp.elsewhere.items())],
        "tolls": [_toll_dict(t) for t in tolls(comp)],
    }


def _toll_dict(t: Toll) -> dict:
    """The figures the reports give of one outcome (the dead, the injured…), whether their leads disagree, and the
    reports whose lead's figure differs from the one most leads give ("outliers")."""
    return {"outcome": t.outcome, "disputed": t.disputed, "outliers": sorted(t.odd),
            "figures": [{"source": f.source, "sentence": f.sentence, "start": f.start, "end": f.end, "text": f.text}
                        for f in t.figures]}


def _elsewhere_dict(ln: Link) -> dict:
    """A single-sourced sentence and the closest sentence of another source, unlinked (``near_misses``)."""
    return {"source": ln.a[0], "sentence": ln.a[1], "other": list(ln.b), "score": round(ln.score, 4)}


def _copy_dict(c: Copy) -> dict:
    """Two reports that repeat each other word for word: their claims in common are one voice, not two."""
    return {"sources": [c.a, c.b], "sentences": c.sentences, "shares": [c.share_a, c.share_b], "identical": c.identical,
            "translated": c.translated}


def _source_from(d: dict) -> Document:
    src = Source(d["name"], d["text"], d.get("path"), d.get("title"), d.get("kind", "text"), d.get("encoding"), d.get("meta") or {})
    sentences = [Sentence(s["start"], s["end"], s.get("paragraph", 0)) for s in d["sentences"]]
    removed = [Removed(r["start"], r["end"], r["reason"], r.get("label", "")) for r in d["removed"]]
    return Document(src, d["language"], sentences, removed)


def _group_from(g: dict) -> Group:
    members = [tuple(m) for m in g["members"]]
    scores = g.get("link_scores") or [g["score"]] * len(g.get("links", []))
    manual = g.get("manual") or [False] * len(g.get("links", []))
    links = [Link(tuple(a), tuple(b), s, m) for (a, b), s, m in zip(g.get("links", []), scores, manual)]
    return Group(members, g["score"], links)


def from_contract(data: dict) -> Comparison:
    """Rebuild a Comparison from its contract form (candidates are not part of the contract)."""
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} document")
    opts = data.get("options", {})
    options = Options(threshold=opts.get("threshold", 0.5), semantic=opts.get("semantic", True), top_k=opts.get("top_k", 8))
    details = [
        Detail(d["source"], d["sentence"], d["start"], d["end"], d["kind"], d.get("type", "text"), d.get("group"),
               tuple(tuple(c) for c in d.get("counterparts", [])))
        for d in data["details"]
    ]
    attributions = [_attribution_from(a) for a in data.get("attributions", [])]
    elsewhere = {(e["source"], e["sentence"]): Link((e["source"], e["sentence"]), tuple(e["other"]), e["score"])
                 for e in data.get("closest_elsewhere", [])}
    groups = [_group_from(g) for g in data["groups"]]
    documents = [_source_from(s) for s in data["sources"]]
    return Comparison(documents, groups, details, options, candidates=_scored_pairs(groups, elsewhere),
                      attributions=attributions, elsewhere=elsewhere)


def _scored_pairs(groups: list[Group], elsewhere: dict) -> list[Link]:
    """The scored pairs the contract carries (its groups' links the aligner made, each single-sourced sentence's
    nearest sentence elsewhere), as the comparison's candidates: a session made from the JSON re-groups from them
    and names the same nearest sentences."""
    pairs = {frozenset((ln.a, ln.b)): Link(ln.a, ln.b, ln.score) for g in groups for ln in g.links if not ln.manual}
    pairs.update({frozenset((ln.a, ln.b)): ln for ln in elsewhere.values()})
    return sorted(pairs.values(), key=lambda ln: (ln.a, ln.b))


def _anchor_dict(anchor) -> dict:
    return {"source_hash": anchor.source_hash, "start": anchor.start, "end": anchor.end}


def annotations_dict(annotations) -> list[dict]:
    """The user's verdicts and notes, for the JSON export (keyed by stable anchors; ``claim``: the anchors of the
    claim's versions it was given to, which it stays with when one is taken out of the claim)."""
    return [
        {"anchor": _anchor_dict(a.anchor), "verdict": a.verdict, "note": a.note, "created": a.created,
         "updated": a.updated, "claim": [_anchor_dict(x) for x in a.claim]}
        for a in annotations
    ]


def overrides_dict(overrides) -> list[dict]:
    return [{"action": o.action, "a": _anchor_dict(o.a), "b": _anchor_dict(o.b)} for o in overrides]
