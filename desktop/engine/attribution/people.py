"""Phrases that name people: one person by a title ("le porte-parole", "Prime Minister X"), an office
held by one person ("the president"), a member of a named group, some people or some of them ("certains", "several
of them").
"""
from __future__ import annotations

from dataclasses import replace

from ..features import Token
from .bodies import outlet_like
from .cues import FR as CUES_FR
from .phrase import (DEFINITE, POSSESSIVE, Phrase, definite, elided_between, is_place, own_part, person_head, person_noun,
                     plural_noun, singular)


def acronym_titled(p: Phrase, own: range) -> bool:
    """An office written as an acronym before a name ("ADA Fairman", "CEO Tim Cook"): its holder, named (alone, "the
    ADA" may be an association)."""
    kept = [k for k in own if p.toks[k].norm not in p.cues.det]
    return len(kept) >= 2 and p.toks[kept[0]].norm in _TITLE_ACRONYMS and p.toks[kept[0]].surface.isupper() \
        and all(p.names[k] and p.toks[k].surface[:1].isupper() for k in kept[1:])


_OFFICE_ACRONYMS = frozenset({"da", "ceo", "cfo", "pdg"})  # district attorney, chief executive (not "la DG": a body)
_TITLE_ACRONYMS = _OFFICE_ACRONYMS | {"ada"}  # before a name only (assistant district attorney; "the ADA" is a body)


def office_acronym(p: Phrase, own: range) -> bool:
    """A definite article and an office written as an acronym ("the DA", "le PDG"): the one who holds it."""
    kept = [p.toks[k] for k in own if p.toks[k].norm not in p.cues.det]
    return definite(p, own) and len(kept) == 1 and kept[0].norm in _OFFICE_ACRONYMS


def group_of_people(p: Phrase) -> bool:
    """ "A group of investors", "un groupe de manifestants": unnamed people gathered, not a body."""
    words = [t.norm for t in p.toks]
    if len(words) >= 3 and words[0] in ("groups", "groupes") and words[1] in p.cues.complement:
        return True  # "Groups of young people"
    return len(words) >= 4 and (words[0] in p.cues.indefinite or words[0] in ("another", "autre")) \
        and words[1] in ("group", "groupe") and words[2] in p.cues.complement  # "Another group of migrants"


def title_then_full_name(p: Phrase) -> bool:
    """ "FTC Bureau of Competition Director Samuel Ortiz": a title right before a first and last name closing the
    phrase, whatever body the words before it name."""
    k = len(p.toks)
    while k > 0 and p.names[k - 1] and p.toks[k - 1].norm not in p.cues.titles:
        k -= 1
    if len(p.toks) - k < 2 or k == 0 or p.toks[k - 1].norm not in p.cues.titles or p.toks[0].norm in p.cues.indefinite:
        return False
    before = p.toks[k - 2].norm if k > 1 else ""
    return before not in p.cues.complement and before not in p.cues.det \
        and before not in ("par", "by", "to", "à", "au", "aux", "from", "for")
    # not "un haut collaborateur du président Joe Biden", "une mission présidée par le député Jean Leonetti", "The
    # letter to President Joe Biden"


def unnamed_member(p: Phrase, own: range, run: list[Token]) -> bool:
    """ "A Marlow spokeswoman", "un porte-parole Renault": someone of the named body, not named themself."""
    after = p.toks.index(run[-1]) + 1
    if after + 1 < own.stop and p.toks[after].norm in _MEMBER_OF and not p.toks[after].is_name:
        after += 1  # "A Labour party spokesman"
    if after < own.stop and after == own.stop - 1 and p.toks[after].norm in SPOKES | p.cues.roles | _EXECUTIVE:
        return True  # "the Navy spokesperson", "Navy spokesperson said": an unnamed one, whatever the article
    return p.toks[own.start].norm in p.cues.indefinite and after < own.stop \
        and (p.toks[after].norm in p.cues.titles or p.toks[after].norm in p.cues.roles | _EXECUTIVE)


SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "porte-parole"})
_EXECUTIVE = frozenset({"executive", "executives"})  # one of a body's, as its head noun ("an Eastern Conference executive")
_MEMBER_OF = frozenset({"party", "government", "company", "parti", "gouvernement"})


def named_group(p: Phrase, own: range, run: list[Token]) -> bool:
    """ "Republican opponents", "several European delegations", "French officials", "U.S. officials", "Russian and
    Iranian officials": a capitalised adjective (or two) before a plural noun of people or bodies, who stay unnamed."""
    if len(run) > 1 and run[-1].norm in p.cues.roles and run[-1].norm.endswith("s") and run[-1].norm != run[-1].lemma \
            and (len(run) == 2 or all(len(t.surface) == 1 for t in run[:-1])):
        return True  # a headline's capitalised "Russian Officials", "U.S. Officials"
    after = p.toks.index(run[-1]) + 1
    initials = all(len(t.surface) == 1 and t.surface.isupper() for t in run)  # "U.S. officials"
    if after + 2 < own.stop and p.toks[after].norm in ("and", "et") and p.names[after + 1]:
        after += 2  # "Russian and Iranian officials"
    if after >= own.stop or elided_between(run[-1], p.toks[after]):
        return False  # (not "l'Institut d'études géologiques": a body named after what it studies)
    if len(run) != 1 and not initials:  # "New Jersey officials", "World Bank officials": the people stay unnamed
        return after == own.stop - 1 and p.toks[after].norm in p.cues.roles and plural_noun(p, after)
    if initials and not plural_noun(p, after):  # "U.S. law enforcement and security officials"
        words = range(after, own.stop - 1)
        after = own.stop - 1 if all(not p.names[k] and p.toks[k].surface[:1].islower() for k in words) else after
    return plural_noun(p, after) and not _named_after(p, after + 1, own.stop)


def _named_after(p: Phrase, start: int, stop: int) -> bool:
    """A name follows the plural noun in the phrase with no preposition before it: the plural was a trade
    ("Belgian telecoms operator Orvenna Telecom", a body named after it), not people ("Port authorities in
    Romania", "French officials")."""
    for k in range(start, stop):
        if p.toks[k].norm in p.cues.preps or p.toks[k].norm in ("in", "of", "from", "at"):
            return False
        if p.names[k]:
            return True
    return False


def nobody(p: Phrase) -> bool:
    """ "Personne ne venant le réclamer", "Nobody": no one speaks."""
    words = [t.norm for t in p.toks]
    return words[0] in ("nobody", "personne") and (len(words) == 1 or words[1] in ("ne", "n"))


def one_of_them(p: Phrase) -> bool:
    """ "One of them", "l'un d'eux": one of the sources just mentioned, unnamed."""
    words = [t.norm for t in p.toks]
    return len(words) == 3 and words[0] in p.cues.det and words[1] in p.cues.complement \
        and words[2] in p.cues.stressed


def ends_with_full_name(p: Phrase, own: range) -> bool:
    """ "his sister Jane Doe", "61-year-old John Smith": the phrase's own words end with a first and last name."""
    k = own.stop
    while k > own.start and p.names[k - 1]:
        k -= 1
    return own.stop - k >= 2 and own.stop == len(p.toks)


def office_holder(p: Phrase, own: range) -> bool:
    """ "le ministre de la Santé", "the prime minister", "il ministro": one office, so one person the reader can name (a
    singular definite article and a title); "un haut responsable", "les responsables" stay anonymous."""
    first = p.toks[own.start]
    definite = first.norm in ("le", "la", "the", "el", "il", "lo", "der") or (own.start == 0 and p.elided) \
        or (p.lang == "pt" and first.norm in ("o", "a")) or _her_office_de(p, own) \
        or (own.start == 1 and _country_s(p.toks[0], p.lang))  # (not "Sources close to Spain's prime minister")
    return definite and any(p.toks[k].norm in p.cues.offices for k in own)


