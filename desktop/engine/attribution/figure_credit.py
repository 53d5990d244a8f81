"""Whom a sentence credits each of its figures to: "Police put the turnout at 38,000, while organisers said 120,000
people took part" gives the 38,000 to the police and the 120,000 to the organisers. A report that gives the same
38,000 to the organisers ("Selon les organisateurs, 38 000 personnes ont défilé") credits the figure to another
source, though the two versions name the same sources overall: a crowd estimate swapped between the sides, which a
fact-checker must see (``compare.claim_sourcing`` reads the claim as attributed differently).

A figure is credited where its sentence says so plainly: the only attribution of a sentence of one clause, or the
only attribution of the clause the figure is in (clauses joined by ", while", ", and", ", mais", ", y" …, or a
semicolon; a clause that leaves out its verb, "…, y los organizadores en 120.000", from its source on:
``attribution.gapped``). Nor is a figure credited to a speaker whose body is not the one the text names for it ("la
policía contó 65.000 manifestantes y los sindicatos 250.000": the 250.000 is the unions', ``details.counters``).
"""
from __future__ import annotations

import re

from ..clock import clock_tokens
from ..details.counters import counters_named, credits
from ..features import token_number
from ..model import Attribution, Document
from ..world_names import token_date

_CLAUSES = re.compile(r",\s*(?:while|whereas|but|and|y|e|et|mais|pero|mientras|tandis|alors|whilst)\b|;", re.I)


def credited_figures(doc: Document, sentence: int, atts: list[Attribution]) -> dict[str, Attribution]:
    """{a figure's value: the attribution that gives it} for the figures of one sentence the text credits plainly."""
    if not atts:
        return {}
    text, base = doc.sentence_text(sentence), doc.sentences[sentence].start
    gapped = [a for a in atts if _gapped(a, atts)]
    cuts = sorted({0, *(m.start() for m in _CLAUSES.finditer(text)), *(a.start - base for a in gapped), len(text)})
    clauses = list(zip(cuts, cuts[1:]))
    from ..pipeline import document_features  # (the pipeline imports the stages: not at import time)

    toks = document_features(doc)[sentence].tokens  # read once per report, as the stages read them
    out: dict[str, Attribution] = {}
    times = clock_tokens(toks)
    values = {k: value for k, tok in enumerate(toks)
              if tok.is_number and (value := token_number(toks, k, doc.language)) is not None
              and not value.startswith("ord:") and k not in times and not _incidental(toks, k, doc.language)}
    counted = credits(toks, text, sorted(values))
    for k, value in values.items():
        tok = toks[k]
        clause = next((c for c in clauses if c[0] <= tok.start < c[1]), None)
        inside = [a for a in atts if clause is not None
                  and clause[0] <= (a.start if a in gapped else a.cue[0]) - base < clause[1]]
        if len(inside) == 1 and not (tok.start <= inside[0].cue[0] - base < tok.end) \
                and _may_count(doc, inside[0], counted.get(k)):
            out.setdefault(value, inside[0])
    return out


def _may_count(doc: Document, a: Attribution, counter: str | None) -> bool:
    """The speaker may be who counted the figure: the text credits it to no counter, or to the speaker's body."""
    return counter is None or counter in counters_named(re.findall(r"\w+", doc.text[a.start:a.end].lower()))


def _gapped(a: Attribution, atts: list[Attribution]) -> bool:
    """The source of a clause that leaves out its verb ("…, die Gewerkschaften dagegen 1,3 Millionen": after the
    cue that another source, named before it, gives its figure with): its clause is its own."""
    return a.start > a.cue[1] and any(b.cue == a.cue and b.end <= a.cue[0] for b in atts)


def _incidental(toks, k: int, lang: str) -> bool:
    """A number that is no estimate a source gives: an age ("a 16-year-old"), a day or a year ("on 14 March",
    "in 2009")."""
    after = toks[k + 1].norm if k + 1 < len(toks) else ""
    if after.endswith("-old") or after in _AGE_WORDS:
        return True
    norm = toks[k].norm
    return token_date(toks, k, lang) is not None or (len(norm) == 4 and norm.isascii() and norm.isdigit()
                                                      and 1900 <= int(norm) <= 2100)


_AGE_WORDS = frozenset({"year-old", "years-old", "ans", "años"})
