"""A second source of a figure whose verb is left out: "Das Innenministerium zählte 510.000 Demonstranten, die
Gewerkschaften dagegen 1,3 Millionen", "La policía cifró en 65.000 los manifestantes, y los organizadores en
120.000", "The ministry counted 510,000, the unions 1.3 million" (``gapped_sources``). The clause after the figure
holds only a source, an adverb or a preposition, and its own figure: the source gives that figure through the
first verb, which is its cue too.
"""
from __future__ import annotations

from .kind import kind_of
from .sentence import Found, Sentence

_REACH = 9  # words from the verb to its figure ("put the number of marchers in the capital at 38,000")
_SOURCE = 6  # longest source of a gapped clause, in words
_JOINS = frozenset("and while whereas but et quand tandis alors mais y e mientras pero und während aber".split())
_BETWEEN = frozenset("""dagegen hingegen jedoch wiederum ihrerseits seinerseits que eux elles for their its part de
    leur côté por su parte pour sa part at à en auf a em of von de""".split())  # "dagegen", "de leur côté", "en"
_SOURCES = frozenset({"person", "organisation", "anonymous", "outlet"})


def gapped_sources(s: Sentence, found: list[Found]) -> list[Found]:
    """The sources of the verbless clauses that follow a figure given with a verb of saying or counting."""
    out = []
    for f in found:
        verb = max((k for k, t in enumerate(s.toks) if f.cue[0] <= t.start < f.cue[1]), default=None)
        figure = _figure_after(s, verb) if verb is not None and f.kind in _SOURCES else None
        if figure is not None and (second := _gapped_clause(s, figure, f.cue)) is not None:
            out.append(second)
    return out


def _figure_after(s: Sentence, k: int) -> int | None:
    """The token of the first number in the verb's clause, within a few words after it."""
    for m in range(k + 1, min(k + _REACH, len(s.toks))):
        if s.broken(m):
            return None
        if s.toks[m].is_number:
            return m
    return None


def _gapped_clause(s: Sentence, figure: int, cue: tuple[int, int]) -> Found | None:
    """The source of a clause, after a comma or a conjunction, that gives another figure without a verb."""
    n = len(s.toks)
    b = next((m for m in range(figure + 1, n) if s.broken(m) or s.toks[m].norm in _JOINS), n)
    if b >= n or (s.broken(b) and "," not in s.gap(b) and ";" not in s.gap(b)):
        return None
    i = b + (s.toks[b].norm in _JOINS or (b + 1 < n and s.toks[b].norm in _JOINS))
    i += i < n and s.toks[i].norm == "que"  # "mientras que"
    j = i
    while j < n and j - i < _SOURCE and not s.toks[j].is_number and s.toks[j].norm not in _BETWEEN \
            and (j == i or not s.broken(j)):
        j += 1
    m = j
    while m < n and s.toks[m].norm in _BETWEEN and not s.broken(m):
        m += 1
    if j == i or m >= n or s.broken(m) or not s.toks[m].is_number or not _ends_after(s, m):
        return None
    kind = kind_of(s.phrase(i, j))
    return Found(s.toks[i].start, s.toks[j - 1].end, kind, cue) if kind in _SOURCES else None


def _ends_after(s: Sentence, m: int) -> bool:
    """The figure at ``m`` and at most three words after it close the clause ("1,3 Millionen.", "1,3 million de
    manifestants")."""
    e = m + 1
    while e < len(s.toks) and e - m <= 3 and not s.broken(e):
        e += 1
    return e >= len(s.toks) or s.broken(e)
