"""Fit the phrase model (desktop/engine/phrases.py) on the Swiss government pages, EN↔FR (../shared/eval).

Each page pair is compared as the CLI would; every word of a linked sentence whose group has a version in the other
language becomes a row: the model's inputs for it (``phrases.token_inputs``: its phrase's best cosine in the other
version, the length ratio of the two versions, the word-level verdict) and whether the gold scores it "only here"
(≥ 0.5). Words of single-sourced sentences are flagged whatever the model says and count as they are.
Logistic regression (benchmarks/fit_scores.py's Newton steps), cross-validated by page (five folds: fit on four
fifths of the pages, flag the rest) — the honest figure for unseen pages; then fitted on all pages: the weights to
paste into phrases.WEIGHTS and BIAS.
Usage: python benchmarks/fit_phrases.py [--limit N]
"""
from __future__ import annotations

import bisect
import sys

import numpy as np

from fit_scores import _newton
from swissgov_details import pages_from_args, token_spans

from desktop.engine import phrases


def rows_of(row: dict, seen: dict) -> tuple[list, list, list[tuple[int, int]]]:
    """(inputs, gold, counts) of one page pair: counts are (flagged, gold) of the words the model does not decide."""
    from desktop.engine.model import Source
    from desktop.engine.pipeline import compare

    seen.clear()
    comp = compare([Source("en", row["text_a"]), Source("fr", row["text_b"])])
    X, y, fixed = [], [], []
    for side, (text, labels) in enumerate(((row["text_a"], row["labels_a"]), (row["text_b"], row["labels_b"]))):
        doc, single = comp.documents[side], set(comp.single_sourced(side))
        words = {}  # character offset of each engine token in a decided sentence -> its inputs
        for (source, i), (feats, inputs) in seen.items():
            if source == side:
                words.update({doc.sentences[i].start + t.start: x for t, x in zip(feats.tokens, inputs)})
        starts = sorted(words)
        for (s, e), g in zip(token_spans(text), labels):
            if g < 0:
                continue
            k = bisect.bisect_left(starts, s)
            hit = words[starts[k]] if k < len(starts) and starts[k] < e else None
            sent = next((i for i, x in enumerate(doc.sentences) if x.start < e and s < x.end), None)
            if hit is not None:
                X.append(hit)
                y.append(float(g >= 0.5))
            else:
                fixed.append((int(sent is None or sent in single), int(g >= 0.5)))
    return X, y, fixed


def f1(pred: np.ndarray, y: np.ndarray, fixed: list[tuple[int, int]]) -> tuple[float, float, float]:
    tp = int((pred & (y == 1)).sum()) + sum(f and g for f, g in fixed)
    fp = int((pred & (y == 0)).sum()) + sum(f and not g for f, g in fixed)
    fn = int((~pred & (y == 1)).sum()) + sum(g and not f for f, g in fixed)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def main() -> int:
    pages = pages_from_args()
    if pages is None:
        return 0
    seen: dict = {}
    original = phrases.token_inputs

    def recording(feats, text, ref, *rest):
        out = original(feats, text, ref, *rest)
        if out is not None:
            seen[ref] = (feats, out)
        return out

    phrases.token_inputs = recording
    per_page = [rows_of(page, seen) for page in pages]
    phrases.token_inputs = original
    fold = np.array([k % 5 for k, (X, _, _) in enumerate(per_page) for _ in X])
    X = np.array([(1.0, *x) for X_, _, _ in per_page for x in X_])
    y = np.array([v for _, y_, _ in per_page for v in y_])
    fixed = [f for _, _, fx in per_page for f in fx]
    prob = np.zeros(len(y))
    for k in range(5):
        w = _newton(X[fold != k], y[fold != k], np.ones(int((fold != k).sum())), 1.0)
        prob[fold == k] = 1 / (1 + np.exp(-np.clip(X[fold == k] @ w, -40, 40)))
    print(f"rows: {len(y)} words of linked sentences ({int(y.sum())} only here), {len(fixed)} decided otherwise")
    for t in (0.1, 0.125, 0.15, 0.175, 0.2):
        p, r, f = f1(prob >= t, y, fixed)
        print(f"cross-validated by page, flagged from {t}: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    w = _newton(X, y, np.ones(len(y)), 1.0)
    print(f"fitted on all pages: BIAS = {w[0]:.3f}, WEIGHTS = ({', '.join(f'{v:.3f}' for v in w[1:])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
