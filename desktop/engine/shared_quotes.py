"""One quotation in two reports: the same words quoted are the same statement, whoever each report credits them to.

A QA helper's reports of a drug trial quoted '"This is the most important advance in preventing heart disease since
statins,"' word for word, one crediting the study's lead author and her chair at a Norwegian university, the other an
independent cardiologist at a Bristol hospital "who was not involved in the study". The two long speech tags made the
sentences read apart (0.45): each report showed the quotation as its own, and the one thing a fact-checker had to see,
the same words credited to two people, never showed (who says it compares the speakers of linked sentences only).

Two sentences of two reports in one language that each quote someone (a word of saying outside the quotation: '…,"
said', '« … », a déclaré', 'told the BBC: "…"'), mostly (``attribution.quotes_apart.MOSTLY_QUOTED`` of
their characters or more), and quote the same words (``MIN_WORDS`` words or more; the shorter quotation found in the
longer one, folded as tokens are, at ``SIMILAR`` or more: a word or two said otherwise, a quotation cut short) are
linked at ``QUOTE_SCORE`` at least. Not sentences that quote a few words of a text in passing: two reports of a police
file quoted its decree's "susceptibles de porter atteinte à l'ordre public" in the sentence on the petition and in the
one on the associations' appeal, two facts. Across languages a quotation is translated and read by
the sentence model as any words are.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from .align import DocView
from .attribution.cues import CUES
from .attribution.quotes_apart import MOSTLY_QUOTED
from .features import SentenceFeatures
from .model import Link

MIN_WORDS = 6  # a quotation shorter than this is as often a phrase two reports both use ("no limits")
SIMILAR = 90  # rapidfuzz partial ratio of the two quotations' folded words
QUOTE_SCORE = 0.9


def with_shared_quotes(scored: list[Link], p: int, q: int, a: DocView, b: DocView) -> list[Link]:
    """``scored`` (candidates between documents p and q) with each two sentences that quote the same words raised to
    ``QUOTE_SCORE``, added where they were no candidates."""
    if a.lang != b.lang:
        return scored
    mine, theirs = _quotations(a.features, a.lang), _quotations(b.features, b.lang)
    shared = {(i, j) for i, j in _sharing_words(mine, theirs)
              if any(_same(x, y) for x in mine[i] for y in theirs[j])}
    if not shared:
        return scored
    out = []
    for ln in scored:
        key = (ln.a[1], ln.b[1]) if ln.a[0] == p else (ln.b[1], ln.a[1])
        if key in shared:
            shared.discard(key)
            ln = Link(ln.a, ln.b, QUOTE_SCORE, ln.manual) if ln.score < QUOTE_SCORE else ln
        out.append(ln)
    return out + [Link((p, i), (q, j), QUOTE_SCORE) for i, j in sorted(shared)]


def _sharing_words(mine: dict[int, list[str]], theirs: dict[int, list[str]]) -> set[tuple[int, int]]:
    """The pairs of sentences whose quotations have three words in a row in common: the only ones whose quotations
    may be one (six words or more, a word or two aside), found without comparing every two (two long reports with
    hundreds of quoting sentences each)."""
    index: dict[tuple[str, ...], set[int]] = {}
    for j, quotes in theirs.items():
        for run in (r for q in quotes for r in _runs(q)):
            index.setdefault(run, set()).add(j)
    return {(i, j) for i, quotes in mine.items() for r in (r for q in quotes for r in _runs(q)) for j in index.get(r, ())}


def _runs(quotation: str) -> set[tuple[str, ...]]:
    words = quotation.split()
    return {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


def _quotations(features: list[SentenceFeatures], lang: str) -> dict[int, list[str]]:
    """{sentence: the folded words of each quotation of ``MIN_WORDS`` words or more in it}, in the sentences that
    mostly quote someone who says it."""
    say = CUES[lang].say if lang in CUES else frozenset()
    out = {}
    for i, f in enumerate(features):
        if not f.tokens or sum(end - start for start, end in f.quotes) < MOSTLY_QUOTED * f.tokens[-1].end:
            continue
        inside = [[t.norm for t in f.tokens if start <= t.start < end] for start, end in f.quotes]
        found = [" ".join(words) for words in inside if len(words) >= MIN_WORDS]
        if found and _said(f, say):
            out[i] = found
    return out


def _said(f: SentenceFeatures, say: frozenset[str]) -> bool:
    """A word of saying stands outside the sentence's quotations."""
    return any((t.lemma in say or t.norm in say) and not any(a <= t.start < b for a, b in f.quotes) for t in f.tokens)


def _same(x: str, y: str) -> bool:
    """The shorter quotation is in the longer one, a word or two aside."""
    return fuzz.partial_ratio(x, y) >= SIMILAR
