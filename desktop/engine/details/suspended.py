"""A prison term's part said the other way: one version has part of it suspended, another has that part to be served
("four years in prison, three of them suspended" / "quatre ans de prison, dont trois ferme"). Both give the same
figures, so no number is said differently, and the sentence model reads the two as one statement: a QA helper's
verdict reports showed it as one claim with nothing marked, although it decides whether the man spends one year in
prison or three.

Each version's part is read: a figure with a word saying it is suspended ("suspended", "avec sursis", "en suspenso",
"auf Bewährung", "con la condizionale", "suspensos") or to be served ("to be served", "ferme", "de cumplimiento
efectivo", "ohne Bewährung", "da scontare", "efetivos"), within a few words after it; and the term it is part of,
the figure before it with a unit of time ("four years", "quatre ans", "vier Jahren"). Two versions that give the
same term and as much of it to serve, one saying what is suspended and the other what is served, agree ("four years,
three of them suspended" / "dont un an ferme"); where the time to serve differs, the parts conflict. Without a term
on both sides, the same figure said suspended in one and to be served in the other conflicts, unless it is half of
the term one of them gives.
"""
from __future__ import annotations

from ..features import token_number
from .conflicts import mark_opposites
from .intervals import as_float
from .member import Member, member_negations

SUSPENDED, SERVED = "suspended", "served"
# the words after a part's figure that say what it is, as tokens read in order (``_part_at``)
_KINDS = {
    "en": {SUSPENDED: (("suspended",), ("on", "probation")),
           SERVED: (("to", "be", "served"), ("to", "serve"), ("behind", "bars"), ("in", "custody"))},
    "fr": {SUSPENDED: (("avec", "sursis"), ("assortis", "du", "sursis"), ("sursis",)),
           SERVED: (("ferme",), ("fermes",), ("à", "purger"), ("à", "effectuer"))},
    "es": {SUSPENDED: (("en", "suspenso"), ("suspendidos",), ("suspendida",), ("condicional",),
                       ("de", "libertad", "condicional")),
           SERVED: (("de", "cumplimiento", "efectivo"), ("efectivos",), ("de", "prisión", "efectiva"),
                    ("a", "cumplir"))},
    "it": {SUSPENDED: (("con", "la", "condizionale"), ("sospesi",), ("con", "sospensione")),
           SERVED: (("da", "scontare"), ("effettivi",), ("di", "reclusione", "effettiva"))},
    "de": {SUSPENDED: (("auf", "bewährung"), ("zur", "bewährung")),
           SERVED: (("ohne", "bewährung"), ("zu", "verbüßen"), ("hinter", "gittern"))},
    "pt": {SUSPENDED: (("suspensos",), ("com", "pena", "suspensa"), ("de", "pena", "suspensa")),
           SERVED: (("efetivos",), ("efectivos",), ("a", "cumprir"), ("de", "prisão", "efetiva"))},
}
_MONTHS = {"month", "months", "mois", "mes", "meses", "mese", "mesi", "monat", "monate", "monaten", "monats"}
_YEARS = {"year", "years", "ans", "an", "années", "año", "años", "anno", "anni", "jahr", "jahre", "jahren", "jahres",
          "ano", "anos"}
_KIND_REACH = 3  # tokens between the part's figure (or its unit) and the words of its kind ("three of them suspended")
_TERM_REACH = 8  # tokens between the term's unit and the part's figure ("four years in prison, three")


def add_suspended_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Mark each version's part of a prison term against another version's part where they leave a different time
    to serve (both ways)."""
    mark_opposites(members, flags, conflicts, term_part, _one_term)


def term_part(member: Member) -> tuple[tuple, list[int]] | None:
    """((the term in months, the months left to serve), the part's tokens) where the member gives one part of a
    term said suspended or to be served; without a term before it ((None, (figure, unit, kind)), tokens)."""
    return member.memo("term_part", lambda: _read(member))


def _one_term(m: Member, mine: tuple[tuple, list[int]], o: Member, theirs: tuple[tuple, list[int]]) -> bool:
    """Both parts are of one term; without a term, the same figure said of two kinds."""
    if mine[0][0] is not None:
        return mine[0][0] == theirs[0][0]
    return theirs[0][0] is None and mine[0][1][:2] == theirs[0][1][:2]


def _read(member: Member) -> tuple[tuple, list[int]] | None:
    negated = set(member_negations(member).values())
    found = [p for k in range(len(member.feats.tokens)) if (p := _part_at(member, k)) is not None
             and not negated & set(p[3])]
    if len(found) != 1:
        return None
    value, unit, kind, tokens = found[0]
    term = _term_before(member, tokens[0])
    if term is None or (unit is None and term[1] is None):
        return (None, (value, unit, kind)), tokens
    months = round(value * (unit or term[1]))
    return (term[0], months if kind == SERVED else term[0] - months), tokens


def _part_at(member: Member, k: int) -> tuple[float, int | None, str, list[int]] | None:
    """(figure, its unit in months or None, kind, tokens) where token ``k`` is a figure followed by a kind's
    words ("three of them suspended", "dont trois ferme", "18 mois avec sursis")."""
    toks = member.feats.tokens
    value = as_float(token_number(member.feats.tokens, k, member.lang))
    if value is None:
        return None
    unit = _unit(toks, k + 1)
    start = k + 1 + (unit is not None)
    for j in range(start, min(len(toks), start + _KIND_REACH)):
        for kind, phrases in _KINDS.get(member.lang, {}).items():
            for phrase in phrases:
                if tuple(t.norm for t in toks[j:j + len(phrase)]) == phrase:
                    return value, unit, kind, [k, *range(j, j + len(phrase))]
    return None


def _term_before(member: Member, k: int) -> tuple[int, int] | None:
    """(the term in months, its unit in months) of the figure with a unit of time within ``_TERM_REACH`` tokens
    before token ``k``, the nearest."""
    toks = member.feats.tokens
    for j in range(k - 1, max(-1, k - _TERM_REACH - 2), -1):
        unit = _unit(toks, j + 1) if j + 1 < k else None
        value = as_float(token_number(member.feats.tokens, j, member.lang)) if unit is not None else None
        if value is not None:
            return round(value * unit), unit
    return None


def _unit(toks, k: int) -> int | None:
    """12 where token ``k`` is a word of years, 1 of months, else None."""
    if k >= len(toks):
        return None
    return 12 if toks[k].norm in _YEARS else 1 if toks[k].norm in _MONTHS else None
