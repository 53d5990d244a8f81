"""Who says it, quoted: "X was quoted as saying", "quoted by IRNA as saying", "was quoted in the Herald saying":
the one quoted, and the medium that quoted them."""
from __future__ import annotations

from .bodies import outlet_like
from .noun_phrases import np_back
from .outlet_phrases import outlet_np
from .sentence import Found, Sentence, found_at


_AS_SAYING = frozenset({"saying", "telling", "stating", "having"})


def quoted_as_saying(s: Sentence, k: int) -> list[Found]:
    """ "Agence France Press quoted a spokesperson for the government as saying", "quoted a number of tax lawyers
    saying": whom the medium quoted; "Mr Houston was quoted in the Herald newspaper saying": who was quoted, and
    where; "Mr Mazanga was quoted as saying": the subject."""
    if s.toks[k].norm not in ("quoted", "quotes", "quote", "cited", "cites"):
        return []
    if k > 1 and s.toks[k - 1].norm in ("was", "were") and k + 2 < len(s.toks):
        if s.toks[k + 1].norm == "in":
            return _quoted_in(s, k)
        if s.toks[k + 1].norm == "as" and s.toks[k + 2].norm in _AS_SAYING:
            return _quoted_subject(s, k)
        if s.toks[k + 1].norm == "by":
            return _quoted_by(s, k)
    end = min(k + _SEARCH_AS, len(s.toks) - 1)
    as_later = any(s.toks[m].norm == "as" and s.toks[m + 1].norm in _AS_SAYING for m in range(k + 2, end))
    for m in range(k + 2, end):
        if s.broken(m) and not (s.comma(m) and as_later):  # "quoted the head of the zone, Ali Rezapour, as saying"
            return []  # (not "quoted Churchill, saying the country would never surrender")
        as_saying = s.toks[m].norm == "as" and s.toks[m + 1].norm in _AS_SAYING
        if as_saying or s.toks[m].norm == "saying":  # "quoted a number of tax lawyers saying"
            if s.toks[k + 1].norm in ("him", "her", "them"):
                return []  # whom "him" stands for is read with the report's other speakers
            found = found_at(s, (k + 1, m), (m, m + as_saying), fallback="anonymous")
            return [found] if found and found.kind != "document" else []  # not "quoted figures saying"
    return []


def _quoted_subject(s: Sentence, k: int) -> list[Found]:
    """ "Mr Mazanga | was quoted as saying": the subject said it."""
    subject = np_back(s, k - 1)
    found = found_at(s, subject, (k - 1, k + 2)) if subject else None
    return [found] if found else []


def _quoted_by(s: Sentence, k: int) -> list[Found]:
    """ "Airport chief Ali Naghavi | was quoted by | IRNA | as saying": the subject said it, the medium carried it."""
    medium = outlet_np(s, k + 2)
    if medium is None or medium[1] + 1 >= len(s.toks) or s.toks[medium[1]].norm != "as" \
            or s.toks[medium[1] + 1].norm not in _AS_SAYING or not outlet_like(s.toks[medium[0]:medium[1]]):
        return []
    subject = np_back(s, k - 1)
    speaker = found_at(s, subject, (k - 1, k + 1)) if subject else None
    return [f for f in (speaker, found_at(s, medium, (k - 1, k + 1), "outlet")) if f]


_SEARCH_AS = 14  # "quoted | <whom> | as saying"


def _quoted_in(s: Sentence, k: int) -> list[Found]:
    """ "Mr Houston | was quoted in | the Herald newspaper": the subject said it, the medium carried it."""
    medium = outlet_np(s, k + 2)
    if medium is None or not outlet_like(s.toks[medium[0]:medium[1]]):
        return []
    subject = np_back(s, k - 1)
    speaker = found_at(s, subject, (k - 1, k)) if subject else None
    outlet = found_at(s, medium, (k - 1, k + 1), "outlet")
    return [f for f in (speaker, outlet) if f]
