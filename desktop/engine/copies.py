"""Copies: reports that repeat another word for word, so their shared claims are not independent corroboration.

Two outlets running the same wire story, or one page saved twice, agree on every sentence they share, and the
comparison would count each of those sentences as "said by 2 sources". A fact-checker needs to know that the
second voice is an echo. For each pair of reports this counts the linked sentences that are the same words
(case, spacing, quotation marks and punctuation aside, or at most a word's change in a long sentence: rapidfuzz
ratio; never a figure's: "a 62-year-old" / "a 61-year-old" man is a
discrepancy, not an echo), and reports the pair when they make at least half of one report's sentences (``MIN_SHARE``), or when
the two texts are identical. A sentence that is mostly a quote does not count: reporters at one press conference
write the same words without copying each other. Pure and cheap: it reads the groups the comparison already has.

A report in another language can be a copy too: a wire story translated by a site ("one of a helper's five reports
of a wildfire, an Italian page, was the Spanish wire translated sentence by sentence"), whose claims counted as
corroborated by two sources. Between two reports in two languages, the claims they share, group by group in the
same order (the longest run in order), that make most of both reports (``TRANSLATED``: 0.8 of one,
``TRANSLATED_OTHER``: 0.5 of the other) with at most one claim said differently (``MAX_DISPUTED``: a regional paper
translating the wire with the toll updated, "quinze blessés" against "Twelve") and few words one of them adds
(``TRANSLATED_ADDS``) are a translation (``Copy.translated``). As in one language, a sentence that is mostly a
quote, or inside a quotation, counts for nothing shared (a wire and a daily quoting the same six press-conference
remarks, one in French, had been called one text translated), nor is it an echo. On that set the pair read 0.9 /
0.91 (1.0 / 0.91 with the wire's quote) with nothing said differently and 6 % / 0 % of their shared sentences' text
marked as added; independently written reports in two languages (a review's short briefs in news order, helpers'
flood, train crash and ferry reports) disagree on 2 to 8 details, or add 11 % to 29 %. The claim a translation
says differently is its own voice, not an echo.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Collection, Iterable
from itertools import combinations

from rapidfuzz import fuzz

from .model import Comparison, SentenceRef
from .quote_runs import quotation_runs

MIN_SHARE = 0.5  # of the smaller report's sentences, written word for word in the other
MIN_SENTENCES = 2  # one sentence of its own both carry (a lead, a fact) is not a copy
SAME_WORDS = 95.0  # rapidfuzz ratio of two sentences' normalised words: the same sentence, maybe a word changed
MIN_ECHO_WORDS = 10  # words of a sentence repeated outside a copied report that make it an echo, not a coincidence
TRANSLATED, TRANSLATED_OTHER = 0.8, 0.5  # of one report's sentences and of the other's, grouped in order
MIN_TRANSLATED = 4  # sentences of each so grouped, at least (three short sentences in news order prove nothing)
TRANSLATED_ADDS = 0.1  # of the grouped sentences' text, what details may mark as one version's own
MAX_GROUPED = 3  # sentences of one report in a group that a translation may join or split
MAX_DISPUTED = 1  # claims where a translation may say a detail otherwise (a regional paper's update of a toll)


@dataclass(frozen=True)
class Copy:
    """Reports ``a`` and ``b`` (a < b) share ``sentences`` sentences word for word: ``share_a`` of a's sentences
    and ``share_b`` of b's, quotes aside; ``identical`` when the two texts are the same (then every sentence)."""

    a: int
    b: int
    sentences: int
    share_a: float
    share_b: float
    identical: bool = False
    translated: bool = False  # the two are in two languages: one is the other translated (``sentences`` in order)

    @property
    def share(self) -> float:
        """Of the report that copies the most: how much of it the other holds."""
        return max(self.share_a, self.share_b)


