"""Uncovered tokens into spans: runs of words that punctuation ends, their kind (quote, date, number, name,
attribution, text), and the span's edges around currency signs and "a.m." / "p.m.".
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..amounts import SIGNS
from ..attribution.cues import CUES
from ..clock import clock_times
from ..dates import figure_tokens
from ..features import Token, token_number
from ..model import Detail
from ..units import point_fractions, unit_tokens
from ..world_names import token_date
from .intervals import COUNT_RANGES
from .member import Member, checkable, member_hedges, reads_as_name
from .shares import shares


_REPORTING = re.compile(
    r"^(déclarer|dire|affirmer|indiquer|selon|rapporter|confier|révéler|expliquer|ajouter|estimer|"
    r"say|tell|told|said|according|report|state|claim|add|explain)$"
)

_BREAK = re.compile(r"[,;:()«»\"“”\[\]–—]|\.\s")


def breaks(text: str, a: int, b: int) -> bool:
    """Punctuation between two words (``text[a:b]``) ends a span, but for the colon of a time ("6:30")."""
    gap = text[a:b]
    return bool(_BREAK.search(gap)) and not (gap == ":" and text[a - 1:a].isdigit() and text[b:b + 1].isdigit())


def _next_in_run(tokens: tuple[Token, ...], flags: list[bool], text: str, j: int) -> int | None:
    """The next uncovered token of the run ending at ``j``: the next token, or the one after a small word the
    other sources also have ("over the scandal of the loans" stays one span); None at punctuation."""
    for step in (1, 2):
        n = j + step
        if n >= len(tokens) or breaks(text, tokens[n - 1].end, tokens[n].start):
            return None
        if flags[n]:
            return n
        if not tokens[n].stop:
            return None
    return None


def uncovered_runs(member: Member, flags: list[bool], negated: set[int] | frozenset[int] = frozenset()) \
        -> list[tuple[int, int]]:
    """Runs of uncovered tokens (token index ranges) holding at least one content word or number; punctuation
    between two tokens (a comma, a quote mark, a bracket) ends a run, so separate facts stay separate spans."""
    tokens, text = member.feats.tokens, member.text

    def content(x: int) -> bool:  # a negation another version contradicts, a hedge: what the span says
        return not tokens[x].stop or checkable(member, x) is not None or x in negated \
            or x in member.memo("units", lambda: unit_tokens(tokens, member.lang)) or x in member_hedges(member)

    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if not flags[k]:
            k += 1
            continue
        j = k
        while True:
            nxt = _next_in_run(tokens, flags, text, j)
            if nxt is None:
                break
            j = nxt
        if any(content(x) for x in range(k, j + 1)):
            b = j + 1
            while not content(b - 1):
                b -= 1
            runs.append((k, b))
        k = j + 1
    return runs


def span_type(member: Member, a: int, b: int, storied: frozenset[int] = frozenset()) -> str:
    """What a span is: a quote, a date, a number, an attribution, a name (not one of ``storied``: names of the story
    the others give elsewhere, ``story_names.story_tokens``), or text."""
    toks = member.feats.tokens[a:b]
    start, end = toks[0].start, toks[-1].end
    if any(qs <= start and end <= qe for qs, qe in member.feats.quotes):
        return "quote"
    if any(token_date(member.feats.tokens, k, member.lang) for k in range(a, b)) \
            or figure_tokens(member.feats.tokens).intersection(range(a, b)):  # "03/09/2026"
        return "date"
    if any(token_number(member.feats.tokens, k, member.lang) or member.feats.tokens[k].norm in COUNT_RANGES
           for k in range(a, b)) or point_fractions(member.feats.tokens).keys() & set(range(a, b)):
        return "number"  # "Dozens" / "Hundreds" too
    if any(s.holds(k) for s in shares(member) for k in range(a, b)):
        return "number"  # "two-fifths", "un tiers"
    titles = CUES[member.lang].titles if member.lang in CUES else frozenset()  # "CEO" / "chief executive": a role
    if any(reads_as_name(t, k, member.names, member.feats.tokens, member.lang)  # (an acronym: "King", "Bishop",
           and not (t.surface.isupper() and t.norm in titles)  # "le Président" name who acted)
           and k not in storied for k, t in enumerate(toks, start=a)):
        before = member.feats.tokens[max(0, a - 4):a]
        if any(_REPORTING.match(t.lemma) for t in before):
            return "attribution"
        return "name"
    return "text"


def minutes_as_hours(member: Member, flags: list[bool]) -> list[bool]:
    """A time of day ("3:00 pm", "6:30", "15h30", "15 heures", ``clock.clock_times``) is one value, flagged whole or
    not at all: a whole hour as its hour is (its "00" was the number 00 no report writes, where the other report
    wrote a 3 elsewhere; its "h" or "pm" no detail), other minutes when either part is new ("3:30" against a report
    writing only 3 somewhere)."""
    out = list(flags)
    for k, (key, last) in clock_times(member.feats.tokens).items():
        inside = range(k, last + 1)
        flag = out[k] if key.endswith(":00") else any(out[x] for x in inside)
        for x in inside:
            out[x] = flag
    return out


def with_sign(texts: list[str], d: Detail) -> Detail:
    """A span, and the spans it points at, opening on a number written after a currency sign start on the sign
    ("£40 million" against "$40 million": the sign is the difference)."""
    def start(source: int, at: int) -> int:
        text = texts[source]
        return at - 1 if at > 0 and text[at - 1] in SIGNS and text[at:at + 1].isdigit() else at
    parts = tuple((s, start(s, a), b) for s, a, b in d.counterparts)
    return replace(d, start=start(d.source, d.start), counterparts=parts)


def with_meridiem(text: str, d: Detail) -> Detail:
    """A span closing on the "p" of "4 p.m." runs to the end of "p.m." (the tokens split it at its dots)."""
    return replace(d, end=meridiem_end(text, d.end))


def meridiem_end(text: str, end: int) -> int:
    """``end``, or past ".m." when the text there closes on the "a" or "p" of "a.m." / "p.m."."""
    if text[end - 1:end].lower() in ("a", "p") and text[end:end + 3].lower() == ".m." \
            and (end < 2 or not text[end - 2].isalpha()):
        return end + 3
    if text[end - 3:end].lower() in ("a.m", "p.m") and text[end:end + 1] == "." and (end < 4 or not text[end - 4].isalpha()):
        return end + 1
    after = _MERIDIEM_AFTER.match(text, end) if text[end - 1:end].isdigit() else None
    return after.end() if after else end  # "6:30" before its " a.m." (a small word the span left out)


_MERIDIEM_AFTER = re.compile(r" ?(?:[aApP]\.[mM]\.|[aApP][mM]\b)")
