"""Fit the weight of "context" (desktop/engine/context.py) on top of the score model, on annotated same-story pairs.

Every candidate pair the aligner can link (``fit_scores.design``: the best pairing of one of its sentences) becomes a
row: the score model's logit without context (``score_model.STORY_BIAS``, ``STORY_WEIGHTS``) as an offset, the pair's
``context`` gain, whether its sentences were read in context (``context_read``) and whether the gold accepts the
link (no haystack rows: their reports do not read as one story, so neither input is ever set there and they would
weigh nothing). Logistic regression with the offset (Newton steps, a little ridge): two numbers, the context weight
and the shift that comes with reading in context, so the rest of the model keeps what it was fitted on. The pair
rules come after the model (order.py raises a pair next to a sure pair): the figures printed run them, the fit does
not see them.
Prints the same-story figures through the whole aligner (as the CLI links) without context, fitted on all pairs and
leave-one-pair-out (fit on the others, score the held-out pair: the honest figure), per folder, and the numbers to
paste into score_model.CONTEXT_WEIGHT, CONTEXT_READ.
Usage: python benchmarks/fit_context.py [--extra DIR]... [--ridge R]   (--extra: more annotated pairs, fitted on)
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _same_story import linked_pairs, story_pairs, story_score, summary  # noqa: E402
from fit_scores import design  # noqa: E402

from desktop.engine.score_model import FITTED, STORY_BIAS, STORY_WEIGHTS  # noqa: E402

BASE = np.array((STORY_BIAS, *STORY_WEIGHTS, 0.0, 0.0))  # the design's columns: 1, the inputs (context last)


def fit(blocks: list[tuple[np.ndarray, np.ndarray, float]], ridge: float) -> tuple[float, float]:
    """(context weight, read-in-context weight) over (X, y, weight of the block's rows), the base logit an offset."""
    X = np.vstack([b[0] for b in blocks])
    y = np.concatenate([b[1] for b in blocks])
    wt = np.concatenate([np.full(len(b[1]), b[2]) for b in blocks])
    offset, Z = X @ BASE, X[:, -2:]
    beta, R = np.zeros(2), ridge * np.eye(2)
    for _ in range(60):
        p = 1 / (1 + np.exp(-np.clip(offset + Z @ beta, -40, 40)))
        H = (Z * (wt * p * (1 - p))[:, None]).T @ Z + R
        beta -= np.linalg.solve(H, Z.T @ (wt * (p - y)) + R @ beta)
    return round(max(0.0, float(beta[0])), 3), round(float(beta[1]), 3)  # context speaks only for a link


def model(weight: float, read: float):
    return replace(FITTED, bias=STORY_BIAS, weights=STORY_WEIGHTS + (weight, read))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ridge", type=float, default=0.3)
    ap.add_argument("--extra", action="append", default=[], help="a folder of more annotated pairs (repeatable)")
    args = ap.parse_args()
    folders = [None, *args.extra]
    sets = [(folder or "development", story_pairs(Path(folder)) if folder else story_pairs()) for folder in folders]
    pairs = [p for _, ps in sets for p in ps]
    if not pairs:
        print("skipped: ../shared/eval/same_story not found")
        return 0
    story = [design(p) for p in pairs]
    full = fit([(X, y, 1.0) for X, y in story], args.ridge)
    rows = {"without context": [], f"fitted on all {len(pairs)}": [], "leave one pair out": []}
    for k, pair in enumerate(pairs):
        held = fit([(X, y, 1.0) for n, (X, y) in enumerate(story) if n != k], args.ridge)
        for name, (w, s) in zip(rows, ((0.0, 0.0), full, held)):
            rows[name].append(story_score(pair, linked_pairs(pair, model(w, s))))
    start = 0
    for label, ps in sets:
        for name, scores in rows.items():
            part = scores[start:start + len(ps)]
            print(f"{label} ({len(ps)} pairs), {name}:".ljust(60), summary([sum(x) for x in zip(*part)]))
        start += len(ps)
    for name, scores in rows.items():
        print(f"all {len(pairs)} pairs, {name}:".ljust(60), summary([sum(x) for x in zip(*scores)]))
    print(f"CONTEXT_WEIGHT, CONTEXT_READ = {full[0]}, {full[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
