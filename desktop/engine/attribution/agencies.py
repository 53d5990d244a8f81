"""Which agency "l'agence" or "the agency" takes up: a press agency (an outlet) or a body (an organisation).

Alone, "l'agence" is read as a press agency: French wire copy writes "a indiqué l'agence" of the AFP. A report on a
rating ("L'agence de notation Standard & Poor's a abaissé la note …, a expliqué l'agence américaine") or on a state
agency ("the Environmental Protection Agency … the agency said") takes up that agency instead. The agency a report
names last before the phrase decides: a body when its name or complement says so ("agence de notation", "agence
régionale de santé", "Agency" in a capitalised name, "rating agency", "l'agence Fitch"), a press agency when it is
one ("l'agence Reuters", "Xinhua News Agency", "agence de presse").
"""
from __future__ import annotations

from collections.abc import Sequence

from ..features import Token
from .bodies import PRESS_WORDS, body_agency
from .cues import OUTLETS


AGENCY = frozenset({"agence", "agences", "agency", "agencies", "agencia", "agencias"})
_ONE_AGENCY = ("agence", "agency", "agencia")
_BODY_BEFORE = frozenset({"rating", "credit", "federal", "state", "government", "intelligence", "space", "energy"})
_PRESS_BEFORE = frozenset({"news", "press", "wire"})


def bare_agency(toks: Sequence[Token], elided: bool = False) -> bool:
    """A phrase that takes up one agency by its noun alone, with a definite article or a demonstrative and
    adjectives ("l'agence américaine", "the agency", "cette agence"): no name of its own, not "agencies"."""
    if not toks or not (toks[0].norm in _TAKING_UP or (elided and toks[0].norm in _ONE_AGENCY)):
        return False
    nouns = [t for t in toks if t.norm in _ONE_AGENCY]
    return bool(nouns) and all(t.surface.islower() for t in nouns) and not any(
        (t.surface[:1].isupper() and not t.stop) or t.norm in _COMPLEMENTS for t in toks if t.norm not in AGENCY)


_COMPLEMENTS = frozenset({"de", "du", "des", "d", "of", "for", "pour"})  # "l'agence régionale de santé": a name
_TAKING_UP = frozenset({"the", "this", "that", "le", "la", "l", "cette", "ce", "esta", "esa"})


def agency_taken_up(before: Sequence[Sequence[Token]]) -> str | None:
    """"organisation" or "outlet": what the last agency named in the sentences ``before`` (in reading order) is;
    None when none is named."""
    for toks in reversed(before):
        toks = list(toks)
        for k in range(len(toks) - 1, -1, -1):
            kind = _named_agency(toks, k)
            if kind is not None:
                return kind
    return None


def _named_agency(toks: list[Token], k: int) -> str | None:
    """The kind of agency token ``k`` names when its name or complement says (else None)."""
    t = toks[k]
    if t.norm not in AGENCY:
        return None
    prev = toks[k - 1].norm if k > 0 else ""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    press = any(PRESS_WORDS & set(x.norm.split("-")) for x in toks[k + 1 : k + 4])
    if prev in _PRESS_BEFORE or prev in OUTLETS or press or (nxt is not None and nxt.norm in OUTLETS):
        return "outlet"  # "Xinhua News Agency", "Anadolu Agency", "l'agence de presse", "l'agence Reuters"
    if prev in _BODY_BEFORE or body_agency(toks, t) or (t.surface[:1].isupper() and k > 0
                                                        and toks[k - 1].surface[:1].isupper()):
        return "organisation"  # "rating agency", "l'agence de notation", "Environmental Protection Agency"
    if nxt is not None and nxt.surface[:1].isupper() and not nxt.stop:
        return "organisation"  # "l'agence Fitch": a name that is no outlet's
    return None
