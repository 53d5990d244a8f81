"""Model objects ↔ table rows of a session file. Pure functions: no SQL, no I/O.

Numbers are passed through ``int``/``float`` so numpy scalars from the engine store cleanly.
"""
from __future__ import annotations

import dataclasses
import json

from desktop.engine import meanings, phrases
from desktop.engine.meanings import WordMatches
from desktop.engine.near_misses import closest_elsewhere
from desktop.engine.phrases import PhraseCover
from desktop.engine.model import (
    Anchor,
    Annotation,
    Attribution,
    Comparison,
    Detail,
    Document,
    Group,
    Link,
    Options,
    Override,
    Removed,
    Sentence,
    Source,
)


def to_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def source_row(position: int, source: Source, language: str | None) -> dict:
    return {
        "position": position, "hash": source.content_hash, "name": source.name,
        "path": source.path, "title": source.title, "kind": source.kind,
        "encoding": source.encoding, "language": language, "text": source.text,
        "meta": to_json(source.meta),
    }


def source_from_row(row: dict) -> Source:
    return Source(
        name=row["name"], text=row["text"], path=row["path"], title=row["title"],
        kind=row["kind"], encoding=row["encoding"], meta=json.loads(row["meta"] or "{}"),
    )


def options_to_json(options: Options) -> str:
    return to_json(dataclasses.asdict(options))


def options_from_json(text: str | None) -> Options:
    """Options from JSON; keys this version does not know are ignored, missing ones default."""
    data = json.loads(text) if text else {}
    known = {f.name for f in dataclasses.fields(Options)}
    return Options(**{k: v for k, v in data.items() if k in known})


def anchor_cols(prefix: str, anchor: Anchor) -> dict:
    return {f"{prefix}hash": anchor.source_hash, f"{prefix}start": int(anchor.start),
            f"{prefix}end": int(anchor.end)}


def anchor_from(row: dict, prefix: str) -> Anchor:
    return Anchor(row[f"{prefix}hash"], row[f"{prefix}start"], row[f"{prefix}end"])


def override_row(o: Override, created: str) -> dict:
    return {"action": o.action, **anchor_cols("a_", o.a), **anchor_cols("b_", o.b), "created": created}


def override_from_row(row: dict) -> Override:
    return Override(row["action"], anchor_from(row, "a_"), anchor_from(row, "b_"))


def overrides_to_json(overrides) -> str:
    return to_json([override_row(o, "") for o in overrides])


def overrides_from_json(text: str | None) -> list[Override]:
    return [override_from_row(r) for r in json.loads(text or "[]")]


def annotation_from_row(row: dict) -> Annotation:
    return Annotation(
        anchor=Anchor(row["source_hash"], row["start"], row["end"]), verdict=row["verdict"],
        note=row["note"], created=row["created"], updated=row["updated"],
        claim=tuple(Anchor(h, int(a), int(b)) for h, a, b in json.loads(row.get("claim") or "[]")),
    )


def claim_to_json(claim) -> str:
    return to_json([[x.source_hash, int(x.start), int(x.end)] for x in claim])


def _link_row(idx: int, link: Link) -> dict:
    return {
        "idx": idx, "a_source": int(link.a[0]), "a_sentence": int(link.a[1]),
        "b_source": int(link.b[0]), "b_sentence": int(link.b[1]),
        "score": float(link.score), "manual": int(bool(link.manual)),
    }


def _link_from(row: dict) -> Link:
    return Link(
        a=(row["a_source"], row["a_sentence"]), b=(row["b_source"], row["b_sentence"]),
        score=row["score"], manual=bool(row["manual"]),
    )


def _document_rows(position: int, doc: Document) -> tuple[list[dict], list[dict]]:
    sentences = [
        {"source": position, "idx": i, "start": int(s.start), "end": int(s.end),
         "paragraph": int(s.paragraph), "text": doc.text[s.start : s.end]}
        for i, s in enumerate(doc.sentences)
    ]
    removed = [
        {"source": position, "idx": i, "start": int(r.start), "end": int(r.end),
         "reason": r.reason, "label": r.label}
        for i, r in enumerate(doc.removed)
    ]
    return sentences, removed


def _group_rows(comparison: Comparison) -> dict[str, list[dict]]:
    groups, members, links = [], [], []
    for g, grp in enumerate(comparison.groups):
        groups.append({"id": g, "score": float(grp.score)})
        members += [{"group_id": g, "idx": i, "source": int(s), "sentence": int(n)}
                    for i, (s, n) in enumerate(grp.members)]
        links += [{"group_id": g, **_link_row(i, ln)} for i, ln in enumerate(grp.links)]
    return {"groups": groups, "group_members": members, "group_links": links}


def _detail_row(idx: int, d: Detail) -> dict:
    return {
        "idx": idx, "source": int(d.source), "sentence": int(d.sentence), "start": int(d.start),
        "end": int(d.end), "kind": d.kind, "type": d.type,
        "group_id": None if d.group is None else int(d.group),
        "counterparts": to_json([[int(x) for x in c] for c in d.counterparts]),
    }