def _her_office_de(p: Phrase, own: range) -> bool:
    """ "die Ministerin", "die Bürgermeisterin von Ulm": "die" before an office held by a woman is singular (not
    "die Minister der Länder", a plural)."""
    return p.lang == "de" and p.toks[own.start].norm == "die" \
        and any(p.toks[k].norm in p.cues.offices and p.toks[k].norm.endswith("in") for k in own)


def _country_s(t, lang: str) -> bool:
    """A country's name with an English possessive ("Spain's prime minister", "France's president"): its office."""
    return lang == "en" and t.norm.endswith(("'s", "’s")) and is_place(replace(t, norm=t.norm[:-2]), lang)


def must_do(p: Phrase) -> bool:
    """An English clause of obligation or wish read back from a cue word used as a noun ("climbers need to use extreme
    | caution"): no speaker's phrase holds "need to", "have to", "want to"."""
    if p.lang != "en" or any(t.norm in ("who", "that", "which") for t in p.toks):
        return False  # "Students who want to study abroad say": the wish is the speakers' own clause
    return any(a.norm in _MUST and b.norm == "to" for a, b in zip(p.toks, p.toks[1:]))


_MUST = frozenset("need needs needed have has had want wants wanted ought".split())


def someone_of(p: Phrase) -> bool:
    """ "A representative for Mr. Jackman", "an aide to the senator", "a friend of the victim": an English indefinite
    person of someone else, who stays unnamed (the name after is the other one's)."""
    if p.lang != "en" or len(p.toks) < 4 or p.toks[0].norm not in ("a", "an"):
        return False
    k = 1
    while k < 3 and not person_noun(p.toks[k], p.cues) and p.toks[k].norm not in _EXECUTIVE and not p.toks[k].stop \
            and not p.names[k]:
        k += 1  # "a senior representative", "a longtime friend"
    return k + 1 < len(p.toks) and (person_noun(p.toks[k], p.cues) or p.toks[k].norm in _EXECUTIVE) \
        and p.toks[k + 1].norm in ("for", "of", "to", "at", "with", "from") \
        and (p.toks[k].norm in SOURCE_NOUNS or not outlet_like(p.toks[k + 2:]))
    #   "A correspondent for Al Jazeera": the medium; "a source from the magazine": someone unnamed


# Pronouns standing for some people the text does not name (a phrase of nothing else)
_SOME_OF_THEM = frozenset("certains certaines plusieurs beaucoup autres quelques-uns quelques-unes plupart some "
                          "others many several most".split())


def some_people(p: Phrase) -> bool:
    """ "Some users", "many residents": a quantifier and a plural noun, people the text leaves unnamed."""
    return p.lang == "en" and len(p.toks) == 2 and p.toks[0].norm in ("some", "many", "several", "most") \
        and p.toks[1].norm != p.toks[1].lemma and p.toks[1].norm.endswith("s") and not p.names[1]


def some_of_them(p: Phrase) -> bool:
    """ "Certains", "d'autres", "la plupart", "Others": nothing but a pronoun of some unnamed people; "all of whom",
    "many of whom": some of the people just named."""
    words = {t.norm for t in p.toks} - {"la", "les", "the"}
    whom = len(p.toks) == 3 and p.toks[1].norm == "of" and p.toks[2].norm == "whom"
    return bool(words) and (words <= _SOME_OF_THEM or whom)


def titled_head(p: Phrase) -> str | None:
    """The title a definite description of one person opens with ("l'avocate du trader", "her rep": "avocate",
    "rep"), else None."""
    own = own_part(p)
    head = person_head(p, own)
    if head is None or not definite(p, own) or not singular(head):
        return None
    anchored = own.stop < len(p.toks) or p.toks[own.start].norm in POSSESSIVE or own.start > 0
    return head.norm if anchored else None  # "the manager" alone could be anyone's


def bare_title(p: Phrase) -> str | None:
    """A title alone after a definite article ("the judge", "le maire"), else None: it takes up the one person the
    report gave that title by name ("Judge Torkjel Nesheim … the judge said")."""
    definite = p.toks[0].norm in DEFINITE or p.elided or (p.lang == "pt" and p.toks[0].norm in ("o", "a"))
    if len(p.toks) != 2 or not definite or p.toks[1].norm not in p.cues.titles \
            or not singular(p.toks[1]):
        return None
    return p.toks[1].norm


