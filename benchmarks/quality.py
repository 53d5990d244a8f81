"""Alignment and detail quality on the public development data in ../shared/eval (skipped when absent).

Runs the shared evaluation scripts through the CLI contract, exactly as the team's closing notes quote them:
  same_story.py (ten annotated pairs of reports of one event), haystack.py mrpc 450 1, haystack.py stsb-xl 450 1, haystack.py stsb-fr 450 1, ists_details.py
and prints their figures, then benchmarks/near_misses.py ("only here" to check), benchmarks/swissgov_details.py (EN↔FR
details, in-process) and
benchmarks/attribution.py on the annotated samples, benchmarks/attribution_dev and benchmarks/attribution_holdout.
--same-story DIR (repeatable) scores more annotated same-story pairs in the same format (kept outside the project) and
prints each folder's totals after the ten development pairs.
Usage: python benchmarks/quality.py [--synoptic PATH] [--same-story DIR]...
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
RUNS = [
    ["same_story.py"],
    ["haystack.py", "mrpc", "450", "1"],
    ["haystack.py", "stsb-xl", "450", "1"],
    ["haystack.py", "stsb-fr", "450", "1"],
    ["ists_details.py"],
]


def synoptic_command() -> str:
    if "--synoptic" in sys.argv:
        return sys.argv[sys.argv.index("--synoptic") + 1]
    local = ROOT / ".venv" / "bin" / "synoptic"
    return str(local) if local.exists() else (shutil.which("synoptic") or "synoptic")


def same_story_dirs() -> list[str]:
    """The folders given with --same-story, in order."""
    return [sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--same-story"]


def main() -> int:
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found")
        return 0
    cmd = synoptic_command()
    runs = RUNS[:1] + [["same_story.py", folder] for folder in same_story_dirs()] + RUNS[1:]
    for run in runs:
        script = EVAL / run[0]
        if not script.exists():
            print(f"skipped: {script.name} not found")
            continue
        t0 = time.perf_counter()
        args = [cmd, *run[1:]] if run[0] == "same_story.py" else [*run[1:], cmd]
        res = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=1800)
        lines = [ln for ln in res.stdout.strip().splitlines() if ln]
        print(f"{' '.join(run)}  ({time.perf_counter() - t0:.1f} s)")
        shown = lines[-2:] if run[0] == "haystack.py" else lines[-1:]
        for ln in lines if run == ["same_story.py"] else shown:
            print("   ", ln)
    _near_misses()
    _swissgov()
    _attribution()
    return 0


def _near_misses() -> None:
    """How far the nearest unlinked sentence elsewhere tells the wrongly single-sourced sentences apart (the ten
    annotated same-story pairs: ``near_misses.MAYBE`` and the reports' bar)."""
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "near_misses.py")], capture_output=True,
                         text=True, timeout=1800, cwd=ROOT)
    print(f"near_misses.py  ({time.perf_counter() - t0:.1f} s)")
    for ln in [ln for ln in res.stdout.strip().splitlines() if ln][:4]:
        print("   ", ln)
    if res.returncode != 0:
        print("    failed:", (res.stderr.strip().splitlines() or ["?"])[-1])


def _swissgov() -> None:
    """What each language's version adds, on the Swiss government pages (token precision, recall, F1)."""
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "swissgov_details.py")], capture_output=True,
                         text=True, timeout=1800, cwd=ROOT)
    print(f"swissgov_details.py  ({time.perf_counter() - t0:.1f} s)")
    for ln in [ln for ln in res.stdout.strip().splitlines() if ln][-2:]:
        print("   ", ln)


def _attribution() -> None:
    """Who says it: span P/R/F1 and kind accuracy against the annotated samples (../shared/eval/attribution) and
    against the self-written development set (benchmarks/attribution_dev: eight French, four English reports), the
    held-out set written the same way by another annotator (benchmarks/attribution_holdout: never tuned on), and three
    pairs of reports of one event (benchmarks/attribution_pairs: never tuned on), whose linked claims' flags
    ("anonymous sources only", "no stated source") are checked too; and Spanish reports written the same way
    (benchmarks/attribution_es_dev, and attribution_es_holdout: never tuned on), German, Italian and Portuguese ones
    too (attribution_de_dev, attribution_it_dev, attribution_pt_dev; attribution_de_holdout, attribution_it_holdout,
    attribution_pt_holdout: never tuned on)."""
    dev, held = str(ROOT / "benchmarks" / "attribution_dev"), str(ROOT / "benchmarks" / "attribution_holdout")
    pairs = str(ROOT / "benchmarks" / "attribution_pairs")
    es_dev, es_held = str(ROOT / "benchmarks" / "attribution_es_dev"), str(ROOT / "benchmarks" / "attribution_es_holdout")
    more = [(f"attribution_{lang}_{part} ({name}{held_out})", str(ROOT / "benchmarks" / f"attribution_{lang}_{part}"))
            for lang, name in (("de", "German"), ("it", "Italian"), ("pt", "Portuguese"))
            for part, held_out in (("dev", ""), ("holdout", ", held out"))]
    for label, extra, last in (("samples", [], 1), ("attribution_dev", [dev, "--texts", dev], 1),
                               ("attribution_holdout", [held, "--texts", held], 1),
                               ("attribution_es_dev (Spanish)", [es_dev, "--texts", es_dev], 1),
                               ("attribution_es_holdout (Spanish, held out)", [es_held, "--texts", es_held], 1),
                               *((label, [path, "--texts", path], 1) for label, path in more),
                               ("attribution_pairs (held out; claim flags)", [pairs, "--texts", pairs, "--flags"], 2)):
        t0 = time.perf_counter()
        res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "attribution.py"), *extra], capture_output=True,
                             text=True, timeout=600, cwd=ROOT)
        lines = [ln for ln in res.stdout.strip().splitlines() if ln]
        print(f"attribution.py {label}  ({time.perf_counter() - t0:.1f} s)")
        for ln in [ln for ln in lines if ln.startswith(("attribution", "flags"))][-last:]:
            print("   ", ln)


if __name__ == "__main__":
    sys.exit(main())
