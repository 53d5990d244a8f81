"""Check an annotated same-story folder before scoring it (BRIEF.md): every key present, every anchor found in
exactly one sentence as ../shared/eval/same_story.py finds it, every phrase copied verbatim, every must and should
pair in ``acceptable``. Usage: python benchmarks/annotate/check_gold.py FOLDER"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from _cli import compare_json

KEYS = ("about", "a", "b", "anchors_a", "anchors_b", "must_link", "should_link", "acceptable", "must_be_unique_a",
        "must_be_unique_b", "detail_only_in_a", "detail_only_in_b")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def problems(folder: Path) -> list[str]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    missing = [f"missing key {k}" for k in KEYS if k not in gold]
    if missing:
        return missing
    out = compare_json(str(folder / gold["a"]), str(folder / gold["b"]))
    found = []
    for k, side in ((0, "a"), (1, "b")):
        src = out["sources"][k]
        sentences = [norm(src["text"][x["start"]:x["end"]]) for x in src["sentences"]]
        for key, anchor in gold[f"anchors_{side}"].items():
            a = norm(anchor)
            hits = [t for t in sentences if a[:60] in t or (len(t) >= 8 and a.startswith(t))]
            found += [f"anchor {side}{key} {anchor!r} matches {len(hits)} sentences"] if len(hits) != 1 else []
        for field in (f"must_be_unique_{side}", f"detail_only_in_{side}"):
            found += [f"{field}: {p!r} not found verbatim" for p in gold[field]
                      if p not in src["text"] and norm(p) not in norm(src["text"])]
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
