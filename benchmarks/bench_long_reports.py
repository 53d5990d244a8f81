"""Two long reports built from real French news (../shared/eval/rpm2_fr): articles 01–05 of every cluster
against articles 06–10, at growing sizes, semantic matching on, cold start (no embedding cache).

Prints, per size: sentences a side, the median wall time of the comparison (and of the whole process: interpreter
start, imports, model load), the median time per stage, peak memory; then the scaling exponents of the comparison
time between successive sizes and from ~900 to ~4,050 sentences a side. The corpus holds about 2,050 sentences a
side in all (4,054 sentences, 89k words): 20 clusters is the whole corpus as the issue builds it (articles 01–05
against 06–10); 40 puts the whole corpus on each side (see ``_common.long_reports``).

Usage: python benchmarks/bench_long_reports.py [--runs N] [--sizes 4,8,20,40]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time

from _common import corpus_or_skip, load_note, long_reports, median, run_child, table

SIZES = (4, 8, 20, 40)  # clusters per report: ~450, ~900, ~2,050 and ~4,050 sentences a side (see long_reports)


def child(n_clusters: int) -> None:
    """One measured run, in a fresh interpreter: print a JSON line with the figures."""
    t_start = time.perf_counter()
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    left, right = long_reports(n_clusters)
    sources = [from_text(left, "Articles 01–05", max_chars=10**8), from_text(right, "Articles 06–10", max_chars=10**8)]
    stages: dict[str, float] = {}
    last = ["start", time.perf_counter()]

    def progress(step) -> None:
        now = time.perf_counter()
        if step.stage != last[0]:
            stages[last[0]] = stages.get(last[0], 0.0) + now - last[1]
            last[:] = [step.stage, now]

    t0 = time.perf_counter()
    comp = compare(sources, Options(max_chars=10**8), progress=progress)
    t1 = time.perf_counter()
    stages[last[0]] = stages.get(last[0], 0.0) + t1 - last[1]
    import resource

    print(json.dumps({
        "n_a": len(comp.documents[0].sentences), "n_b": len(comp.documents[1].sentences),
        "words": len(left.split()) + len(right.split()), "groups": len(comp.groups),
        "candidates": len(comp.candidates), "compare_s": t1 - t0, "in_process_s": t1 - t_start,
        "stages": stages, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def measure(n_clusters: int, runs: int) -> dict:
    results = [run_child([__file__, "--child", str(n_clusters)]) for _ in range(runs)]
    first = results[0]
    stage_names = sorted({k for r in results for k in r["stages"]})
    return {
        "n_a": first["n_a"], "n_b": first["n_b"], "words": first["words"], "groups": first["groups"],
        "candidates": first["candidates"],
        "compare_s": median([r["compare_s"] for r in results]),
        "process_s": median([r["process_wall_s"] for r in results]),
        "stages": {k: median([r["stages"].get(k, 0.0) for r in results]) for k in stage_names},
        "peak_mb": max(r["maxrss_mb"] for r in results),
        "runs": runs,
    }


def _exponent(x0: float, y0: float, x1: float, y1: float) -> float:
    return math.log(y1 / y0) / math.log(x1 / x0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", type=int)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    if not corpus_or_skip():
        return 0
    print(f"Two long reports, semantic matching on, cold start, median of {args.runs} runs ({load_note()})")
    rows, points = [], []
    for n in [int(x) for x in args.sizes.split(",")]:
        r = measure(n, args.runs)
        points.append(((r["n_a"] + r["n_b"]) / 2, r["compare_s"]))
        stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items() if v >= 0.01)
        rows.append([f"{n} clusters", f"{r['n_a']}/{r['n_b']}", r["words"], f"{r['compare_s']:.2f}",
                     f"{r['process_s']:.2f}", f"{r['peak_mb']:.0f}", r["groups"], stages])
        print(f"  {n} clusters done", file=sys.stderr)
    print(table(rows, ["size", "sentences a/b", "words", "compare s", "process s", "peak MB", "groups", "stages s"]))
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        print(f"scaling exponent (compare time, {x0:.0f} → {x1:.0f} sentences a side): {_exponent(x0, y0, x1, y1):.2f}")
    big = [p for p in points if p[0] >= 800]
    if len(big) >= 3:
        (x0, y0), (x1, y1) = big[0], big[-1]
        print(f"scaling exponent (compare time, {x0:.0f} → {x1:.0f} sentences a side): {_exponent(x0, y0, x1, y1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
