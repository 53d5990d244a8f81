"""Figures of one: a toll of one person that no number gives ("One worker, a 54-year-old technician, died of his
injuries", "Une personne a été tuée", "Un trabajador murió", "The blast killed one worker"), and of none that one
writes ("Not one person was hurt").

"One" is no number word for the details (too often an article or a pronoun), so "No deaths were reported" against
"One worker … died" was no dispute in the tolls. Here "one", or an article opening the sentence, counts one person
when a noun of a person follows it (``_person``: not "One month after", "One school was evacuated") and what befell
that person is said: an active verb right before it ("killed one worker"), or right after it, past an apposition
between commas and the auxiliaries, a verb that befalls its subject itself ("died") or one in the passive ("was
injured", "a été tuée", "resultó herido"), or a verb with nothing it acts on after it ("one firefighter injured and
six homes damaged"). Not "An earthquake has killed dozens" (the subject acts), "A man who injured three people", "A
child was among the dead", "A spokesman said nobody was hurt", "at least one person" (a bound: no exact one).
"""
from __future__ import annotations

from ..attribution.cues import CUES
from ..attribution.phrase import person_noun
from .counts import broken
from .member import Member, member_qualifiers
from .outcomes import OUTCOMES, PEOPLE, PERSONS, befalls, linking, outcome

_ARTICLES = frozenset("a an un une una uno ein eine".split())
_THE = frozenset("the le la les el los las der die das il lo".split())
# verbs of what befalls their subject, not another ("One worker died", "Un trabajador murió"); lemmas
_BEFALLS_ITSELF = frozenset("die perish morir fallecer perecer mourir périr décéder sterben umkommen morire".split())
_PASSIVE = frozenset("""was were been be being is are got gets été fut furent est sont fue fueron sido es son resultó
    resultaron quedó quedaron wurde wurden worden stato stata stati state venne vennero è sono""".split())
_PERFECT = frozenset("has have had a ont avait avaient ha han había habían hat haben".split())
_BETWEEN = frozenset("""seriously badly critically slightly later also then subsequently reportedly since now still
    already gravement grièvement légèrement ensuite depuis gravemente levemente después""".split())
# what may follow a verb that acts on nothing after it ("one firefighter injured and …", "… injured in the blast")
_NO_OBJECT = frozenset("""and or but et ou mais y o pero in at on near after during when while en à au dans près après
    lors pendant durante tras cuando""".split())
# nouns of people the attribution's lists do not hold
_PEOPLE = frozenset("""worker firefighter child boy girl baby student pupil tourist pilot nurse doctor teacher
    pedestrian cyclist motorist miner driver rescuer enfant garçon fille bébé élève touriste médecin conducteur niño
    niña bebé joven menor turista minero conductor rescatista pompier policier gendarme soldat bombero policía agente
    soldado infant baby toddler newborn nourrisson nouveau-né lactante recién""".split())
_NONE = frozenset({"not"})  # "Not one person was hurt"
_BOUNDS = frozenset("least most moins plus menos más than about around nearly almost over under".split())
APPOSITION = 10  # words of an apposition between commas after the one person ("One worker, a 54-year-old …,")


