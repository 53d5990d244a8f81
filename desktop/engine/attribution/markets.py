"""A market's reaction is no source: "as investors welcomed the cost cuts", "Les investisseurs saluent un plan …"
report how shares moved, the outlet's own reporting; investors who said something ("Investors said the plan came too
late") stay unnamed sources.
"""
from __future__ import annotations

import re

from ..features import strip_accents
from ..model import Attribution

# market participants as one crowd, lower case, unaccented, articles taken off
_CROWDS = frozenset({"investors", "investisseurs", "markets", "marches", "the market", "le marche", "traders",
                     "operateurs", "shareholders", "actionnaires", "bourse", "wall street", "the city"})
_ARTICLES = re.compile(r"^(?:the|les|le|la|l'|des|some|many|certains|de nombreux)\s*")
# verbs of a reaction, not of saying (stems, lower case, unaccented)
_REACTING = ("welcom", "salu", "cheer", "applau", "react", "reag", "shrug", "boud", "punish", "sanction", "greet",
             "accueill", "embrac", "snub")


def market_reactions(out: list[Attribution], text: str) -> list[Attribution]:
    """The attributions left once a market crowd's reaction ("investors welcomed", "les investisseurs saluent") is
    taken off."""
    return [a for a in out if not _reaction(a, text)]


def _reaction(a: Attribution, text: str) -> bool:
    if a.cue is None:
        return False
    speaker = _ARTICLES.sub("", strip_accents(text[a.start:a.end].lower().replace("’", "'"))).strip()
    cue = strip_accents(text[a.cue[0]:a.cue[1]].lower())
    return speaker in _CROWDS and cue.split()[-1].startswith(_REACTING) if cue.split() else False
