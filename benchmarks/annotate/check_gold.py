"""Check an annotated same-story folder before scoring it (BRIEF.md): every key present, every anchor found in
exactly one sentence as the benchmarks and ../shared/eval/same_story.py find it, every phrase copied verbatim, every must and should
pair in ``acceptable``. Usage: python benchmarks/annotate/check_gold.py FOLDER"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _same_story import _anchor_map, norm  # noqa: E402  (the anchors as the benchmarks read them)

from desktop.engine.ingest import read_path  # noqa: E402
from desktop.engine.pipeline import prepare_all  # noqa: E402

KEYS = ("about", "a", "b", "anchors_a", "anchors_b", "must_link", "should_link", "acceptable", "must_be_unique_a",
        "must_be_unique_b", "detail_only_in_a", "detail_only_in_b")


def problems(folder: Path) -> list[str]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    missing = [f"missing key {k}" for k in KEYS if k not in gold]
    if missing:
        return missing
    docs = prepare_all([read_path(folder / gold[k]) for k in ("a", "b")])
    found = []
    for doc, side in zip(docs, ("a", "b")):
        for key, hits in _anchor_map(doc, gold[f"anchors_{side}"]).items():
            anchor = gold[f"anchors_{side}"][key]
            found += [f"anchor {side}{key} {anchor!r} matches {len(hits)} sentences"] if len(hits) != 1 else []
        text = doc.source.text
        for field in (f"must_be_unique_{side}", f"detail_only_in_{side}"):
            found += [f"{field}: {p!r} not found verbatim" for p in gold[field]
                      if p not in text and norm(p) not in norm(text)]
    return found + _pairs(gold)


def _pairs(gold: dict) -> list[str]:
    acceptable = {tuple(p) for p in gold["acceptable"]}
    found = []
    for kind in ("must_link", "should_link"):
        for link in gold[kind]:
            found += [f"{kind} a={link['a']} has no anchor"] if link["a"] not in gold["anchors_a"] else []
            for b in link["b_any"]:
                found += [f"{kind} b={b} has no anchor"] if b not in gold["anchors_b"] else []
                found += [f"{kind} ({link['a']},{b}) not in acceptable"] if (link["a"], b) not in acceptable else []
    return found


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    found = problems(folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    print("\n".join(found) or f"OK: {len(gold['must_link'])} must, {len(gold['should_link'])} should, "
                               f"{len(gold['acceptable'])} acceptable")
