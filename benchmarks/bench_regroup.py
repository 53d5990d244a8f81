"""Moving the match threshold: `pipeline.regroup` on an existing comparison (stored candidate scores, no
re-scoring), at several thresholds; median milliseconds of 7 runs each. On the seeds (the app's case) and,
when ../shared is there, on one rpm2 cluster of ten reports.
Usage: python benchmarks/bench_regroup.py [--runs N]
"""
from __future__ import annotations

import argparse
import sys
import time

from _common import SEEDS, clusters, load_note, median, RPM2, self_peak_mb, table

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def timings(comp, runs: int) -> list[str]:
    from desktop.engine.pipeline import regroup

    out = []
    for th in THRESHOLDS:
        ms = []
        for _ in range(runs):
            t0 = time.perf_counter()
            regroup(comp, th)
            ms.append((time.perf_counter() - t0) * 1000)
        out.append(f"{median(ms):.1f}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    cases = []
    if len(SEEDS) >= 2:
        cases.append(("seeds", [read_path(p) for p in SEEDS[:2]]))
    if RPM2.is_dir():
        cases.append(("T01_C1 (10 reports)", [read_path(p) for p in clusters()["T01_C1"]]))
    if not cases:
        print("skipped: neither the seeds nor ../shared/eval/rpm2_fr found")
        return 0
    print(f"regroup at a new threshold, median ms of {args.runs} runs ({load_note()})")
    rows = []
    for name, sources in cases:
        comp = compare(sources)
        rows.append([name, len(comp.candidates), *timings(comp, args.runs)])
    print(table(rows, ["comparison", "candidates", *[f"@{t}" for t in THRESHOLDS]]))
    print(f"peak memory of this process: {self_peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
