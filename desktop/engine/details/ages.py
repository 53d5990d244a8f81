"""A person's age as reports write it: "Ilveira, 22, has signed", "the 24-year-old", "aged 22", "22 years old",
"Ilveira, 22 ans,", "âgé de 22 ans", "un joven de 22 años". Two versions of a claim that each give one age and give
different ones say it differently ("Ilveira, 22," / "The 24-year-old": the same fact in the wire's and the
tabloid's wording, which the word diff cannot pair); the measures' rule sets them against each other
(``measure_conflicts``). A span of years that is no age ("depuis 22 ans", "un contrat de cinq ans", "durante 22
años") is none.
"""
from __future__ import annotations

from .member import Member

AGE = "age"
OLDEST = 110  # no age above it: "Route 128, 45 miles" is no age
_YEAR_OLD = frozenset({"year-old", "years-old", "yr-old", "year-olds"})
_YEARS = frozenset({"year", "years", "ans", "an", "años", "año"})
_AGED = frozenset({"aged", "age", "âgé", "âgée", "âgés", "âgées", "edad"})
# people whose age "de N ans" / "de N años" gives ("un homme de 34 ans", "un joven de 22 años")
_PEOPLE = frozenset("""homme femme jeune garçon fille enfant joueur attaquant milieu défenseur gardien footballeur
    adolescent adolescente conducteur conductrice victime retraité retraitée étudiant étudiante hombre mujer joven
    niño niña chico chica jugador delantero centrocampista defensa portero futbolista víctima conductor conductora
    anciano anciana estudiante""".split())


def age_at(member: Member, k: int) -> str | None:
    """``AGE`` where the number at token ``k`` is a person's age, else None."""
    toks = member.feats.tokens
    if not toks[k].is_number or not toks[k].norm.isdigit() or not 0 < int(toks[k].norm) <= OLDEST:
        return None
    after = toks[k + 1].norm if k + 1 < len(toks) else ""
    if after in _YEAR_OLD or (after in ("year", "years") and k + 2 < len(toks) and toks[k + 2].norm == "old"):
        return AGE  # "the 24-year-old", "22 years old"
    if k and toks[k - 1].norm in _AGED:
        return AGE  # "aged 22"
    if k >= 2 and toks[k - 1].norm == "de" and after in _YEARS and (
            toks[k - 2].norm in _AGED or toks[k - 2].norm in _PEOPLE):
        return AGE  # "âgé de 22 ans", "un joven de 22 años"
    return AGE if _set_off_after_name(member, k, after) else None


def _set_off_after_name(member: Member, k: int, after: str) -> bool:
    """ "Ilveira, 22, has signed", "Ilveira, 22 ans,", "Ilveira, de 22 años,": the number set off by commas right
    after a name."""
    toks, text = member.feats.tokens, member.text
    first = k - 1 if k >= 2 and toks[k - 1].norm == "de" else k
    if first < 1 or text[toks[first - 1].end:toks[first].start].strip() != "," or not toks[first - 1].is_name:
        return False
    last = k + 1 if after in _YEARS else k
    return last + 1 >= len(toks) or text[toks[last].end:toks[last + 1].start].strip() in (",", ")")
