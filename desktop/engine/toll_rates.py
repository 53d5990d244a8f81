"""Counts of an outcome that are no event's toll: deaths a measure would prevent, and rates a year.

A QA helper's reports of a drug trial said the drug "could prevent around 8,000 deaths a year" ("pourrait éviter
quelque 8 000 morts par an"), and one gave "Heart and circulatory disease kills around 1.7 million people a year" as
background: the tolls panel read "Dead: around 8,000", set 8,000 against 18,000 as a disputed death toll, and put the
1.7 million in the same toll. Nobody died in the event. A count is no toll where a verb of preventing or saving stands
just before it ("could prevent", "pourrait éviter", "podría evitar", "verhindern", "salvare") or such a participle
just after its noun ("8 000 décès évités", "deaths averted"), or where a rate a year follows it ("a year", "par an",
"al año", "pro Jahr", "all'anno", "por ano", "annually"), or where it is a match's minute ("se retiró lesionado en el
minuto 34", a QA helper's cup-final reports: 34 injured).
"""
from __future__ import annotations

from .details.member import Member
from .match_figures import MINUTE_NOUNS

_PREVENTING = frozenset("""prevent prevents prevented preventing avoid avoids avoided avoiding avert averts averted
    averting save saves saved saving spare spared éviter évite évitent évité évités évitées éviterait éviteraient
    prévenir épargner épargné sauver sauvé sauvées sauvés sauverait evitar evita evitan evitado evitados evitadas
    evitaría evitaria prevenir salvar salvado salvados salvadas salvaría salvaria verhindern verhindert vermeiden
    vermieden retten gerettet evitare evitato evitati evitate evitabili evitabbe prevenire salvare salvato salvati
    salvate evitadas evitados poupar poupadas poupados""".split())
_BEFORE = 4  # words between the verb and the count ("could prevent around 8,000", "pourrait éviter quelque 8 000")
_AFTER = 3  # words between the count and a participle of preventing or a rate a year ("8 000 décès évités")
_YEARLY = {("a", "year"), ("per", "year"), ("each", "year"), ("every", "year"), ("par", "an"), ("chaque", "année"),
           ("al", "año"), ("por", "año"), ("cada", "año"), ("pro", "jahr"), ("all'anno",),
           ("ogni", "anno"), ("l'anno",), ("por", "ano"), ("ao", "ano"), ("cada", "ano"), ("annually",),
           ("yearly",), ("jährlich",), ("anualmente",), ("annualmente",), ("annuellement",)}


_MINUTE = MINUTE_NOUNS | {"minutes", "min", "minuti"}  # "en el minuto 34", "al minuto 34" (``match_figures``)


def no_toll(member: Member, k: int) -> bool:
    """The count at token ``k`` is of deaths (or injuries…) prevented, a yearly rate, or a minute: no event's toll."""
    toks = member.feats.tokens
    if k and toks[k - 1].norm in _MINUTE:
        return True
    before = [t.norm for t in toks[max(0, k - _BEFORE):k]]
    after = [t.norm for t in toks[k + 1:k + 2 + _AFTER]]
    if any(w in _PREVENTING for w in before + after):
        return True
    return any(tuple(after[n:n + len(rate)]) == rate and not _set_off(member, k + n)
               for rate in _YEARLY for n in range(len(after)))


def _set_off(member: Member, k: int) -> bool:
    """A mark of punctuation stands between token ``k`` and the next: "Twelve people died, a year after the quake"
    gives no rate."""
    toks = member.feats.tokens
    return any(c in ",;:—–(" for c in member.text[toks[k].end:toks[k + 1].start])
