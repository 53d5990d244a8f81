"""An act one version says happened and another, in another language, says did not: "was arrested" / "no ha sido
detenido", "reconoció su derrota" / "a refusé de reconnaître sa défaite". Within one language the word diff sets the
negation against the plain word (``fact_conflicts.add_negation_conflicts``); across languages no word is shared, and
reading any negation one version has and the other lacks was wrong every time it was tried (translations turn
negations around: 31 of 31 on annotated pairs and government pages). Here only acts whose words are known in each
language are read: an arrest, and a candidate's conceding defeat (the verb with "defeat" near it). Two QA helpers'
reports showed both as one claim with nothing marked: a train driver "arrested" in English and Italian and "no ha
sido detenido" in Spanish; a candidate who "a refusé de reconnaître sa défaite" and "reconoció su derrota".

A version says the act (True) or denies it (False: negated, or refused, by ``negation.negations`` in English, French
and Spanish, "has yet to", "stopped short of" in English, "non", "nicht", "kein" and verbs of refusing before it in
Italian and German); a version that says it twice, or says it again after "but" without its verb ("Two passengers
were arrested, but the driver was not"), says nothing read. Two versions in two languages that say it and deny it conflict.
"""
from __future__ import annotations

from .conflicts import mark_against, span_of
from .member import Member, member_negations
from .outcomes import outcome
from .verdicts import PASSIVE, same_people

# lemmas (and forms the lemmatiser leaves as written) of each act
_ACTS = {  # the arrest by the verb's forms (not the noun: "a warrant for the arrest of", "a cardiac arrest")
    "arrest": frozenset("""arrested detained arrêter arrêté arrêtée arrêtés arrêtées interpeller interpellé interpellée
        interpellés interpellées detener detenido detenida detenidos detenidas detuvo detuvieron arrestar arrestado
        arrestada arrestados arrestó arrestare arrestato arrestata arrestati arrestate festnehmen festgenommen verhaftet
        verhaften""".split()),
    "concession": frozenset("""concede conceded conceding admit admitted reconnaître reconnu reconnaît reconocer
        reconoció admitir admitió ammettere ammesso riconoscere riconosciuto eingestehen einräumen eingestanden
        eingeräumt""".split()),
}
_DEFEAT = frozenset("defeat défaite derrota sconfitta niederlage".split())  # what a concession concedes
_NEAR_DEFEAT = 4  # words between the verb and "defeat" ("reconoció su derrota", "seine Niederlage einzugestehen")
_OTHER_NEGATIONS = {"it": frozenset("non mai rifiutato rifiuta".split()),  # the languages ``negations`` does not read
                    "de": frozenset("nicht kein keine nie weigerte weigert".split())}
_NOT_YET = (("yet", "to"), ("short", "of"), ("failed", "to"), ("refuses", "to"))  # "has yet to concede", "stopped short of
#                                                                              conceding": denials no negation word says
_BUT = frozenset("but mais pero aber".split())  # "Two passengers were arrested, but the driver was not": the act
#                                                 said twice, the second time without its verb
_BEFORE_BASE = frozenset("not n't to did does will would could should may might".split())  # "did not arrest": a verb


def acts_of(member: Member) -> dict[str, tuple[bool, list[int]]]:
    """{act: (said or denied, its tokens)} for each act the member says once, one way."""
    return member.memo("acts", lambda: _read(member))


def _read(member: Member) -> dict[str, tuple[bool, list[int]]]:
    toks = member.feats.tokens
    negated = {w: k for k, w in member_negations(member).items()}
    found: dict[str, list[tuple[bool, list[int]]]] = {}
    if _said_again_without_verb(member):
        return {}  # "…were arrested, but the driver was not": the act said twice, two ways
    other = _OTHER_NEGATIONS.get(member.lang, frozenset())
    for k, tok in enumerate(toks):
        for act, words in _ACTS.items():
            base = tok.norm == "arrest" and k and toks[k - 1].norm in _BEFORE_BASE  # "did not arrest", "to arrest"
            if (tok.norm in words or base) and (act != "concession" or _defeat_near(toks, k)):
                before = tuple(t.norm for t in toks[max(0, k - 4):k])
                denied = k in negated or any(w in other for w in before) \
                    or any(before[n:n + 2] == pair for pair in _NOT_YET for n in range(len(before)))
                found.setdefault(act, []).append((not denied, [negated[k], k] if k in negated else [k]))
    return {act: seen[0] for act, seen in found.items() if len(seen) == 1}