def ones(member: Member, dateline: int) -> list[tuple[int, int, str, float]]:
    """(first token, last token, outcome, value) of each figure of one (value 1) or of "not one" (value 0); an
    article counts only where it opens the sentence, past a dateline (which ends at character ``dateline``: "MADRID
    (Reuters) - A firefighter was killed")."""
    toks, out = member.feats.tokens, []
    opening = next((k for k, t in enumerate(toks) if t.start >= dateline), None)
    for k, tok in enumerate(toks):
        one = tok.norm == "one" and member.lang == "en" and not (k and toks[k - 1].norm in ("no", "every", "any"))
        killed = tok.norm in _ARTICLES and k and _acts_on(member, k - 1)  # "has killed a firefighter", "a tué un
        #                                                                    pompier"
        at_start = opening is not None and (k == opening or (k > opening and (_after_colon(member, k)
                                                                              or _clause_joined(member, k))))
        #          (a title's second part: "… : un pompier tué")
        opens = at_start and (tok.norm in _ARTICLES or (tok.norm in _THE_ONE and _one_noun(member, k + 1)))
        #       "The injured firefighter has died in hospital": the one the report spoke of
        if opening is not None and k > opening and _after_colon(member, k) and _one_noun(member, k):
            found = _one_person(member, k - 1)  # "Wildfire: firefighter dies as …": a title's person, no article
            out += [(k, found[0], found[1], 1.0)] if found is not None else []
            continue
        if not (one or killed or opens) or k + 1 >= len(toks) \
                or broken(member, k + 1) \
                or k - 1 in member_qualifiers(member) or (k and toks[k - 1].norm in _BOUNDS):
            continue  # "at least one person", "more than one": no exact figure
        found = _one_person(member, k)
        if found is not None:
            value = 0.0 if k and toks[k - 1].norm in _NONE else 1.0
            out.append((k - (value == 0.0), found[0], found[1], value))
    return out


def counts_people(noun: str) -> bool:
    """A count's noun (a lemma, or ``outcomes.PEOPLE``) is of people ("residents", "vacanciers", "familias"), not of
    places or things ("villages", "centres", "campings")."""
    return noun in PERSONS or noun in _PEOPLE or noun in _GROUPS or noun == PEOPLE


_GROUPS = frozenset("""family families famille familles familia familias famiglia famiglie familie familien household
    foyer foyers hogar hogares vacancier vacanciers holidaymaker holidaymakers camper campers campeur campeurs patient
    patients student students passenger passengers passager passagers pasajero pasajeros worker workers employee
    employees staff guest guests visitor visitors spectator spectators fan fans prisoner prisoners inmate inmates
    salarié salariés employé employés ouvrier ouvriers visiteur visiteurs spectateur spectateurs détenu détenus
    client clients trabajador trabajadores empleado empleados huésped huéspedes visitante visitantes espectador
    espectadores preso presos cliente clientes lavoratore lavoratori dipendente dipendenti ospite ospiti
    mitarbeiter arbeiter gast gäste besucher""".split())


def _one_noun(member: Member, j: int) -> bool:
    """Token ``j`` (or the noun after an adjective there: "injured firefighter") is a singular noun of a person."""
    toks = member.feats.tokens
    if j < len(toks) and outcome(toks[j]) is not None and j + 1 < len(toks) and _person(member, j + 1):
        j += 1  # "The injured firefighter"
    return j < len(toks) and _person(member, j) and toks[j].lemma.casefold() == toks[j].norm.casefold()


_THE_ONE = (_THE - {"les", "los", "las", "die"}) | {"l"}  # a definite article of one ("les", "los": several)


def _clause_joined(member: Member, k: int) -> bool:
    """Token ``k`` opens a clause joined after a comma ("…, according to the fire service, and a firefighter was
    seriously injured", "…, et un pompier a été blessé", "…, y un bombero resultó herido")."""
    toks = member.feats.tokens
    return k > 1 and toks[k - 1].norm in ("and", "et", "y", "e", "und") \
        and member.text[toks[k - 2].end:toks[k - 1].start].strip() == ","


def _after_colon(member: Member, k: int) -> bool:
    """Token ``k`` opens a title's second part, after a colon or a dash ("Incendie … : un pompier tué")."""
    toks = member.feats.tokens
    return member.text[toks[k - 1].end:toks[k].start].strip() in (":", "-", "–", "—")


def _acts_on(member: Member, j: int) -> bool:
    """Token ``j`` is an active verb of what befalls someone, its object after it ("killed", "a tué", "mató a")."""
    toks = member.feats.tokens
    if j > 0 and toks[j].norm == "a" and member.lang == "es":
        j -= 1  # "mató a un bombero"
    acted = befalls(toks[j])
    return acted in OUTCOMES and not toks[j].stop and not broken(member, j + 1) \
        and not (j and toks[j - 1].norm in _PASSIVE) and not _near_miss(toks, j)  # not "was killed a day after"