def _attribution_row(idx: int, a: Attribution) -> dict:
    return {"idx": idx, "source": int(a.source), "sentence": int(a.sentence), "start": int(a.start),
            "end": int(a.end), "kind": a.kind, "cue_start": int(a.cue[0]), "cue_end": int(a.cue[1]),
            "refers_to": a.refers_to}


def _attribution_from(r: dict) -> Attribution:
    return Attribution(r["source"], r["sentence"], r["start"], r["end"], r["kind"], (r["cue_start"], r["cue_end"]),
                       r["refers_to"])


def _word_match_rows(matches: WordMatches | None) -> list[dict]:
    rows = meanings.to_rows(matches) if matches is not None else []
    return [{"idx": i, "kind": k, "word_a": a, "word_b": b, "value": float(v)} for i, (k, a, b, v) in enumerate(rows)]


def _phrase_rows(cover: PhraseCover | None) -> list[dict]:
    rows = phrases.to_rows(cover) if cover is not None else []
    return [{"idx": i, "source": int(sa), "sentence": int(ia), "other_source": int(sb), "other_sentence": int(ib),
             "phrase": int(p), "cosine": float(v), "other_phrase": int(w)}
            for i, (sa, ia, sb, ib, p, v, w) in enumerate(rows)]


GROUP_TABLES = ("details", "group_links", "group_members", "groups", "run")  # what a re-grouping changes


def comparison_rows(comparison: Comparison, groups_only: bool = False) -> dict[str, list[dict]]:
    """Rows for every result table, parents first (the order to insert them in); with ``groups_only``,
    only for the tables a re-grouping changes (``GROUP_TABLES``, the run row apart)."""
    rows: dict[str, list[dict]] = {}
    if not groups_only:
        rows = {"sentences": [], "removed": []}
        for position, doc in enumerate(comparison.documents):
            sentences, removed = _document_rows(position, doc)
            rows["sentences"] += sentences
            rows["removed"] += removed
    rows.update(_group_rows(comparison))
    if not groups_only:
        rows["candidates"] = [_link_row(i, ln) for i, ln in enumerate(comparison.candidates)]
        rows["attributions"] = [_attribution_row(i, a) for i, a in enumerate(comparison.attributions)]
        rows["word_matches"] = _word_match_rows(comparison.word_matches)
        rows["phrase_cover"] = _phrase_rows(comparison.phrase_cover)
    rows["details"] = [_detail_row(i, d) for i, d in enumerate(comparison.details)]
    return rows


def _by(rows: list[dict], key: str) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def _documents(sources, languages, rows) -> list[Document]:
    sentences, removed = _by(rows["sentences"], "source"), _by(rows["removed"], "source")
    return [
        Document(
            source=src, language=lang,
            sentences=[Sentence(r["start"], r["end"], r["paragraph"]) for r in sentences.get(i, [])],
            removed=[Removed(r["start"], r["end"], r["reason"], r["label"]) for r in removed.get(i, [])],
        )
        for i, (src, lang) in enumerate(zip(sources, languages))
    ]


def _groups(rows) -> list[Group]:
    members, links = _by(rows["group_members"], "group_id"), _by(rows["group_links"], "group_id")
    return [
        Group(
            members=[(m["source"], m["sentence"]) for m in members.get(g["id"], [])],
            score=g["score"],
            links=[_link_from(r) for r in links.get(g["id"], [])],
        )
        for g in rows["groups"]
    ]


def _detail_from(r: dict) -> Detail:
    return Detail(
        source=r["source"], sentence=r["sentence"], start=r["start"], end=r["end"], kind=r["kind"],
        type=r["type"], group=r["group_id"],
        counterparts=tuple(tuple(c) for c in json.loads(r["counterparts"] or "[]")),
    )


def comparison_from_rows(sources, languages, run: dict, rows: dict[str, list[dict]]) -> Comparison:
    """Rebuild a Comparison; every row list must be sorted by its key columns. The nearest sentences elsewhere of
    single-sourced sentences follow from the groups and the candidates: computed again, not stored."""
    comparison = Comparison(
        documents=_documents(sources, languages, rows),
        groups=_groups(rows),
        details=[_detail_from(r) for r in rows["details"]],
        options=options_from_json(run["options"]),
        candidates=[_link_from(r) for r in rows["candidates"]],
        overrides=overrides_from_json(run["overrides"]),
        attributions=[_attribution_from(r) for r in rows.get("attributions", [])],
        word_matches=meanings.from_rows((r["kind"], r["word_a"], r["word_b"], r["value"])
                                        for r in rows.get("word_matches", [])),
        phrase_cover=phrases.from_rows((r["source"], r["sentence"], r["other_source"], r["other_sentence"], r["phrase"],
                                        r["cosine"], r["other_phrase"]) for r in rows.get("phrase_cover", [])),
    )
    comparison.elsewhere = closest_elsewhere(comparison)
    return comparison
