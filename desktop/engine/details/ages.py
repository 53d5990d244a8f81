"""A person's age as reports write it: "Ilveira, 22, has signed", "the 24-year-old", "a 45-year-old man", "aged
22", "22 years old", "Ilveira, 22 ans,", "âgé de 22 ans", "un joven de 22 años", "al exalcalde, de 62 años,", "der
62-jährige", "il 62enne". Two versions of a claim that each
give one age of one person and give different ones say it differently ("Ilveira, 22," / "The 24-year-old": the same
fact in the wire's and the tabloid's wording, which the word diff cannot pair); the measures' rule sets them against
each other (``measure_conflicts``). One person: the same word the age goes with ("a 45-year-old man" / "a 38-year-old
man", "Ilveira, 22," / "Ilveira, 24,"), or the one a sentence opens with ("Ilveira, 22, has signed" / "The
24-year-old has signed"); "A 45-year-old man has been charged with the murder of a teenager" / "… the murder of a
17-year-old" give two people's ages. A thing's age ("a 50-year-old bridge") and a span of years ("depuis 22 ans",
"durante 22 años") are none.
"""
from __future__ import annotations

from ..attribution.cues import CUES
from ..attribution.phrase import person_noun
from .member import Member

AGE = "age"
OLDEST = 110  # no age above it: "Route 128, 45 miles" is no age
OPENING = 3  # tokens from the sentence's start within which a phrase opens it ("The 24-year-old", "Ilveira, 22,")
_YEAR_OLD = frozenset({"year-old", "years-old", "yr-old", "year-olds", "enne",
                       "jährige", "jährigen", "jähriger", "jähriges", "jährigem"})  # "62-jährigen", "62enne"
YEARS = frozenset({"year", "years", "ans", "an", "años", "año", "anni", "anno"})
_AGED = frozenset({"aged", "age", "âgé", "âgée", "âgés", "âgées", "edad"})
# people whose age "de N ans" / "de N años" gives ("un homme de 34 ans", "un joven de 22 años")
_PEOPLE = frozenset("""homme femme jeune garçon fille enfant joueur attaquant milieu défenseur gardien footballeur
    adolescent adolescente conducteur conductrice victime retraité retraitée étudiant étudiante hombre mujer joven
    niño niña chico chica jugador delantero centrocampista defensa portero futbolista víctima conductor conductora
    anciano anciana estudiante man woman boy girl player striker driver teenager student victim""".split())


def age_at(member: Member, k: int) -> str | None:
    """``AGE`` where the number at token ``k`` is a person's age, else None."""
    return AGE if holder(member, k) is not None else None


def same_person(member: Member, k: int, other: Member, j: int) -> bool:
    """The ages at token ``k`` of ``member`` and ``j`` of ``other`` are one person's (see the module's doc)."""
    mine, theirs = holder(member, k), holder(other, j)
    if mine is None or theirs is None:
        return False
    if mine[0] == theirs[0] and mine[0]:
        return True
    if mine[2] and theirs[2] or (mine[0] and theirs[0] and not mine[2] and not theirs[2]):
        return False  # two names ("Ilveira" / "Mendes"), or two nouns ("man" / "woman")
    return mine[1] and theirs[1]  # a name and a noun, or no word: the person each sentence opens with


def holder(member: Member, k: int) -> tuple[str, bool, bool] | None:
    """(the word the age at token ``k`` goes with, lower case, "" for none; whether that phrase opens the sentence;
    whether the word is a name), or None where the number is no person's age."""
    toks = member.feats.tokens
    if not toks[k].is_number or not (toks[k].norm.isascii() and toks[k].norm.isdigit()) \
            or not 0 < int(toks[k].norm) <= OLDEST:
        return None
    after = toks[k + 1].norm if k + 1 < len(toks) else ""
    if after in _YEAR_OLD or (after in ("year", "years") and k + 2 < len(toks) and toks[k + 2].norm == "old"):
        return _year_old(member, k, k + (2 if after in _YEAR_OLD else 3))  # "the 24-year-old", "22 years old"
    if k and toks[k - 1].norm in _AGED:
        return _named_before(member, k - 1)  # "Ilveira, aged 22"
    if k >= 2 and toks[k - 1].norm == "de" and after in YEARS and (
            toks[k - 2].norm in _AGED or toks[k - 2].norm in _PEOPLE):
        word = toks[k - 2].lemma if toks[k - 2].norm in _PEOPLE else ""
        return (word, k - 2 < OPENING, False) if word else _named_before(member, k - 2)  # "un joven de 22 años"
    return _set_off_after_name(member, k, after)


