"""What a number counts: the noun after it ("three people", "doce muertos", "catorce los muertos"), or a toll's noun
before it ("The number of injured rose to 15"), and the words of what befell it ("were killed", "injuring"), so that
two versions' counts of one thing can be set against each other however they are worded (``fact_conflicts``), and
a report's tolls read (``engine.tolls``).
"""
from __future__ import annotations

from ..attribution.cues import CUES
from ..clock import clock_times
from ..dates import dates_in
from ..features import Token, round_count, token_number
from ..units import number_unit
from .across import written_year
from .conflicts import value_end
from .intervals import measure
from .member import Member, member_qualifiers
from .outcomes import (OUTCOMES, PEOPLE, PERSONS, ROUNDING, befalls, counted_after_article, linking, outcome,
                       outcome_at, toll_after, toll_before)


def counts_in(member: Member, flags: list[bool]) -> list[tuple[int, str, frozenset[str]]]:
    """(number token, what it counts, the action words around it) for each number among the ``flags`` tokens that
    counts a noun written right after it, or a toll's noun before it (no time of day, no year, no unit)."""
    toks, out = member.feats.tokens, []
    times, dated = clock_times(toks), _dated(member)
    covered = -1  # the last token of the number read last ("cuarenta y cinco": "cinco" is no count of its own)
    for k, flagged in enumerate(flags):
        if k <= covered:
            continue
        if counts(member, k):
            covered = value_end(member, k)
        if not flagged or not counts(member, k) or _after_number(member, flags, k) \
                or any(hour <= k <= last for hour, (_, last) in times.items()) or written_year(toks, k, member.lang) \
                or number_unit(toks, k, member.lang) is not None or _denominator(member, k) or k in dated \
                or _age_limit(toks, k) or measure(member, k) is not None:
            continue  # "Publié le 12/03/2025"; "children under five": an age; "2,800 hectares, 1,100 people
            #           evacuated": a measure
        end = _counted_noun(member, counted_after_article(toks, value_end(member, k) + 1) or value_end(member, k) + 1)
        if end + 1 < len(toks) and outcome(toks[end]) == "displaced" and toks[end + 1].lemma in PERSONS \
                and _befell_later(member, end + 1):
            end += 1  # "Twelve homeless people died": people, what befell them read after (not "3,000 displaced
            #           people are living in tents")
        if _wounds(toks, end):
            continue  # "15 heridas de arma blanca": wounds, not the injured
        verb = _verb_before(member, k)  # "killing at least nine people", "kills at least 9"
        links = end < len(toks) and linking(toks[end])  # "87 resultaron heridas": no noun counted
        if end >= len(toks) or (toks[end].stop and toks[end].lemma not in PERSONS) or toks[end].is_number \
                or broken(member, end) or links:  # "douze personnes": a stop word, and a count's noun
            toll = toll_before(toks, k, lambda j: broken(member, j))
            if toll is None and end < len(toks) and (toks[end].stop or links):
                toll = toll_after(toks, end, lambda j: broken(member, j))  # "seven were injured"
            toll = toll if toll is not None else verb
            if toll is not None:  # "The number of injured rose to 15"
                out.append((k, outcome_at(toks, toll), frozenset({outcome_at(toks, toll)})))
            continue  # "at least 40, police said": no noun counted
        before = [k - 1] if k and not toks[k - 1].stop and not broken(member, k) else []
        before += [verb] if verb is not None and verb != k - 1 else []
        saying = CUES[member.lang].say if member.lang in CUES else _SAYING_ELSEWHERE
        acts = frozenset(outcome_at(toks, w) or toks[w].lemma for w in (*before, _action_after(member, end), end)
                         if w is not None and toks[w].lemma not in saying and (w != end or outcome(toks[w])))
        if toks[end].lemma in PERSONS and not acts & OUTCOMES:
            acts |= _befell_later(member, end)  # "About 1,200 residents living within … were evacuated"
        if not acts & OUTCOMES and _held(toks, k, end):
            acts |= {"arrest"}
        out.append((k, _counted(toks[end], acts), acts))  # (no action: "répartis dans 16 pays", a plain count)
    return out


def _held(toks, k: int, end: int) -> bool:
    """The count at token ``k``, of people or suspects (its noun at ``end``), is the object of a verb that holds
    people right before it ("A polícia deteve dois suspeitos", "a arrêté deux suspects", "ha fermato due
    sospettati"): an arrest, which these verbs are only of people ("detém dois hotéis" holds hotels)."""
    noun = toks[end]
    holding = k > 0 and (toks[k - 1].lemma in _HOLDING or toks[k - 1].norm in _HOLDING)
    return holding and (noun.lemma in PERSONS or noun.lemma in _HELD or noun.norm in _HELD)


_HOLDING = frozenset({"deter", "arrêter", "arrêté", "fermare"})  # lemmas ("deteve", "fermato"; "arrêté" written)
_HELD = frozenset("""suspect suspects suspeito suspeitos sospechoso sospechosos sospettato sospettati sospetto
    sospetti man men homme hommes homem homens uomo uomini hombre hombres woman women femme femmes mulher mulheres
    donna donne mujer mujeres jeune jeunes jovem jovens giovane giovani joven jóvenes""".split())


