"""Print the numbered sentences of two reports as Synoptic splits them, and nothing of how it links them (for
annotating blind, BRIEF.md). Usage: python benchmarks/annotate/sentences.py A.txt B.txt"""
from __future__ import annotations

import sys

from desktop.engine.ingest import read_path
from desktop.engine.pipeline import prepare_all


def main(a: str, b: str) -> None:
    for k, (path, doc) in enumerate(zip((a, b), prepare_all([read_path(a), read_path(b)]))):
        print(f"=== {'AB'[k]}: {path}")
        for i in range(len(doc.sentences)):
            print(f"{'AB'[k]}{i}: {doc.sentence_text(i)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
