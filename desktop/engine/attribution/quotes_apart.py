"""Two quotes of two people are two statements, however alike they read.

Reports of one event quote several people on one theme: the finance minister "respecte pleinement l'indépendance de
la banque centrale", an economist finds "a central bank that has decided it cannot afford to be behind the curve
again". The sentence model reads them as close (0.51 across two languages in a helper's rate-decision reports), the
pair was linked, and the claim read as "attributed differently": a dispute over who said it that no one has. A
quotation gives a person's own words, so two versions of one quote share them, or their translation, and score high
whoever they credit (a quote credited to the governor here and to her deputy there, 0.99: that dispute is real and
stays). So a candidate pair of two sentences that are each mostly a quotation (``MOSTLY_QUOTED``) of people named
by name, none of whom is the other's (``compare.same_speaker``; "le septuple vainqueur du Tour de France" and
"l'Américain" may be one man), scoring less than ``SAME_WORDS``, is kept below the threshold, at ``APART``: a near
miss the reviewer may still link, not a claim two sources carry.
"""
from __future__ import annotations

import re

from ..model import Attribution, Comparison, Link, SentenceRef
from .compare import attributions_by_sentence, full_names, same_speaker

SAME_WORDS = 0.85  # a pair scoring this or more gives one quotation, whoever each version credits
APART = 0.45  # the score such a pair keeps below it: a near miss (``near_misses``), not a link
_QUOTED = re.compile(r"[«“\"„]([^«»“”\"„]+)[»”\"“]")  # a quotation, between its marks
# Of the sentence's characters, its quotations make at least this share: a sentence that quotes, not one that gives
# facts and a few quoted words (a toll with a mayor's "the darkest day in our history": 0.21). Two languages (32
# pairs): at 0.25 two wrong links fewer (AMD's chief's quote and SeaMicro's founder's, 0.70 and 0.44; a Chinese
# vice-minister's words and a French spokesman's, 0.29 and 0.33), at 0.4 one, at 0.5 none; one language unchanged.
MOSTLY_QUOTED = 0.25


def quotes_apart(comp: Comparison) -> list[Link]:
    """``comp.candidates`` with the pairs of two quotes of different named speakers kept below the threshold."""
    index = attributions_by_sentence(comp)
    quoted: dict[SentenceRef, list[Attribution]] = {}

    def speakers_of(ref: SentenceRef) -> list[Attribution]:
        if ref not in quoted:
            named = [a for a in index.get(ref, []) if a.kind == "person" and _named(comp, a)]
            text = comp.documents[ref[0]].sentence_text(ref[1])
            quoted[ref] = named if named and _mostly_quoted(text) else []
        return quoted[ref]

    out = []
    for ln in comp.candidates:
        if APART < ln.score < SAME_WORDS and not ln.manual and ln.a[0] != ln.b[0]:
            mine, theirs = speakers_of(ln.a), speakers_of(ln.b)
            if mine and theirs and not any(same_speaker(comp, x, y) for x in mine for y in theirs):
                ln = Link(ln.a, ln.b, APART, ln.manual)
        out.append(ln)
    return out


def _named(comp: Comparison, a: Attribution) -> bool:
    """A person named by first and last name ("Jonas Hall", "le ministre des Finances, Jonas Hall") or by a surname
    alone ("Vos said"); not one described ("le septuple vainqueur du Tour de France", "l'Américain": two versions may
    describe one man otherwise)."""
    if full_names(comp, a):
        return True
    text = a.refers_to or comp.documents[a.source].text[a.start:a.end]
    return _SURNAME.fullmatch(text.strip()) is not None


_SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+")  # "Vos", "Lind"; not "l'Américain"


def _mostly_quoted(text: str) -> bool:
    """Quotations of four words or more make up most of the sentence ('Five people were killed …, said Mayor Luca
    Ferri, who called it "the darkest day"' gives facts two versions share, whoever each quotes)."""
    quoted = sum(len(q) for q in _QUOTED.findall(text) if len(q.split()) >= 4)
    return quoted >= MOSTLY_QUOTED * len(text)
