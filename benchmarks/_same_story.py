"""Development data for the score model, read from ../shared/eval at run time (never copied here).

``story_pairs()``: the annotated same-story pairs, each read and prepared as the CLI would, with the gold
anchors mapped onto our sentences (an anchor is a sentence's first characters: the segmentation may differ).
``haystacks()``: shuffled paraphrase pairs (MRPC, STS-B English and French) laid out as ../shared/eval/haystack.py
does: first sentences in one document, second sentences in the other, a third left without their partner.
``candidate_rows()`` turns either into the aligner's candidate pairs with their evidence and a label.
"""
from __future__ import annotations

import csv
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop.engine import align
from desktop.engine.embed import shared_embedder
from desktop.engine.ingest import from_text, read_path
from desktop.engine.model import Document, Sentence
from desktop.engine.pipeline import doc_views, one_story, prepare_all, score_pair, statements_only, with_pair_rules

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
STORIES = EVAL / "same_story"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


@dataclass
class Pair:
    """Two documents, what align needs of them, and which sentence pairs are right (None: not judged)."""

    name: str
    documents: list[Document]
    views: list[align.DocView]
    label: callable = None  # (i, j) -> 1 (same statement), 0 (not), None (not judged)
    gold: dict = field(default_factory=dict)
    anchors: list[dict[str, set[int]]] = field(default_factory=list)  # per side: gold key -> our sentences


def _anchor_map(doc: Document, anchors: dict[str, str]) -> dict[str, set[int]]:
    texts = [norm(doc.sentence_text(i)) for i in range(len(doc.sentences))]
    out = {}
    for key, anchor in anchors.items():
        a = norm(anchor)
        out[key] = {i for i, t in enumerate(texts) if a[:60] in t or (len(t) >= 8 and a.startswith(t))}
    return out


def story_pairs(root: Path = STORIES) -> list[Pair]:
    """The annotated pairs under ``root`` (one folder a pair: two reports and gold.json)."""
    pairs = []
    for folder in sorted(p for p in root.iterdir() if (p / "gold.json").is_file()) if root.is_dir() else []:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        docs = prepare_all([read_path(folder / gold[k]) for k in ("a", "b")])
        anchors = [_anchor_map(d, gold[f"anchors_{s}"]) for d, s in zip(docs, ("a", "b"))]
        keys = [{i: {k for k, ii in side.items() if i in ii} for i in range(len(d.sentences))} for side, d in zip(anchors, docs)]
        ok = {tuple(x) for x in gold["acceptable"]}

        def label(i, j, keys=keys, ok=ok):
            if not keys[0][i] or not keys[1][j]:
                return None
            return int(any((x, y) in ok for x in keys[0][i] for y in keys[1][j]))

        pairs.append(Pair(folder.name, docs, doc_views(docs, shared_embedder()), label, gold, anchors))
    return pairs


def _doc(lines: list[str], name: str, lang: str) -> Document:
    """A document of one sentence a line, segmented exactly so (haystack sentences are known)."""
    src = from_text("\n".join(lines), name)
    sentences, pos = [], 0
    for k, line in enumerate(lines):
        sentences.append(Sentence(pos, pos + len(line), k))
        pos += len(line) + 1
    return Document(src, lang, sentences, [])


def _haystack(name: str, la: str, lb: str, rows: list[tuple[str, str, int | None]]) -> Pair:
    keep_b = [i for i in range(len(rows)) if i % 3 != 2]
    rnd = random.Random(7)
    rnd.shuffle(keep_b)
    docs = [_doc([r[0] for r in rows], name + "-a", la), _doc([rows[i][1] for i in keep_b], name + "-b", lb)]

    def label(i, j):
        if keep_b[j] != i:
            return 0
        return 1 if rows[i][2] == 1 else None  # a related pair below the positive bar is neither right nor wrong

    return Pair(name, docs, doc_views(docs, shared_embedder()), label)