def _dated(member: Member) -> frozenset[int]:
    """The tokens of the sentence's dates, in figures or in words ("On March 15 three people died", "CORVANA, 15
    marzo - Tre persone sono morte": a day, no count; a QA helper's crash reports had 15 dead)."""
    return member.memo("dated", lambda: frozenset(k for d in dates_in(member.feats.tokens, member.lang)
                                                   for k in d.tokens))


def _age_limit(toks, k: int) -> bool:
    """Token ``k`` is an age limit right after people ("children under five", "niños menores de cinco años", "les
    enfants de moins de cinq ans", "Three children under five died"): no count; not a count after a comma ("3
    children, over 20 injured"), nor one of a noun ("children under 20 people")."""
    j = k - 1
    while j > 0 and toks[j].norm in _BELOW_AGE:
        j -= 1
    adjacent = all(toks[x + 1].start - toks[x].end <= 1 for x in range(max(j, 0), k))
    ends = k + 1 >= len(toks) or toks[k + 1].start - toks[k].end > 1 or toks[k + 1].norm in _AGE_UNITS \
        or not (toks[k + 1].lemma in PERSONS or toks[k + 1].is_number or toks[k + 1].stop)  # "under five died"
    return j < k - 1 and adjacent and ends and (toks[j].lemma in _CHILDREN or toks[j].norm in _CHILDREN)


_BELOW_AGE = frozenset("under over aged below above menores mayores de moins plus".split())
_AGE_UNITS = frozenset("years year ans an años año anni jahre".split())
_CHILDREN = frozenset("""child children kid kids infant infants baby babies enfant enfants bébé bébés nourrisson
    nourrissons niño niños niña niñas bebé bebés""".split())


def _counted_noun(member: Member, end: int) -> int:
    """The noun a count counts, from token ``end`` right after it: past "other" ("Three other firefighters were
    injured"), and the second noun of two ("Nine police officers were injured": officers)."""
    toks = member.feats.tokens
    if end + 1 < len(toks) and toks[end].norm in _OTHER and not broken(member, end + 1):
        end += 1
    if end + 1 < len(toks) and not toks[end].stop and not toks[end + 1].stop and not broken(member, end + 1) \
            and outcome(toks[end]) is None and outcome(toks[end + 1]) is None and toks[end].lemma not in PERSONS \
            and not _age(toks[end]):  # "a 10-year-old girl killed": an age
        after = _action_after(member, end + 1)
        if after is not None and outcome_at(toks, after) is not None:
            return end + 1
    return end


def _age(tok: Token) -> bool:
    return tok.norm.endswith("-old") or tok.norm in _AGES


_AGES = frozenset("year years yr month months week weeks day days ans an mois año años mes meses".split())
_OTHER = frozenset({"other", "others", "autres", "otros", "otras", "altri", "altre", "weitere"})


def _wounds(toks, end: int) -> bool:
    """A count of wounds, not of the injured: Spanish "heridas" before "de", "por", "en", "con" ("15 heridas de
    arma blanca")."""
    return end + 1 < len(toks) and toks[end].norm in ("heridas", "herida") and toks[end + 1].norm in _OF_WOUNDS \
        and not (end + 2 < len(toks) and toks[end + 2].norm in _HOW_HURT)  # "15 heridas de gravedad": injured women


_OF_WOUNDS = frozenset({"de", "por", "en", "con"})
_HOW_HURT = frozenset({"gravedad", "consideración", "diversa", "distinta", "pronóstico"})


def _verb_before(member: Member, k: int) -> int | None:
    """The verb of what befell right before a number, past the words that bound it ("killing at least nine",
    "a tué au moins onze", "kills 9"), or None."""
    toks, bounds = member.feats.tokens, member_qualifiers(member)
    j = k - 1
    if j > 0 and toks[j].norm in _ONE and round_count(toks, k, member.lang) and not broken(member, k):
        j -= 1  # "injuring a dozen people", "blessant une dizaine de personnes": the round count's article
    while j >= 0 and k - j <= 3 and (j in bounds or toks[j].norm in ROUNDING) and not broken(member, j + 1):
        j -= 1  # "at least", "about", "au moins"; not "dies at 75" (an age), nor "blessées et une dizaine"
    if j < 0 or broken(member, j + 1):
        return None
    if j > 0 and not broken(member, j) and (
            (member.lang == "es" and toks[j].norm == "a" and befalls(toks[j - 1]) is not None)  # "evacuar a 1.450
            or (toks[j].norm in _OF and outcome(toks[j - 1]) == "evacuation")):  # personas" (the object's "a"), "the
        return j - 1  # evacuation of 1,450 people", "l'évacuation de 1 450 personnes"
    return j if befalls(toks[j]) is not None and not toks[j].stop else None


_ONE = frozenset({"a", "an", "une", "un", "una", "uno"})
_OF = frozenset({"of", "de", "d"})


