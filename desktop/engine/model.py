"""Plain data that flows through the pipeline: ingest → clean → segment → align → details.

Offsets are Python ``str`` indices (code points) into ``Source.text``, half-open ``[start, end)``.
Nothing here imports Qt or touches storage.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Protocol

RemovedReason = Literal["boilerplate", "duplicate", "other"]
DetailKind = Literal["unique", "conflict"]
AttributionKind = Literal["person", "organisation", "outlet", "anonymous", "document"]
ATTRIBUTION_KINDS = ("person", "organisation", "outlet", "anonymous", "document")
# A claim's sourcing flag (attribution.compare) and the kinds in words, as every view and report says them
ANONYMOUS_ONLY, NO_SOURCE = "anonymous sources only", "no stated source"
# a version in a language without cue lists (``attribution.compare.analysed``): its sources are not looked for
NOT_READ = "not read in this language (sources are found in English, French, Spanish, German, Italian and Portuguese)"
# a speaker of a claim's version whose statement is a clause only that version has (``attribution.own_clauses``)
ONLY_THIS_VERSION = "of what only this version says"
KIND_WORDS = {"person": "named person", "organisation": "institution", "outlet": "outlet",
              "anonymous": "anonymous source", "document": "document", "none": NO_SOURCE}
SentenceRef = tuple[int, int]  # (source index, sentence index)


@dataclass(frozen=True, eq=False)
class Source:
    """One report as read from a file or a paste: its text and what we know about it."""

    name: str  # display name: title or file name
    text: str  # decoded, BOM stripped, line endings normalised to \n, nothing else changed
    path: str | None = None
    title: str | None = None
    kind: str = "text"  # text | html | docx | pdf | rtf | paste
    encoding: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)  # outlet, date, author, url…

    @cached_property
    def content_hash(self) -> str:
        """Stable identity of the text (sha256 hex): overrides and annotations are keyed by it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Removed:
    """A span left out of the comparison, and why."""

    start: int
    end: int
    reason: RemovedReason
    label: str = ""  # human words: "share/subscribe line", "repeats line 1"…


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int = 0  # index of the paragraph (line of the text: ingest joined the lines a layout wrapped) it sits in


@dataclass
class Document:
    """A source after cleaning and segmentation."""

    source: Source
    language: str
    sentences: list[Sentence]
    removed: list[Removed]

    @property
    def text(self) -> str:
        return self.source.text

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.source.text[s.start : s.end]


@dataclass(frozen=True)
class Link:
    """A sentence pair the aligner (or the user) joined, with its 0–1 score."""

    a: SentenceRef
    b: SentenceRef
    score: float
    manual: bool = False


@dataclass
class Group:
    """Sentences of at least two sources that state the same thing."""

    members: list[SentenceRef]
    score: float
    links: list[Link]

    @property
    def sources(self) -> set[int]:
        return {s for s, _ in self.members}


@dataclass(frozen=True)
class Detail:
    """A span inside a sentence that only its source has (unique) or that differs from a counterpart (conflict)."""

    source: int
    sentence: int
    start: int
    end: int
    kind: DetailKind
    type: str = "text"  # text | number | name | date | quote | attribution
    group: int | None = None
    counterparts: tuple[tuple[int, int, int], ...] = ()  # (source, start, end) for conflicts

    @property
    def is_fact(self) -> bool:
        """A name, number, date, quote or attribution: what a fact-checker verifies. Other details ("text")
        are wording: the same fact said differently, or a phrase only one source has."""
        return self.type != "text"


@dataclass(frozen=True)
class Attribution:
    """A phrase of a sentence naming the source of its statement ("des responsables américains", "CNN"), its kind,
    and the cue that marks it ("ont déclaré à", "according to"). Offsets are into the source's text, inside the
    sentence. ``refers_to`` names whom a pronoun speaker ("a-t-il ajouté") stands for, when the text says."""

    source: int
    sentence: int
    start: int
    end: int
    kind: AttributionKind
    cue: tuple[int, int]
    refers_to: str | None = None


@dataclass(frozen=True)
class Anchor:
    """A stable reference to a sentence: the source's content hash and a character span.

    Survives re-segmentation and re-alignment, unlike sentence indices."""

    source_hash: str
    start: int
    end: int


@dataclass(frozen=True)
class Override:
    """A user's correction: force two sentences together ("link"), keep them apart ("unlink"), or treat a span the
    cleaner left out as report text ("keep", with ``a == b`` naming the span)."""

    action: Literal["link", "unlink", "keep"]
    a: Anchor
    b: Anchor


VERDICTS = ("corroborated", "disputed", "needs check", "false", "unverifiable")


@dataclass(frozen=True)
class Annotation:
    """A fact-checker's verdict and note on a claim, attached to one sentence by a stable anchor.

    ``claim`` holds the anchors of the claim's versions when the review was written: the review belongs to that
    claim and shows on the group that now holds most of them (``engine/reviews.placed``), wherever ``anchor`` went;
    empty (a review written before) it shows on the group of ``anchor``."""

    anchor: Anchor
    verdict: str | None = None  # one of VERDICTS, or None
    note: str = ""
    created: str = ""  # ISO 8601 UTC
    updated: str = ""
    claim: tuple[Anchor, ...] = ()


class EmbeddingCache(Protocol):
    """Where the caller keeps sentence embeddings between runs (the store implements it)."""

    def get(self, key: str): ...  # -> numpy vector or None

    def put(self, key: str, vector) -> None: ...