def haystacks(n: int = 450, seed: int = 3) -> list[Pair]:
    if not (EVAL / "mrpc").is_dir():
        return []
    rnd = random.Random(seed)
    mrpc = list(csv.reader(open(EVAL / "mrpc" / "msr_paraphrase_train.txt", encoding="utf-8-sig"), delimiter="\t",
                           quoting=csv.QUOTE_NONE))[1:]
    rnd.shuffle(mrpc)
    out = [_haystack("mrpc", "en", "en", [(r[3], r[4], int(r[0])) for r in mrpc[-n:]])]
    st = list(csv.DictReader(open(EVAL / "stsb_en_fr_train" / "stsb_train_news_en_fr.tsv", encoding="utf-8"),
                             delimiter="\t", quoting=csv.QUOTE_NONE))
    for la, lb in (("en", "fr"), ("fr", "fr"), ("en", "en")):
        rnd.shuffle(st)
        rows = [(r["sentence1_" + la], r["sentence2_" + lb], float(r["score"])) for r in st[-n:]]
        out.append(_haystack(f"stsb-{la}-{lb}", la, lb, [(a, b, int(s >= 4)) for a, b, s in rows]))
    return out


def pairs_in(folders: list[str]) -> list[Pair]:
    """The annotated pairs of every folder given (the benchmarks' repeatable --extra), in order."""
    return [p for folder in folders for p in story_pairs(Path(folder))]


def candidate_rows(pair: Pair, top_k: int = 8):
    """(i, j, evidence, label) for every candidate pair the aligner scores between the two documents."""
    a, b = pair.views
    idf = align.idf_table(pair.views)
    return [(i, j, ev, pair.label(i, j)) for i, j, ev in align.candidate_evidence(a, b, idf, top_k)]


def linked_pairs(pair: Pair, model, threshold: float = 0.5) -> set[tuple[int, int]]:
    """The sentence pairs (i, j) the aligner links between the two documents with ``model``, as the CLI would."""
    params = align.AlignParams(threshold=threshold)
    idf = align.idf_table(pair.views)
    cands = score_pair(0, 1, pair.views, idf, model, params)  # across languages, as a translation where it reads so
    if one_story(*pair.views):  # split halves read together, as the CLI does (engine/merges.py)
        cands = statements_only(with_pair_rules(cands, pair.documents, pair.views, shared_embedder(), None, idf),
                                *pair.views)
    prose = frozenset(k for k, view in enumerate(pair.views) if view.prose)
    groups = align.build_groups(align.select_links(cands, params), cands, cohesion=params.cohesion, restating=prose,
                                sure=align.sure_join(len(pair.views)),
                                titles={k: v.headline for k, v in enumerate(pair.views) if v.headline is not None})
    return {(ln.a[1], ln.b[1]) if ln.a[0] == 0 else (ln.b[1], ln.a[1]) for g in groups for ln in g.links}


def story_score(pair: Pair, links: set[tuple[int, int]]) -> list[int]:
    """[must found, must, should found, should, links judged, false links], as ../shared/eval/same_story.py counts."""
    ia, ib = pair.anchors
    gold = pair.gold

    def found(entry):
        return any((i, j) in links for i in ia[entry["a"]] for b in entry["b_any"] for j in ib[b])

    ok = {(i, j) for a, b in gold["acceptable"] for i in ia[a] for j in ib[b]}
    anchored = [set().union(*side.values()) for side in pair.anchors]
    judged = {(i, j) for i, j in links if i in anchored[0] and j in anchored[1]}
    must, should = [found(e) for e in gold["must_link"]], [found(e) for e in gold["should_link"]]
    return [sum(must), len(must), sum(should), len(should), len(judged), len(judged - ok)]


def summary(total: list[int]) -> str:
    m, M, s, S, j, f = total
    return (f"must recall {m / max(M, 1):.3f} ({m}/{M})  should recall {s / max(S, 1):.3f} ({s}/{S})  "
            f"link precision {(j - f) / max(j, 1):.3f} ({j - f}/{j})")