def _near_miss(toks, j: int) -> bool:
    """What befalls at token ``j`` did not happen: "nearly killed", "could have killed", "threatened to kill", "a
    failli tuer", "a manqué de tuer", "casi mató", "por poco mata" (not "in May killed", "according to … killed")."""
    before = [t.norm for t in toks[max(0, j - 3):j]]
    if before and before[-1] in _NEARLY:
        return True
    if len(before) >= 2 and before[-1] == "have" and before[-2] in _MODALS and toks[j - 2].surface.islower():
        return True  # "could have killed" (not the month "May")
    return len(before) >= 2 and before[-1] in ("to", "de") and before[-2] in _ATTEMPTS


_NEARLY = frozenset("nearly almost narrowly failli casi poco".split())
_MODALS = frozenset("could would might may".split())
_ATTEMPTS = frozenset("threatened threatening tried trying attempted manqué tenté menacé".split())


def _one_person(member: Member, k: int) -> tuple[int, str] | None:
    """(the person's token, what befell them) after "one" or an article at token ``k``, or None."""
    toks = member.feats.tokens
    j = _past_age(toks, k + 1)  # "a 23-year-old man"
    named = outcome(toks[j])
    if named in OUTCOMES and named != "displaced" and not _person(member, j + 1):
        return (j, named)  # "one dead", "un muerto"
    adjective = None
    if named is not None and j + 1 < len(toks) and _person(member, j + 1):
        j, adjective = j + 1, named  # "A homeless man", "An injured man": an adjective
    elif not _person(member, j) and named != "displaced":  # "un sans-abri": a person
        return None
    if member.text[toks[j].end:toks[j].end + 2] in ("'s", "’s") or toks[j].surface.endswith(("'s", "’s")):
        return None  # "injured a firefighter's dog": whose, not who
    verb = k - 2 if k > 1 and toks[k - 1].norm == "a" and member.lang == "es" else k - 1  # "mató a un bombero"
    if k and (acted := befalls(toks[verb])) is not None and acted in OUTCOMES and not toks[verb].stop:
        return None if _near_miss(toks, verb) else (j, acted)  # "The blast killed one worker" (not "nearly killed")
    kind = _befell(member, _past_age_of(toks, j + 1)) \
        or (adjective if adjective in OUTCOMES and adjective != "displaced" else None)
    return (j, kind) if kind is not None else None  # "A homeless man died": dead; "An injured man was taken to …"


def _past_age(toks, j: int) -> int:
    """Token ``j``, or the token past an age written before a person ("23-year-old": "23", "year-old")."""
    if j + 2 < len(toks) and toks[j].is_number and toks[j + 1].norm in _YEAR_OLD:
        return j + 2
    return j


def _past_age_of(toks, j: int) -> int:
    """Token ``j``, or the token past an age written after a person ("Un homme de 23 ans", "Un joven de 24 años")."""
    if j + 3 < len(toks) and toks[j].norm == "de" and toks[j + 1].is_number and toks[j + 2].norm in _YEARS:
        return j + 3
    return j


_YEAR_OLD = frozenset({"year-old", "years-old", "yr-old"})
_YEARS = frozenset({"ans", "años", "anni", "jahre"})


def _person(member: Member, j: int) -> bool:
    if j >= len(member.feats.tokens):
        return False
    tok = member.feats.tokens[j]
    return not tok.is_number and (tok.lemma in PERSONS or tok.norm in _PEOPLE or tok.lemma in _PEOPLE
                                  or (member.lang in CUES and person_noun(tok, CUES[member.lang])))


