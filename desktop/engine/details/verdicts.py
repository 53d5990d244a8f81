"""A verdict said the other way: one version has a defendant acquitted, another has them convicted ("Priya Natarajan
was acquitted" / "Priya Natarajan fue condenada", "… was acquitted of all charges" / "… was convicted and given an
18-month suspended sentence"). The word diff cannot pair the two across languages, nor in one language when the
rest of the sentence is worded otherwise, and the sentence model reads the two as one statement (0.9987): a QA
helper's verdict reports showed the contradiction as one claim with nothing marked.

Each version's verdict words are read (``_ACQUITTED``, ``_CONVICTED``, by form; "found guilty" convicts): French,
Spanish and Italian "condamné", "condenado", "condannato" only as a sentence ("a été condamné", "condamné à huit
ans": "ont condamné la décision" condemns it); "guilty" not after a plea ("pleaded not guilty") nor negated, a
conviction not quashed. A version that says both ("convicted of fraud but acquitted of false accounting"), or
negates a verdict word, says no one verdict. Two versions that each say one verdict, the other one, of the same
people (the names one gives all among the other's), conflict.
"""
from __future__ import annotations

from ..negation import negations
from .conflicts import mark_against
from .member import Member

ACQUITTED, CONVICTED = "acquitted", "convicted"
_ACQUITTED = frozenset("""acquitted acquittal acquit acquits acquitté acquittée acquittés acquittées acquittement
    relaxé relaxée relaxés relaxées innocenté innocentée innocentés innocentées absuelto absuelta absueltos absueltas
    absolución absolvió absolvieron absuelve assolto assolta assolti assolte assoluzione freigesprochen freispruch
    """.split())
_CONVICTED = frozenset("convicted conviction convictions verurteilt verurteilung".split())
# "condamner", "condenar", "condannare" also mean to condemn: a sentence only after an auxiliary of the passive or
# before its term ("condamné à huit ans", "condenado a ocho años")
_SENTENCED = frozenset("""condamné condamnée condamnés condamnées condenado condenada condenados condenadas condenó
    condenaron condannato condannata condannati condannate""".split())
_PASSIVE = frozenset("été est sont fut fue fueron sido es son stato stata stati state è wurde wurden".split())
_TO = frozenset({"à", "a", "al"})
_GUILTY = frozenset({"guilty", "coupable", "coupables", "culpable", "culpables", "colpevole", "colpevoli", "schuldig"})
_PLEA = frozenset("pleaded pleads plead plaidé plaide declaró declarado dichiarato".split())  # "pleaded not guilty"
_NOT = frozenset("not n't never pas jamais no nunca non nicht kein".split())
_GUILTY_REACH = 5  # words from a negation or a plea to "guilty" ("did not find Graham Whitcombe guilty")
_QUASHED = frozenset("""quashed overturned overturn annulé annulée anulado anulada anuló revocó revoked
    aufgehoben""".split())  # "quashed the conviction": no conviction stands


def verdict_of(member: Member) -> tuple[str, list[int]] | None:
    """(``ACQUITTED`` or ``CONVICTED``, its tokens) where the member says one verdict only, else None."""
    return member.memo("verdict", lambda: _read(member))


def _read(member: Member) -> tuple[str, list[int]] | None:
    toks, found = member.feats.tokens, {}
    negated = set(negations(toks, member.text, member.lang).values())
    for k in range(len(toks)):
        verdict = _verdict_at(member, k)
        if verdict is None:
            continue
        if k in negated or verdict == "none":
            return None  # "was not convicted", "did not find him guilty", "quashed the conviction": no verdict read
        found.setdefault(verdict, []).append(k)
    return next(iter(found.items())) if len(found) == 1 else None


def _verdict_at(member: Member, k: int) -> str | None:
    """The verdict token ``k`` says, "none" where it names one denied or pleaded, else None."""
    toks, norm = member.feats.tokens, member.feats.tokens[k].norm
    before = [t.norm for t in toks[max(0, k - 3):k]]
    if norm in _GUILTY:  # "pleaded not guilty", "did not find Whitcombe guilty", "n'a pas été reconnu coupable"
        denied = any(t.norm in _PLEA or t.norm in _NOT for t in toks[max(0, k - _GUILTY_REACH):k])
        return "none" if denied else CONVICTED
    if norm in _ACQUITTED:
        return ACQUITTED
    if norm in _CONVICTED:
        return "none" if any(w in _QUASHED for w in before) else CONVICTED
    if norm in _SENTENCED and ((before and before[-1] in _PASSIVE) or (k + 1 < len(toks) and toks[k + 1].norm in _TO)):
        return CONVICTED  # "a été condamné", "condenado a ocho años" (not "ont condamné la décision")
    return None


def _same_people(member: Member, other: Member) -> bool:
    """The names one version gives are all among the other's (the same defendant, one version naming more), or
    neither names anyone: "convicted Graham Whitcombe" / "absolvió … a su socia, Priya Natarajan" are two people."""
    mine, theirs = member.feats.names, other.feats.names
    return mine <= theirs or theirs <= mine


def add_verdict_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Mark each version's verdict against another version's opposite verdict (both ways)."""
    for n, m in enumerate(members):
        mine = verdict_of(m)
        if mine is None:
            continue
        for o in members:
            theirs = verdict_of(o)
            if theirs is None or o.ref[0] == m.ref[0] or theirs[0] == mine[0] or not _same_people(m, o):
                continue
            their = o.feats.tokens
            part = (o.ref[0], o.start + their[theirs[1][0]].start, o.start + their[theirs[1][-1]].end)
            mark_against(flags[n], conflicts[n], mine[1], part)
