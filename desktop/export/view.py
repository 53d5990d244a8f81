"""A render-neutral "report view" of a Comparison: what every report shows, in the order it shows it.

The Markdown, HTML and CSV renderers only format this view; none of them walks the Comparison itself.
Claims are numbered from 1 in the reading order of the first source, and those numbers are the same
in every report (the CSV ``group`` column, the HTML badges, the Markdown headings).
Span offsets in this view are relative to the sentence text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.engine.attribution.compare import ClaimSourcing, analysed, claim_sourcing, sourcing_profile
from desktop.engine.attribution.naming import kind_in_words
from desktop.engine.copies import copies, copy_note, echoed_sources, echoes, one_voice
from desktop.engine.model import (KIND_WORDS, ONLY_THIS_VERSION, Annotation, Attribution, Comparison, Detail, Override,
                                  SentenceRef)
from desktop.engine.near_misses import near_both_ways, pair_reasons
from desktop.engine.reviews import merged, placed
from desktop.export.salient import salient_spans
from desktop.export.tolls_view import TollRow, toll_rows, tolls_line

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# A single-sourced sentence's nearest unlinked sentence elsewhere is named in a report from this score (the window
# lists them from near_misses.MAYBE, sorted): on the 22 annotated same-story pairs, 11 % of the single-sourced
# sentences are so named, half of them rightly single-sourced only in appearance (benchmarks/near_misses.py); from
# 0.2, 23 % and 42 %: a report for colleagues keeps the shorter, surer list.
REPORT_NEAR = 0.3
LANGUAGES = {
    "fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
    "zh": "Chinese", "ja": "Japanese", "pl": "Polish", "tr": "Turkish", "sq": "Albanian",
}


@dataclass(frozen=True)
class Span:
    """An emphasised stretch of a sentence: unique/conflict inside a shared claim, salient in a single one."""

    start: int
    end: int
    kind: str  # unique | conflict | salient
    type: str = "text"
    others: tuple[str, ...] = ()  # for conflicts: "B: what the other source says"
    heuristic: bool = False  # found by the report's salience heuristic, not an engine detail


@dataclass(frozen=True)
class Speaker:
    """Whom a statement is attributed to: the phrase as written and its kind in words ("anonymous source")."""

    who: str
    kind: str


@dataclass(frozen=True)
class SentenceView:
    source: int
    index: int  # sentence index in its source, from 0
    start: int  # offsets in the source text
    end: int
    text: str  # the sentence with line breaks flattened to spaces (same length)
    paragraph: int
    spans: tuple[Span, ...]
    claim: int | None  # claim number of its group, None when single-sourced
    annotation: Annotation | None
    speakers: tuple[Speaker, ...] = ()  # every phrase of the sentence naming the source of its statement
    close: tuple[int, int, float] | None = None  # single-sourced: (source, sentence, score) of its nearest unlinked
    #                                              sentence elsewhere, from REPORT_NEAR (Comparison.elsewhere)
    close_text: str = ""  # that sentence's words, cut short: a shared one appears in the report under its claim only
    close_why: str = ""  # why it is not linked when it scores the strictness or more (``near_misses.pair_reasons``)
    label: bool = False  # a section label ("Key figures"): a heading of its source, no claim (``Comparison.labels``)

    @property
    def who_note(self) -> str:
        """Whom the sentence rests on, in words ("" when it names no source), for a claim only one report makes:
        what an editor checks first ("⚠ anonymous sources only: des sources proches du dossier (anonymous source)")."""
        if not self.speakers:
            return ""
        said = "; ".join(f"{sp.who} ({sp.kind})" for sp in self.speakers)
        if all(sp.kind == KIND_WORDS["anonymous"] for sp in self.speakers):
            return f"⚠ anonymous sources only: {said}"
        return f"who says it: {said}"

    @property
    def close_ref(self) -> str:
        """That sentence as the report numbers it ("B16"; "" when none)."""
        return f"{LETTERS[self.close[0] % 26]}{self.close[1] + 1}" if self.close else ""

    @property
    def close_note(self) -> str:
        """The nearest sentence elsewhere in words ("" when none): what the reader checks before trusting "only
        here"."""
        if self.close is None:
            return ""
        quoted = f" “{self.close_text}”" if self.close_text else ""
        why = f" ({self.close_why})" if self.close_why else ""
        return (f"nearest sentence elsewhere: {self.close_ref}{quoted} ({self.close[2]:.2f}), not linked{why}: check "
                "whether it says the same")

    def pieces(self) -> list[tuple[str, Span | None]]:
        """The text cut into plain stretches (span None) and emphasised ones, in order."""
        out: list[tuple[str, Span | None]] = []
        pos = 0
        for span in self.spans:
            if span.start > pos:
                out.append((self.text[pos : span.start], None))
            out.append((self.text[span.start : span.end], span))
            pos = span.end
        if pos < len(self.text):
            out.append((self.text[pos:], None))
        return out


