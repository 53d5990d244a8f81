"""Stories in a pile of reports: which reports cover the same event. Pure engine code, no Dask, no storage.

Each report gets a ``Profile``: the multilingual embedding of its title and lead (its first sentences, where a
report says what happened), and the names and content words of the whole report (``features``). Two reports'
similarity is the mean of three cosines: the lead embeddings, and TF-IDF vectors of names and of content lemmas
(IDF over the batch, smoothed, so that a batch of two reports still counts the words they share). Reports are
then joined by average-linkage agglomerative clustering until no two clusters are ``threshold`` alike.

Dates: reports whose publication dates (``Source.meta["date"]``, from a web page's metadata) lie more than
``MAX_DAYS_APART`` days apart are never one story. Reports without a date are separated by content only; a .docx or
.pdf file's creation date (``meta["created"]``: when it was saved or printed, or a template's date) is none.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from .embed import Embedder
from .features import features
from .model import Document, Source

LEAD_SENTENCES = 3  # the title (when there is one) and the first sentences after it
THRESHOLD = 0.22  # mean similarity two clusters need to be joined (average linkage)
MAX_DAYS_APART = 20  # reports dated further apart are different stories ("a month apart")


@dataclass
class Profile:
    """What clustering needs of one report; small and picklable (it travels between processes)."""

    key: str  # the report's content hash
    lead: np.ndarray  # unit vector of the title and lead
    names: Counter = field(default_factory=Counter)  # proper names and acronyms, folded
    words: Counter = field(default_factory=Counter)  # content lemmas
    day: date | None = None  # publication date when the report states one in its metadata


def lead_text(doc: Document, sentences: int = LEAD_SENTENCES) -> str:
    """The title (if the source has one that is not its first sentence) and the first sentences."""
    first = [doc.sentence_text(i) for i in range(min(sentences, len(doc.sentences)))]
    title = (doc.source.title or "").strip()
    if title and not (first and first[0].strip() == title):
        first = [title, *first[: sentences - 1]]
    return " ".join(" ".join(s.split()) for s in first)


def profile(doc: Document, embedder: Embedder) -> Profile:
    """The profile of one prepared (cleaned and segmented) report."""
    names, words = Counter(), Counter()
    for i in range(len(doc.sentences)):
        f = features(doc.sentence_text(i), doc.language)
        names.update(f.names)
        words.update(f.content)
    vector = embedder.encode([lead_text(doc)])[0]
    return Profile(doc.source.content_hash, vector, names, words, publication_day(doc.source))


def publication_day(source: Source) -> date | None:
    """The date in the source's metadata (ISO ``YYYY-MM-DD…``), if any."""
    raw = str(source.meta.get("date") or "")[:10]
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def tfidf_cosines(bags: list[Counter]) -> np.ndarray:
    """Cosine similarity of log-TF × smoothed-IDF vectors of ``bags`` (rows and columns in order)."""
    df: Counter = Counter(w for bag in bags for w in bag)
    vocab = {w: k for k, w in enumerate(df)}
    n = len(bags)
    matrix = np.zeros((n, max(1, len(vocab))), dtype=np.float64)
    for row, bag in enumerate(bags):
        for word, count in bag.items():
            matrix[row, vocab[word]] = (1 + math.log(count)) * (math.log((1 + n) / (1 + df[word])) + 1)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return matrix @ matrix.T


def similarity(profiles: list[Profile]) -> np.ndarray:
    """The (n, n) similarity of every pair of reports, 0–1; ``-inf`` for reports dated too far apart."""
    leads = np.array([p.lead for p in profiles], dtype=np.float64).reshape(len(profiles), -1)
    leads /= np.maximum(np.linalg.norm(leads, axis=1, keepdims=True), 1e-12)
    sim = (leads @ leads.T + tfidf_cosines([p.names for p in profiles]) + tfidf_cosines([p.words for p in profiles])) / 3
    for a, b in _dated_apart(profiles):
        sim[a, b] = sim[b, a] = -np.inf
    return sim


def _dated_apart(profiles: list[Profile]) -> list[tuple[int, int]]:
    dated = [(k, p.day) for k, p in enumerate(profiles) if p.day is not None]
    return [(a, b) for i, (a, da) in enumerate(dated) for b, db in dated[i + 1 :] if abs((da - db).days) > MAX_DAYS_APART]


def average_linkage(sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels (0, 1, … in order of first member) joining the two most alike clusters while their mean
    pairwise similarity is at least ``threshold``. A pair at ``-inf`` keeps its two clusters apart for good."""
    n = len(sim)
    work = np.array(sim, dtype=np.float64, copy=True)
    np.fill_diagonal(work, -np.inf)
    size = np.ones(n)
    owner = np.arange(n)
    alive = np.ones(n, dtype=bool)
    while alive.sum() > 1:
        masked = np.where(alive[:, None] & alive[None, :], work, -np.inf)
        i, j = np.unravel_index(np.argmax(masked), masked.shape)
        if not masked[i, j] >= threshold:
            break
        with np.errstate(invalid="ignore"):  # -inf * 0 never happens: sizes are at least 1
            merged = (work[i] * size[i] + work[j] * size[j]) / (size[i] + size[j])
        work[i, :], work[:, i] = merged, merged
        work[i, i] = -np.inf
        size[i] += size[j]
        alive[j] = False
        owner[owner == j] = i
    return _relabel(owner)


def _relabel(owner: np.ndarray) -> list[int]:
    seen: dict[int, int] = {}
    return [seen.setdefault(int(o), len(seen)) for o in owner]


def cluster(profiles: list[Profile], threshold: float = THRESHOLD) -> list[int]:
    """A story label per report (reports alone in their cluster keep a label of their own)."""
    if not profiles:
        return []
    return average_linkage(similarity(profiles), threshold)
