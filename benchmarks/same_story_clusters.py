"""Two annotated reports inside their whole story: does comparing more reports keep what two of them share?

The French same-story pairs (../shared/eval/same_story, T…_C…_NN) are two reports of one rpm2 cluster. Each pair is
compared twice, in-process: alone, and with the other reports of its cluster (up to ten in all, as a newsroom
opens them). In the second run the pair's links are the pairs of its two reports' sentences that fall in one
group (the group is the claim the window shows, however its links run). Prints must recall, should recall and
link precision of both runs, per pair and in all, as ../shared/eval/same_story.py counts them.
Usage: python benchmarks/same_story_clusters.py [--root DIR] [--reports N]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _common import RPM2, corpus_or_skip
from _same_story import STORIES, Pair, _anchor_map, story_score, summary

from desktop.engine.ingest import read_path
from desktop.engine.pipeline import compare


def pair_links(comp, in_groups: bool) -> set[tuple[int, int]]:
    """(i, j): sentence i of the first report and j of the second, linked (or, ``in_groups``, in one group)."""
    out = set()
    for g in comp.groups:
        if in_groups:
            out |= {(i, j) for s, i in g.members if s == 0 for t, j in g.members if t == 1}
        else:
            out |= {(ln.a[1], ln.b[1]) if ln.a[0] == 0 else (ln.b[1], ln.a[1]) for ln in g.links
                    if {ln.a[0], ln.b[0]} == {0, 1}}
    return out


def scored(folder: Path, gold: dict, others: list[Path]) -> list[int]:
    comp = compare([read_path(folder / gold["a"]), read_path(folder / gold["b"])] + [read_path(p) for p in others])
    anchors = [_anchor_map(comp.documents[k], gold[f"anchors_{s}"]) for k, s in ((0, "a"), (1, "b"))]
    pair = Pair(folder.name, comp.documents[:2], [], None, gold, anchors)
    return story_score(pair, pair_links(comp, bool(others)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(STORIES))
    ap.add_argument("--reports", type=int, default=10, help="reports compared at once, the pair included")
    args = ap.parse_args()
    if not corpus_or_skip():
        return 0
    totals = {"pair": [0] * 6, "cluster": [0] * 6}
    for folder in sorted(p for p in Path(args.root).iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        cluster = gold["a"].rsplit("_", 1)[0]
        if not cluster.startswith("T"):
            continue  # an ECB+ pair: no cluster around it
        others = [p for p in sorted(RPM2.glob(f"{cluster}_*.txt")) if p.name not in (gold["a"], gold["b"])]
        for run, extra in (("pair", []), ("cluster", others[: args.reports - 2])):
            found = scored(folder, gold, extra)
            totals[run] = [x + y for x, y in zip(totals[run], found)]
            print(f"{folder.name:28s} {run:8s} {summary(found)}")
    for run, total in totals.items():
        print(f"ALL {run:8s} {summary(total)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