@dataclass(frozen=True)
class ClaimView:
    """A group: the sentences of several sources that state the same thing."""

    number: int
    score: float
    members: tuple[SentenceView, ...]
    sources: frozenset[int]
    annotation: Annotation | None
    manual: bool  # joined by the user, not the aligner
    sourcing: tuple[tuple[int, tuple[Speaker, ...]], ...] = ()  # per source: whom its version rests on
    flag: str | None = None  # "anonymous sources only", "no stated source", or None
    differs: bool = False  # the versions rest on different sources
    echoed: frozenset[int] = frozenset()  # sources whose version is another source's words (not a second voice)
    disputes: int = 0  # spans its versions say differently (Comparison.disputes): 0 when they agree


@dataclass(frozen=True)
class RemovedView:
    start: int  # offset in the source text
    text: str
    reason: str
    label: str


@dataclass(frozen=True)
class SourceView:
    index: int
    letter: str
    name: str
    language: str
    file: str | None  # the file's name only: a report for colleagues never shows the sender's folders
    sentences: tuple[SentenceView, ...]
    removed: tuple[RemovedView, ...]
    profile: tuple[tuple[str, int], ...] = ()  # statements resting on each kind of source (in words), and on none
    read: bool = True  # its language is one whose sources are read (``attribution.compare.analysed``)

    @property
    def shared(self) -> int:
        return sum(1 for s in self.sentences if s.claim is not None)

    @property
    def single(self) -> tuple[SentenceView, ...]:
        return tuple(s for s in self.sentences if s.claim is None and not s.label)

    @property
    def headings(self) -> int:
        """Section headings: neither shared nor the source's own (``label``)."""
        return sum(1 for s in self.sentences if s.claim is None and s.label)

    @property
    def statements(self) -> int:
        """The sentences that state something: shared or the source's own, headings aside."""
        return len(self.sentences) - self.headings

    @property
    def statements_text(self) -> str:
        """"17" or "17 + 5 headings": the counts beside it (shared, only here) add up to the first figure."""
        h = self.headings
        return f"{self.statements}" + (f" + {h} heading{'' if h == 1 else 's'}" if h else "")

    @property
    def language_name(self) -> str:
        return LANGUAGES.get(self.language, self.language or "unknown")


ECHO_NOTE = "○ = the source carries the claim in another source's words: an echo, not a second voice."
NEAR_NOTE = "? = that source has a sentence near the claim, not linked to it: check whether it says the same."


@dataclass(frozen=True)
class CoverageRow:
    label: str  # "3" for claim 3, "A4" for sentence 4 of source A
    text: str  # a short excerpt
    carried: tuple[bool, ...]  # one per source
    echoed: tuple[bool, ...]  # one per source: carried in another source's words (copies.echoes)
    near: tuple[bool, ...] = ()  # one per source: a single-sourced sentence's nearest sentence elsewhere is there


# what each of the editor's corrections did, as the reports list them
CORRECTION_WORDS = {"link": "joined by the editor", "unlink": "kept apart by the editor", "keep": "put back as report text"}


@dataclass(frozen=True)
class Correction:
    action: str  # link | unlink | keep (then ``b`` is empty)
    a: str  # "A: sentence text"
    b: str


