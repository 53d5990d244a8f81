"""Whom "il", "elle", "he", "she" stand for beyond the speakers read so far: the person the sentence before opens
on, when that sentence quotes no one, its first word gives the pronoun's gender and nothing befalls that person;
and the gender a pronoun needs its antecedent to agree with."""
from __future__ import annotations

from ..features import SentenceFeatures
from ..model import Attribution
from .cues import CUES
from .kind import kind_of
from .sentence import Found, Sentence
from .subjects import sentence_subject


def recent_for(found: Found, text: str, out: list[Attribution], actor: list[tuple[Attribution, str]]) -> list[Attribution]:
    """The attributions a pronoun speaker may stand for, in reading order: those read so far, and for "il", "elle",
    "he", "she" the person the sentence before opens on when the pronoun's gender is that person's."""
    pronoun = text[found.start:found.end].lower() if found.kind == "pronoun:one" else ""
    acting = [a for a, gender in actor if GENDER.get(pronoun) == gender]
    return sorted(out + acting, key=lambda a: (a.sentence, a.start)) if acting else out


GENDER = {"il": "m", "lui": "m", "he": "m", "him": "m", "elle": "f", "she": "f", "her": "f"}
_GENDERED = {"le": "m", "un": "m", "m": "m", "mr": "m", "monsieur": "m", "la": "f", "une": "f",
             "mme": "f", "mrs": "f", "ms": "f", "madame": "f", "mlle": "f"}


def agreeing(recent: list[Attribution], gender: str, sentence: int, text: str) -> list[Attribution]:
    """The speakers a pronoun of ``gender`` may stand for: not a pronoun of the other gender nor whom one stands for,
    and, in the sentences before, not a phrase whose first word gives the other gender ("M. Colin", "Mme Martin")."""
    def said(a: Attribution) -> str:
        return text[a.start:a.end]

    other = {a.refers_to for a in recent if GENDER.get(said(a).lower(), gender) != gender and a.refers_to}
    return [a for a in recent if GENDER.get(said(a).lower(), gender) == gender and (a.refers_to or said(a)) not in other
            and (a.sentence == sentence or _gender_of(a.refers_to or said(a)) in (None, gender))]


def _gender_of(phrase: str) -> str | None:
    """The gender a phrase's first word gives ("Le ministre", "Mme Alliot-Marie", "Ms. Gomes"), or that of a noun
    after "l'" whose ending gives it ("L'association …", "l'Union …": feminine), or None."""
    first = phrase.split(None, 1)[0].strip(".").lower() if phrase.strip() else ""
    elided = first[2:] if first[:2] in ("l'", "l’") else ""
    return _GENDERED.get(first) or ("f" if elided.endswith(_FEMININE_ENDINGS) else None)


# endings of French nouns that are feminine but for a handful of exceptions: what "l'" hides ("l'association",
# "l'organisation", "l'administration", "l'Union", "l'autorité", "l'agence"), so that no "il" stands for them
_FEMININE_ENDINGS = ("ion", "ité", "ence", "ance", "ure", "ise", "esse")  # not "ée": "l'Élysée", "le musée"


# after a subject, the words of what befalls it rather than what it does ("Mr. Brown was pronounced dead", "Mme
# Martin … a été blessée", "M. Brun est mort"): such a person is no one a "he" who speaks next stands for
_UNDERGOES = frozenset("was were is are est sont fut été died dies meurt mourut".split())


def _undergoes(s: Sentence, end: int) -> bool:
    """The verb after the subject ending before token ``end`` is a passive, a state or a death."""
    nxt = s.toks[end:end + 4]
    if not nxt or s.text[max(0, nxt[0].start - 2):nxt[0].start].lower() in ("s'", "s’"):
        return False  # "s'est rendu sur place": what the person did
    return nxt[0].surface.lower() in _UNDERGOES or any(t.norm == "été" for t in nxt)  # "…, a été blessée"


def acting_person(text: str, f: SentenceFeatures, lang: str, names: frozenset[str], source: int, sentence: int,
                   base: int) -> list[tuple[Attribution, str]]:
    """The named person a sentence that quotes no one opens on, with the gender its first word gives ("Le ministre",
    "Mme Alliot-Marie"), as who a "il" or "elle" of the next sentence may stand for ("Le ministre des Transports,
    Julien Morel, s'est rendu sur place. Il a promis …": the minister, not the prefect quoted before); read for
    the pronoun only, never shown as a source. None where the first word gives no gender ("Mohamed", "Intel")."""
    cues = CUES.get(lang)
    if cues is None:
        return []
    s = Sentence(text, f.tokens, f.quotes, cues, names, lang)
    span = sentence_subject(s)
    if span is None or kind_of(s.phrase(*span)) != "person" or not any(s.is_name(k) for k in range(*span)) \
            or _undergoes(s, span[1]):
        return []
    gender = _gender_of(text[s.toks[span[0]].start:])
    start, end = base + s.toks[span[0]].start, base + s.toks[span[1] - 1].end
    return [(Attribution(source, sentence, start, end, "person", (start, start)), gender)] if gender else []