def copies(comparison: Comparison) -> list[Copy]:
    """The pairs of reports that repeat each other, most copied first."""
    verbatim = _verbatim_pairs(comparison)
    docs = comparison.documents
    out = []
    own = [_own_words(doc) for doc in docs]  # the sentences that are not mostly a quote: what a copy is judged on
    for a, b in combinations(range(len(docs)), 2):
        identical = bool(docs[a].source.content_hash) and docs[a].source.content_hash == docs[b].source.content_hash
        if identical:
            out.append(Copy(a, b, len(docs[a].sentences), 1.0, 1.0, True))
            continue
        mine, theirs = verbatim.get((a, b), (set(), set()))
        n = min(len(mine), len(theirs))
        share_a, share_b = (len(found) / max(1, own[k]) for k, found in ((a, mine), (b, theirs)))
        if n >= MIN_SENTENCES and max(share_a, share_b) >= MIN_SHARE:
            out.append(Copy(a, b, n, round(share_a, 3), round(share_b, 3)))
        elif docs[a].language != docs[b].language and (found := _translation(comparison, a, b)) is not None:
            out.append(found)
    return sorted(out, key=lambda c: (-c.share, c.a, c.b))


def _translation(comparison: Comparison, a: int, b: int) -> Copy | None:
    """Reports ``a`` and ``b`` in two languages as one text translated (``TRANSLATED``), else None."""
    run = translated_groups(comparison, a, b)
    docs = comparison.documents
    own = {k: _own_sentences(docs[k]) for k in (a, b)}  # quotes count for nothing shared, as in one language:
    #   reporters at one press conference translate the same remarks without copying (the shares stay of all the
    #   sentences: of own sentences only, two reports written apart in two languages read 0.81 / 0.77)
    grouped = [sorted({ref for g in run for ref in comparison.groups[g].members if ref[0] == k and ref[1] in own[k]})
               for k in (a, b)]
    n = min(len(grouped[0]), len(grouped[1]))
    share_a, share_b = (len(refs) / max(1, len(docs[k].sentences)) for k, refs in zip((a, b), grouped))
    if n < MIN_TRANSLATED or max(share_a, share_b) < TRANSLATED or min(share_a, share_b) < TRANSLATED_OTHER:
        return None
    if len(_disputed(comparison, run, a, b)) > MAX_DISPUTED \
            or any(_adds(comparison, refs, {a, b}) > TRANSLATED_ADDS for refs in grouped):
        return None  # versions that disagree or each say more: two reports, not one translated
    return Copy(a, b, n, round(share_a, 3), round(share_b, 3), translated=True)


def _disputed(comparison: Comparison, groups: list[int], a: int, b: int) -> set[int]:
    """Those of ``groups`` where ``a`` and ``b`` say a detail differently (who says it aside)."""
    out = set()
    for g in groups:
        members = [ref for ref in comparison.groups[g].members if ref[0] in (a, b)]
        if any({ref[0], other} == {a, b} for ref, other in _said_differently(comparison, members)):
            out.add(g)
    return out


def _adds(comparison: Comparison, refs: list[SentenceRef], pair: set[int]) -> float:
    """How much of these sentences' text details mark as their own (unique or said differently); of who says it,
    only what sets the two reports apart (a speaker named otherwise by a third report, or a speaker against a report
    in a language whose speakers are not read, says nothing of these two)."""
    docs, inside = comparison.documents, set(refs)
    total = sum(docs[s].sentences[i].end - docs[s].sentences[i].start for s, i in refs)
    marked = sum(d.end - d.start for d in comparison.details if (d.source, d.sentence) in inside
                 and (d.type != "attribution" or _between(d, pair, docs)))
    return marked / max(1, total)


def _between(detail, pair: set[int], docs) -> bool:
    """An attribution detail that sets these two reports apart: a conflict with the other one, or a speaker of one
    against the other's read in a language whose speakers are read too."""
    from .attribution.cues import CUES  # (not at start-up, where the window imports this module)

    if detail.counterparts:
        return any(source in pair for source, _, _ in detail.counterparts)
    return all(docs[s].language in CUES for s in pair)


def translated_groups(comparison: Comparison, a: int, b: int) -> list[int]:
    """The groups holding a few sentences of each of ``a`` and ``b`` (``MAX_GROUPED``: a sentence joined or split),
    the longest run of them in the order of both reports."""
    keyed = []
    for g, group in enumerate(comparison.groups):
        mine = [i for s, i in group.members if s == a]
        theirs = [j for s, j in group.members if s == b]
        if 0 < len(mine) <= MAX_GROUPED and 0 < len(theirs) <= MAX_GROUPED:
            keyed.append((min(mine), min(theirs), g))
    from .merges import in_sequence  # (numpy: not at start-up, where the window imports this module)

    group_at = {(i, j): g for i, j, g in keyed}
    return [group_at[(i, j)] for i, j, _score in in_sequence(sorted((i, j, 0.0) for i, j, _g in keyed))]