@dataclass(frozen=True)
class ReportView:
    title: str
    generated: str
    threshold: float
    sources: tuple[SourceView, ...]
    claims: tuple[ClaimView, ...]
    coverage: tuple[CoverageRow, ...]
    corrections: tuple[Correction, ...]
    copies: tuple[str, ...] = ()  # reports that repeat each other word for word (engine/copies.py), in words
    tolls: tuple[TollRow, ...] = ()  # the dead, the injured… each report gives (engine/tolls.py)

    @property
    def disputed(self) -> int:
        """How many claims several sources carry in versions that disagree on a detail (said differently)."""
        return sum(1 for c in self.claims if c.disputes)

    @property
    def attributed_differently(self) -> int:
        """How many claims several sources carry in versions that name different sources (who says it)."""
        return sum(1 for c in self.claims if c.differs)

    @property
    def counts(self) -> tuple[int, int, int]:
        """How many claims all sources carry, some (two or more, not all), and one only."""
        n = len(self.sources)
        everyone = sum(1 for c in self.claims if len(c.sources) == n)
        single = sum(len(s.single) for s in self.sources)
        return everyone, len(self.claims) - everyone, single

    def summary(self, differently: str) -> list[tuple[str, int, str]]:
        """The summary's lines as (warning sign or "", figure, words): claims carried by all sources, by some (with
        three sources or more), by one; the claims said differently, their marking in the report named by
        ``differently``."""
        everyone, some, one = self.counts
        n = len(self.sources)
        lines = [("", everyone, f"{claims_word(everyone)} carried by {everyone_word(n)}")]
        if n > 2:
            lines.append(("", some, f"{claims_word(some)} carried by some sources"))
        lines.append(("", one, f"{claims_word(one)} carried by one source only"))
        if self.disputed:
            lines.append(("⚠ ", self.disputed, f"{claims_word(self.disputed)} whose versions say a detail differently (a "
                          f"name, a number, a date: ⚠ in the table, {differently} under the claim): check before "
                          "counting them as corroborated"))
        if self.attributed_differently:
            n_diff = self.attributed_differently
            lines.append(("⚠ ", n_diff, f"{claims_word(n_diff)} attributed differently: their versions name different "
                          "sources (⚠ Attributed differently, under the claim)"))
        if (line := tolls_line(self.tolls)) is not None:
            lines.append(line)
        return lines

    def echo_notes(self) -> tuple[str, ...]:
        """The warnings on copies: each pair of reports that repeat each other, then how many claims several
        sources state in one source's words only (the ○ of the coverage table)."""
        single = sum(1 for c in self.claims if one_voice(c.sources, c.echoed))
        if not single:
            return self.copies
        claims = "claim" if single == 1 else "claims"
        return (*self.copies, f"{single} {claims} stated by several sources in one source's words only (○): "
                              "one voice, not corroboration")


def claims_word(n: int) -> str:
    """ "claim" for one, "claims" for any other count."""
    return "claim" if n == 1 else "claims"


def build_view(comparison: Comparison, annotations=(), overrides=(), *, now: datetime | None = None) -> ReportView:
    """Everything the reports show, computed once from the comparison and the user's annotations."""
    order = sorted(range(len(comparison.groups)), key=lambda g: min(comparison.groups[g].members))
    claim_of = {g: n + 1 for n, g in enumerate(order)}
    notes = _annotation_index(comparison, annotations)
    threshold = comparison.options.threshold
    apart = pair_reasons(comparison, [ln for ln in comparison.elsewhere.values() if ln.score >= max(REPORT_NEAR, threshold)],
                         f"the {threshold:.2f} needed to group")
    sentences = [_sentence_views(comparison, s, claim_of, notes, apart) for s in range(len(comparison.documents))]
    sourcing = {c.group: c for c in claim_sourcing(comparison)}
    found = copies(comparison)
    echo = echoes(comparison, found)
    disputes = comparison.disputes()
    claims = tuple(_claim_view(comparison, g, claim_of[g], sentences, sourcing[g], echo, disputes.get(g, 0))
                   for g in order)
    sources = tuple(_source_view(comparison, s, sentences[s]) for s in range(len(comparison.documents)))
    moment = now or datetime.now().astimezone()
    return ReportView(
        title=_title(sources),
        generated=moment.strftime("%d %B %Y, %H:%M"),
        threshold=comparison.options.threshold,
        sources=sources,
        claims=claims,
        coverage=_coverage(claims, sources, near_both_ways(comparison.elsewhere, REPORT_NEAR)),
        corrections=_corrections(comparison, overrides or comparison.overrides),
        copies=tuple(copy_note(c, [f"{s.letter} ({s.name})" for s in sources]) for c in found),
        tolls=toll_rows(comparison),
    )


