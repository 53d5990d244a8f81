"""The seeds from the command line, hyperfine-style: wall time of `synoptic compare seedA seedB --json` in a
subprocess (interpreter start, imports, model load, comparison, JSON), median of 5, and peak memory.

Three cases: the very first start after installing (no model cache: the tokenizer and the language model are
unpacked, then kept), a start that loads the model and embeds every sentence (--no-cache), and the default,
where the per-user embedding cache already holds the seeds' sentences.
Usage: python benchmarks/bench_seeds_cli.py [--runs N] [--synoptic PATH]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from _common import ROOT, SEEDS, load_note, median, table


def synoptic_command(given: str | None) -> str:
    if given:
        return given
    local = ROOT / ".venv" / "bin" / "synoptic"
    return str(local) if local.exists() else (shutil.which("synoptic") or "synoptic")


def one_run(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one run, in its own grandchild so RUSAGE_CHILDREN is its own."""
    probe = (
        "import json,resource,subprocess,sys,time;t=time.perf_counter();"
        "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
        "w=time.perf_counter()-t;"
        "print(json.dumps([r.returncode,w,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024,r.stderr.decode()[-300:]]))"
    )
    import json

    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, env=env, check=True)
    code, wall, peak, err = json.loads(out.stdout)
    if code != 0:
        raise RuntimeError(f"synoptic failed ({code}): {err}")
    return wall, peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--synoptic")
    args = ap.parse_args()
    if len(SEEDS) < 2:
        print("skipped: the two sample reports are not in resources/samples")
        return 0
    cmd = [synoptic_command(args.synoptic), "compare", *map(str, SEEDS[:2]), "--json"]
    print(f"`synoptic compare <two seeds> --json`, wall time of the whole process ({load_note()})")
    rows = []
    with tempfile.TemporaryDirectory() as empty:
        wall, peak = one_run(cmd + ["--no-cache"], dict(os.environ, SYNOPTIC_MODEL_CACHE=empty))
        rows.append(["first start after install (--no-cache, empty model cache)", "1", f"{wall:.2f}", f"{peak:.0f}"])
        one_run(cmd)  # make sure the user's model and embedding caches exist
        for label, extra, env in (
            ("model load + embedding (--no-cache)", ["--no-cache"], None),
            ("embeddings cached (the default)", [], None),
        ):
            results = [one_run(cmd + extra, env) for _ in range(args.runs)]
            walls = [w for w, _ in results]
            rows.append([label, str(args.runs), f"{median(walls):.2f}", f"{max(p for _, p in results):.0f}"])
            print(f"  {label}: " + ", ".join(f"{w:.2f}" for w in walls), file=sys.stderr)
    print(table(rows, ["run", "runs", "median wall s", "peak MB"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
