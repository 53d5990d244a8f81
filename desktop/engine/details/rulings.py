"""A decision on a request said one way and the other: "A Prague court approved the extradition" / "A Czech court
blocked the extradition", "Un tribunal de Praga aprobó la extradición" / "The court blocked the extradition". The word
diff sets "approved" against "rejected" (a thesaurus's opposites), not against "blocked", and across languages no word
is shared: a QA helper's extradition reports showed the tabloid's wrong "blocked" as one claim with the others'
"approved", nothing marked, in every combination.

A version decides on a thing (the noun right after the verb, past its articles, or before a passive verb: "the
extradition was approved") by a verb that grants it (approve, authorise, grant, allow; approuver, autoriser,
accorder, valider; aprobar, autorizar, conceder, avalar; approvare, autorizzare, concedere; genehmigen, billigen,
bewilligen) or one that refuses it (block, reject, refuse, deny; bloquer, rejeter, refuser; bloquear,
rechazar, denegar, frenar; bloccare, respingere, negare; blockieren, ablehnen, stoppen), negated or not. Two versions
that decide the same thing (one word, a cognate across languages, or words the comparison's table reads alike) the
two ways conflict: "rejected his appeal against the extradition" decides the appeal, not the extradition, and agrees
with "approved the extradition".
"""
from __future__ import annotations

from ..meanings import WordMatches, meaning_key
from .conflicts import mark_against, span_of
from .fact_conflicts import says_word
from .member import Member, member_negations
from .verdicts import PASSIVE

_GRANT = frozenset("""approve approved approves approving authorise authorised authorize authorized grant granted
    allow allowed approuver approuvé approuvée approuve approuvent autoriser autorisé autorisée autorise
    accorder accordé accordée valider validé validée valide aprobar aprobó aprobado aprobada aprueba autorizar
    autorizó autorizado autorizada conceder concedió concedido concedida avalar avaló avalado approvare approvato
    approvata approva autorizzare autorizzato autorizzata concedere concesso concessa genehmigen genehmigt genehmigte
    billigen billigte gebilligt bewilligen bewilligt bewilligte""".split())
_REFUSE = frozenset("""block blocked blocks blocking reject rejected rejects refuse refused refuses deny denied denies
    bloquer bloqué bloquée bloque rejeter rejeté rejetée rejette refuser refusé refusée refuse
    bloquear bloqueó bloqueado bloqueada rechazar rechazó rechazado rechazada denegar denegó denegado denegada frenar
    frenó frenado paralizar paralizó bloccare bloccato bloccata blocca respingere respinto respinta respinge negare
    negato negata blockieren blockiert blockierte ablehnen abgelehnt lehnte stoppen gestoppt stoppte""".split())
_SKIP = frozenset("""the a an his her its their this that le la les l un une son sa ses leur leurs ce cette el los las
    lo un una su sus il gli i del della dello der die das den dem des ein eine seine ihre""".split())
_REACH = 3  # words from the verb to the thing decided ("approved on Tuesday the extradition" is rare; articles aside)


def rulings(member: Member) -> list[tuple[bool, int, int]]:
    """(granted, the verb's token, the thing's token) for each decision the member says."""
    return member.memo("rulings", lambda: _read(member))


def _read(member: Member) -> list[tuple[bool, int, int]]:
    toks, out = member.feats.tokens, []
    negated = set(member_negations(member).values())
    for k, tok in enumerate(toks):
        grants = tok.norm in _GRANT or tok.lemma in _GRANT
        if not grants and tok.norm not in _REFUSE and tok.lemma not in _REFUSE:
            continue
        thing = _thing(member, k)
        if thing is not None:
            out.append((grants != (k in negated), k, thing))
    return out


def _thing(member: Member, k: int) -> int | None:
    """The noun decided: after the verb past articles, or before a passive ("the extradition was approved")."""
    toks = member.feats.tokens
    after = next((j for j in range(k + 1, min(len(toks), k + 1 + _REACH)) if toks[j].norm not in _SKIP), None)
    if after is not None and not toks[after].stop:
        return after if not toks[after].is_number and not toks[after].is_name else None
    if k >= 2 and toks[k - 1].norm in PASSIVE:  # "was approved by the court", "fue aprobada por"
        j = k - 2
        while j >= 0 and toks[j].norm in PASSIVE:
            j -= 1
        return j if j >= 0 and not toks[j].stop and not toks[j].is_name else None
    return None


def add_ruling_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
                         meanings: WordMatches | None) -> list[set[int]]:
    """Mark each decision one version says against the other way another version says it on the same thing; per
    member, the verbs so marked (shown as a fact to check, cut from the words around them)."""
    marked: list[set[int]] = [set() for _ in members]
    for n, m in enumerate(members):
        for granted, k, thing in rulings(m):
            for o in members:
                if o.ref[0] == m.ref[0]:
                    continue
                for their_granted, j, their_thing in rulings(o):
                    if their_granted != granted and _same_thing(m, thing, o, their_thing, meanings):
                        mark_against(flags[n], conflicts[n], (k,), span_of(o, j, j))
                        marked[n].add(k)
    return marked


def _same_thing(member: Member, k: int, other: Member, j: int, meanings: WordMatches | None) -> bool:
    """One word, a cognate or words the table reads alike (``fact_conflicts.says_word``)."""
    a, b = member.feats.tokens[k], other.feats.tokens[j]
    key, theirs = meaning_key(a), meaning_key(b)
    return a.lemma == b.lemma or (key is not None and theirs is not None and says_word(key, {theirs}, meanings))