def _year_old(member: Member, k: int, noun: int) -> tuple[str, bool] | None:
    """ "a 45-year-old man" (the man), "The 24-year-old has signed" (no word: whom the sentence opens with); None for
    "a 50-year-old bridge"."""
    toks = member.feats.tokens
    if noun < len(toks) and not toks[noun].stop and not member.text[toks[noun - 1].end:toks[noun].start].strip():
        cues = CUES.get(member.lang)
        person = toks[noun].lemma in _PEOPLE or (cues is not None and person_noun(toks[noun], cues)) \
            or toks[noun].lemma.endswith(_PERSON_ENDINGS)
        if toks[noun].is_name and not person:
            return (toks[noun].norm, k < OPENING, True)
        if not person and member.lang == "de" and toks[noun].surface.islower():
            return ("", k < OPENING, False)  # an adjective before the noun ("den 62-jährigen früheren Bürgermeister")
        if not person:
            thing = toks[noun].lemma.isalpha() and not toks[noun].norm.endswith(("ed", "s"))
            return None if thing else ("", k < OPENING, False)  # "a 50-year-old bridge"; "the 24-year-old joins"
        return (toks[noun].lemma, k < OPENING, False)
    return ("", k < OPENING, False)


_PERSON_ENDINGS = ("er", "or", "ist", "man", "woman", "ant", "ent", "ect", "ot")  # firefighter, gunman, suspect, pilot


def _named_before(member: Member, j: int) -> tuple[str, bool] | None:
    """The name right before token ``j``, past a comma ("Ilveira, aged 22"), or ("", opening) for none."""
    toks = member.feats.tokens
    m = j - 1
    if m >= 0 and toks[m].is_name and not toks[m].stop:
        return (toks[m].norm, m < OPENING or _opens(member, m), True)
    return ("", j < OPENING, False)


def _opens(member: Member, m: int) -> bool:
    """The name at token ``m`` ends the run of names the sentence opens with ("Joao Ilveira, 22,")."""
    toks = member.feats.tokens
    return all(t.is_name for t in toks[:m + 1]) and not any(
        member.text[toks[x - 1].end:toks[x].start].strip() for x in range(1, m + 1))


def _set_off_after_name(member: Member, k: int, after: str) -> tuple[str, bool] | None:
    """ "Ilveira, 22, has signed", "Ilveira, 22 ans,", "Ilveira, de 22 años,": the number set off by commas right
    after a name; with "de" and its years, after any word ("al exalcalde, de 62 años,": no word, as after "aged")."""
    toks, text = member.feats.tokens, member.text
    first = k - 1 if k >= 2 and toks[k - 1].norm in ("de", "di") else k
    if first < 1 or text[toks[first - 1].end:toks[first].start].strip() != ",":
        return None
    last = k + 1 if after in YEARS else k
    if last + 1 < len(toks) and text[toks[last].end:toks[last + 1].start].strip() not in (",", ")"):
        return None
    if not toks[first - 1].is_name:
        return ("", first - 1 < OPENING, False) if first < k and after in YEARS else None
    return (toks[first - 1].norm, first - 1 < OPENING or _opens(member, first - 1), True)


def term_of_years(member: Member, k: int) -> bool:
    """The number at token ``k`` counts years, and is no one's age ("jailed for seven years", "huit ans de prison")."""
    toks = member.feats.tokens
    before = toks[k - 1].norm if k else ""
    to = before in _TERM_BEFORE or (before == "a" and member.lang == "es")  # "condenado a ocho años" (not "qui a 85
    #                                                                           ans")
    return to and holder(member, k) is None and any(t.norm in YEARS for t in toks[k + 1:k + 3])


_TERM_BEFORE = frozenset("for to à de pendant durante per of".split())  # "for seven years", "à huit ans"


def age_against_term(member: Member, k: int, other: Member, j: int) -> bool:
    """One number is a person's age, the other a term of years ("Graham Whitcombe, 58," / "jailed for seven years",
    "cinco años de inhabilitación"): the term is set against the term, not against his age."""
    return (holder(member, k) is not None and (term_of_years(other, j) or _years_of(other, j))) \
        or (holder(other, j) is not None and (term_of_years(member, k) or _years_of(member, k)))


def _years_of(member: Member, k: int) -> bool:
    """The number at token ``k`` counts years of something ("cinco años de inhabilitación", "five years of exile"),
    not of age ("62 años de edad")."""
    toks = member.feats.tokens
    return k + 3 < len(toks) and toks[k + 1].norm in YEARS and toks[k + 2].norm in _OF \
        and toks[k + 3].norm not in _AGE_WORDS and holder(member, k) is None


_OF = frozenset("of de d di".split())
_AGE_WORDS = frozenset("age âge edad età".split())
