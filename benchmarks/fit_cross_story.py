"""Fit the score model across languages for reports of one story (score_model.CROSS_STORY).

Across languages the aligner had only the haystack model (MRPC / STS-B pairs, score_model.CROSS), and reports of one
story in two languages read differently: a paraphrase in the other language has a cosine of 0.5-0.65 where a
translation has 0.8 or more, and shares no word. Annotated pairs of that kind: same-story pairs whose second report
was translated into the other language, segment by segment, so the sentence-level gold carries over (kept outside
the project, like every annotated pair: --pairs DIR). Training rows as fit_scores.py makes them (each candidate
pair the aligner can link, right when the gold accepts it) from those pairs and from the English-French haystack
(STS-B), whose rows weigh --haystack-weight of the story rows in all; the fitted model is blended with the haystack
one by how far two reports read as one story (Evidence.regime), as the one-language model is.
Prints the fitted model's figures, leave-one-pair-out (fit on all pairs but one, score it: the honest figure), the
figures of the model shipped now, and the weights to paste into score_model.CROSS_STORY.
Usage: python benchmarks/fit_cross_story.py --pairs DIR [--pairs DIR]... [--ridge R] [--haystack-weight W]
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _same_story import haystacks, linked_pairs, pairs_in, story_score, summary  # noqa: E402
from fit_scores import RIDGE, design, fit  # noqa: E402

from desktop.engine.score_model import CROSS, FITTED, INPUTS, ScoreModel  # noqa: E402

HAYSTACK_WEIGHT = 0.15  # as the one-language fit weighs its haystacks


def with_cross(model: ScoreModel) -> ScoreModel:
    """The shipped model with ``model`` (blended with the haystack one by regime) across languages."""
    return replace(FITTED, cross=replace(model, haystack=CROSS, cross=None, uncovered=None))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", action="append", default=[], help="a folder of annotated pairs in two languages")
    ap.add_argument("--ridge", type=float, default=RIDGE)
    ap.add_argument("--haystack-weight", type=float, default=HAYSTACK_WEIGHT)
    args = ap.parse_args()
    stories = [p for p in pairs_in(args.pairs) if p.views[0].lang != p.views[1].lang]
    if not stories:
        print("skipped: no annotated pairs in two languages given (--pairs DIR)")
        return 0
    hay = [design(p) for p in haystacks() if p.views[0].lang != p.views[1].lang]
    story = [design(p) for p in stories]
    n_hay, n_story = sum(len(y) for _, y in hay), sum(len(y) for _, y in story)
    hw = args.haystack_weight * n_story / max(n_hay, 1) if hay else 0.0
    hay_blocks = [(X, y, hw) for X, y in hay]
    full = fit([(X, y, 1.0) for X, y in story] + hay_blocks, args.ridge)
    shipped = [story_score(p, linked_pairs(p, FITTED)) for p in stories]
    fitted = [story_score(p, linked_pairs(p, with_cross(full))) for p in stories]
    lopo = []
    for k, pair in enumerate(stories):
        model = fit([(X, y, 1.0) for n, (X, y) in enumerate(story) if n != k] + hay_blocks, args.ridge)
        lopo.append(story_score(pair, linked_pairs(pair, with_cross(model))))
        print(f"  {pair.name:30s} held out: must {lopo[-1][0]}/{lopo[-1][1]}  should {lopo[-1][2]}/{lopo[-1][3]}  "
              f"links {lopo[-1][4]} false {lopo[-1][5]}   (shipped: must {shipped[k][0]}, false {shipped[k][5]})")
    print(f"rows: {n_story} same-story across languages ({int(sum(y.sum() for _, y in story))} right), "
          f"{n_hay} haystack (en-fr)")
    print(f"shipped model on the {len(stories)}:  ", summary([sum(x) for x in zip(*shipped)]))
    print(f"fitted on all {len(stories)}:      ", summary([sum(x) for x in zip(*fitted)]))
    print("leave one pair out:    ", summary([sum(x) for x in zip(*lopo)]))
    print("# inputs: " + ", ".join(INPUTS))
    print(f"CROSS_STORY = ScoreModel(\n    bias={full.bias},\n    weights=({', '.join(str(v) for v in full.weights)}),"
          "\n    haystack=CROSS,\n)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
