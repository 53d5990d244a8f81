"""How far "a close sentence elsewhere" tells which single-sourced sentences the aligner got wrong.

On the annotated same-story pairs (../shared/eval/same_story, and with --extra DIR more pairs annotated the same
way), each pair is compared as the CLI does; every anchored sentence left single-sourced is one the reviewer must
trust or check. It is wrongly single-sourced when the annotation gives it a counterpart (a must or should link).
For each bar, prints how many single-sourced sentences ``near_misses.closest_elsewhere`` names, how many of those
are wrongly single-sourced, what share of all the wrongly single-sourced ones they hold, and how many name a
sentence the annotation links to it (must, should or acceptable).
Usage: python benchmarks/near_misses.py [--extra DIR]...
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _same_story import pairs_in, story_pairs  # noqa: E402

from desktop.engine.near_misses import MAYBE, closest_elsewhere  # noqa: E402
from desktop.engine.pipeline import compare  # noqa: E402

BARS = (0.1, MAYBE, 0.3, 0.4, 0.5)


def counterparts(pair) -> set[frozenset]:
    """The sentence pairs the annotation links (must, should or acceptable), as {(0, i), (1, j)}."""
    ia, ib = pair.anchors
    out = {frozenset(((0, i), (1, j))) for kind in ("must_link", "should_link") for entry in pair.gold[kind]
           for i in ia[entry["a"]] for b in entry["b_any"] for j in ib[b]}
    return out | {frozenset(((0, i), (1, j))) for a, b in pair.gold["acceptable"] for i in ia[a] for j in ib[b]}


def rows(pair) -> list[tuple[float, bool, bool]]:
    """(best unlinked score elsewhere or 0, has a counterpart, the closest sentence is one) for each anchored
    single-sourced sentence; a counterpart is a must or should link."""
    comp = compare([d.source for d in pair.documents])
    close = closest_elsewhere(comp, bar=0.0)
    ia, ib = pair.anchors
    partnered = {(0, i) for kind in ("must_link", "should_link") for e in pair.gold[kind] for i in ia[e["a"]]}
    partnered |= {(1, j) for kind in ("must_link", "should_link") for e in pair.gold[kind] for b in e["b_any"]
                  for j in ib[b]}
    right = counterparts(pair)
    anchored = [set().union(*side.values()) for side in pair.anchors]
    out = []
    for s in range(2):
        for i in comp.single_sourced(s):
            if i in anchored[s]:
                near = close.get((s, i))
                out.append((near.score if near else 0.0, (s, i) in partnered,
                            near is not None and frozenset((near.a, near.b)) in right))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--extra", action="append", default=[], help="a folder of more annotated pairs (repeatable)")
    args = ap.parse_args()
    pairs = story_pairs() + pairs_in(args.extra)
    if not pairs:
        print("skipped: ../shared/eval/same_story not found")
        return 0
    table = [row for pair in pairs for row in rows(pair)]
    missed = sum(wrong for _, wrong, _ in table)
    print(f"{len(pairs)} pairs: {len(table)} anchored single-sourced sentences, {missed} of them with a counterpart "
          f"by the annotation ({missed / max(1, len(table)):.0%})")
    for bar in BARS:
        named = [(wrong, at) for score, wrong, at in table if score >= bar]
        right, pointed = sum(w for w, _ in named), sum(a for _, a in named)
        print(f"  closest elsewhere from {bar:.1f}: named {len(named)} ({len(named) / max(1, len(table)):.0%}), "
              f"{right} with a counterpart ({right / max(1, len(named)):.0%}, {right / max(1, missed):.0%} of those "
              f"with one), {pointed} naming a sentence the annotation links to it"
              f"{'  <- MAYBE' if bar == MAYBE else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
