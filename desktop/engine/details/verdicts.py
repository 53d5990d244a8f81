"""A verdict said the other way: one version has a defendant acquitted, another has them convicted ("Priya Natarajan
was acquitted" / "Priya Natarajan fue condenada", "… was acquitted of all charges" / "… was convicted and given an
18-month suspended sentence"). The word diff cannot pair the two across languages, nor in one language when the
rest of the sentence is worded otherwise, and the sentence model reads the two as one statement (0.9987): a QA
helper's verdict reports showed the contradiction as one claim with nothing marked.

Each version's verdict words are read (``_ACQUITTED``, ``_CONVICTED``, by form; "not guilty" acquits, "guilty"
convicts); a version that says both ("convicted of fraud but acquitted of false accounting", "convicted …, his
co-defendant acquitted") or negates its verdict word ("was not convicted") says no one verdict. Two versions that
each say one verdict, the other one, about the same person (a name both give, or no name in either), conflict.
"""
from __future__ import annotations

from ..negation import negations
from .member import Member

ACQUITTED, CONVICTED = "acquitted", "convicted"
_ACQUITTED = frozenset("""acquitted acquittal acquit acquits acquitté acquittée acquittés acquittées acquittement
    relaxé relaxée relaxés relaxées innocenté innocentée innocentés innocentées absuelto absuelta absueltos absueltas
    absolución absolvió absolvieron absuelve assolto assolta assolti assolte assoluzione freigesprochen freispruch
    """.split())
_CONVICTED = frozenset("""convicted conviction convictions condamné condamnée condamnés condamnées condenado condenada
    condenados condenadas condenó condenaron condannato condannata condannati condannate verurteilt verurteilung
    """.split())
_GUILTY = frozenset({"guilty", "coupable", "coupables", "culpable", "culpables", "colpevole", "colpevoli", "schuldig"})
_NOT = frozenset({"not", "non", "no", "nicht"})  # before "guilty": "not guilty", "non coupable", "no culpable"


def verdict_of(member: Member) -> tuple[str, list[int]] | None:
    """(``ACQUITTED`` or ``CONVICTED``, its tokens) where the member says one verdict only, else None."""
    return member.memo("verdict", lambda: _read(member))


def _read(member: Member) -> tuple[str, list[int]] | None:
    toks, found = member.feats.tokens, {}
    negated = set(negations(toks, member.text, member.lang).values())
    for k, tok in enumerate(toks):
        if tok.norm in _GUILTY:
            negated = k and toks[k - 1].norm in _NOT
            found.setdefault(ACQUITTED if negated else CONVICTED, []).extend([k - 1, k] if negated else [k])
        elif tok.norm in _ACQUITTED or tok.norm in _CONVICTED:
            if k in negated:
                return None  # "was not convicted": no verdict read
            found.setdefault(ACQUITTED if tok.norm in _ACQUITTED else CONVICTED, []).append(k)
    return next(iter(found.items())) if len(found) == 1 else None


def _one_person(member: Member, other: Member) -> bool:
    """Both name someone they share, or neither names anyone (the verdict is the claim's defendant's)."""
    mine, theirs = member.feats.names, other.feats.names
    return bool(mine & theirs) or not (mine or theirs)


def add_verdict_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Mark each version's verdict against another version's opposite verdict (both ways)."""
    from .conflicts import points_at  # here: conflicts reads cover, which the details read first

    for n, m in enumerate(members):
        mine = verdict_of(m)
        if mine is None:
            continue
        for o in members:
            theirs = verdict_of(o)
            if theirs is None or o.ref[0] == m.ref[0] or theirs[0] == mine[0] or not _one_person(m, o):
                continue
            their = o.feats.tokens
            part = (o.ref[0], o.start + their[theirs[1][0]].start, o.start + their[theirs[1][-1]].end)
            for k in mine[1]:
                flags[n][k] = True
                if not points_at(conflicts[n].get(k, ()), o.ref[0]):
                    conflicts[n].setdefault(k, []).append(part)
