"""Align: find the sentences of different sources that state the same thing.

Order-free. For every pair of sources: block candidates (top-k by embedding cosine, plus sentences sharing a
rare lemma, name or number), score each candidate pair finely (semantic cosine, IDF-weighted lemma overlap,
rapidfuzz Indel on content lemmas, agreement of names and numbers) into a calibrated 0–1 probability, then
keep links that are best on at least one side and clear the threshold. Groups are the connected sets of links
across all sources, so a claim carried by 2 to 10 sources forms one group and one sentence may match two.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import Indel

from .clauses import best_clause_match
from .features import UNSPACED, SentenceFeatures
from .model import Group, Link, SentenceRef


@dataclass
class DocView:
    """What align needs of one document."""

    lang: str
    features: list[SentenceFeatures]
    vectors: np.ndarray | None  # (n, 512) unit vectors, or None without semantic matching
    headline: int | None = None  # index of the report's title sentence, when it has one
    clauses: list[np.ndarray | None] | None = None  # per sentence, its clauses' vectors (None: a single clause)


MIN_CONTENT_WORDS = 2  # a shorter sentence links only when it shares a word, name or number with the other


@dataclass(frozen=True)
class ScoreModel:
    """Logistic calibration of the pair evidence, fitted on haystacks of development pairs (benchmarks/fit_scores.py)."""

    bias: float = -4.59
    cosine: float = -1.99
    cross_language_cosine: float = 2.49  # extra weight on cosine across languages, where words cannot overlap
    margin: float = 17.92  # cosine above both sentences' neighbourhoods: the strongest single signal
    lexical: float = -0.41
    indel: float = 2.92
    shared_entities: float = -0.31
    entity_conflict: float = -1.46
    mutual: float = 2.94  # the two sentences are each other's closest match
    same_story: float = 1.5  # prior: in two reports of one event most sentences have a counterpart (set by hand)
    clause: float = 15.0  # reports of one story: how far their best clauses match above the floor (by hand)
    clause_floor: float = 0.6
    headline: float = 4.5  # prior: two reports of one story carry corresponding titles (set by hand, not fitted)
    # without embeddings (--no-semantic): lemma overlap alone
    lexical_only_bias: float = -4.5
    lexical_only_weight: float = 9.0


@dataclass(frozen=True)
class AlignParams:
    threshold: float = 0.5
    top_k: int = 8
    secondary_margin: float = 0.15  # a one-sided best link must clear threshold + margin
    floor: float = 0.02  # candidates below this are not kept for re-grouping
    cohesion: float = 0.35  # mean cross-source score two partial groups need to merge


def idf_table(docs: list[DocView]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    n = 0
    for d in docs:
        for f in d.features:
            n += 1
            for key in f.content | f.names | f.numbers:
                df[key] += 1
    return {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}


def _weighted(keys: frozenset[str], idf: dict[str, float]) -> float:
    return sum(idf.get(k, 1.0) for k in keys)


def _lexical(a: SentenceFeatures, b: SentenceFeatures, idf: dict[str, float]) -> float:
    ka, kb = a.content | a.names | a.numbers, b.content | b.names | b.numbers
    shared = _weighted(ka & kb, idf)
    total = _weighted(ka, idf) + _weighted(kb, idf)
    return 2 * shared / total if total else 0.0


def _entities(a: SentenceFeatures, b: SentenceFeatures) -> tuple[float, float]:
    ea, eb = a.names | a.numbers, b.names | b.numbers
    shared = len(ea & eb)
    conflict = float(bool(a.numbers and b.numbers and not (a.numbers & b.numbers)))
    return min(shared, 3) / 3, conflict


class Evidence(NamedTuple):
    """What the aligner knows about one candidate pair of sentences."""

    cos: float | None  # cosine of the sentence embeddings (None without semantic matching)
    margin: float | None  # cosine above both sentences' neighbourhoods
    lexical: float  # IDF-weighted overlap of lemmas, names and numbers
    indel: float  # rapidfuzz Indel similarity of the sorted content lemmas (same language only)
    shared: float  # shared names and numbers, 0–1
    conflict: float  # both give numbers and none agree
    mutual: float = 0.0  # each other's closest match
    headline: float = 0.0  # the two reports' titles
    story: float = 0.0  # 0–1, the documents read as reports of one story
    clause: float = 0.0  # best clause-to-clause similarity (reports of one story only)


def pair_evidence(a: SentenceFeatures, b: SentenceFeatures, cos: float | None, same_lang: bool, idf, margin: float | None = None) -> Evidence:
    """The sentence-level evidence that two sentences state the same thing (context fields left at 0)."""
    lex = _lexical(a, b, idf)
    ind = Indel.normalized_similarity(sorted(a.content), sorted(b.content)) if same_lang else 0.0
    shared, conflict = _entities(a, b)
    return Evidence(cos, margin, lex, ind, shared, conflict)


def probability(evidence: Evidence, same_lang: bool, model: ScoreModel) -> float:
    cos, margin, lex, ind, shared, conflict, mutual, headline, story, clause = evidence
    z = model.indel * ind + model.shared_entities * shared + model.entity_conflict * conflict + model.mutual * mutual
    z += model.headline * headline + model.same_story * story
    z += model.clause * story * max(0.0, clause - model.clause_floor)
    if cos is None:
        z += model.lexical_only_bias + model.lexical_only_weight * lex
    else:
        z += model.bias + model.lexical * lex + model.cosine * cos + model.margin * (margin or 0.0)
        z += 0.0 if same_lang else model.cross_language_cosine * cos
    return 1.0 / (1.0 + math.exp(-z))


def _neighbourhood(va: np.ndarray, vb: np.ndarray, k: int = 4, block: int = 1024) -> np.ndarray:
    """Mean cosine of each row of ``va`` with its k nearest rows of ``vb`` (how crowded its neighbourhood is)."""
    out = np.zeros(va.shape[0], dtype=np.float32)
    kk = min(k, vb.shape[0])
    for r0 in range(0, va.shape[0], block):
        sims = va[r0 : r0 + block] @ vb.T
        out[r0 : r0 + block] = np.partition(-sims, kk - 1, axis=1)[:, :kk].mean(axis=1) * -1
    return out


def _semantic_candidates(va: np.ndarray, vb: np.ndarray, k: int) -> tuple[set[tuple[int, int]], dict, np.ndarray, np.ndarray]:
    """Top-k pairs by cosine in both directions, their cosines, and each side's neighbourhood density."""
    pairs: set[tuple[int, int]] = set()
    for r0 in range(0, va.shape[0], 1024):
        sims = va[r0 : r0 + 1024] @ vb.T
        kb = min(k, vb.shape[0])
        for r, cols in enumerate(np.argpartition(-sims, kb - 1, axis=1)[:, :kb]):
            pairs.update((r0 + r, int(c)) for c in cols)
    for c0 in range(0, vb.shape[0], 1024):
        sims = vb[c0 : c0 + 1024] @ va.T
        ka = min(k, va.shape[0])
        for c, rows in enumerate(np.argpartition(-sims, ka - 1, axis=1)[:, :ka]):
            pairs.update((int(r), c0 + c) for r in rows)
    cos = {(i, j): float(va[i] @ vb[j]) for i, j in pairs}
    return pairs, cos, _neighbourhood(va, vb), _neighbourhood(vb, va)


