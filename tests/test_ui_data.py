"""A hand-built Comparison of the two sample reports, so the UI tests do not depend on the aligner.

(No tests here: this module only provides data to tests/test_ui*.py.)
"""
from __future__ import annotations

import re
from pathlib import Path

from desktop.engine.model import Comparison, Detail, Document, Group, Link, Progress, Removed, Sentence, Source

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
BOILERPLATE = ("Pour rejoindre", "Source d'information", "Répandre l'amour", "Similar Posts", "Suivre ", "ttn-fr",
               "la russie a demandé une aide")
SENTENCE_END = re.compile(r"(?<=[.!?…»\"])\s+(?=[«\"A-ZÀ-ÖØ-Þ])")

# (text in sample 0, text in sample 1): sentences that state the same thing
PAIRS = [
    ("La Russie a demandé à la Chine une aide", "Les États-Unis affirment que la Russie"),
    ("Les États-Unis disposent d’informations", "La Russie a demandé à la Chine du matériel"),
    ("Il n’est pas encore clair", "Ils ont refusé de donner des détails"),
    ("Mais lors d'une réunion intense", "La révélation intervient alors que Jake Sullivan"),
    ("Des responsables ont déclaré séparément à CNN", "Les États-Unis n’ont également vu aucun signe"),
    ("Les inquiétudes concernant une éventuelle", "D’autres responsables américains ont déclaré"),
]
MRE = "repas prêts à manger"


def sample_sources() -> list[Source]:
    paths = sorted(SAMPLES.glob("*.txt"))
    return [Source(p.name, p.read_text(encoding="utf-8"), path=str(p)) for p in paths]


def segment(text: str) -> tuple[list[Sentence], list[Removed]]:
    sentences, removed, paragraph, pos = [], [], 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        if line.startswith(BOILERPLATE):
            removed.append(Removed(start, start + len(line), "boilerplate", "share/subscribe line"))
            continue
        offset = start
        for piece in SENTENCE_END.split(line):
            begin = text.index(piece, offset)
            sentences.append(Sentence(begin, begin + len(piece.rstrip()), paragraph))
            offset = begin + len(piece)
        paragraph += 1
    return sentences, removed


def find(doc: Document, prefix: str) -> int:
    return next(i for i in range(len(doc.sentences)) if doc.sentence_text(i).startswith(prefix))


def hand_comparison(sources: list[Source] | None = None) -> Comparison:
    docs = [Document(s, "fr", *segment(s.text)) for s in (sources or sample_sources())]
    groups = []
    for a, b in PAIRS:
        ra, rb = (0, find(docs[0], a)), (1, find(docs[1], b))
        groups.append(Group([ra, rb], 0.8, [Link(ra, rb, 0.8)]))
    mre = find(docs[0], "Parmi les aides")
    start = docs[0].text.index(MRE)
    details = [Detail(0, mre, start, start + len(MRE), "unique", "quote")]
    g = 3  # "sept heures" conflicts with "lundi"
    s0, s1 = groups[g].members[0][1], groups[g].members[1][1]
    c0, c1 = docs[0].text.index("sept heures"), docs[1].text.index("lundi")
    details.append(Detail(0, s0, c0, c0 + 11, "conflict", "number", g, ((1, c1, c1 + 5),)))
    details.append(Detail(1, s1, c1, c1 + 5, "conflict", "date", g, ((0, c0, c0 + 11),)))
    return Comparison(docs, groups, details)


def fake_compare_iter(comparison: Comparison, steps: int = 4, delay: float = 0.0):
    """A stand-in for pipeline.compare_iter that yields a few steps and returns ``comparison``
    (or, for other sources, their sentences with nothing aligned)."""
    import time

    def compare_iter(sources, options=None, **_kw):
        for k in range(steps):
            time.sleep(delay)
            yield Progress("align", k / steps, f"step {k + 1} of {steps}")
        if [d.source.text for d in comparison.documents] == [s.text for s in sources]:
            return comparison
        return Comparison([Document(s, "fr", *segment(s.text)) for s in sources], [], [])

    return compare_iter
