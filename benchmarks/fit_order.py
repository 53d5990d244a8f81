"""Fit the order model (desktop/engine/order.py) on the annotated same-story pairs in ../shared/eval.

Every candidate pair the aligner scores between two reports of one story, best match of at least one of its two
sentences, becomes a row: its score model logit, whether it lies next to an anchor (``order.next_to``), and whether
the gold accepts the link. Logistic regression with the pair's own logit as an offset (Newton steps, a little ridge).
Prints the same-story figures through the whole aligner (as the CLI links) with the model fitted on all pairs and
leave-one-pair-out (fit on the others, score the held-out pair: the honest figure), without the order model for
comparison, and the weight to paste into order.NEXT_TO_ANCHOR.
Usage: python benchmarks/fit_order.py [--extra DIR]... [--train-extra] [--ridge R]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _same_story import linked_pairs, pairs_in, story_pairs, story_score, summary  # noqa: E402

from desktop.engine import align, order  # noqa: E402
from desktop.engine.score_model import FITTED  # noqa: E402


def design(pair) -> tuple[np.ndarray, np.ndarray]:
    """(rows, labels) of one pair: the raw candidates that are some sentence's best match, judged by the gold."""
    idf = align.idf_table(pair.views)
    scored = align.score_pair_of_docs(0, 1, pair.views[0], pair.views[1], idf, FITTED, align.AlignParams())
    anchors, best = order.anchors_of(scored), align.best_partners(scored)
    rows, ys = [], []
    for ln in scored:
        y = pair.label(ln.a[1], ln.b[1])
        if y is None or not (best[(ln.a, 1)][1] == ln.b or best[(ln.b, 0)][1] == ln.a):
            continue
        rows.append((order.logit(ln.score), float(order.next_to(anchors, ln.a[1], ln.b[1]))))
        ys.append(float(y))
    return np.array(rows), np.array(ys)


def fit(blocks: list[tuple[np.ndarray, np.ndarray]], ridge: float) -> float:
    """The weight of "next to an anchor" on top of the pair's own logit (kept as it is: the score model is
    calibrated on its own, the order model only adds what the anchors say)."""
    X, y = np.vstack([b[0] for b in blocks]), np.concatenate([b[1] for b in blocks])
    offset, inputs = X[:, 0], X[:, 1:]
    w = np.zeros(inputs.shape[1])
    for _ in range(60):
        p = 1 / (1 + np.exp(-np.clip(offset + inputs @ w, -40, 40)))
        hessian = (inputs * (p * (1 - p))[:, None]).T @ inputs + ridge * np.eye(len(w))
        w -= np.linalg.solve(hessian, inputs.T @ (p - y) + ridge * w)
    return round(float(w[0]), 3)


def figures(pairs, weight: float) -> list[int]:
    saved = order.NEXT_TO_ANCHOR
    order.NEXT_TO_ANCHOR = weight
    try:
        return [sum(x) for x in zip(*(story_score(p, linked_pairs(p, FITTED)) for p in pairs))]
    finally:
        order.NEXT_TO_ANCHOR = saved


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ridge", type=float, default=1.0)
    ap.add_argument("--extra", action="append", default=[],
                    help="a folder of more annotated pairs (same format), scored as unseen stories (repeatable)")
    ap.add_argument("--train-extra", action="store_true", help="fit on the extra pairs too (leave-one-pair-out over all)")
    args = ap.parse_args()
    stories = story_pairs()
    extra = pairs_in(args.extra)
    if args.train_extra:
        stories, extra = stories + extra, []
    if not stories:
        print("skipped: ../shared/eval/same_story not found")
        return 0
    blocks = [design(p) for p in stories]
    full = fit(blocks, args.ridge)
    none = 0.0  # the pair's own score, unchanged
    lopo = [figures([p], fit(blocks[:k] + blocks[k + 1:], args.ridge)) for k, p in enumerate(stories)]
    print(f"rows: {sum(len(y) for _, y in blocks)} ({int(sum(y.sum() for _, y in blocks))} right), {len(stories)} pairs")
    print("without the order model:", summary(figures(stories, none)))
    print(f"fitted on all {len(stories)}:       ", summary(figures(stories, full)))
    print("leave one pair out:     ", summary([sum(x) for x in zip(*lopo)]))
    if extra:
        print(f"{len(extra)} unseen pairs, without:", summary(figures(extra, none)))
        print(f"{len(extra)} unseen pairs, fitted: ", summary(figures(extra, full)))
    print(f"NEXT_TO_ANCHOR = {full}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
