"""`synoptic batch` on the rpm2 development reports (../shared/eval/rpm2_fr/documents, 200 French reports of 20
stories): story clustering scored against the corpus's own clusters, speed with 1 and 2 workers, peak memory
per worker, and the whole run end to end through the CLI.

Stories: the file T{topic}_C{period}_{nn}.txt belongs to story T{topic}_C{period}; C1 and C2 of one topic are
different stories (about a month apart). The reports carry no dates, so periods can only be told apart by what
they say. Score: adjusted Rand index of stories.csv (a report in no story is a story of its own) against those
labels; the index at the level of topics (C1 and C2 merged) is printed too, to show where the errors are.

    python benchmarks/bench_batch.py            # everything (about 3 minutes on 2 cores)
    python benchmarks/bench_batch.py --ari      # the clustering score only, through the CLI
"""
from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import PYTHON, ROOT, RPM2, corpus_or_skip, load_note, table  # noqa: E402

TARGET_ARI = 0.85


def adjusted_rand_index(truth: list[str], found: list[str]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labellings of the same items."""
    pairs = lambda n: n * (n - 1) / 2  # noqa: E731
    both = sum(pairs(c) for c in Counter(zip(truth, found)).values())
    a = sum(pairs(c) for c in Counter(truth).values())
    b = sum(pairs(c) for c in Counter(found).values())
    expected = a * b / pairs(len(truth))
    top = (a + b) / 2
    return 1.0 if top == expected else (both - expected) / (top - expected)


def story_labels(stories_csv: Path) -> dict[str, str]:
    """{file name: story}, a report in no story labelled by its own name."""
    with open(stories_csv, encoding="utf-8", newline="") as fh:
        return {Path(r["file"]).name: r["story"] or f"alone:{r['file']}" for r in csv.DictReader(fh)}


def score(found: dict[str, str]) -> tuple[float, float, int]:
    """(ARI against T??_C?, ARI against topics T??, number of stories found with two reports or more)."""
    names = sorted(found)
    ari = adjusted_rand_index([n[:6] for n in names], [found[n] for n in names])
    topic_ari = adjusted_rand_index([n[:3] for n in names], [found[n] for n in names])
    return ari, topic_ari, len({s for s in found.values() if not s.startswith("alone:")})


def cli_run(outdir: Path, *extra: str) -> float:
    """`synoptic batch RPM2 -o outdir` in a fresh process; its wall time in seconds."""
    t0 = time.perf_counter()
    res = subprocess.run([PYTHON, "-m", "desktop", "batch", str(RPM2), "-o", str(outdir), *extra],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip()[-800:])
    return time.perf_counter() - t0


def measure_workers(workers: int, outdir: Path) -> list[str]:
    """A fresh run on ``workers`` local workers: throughput and each worker's peak memory."""
    from desktop.batch.run import BatchConfig, run_batch

    report = run_batch(BatchConfig(str(RPM2), str(outdir), workers=workers))
    total = report.seconds["total"]
    peaks = sorted(report.worker_peak_mb.values())
    return [str(workers), f"{report.reports / total * 60:.0f}", f"{total:.1f}", f"{report.seconds['read']:.1f}",
            f"{report.seconds['compare']:.1f}", " / ".join(f"{p:.0f}" for p in peaks)]


def main() -> int:
    if not corpus_or_skip():
        return 0
    only_ari = "--ari" in sys.argv
    print(load_note())
    with tempfile.TemporaryDirectory(prefix="synoptic-bench-batch-") as tmp:
        wall = cli_run(Path(tmp) / "cli")
        ari, topic_ari, n = score(story_labels(Path(tmp) / "cli" / "stories.csv"))
        print(f"stories: ARI {ari:.3f} against the corpus's 20 stories (target {TARGET_ARI}), {topic_ari:.3f} against "
              f"its 10 topics; {n} stories of two reports or more found")
        print(f"end to end (`synoptic batch` on the 200 reports, workers sized to the machine): {wall:.1f} s")
        if only_ari:
            return 0
        rows = [measure_workers(w, Path(tmp) / f"w{w}") for w in (1, 2)]
    print(table(rows, ["workers", "reports/min", "total s", "read+profile s", "compare s", "peak MB per worker"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
