"""Reliability of the link score: predicted probability against how often the link is right, by score band.

The threshold (0.5 by default) should read as "as likely as not the same statement" on reports of one story and
on haystacks alike. For every candidate pair the aligner scores in the ten same-story development pairs and in
haystacks of 450 MRPC / STS-B pairs (../shared/eval, read at run time), the pair's score is compared with its
gold label, in ten bands of score; the same-story pairs are scored leave-one-pair-out too (each by the model fitted
without it, as fit_scores.py fits the shipped one). Only pairs the gold judges count (the same-story annotators judge every pair
of anchored sentences; in a haystack a related pair below the paraphrase bar is not judged).
Usage: python benchmarks/reliability.py [--extra DIR]...   (more annotated pairs in the same format, scored alike)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import table  # noqa: E402
from _same_story import candidate_rows, haystacks, pairs_in, story_pairs  # noqa: E402
from fit_scores import HAYSTACK_WEIGHT, RIDGE, design, fit  # noqa: E402

from desktop.engine.score_model import FITTED  # noqa: E402


def scored(pairs, models=None) -> list[tuple[float, int]]:
    out = []
    for k, pair in enumerate(pairs):
        same_lang = pair.views[0].lang == pair.views[1].lang
        model = models[k] if models else FITTED
        out += [(model.probability(ev, same_lang), y) for _i, _j, ev, y in candidate_rows(pair) if y is not None]
    return out


def held_out_models(stories, hay) -> list:
    """For each same-story pair, the model fitted without it (with fit_scores.py's defaults, as FITTED is fitted)."""
    story = [design(p) for p in stories]
    blocks = [design(p) for p in hay if p.views[0].lang == p.views[1].lang]
    weight = HAYSTACK_WEIGHT * sum(len(y) for _, y in story) / max(1, sum(len(y) for _, y in blocks))
    return [fit([(X, y, 1.0) for n, (X, y) in enumerate(story) if n != k] + [(X, y, weight) for X, y in blocks], RIDGE)
            for k in range(len(stories))]


def bands(rows: list[tuple[float, int]]) -> list[list[str]]:
    out = []
    for k in range(10):
        lo, hi = k / 10, (k + 1) / 10
        inside = [(p, y) for p, y in rows if lo <= p < hi or (k == 9 and p == 1.0)]
        if not inside:
            out.append([f"{lo:.1f}–{hi:.1f}", "0", "", ""])
            continue
        predicted = sum(p for p, _ in inside) / len(inside)
        observed = sum(y for _, y in inside) / len(inside)
        out.append([f"{lo:.1f}–{hi:.1f}", str(len(inside)), f"{predicted:.2f}", f"{observed:.2f}"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--extra", action="append", default=[], help="a folder of more annotated pairs (repeatable)")
    args = ap.parse_args()
    stories = story_pairs()
    stories += pairs_in(args.extra) if stories else []
    if not stories:
        print("skipped: ../shared/eval/same_story not found")
        return 0
    hay = haystacks()
    n = len(stories)
    for name, rows in ((f"{n} same-story pairs, each scored by the model fitted on the {n - 1} others",
                        scored(stories, held_out_models(stories, hay))),
                       (f"{n} same-story pairs, scored by the shipped model (fitted on the annotated pairs)", scored(stories)),
                       ("haystacks (MRPC, STS-B en-en, fr-fr, en-fr)", scored(hay))):
        print(f"{name}: {len(rows)} judged candidate pairs")
        print(table(bands(rows), ["score", "pairs", "predicted", "observed"]))
        above = [y for p, y in rows if p >= 0.5]
        print(f"at the default threshold 0.5: {len(above)} pairs score above, {sum(above) / max(len(above), 1):.2f} of them right\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
