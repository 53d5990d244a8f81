"""Names across languages that no other version names: a run of capitalised words (a body, a person, a place) that
the other language's versions name neither by its spelling, nor by an acronym, nor by a word the comparison's word
table reads as its translation ("Foundation" / "Fondation", "Council" / "Conseil").

Across languages a phrase-level cover decides what a version adds (``phrases.flagged``), and a phrase naming a body
reads close to the other version's phrase whatever body it names: "funded by Helvarin Pharma, …, and by the Nordic
Heart Foundation" against "financée par Helvarin Pharma" had the second funder unmarked (a QA helper's drug-trial
reports), while two English versions marked it. The word-level cover reads a run of capitalised dictionary words as a
name the other language translates ("Federal Council"), and so as covered, without asking whether it does. Here it
is asked: such a run stays a detail, as a number or a code the other versions do not give does.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..features import strip_accents, token_number, without_possessive
from ..meanings import WordMatches, meaning_key
from ..world_names import token_date
from .member import Member, reads_as_name
from .places import places_by_token
from .story_names import named_in_story

SPELLED_ALIKE = 80  # rapidfuzz ratio of two words one name may score in two spellings ("Tomás" / "Tomas": 100)


def unnamed_names(member: Member, others: list[Member], meanings: WordMatches | None) -> frozenset[int]:
    """The tokens of the member's runs of capitalised words of which no word is named by ``others`` (the versions
    in other languages), where they name another run of the member's: the versions name names, and leave this one
    out ("Helvarin Pharma" named, "the Nordic Heart Foundation" not). Where they name none of its names, they say
    the body otherwise ("Elle contribue …" / "… in the Federal Administration": on the Swiss government pages such
    runs were mostly no detail)."""
    if not others:
        return frozenset()
    bag = frozenset().union(*(o.bag() for o in others))
    words = frozenset().union(*(o.words() for o in others))
    runs = [(run, any(_named(member, k, others, bag, words, meanings) for k in run)) for run in _name_runs(member)]
    if not any(named for _, named in runs):
        return frozenset()  # the other versions name nothing the member names: they name the body by "it", "elle"
    return frozenset(k for run, named in runs if not named and not _one_word(run) for k in run)


def _name_runs(member: Member) -> list[list[int]]:
    """Runs of neighbouring names, one space or a hyphen apart ("Nordic Heart Foundation")."""
    toks, runs = member.feats.tokens, []
    for k, tok in enumerate(toks):
        if not _name(member, k):
            continue
        if runs and runs[-1][-1] == k - 1 and member.text[toks[k - 1].end:tok.start] in ("", " ", "-"):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _name(member: Member, k: int) -> bool:
    """A capitalised word past the sentence's first that is no acronym ("RGPD" / "GDPR" translate each other, "LCVs",
    "CoPil"), no Roman numeral ("XVIe"), no
    number in words ("Tens of thousands" opening a headline), and no place the tables know (the word-level cover
    and the country conflicts read those: "United States" / "américaine", "La France a proposé" / "España
    ofreció")."""
    tok, toks = member.feats.tokens[k], member.feats.tokens
    if k == 0 or tok.stop or tok.is_number or sum(c.isupper() for c in tok.surface) > 1 or _ROMAN.match(tok.surface) \
            or token_number(toks, k, member.lang) is not None or token_date(toks, k, member.lang) is not None:
        return False
    if k in places_by_token(member, "country") or k in places_by_token(member, "city") \
            or any(":" in key for key in member.token_keys()[k]):  # ("United States": a place, in any language)
        return False
    return reads_as_name(tok, k, member.names, toks, member.lang)


_ROMAN = re.compile(r"^[IVXLC]+(e|er|re|eme|ème|th|st|nd|rd|º|ª|o|a)?$")


def _one_word(run: list[int]) -> bool:
    """A run of one word: an institution's word capitalised, which the other language translates as it likes ("en
    Conseil des ministres" / "by cabinet", "la Bourse de Milan" / "in Milan", "la Fiscalía" / "prosecutors"), a
    city's name in its language ("Bâle" / "Basel", "Estugarda" / "Stuttgart") or a word a page writes capitalised
    ("Parallèlement"): on the Swiss government pages these were noise. Left to the words, as before. A name of
    several words stays one ("the Nordic Heart Foundation", "Rui Fontes")."""
    return len(run) == 1


def _named(member: Member, k: int, others: list[Member], bag: frozenset[str], words: frozenset[str],
           meanings: WordMatches | None) -> bool:
    """Token ``k`` is said by another version: the same key (a place's name in any language, an acronym's
    initials), a spelling alike, a word the table reads as its translation, or a name of the story."""
    tok = member.feats.tokens[k]
    if member.token_keys()[k] & bag or named_in_story(member, k, others):
        return True
    keys = _spellings(tok.norm)
    if any(member.story.get(o.ref[0], frozenset()) & keys for o in others):
        return True  # "Veltaro's" where the other report names Veltaro in a claim both give
    if any(not t.is_number and fuzz.ratio(key, strip_accents(t.norm)) >= SPELLED_ALIKE
           for o in others for t in o.feats.tokens for key in keys):
        return True
    if meanings is None:
        return False
    said = meaning_key(tok)
    return (said is not None and meanings.covers(said, set(words))) \
        or (tok.surface.isupper() and any(meanings.vouches(tok.surface, t.surface)
                                          for o in others for t in o.feats.tokens if t.surface.isupper()))


def _spellings(norm: str) -> frozenset[str]:
    """The word folded, without a possessive ("Veltaro's": veltaro), and its hyphenated parts ("Dublin-based":
    dublin, based)."""
    key = strip_accents(norm)
    key = without_possessive(key)
    return frozenset({key} | {part for part in key.split("-") if len(part) >= 3})
