"""How much faster than the naive approach? A loop of `difflib.SequenceMatcher(None, a, b).ratio()` over all
sentence pairs of two long reports, against Synoptic's full comparison of the same two reports, in one run.

The naive loop is too slow to run in full (millions of pairs), so it is timed on a random sample of pairs and
projected to the full pair count; the printout says so. difflib appears in this benchmark only, never in the
product. Our time is the whole comparison in a fresh process (cold start, semantic matching on): median of 3.
Usage: python benchmarks/bench_difflib_baseline.py [--sample N] [--sizes 8,20]
"""
from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from pathlib import Path

from _common import corpus_or_skip, load_note, long_reports, median, run_child, table

HERE = Path(__file__).resolve().parent


def sentences(n_clusters: int) -> tuple[list[str], list[str]]:
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import prepare

    left, right = long_reports(n_clusters)
    docs = [prepare(from_text(t, "report", max_chars=10**8)) for t in (left, right)]
    return [[d.sentence_text(i) for i in range(len(d.sentences))] for d in docs]


def naive_per_pair(a: list[str], b: list[str], sample: int, seed: int) -> float:
    """Seconds per pair of the naive loop, timed on ``sample`` random pairs."""
    rng = random.Random(seed)
    pairs = [(rng.randrange(len(a)), rng.randrange(len(b))) for _ in range(sample)]
    t0 = time.perf_counter()
    for i, j in pairs:
        difflib.SequenceMatcher(None, a[i], b[j]).ratio()
    return (time.perf_counter() - t0) / sample


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=3000)
    ap.add_argument("--sizes", default="8,20")
    args = ap.parse_args()
    if not corpus_or_skip():
        return 0
    print(f"Naive all-pairs difflib vs Synoptic on two long reports ({load_note()})")
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        a, b = sentences(n)
        per_pair = median([naive_per_pair(a, b, args.sample, seed) for seed in (1, 2, 3)])
        projected = per_pair * len(a) * len(b)
        ours = median([run_child([str(HERE / "bench_long_reports.py"), "--child", str(n)])["compare_s"] for _ in range(3)])
        rows.append([f"{n} clusters", f"{len(a)}×{len(b)}", f"{len(a) * len(b):,}", f"{per_pair * 1e6:.0f}",
                     f"{projected:.0f}", f"{ours:.1f}", f"{projected / ours:.0f}×"])
    print(table(rows, ["size", "sentences", "pairs", "difflib µs/pair (sample)", "difflib s (projected)",
                       "Synoptic s", "ratio"]))
    print(f"difflib timed on {args.sample} random pairs × 3 seeds (median), projected to every pair; Synoptic in full.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
