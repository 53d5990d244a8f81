"""A speaker's phrase as ``kind`` reads it: its words, the part that is its own (before a complement, after a
possessive), and the word tests the kinds share (a person's noun, a definite article, a place, an institution).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..features import Token, strip_accents
from ..world_names import names_table
from .cues import INSTITUTIONS, Cues


@dataclass(frozen=True)
class Phrase:
    """A speaker's phrase: its tokens, which of them are proper names, its language and that language's cues."""

    toks: tuple[Token, ...]
    names: list[bool]  # per token: a proper name
    lang: str
    cues: Cues
    elided: bool = False  # an elided or contracted definite article before the first word ("l'avocate", "du maire")


def own_part(p: Phrase) -> range:
    """Token indices of the phrase's own words: after the last possessive, before the first complement."""
    start = 0
    first_of = next((k for k in range(1, len(p.toks)) if p.toks[k].norm in ("of", "for", "de", "du", "des", "pour")),
                    len(p.toks))
    for k, t in enumerate(p.toks[: min(first_of, len(p.toks) - 1)]):  # a possessive closing the phrase is the
        if possessive(t) or _dotted_possessive(p, k):  # phrase itself's; one inside a complement ("Deputy X of the
            start = k + 1  # county sheriff's office") is the complement's
    end = next((k for k in range(start + 1, len(p.toks)) if p.toks[k].norm in p.cues.complement
                or p.toks[k].norm in _NOT_OWN), len(p.toks))  # "Analysts surveyed | by Reuters Research"
    if all(p.toks[k].norm in p.cues.det for k in range(start, end)):
        return range(start, len(p.toks))  # "l'une des sources": the words after the numeral are its own
    return range(start, end)


def _dotted_possessive(p: Phrase, k: int) -> bool:
    """The "s" of "U.K.'s", a token of its own after the abbreviation's dot and apostrophe."""
    return k > 0 and p.toks[k].surface == "s" and p.toks[k].start - p.toks[k - 1].end == 2


_NOT_OWN = frozenset({"by", "par", "around", "across", "throughout", "at", "chez", "à"})  # "centers | around the U.S."


def own_words(p: Phrase, own: range) -> set[str]:
    """The own part's forms and lemmas, with and without accents ("Elysée" is "élysée")."""
    words = {w for k in own for w in (p.toks[k].norm, p.toks[k].lemma)}
    return words | {strip_accents(w) for w in words}


INSTITUTION_FORMS = INSTITUTIONS | {strip_accents(w) for w in INSTITUTIONS}


def is_place(t: Token, lang: str) -> bool:
    """A country's or a large city's name ("Paris", "Chine"): such a place speaking is its government."""
    key = names_table(lang).get(strip_accents(t.norm), "")
    return key.startswith(("place:", "city:"))


def place_name(run: list[Token], lang: str) -> bool:
    """A country's or a city's name of several words ("South Africa", "New York")."""
    key = names_table(lang).get(" ".join(strip_accents(t.norm) for t in run), "")
    return key.startswith(("place:", "city:"))


def possessive(t: Token) -> bool:
    """A word closing on an English possessive ("France's", "Reid’s")."""
    return t.surface.endswith(("'s", "’s"))


def acronym_plural(t: Token) -> bool:
    return len(t.surface) > 2 and t.surface[:-1].isupper() and t.surface.endswith("s")


def known_word(t: Token, lang: str) -> bool:
    from ..lemmas import shared_lemmas

    return shared_lemmas().known(t.norm, lang) or shared_lemmas().known(t.lemma, lang)


def leading_run(p: Phrase, own: range) -> list[Token]:
    """The capitalised words the phrase's own part opens with, after its articles."""
    k = own.start
    while k < own.stop and p.toks[k].norm in p.cues.det and not p.names[k]:
        k += 1
    run = []
    while k < own.stop and (p.names[k] or (run and p.toks[k].norm in ("and", "et") and k + 1 < own.stop
                                           and p.names[k + 1])):  # "the Securities and Exchange Commission"
        run.append(p.toks[k])
        k += 1
    return run


def institution(t: Token) -> bool:
    """A noun of a body ("le groupe", "the company"); not a woman's work read by its lemma ("opératrice", whose
    lemma "opérateur" also names a company)."""
    if t.norm.endswith(_WOMANS_WORK) and t.norm not in INSTITUTION_FORMS:
        return False
    return bool({t.norm, t.lemma} & INSTITUTION_FORMS)


_WOMANS_WORK = ("trice", "trices", "euse", "euses")


def plural_noun(p: Phrase, k: int) -> bool:
    t = p.toks[k]
    return not p.names[k] and t.norm != t.lemma and t.norm.endswith("s") and not t.stop


def elided_between(a: Token, b: Token) -> bool:
    """An elided word between two tokens ("américain d'études", "l'Agence d'urbanisme": tokens leave out "d'")."""
    return b.start - a.end >= 3


def _opens_on(p: Phrase, own: range, nouns: frozenset[str]) -> bool:
    """The own part's first word after its articles is one of ``nouns`` ("The letter to President Joe Biden")."""
    first = next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det), None)
    return first is not None and (first.norm in nouns or first.lemma in nouns)


def headed_by(p: Phrase, own: range, nouns: frozenset[str]) -> bool:
    """One of the own part's first two words after its articles is one of ``nouns`` ("un courrier adressé",
    "a fiscal note prepared by")."""
    words = [p.toks[k] for k in own if p.toks[k].norm not in p.cues.det][:2]
    return any(t.norm in nouns or (t.lemma in nouns and t.norm in (t.lemma + "s", t.lemma + "x")) for t in words)


def person_noun(t: Token, cues: Cues) -> bool:
    """A title, a role or a noun of people ("avocate", "voisine", "trader")."""
    return t.norm in cues.titles or t.norm in cues.roles or (len(t.norm) > 4 and t.norm.endswith(cues.human_endings))


def singular(t: Token) -> bool:
    """Not a plural noun: its own lemma, or no plural ending ("avocate" → "avocat" is still one person)."""
    return t.norm == t.lemma or not t.norm.endswith(("s", "x"))


POSSESSIVE = frozenset("son sa his her its their".split())
DEFINITE = frozenset({"le", "la", "the"}) | POSSESSIVE


def person_head(p: Phrase, own: range) -> Token | None:
    """The first noun of a person in the phrase's own part ("le septuple | vainqueur du Tour")."""
    return next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det and person_noun(p.toks[k], p.cues)), None)


def definite(p: Phrase, own: range) -> bool:
    """The own part opens with a singular definite article or a possessive ("le", "l'", "sa", "her", "X's")."""
    first = p.toks[own.start]
    return first.norm in DEFINITE or (own.start == 0 and p.elided) or (own.start > 0 and possessive(p.toks[own.start - 1]))
