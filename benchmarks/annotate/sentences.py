"""Print the numbered sentences of two reports as Synoptic splits them, and nothing of how it links them (for
annotating blind, BRIEF.md). Usage: python benchmarks/annotate/sentences.py A.txt B.txt"""
from __future__ import annotations

import sys

from _cli import compare_json


def main(a: str, b: str) -> None:
    out = compare_json(a, b)
    for k, (path, src) in enumerate(zip((a, b), out["sources"])):
        print(f"=== {'AB'[k]}: {path}")
        for i, x in enumerate(src["sentences"]):
            print(f"{'AB'[k]}{i}: {src['text'][x['start']:x['end']]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
