"""Draw same-story pairs to annotate blind (BRIEF.md): one pair at random from each of N stories, among reports no
pair of the folders given with --used uses yet, each report 8 to 35 sentences long (as Synoptic segments it), copied into a folder per pair
under OUT (outside the project: evaluation data never goes into the repository).

A random pair, not the pair of a story that shares the most: the earlier sets picked by overlap scored must recall
0.965 on arrival, the random ones of the same corpora 0.618, and the development pairs (0.753) sit between.
Stories: English ECB+ documents made into text with ``ecb_to_text.py`` (TOPIC_DOCecb.txt / TOPIC_DOCecbplus.txt,
grouped by topic and sub-corpus: one event each), or French rpm2 clusters (../shared/eval/rpm2_fr/documents,
T01_C1_02.txt: grouped by the first six characters).
Usage: python benchmarks/annotate/pick_pairs.py {ecb,rpm2} FOLDER_OF_TXT OUT [--used DIR]... [-n 8] [--seed 46]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from desktop.engine.ingest import read_path  # noqa: E402
from desktop.engine.pipeline import prepare_all  # noqa: E402

SHORTEST, LONGEST = 8, 35  # sentences a report may have: long enough to share facts, short enough to annotate
_ECB = re.compile(r"(\d+)_\d+(ecbplus|ecb)\.txt$")


def story_of(kind: str, path: Path) -> str | None:
    """The story a report belongs to (ECB+: topic and sub-corpus; rpm2: the cluster), None for another file."""
    if kind == "ecb":
        m = _ECB.match(path.name)
        return f"{m.group(1)}{m.group(2)}" if m else None
    return path.name[:6] if re.match(r"T\d\d_C\d_\d\d\.txt$", path.name) else None


def used_reports(folders: list[str]) -> set[str]:
    """The report names (without .txt) the annotated pairs under ``folders`` use (a pair folder is A__B)."""
    return {name for folder in folders for d in Path(folder).iterdir() if d.is_dir() for name in d.name.split("__")}


def sentence_count(path: Path) -> int:
    return len(prepare_all([read_path(path)])[0].sentences)


def draw(kind: str, folder: Path, used: set[str], n: int, rng: random.Random) -> list[tuple[Path, Path]]:
    """Up to ``n`` pairs, one per story, the stories taken in random order."""
    stories: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.txt")):
        story = story_of(kind, path)
        if story is not None and path.stem not in used:
            stories.setdefault(story, []).append(path)
    keys = sorted(stories)
    rng.shuffle(keys)
    pairs = []
    for key in keys:
        fit = [p for p in stories[key] if SHORTEST <= sentence_count(p) <= LONGEST]
        if len(fit) >= 2:
            pairs.append(tuple(rng.sample(fit, 2)))
        if len(pairs) == n:
            break
    return pairs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=("ecb", "rpm2"))
    ap.add_argument("folder", type=Path, help="the reports as .txt")
    ap.add_argument("out", type=Path, help="where the pair folders go (outside the project)")
    ap.add_argument("--used", action="append", default=[], help="a folder of annotated pairs to leave out (repeatable)")
    ap.add_argument("-n", type=int, default=8)
    ap.add_argument("--seed", type=int, default=46)
    args = ap.parse_args()
    root, out = Path(__file__).resolve().parents[2], args.out.resolve()
    if out.is_relative_to(root):
        sys.exit("pick_pairs: OUT must be outside the project (evaluation data stays out of the repository)")
    missing = [str(f) for f in [args.folder, *args.used] if not Path(f).is_dir()]
    if missing or args.n < 1:
        sys.exit(f"pick_pairs: no such folder: {', '.join(missing)}" if missing else "pick_pairs: -n must be 1 or more")
    pairs = draw(args.kind, args.folder, used_reports(args.used), args.n, random.Random(args.seed))
    if len(pairs) < args.n:
        print(f"pick_pairs: only {len(pairs)} stories have two reports left of {SHORTEST}–{LONGEST} sentences",
              file=sys.stderr)
    for a, b in pairs:
        target = out / f"{a.stem}__{b.stem}"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(a, target / a.name)
        shutil.copy(b, target / b.name)
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