def _add_fate_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict],
                        marked: list[set[int]]) -> None:
    """A subject killed in one version, arrested in another, in any two languages ("The hostage-taker … was killed
    in the assault" / "… was arrested" / "… a été interpellé": with three reports, the English pair's word diff was
    no longer read, the French version covering "killed"; a QA helper's hostage-taking reports)."""
    for n, m in enumerate(members):
        mine = fate_of(m)
        for o in members:
            theirs = fate_of(o) if mine is not None and o.ref[0] != m.ref[0] else None
            if theirs is None or theirs[0] == mine[0] or not same_people(m, o):
                continue
            mark_against(flags[n], conflicts[n], mine[1], span_of(o, min(theirs[1]), max(theirs[1])))
            marked[n].update(mine[1])


def _said_again_without_verb(member: Member) -> bool:
    """A clause after "but" that ends on its negation, its verb left out ("…, but the driver was not", "mais pas le
    conducteur", "pero el maquinista no")."""
    toks = member.feats.tokens
    for b, tok in enumerate(toks):
        if tok.norm in _BUT or (tok.norm == "ma" and member.lang == "it"):
            for j in range(b + 1, min(b + 7, len(toks))):
                ends = j + 1 == len(toks) or any(c in ",.;:!?" for c in member.text[toks[j].end:toks[j + 1].start])
                if toks[j].norm in _DENIALS and ends:
                    return True
    return False


_DENIALS = frozenset("not n't pas no non nicht".split())


def _defeat_near(toks, k: int) -> bool:
    return any(t.norm in _DEFEAT for t in toks[max(0, k - _NEAR_DEFEAT):k + _NEAR_DEFEAT + 1])


def fate_of(member: Member) -> tuple[str, list[int]] | None:
    """("killed" or "arrested", its tokens) where the member says of its subject one of the two in the passive
    ("The hostage-taker was killed in the assault" / "Le preneur d'otages a été interpellé"), not both ("police
    killed one gunman and arrested another"), not denied; else None."""
    return member.memo("fate", lambda: _fate(member))


def _fate(member: Member) -> tuple[str, list[int]] | None:
    toks, found = member.feats.tokens, {}
    arrested = acts_of(member).get("arrest")
    if arrested is not None:
        if not arrested[0]:
            return None
        found["arrested"] = arrested[1]
    for k, tok in enumerate(toks):
        if outcome(tok) == "death" and k and toks[k - 1].norm in PASSIVE and not tok.is_number:
            found.setdefault("killed", []).append(k)  # "was killed", "a été tué", "fue abatido", "wurde getötet"
    return next(iter(found.items())) if len(found) == 1 else None


def add_act_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> list[set[int]]:
    """Mark an act one version says against its denial in another language's version (both ways); per member, the
    tokens so marked (shown as a negation, a fact to check)."""
    marked: list[set[int]] = [set() for _ in members]
    _add_fate_conflicts(members, flags, conflicts, marked)
    for n, m in enumerate(members):
        for act, (said, mine) in acts_of(m).items():
            for o in members:
                theirs = acts_of(o).get(act)
                if theirs is None or o.lang == m.lang or o.ref[0] == m.ref[0] or theirs[0] == said:
                    continue
                part = span_of(o, min(theirs[1]), max(theirs[1]))
                mark_against(flags[n], conflicts[n], range(min(mine), max(mine) + 1), part)
                marked[n].update(range(min(mine), max(mine) + 1))
    return marked