def translated_pairs(comparison: Comparison, a: int, b: int) -> list[tuple[SentenceRef, SentenceRef]]:
    """Each sentence of ``b`` in a translated group with ``a``'s first sentence there: b's version echoes a's."""
    out = []
    run = translated_groups(comparison, a, b)
    disputed = _disputed(comparison, run, a, b)
    own = {k: _own_sentences(comparison.documents[k]) for k in (a, b)}  # a quote translated is no echo
    for g in (g for g in run if g not in disputed):  # where the copy departs from its source, it speaks for itself
        members = sorted(comparison.groups[g].members)
        first = next(ref for ref in members if ref[0] == a)
        out += [(ref, first) for ref in members if ref[0] == b and ref[1] in own[b] and first[1] in own[a]]
    return out


def _own_words(doc) -> int:
    """How many of a report's sentences are its own words, not mostly a quote nor inside a quotation."""
    return len(_own_sentences(doc))


def _own_sentences(doc) -> set[int]:
    """A report's sentences that are its own words, not mostly a quote nor inside a quotation."""
    quoted = _in_quotations(doc)
    return {i for i in range(len(doc.sentences)) if i not in quoted and _words(doc.sentence_text(i))}


def _in_quotations(doc) -> set[int]:
    """The sentences of quotations that run over several sentences (their middle ones carry no quotation mark)."""
    return {i for run in quotation_runs(doc) for i in run}


def _verbatim_pairs(comparison: Comparison) -> dict[tuple[int, int], tuple[set[int], set[int]]]:
    """For each pair of reports, the sentences of each that a linked sentence of the other repeats."""
    out: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
    quoted = {s: _in_quotations(doc) for s, doc in enumerate(comparison.documents)}
    for group in comparison.groups:
        for (s, i), (t, j) in _same_pairs(comparison, sorted(group.members), quoted):
            mine, theirs = out.setdefault((s, t), (set(), set()))
            mine.add(i)
            theirs.add(j)
    return out


def same_words(comparison: Comparison, group: int) -> int:
    """How many sources of a group write their version in the same words as another's (0: none do): what a
    claim's count of sources overstates when some copy others."""
    members = sorted(comparison.groups[group].members)
    quoted = {s: _in_quotations(comparison.documents[s]) for s, _i in members}
    echoing = set()
    for (s, _i), (t, _j) in _same_pairs(comparison, members, quoted):
        echoing |= {s, t}
    return len(echoing)


def echoes(comparison: Comparison, found: list[Copy] | None = None) -> dict[SentenceRef, SentenceRef]:
    """Every linked sentence that repeats, word for word, the version of a report listed before it (quotes
    aside), mapped to that version: an echo adds no independent voice to its claim. A short sentence counts only
    between reports that copy each other ("The victim has not been named." is written alike independently);
    ``found``: the comparison's ``copies``, when the caller has them."""
    out: dict[SentenceRef, SentenceRef] = {}
    quoted = {s: _in_quotations(doc) for s, doc in enumerate(comparison.documents)}
    found = copies(comparison) if found is None else found
    copied = {(c.a, c.b) for c in found}
    docs = comparison.documents
    for c in found:
        if c.translated:  # the later report's versions echo the first's (which came first, no text says)
            out.update(translated_pairs(comparison, c.a, c.b))
    for group in comparison.groups:
        for first, later in _same_pairs(comparison, sorted(group.members), quoted):
            long = len(_words(docs[first[0]].sentence_text(first[1])).split()) >= MIN_ECHO_WORDS
            if long or (first[0], later[0]) in copied:
                out.setdefault(later, first)
    return out


def echoed_sources(members: Iterable[SentenceRef], echo: dict[SentenceRef, SentenceRef]) -> dict[int, int]:
    """The sources whose every version of a claim (``members``) is an echo, each with the source it repeats."""
    mine: dict[int, list[SentenceRef]] = {}
    for ref in sorted(members):
        mine.setdefault(ref[0], []).append(ref)
    return {s: echo[refs[0]][0] for s, refs in mine.items() if all(ref in echo for ref in refs)}


