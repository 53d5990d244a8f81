"""One quotation in two versions of a claim: whose it is is compared between those two sentences.

A claim's group may hold several sentences of one report: a drug-trial story quotes the lead author and has a line
on the independent expert, and so does the other report, each crediting one quote to the other person ("This is the
most important advance … since statins," said lead author Ingrid Solberg / … said Dr Rachel Okafor). Compared
version to version, every speaker of the one is somewhere in the other, and the claim read as agreed on its source
(a QA helper's trial reports: "0 attributed differently"). So two member sentences of two reports that carry the same
quotation (``SAME_QUOTE``, in words of one language) are mates: the quote's speaker is compared with its mate's.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..features import strip_accents
from ..model import Comparison, SentenceRef

SAME_QUOTE = 85  # rapidfuzz ratio of two quotations, lower case and unaccented, at which they are one
_MIN_WORDS = 4  # a quotation this long says something of its own ("robust", "very encouraging" are shared words)
_QUOTED = re.compile(r"[«“\"„]([^«»“”\"„]+)[»”\"“]")
_NOT_WORD = re.compile(r"[^\w\s]+")


def quotations(comp: Comparison, ref: SentenceRef) -> list[str]:
    """The sentence's quotations of ``_MIN_WORDS`` words or more, lower case, unaccented, without punctuation."""
    text = comp.documents[ref[0]].sentence_text(ref[1])
    out = [" ".join(_NOT_WORD.sub(" ", strip_accents(q.lower())).split()) for q in _QUOTED.findall(text)]
    return [q for q in out if len(q.split()) >= _MIN_WORDS]


def quote_mates(comp: Comparison, members: list[SentenceRef]) -> list[tuple[SentenceRef, SentenceRef]]:
    """The pairs of member sentences of two reports, in one language, that carry one quotation."""
    quoted = {ref: qs for ref in members if (qs := quotations(comp, ref))}
    refs = sorted(quoted)
    return [(x, y) for n, x in enumerate(refs) for y in refs[n + 1:]
            if x[0] != y[0] and comp.documents[x[0]].language == comp.documents[y[0]].language
            and any(fuzz.ratio(p, q) >= SAME_QUOTE for p in quoted[x] for q in quoted[y])]


def mates_of(pairs: list[tuple[SentenceRef, SentenceRef]], ref: SentenceRef) -> list[SentenceRef]:
    """The sentences that carry ``ref``'s quotation in other reports."""
    return [y for x, y in pairs if x == ref] + [x for x, y in pairs if y == ref]
