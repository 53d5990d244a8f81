"""Shared by the bench_*.py scripts: where the real text lives, how long reports are built, how runs are timed.

Every measured configuration runs in a fresh interpreter (``run_child``) so that its peak memory is its own:
the child reports ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` and the parent cross-checks with
``RUSAGE_CHILDREN``. Figures are medians of at least three runs.
"""
from __future__ import annotations

import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the repository
SHARED = Path(__file__).resolve().parents[2] / "shared"
RPM2 = SHARED / "eval" / "rpm2_fr" / "documents"
SEEDS = sorted((ROOT / "resources" / "samples").glob("*.txt"))
PYTHON = sys.executable
_NAME = re.compile(r"^T(\d\d)_(C\d)_(\d\d)\.txt$")


def corpus_or_skip() -> bool:
    """True when the rpm2 corpus is there; otherwise print why the benchmark is skipped."""
    if not RPM2.is_dir():
        print(f"skipped: {RPM2} not found")
        return False
    return True


def read_article(path: Path) -> str:
    """A corpus file as clean text: BOM stripped, line endings normalised, one blank line between paragraphs."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def clusters() -> dict[str, list[Path]]:
    """{"T01_C1": [10 paths in document order], ...} in topic/period order."""
    out: dict[str, list[Path]] = {}
    for p in sorted(RPM2.glob("T*_C*_*.txt")):
        m = _NAME.match(p.name)
        if m:
            out.setdefault(f"T{m.group(1)}_{m.group(2)}", []).append(p)
    return out


def long_reports(n_clusters: int) -> tuple[str, str]:
    """Two long reports from the first ``n_clusters`` clusters: articles 01–05 of each against 06–10.

    Both sides cover the same stories (many sentences have a counterpart in the other report) but come from
    different outlets (many do not). The corpus has 20 clusters (about 2,050 sentences a side); beyond that,
    clusters come round again with the halves swapped, so that at 40 the whole corpus is on each side (about
    4,050 sentences a side, every one with an exact copy on the other side: a stress case for grouping)."""
    all_clusters = list(clusters().values())
    chosen = [(docs, False) for docs in all_clusters[:n_clusters]]
    chosen += [(docs, True) for docs in all_clusters[:max(0, n_clusters - len(all_clusters))]]
    left = [read_article(p) for docs, swap in chosen for p in (docs[5:10] if swap else docs[:5])]
    right = [read_article(p) for docs, swap in chosen for p in (docs[:5] if swap else docs[5:10])]
    return "\n\n".join(left), "\n\n".join(right)


def median(values: list[float]) -> float:
    return statistics.median(values)


def run_child(args: list[str], timeout: float = 900) -> dict:
    """Run ``python <args>`` in a fresh process; it prints one JSON line last. Adds the process wall time."""
    t0 = time.perf_counter()
    res = subprocess.run([PYTHON, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    wall = time.perf_counter() - t0
    if res.returncode != 0:
        raise RuntimeError(f"child failed ({res.returncode}): {res.stderr.strip()[-800:]}")
    data = json.loads(res.stdout.strip().splitlines()[-1])
    data["process_wall_s"] = wall
    data["children_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return data


def self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_note() -> str:
    """The machine's load when measuring (other jobs share the two cores)."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def table(rows: list[list[str]], head: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    line = lambda r: "  ".join(str(x).rjust(w) if k else str(x).ljust(w) for k, (x, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, rows)])
