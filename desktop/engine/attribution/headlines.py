"""Speakers a report's layout gives: an English headline closing on its speaker ("…, Congressional Panel Says"), a
headline's speaker before a colon ("Dominique Versini : « … »"), a wire credit ("(avec AFP)") and a dateline
("PÉKIN (AFP) -").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .bodies import outlet_like
from .kind import kind_of
from .phrase import person_noun
from .sentence import Found, Sentence, found_at, start_of


_HEADLINE_SAYS = frozenset("says say said warns warn claims claim shows show finds find".split())
_HEADLINE_SPEAKER = 5  # words of a headline's speaker after its last comma


def headline_speaker(s: Sentence) -> list[Found]:
    """An English headline closing on its speaker and a capitalised verb ("Military Officials Distorted ISIS
    Intelligence, Congressional Panel Says", "Obama Won the Debate, Polls Show"): the words after the last comma."""
    n = len(s.toks)
    last = s.toks[-1] if s.toks else None
    if s.lang == "en" and n >= 4 and (source := _colon_source(s)):
        return source
    if s.lang != "en" or n < 4 or last.norm not in _HEADLINE_SAYS or not last.surface[:1].isupper():
        return []
    m = next((j for j in range(n - 2, 1, -1) if s.comma(j) and "," in s.gap(j)), None)
    if m is None or n - 1 - m > _HEADLINE_SPEAKER or any(s.broken(j) for j in range(m + 1, n)):
        return []
    found = found_at(s, (m, n - 1), (n - 1, n - 1))
    return [found] if found is not None and not found.kind.startswith("pronoun") else []


def _colon_source(s: Sentence) -> list[Found]:
    """An English headline closing on its source after a colon ("Man charged after mother killed in crash: NYPD",
    "Three dead in blast: police"): a name or acronym of one or two words, or a plural of people, and nothing after
    it, not even a full stop ("… the sequel for X-Men: First Class." is a film's title in a sentence)."""
    n = len(s.toks)
    m = next((j for j in range(n - 1, max(0, n - 1 - _HEADLINE_SPEAKER), -1) if s.broken(j)), None)
    if m is None or m < 3 or s.gap(m).strip() != ":" or n - m > 2 or s.text[s.toks[-1].end:].strip() \
            or any(s.toks[j].stop for j in range(m, n)):
        return []
    before = s.toks[m - 1]
    of_the_year = m > 2 and before.norm == "year" and s.toks[m - 2].norm == "the" and s.toks[m - 3].norm == "of"
    if before.norm in _NAMING or of_the_year or person_noun(before, s.cues):
        return []  # "Victim of the shooting named: Victoria Soto", "goes to: Argo", "Person of the Year: Pope
        #            Francis", "Lohan's new lawyer: Mark Heller", "identified as local man: Adam Lanza": who it is
    found = found_at(s, (m, n), (m - 1, m - 1))
    if found is None or found.kind not in ("organisation", "anonymous", "person", "document"):
        return []
    colon = s.toks[m - 1].end + s.gap(m).index(":")
    return [replace(found, cue=(colon, colon + 1))]


_NAMING = frozenset({"named", "identified", "to", "is", "are", "was", "as"})
_SPEAKER_COLON = re.compile(r"\s*:\s*[«\"“]")
_COLON_NAME = 4  # longest name before a colon, in tokens


def colon_speaker(s: Sentence, first: int = 0) -> list[Found]:
    """A headline giving a quote its speaker before a colon ("Dominique Versini : « Cette escalade … »",
    "Nicolas Sarkozy: \"Je ne céderai pas\"", after a rubric: "Cyclisme - Contador : « … »"): the name, from token
    ``first``."""
    m = next((m for m in range(first + 1, min(first + _COLON_NAME, len(s.toks)) + 1) if s.broken(m)), None)
    if m is None or m >= len(s.toks) or not _SPEAKER_COLON.match(s.gap(m)) \
            or not all(s.is_name(k) for k in range(first, m)):
        return []
    kind = kind_of(s.phrase(first, m))
    if kind not in ("person", "organisation"):
        return []
    colon = s.toks[m - 1].end + s.gap(m).index(":")
    if first and not _WHOLE_QUOTE.fullmatch(s.text[colon + 1:]):
        return []  # "Esther Williams - Esther Williams: "Million Dollar Mermaid" Swimmer Dies": a name, then a title
    return [Found(start_of(s, first), s.toks[m - 1].end, kind, (colon, colon + 1))]


_WHOLE_QUOTE = re.compile(r"\s*[«\"“][^«»\"“”]+[»\"”]\s*[.!?]?\s*")  # a quote and nothing after it
_CREDIT = re.compile(r"\((?P<cue>avec|with|source\s*:?)\s+(?P<outlet>[^()]{2,30})\)", re.I)


def credit(s: Sentence) -> list[Found]:
    """A wire credit in brackets ("(avec AP)", "(avec AFP et Reuters)", "(with Reuters)"): the agencies the report
    draws on."""
    out = []
    for m in _CREDIT.finditer(s.text):
        start, end = m.span("outlet")
        toks = [t for t in s.toks if start <= t.start < end]
        if toks and outlet_like(toks):
            out.append(Found(start, end, "outlet", m.span("cue")))
    return out


def dateline(s: Sentence) -> list[Found]:
    """A wire report's dateline ("PÉKIN (AFP) -", "BOGOTA (Reuters) -"): the agency the whole report comes from."""
    m = s.dateline
    if m is None or m.group("outlet") is None:
        return []
    start, end = m.span("outlet")
    if not outlet_like([t for t in s.toks if start <= t.start < end]):
        return []
    return [Found(start, end, "outlet", (start - 1, end + 1))]
