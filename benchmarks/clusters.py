"""Claims carried by many sources: each rpm2 cluster (ten French reports of one story, ../shared/eval/rpm2_fr) compared
at once, and how its claims spread over the sources.

Prints, per cluster and in all: claims (groups + single-sourced sentences), groups, groups carried by at least three
sources and by all ten, and the largest group. With --sample FILE, writes 20 groups carried by at least three sources
(drawn at random, seed 1) as plain text for a reader to judge whether each states one claim; the file holds corpus
sentences, so keep it outside the repository.
Usage: python benchmarks/clusters.py [--clusters N] [--sample FILE]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import clusters, corpus_or_skip, read_article, table  # noqa: E402

from desktop.engine.model import Source  # noqa: E402
from desktop.engine.pipeline import compare  # noqa: E402


def spread(comp) -> dict:
    n = len(comp.documents)
    single = sum(len(comp.single_sourced(k)) for k in range(n))
    sizes = [len(g.sources) for g in comp.groups]
    return {"claims": len(comp.groups) + single, "groups": len(comp.groups), "ge3": sum(s >= 3 for s in sizes),
            "all": sum(s == n for s in sizes), "largest": max(sizes, default=0), "single": single}


def sample_text(name: str, comp, group) -> str:
    lines = [f"== {name}, group of {len(group.sources)} sources (score {group.score:.2f})"]
    for s, i in group.members:
        lines.append(f"  [{comp.documents[s].source.name}] {comp.documents[s].sentence_text(i)}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clusters", type=int, default=20)
    ap.add_argument("--sample")
    args = ap.parse_args()
    if not corpus_or_skip():
        return 0
    rows, total, pool = [], {}, []
    t0 = time.perf_counter()
    for name, paths in list(clusters().items())[: args.clusters]:
        comp = compare([Source(p.stem, read_article(p)) for p in paths])
        fig = spread(comp)
        rows.append([name] + [str(fig[k]) for k in ("claims", "groups", "ge3", "all", "largest", "single")])
        total = {k: max(total.get(k, 0), v) if k == "largest" else total.get(k, 0) + v for k, v in fig.items()}
        pool += [sample_text(name, comp, g) for g in comp.groups if len(g.sources) >= 3]
    rows.append(["all"] + [str(total[k]) for k in ("claims", "groups", "ge3", "all", "largest", "single")])
    print(table(rows, ["cluster", "claims", "groups", "≥3 sources", "all 10", "largest", "single-sourced"]))
    print(f"{time.perf_counter() - t0:.1f} s for {len(rows) - 1} clusters")
    if args.sample:
        chosen = random.Random(1).sample(pool, min(20, len(pool)))
        Path(args.sample).write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        print(f"{len(chosen)} groups of ≥3 sources written to {args.sample}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
