"""Reliability of the link score: predicted probability against how often the link is right, by score band.

The threshold (0.5 by default) should read as "as likely as not the same statement" on reports of one story and
on haystacks alike. For every candidate pair the aligner scores in the ten same-story development pairs and in
haystacks of 450 MRPC / STS-B pairs (../shared/eval, read at run time), the pair's score is compared with its
gold label, in ten bands of score; the same-story pairs are scored leave-one-pair-out too (each by the model fitted
without it, as fit_scores.py fits the shipped one). Only pairs the gold judges count (the same-story annotators judge every pair
of anchored sentences; in a haystack a related pair below the paraphrase bar is not judged).
The pair rules between reports of one story (``pipeline.story_stages``: order, merges, mutual pairs, numbers and headings)
raise some pairs to a score of their own; the last table gives, for each rule, the pairs it raised, the score it
gave them and how often they are right, and of those it raised across the threshold how often they are right (with
--extra, on every pair given): a rule's score should read the same way as the model's.
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

from desktop.engine import align  # noqa: E402
from desktop.engine.embed import shared_embedder  # noqa: E402
from desktop.engine.pipeline import one_story, story_stages  # noqa: E402
from desktop.engine.score_model import FITTED  # noqa: E402

RULE_NAMES = {"order": "next to a sure pair (order)", "merges": "split halves read together (merges)",
              "mutual pairs": "each other's best, distinctive words (mutual)",
              "numbers": "a telling number each report writes once (number_anchors)", "headings": "a heading's best match"}


def scored(pairs, models=None) -> list[tuple[float, int]]:
    out = []
    for k, pair in enumerate(pairs):
        same_lang = pair.views[0].lang == pair.views[1].lang
        model = models[k] if models else FITTED
        out += [(model.probability(ev, same_lang), y) for _i, _j, ev, y in candidate_rows(pair) if y is not None]
    return out


def raised_rows(pairs) -> list[tuple[str, float, float, int]]:
    """(rule, score before, score given, label) for every judged pair a story rule raised, rule after rule in the
    order the CLI applies them (``pipeline.story_stages``), with the shipped model (fitted on the annotated pairs:
    in-sample on them). The CLI then drops some pairs (``statements_only``) and groups the rest: a pair above the
    threshold is not always linked."""
    encode = lambda texts: shared_embedder().encode(texts, None)  # noqa: E731
    out = []
    for pair in pairs:
        a, b = pair.views
        if a.lang != b.lang or not one_story(a, b):
            continue
        idf = align.idf_table(pair.views)
        cands = align.score_pair_of_docs(0, 1, a, b, idf, FITTED, align.AlignParams())
        before = {(ln.a, ln.b): ln.score for ln in cands}
        for stage, links in story_stages(cands, pair.documents, pair.views, encode, idf):
            for ln in links:
                old, label = before[(ln.a, ln.b)], pair.label(ln.a[1], ln.b[1])
                if ln.score > old and label is not None:
                    out.append((_rule(stage, ln.score), old, ln.score, label))
            before = {(ln.a, ln.b): ln.score for ln in links}
    return out


def _rule(stage: str, score: float) -> str:
    """The rule's name; a rule's pairs raised to the default threshold (0.5) or more apart from those it raises
    below it."""
    return f"{RULE_NAMES.get(stage, stage)}, {'to 0.5 or more' if score >= 0.5 else 'below 0.5'}"


def rule_table(rows) -> list[list[str]]:
    out = []
    for name in sorted({r[0] for r in rows}):
        mine = [r for r in rows if r[0] == name]
        crossing = [r for r in mine if r[1] < 0.5 <= r[2]]
        out.append([name, str(len(mine)), f"{sum(r[2] for r in mine) / len(mine):.2f}",
                    f"{sum(r[3] for r in mine) / len(mine):.2f}", str(len(crossing)),
                    f"{sum(r[3] for r in crossing) / len(crossing):.2f}" if crossing else ""])
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
    print(f"pairs the story rules raised in the {n} same-story pairs (judged pairs only; shipped model, in-sample):")
    print(table(rule_table(raised_rows(stories)), ["rule", "pairs", "score given", "observed", "crossed 0.5",
                                                   "observed"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
