"""Cross-language "only here" quality on ../shared/eval/swissgov_rsd_fr (skipped when absent).

168 English↔French versions of the same Swiss government pages, space-tokenised, each token scored 0–1 by
how far it is absent from the other version (−1: not scored). Each pair is compared as two reports (semantic
matching on, in-process, one model load); a token counts as flagged when it lies in a single-sourced sentence
or in a detail span. Prints token precision, recall and F1 against gold scores ≥ 0.5, and the Spearman
correlation of the flags with the gold scores, over both sides of every pair.

``--cli COMMAND`` scores the pages through the command line instead, as hidden pages of this kind are scored: each
version written to a file, ``COMMAND compare --json`` run on the two (two at a time), and a token flagged when it lies
in a sentence of no group with another source or in a detail span of the JSON. Both ways give the same figures.
Usage: python benchmarks/swissgov_details.py [--limit N] [--cli .venv/bin/synoptic]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from _common import SHARED

DATA = SHARED / "eval" / "swissgov_rsd_fr" / "gold_admin_fr_dev.jsonl"


def token_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for tok in text.split(" "):
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return spans


def flagged(comp, source: int, spans: list[tuple[int, int]]) -> list[int]:
    doc = comp.documents[source]
    marked = [(doc.sentences[i].start, doc.sentences[i].end) for i in comp.single_sourced(source)]
    marked += [(d.start, d.end) for d in comp.details if d.source == source]
    return [int(any(s < e2 and s2 < e for s2, e2 in marked)) for s, e in spans]


def ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="mergesort")
    out = np.empty(len(x))
    out[order] = np.arange(len(x))
    for v in np.unique(x):  # average ranks of ties
        out[x == v] = out[x == v].mean()
    return out


def flagged_in_json(out: dict, source: int, spans: list[tuple[int, int]]) -> list[int]:
    """``flagged`` read from the CLI's JSON: sentences in no group with another source, and detail spans."""
    grouped = {tuple(m) for g in out["groups"] if len({m[0] for m in g["members"]}) > 1 for m in g["members"]}
    sentences = out["sources"][source]["sentences"]
    marked = [(x["start"], x["end"]) for i, x in enumerate(sentences) if (source, i) not in grouped]
    marked += [(d["start"], d["end"]) for d in out["details"] if d["source"] == source]
    return [int(any(s < e2 and s2 < e for s2, e2 in marked)) for s, e in spans]


def parse_args(cli: bool = False) -> argparse.Namespace:
    """``--limit N``, and with ``cli`` (this script, not fit_phrases.py) ``--cli COMMAND``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    if cli:
        ap.add_argument("--cli", default="", help="score through this command's 'compare --json', not in-process")
    return ap.parse_args()


def pages_from_args(args: argparse.Namespace | None = None) -> list[dict] | None:
    """The page pairs (``--limit N``: the first N), or None after saying why there are none."""
    args = args or parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return None
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[: args.limit] if args.limit else rows


def _sides(row: dict) -> tuple[tuple[str, list[float]], tuple[str, list[float]]]:
    """(text, gold scores) of the English version, then of the French one."""
    return (row["text_a"], row["labels_a"]), (row["text_b"], row["labels_b"])


def flags_in_process(rows: list[dict]) -> list[list[list[int]]]:
    """Per page, per side, each token's flag, from the engine in this process."""
    from desktop.engine.model import Source
    from desktop.engine.pipeline import compare

    out = []
    for row in rows:
        comp = compare([Source("en", row["text_a"]), Source("fr", row["text_b"])])
        out.append([flagged(comp, side, token_spans(text)) for side, (text, _) in enumerate(_sides(row))])
    return out


def flags_through_cli(rows: list[dict], command: str) -> list[list[list[int]]]:
    """Per page, per side, each token's flag, from ``command compare --json`` run on the two versions' files."""
    with tempfile.TemporaryDirectory(prefix="swissgov-") as tmp, ThreadPoolExecutor(2) as pool:
        return list(pool.map(lambda k: _page_through_cli(rows[k], command, Path(tmp) / str(k)), range(len(rows))))


def _page_through_cli(row: dict, command: str, stem: Path) -> list[list[int]]:
    """One page's flags per side from the CLI; a one-line error when it fails or reads another text."""
    files = [stem.with_name(f"{stem.name}_en.txt"), stem.with_name(f"{stem.name}_fr.txt")]
    for path, (text, _) in zip(files, _sides(row)):
        path.write_text(text, encoding="utf-8")
    try:
        res = subprocess.run([command, "compare", "--json", *map(str, files)], capture_output=True, text=True)
        out = json.loads(res.stdout) if res.returncode == 0 else None
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{command}: {exc}") from None
    if out is None:
        raise SystemExit(f"{stem.name}: {(res.stderr.strip().splitlines() or ['compare failed'])[-1]}")
    if any(out["sources"][side].get("text", text) != text for side, (text, _) in enumerate(_sides(row))):
        raise SystemExit(f"{stem.name}: the CLI read another text than the page's (offsets would not match)")
    return [flagged_in_json(out, side, token_spans(text)) for side, (text, _) in enumerate(_sides(row))]


def main() -> int:
    args = parse_args(cli=True)
    rows = pages_from_args(args)
    if rows is None:
        return 0
    t0 = time.perf_counter()
    pages = flags_through_cli(rows, args.cli) if args.cli else flags_in_process(rows)
    pred, gold = [], []
    for row, sides in zip(rows, pages):
        for flags, (_, labels) in zip(sides, _sides(row)):
            for f, g in zip(flags, labels):
                if g >= 0:
                    pred.append(f)
                    gold.append(float(g))
    p, g = np.array(pred), np.array(gold)
    tp, fp, fn = int(((p == 1) & (g >= 0.5)).sum()), int(((p == 1) & (g < 0.5)).sum()), int(((p == 0) & (g >= 0.5)).sum())
    prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * prec * rec / max(1e-9, prec + rec)
    rho = float(np.corrcoef(ranks(p.astype(float)), ranks(g))[0, 1])
    way = " (CLI)" if args.cli else ""
    print(f"swissgov EN↔FR{way}: pairs={len(rows)} tokens={len(g)} gold-only-here={int((g >= 0.5).sum())} "
          f"flagged={int(p.sum())} precision={prec:.3f} recall={rec:.3f} F1={f1:.3f} spearman={rho:.3f} "
          f"({time.perf_counter() - t0:.0f} s)")
    print(f"all-flagged baseline: precision={(g >= 0.5).mean():.3f} recall=1.000 "
          f"F1={2 * (g >= 0.5).mean() / (1 + (g >= 0.5).mean()):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
