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
miss the reviewer may still link, not a claim two sources carry. Two versions of one quotation in the same words
(``quote_mates``) are one statement however long the phrases naming each speaker (a QA helper's trial reports: "…
since statins," said lead author Ingrid Solberg, a professor …, against said Dr Rachel Okafor, a cardiologist …,
scored under ``SAME_WORDS`` and was kept apart, hiding who is credited).
"""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from ..model import Attribution, Comparison, Link, SentenceRef
from .compare import attributions_by_sentence, full_names, same_speaker
from .quote_mates import quote_mates

SAME_WORDS = 0.85  # a pair scoring this or more gives one quotation, whoever each version credits
APART = 0.45  # the score such a pair keeps below it: a near miss (``near_misses``), not a link
_QUOTED = re.compile(r"[«“\"„]([^«»“”\"„]+)[»”\"“]")  # a quotation, between its marks
# Of the sentence's characters, its quotations make at least this share: a sentence that quotes, not one that gives
# facts and a few quoted words (a toll with a mayor's "the darkest day in our history": 0.21). Two languages (32
# pairs): at 0.25 two wrong links fewer (AMD's chief's quote and SeaMicro's founder's, 0.70 and 0.44; a Chinese
# vice-minister's words and a French spokesman's, 0.29 and 0.33), at 0.4 one, at 0.5 none; one language unchanged.
MOSTLY_QUOTED = 0.25
QUOTES_ALIKE = 0.5  # two quotations of one speaker read at least this alike to be one statement (a translation
#                    reads 0.7 and more)

Encode = Callable[[list[str]], np.ndarray]


def quotes_apart(comp: Comparison, encode: Encode | None = None) -> list[Link]:
    """``comp.candidates`` with the pairs of two quotes of different named speakers kept below the threshold, and
    (with ``encode``, texts to unit vectors) those of one speaker whose quotations read apart (``_said_apart``)."""
    index = attributions_by_sentence(comp)
    quoted: dict[SentenceRef, list[Attribution]] = {}

    def speakers_of(ref: SentenceRef) -> list[Attribution]:
        if ref not in quoted:
            named = [a for a in index.get(ref, []) if a.kind == "person" and _named(comp, a)]
            text = comp.documents[ref[0]].sentence_text(ref[1])
            quoted[ref] = named if named and _mostly_quoted(text) else []
        return quoted[ref]

    out, one_speaker = [], []
    for ln in comp.candidates:
        if APART < ln.score and not ln.manual and ln.a[0] != ln.b[0]:
            mine, theirs = speakers_of(ln.a), speakers_of(ln.b)
            if not (mine and theirs):
                pass
            elif not any(same_speaker(comp, x, y) for x in mine for y in theirs):
                ln = Link(ln.a, ln.b, APART, ln.manual) if ln.score < SAME_WORDS and not quote_mates(
                    comp, [ln.a, ln.b]) else ln  # one quotation, word for word, whoever each credits: one statement
            else:
                one_speaker.append(len(out))  # (whatever the pair's score: a speaker's tag weighs in it)
        out.append(ln)
    for n in _said_apart(comp, [out[n] for n in one_speaker], encode):
        out[one_speaker[n]] = Link(out[one_speaker[n]].a, out[one_speaker[n]].b, APART, False)
    return _quotation_first(comp, out)


def _quotation_first(comp: Comparison, links: list[Link]) -> list[Link]:
    """A sentence that is mostly a quotation scores no higher with another report's sentence that lacks its
    quotation than with the one that carries it (``quote_mates``): the speaker's name weighs in a pair's score, and
    "… since statins," said lead author Ingrid Solberg went with Solberg's other remark (0.93) rather than with the
    same words credited to Dr Okafor (0.89), hiding who is credited with them. Only mates linked (from the threshold
    up) cap others."""
    mates: dict[tuple[SentenceRef, int], float] = {}  # (sentence, other report): its linked mate's best score
    for ln in links:
        if ln.a[0] != ln.b[0] and ln.score >= comp.options.threshold and quote_mates(comp, [ln.a, ln.b]):
            for x, y in ((ln.a, ln.b), (ln.b, ln.a)):
                mates[(x, y[0])] = max(mates.get((x, y[0]), 0.0), ln.score)
    #   (only linked mates, and each sentence's own: every other sentence a mate's sentence was paired with had been
    #   read as a mate too, and "Reid's publicist confirmed that the actress Reid was admitted into Promises" had been
    #   capped to 0.04 against "'Tara Reid has checked herself into Promises …,' Reid's rep told Us": two must pairs
    #   of the development pairs lost)
    out = []
    for ln in links:
        cap = min((mates[(x, y[0])] for x, y in ((ln.a, ln.b), (ln.b, ln.a)) if (x, y[0]) in mates
                   and _mostly_quoted(comp.documents[x[0]].sentence_text(x[1])) and not quote_mates(comp, [x, y])),
                  default=None)
        out.append(ln if ln.manual or cap is None or ln.score < cap else Link(ln.a, ln.b, cap - _BELOW, False))
    return out


_BELOW = 0.01  # how far under its quotation's pair another pair of a quoting sentence is kept


def _said_apart(comp: Comparison, links: list[Link], encode: Encode | None) -> list[int]:
    """Of the pairs of two quotes one speaker is credited with, those whose quotations, read alone, are further apart
    than ``QUOTES_ALIKE``: two things one person said ("Ventura will keep its brand and its base in Valencia" / "We
    are building a European champion", both Ventura's chief executive: 0.91 and 0.55 in a QA helper's merger
    reports, the French report seeming to carry a pledge it never gives)."""
    if encode is None or not links:
        return []
    index = attributions_by_sentence(comp)
    texts = [[f(comp, ref, index) for ref in (ln.a, ln.b)] for ln in links for f in (_quotations, _statement)]
    vectors = encode([t for pair in texts for t in pair])
    alike = [float(vectors[2 * n] @ vectors[2 * n + 1]) for n in range(len(texts))]
    return [n for n in range(len(links)) if max(alike[2 * n], alike[2 * n + 1]) < QUOTES_ALIKE]
    #  (the statement too: "We believe the jury was misdirected on the law," she told reporters / Selon elle, le jury
    #  a été « mal instruit sur le droit »: one statement, quoted in part)


def _quotations(comp: Comparison, ref: SentenceRef, index) -> str:
    return " ".join(_QUOTED.findall(comp.documents[ref[0]].sentence_text(ref[1])))


def _statement(comp: Comparison, ref: SentenceRef, index) -> str:
    """The sentence without who says it and the verb of saying."""
    doc = comp.documents[ref[0]]
    start, end = doc.sentences[ref[1]].start, doc.sentences[ref[1]].end
    cut = sorted((max(start, x), min(end, y)) for a in index.get(ref, []) for x, y in ((a.start, a.end), a.cue))
    out, pos = [], start
    for x, y in cut:
        out.append(doc.text[pos:max(pos, x)])
        pos = max(pos, y)
    return "".join(out) + doc.text[pos:end]


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
