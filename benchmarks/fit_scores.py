"""Fit the logistic ScoreModel of desktop/engine/align.py on haystacks built from ../shared/eval (when present).

Like ../shared/eval/haystack.py: document A holds first sentences, B the second ones (a third left out), and
every blocked candidate pair the aligner would score becomes a training row (label: same pair and positive).
Prints coefficients to copy into ScoreModel after checking benchmarks/quality.py. Usage: fit_scores.py [N]
"""
import csv
import random
import sys
from pathlib import Path

import numpy as np

from desktop.engine import align
from desktop.engine.embed import shared_embedder
from desktop.engine.features import features

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
NAMES = ["bias", "cosine", "cross_language_cosine", "margin", "lexical", "indel", "shared_entities", "entity_conflict", "mutual"]


def pair_sets(n: int, seed: int):
    rnd = random.Random(seed)
    rows = list(csv.reader(open(EVAL / "mrpc" / "msr_paraphrase_train.txt", encoding="utf-8-sig"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    rnd.shuffle(rows)
    yield "en", "en", [(r[3], r[4], int(r[0])) for r in rows[-n:]]
    st = list(csv.DictReader(open(EVAL / "stsb_en_fr_train" / "stsb_train_news_en_fr.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    for la, lb in (("en", "fr"), ("fr", "fr"), ("en", "en")):
        rnd.shuffle(st)
        pairs = [(r["sentence1_" + la], r["sentence2_" + lb], float(r["score"])) for r in st[-n:]]
        yield la, lb, [(a, b, 1 if s >= 4 else (0 if s <= 2 else None)) for a, b, s in pairs]


def rows_for(la, lb, pairs, rnd):
    keep_b = [i for i in range(len(pairs)) if i % 3 != 2]
    emb = shared_embedder()
    fa = [features(p[0], la) for p in pairs]
    fb = [features(pairs[i][1], lb) for i in keep_b]
    A = align.DocView(la, fa, emb.encode([p[0] for p in pairs]))
    B = align.DocView(lb, fb, emb.encode([pairs[i][1] for i in keep_b]))
    idf = align.idf_table([A, B])
    X, y = [], []
    cands = align.candidate_evidence(A, B, idf, 8)
    row_best, col_best = {}, {}
    for i, j, ev in cands:  # the aligner links only best matches: train on those
        row_best[i] = max(row_best.get(i, -1), ev[0])
        col_best[j] = max(col_best.get(j, -1), ev[0])
    for i, j, (cos, margin, lex, ind, shared, conflict, mutual, _headline, _story, _clause) in cands:
        if cos < row_best[i] and cos < col_best[j]:
            continue
        same_pair = keep_b[j] == i
        label = (1 if pairs[i][2] == 1 else None) if same_pair else 0  # a related-but-not-equal partner is no false link
        if label is None:
            continue
        cross = float(la != lb)
        X.append([1.0, cos, cos * cross, margin, lex, ind, shared, conflict, mutual])
        y.append(label)
    return X, y


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    X, y = [], []
    for la, lb, pairs in pair_sets(n, 3):
        xs, ys = rows_for(la, lb, pairs, random.Random(1))
        X += xs
        y += ys
    X, y = np.array(X), np.array(y, dtype=float)
    weight = np.ones(len(y))
    w = np.zeros(X.shape[1])
    for _ in range(60):  # Newton steps with a little ridge
        pr = 1 / (1 + np.exp(-X @ w))
        H = (X * (weight * pr * (1 - pr))[:, None]).T @ X + 0.05 * np.eye(len(w))
        w -= np.linalg.solve(H, X.T @ (weight * (pr - y)) + 0.05 * w)
    pr = 1 / (1 + np.exp(-X @ w))
    tp = ((pr >= 0.5) & (y == 1)).sum()
    print(f"rows={len(y)} positives={int(y.sum())} recall@0.5={tp / y.sum():.3f} precision@0.5={tp / max(1, (pr >= 0.5).sum()):.3f}")
    for name, val in zip(NAMES, w):
        print(f"    {name}: float = {val:.2f}")



if __name__ == "__main__":
    main()
