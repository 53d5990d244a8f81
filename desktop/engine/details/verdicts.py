"""A verdict said the other way: one version has a defendant acquitted, another has them convicted ("Priya Natarajan
was acquitted" / "Priya Natarajan fue condenada", "… was acquitted of all charges" / "… was convicted and given an
18-month suspended sentence"). The word diff cannot pair the two across languages, nor in one language when the
rest of the sentence is worded otherwise, and the sentence model reads the two as one statement (0.9987): a QA
helper's verdict reports showed the contradiction as one claim with nothing marked.

Each version's verdict words are read (``_ACQUITTED``, ``_CONVICTED``, by form; "found guilty" convicts, "found not
guilty", "did not find … guilty" acquit): French, Spanish and Italian "condamné", "condenado", "condannato" only as a
sentence ("a été condamné", "a condamné mardi X à huit ans": "ont condamné la décision" condemns it); "pleaded not
guilty" is a plea, no verdict; a conviction quashed is none. A version that says both ("convicted of fraud but
acquitted of false accounting"), or negates an acquittal or a conviction, says no one verdict. Two versions that
each say one verdict, the other one, of the same people (both name them, the names one gives all among the
other's; or neither names anyone), conflict.
"""
from __future__ import annotations

from ..features import strip_accents, token_number
from .ages import YEARS
from .conflicts import mark_opposites
from .member import Member, member_negations

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
PASSIVE = frozenset("""was were been été est sont fut fue fueron sido es son stato stata stati state è wurde wurden
    worden""".split())  # auxiliaries of the passive: "a été condamné", "was killed", "wurde festgenommen"
_TO = frozenset({"à", "a", "al"})
_GUILTY = frozenset({"guilty", "coupable", "coupables", "culpable", "culpables", "colpevole", "colpevoli", "schuldig"})
_PLEA = frozenset("pleaded pleads plead plea plaidé plaide".split())  # "pleaded not guilty": no verdict
_NOT = frozenset("not n't never pas jamais no nunca non nicht kein".split())
_GUILTY_REACH = 5  # words from a negation or a plea to "guilty" ("did not find Graham Whitcombe guilty")
_NOT = _NOT | {"pas", "nicht"}  # ("n'a pas été reconnu coupable")
_TERMS = frozenset("""prison jail cárcel prisión carcere perpétuité perpetuidad ergastolo""".split())  # "à la prison"
_SENTENCE_REACH = 7  # words from "condamné" to its term ("a condamné mardi Graham Whitcombe à huit ans")
_ARTICLES = frozenset("la le l el un una une".split())
_SPANS = YEARS | frozenset("mois meses mesi months month mes jours días días".split())
_QUASHED = frozenset("""quashed overturned overturn annulé annulée anulado anulada anuló revocó revoked
    aufgehoben""".split())  # "quashed the conviction": no conviction stands


def verdict_of(member: Member) -> tuple[str, list[int]] | None:
    """(``ACQUITTED`` or ``CONVICTED``, its tokens) where the member says one verdict only, else None."""
    return member.memo("verdict", lambda: _read(member))


def _read(member: Member) -> tuple[str, list[int]] | None:
    toks, found = member.feats.tokens, {}
    negated = set(member_negations(member).values())
    for k in range(len(toks)):
        verdict = _verdict_at(member, k)
        if verdict is None:
            continue
        if verdict == PLEA:
            continue
        if verdict == "none" or (k in negated and toks[k].norm not in _GUILTY):  # ("not guilty": read above)
            return None  # "was not convicted", "did not find him guilty", "quashed the conviction": no verdict read
        found.setdefault(verdict, []).append(k)
    return next(iter(found.items())) if len(found) == 1 else None


def _verdict_at(member: Member, k: int) -> str | None:
    """The verdict token ``k`` says, "none" where it names one denied or pleaded, else None."""
    toks, norm = member.feats.tokens, member.feats.tokens[k].norm
    before = [t.norm for t in toks[max(0, k - 3):k]]
    if norm in _GUILTY:  # "found … not guilty", "did not find Whitcombe guilty", "n'a pas été reconnu coupable":
        return _guilty(member, k)  # acquitted; "pleaded not guilty", "se declaró no culpable": a plea only
    if norm in _ACQUITTED:
        return ACQUITTED
    if norm in _CONVICTED:
        return "none" if any(w in _QUASHED for w in before) else CONVICTED
    if norm in _SENTENCED and ((before and before[-1] in PASSIVE) or _term_after(member, k)):
        return CONVICTED  # "a été condamné", "a condamné mardi X à huit ans" (not "ont condamné la décision")
    return None


