"""Fit the score model (desktop/engine/score_model.py) on same-story pairs and haystacks from ../shared/eval.

Every candidate pair the aligner scores becomes a training row: in the ten annotated same-story pairs a pair is
right when the gold accepts the link; in the haystacks when it joins the two sentences of a paraphrase pair.
Logistic regression (Newton steps, a little ridge: 0.3). Two models: one for sentences in the same language (same-story
rows and same-language haystacks, the haystacks' total weight set by --haystack-weight), and across languages the
model fitted before on haystacks alone, kept as it is (no same-story pairs across languages exist yet). Prints:
- the same-story figures of the model fitted on all the pairs, and leave-one-pair-out (fit on all but one and the
  haystacks, score the one left out): the honest figure for unseen stories;
- the weights to paste into score_model.STORY_BIAS and STORY_WEIGHTS (every input but "context", which
  benchmarks/fit_context.py fits on top).
Usage: python benchmarks/fit_scores.py [--ridge R] [--haystack-weight W] [--extra DIR]... [--train-extra]
                                     [--unseen DIR]...
(--extra: more annotated pairs, fitted on with --train-extra, else scored as unseen; --unseen: never fitted on.)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _same_story import candidate_rows, haystacks, linked_pairs, pairs_in, story_pairs, story_score, summary  # noqa: E402

from desktop.engine.score_model import CROSS, HAYSTACK, INPUTS, ScoreModel, inputs  # noqa: E402


RIDGE, HAYSTACK_WEIGHT = 0.3, 0.15  # as FITTED was fitted (score_model.py)


def _contender(ev) -> bool:
    """A pair the aligner can link: the best pairing of one of its sentences, by sentence or clause cosine. The
    others are never linked, so the model is fitted on the choices it really makes (as haystack rows were before)."""
    return max(ev.gap_row, ev.gap_col) >= 0 or ev.mutual > 0


def design(pair):
    rows = [(ev, y) for _i, _j, ev, y in candidate_rows(pair) if y is not None and ev.cos is not None and _contender(ev)]
    same_lang = pair.views[0].lang == pair.views[1].lang
    X = np.array([(1.0, *inputs(ev, same_lang)) for ev, _ in rows])
    return X, np.array([y for _, y in rows], dtype=float)


# Evidence that can only speak for a link (or only against it): a weight of the other sign would be the fit
# reading noise or a correlation between inputs, and would not carry over to unseen stories.
FOR_A_LINK = {"cos", "margin", "z_low", "z_high", "gap_low", "gap_high", "lexical", "contain", "indel", "shared",
              "mutual", "headline", "clause", "verbatim", "story_clause", "story_headline", "cover", "cross_clause",
              "context"}
AGAINST_A_LINK = {"conflict", "name_clash", "cross_tagged"}
# Evidence the same-story rows cannot weigh: two titles speak for a link only between reports of one story (a report
# on another story has a title too: "La Russie a demandé à la Turquie une aide pour exporter son blé" is no
# "La Russie a demandé à la Chine une aide militaire"), and nearly every same-story row reads as one story, so the
# fit cannot tell "headline" from "story_headline" and would give the titles weight whatever the story. Left to
# "story_headline" (and to the haystack model, where it was fitted on unrelated documents).
NOT_FITTED = {"headline", "context", "context_read"}  # the context: fitted on top of the rest (fit_context.py)


def fit(blocks: list[tuple[np.ndarray, np.ndarray, float]], ridge: float) -> ScoreModel:
    """Weighted logistic regression over (X, y, weight of the block's rows), each input's weight kept to its sign
    (an input whose weight comes out with the wrong sign is left out and the rest refitted, until none does)."""
    X = np.vstack([b[0] for b in blocks])
    y = np.concatenate([b[1] for b in blocks])
    wt = np.concatenate([np.full(len(b[1]), b[2]) for b in blocks])
    active = np.array([True] + [name not in NOT_FITTED for name in INPUTS])
    while True:
        w = _newton(X[:, active], y, wt, ridge)
        full = np.zeros(X.shape[1])
        full[active] = w
        wrong = [k + 1 for k, name in enumerate(INPUTS) if active[k + 1] and (
            (name in FOR_A_LINK and full[k + 1] < 0) or (name in AGAINST_A_LINK and full[k + 1] > 0))]
        if not wrong:
            break
        active[max(wrong, key=lambda k: abs(full[k]))] = False  # the most wrong first
    return ScoreModel(bias=round(float(full[0]), 3), weights=tuple(round(float(v), 3) + 0.0 for v in full[1:]),
                      cross=CROSS, haystack=HAYSTACK)


def _newton(X: np.ndarray, y: np.ndarray, wt: np.ndarray, ridge: float) -> np.ndarray:
    w = np.zeros(X.shape[1])
    R = ridge * np.eye(len(w))
    R[0, 0] = 0.0
    for _ in range(60):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -40, 40)))
        H = (X * (wt * p * (1 - p))[:, None]).T @ X + R
        w -= np.linalg.solve(H, X.T @ (wt * (p - y)) + R @ w)
    return w


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ridge", type=float, default=RIDGE)
    ap.add_argument("--extra", action="append", default=[],
                    help="a folder of more annotated pairs (same format), scored as unseen stories (repeatable)")
    ap.add_argument("--train-extra", action="store_true", help="fit on the extra pairs too (leave-one-pair-out over all)")
    ap.add_argument("--unseen", action="append", default=[],
                    help="a folder of annotated pairs never fitted on, scored with the model fitted on all (repeatable)")
    ap.add_argument("--haystack-weight", type=float, default=HAYSTACK_WEIGHT, help="the haystack rows' total weight against the same-story rows'")
    args = ap.parse_args()
    stories = story_pairs()
    extra = pairs_in(args.extra)
    if args.train_extra:
        stories, extra = stories + extra, []
    extra += pairs_in(args.unseen)
    if not stories:
        print("skipped: ../shared/eval/same_story not found")
        return 0
    hay_pairs = haystacks()
    hay = [design(p) for p in hay_pairs if p.views[0].lang == p.views[1].lang]
    story = [design(p) for p in stories]
    n_hay, n_story = sum(len(y) for _, y in hay), sum(len(y) for _, y in story)
    hw = args.haystack_weight * n_story / max(n_hay, 1) if hay else 0.0  # haystack rows count as much as story rows in all
    hay_blocks = [(X, y, hw) for X, y in hay]
    full = fit([(X, y, 1.0) for X, y in story] + hay_blocks, args.ridge)
    fitted = [story_score(p, linked_pairs(p, full)) for p in stories]
    lopo = []
    for k, pair in enumerate(stories):
        model = fit([(X, y, 1.0) for n, (X, y) in enumerate(story) if n != k] + hay_blocks, args.ridge)
        lopo.append(story_score(pair, linked_pairs(pair, model)))
        print(f"  {pair.name:30s} held out: must {lopo[-1][0]}/{lopo[-1][1]}  should {lopo[-1][2]}/{lopo[-1][3]}  "
              f"links {lopo[-1][4]} false {lopo[-1][5]}")
    print(f"rows: {n_story} same-story ({int(sum(y.sum() for _, y in story))} right), {n_hay} haystack")
    print(f"fitted on all {len(stories)}:      ", summary([sum(x) for x in zip(*fitted)]))
    print("leave one pair out:    ", summary([sum(x) for x in zip(*lopo)]))
    if extra:
        unseen = [story_score(p, linked_pairs(p, full)) for p in extra]
        for pair, sc in zip(extra, unseen):
            print(f"  {pair.name:30s} unseen: must {sc[0]}/{sc[1]}  should {sc[2]}/{sc[3]}  links {sc[4]} false {sc[5]}")
        print(f"{len(extra)} unseen pairs ({', '.join(([] if args.train_extra else args.extra) + args.unseen)}), model fitted on the {len(stories)}:",
              summary([sum(x) for x in zip(*unseen)]))
    print("# inputs: " + ", ".join(INPUTS))
    print(f"STORY_BIAS = {full.bias}\nSTORY_WEIGHTS = ({', '.join(str(v) for v in full.weights[:-2])})")
    print("(then benchmarks/fit_context.py for CONTEXT_WEIGHT and CONTEXT_READ on top)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