def taken_up(p: Phrase) -> bool:
    """A description that takes up someone already named ("le coureur", "la jeune femme", "le septuple vainqueur du
    Tour", "cette mère de famille"): a definite or demonstrative article (not a possessive: "son avocat" is someone
    else) and a noun of a person that is not a function a new speaker is introduced by ("the manager", "the
    official", "le porte-parole")."""
    own = own_part(p)
    head = person_head(p, own)
    first = p.toks[own.start]
    article = own.start == 0 and (first.norm in ("le", "la", "the", "ce", "cet", "cette", "this") or p.elided)
    return head is not None and article and singular(head) and head.norm not in p.cues.titles \
        and head.norm not in SOURCE_NOUNS


def one_person_fr(p: Phrase) -> bool:
    """A French or Portuguese definite description of one person ("l'avocat", "le diplomate suisse", "le leader
    tibétain", "la responsable socialiste", "o técnico sueco"): French and Portuguese reports name a source this way
    once they have introduced them (or the office makes them known), where English writes "the official" for someone
    left unnamed. Plural and indefinite ("les responsables", "un diplomate") stay anonymous."""
    if p.cues is not CUES_FR and p.lang != "pt":
        return False
    own = own_part(p)
    first = p.toks[own.start]
    article = own.start == 0 and (first.norm in _ONE_ARTICLES[p.lang] or p.elided)
    head = next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det), None)
    later = {t.norm for t in p.toks[p.toks.index(head) + 1:]} if head is not None else set()
    one_of_many = bool(later & _SOME_OF)  # "le responsable d'un hypermarché", "le porte-parole des grévistes"
    return article and head is not None and person_noun(head, p.cues) and singular(head) \
        and head.norm not in _NOT_ONE and not one_of_many


def one_office_en(p: Phrase) -> bool:
    """An English office with one holder the reader can name ("the prime minister", "the then president", "the
    mayor"): a person, where "the official" stays someone left unnamed."""
    if p.lang != "en" or len(p.toks) < 2 or p.toks[0].norm != "the":
        return False
    words = [t.norm for t in p.toks[1:] if t.norm not in _HOLDING_WHEN]
    return (len(words) == 1 and words[0] in _ONE_HOLDER) or words == ["prime", "minister"]


_HOLDING_WHEN = frozenset({"then", "former", "late", "new", "outgoing"})
_ONE_HOLDER = ("president", "chancellor", "premier", "pope", "king", "queen", "governor", "mayor")
_NOT_ONE = frozenset({"source", "famille", "entourage", "délégation", "services", "personne", "témoignage",
                      "fonte", "família", "delegação", "serviços", "pessoa", "testemunho", "porta-voz"})
#                      (Portuguese news leaves "o porta-voz" unnamed: anonymous, as "a spokesman" is)
_SOME_OF = frozenset({"un", "une", "des", "plusieurs", "certains", "certaines", "nombreux", "nombreuses",
                      "um", "uma", "uns", "umas", "vários", "várias", "alguns", "algumas", "muitos", "muitas"})
_ONE_ARTICLES = {"fr": ("le", "la"), "pt": ("o", "a")}  # Portuguese reports too name a source once introduced so


# Nouns that introduce an unnamed source ("The official said", "le responsable d'un hypermarché"), not take one up.
SOURCE_NOUNS = frozenset("""official responsable source witness témoin expert analyst analyste diplomat diplomate
    observer observateur member membre aide conseiller adviser advisor insider fonctionnaire enquêteur investigator
    spokesman spokeswoman spokesperson représentant representative""".split())


def people_by_ending(p: Phrase, own: range) -> bool:
    """A noun of people by its ending ("enquêteurs", "firefighters"): an unnamed source."""
    return any(len(p.toks[k].norm) >= 6 and p.toks[k].norm.endswith(p.cues.human_endings) for k in own)