def _guilty(member: Member, k: int) -> str:
    """The verdict "guilty" at token ``k`` says: negated within its reach and after any other "guilty" (a split
    verdict's "not guilty of murder but guilty of manslaughter" convicts of the second), an acquittal; a plea ("pleaded
    not guilty", "entered a plea of not guilty", "se declaró no culpable", "si è dichiarato non colpevole") none."""
    toks = member.feats.tokens
    start = max([0, k - _GUILTY_REACH] + [j + 1 for j in range(max(0, k - _GUILTY_REACH), k) if toks[j].norm in _GUILTY])
    near = [t.norm for t in toks[start:k]]
    if any(w in _PLEA for w in near) or (any(w in ("se", "si") for w in near)
                                         and any(w in _DECLARED_ONESELF for w in near)):
        return PLEA if any(w in _NOT for w in near) else CONVICTED  # "pleaded guilty" admits it
    right_before = near[-2:] if near[-1:] in (["not"], ["non"], ["no"], ["nicht"]) else []  # "not guilty"
    negated = {w for w in member_negations(member).values() if start <= w < k}
    finding = any(toks[w].norm in _FINDINGS or toks[w].lemma in _FINDINGS for w in negated)  # "did not find X
    return ACQUITTED if right_before or finding else CONVICTED  # guilty" (not "did not hesitate to find X guilty")


PLEA = "plea"  # "pleaded not guilty": no verdict of its own, the sentence's others still read
_DECLARED_ONESELF = frozenset("declaró declara declarado dichiarato dichiara déclaré déclare".split())
_FINDINGS = frozenset("""find found reconnu reconnaître reconnue déclaré jugé declarado declarar hallado
    ritenuto giudicato""".split())  # verbs that find someone guilty


def _term_after(member: Member, k: int) -> bool:
    """A term of prison after the verb at token ``k``: "à huit ans", "a ocho años de cárcel", "à la prison à vie"."""
    toks, lang = member.feats.tokens, member.lang
    for j in range(k + 1, min(k + 1 + _SENTENCE_REACH, len(toks) - 2)):
        if toks[j].norm not in _TO:
            continue
        n = j + 2 if toks[j + 1].norm in _ARTICLES else j + 1
        counted = n + 1 < len(toks) and (toks[n].is_number or token_number(toks, n, lang)) \
            and toks[n + 1].norm in _SPANS  # "à huit ans", "a 18 meses" (not "de absolver a los tres policías")
        if counted or (n < len(toks) and toks[n].norm in _TERMS):
            return True
    return False


def same_people(member: Member, other: Member) -> bool:
    """Both versions name someone, and the names one gives are all among the other's (the same defendant, one
    version naming more), or neither names anyone: "convicted Graham Whitcombe" / "absolvió … a su socia, Priya
    Natarajan", and "Graham Whitcombe was convicted" / "Son associée a été acquittée", are two people."""
    mine, theirs = _named(member, other), _named(other, member)
    return (bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)) or not (mine or theirs)


def _named(member: Member, other: Member) -> frozenset[str]:
    """The names the member gives (folded): those it writes capitalised mid-sentence (in German, whose every noun
    is capitalised, those its dictionary does not know), and a capitalised word the dictionary does not know
    wherever it stands, when the other version writes it capitalised too ("Castagnède was acquitted" / "The court
    found Castagnède guilty" / "Castagnède wurde wegen Veruntreuung … verurteilt": one man)."""
    from ..lemmas import shared_lemmas

    known = shared_lemmas().known
    capitalised = {strip_accents(t.norm) for t in other.feats.tokens if t.is_name}
    names = {n for n in member.feats.names if member.lang != "de" or not known(n, "de")}
    return frozenset(names) | {
        folded for t in member.feats.tokens
        if t.is_name and (folded := strip_accents(t.norm)) in capitalised and not known(t.norm, member.lang)}


def add_verdict_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Mark each version's verdict against another version's opposite verdict of the same people (both ways)."""
    mark_opposites(members, flags, conflicts, verdict_of, lambda m, mine, o, theirs: same_people(m, o))
