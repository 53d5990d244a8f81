"""Ten reports of one story: one rpm2 cluster (../shared/eval/rpm2_fr), every article a source, read from its
file, semantic matching on, cold start.

Prints the median comparison time and whole-process time of a few runs and the peak memory, per cluster, and
the time the attribution stage takes in it (extraction and the attribution conflicts, run again on the same
documents) with its share of the comparison time.
Usage: python benchmarks/bench_cluster.py [--runs N] [--clusters T01_C1,T06_C2] [--all]
(--all: every cluster once, then the median and the slowest)
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from _common import clusters, corpus_or_skip, load_note, median, run_child, table

DEFAULT = ("T01_C1", "T06_C2")


def child(name: str) -> None:
    t_start = time.perf_counter()
    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    sources = [read_path(p) for p in clusters()[name]]
    t0 = time.perf_counter()
    comp = compare(sources)
    t1 = time.perf_counter()
    import resource

    from desktop.engine.attribution import find_attributions
    from desktop.engine.attribution.compare import attribution_conflicts
    from desktop.engine.pipeline import document_features

    feats = [document_features(d) for d in comp.documents]  # cached by the comparison: what the stage gets
    t2 = time.perf_counter()
    find_attributions(comp.documents, feats)
    attribution_conflicts(comp)
    t3 = time.perf_counter()

    print(json.dumps({
        "sentences": sum(len(d.sentences) for d in comp.documents), "groups": len(comp.groups),
        "compare_s": t1 - t0, "in_process_s": t1 - t_start, "attribution_s": t3 - t2,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def measure(name: str, runs: int) -> list:
    results = [run_child([__file__, "--child", name]) for _ in range(runs)]
    return [name, results[0]["sentences"], results[0]["groups"], f"{median([r['compare_s'] for r in results]):.2f}",
            f"{median([r['process_wall_s'] for r in results]):.2f}", f"{max(r['maxrss_mb'] for r in results):.0f}",
            f"{median([r['attribution_s'] for r in results]):.3f}",
            f"{100 * median([r['attribution_s'] / r['compare_s'] for r in results]):.1f}%"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clusters", default=",".join(DEFAULT))
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    if not corpus_or_skip():
        return 0
    names = list(clusters()) if args.all else args.clusters.split(",")
    runs = 1 if args.all else args.runs
    print(f"Ten reports of one story, semantic on, cold start, median of {runs} run(s) ({load_note()})")
    rows = [measure(n, runs) for n in names]
    print(table(rows, ["cluster", "sentences", "groups", "compare s", "process s", "peak MB", "attribution s",
                       "attribution share"]))
    if args.all:
        times = [float(r[3]) for r in rows]
        print(f"all {len(rows)} clusters: median {median(times):.2f} s, slowest {max(times):.2f} s (compare)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
