"""Outcomes news copy says in several words, none of which names the outcome alone: the evacuated "fled their
homes", "ont dû quitter leur domicile", "tuvieron que abandonar sus hogares", "mussten ihre Häuser verlassen",
"hanno dovuto lasciare le loro case", "foram retiradas das suas casas", "wurden in Sicherheit gebracht"; the dead
"lost their lives", "ont perdu la vie", "perdieron la vida", "kamen ums Leben", "hanno perso la vita", "perderam a
vida"; the arrested "ont été placés en garde à vue", "foram presos".

A home is left only with its owners' possessive ("their homes", "leur domicile", "sus hogares", "ihre Häuser", "le
loro case", "as suas casas"): "Two gunmen fled the house" is no evacuation.
"""
from __future__ import annotations

from ..features import Token

_LEAVING = frozenset("""leave flee quitter fuir abandonner abandonar dejar huir verlassen fliehen lasciare abbandonare
    fuggire deixar fugir retirar""".split())  # lemmas ("retiradas das suas casas": taken out of their homes)
_HOMES = frozenset("""home house domicile maison logement foyer hogar casa vivienda haus wohnung zuhause abitazione
    residência lar""".split())  # lemmas
_THEIR = frozenset("""their his her leur leurs son sa ses su sus ihre ihr ihren seine seinen loro suas seus sua seu
    das dos""".split())  # ("das suas casas": "das" stands before the possessive)
_FROM = frozenset({"from", "out"})  # "were forced from their homes", "driven out of their homes"
_DRIVEN = frozenset({"force", "drive", "forced", "driven"})
_LIVES = frozenset("life lives vie vies vida vidas vita vite".split())
_LOSING = frozenset("lose lost perdre perdu perder perdere perso".split())
_CUSTODY = frozenset("placé placés placée placées".split())
_PRESOS = frozenset("preso presos presa presas".split())
_BEEN_PT = frozenset("foram foi ficaram ficou sido".split())  # "foram presos": were arrested ("os presos": inmates)
HOME_REACH = 4  # words from a verb of leaving to the home left ("abandonar as suas casas")


def phrase_outcome(toks: tuple[Token, ...], j: int) -> str | None:
    """The outcome a phrase opening at token ``j`` says (``"evacuation"``, ``"death"``, ``"arrest"``), or None."""
    if _leaves_home(toks, j) and not _negated(toks, j):
        return "evacuation"  # (not "told … not to leave their homes")
    words = [t.norm for t in toks[j + 1:j + 4]]
    if toks[j].norm == "sicherheit" and j and toks[j - 1].norm == "in" and j + 1 < len(toks) \
            and toks[j + 1].lemma == "bringen":
        return "evacuation"  # "Rund 3000 Menschen wurden in Sicherheit gebracht"
    if (toks[j].lemma in _LOSING or toks[j].norm in _LOSING) and _lives_lost(words):
        return "death"  # "lost their lives", "perdieron la vida" (not "lost their life savings")
    if toks[j].lemma == "kommen" and words[:2] == ["ums", "leben"]:
        return "death"  # "Vier Menschen kamen ums Leben"
    if toks[j].norm in _CUSTODY and words == ["en", "garde", "à"]:
        return "arrest"  # "Deux hommes ont été placés en garde à vue"
    if toks[j].norm in _PRESOS and j and toks[j - 1].norm in _BEEN_PT:
        return "arrest"  # "Dois homens foram presos"
    return None


def _leaves_home(toks: tuple[Token, ...], j: int) -> bool:
    """Token ``j`` is a verb of leaving before its owners' home ("fled their homes", "quitter leur domicile"), or their
    home right before it ("ihre Häuser verlassen")."""
    tok = toks[j]
    if _home(tok) and j and toks[j - 1].norm in _THEIR and j + 1 < len(toks) and toks[j + 1].lemma in _LEAVING:
        return True
    leaving = tok.lemma in _LEAVING or tok.norm in _LEAVING \
        or ((tok.lemma in _DRIVEN or tok.norm in _DRIVEN) and j + 1 < len(toks) and toks[j + 1].norm in _FROM)
    after = toks[j + 1:j + 1 + HOME_REACH]
    return leaving and any(_home(t) and n and after[n - 1].norm in _THEIR for n, t in enumerate(after))


def _lives_lost(words: list[str]) -> bool:
    """The words after a verb of losing name lives, not a thing of their lives ("their lives", "la vida"; not "their
    life savings", "their life's work")."""
    for n, word in enumerate(words[:2]):
        if word in _LIVES:
            return not set(words[n + 1:n + 2]) & _OF_A_LIFE
    return False


_OF_A_LIFE = frozenset("""savings saving insurance work works story stories partner partners support expectancy
    épargne économies ahorros risparmi ersparnisse""".split())


def _negated(toks: tuple[Token, ...], j: int) -> bool:
    """A negation within the three words before token ``j`` ("told them not to leave their homes", "ne pas quitter")."""
    return any(t.norm in _NOT for t in toks[max(0, j - 3):j])


_NOT = frozenset("not n't never pas jamais no nicht kein keine non não".split())


def _home(tok: Token) -> bool:
    return tok.lemma in _HOMES or tok.norm in _HOMES