def excerpt(text: str, limit: int = 90) -> str:
    """The text cut to ``limit`` characters at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def everyone_word(n: int) -> str:
    """How the reports say "every source": "both sources", "all 3 sources"."""
    return "both sources" if n == 2 else f"all {n} sources"


@dataclass(frozen=True)
class Difference:
    """A detail a claim's versions say differently: the version's letter, its words, the other versions' ("B: …"),
    and whether it is wording (other words about the same thing) rather than a fact (a number, a name, a date, a
    negation)."""

    letter: str
    text: str
    others: tuple[str, ...]
    wording: bool = False


def conflicts(view: ReportView, claim: ClaimView) -> list[Difference]:
    """Each conflict in a claim, a pair listed once whichever side marks it, the facts before the wording; who says
    it aside (the claim's "Who says it" lists each version's sources, and the report's summary counts the claims said
    differently without them: the list under "Said differently" held both)."""
    found: dict[frozenset, Difference] = {}
    for m in claim.members:
        letter = view.sources[m.source].letter
        for text, span in m.pieces():
            if span is None or span.kind != "conflict" or span.type == "attribution":
                continue
            key = frozenset({f"{letter}: {' '.join(text.split())}", *span.others})
            seen = found.get(key)
            wording = span.type == "text" and (seen is None or seen.wording)  # wording only if every side is
            found[key] = Difference(letter, text, span.others, wording) if seen is None else replace(seen, wording=wording)
    return sorted(found.values(), key=lambda d: d.wording)


def _title(sources: tuple[SourceView, ...]) -> str:
    return f"Comparison of {len(sources)} reports"


def _annotation_index(comparison: Comparison, annotations) -> dict[SentenceRef, Annotation]:
    """Each review on the sentence it shows on in the app: on the claim it was written for (``reviews.placed``)."""
    return placed(comparison, [a for a in annotations if a.verdict or a.note])


def _sentence_views(comparison: Comparison, source: int, claim_of: dict, notes: dict,
                    apart: dict) -> tuple[SentenceView, ...]:
    doc = comparison.documents[source]
    grouped = comparison.group_index()
    said: dict[int, list[Speaker]] = {}
    for a in comparison.attributions:
        if a.source == source:
            said.setdefault(a.sentence, []).append(speaker(comparison, a))
    out = []
    for i, s in enumerate(doc.sentences):
        text = doc.text[s.start : s.end].replace("\n", " ")
        group = grouped.get((source, i))
        details = comparison.details_of(source, i)
        spans = _spans(comparison, s.start, text, details, single=group is None, lang=doc.language)
        claim = None if group is None else claim_of[group]
        near = comparison.elsewhere.get((source, i)) if group is None else None
        close = (*near.b, near.score) if near is not None and near.score >= REPORT_NEAR else None
        close_text = excerpt(comparison.documents[close[0]].sentence_text(close[1]), 70) if close else ""
        why = apart.get((near.a, near.b), "") if close else ""
        out.append(SentenceView(source, i, s.start, s.end, text, s.paragraph, spans, claim,
                                notes.get((source, i)), tuple(said.get(i, ())), close, close_text,
                                why, comparison.is_label(source, i)))
    return tuple(out)


def _spans(comparison: Comparison, offset: int, text: str, details: list[Detail], single: bool,
           lang: str = "") -> tuple[Span, ...]:
    """The sentence's details as sentence-relative spans, trimmed of blanks and never overlapping. A single-sourced
    sentence the engine marked nothing in shows its quotes, numbers and capitalised words, but for German, which
    capitalises every noun ("Unter den **Toten** ist auch ein **Feuerwehrmann**": the engine reads its nouns)."""
    raw = [_span(comparison, offset, text, d, single) for d in details]
    if single and not raw:
        raw = [Span(a, b, "salient", kind, heuristic=True) for a, b, kind in salient_spans(text)
               if not (lang == "de" and kind == "name")]
    kept: list[Span] = []
    for span in sorted((s for s in raw if s is not None), key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return tuple(kept)


def _span(comparison: Comparison, offset: int, text: str, d: Detail, single: bool) -> Span | None:
    start = max(0, d.start - offset)
    end = min(len(text), d.end - offset)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    kind = "salient" if single else d.kind
    others = tuple(dict.fromkeys(_counterpart(comparison, *c) for c in d.counterparts)) if d.kind == "conflict" else ()
    #        one wording once: a report giving its figure in its title and its lead ("B: 3.2 million; B: 3.2 million")
    return Span(start, end, kind, d.type, others)


def _counterpart(comparison: Comparison, source: int, start: int, end: int) -> str:
    text = comparison.documents[source].text[start:end]
    return f"{LETTERS[source % 26]}: {' '.join(text.split())}"


def _claim_view(comparison: Comparison, g: int, number: int, sentences, sourcing: ClaimSourcing,
                echo: dict, disputes: int = 0) -> ClaimView:
    group = comparison.groups[g]
    members = tuple(sentences[s][i] for s, i in sorted(group.members))
    review = merged(m.annotation for m in members if m.annotation is not None)  # reviewed apart: every note
    manual = any(link.manual for link in group.links)
    versions = tuple((s, tuple(speaker(comparison, a, a in sourcing.apart) for a in atts))
                     for s, atts in sorted(sourcing.versions.items()))
    echoed = frozenset(echoed_sources(group.members, echo))
    return ClaimView(number, group.score, members, frozenset(group.sources), review, manual,
                     versions, sourcing.flag, sourcing.differs, echoed, disputes)


def speaker(comparison: Comparison, a: Attribution, apart: bool = False) -> Speaker:
    """Whom ``a`` names and its kind in words; ``apart``: of a clause only its version has, not of the claim
    ("anonymous source, of what only this version says")."""
    text = comparison.documents[a.source].text
    who = " ".join(text[a.start : a.end].split())
    kind = kind_in_words(text, a) + (f", {ONLY_THIS_VERSION}" if apart else "")
    return Speaker(f"{who} ({a.refers_to})" if a.refers_to else who, kind)


def _source_view(comparison: Comparison, index: int, sentences: tuple[SentenceView, ...]) -> SourceView:
    doc = comparison.documents[index]
    removed = tuple(
        RemovedView(r.start, " ".join(doc.text[r.start : r.end].split()), r.reason, r.label) for r in doc.removed
    )
    profile = tuple((KIND_WORDS[k], n) for k, n in sourcing_profile(comparison, index).items())
    return SourceView(index, LETTERS[index % 26], doc.source.name, doc.language, file_name(doc.source.path), sentences,
                      removed, profile, analysed(comparison, index))


def file_name(path: str | None) -> str | None:
    """The last part of a path written on any system ("C:\\Users\\ana\\a.docx" and "/home/ana/a.docx" give the name)."""
    return re.split(r"[\\/]", path)[-1] or None if path else None


def _coverage(claims: tuple[ClaimView, ...], sources: tuple[SourceView, ...],
              near: dict[SentenceRef, list]) -> tuple[CoverageRow, ...]:
    """One row per claim, then per single-sourced sentence; "?" (``near``) where a source that does not carry it has
    a sentence near it, unlinked (``near_misses.near_both_ways`` from ``REPORT_NEAR``)."""
    n = len(sources)

    def maybe(refs: list[SentenceRef]) -> tuple[bool, ...]:
        carried = {s for s, _ in refs}
        there = {other[0] for ref in refs for other, _ in near.get(ref, ())}
        return tuple(k in there and k not in carried for k in range(n))

    rows = [CoverageRow(str(c.number), ("⚠ " if c.disputes else "") + excerpt(c.members[0].text, 70),
                        tuple(s in c.sources for s in range(n)), tuple(s in c.echoed for s in range(n)),
                        maybe([(m.source, m.index) for m in c.members])) for c in claims]
    for src in sources:
        for s in src.single:
            rows.append(CoverageRow(f"{src.letter}{s.index + 1}", excerpt(s.text, 70),
                                    tuple(k == src.index for k in range(n)), (False,) * n,
                                    maybe([(src.index, s.index)])))
    return tuple(rows)


def _corrections(comparison: Comparison, overrides: list[Override]) -> tuple[Correction, ...]:
    by_hash = {doc.source.content_hash: k for k, doc in enumerate(comparison.documents)}
    out = []
    for o in overrides:
        a = _anchor_text(comparison, by_hash, o.a)
        b = "" if o.action == "keep" else _anchor_text(comparison, by_hash, o.b)
        out.append(Correction(o.action, a, b))
    return tuple(out)


def _anchor_text(comparison: Comparison, by_hash: dict, anchor) -> str:
    k = by_hash.get(anchor.source_hash)
    if k is None:
        return "(a sentence of a source not in this comparison)"
    text = comparison.documents[k].text[anchor.start : anchor.end]
    return f"{LETTERS[k % 26]}: {excerpt(text, 120)}"