@dataclass(frozen=True)
class Options:
    """Everything that tunes a comparison; passed in, never global."""

    threshold: float = 0.5  # minimum group score kept, on the 0–1 scale
    semantic: bool = True  # use multilingual sentence embeddings
    max_chars: int = 2_000_000  # refuse larger inputs (ingest)
    top_k: int = 8  # candidates per sentence before fine scoring


@dataclass
class Comparison:
    documents: list[Document]
    groups: list[Group]
    details: list[Detail]
    options: Options = field(default_factory=Options)
    candidates: list[Link] = field(default_factory=list)  # every scored pair, for re-grouping without re-scoring
    overrides: list[Override] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)  # who each statement is attributed to
    word_matches: object = None  # meanings.WordMatches: words of different reports that mean the same (None: not computed)
    phrase_cover: object = None  # phrases.PhraseCover: phrase cosines of cross-language pairs (None: not computed)
    # single-sourced sentence -> the pair with its closest unlinked sentence in another source, where that scores
    # near_misses.MAYBE or more: "only here" may be the aligner's miss (near_misses.closest_elsewhere)
    elsewhere: dict[SentenceRef, Link] = field(default_factory=dict)

    def group_index(self) -> dict[SentenceRef, int]:
        """Map each grouped sentence to its group number."""
        return {ref: g for g, grp in enumerate(self.groups) for ref in grp.members}

    def pair_score(self, a: SentenceRef, b: SentenceRef) -> float | None:
        """How sentences ``a`` and ``b`` are scored as one statement: 1.0 for a link the user made, else the
        aligner's score (``aligner_score``)."""
        return 1.0 if self.linked_by_hand(a, b) else self.aligner_score(a, b)

    def linked_by_hand(self, a: SentenceRef, b: SentenceRef) -> bool:
        return any(ln.manual and {ln.a, ln.b} == {a, b} for g in self.groups for ln in g.links)

    def aligner_score(self, a: SentenceRef, b: SentenceRef) -> float | None:
        """How the aligner scored ``a`` and ``b`` as one statement, whatever the user made of them (None for a pair
        it never scored: too far apart to be a candidate). Indexed once per candidates list."""
        key = id(self.candidates), len(self.candidates)
        cached = self.__dict__.get("_pair_index")
        if cached is None or cached[0] != key:
            index = {frozenset((ln.a, ln.b)): ln.score for ln in self.candidates}
            self.__dict__["_pair_index"] = cached = (key, index)
        return cached[1].get(frozenset((a, b)))

    @property
    def labels(self) -> dict[int, frozenset[int]]:
        """Per source, its section labels ("Key figures", "REPÈRES": ``headings.section_labels``): lines that name
        what follows and state nothing, so no claim of their source alone (``single_sourced`` leaves them out). Read
        from the documents, once per list of documents (a reordered or rebuilt comparison reads its own)."""
        key = tuple(id(d) for d in self.documents)
        cached = self.__dict__.get("_labels")
        if cached is None or cached[0] != key:
            from .pipeline import section_labels_of  # the engine's stages sit above the model

            self.__dict__["_labels"] = cached = (key, section_labels_of(self.documents))
        return cached[1]

    def single_sourced(self, source: int) -> list[int]:
        """Sentence indices of ``source`` that no other source carries, its section labels aside (no claims)."""
        grouped, labels = self.group_index(), self.labels.get(source, frozenset())
        return [i for i in range(len(self.documents[source].sentences)) if (source, i) not in grouped and i not in labels]

    def is_label(self, source: int, sentence: int) -> bool:
        """The sentence is a section label of its source, grouped with nothing (shown as a heading, no claim)."""
        return sentence in self.labels.get(source, frozenset()) and (source, sentence) not in self.group_index()

    def disputes(self) -> dict[int, int]:
        """Per group whose versions disagree on a fact, how many of its spans a counterpart says differently (a name,
        a number, a date, a quote, a negation): a claim to check before a verdict covers every version. Words said
        otherwise in one slot ("noticed" / "spotted", "give" / "offer") stay marked in the text but are no dispute:
        two helpers reading as fact-checkers found the ⚠ tally mostly such wording ("6 said differently" on three
        reports of a data breach, one of them the figure the outlets disagree on). Who says it aside too:
        "attributed differently" tells that."""
        out: dict[int, int] = {}
        for d in self.details:
            if d.kind == "conflict" and d.group is not None and d.type not in ("attribution", "text"):
                out[d.group] = out.get(d.group, 0) + 1
        return out

    def details_of(self, source: int, sentence: int) -> list[Detail]:
        """The details inside one sentence (indexed once per details list, so per-sentence calls stay cheap)."""
        key = id(self.details), len(self.details)
        cached = self.__dict__.get("_details_index")
        if cached is None or cached[0] != key:
            index: dict[tuple[int, int], list[Detail]] = {}
            for d in self.details:
                index.setdefault((d.source, d.sentence), []).append(d)
            self.__dict__["_details_index"] = cached = (key, index)
        return list(cached[1].get((source, sentence), ()))


@dataclass(frozen=True)
class Progress:
    """Yielded by the pipeline: which stage, and how far (0–1 over the whole run)."""

    stage: str
    fraction: float
    message: str = ""


def drain(steps):
    """Run a generator of progress steps to its end; return what it returns (a stage run without showing progress)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


class SynopticError(Exception):
    """A problem with the user's input, worth one clear line. ``path`` names the culprit when known."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:  # "file.txt: what is wrong"
        msg = super().__str__()
        return f"{self.path}: {msg}" if self.path else msg


class Cancelled(Exception):
    """The caller asked the pipeline to stop."""