def voices(sources: Iterable[int], members: Iterable[SentenceRef], echo: dict[SentenceRef, SentenceRef]) -> int:
    """How many independent voices carry a claim: its sources, less those whose every version is an echo."""
    return len(set(sources) - set(echoed_sources(members, echo)))


def one_voice(sources: Collection[int], echoed: Collection[int]) -> bool:
    """Several sources state a claim, all but one in another's words: one voice, not corroboration."""
    return len(sources) >= 2 and len(sources) - len(echoed) == 1


def _same_pairs(comparison: Comparison, members: list[SentenceRef],
                quoted: dict[int, set[int]]) -> list[tuple[SentenceRef, SentenceRef]]:
    """The pairs of ``members`` (in order) from two reports that are the same words, neither mostly a quote nor
    inside a quotation (``quoted``: per report, the sentences of its quotations)."""
    docs = comparison.documents
    words = ["" if i in quoted[s] else _words(docs[s].sentence_text(i)) for s, i in members]
    differs = _said_differently(comparison, members)
    return [(a, b) for (x, a), (y, b) in combinations(enumerate(members), 2)
            if a[0] != b[0] and words[x] and words[y] and fuzz.ratio(words[x], words[y]) >= SAME_WORDS
            and _figures(words[x]) == _figures(words[y])  # "a 62-year-old" / "a 61-year-old" man: a changed
            and (a, b[0]) not in differs and (b, a[0]) not in differs]  # figure is a discrepancy, not an echo;
    #                                     so is any detail said differently ("€40 million" / "$40 million", "not")


def _said_differently(comparison: Comparison, members: list[SentenceRef]) -> set[tuple[SentenceRef, int]]:
    """(sentence, other source) for each conflict detail of ``members`` (who says it aside) pointing at that source."""
    refs = set(members)
    return {((d.source, d.sentence), s) for d in comparison.details
            if d.kind == "conflict" and d.type != "attribution" and (d.source, d.sentence) in refs
            for s, _start, _end in d.counterparts}


def _figures(words: str) -> str:
    """The digits of a sentence's words, however its figures are grouped ("1,000", "1 000" and "1000" alike)."""
    return "".join(_FIGURES.findall(words))


_NOT_WORD = re.compile(r"[^\w]+")
_FIGURES = re.compile(r"\d+")
_QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?|„[^“”]*[“”]?")
MAX_QUOTED = 0.5  # a sentence mostly in quotation marks: reporters quote the same words without copying each other


def _words(text: str) -> str:
    """The sentence's words in lower case, one space apart: punctuation, quotation marks and accents aside; ""
    for a sentence that is mostly a quote (two reports of one press conference quote the same words)."""
    if sum(len(m.group()) for m in _QUOTED.finditer(text)) > MAX_QUOTED * len(text):
        return ""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _NOT_WORD.sub(" ", "".join(c for c in folded if not unicodedata.combining(c))).strip()


def copies_phrase(found: list[Copy]) -> str:
    """What the copies are, in a few words: "two reports repeat each other word for word", "…, one translating the
    other", "3 pairs of reports repeat each other (1 translated)"; "" for none."""
    if not found:
        return ""
    translated = sum(c.translated for c in found)
    if len(found) == 1:
        return "two reports repeat each other, one translating the other" if translated else \
            "two reports repeat each other word for word"
    if translated == len(found):
        return f"{len(found)} pairs of reports repeat each other, one translating the other"
    return f"{len(found)} pairs of reports repeat each other" + (f" ({translated} translated)" if translated else
                                                                 " word for word")


def copy_note(c: Copy, names: list[str]) -> str:
    """One sentence for a reader: which reports repeat each other and how much ("A and B share 14 sentences word
    for word (58% of A, 50% of B): one voice, maybe one wire story, not two sources")."""
    a, b = names[c.a], names[c.b]
    if c.translated:
        return (f"{a} and {b} are one text in two languages: {c.sentences} or more sentences of each say the same, in "
                f"the same order ({c.share_a:.0%} of {a}, {c.share_b:.0%} of {b}): one voice, maybe one wire story "
                "translated, not two sources")
    if c.identical:
        return f"{b} is the same text as {a}: what they say is one source, not two"
    return (f"{a} and {b} share {c.sentences} sentences word for word ({c.share_a:.0%} of {a}, {c.share_b:.0%} of "
            f"{b}): one voice, maybe one wire story, not two sources")
