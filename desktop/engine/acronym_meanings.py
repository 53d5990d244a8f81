"""Acronyms of two languages that name one body: "WHO" / "OMS", "NATO" / "OTAN", "IMF" / "FMI".

Reports in two languages name an international body by their own language's acronym, and the speaker of one claim
then reads as two sources ("the WHO said" / "según informó la OMS": "attributed differently"). Read alone, acronyms
are short words the sentence model places loosely (bare "WHO" / "OMS" 0.59, "UN" / "OTAN" 0.60, "ICC" / "CICR"
0.65); read as an organisation's name ("the organisation WHO") they stand further apart, though not always: on 30
pairs of one body's two acronyms (English against French, Spanish or German) and 40 pairs of two bodies' (a list made
by hand and by a review, session 66, kept out of the project), one body's read 0.66–0.97 and two bodies' up to 0.85
("EIB" / "BCE" 0.815, "IAEA" / "OIAC" 0.844). One body is read at ``SAME_BODY`` or more, or at ``SAME_LETTERS``
for two acronyms of the same letters in another order ("NATO" / "OTAN", "ECB" / "BCE", "OECD" / "OCDE"): 21 of the
30 one-body pairs ("UNHCR" / "ACNUR", "WTO" / "OMC", "ICC" / "CPI" are not) and 1 of the 40 two-body pairs ("IEA" /
"AIEA", 0.95). Only the acronyms of the speakers the reports name are compared (a few words a comparison), and only
between reports in two languages: in one language one body has one acronym.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .acronyms import is_acronym
from .features import features
from .meanings import read_alike
from .model import Attribution, Document

TEMPLATE = "the organisation {}"
SAME_BODY = 0.85
SAME_LETTERS = 0.75


def speaker_acronyms(documents: list[Document], attributions: Iterable[Attribution]) -> dict[int, set[str]]:
    """Per source, the acronyms its speakers' phrases hold, as written ("WHO", "OMS")."""
    out: dict[int, set[str]] = {}
    for a in attributions:
        doc = documents[a.source]
        words = {t.surface for t in features(doc.text[a.start:a.end], doc.language).tokens}
        out.setdefault(a.source, set()).update(w for w in words if w.isupper() and is_acronym(w))
    return out


def same_bodies(encode: Callable[[list[str]], object], acronyms: dict[int, set[str]],
                languages: list[str]) -> set[tuple[str, str]]:
    """The pairs (a, b), a < b, of different acronyms of reports in two languages that the sentence model reads as
    one body's names (``SAME_BODY``, ``SAME_LETTERS``). ``encode(list[str])`` returns unit vectors."""
    pairs = {tuple(sorted((x, y))) for s, xs in acronyms.items() for t, ys in acronyms.items()
             if s < t and languages[s] != languages[t] for x in xs for y in ys if x != y}
    return read_alike(encode, pairs, TEMPLATE.format,
                      lambda x, y: SAME_LETTERS if sorted(x) == sorted(y) else SAME_BODY)