def _befell_later(member: Member, noun: int) -> frozenset[str]:
    """The outcome of the first verb of one further on in the clause of people counted (``LATER``), or nothing."""
    toks = member.feats.tokens
    for j in range(noun + 1, min(noun + 1 + LATER, len(toks))):
        if broken(member, j) or toks[j].norm in _JOINS:  # "killing at least seven people and injuring 40"
            break
        if (found := outcome_at(toks, j)) is not None:
            return frozenset() if toks[j - 1].norm in _OBJECT_ARTICLES else frozenset({found})
    return frozenset()


# an article before the outcome makes it a noun the people counted act on: "Twelve doctors treated the injured",
# "Doce médicos atendieron a los heridos", "Dix secouristes recherchent les disparus" (a QA review: the rescuers
# had been the toll); "were evacuated", "ont été blessés" have none
_OBJECT_ARTICLES = frozenset({"the", "los", "las", "les", "des", "i", "gli", "le", "die"})


LATER = 16  # words between people counted and what befell them, in one clause ("… living within a two-kilometre
# radius of the Norvalis Chimie plant were evacuated")


def _after_number(member: Member, flags: list[bool], k: int) -> bool:
    """Token ``k`` goes on from a number right before it ("two thousand"), not past a mark ("2023 — Twelve")."""
    return k > 0 and flags[k - 1] and counts(member, k - 1) and not broken(member, k) \
        and k - 1 not in _dated(member)  # ("On March 15 three people died")


def _denominator(member: Member, k: int) -> bool:
    """The number a count is taken out of ("Two out of three residents", "deux sur trois"): no count itself."""
    toks = member.feats.tokens
    j = k - 1
    if j < 1 or toks[j].norm not in _OUT_OF:
        return False
    j -= 1 if toks[j - 1].norm == "out" else 0
    return j >= 1 and counts(member, j - 1)


_OUT_OF = frozenset({"of", "sur", "de"})


def counts(member: Member, k: int) -> bool:
    """Token ``k`` is a number: written in figures or in words ("45", "two", "quarante-cinq")."""
    return member.feats.tokens[k].is_number or token_number(member.feats.tokens, k, member.lang) is not None


def broken(member: Member, k: int) -> bool:
    """Punctuation between tokens ``k - 1`` and ``k``."""
    toks = member.feats.tokens
    return any(c in ",.;:!?()«»\"“”—–" for c in member.text[toks[k - 1].end:toks[k].start])


def _counted(noun: Token, acts: frozenset[str]) -> str:
    """What a count counts: the outcome its noun names ("muertos": "death"), people by the one outcome that befell
    them ("Twelve people were injured": "injury") or as people ("1,200 residents" / "2,000 people"), else the
    noun."""
    named = outcome(noun)
    if named is not None:
        return named
    if noun.lemma not in PERSONS:
        return noun.lemma
    befell = acts & OUTCOMES
    return next(iter(befell)) if len(befell) == 1 else PEOPLE


def _action_after(member: Member, noun: int) -> int | None:
    """The first content word within three words after the counted noun, in its clause, past a linking verb
    ("people were killed": "kill"; "Two passengers remain missing", "dos pasajeros continúan desaparecidos":
    "missing"; not "injure" of "killing three passengers and injuring 40")."""
    toks = member.feats.tokens
    reach = noun + 4 + sum(linking(t) or t.norm in _HOW_BADLY for t in toks[noun + 1:noun + 4])  # past "toujours
    #                                                                                        portés", "légèrement"
    ages = [j for j in range(noun + 2, min(reach, len(toks))) if counts(member, j) and _age_limit(toks, j)]
    start = ages[0] + 1 if ages else noun + 1  # "Three children under five died": past the age
    for j in range(start, min(reach + start - noun - 1, len(toks))):
        if broken(member, j) or toks[j].norm in _JOINS:
            return None
        if not toks[j].stop and not (linking(toks[j]) and _outcome_past_links(toks, j + 1)) \
                and toks[j].norm not in _HOW_BADLY:
            return None if j > start and toks[j - 1].norm in _OBJECT_ARTICLES and outcome(toks[j]) else j
    return None


# how badly, between people counted and what befell them ("Two firefighters were slightly hurt")
_HOW_BADLY = frozenset("""slightly lightly seriously badly critically gravely fatally mortally légèrement gravement
    grièvement mortellement levemente gravemente leggermente""".split())


def _outcome_past_links(toks, j: int) -> bool:
    """An outcome at token ``j``, or past more linking words ("toujours | portés | disparus")."""
    while j < len(toks) and linking(toks[j]) and not outcome(toks[j]):
        j += 1
    return j < len(toks) and outcome(toks[j]) is not None


_JOINS = frozenset({"and", "or", "but", "et", "ou", "mais", "und", "oder", "aber", "y", "o", "pero", "e", "ma"})
# words of saying around a number say who gives it, not what befell what it counts ("said three people …"): the
# attribution's verbs of saying (``attribution.cues``), and in languages it does not read, these
_SAYING_ELSEWHERE = frozenset({"sagen", "decir", "dire"})