def _lexical_candidates(a: DocView, b: DocView, idf: dict[str, float], k: int) -> set[tuple[int, int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for j, f in enumerate(b.features):
        for key in f.content | f.names | f.numbers:
            index[key].append(j)
    limit = min(50, max(20, int(0.05 * len(b.features))))  # keys in more sentences than this are too common to block on
    pairs: set[tuple[int, int]] = set()
    for i, f in enumerate(a.features):
        votes: dict[int, float] = defaultdict(float)
        for key in f.content | f.names | f.numbers:
            hits = index.get(key, ())
            if 0 < len(hits) <= limit:
                for j in hits:
                    votes[j] += idf.get(key, 1.0)
        for j in sorted(votes, key=lambda j: (-votes[j], j))[:k]:
            pairs.add((i, j))
    return pairs


def candidate_evidence(a: DocView, b: DocView, idf, top_k: int) -> list[tuple[int, int, Evidence]]:
    """Blocked candidate pairs (i, j) between two documents, each with its evidence."""
    if not a.features or not b.features:
        return []
    cos: dict[tuple[int, int], float] = {}
    pairs: set[tuple[int, int]] = set()
    semantic = a.vectors is not None and b.vectors is not None
    if semantic:
        pairs, cos, dens_a, dens_b = _semantic_candidates(a.vectors, b.vectors, top_k)
    pairs |= _lexical_candidates(a, b, idf, top_k)  # from both sides, so swapping the sources mirrors the result
    pairs |= {(i, j) for j, i in _lexical_candidates(b, a, idf, top_k)}
    story = same_story(a.vectors, b.vectors) if semantic else 0.0
    use_clauses = story > 0 and a.clauses is not None and b.clauses is not None
    titles = (a.headline, b.headline) if a.headline is not None and b.headline is not None else None
    if titles:
        pairs.add(titles)
    same_lang = a.lang == b.lang
    rows = []
    for i, j in sorted(pairs):
        c = margin = None
        if semantic:
            c = cos.get((i, j), float(a.vectors[i] @ b.vectors[j]))
            margin = c - (float(dens_a[i]) + float(dens_b[j])) / 2
        ev = pair_evidence(a.features[i], b.features[j], c, same_lang, idf, margin)
        clause = _clause_evidence(a, b, i, j) if use_clauses else 0.0
        rows.append((i, j, ev, clause))
    closeness = [((i, j), max(ev.cos if ev.cos is not None else ev.lexical, clause)) for i, j, ev, clause in rows]
    # titles correspond in reports of one story: the prior follows the story evidence where it is measured (same
    # language, with embeddings); across languages or without embeddings it stands as it is
    title_weight = story if semantic and same_lang else 1.0
    return [(i, j, ev._replace(mutual=mutual, headline=title_weight * ((i, j) == titles), story=story, clause=clause))
            for (i, j, ev, clause), mutual in zip(rows, _mutual_flags(closeness))]


def _clause_evidence(a: DocView, b: DocView, i: int, j: int) -> float:
    """The best clause-to-clause similarity of two sentences (a one-clause sentence stands for itself)."""
    ca = a.clauses[i] if a.clauses[i] is not None else a.vectors[i : i + 1]
    cb = b.clauses[j] if b.clauses[j] is not None else b.vectors[j : j + 1]
    return best_clause_match(ca, cb)


def same_story(va: np.ndarray, vb: np.ndarray) -> float:
    """0–1: how far two documents read as reports of one story rather than unrelated sentences.

    The mean cosine over all sentence pairs (computed from the centroids, O(n)) is 0.06–0.11 between
    shuffled news sentences of many stories and 0.25–0.35 between two reports of one event."""
    mean_cos = float(va.mean(axis=0) @ vb.mean(axis=0))
    return min(1.0, max(0.0, (mean_cos - 0.15) / 0.12))


def _mutual_flags(scored: list[tuple[tuple[int, int], float]]) -> list[float]:
    """1.0 for each pair that is both sentences' closest match (by sentence or clause similarity), else 0.0."""
    row_best: dict[int, float] = {}
    col_best: dict[int, float] = {}
    for (i, j), v in scored:
        row_best[i] = max(row_best.get(i, -9.0), v)
        col_best[j] = max(col_best.get(j, -9.0), v)
    return [float(v >= row_best[i] and v >= col_best[j]) for (i, j), v in scored]


def score_pair_of_docs(p: int, q: int, a: DocView, b: DocView, idf, model: ScoreModel, params: AlignParams) -> list[Link]:
    """Every candidate pair between documents p and q with its probability (above the floor)."""
    same_lang = a.lang == b.lang
    spaced = a.lang not in UNSPACED and b.lang not in UNSPACED
    links = []
    for i, j, evidence in candidate_evidence(a, b, idf, params.top_k):
        short = min(len(a.features[i].content), len(b.features[j].content)) < MIN_CONTENT_WORDS
        if spaced and short and evidence.lexical == 0:
            continue  # "Assurément." and "Finance.": too few words for their embeddings to mean anything
        prob = probability(evidence, same_lang, model)
        if prob >= params.floor:
            links.append(Link((p, i), (q, j), round(prob, 4)))
    return links


def select_links(candidates: list[Link], params: AlignParams) -> list[Link]:
    """Keep links that clear the threshold and are best on both sides, or clearly good on one side."""
    best: dict[tuple[SentenceRef, int], float] = {}
    for ln in candidates:
        for ref, other in ((ln.a, ln.b[0]), (ln.b, ln.a[0])):
            key = (ref, other)
            best[key] = max(best.get(key, 0.0), ln.score)
    kept = []
    for ln in candidates:
        if ln.score < params.threshold:
            continue
        best_a = ln.score >= best[(ln.a, ln.b[0])]
        best_b = ln.score >= best[(ln.b, ln.a[0])]
        if (best_a and best_b) or ((best_a or best_b) and ln.score >= params.threshold + params.secondary_margin):
            kept.append(ln)
    return kept


def build_groups(links: list[Link], candidates: list[Link] | None = None, cohesion: float = 0.0) -> list[Group]:
    """Join linked sentences into groups, strongest links first (single pass, deterministic).

    Two partial groups merge only when their cross-source pairs score ``cohesion`` on average (missing pairs
    count as 0), so one loose link cannot chain unrelated claims together. Manual links always merge."""
    table = {(ln.a, ln.b): ln.score for ln in candidates or ()}
    table.update({(ln.b, ln.a): ln.score for ln in candidates or ()})
    comp: dict[SentenceRef, int] = {}
    members: dict[int, list[SentenceRef]] = {}
    kept: dict[int, list[Link]] = {}
    for ln in sorted(links, key=lambda x: (not x.manual, -x.score, x.a, x.b)):
        for ref in (ln.a, ln.b):
            if ref not in comp:
                comp[ref] = len(comp)
                members[comp[ref]], kept[comp[ref]] = [ref], []
        ca, cb = comp[ln.a], comp[ln.b]
        if ca == cb:
            kept[ca].append(ln)
            continue
        growing = len(members[ca]) > 1 or len(members[cb]) > 1
        if growing and not ln.manual and _cohesion(members[ca], members[cb], table) < cohesion:
            continue
        for ref in members[cb]:
            comp[ref] = ca
        members[ca] += members.pop(cb)
        kept[ca] += kept.pop(cb) + [ln]
    groups = []
    for key, mem in members.items():
        if len({s for s, _ in mem}) < 2:
            continue
        lk = sorted(kept[key], key=lambda x: (x.a, x.b))
        score = sum(x.score for x in lk) / len(lk)
        groups.append(Group(sorted(mem), round(min(1.0, max(0.0, score)), 4), lk))
    return sorted(groups, key=lambda g: g.members[0])


def _cohesion(xs: list[SentenceRef], ys: list[SentenceRef], table: dict) -> float:
    pairs = [(x, y) for x in xs for y in ys if x[0] != y[0]]
    if not pairs:
        return 0.0
    return sum(table.get(p, 0.0) for p in pairs) / len(pairs)