def _befell(member: Member, j: int) -> str | None:
    """What befell the one person named before token ``j``: past an apposition between commas ("One worker, a
    54-year-old technician, died") and the auxiliaries and adverbs (``_PASSIVE``, ``_PERFECT``, ``_BETWEEN``), a verb
    that befalls its subject, or one in the passive or with nothing it acts on after it."""
    toks = member.feats.tokens
    if j < len(toks) and broken(member, j):
        j = _past_apposition(member, j)
        if j is None:
            return None
    passive = False
    for i in range(j, min(j + 5, len(toks))):
        tok = toks[i]
        if i > j and broken(member, i):
            return None
        if tok.norm in _PASSIVE or linking(tok):
            passive = True  # "was injured", "a été tuée", "resultaron heridas", "remains missing"
            continue
        if tok.norm in _PERFECT or tok.norm in _BETWEEN:
            continue
        acted = befalls(tok)
        if acted is not None:
            itself = tok.lemma in _BEFALLS_ITSELF or tok.norm in _BEFALLS_ITSELF
            return acted if acted in OUTCOMES and (itself or passive or _no_object(member, i)) else None
        if _lost_life(toks, i):
            return "death"  # "a perdu la vie", "perdió la vida", "lost his life"
        named = outcome(tok) if passive else None  # "resultaron heridas", "remains missing"
        return named if named in OUTCOMES else None
    return None


def _past_apposition(member: Member, j: int) -> int | None:
    """The token after an apposition between commas that opens on an article at token ``j`` ("One worker, a
    54-year-old technician, died") or is a name, with an age after it ("A firefighter, Marcus Delane, 34, was
    killed", "Un pompier, Marcus Delane, 34 ans, a perdu la vie"), or None ("one arrest, with no injuries")."""
    toks = member.feats.tokens
    if member.text[toks[j - 1].end:toks[j].start].strip() != ",":
        return None
    if toks[j].norm not in _ARTICLES | _THE:
        return _past_name(member, j)
    close = next((i for i in range(j + 1, min(j + APPOSITION, len(toks))) if broken(member, i)), None)
    return close if close is not None and member.text[toks[close - 1].end:toks[close].start].strip() == "," else None


def _past_name(member: Member, j: int) -> int | None:
    """The token after a name set off by commas at token ``j`` and the age after it, if any ("Marcus Delane, 34,",
    "Marcus Delane, 34 ans,"), or None."""
    toks = member.feats.tokens
    k = j
    while k < len(toks) and toks[k].is_name and not toks[k].stop and (k == j or not broken(member, k)):
        k += 1
    if k - j < 2 or k >= len(toks) or member.text[toks[k - 1].end:toks[k].start].strip() != ",":
        return None
    if toks[k].is_number and k + 1 < len(toks):  # the age
        k += 2 if toks[k + 1].norm in ("ans", "años", "years") and k + 2 < len(toks) else 1
        if member.text[toks[k - 1].end:toks[k].start].strip() != ",":
            return None
    return k


def _lost_life(toks, i: int) -> bool:
    """ "perdu la vie", "perdió la vida", "lost his life" at token ``i`` (not "lost her life savings")."""
    if toks[i].lemma not in ("perdre", "perder", "lose") or i + 2 >= len(toks):
        return False
    life = i + 2 if toks[i + 1].norm in _LIFE_OWNERS else None
    return life is not None and toks[life].norm in ("vie", "vida", "life", "lives") \
        and not (life + 1 < len(toks) and toks[life + 1].norm in _NOT_LIFE)


_LIFE_OWNERS = frozenset("la sa leur his her their its la su sus".split())
_NOT_LIFE = frozenset({"savings", "insurance", "work", "partner", "story", "économies", "ahorros"})


def _no_object(member: Member, i: int) -> bool:
    """Nothing the verb at token ``i`` acts on after it ("one firefighter injured and …", "… injured in the blast";
    not "killed six children", "injured several people")."""
    toks = member.feats.tokens
    return i + 1 >= len(toks) or broken(member, i + 1) or toks[i + 1].norm in _NO_OBJECT
