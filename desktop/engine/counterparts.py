"""Counterparts: for a word of a grouped sentence, the words of the other sources' versions it matches.

Details decide word by word whether another source has a word: a lemma or form in common, a number's value,
a place's or a day's name in another language, a derived form ("Syria" / "Syrian"), a word the comparison's
meaning table pairs with it ("quake" / "earthquake", "Council" / "Conseil"). This module gives that decision
back to the reader: the word under the pointer and what it matched in the other columns, across languages
too, and for a word of a conflicting span the span it conflicts with.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from . import phrases
from .details import same_stem, sentence_keys
from .features import SentenceFeatures, Token
from .meanings import meaning_key
from .model import Comparison, SentenceRef

Span = tuple[int, int, int]  # (source, start, end): code-point offsets into the source's text


@dataclass(frozen=True)
class Counterparts:
    word: Span  # the word asked about
    matches: tuple[Span, ...]  # the words (and conflicting spans) of the other sources' versions


def sentence_at(comp: Comparison, source: int, offset: int, starts: list[int] | None = None) -> int | None:
    """The sentence of ``source`` that holds code-point ``offset`` (None between sentences); ``starts``: the
    sentences' start offsets, when the caller keeps them."""
    sentences = comp.documents[source].sentences
    i = bisect_right(starts if starts is not None else [s.start for s in sentences], offset) - 1
    return i if i >= 0 and offset < sentences[i].end else None


def counterparts(comp: Comparison, feature_of: Callable[[SentenceRef], SentenceFeatures], group_of: dict[SentenceRef, int],
                 source: int, offset: int, starts: list[int] | None = None) -> Counterparts | None:
    """What the content word at ``offset`` of ``source`` matches in its group's other versions; None outside a
    grouped sentence or on a small word. ``feature_of``: a sentence's features (computed by the caller for the few
    sentences asked, and kept); ``group_of``: the comparison's ``group_index()``; ``starts``: the source's sentence
    starts (the caller keeps both: this runs on every move of the pointer)."""
    i = sentence_at(comp, source, offset, starts)
    group = group_of.get((source, i)) if i is not None else None
    if group is None:
        return None
    base = comp.documents[source].sentences[i].start
    feats = feature_of((source, i))
    tokens = feats.tokens
    k = next((k for k, t in enumerate(tokens) if t.start <= offset - base < t.end), None)
    if k is None or (tokens[k].stop and not tokens[k].is_number):
        return None
    keys = sentence_keys(feats, comp.documents[source].language)[k]
    found: list[Span] = []
    said = not any(d.kind == "unique" and d.start <= offset < d.end for d in comp.details_of(source, i))
    for s, j in comp.groups[group].members:
        if s != source:
            words = _matches_in(comp, feature_of((s, j)), (s, j), tokens[k], keys)
            found += words or (_phrase_in(comp, feature_of, (source, i), k, (s, j)) if said else [])
    found += [c for d in comp.details_of(source, i) if d.start <= offset < d.end for c in d.counterparts]
    return Counterparts((source, base + tokens[k].start, base + tokens[k].end), tuple(sorted(set(found))))


def _matches_in(comp: Comparison, feats: SentenceFeatures, ref: SentenceRef, tok: Token, keys: frozenset[str]) -> list[Span]:
    s, j = ref
    base = comp.documents[s].sentences[j].start
    theirs = feats.tokens
    their_keys = sentence_keys(feats, comp.documents[s].language)
    meaning = meaning_key(tok)
    similar = comp.word_matches.matches(meaning) if comp.word_matches is not None and meaning else set()
    out = []
    for t, tk in zip(theirs, their_keys):
        if t.stop and not t.is_number:
            continue
        if keys & tk or meaning_key(t) in similar or (not tok.is_number and same_stem(tok.lemma, t.lemma)):
            out.append((s, base + t.start, base + t.end))
    return out


def _phrase_in(comp: Comparison, feature_of: Callable[[SentenceRef], SentenceFeatures], ref: SentenceRef, k: int,
               other: SentenceRef) -> list[Span]:
    """Across languages, where no word of ``other`` matches token ``k`` itself: the phrase of ``other`` that says
    what the phrase around it says (``phrases.counterpart``: "recevront une subvention" for "receive")."""
    docs = comp.documents
    if comp.phrase_cover is None or docs[ref[0]].language == docs[other[0]].language:
        return []
    found = phrases.counterpart(comp.phrase_cover, ref, feature_of(ref), docs[ref[0]].sentence_text(ref[1]), k, other,
                                feature_of(other), docs[other[0]].sentence_text(other[1]))
    base = docs[other[0]].sentences[other[1]].start
    return [(other[0], base + found[0], base + found[1])] if found else []
