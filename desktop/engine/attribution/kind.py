"""What kind of source a speaker's phrase names: a person, an organisation, an outlet, an anonymous source or a
document, read from its words (``attribution.cues``) and its capitalised names.

The phrase's own part comes before its first complement ("un haut collaborateur | du président X", "an aide |
of Senator X") and after a possessive ("X's | spokesman"): names there are someone else's, so the speaker is
unnamed. A name that opens the phrase is the speaker's ("Jake Sullivan", "la Maison Blanche"); a title followed
by a name is a person ("le porte-parole, Jean Dupont", "Prime Minister George Papandreou").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..features import Token, strip_accents
from ..world_names import names_table
from .cues import (CAPITALISED_OUTLETS, CAPITALS_OUTLETS, CLOSING_OUTLET_WORDS, COMPANY_SUFFIXES, DOCUMENTS,
                   FR as CUES_FR, INSTITUTIONS, LOWER_CASE_OUTLETS, OUTLET_WORDS, OUTLETS, Cues)


@dataclass(frozen=True)
class Phrase:
    toks: tuple[Token, ...]
    names: list[bool]  # per token: a proper name
    lang: str
    cues: Cues
    elided: bool = False  # an elided or contracted definite article before the first word ("l'avocate", "du maire")


def outlet_like(toks) -> bool:
    """A medium's noun or a well-known outlet's name among the words ("journal", "Times", "AFP"); a magazine named
    by a common word counts when it is written capitalised and not in capitals ("told People", "Us Weekly")."""
    toks = list(toks)
    numbered = any((a.norm in _CHANNELS and b.is_number) or (a.norm == "france" and b.norm in _FRANCE_STATIONS)
                   for a, b in zip(toks, toks[1:]))  # "Europe 1", "France 2", "France Inter"
    alone = len([t for t in toks if not t.stop or t.surface[:1].isupper()]) <= 2  # "the Star", not "Sun Microsystems"
    closing = bool(toks) and toks[-1].norm in CLOSING_OUTLET_WORDS and toks[-1].surface[:1].isupper() \
        and len(toks) > 1 and toks[-2].surface[:1].isupper()  # "the Australian Financial Review"
    return numbered or closing or any(((t.norm in OUTLETS or strip_accents(t.norm) in _OUTLETS_PLAIN)
                                       and (not t.surface.islower() or t.norm in LOWER_CASE_OUTLETS)  # not "un analyste parisien"
                                       and not _surname(toks, t))
                                      or ((t.norm in OUTLET_WORDS or t.lemma in OUTLET_WORDS) and not body_agency(toks, t))
                           or (t.norm in CAPITALISED_OUTLETS and t.surface[:1].isupper() and not t.surface.isupper()
                               and alone)
                           or (t.norm in CAPITALS_OUTLETS and t.surface.isupper())
                           for t in toks)


def _surname(toks: list, t) -> bool:
    """An outlet's name closing a person's name ("Michaël Fox, du GNI"): the person's surname, no medium."""
    k = next(m for m, x in enumerate(toks) if x is t)
    if k == 0 or k + 1 != len(toks):
        return False
    first = toks[k - 1]
    return first.surface[:1].isupper() and first.is_name and not first.stop and first.norm not in OUTLETS \
        and first.norm not in OUTLET_WORDS and first.norm not in _PARTICLES_OF_OUTLETS


_PARTICLES_OF_OUTLETS = frozenset({"al", "el", "the", "le", "la", "les"})  # "Al Jazeera", "The Sun"


def body_agency(toks: list, t) -> bool:
    """ "l'Agence nationale de santé publique", "l'agence de notation": an agency of a state or a trade, not of the
    press ("l'agence de presse", "l'agence Reuters", "l'agence officielle KCNA" are outlets)."""
    if t.norm not in ("agence", "agences"):
        return False
    k = next(m for m, x in enumerate(toks) if x is t)
    if any(x.norm in PRESS_WORDS for x in toks[k + 1:]):
        return False  # "l'agence nationale de presse Wafa", "l'Agence nationale d'information"
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    third = toks[k + 2] if k + 2 < len(toks) else None
    national = nxt is not None and third is not None and nxt.surface.islower() and third.surface.islower() \
        and not third.stop and nxt.norm.endswith("e") and not {nxt.norm, third.norm} & _OFFICIAL
    #          "l'agence américaine antidopage": a nationality, then what the agency deals with (not "l'agence
    #          chinoise Xinhua": a name)
    return nxt is not None and (nxt.norm in _STATE_WORDS or nxt.norm in ("de", "du", "des", "pour")
                                or _elided_between(t, nxt) or national)  # "l'Agence d'urbanisme"


_OFFICIAL = frozenset({"officielle", "semi-officielle", "gouvernementale", "publique", "étatique"})  # a state's press
_LAWS = frozenset({"Act", "Acts", "Treaty", "Constitution", "Amendment"})  # not "Bill": "His brother Bill said"
PRESS_WORDS = frozenset("presse information informations press news".split())
_STATE_WORDS = frozenset("nationale régionale européenne internationale fédérale spatiale sanitaire".split())
_OUTLETS_PLAIN = frozenset(strip_accents(w) for w in OUTLETS)  # "Les Echos" written without its accent
_CHANNELS = frozenset({"europe", "france", "tf", "canal", "bfm", "channel", "sky"})  # named with a number
_FRANCE_STATIONS = frozenset("inter info culture bleu musique télévisions televisions".split())  # "France Inter"


def _own_part(p: Phrase) -> range:
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


def _findings_of(p: Phrase, own: range) -> bool:
    """What a document or an inquiry found, named by a noun of results before it ("les premiers éléments de
    l'enquête de l'IGPN", "the preliminary findings of the investigation")."""
    head = p.toks[own.stop - 1] if own.stop > own.start else None
    rest = {t.norm for t in p.toks[own.stop:]}
    return head is not None and head.norm in _FINDINGS and own.stop < len(p.toks) \
        and p.toks[own.stop].norm in p.cues.complement and bool(rest & DOCUMENTS)


_FINDINGS = frozenset("éléments conclusions résultats constatations findings results".split())


def _outlets_service(p: Phrase, own: range) -> bool:
    """ "The news agency's English service", "CNN's website": a part of the medium named before the possessive."""
    owner = p.toks[: own.start]
    return bool(owner) and p.toks[own.stop - 1].norm in _SERVICES and (
        outlet_like(owner) or re.sub(r"['’]s$", "", owner[-1].norm) in OUTLETS)


_SERVICES = frozenset("service services website site desk edition bureau feed account".split())
_NOT_OWN = frozenset({"by", "par", "around", "across", "throughout", "at", "chez", "à"})  # "centers | around the U.S."


def _words(p: Phrase, own: range) -> set[str]:
    """The own part's forms and lemmas, with and without accents ("Elysée" is "élysée")."""
    words = {w for k in own for w in (p.toks[k].norm, p.toks[k].lemma)}
    return words | {strip_accents(w) for w in words}


_INSTITUTIONS = INSTITUTIONS | {strip_accents(w) for w in INSTITUTIONS}


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


def _acronym_plural(t: Token) -> bool:
    return len(t.surface) > 2 and t.surface[:-1].isupper() and t.surface.endswith("s")


def _name_kind(run: list[Token], p: Phrase, own: range) -> str:
    """A run of capitalised words: an organisation (an institution's noun in the name, capitalised words after it
    included: "Harlow Logistics Inc", "the Ohio Teachers Alliance"), or a person ("John Smith, a school teacher")."""
    words = {t.norm for t in run} | {t.lemma for t in run}
    end = p.toks.index(run[-1]) + 1
    while end < own.stop and p.toks[end].is_name:  # "Inc", "Ltd": capitalised small words closing a name
        words |= {p.toks[end].norm, p.toks[end].lemma}
        end += 1
    if (words | {strip_accents(w) for w in words}) & _INSTITUTIONS \
            or p.toks[end - 1].surface in COMPANY_SUFFIXES:
        return "organisation"  # "France Telecom SA", "Interoute Plc", "Sonaecom SGPS SA"
    if len(run) > 1 and len(run[0].surface) > 1 and run[0].surface.isupper() and not words & p.cues.titles:
        return "organisation"  # "BNP Paribas", "SNCF Réseau": an acronym opens the name
    if len(run) >= 2 and all(len(t.surface) == 1 and t.surface.isupper() for t in run) and end == own.stop:
        return "organisation"  # "the C.D.C.", "the W.H.O.": an acronym written with dots
    if any(_ACRONYM_INSIDE.search(t.surface) and t.norm not in p.cues.roles for t in run):
        return "organisation"  # "MnDOT": capitals run on inside a word with small letters (not "McArthur", "MPs")
    if len(run) > 1 and not words & p.cues.titles and place_name(run, p.lang):
        return "organisation"  # "South Africa said": the country speaks through its government
    if _plural_body(run, p, own) and not words & p.cues.titles:
        return "organisation"  # "the Conservatives", "the Lib Dems", "the Tories": a party or a people speaking as one
    if len(run) >= 3 and not words & p.cues.titles and all(_word(t, p.lang) for t in run):
        return "organisation"  # "Human Rights Watch": a name made of the language's words names no person
    if words & p.cues.titles or len(run) > 1 and not all(is_place(t, p.lang) for t in run):
        return "person"
    t = run[0]
    acronym = any(len(x.surface) > 1 and x.surface.isupper() for x in p.toks)  # "la Ligue ... (LDH)"
    return "organisation" if acronym or is_place(t, p.lang) or _article_and_name(p, own, t) else "person"


def _plural_body(run: list[Token], p: Phrase, own: range) -> bool:
    """An article and one or two capitalised words closing on a plural "s" ("the Conservatives", "The Lib Dems",
    "the Iranians", "les Russes", "les Jeunes Socialistes de Gand"): people speaking as one body (a person's name
    takes no article)."""
    article = {"en": "the", "fr": "les"}.get(p.lang)
    if p.toks[own.start].norm != article or len(run) > 2 or not run[-1].surface.endswith(("s", "x")) \
            or run[-1].surface.endswith("ss"):
        return False
    end = p.toks.index(run[-1]) + 1
    if p.lang == "fr" and end + 1 < own.stop and p.toks[end].norm in p.cues.complement:
        end = own.stop if all(t.is_name for t in p.toks[end + 1 : own.stop]) else end  # "… de Gand"
    return end == own.stop


def _article_and_name(p: Phrase, own: range, t: Token) -> bool:
    """ "l'Afub", "le Medef": in French an article before a single name that is no word of the language names a
    body (a person's name takes none; "le Texan", "l'Américain" are words)."""
    from ..lemmas import shared_lemmas

    article = p.toks[own.start].norm in ("le", "la", "les") or (own.start == 0 and p.elided)
    return p.lang == "fr" and article and t.norm.isalpha() and (not shared_lemmas().known(t.norm, p.lang)
                                                                or t.norm in _MINISTRIES)


# A ministry or a service named by its field with a capital ("la Défense russe", "l'Intérieur", "la Justice")
_MINISTRIES = frozenset("""défense justice intérieur santé éducation culture économie agriculture diplomatie marine
    armée gendarmerie douane douanes environnement travail finances trésor""".split())


def _word(t: Token, lang: str) -> bool:
    from ..lemmas import shared_lemmas

    return shared_lemmas().known(t.norm, lang) or shared_lemmas().known(t.lemma, lang)


def _body_then_name(p: Phrase, own: range) -> bool:
    """The own part closes with a name right after an institution's noun ("tech giant | Tencent Holdings", "the
    company | Brightwater"): the name is the body's."""
    k = own.stop
    while k > own.start and p.names[k - 1]:
        k -= 1
    if k == own.stop or k == own.start:
        return False
    before = p.toks[k - 1]
    return not before.surface[:1].isupper() and _institution(before)


def _leading_run(p: Phrase, own: range) -> list[Token]:
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


def _titled_name(p: Phrase, own: range) -> bool:
    """A title in the own part and a name closing the phrase ("le ministre de la Défense Jean Dupont"), or a role
    just before a full name closing it ("RT Jones analyst Juli Niemann")."""
    if not p.names[-1] or p.toks[own.start].norm in p.cues.indefinite:
        return False  # "un porte-parole de BNP Paribas" names the bank, not its spokesman
    k = len(p.toks) - 1  # the closing name's first word
    while k > 0 and p.names[k - 1]:
        k -= 1
    if any({t.norm, t.lemma, strip_accents(t.norm)} & _INSTITUTIONS for t in p.toks[k:]):
        return False  # "La Société Générale": a body's name, whatever title-like word it holds
    if len(p.toks) - k >= 2 and k > 0 and p.toks[k - 1].norm in p.cues.roles:
        return True
    titles = [t for t in own if p.toks[t].norm in p.cues.titles]
    return bool(titles) and (len(p.toks) - k >= 2 or k - 1 in titles)


_OPEN = "open"  # a stage of ``kind_of`` that does not decide: the next one reads the phrase


def kind_of(p: Phrase) -> str | None:
    """The kind of source the phrase names, "pronoun:one"/"pronoun:many" for a subject pronoun, None when it
    names nothing (only articles and small words). Read in stages, each deciding or leaving the phrase open:
    pronouns and people left unnamed; the phrase's words; a run of capitalised words its own part opens on; else a
    body before its name or an office in capitals; else its head."""
    kind = _pronoun_or_unnamed(p)
    if kind != _OPEN:
        return kind
    own = _own_part(p)
    words = _words(p, own)
    kind = _kind_by_wording(p, own, words)
    if kind != _OPEN:
        return kind
    run = _leading_run(p, own)
    if run:
        return _kind_by_run(p, own, run)
    kind = _kind_by_role(p, own)
    return kind if kind != _OPEN else _kind_by_head(p, own, words)


def _pronoun_or_unnamed(p: Phrase) -> str | None:
    """A pronoun, people left unnamed ("Certains", "Police"), or nothing named; else ``_OPEN``."""
    if len(p.toks) == 1 and p.toks[0].norm in p.cues.pronouns:
        return "pronoun:" + p.cues.pronouns[p.toks[0].norm]
    if len(p.toks) == 1 and p.lang == "fr" and p.toks[0].norm in p.cues.stressed and p.toks[0].surface[:1].isupper():
        return "pronoun:" + p.cues.stressed[p.toks[0].norm]  # "Lui prône", "Eux refusent": a subject
    latter = _LATTER.get(tuple(t.norm for t in p.toks))
    if latter:
        return "pronoun:" + latter  # "ce dernier", "the latter": the one named just before
    if _one_of_them(p) or _group_of_people(p) or _some_of_them(p) or _some_people(p) or _someone_of(p):
        return "anonymous"  # "Certains estiment", "d'autres affirment", "Others argue": people left unnamed
    if not any(not t.stop or p.names[k] or t.norm in DOCUMENTS | _STUDIES for k, t in enumerate(p.toks)) or _nobody(p) \
            or _must_do(p):
        return None
    if {t.norm for t in p.toks} - p.cues.det <= _COLLECTIVE and not _ministry(p):
        return "anonymous"  # "Police said", "les autorités": unnamed people of a body, not the body
    return _OPEN


def _kind_by_wording(p: Phrase, own: range, words: set[str]) -> str:
    """People left unnamed ("MPs"), a person after a title ("Managing Editor Angela Benson"), a document, an outlet
    or a survey body, told by the phrase's words; else what ``_kind_by_document_words`` reads (or ``_OPEN``)."""
    alone = len(p.toks) == 1  # "Prosecutors" read as a name mid-line, not "Médecins du Monde", "Reporters sans frontières"
    if all(p.toks[k].norm in p.cues.det or (p.toks[k].norm in p.cues.roles and (
            _acronym_plural(p.toks[k]) or (alone and p.toks[k].norm.endswith("s")))) for k in own):
        return "anonymous"  # "MPs", "GPs", "Prosecutors" mid-line: people, though capitalised (not Paul Expert's "Expert")
    if _title_then_full_name(p):
        return "person"  # "WCCO TV Managing Editor Angela Benson", "Bloomington Police Sgt. Marty Earley", "Study
        #                  author Dr. Jane Smith" (not "The letter from President Barack Obama": see the word before)
    if _document_from(p, own):
        return "document"  # "figures from the Pew Research Center": the figures, whoever compiled them
    press_agency = any(t.norm in ("agence", "agences", "agency") for t in p.toks) \
        and any(t.norm in PRESS_WORDS for t in p.toks)
    if (outlet_like([p.toks[k] for k in own]) or press_agency or _outlets_service(p, own)) and not _titled_name(p, own):
        return "outlet"  # not "New York Times Company chairman Arthur Sulzberger"
    if _survey_body(p, own):
        return "organisation"  # "the US Geological Survey", "the British Geological Survey": a body, not a poll
    return _kind_by_document_words(p, own, words)


def _kind_by_document_words(p: Phrase, own: range, words: set[str]) -> str:
    """A document, a spokesperson or a titled person told by the phrase's words; else ``_OPEN``."""
    if _findings_of(p, own):
        return "document"  # "les premiers éléments de l'enquête", "the findings of the report"
    if (words & DOCUMENTS and (not words & p.cues.roles or _headed_by(p, own, DOCUMENTS))
            or p.toks[own.stop - 1].norm in _STUDIES) and not _body_of_studies(p, own):
        return "document"  # "un courrier adressé aux représentants": a document, whoever it went to; "research"
        #                    (not "l'Institut américain d'études géologiques": a body named after its studies;
        #                    not "senior study author Dr. Nathan Lo")
    if p.toks[own.stop - 1].surface in _LAWS and own.stop - own.start > 1:
        return "document"  # "The 1867 Anti-Injunction Act says": a law's text
    if p.toks[own.stop - 1].norm in SPOKES and not p.names[own.stop - 1]:
        return "anonymous"  # "the navy spokesperson", "A Sam's Club spokesperson": unnamed, whoever employs them
    if _titled_name(p, own) or _acronym_titled(p, own):
        return "person"
    return _OPEN


def _kind_by_run(p: Phrase, own: range, run: list[Token]) -> str:
    """The kind of a phrase whose own part opens on a run of capitalised words (``_leading_run``)."""
    if _unnamed_member(p, own, run) or _named_group(p, own, run):
        return "anonymous"
    if all(t.norm in p.cues.offices for t in run) and _office_holder(p, own) \
            and not any(p.toks[k].norm in _INSTITUTIONS - p.cues.offices for k in own):
        return "person"  # "le Premier ministre": an office, capitalised, not a body's name
    if not p.names[own.stop - 1] and _institution(p.toks[own.stop - 1]):
        return "organisation"  # "The Kenilworth-based company"
    kind = _kind_by_role(p, own)
    if kind != _OPEN:
        return kind
    if _body_s_leader(p, own, run):
        return "person"  # "the Navy chief", "the Army commander": the one at its head
    if _adjective_before_noun(p, own, run):
        return _adjective_kind(p, own, run)
    return _name_kind(run, p, own)


def _kind_by_role(p: Phrase, own: range) -> str:
    """A body before its name, or an office written in capitals; else ``_OPEN``."""
    if _body_then_name(p, own):
        return "organisation"  # "Chinese tech giant Tencent Holdings", "the company Brightwater"
    if _office_acronym(p, own):
        return "person"  # "the DA said", "le PDG": one office holder, though written in capitals
    return _OPEN


def _kind_by_head(p: Phrase, own: range, words: set[str]) -> str | None:
    """The kind of a phrase with no run of capitalised words that no earlier stage decided, read from its head
    and its words."""
    last = p.toks[own.stop - 1]
    if _office_holder(p, own) or _head_of_named_body(p, own) \
            or (_ends_with_full_name(p, own) and not words & _INSTITUTIONS):
        return "person"
    if p.lang == "en" and _definite(p, own) and last.norm in _LEADERS and own.stop - own.start > 2 \
            and not any(p.toks[k].norm in p.cues.preps for k in own) and p.toks[own.stop - 2].norm not in _MARKETS:
        return "person"  # "the police chief", "the party leader": English puts the head last; one office holder
    if p.lang == "en" and last.norm in p.cues.roles and last.surface.islower() and not p.names[own.stop - 1] \
            and own.stop - own.start > 2:
        return "anonymous"  # "the police source", "the fire department official": English puts the head last
    head = next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det), None)
    if head is not None and _definite(p, own) and ({head.norm, strip_accents(head.norm)} & _INSTITUTIONS
                                                   or (head.norm in _BODIES and own.stop - own.start <= 2)
                                                   or (head.norm in _TEAMS and head.surface.islower())):
        return "organisation"  # "le parquet général": the body, whatever its adjectives; "l'opposition"
    if words & (p.cues.roles | p.cues.titles):
        return "anonymous"
    if words & _INSTITUTIONS:
        first = p.toks[own.start]
        if first.norm in p.cues.indefinite and not _institution(last):
            return "anonymous"  # "a school teacher", "a hospital nurse": someone unnamed, not the school
        if first.norm in _SOME or first.is_number:
            return "anonymous"  # "des associations", "plusieurs organisations": bodies the text does not name
        return "organisation"
    return "anonymous" if _people(p, own) else None


def _acronym_titled(p: Phrase, own: range) -> bool:
    """An office written as an acronym before a name ("ADA Fairman", "CEO Tim Cook"): its holder, named (alone, "the
    ADA" may be an association)."""
    kept = [k for k in own if p.toks[k].norm not in p.cues.det]
    return len(kept) >= 2 and p.toks[kept[0]].norm in _TITLE_ACRONYMS and p.toks[kept[0]].surface.isupper() \
        and all(p.names[k] and p.toks[k].surface[:1].isupper() for k in kept[1:])


_OFFICE_ACRONYMS = frozenset({"da", "ceo", "cfo", "pdg"})  # district attorney, chief executive (not "la DG": a body)
_TITLE_ACRONYMS = _OFFICE_ACRONYMS | {"ada"}  # before a name only (assistant district attorney; "the ADA" is a body)
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")  # German, Indian, Chinese, British, Israeli


def _office_acronym(p: Phrase, own: range) -> bool:
    """A definite article and an office written as an acronym ("the DA", "le PDG"): the one who holds it."""
    kept = [p.toks[k] for k in own if p.toks[k].norm not in p.cues.det]
    return _definite(p, own) and len(kept) == 1 and kept[0].norm in _OFFICE_ACRONYMS


def _adjective_before_noun(p: Phrase, own: range, run: list[Token]) -> bool:
    """One capitalised word of the language's dictionary with a demonym's ending before a lower-case noun that
    closes the phrase ("a German military spokesman", "the Indian navy", "an Israeli army spokesman"): an adjective
    of nationality, no name; the noun says who speaks. A name runs on in capitals ("Stan Perlo", "the Ohio Teachers
    Alliance"), and a company's name is no demonym ("Apple senior vice president …"). French writes nationalities in
    lower case ("la marine indienne")."""
    if len(run) != 1 or not run[0].norm.endswith(_DEMONYM_ENDINGS) or not _word(run[0], p.lang):
        return False
    last = p.toks[own.stop - 1]
    return last is not run[0] and not p.names[own.stop - 1] and last.surface.islower() and not last.stop


def _body_s_leader(p: Phrase, own: range, run: list[Token]) -> bool:
    """A definite article, a body's capitalised name of one institution word and a leader's noun closing the phrase
    ("the Navy chief"): English puts the head last."""
    last = p.toks[own.stop - 1]
    return p.lang == "en" and _definite(p, own) and len(run) == 1 and _institution(run[0]) \
        and last.surface.islower() and last.norm in _LEADERS and p.toks.index(run[0]) == own.stop - 2


def _institution(t: Token) -> bool:
    return bool({t.norm, t.lemma} & _INSTITUTIONS)


def _adjective_kind(p: Phrase, own: range, run: list[Token]) -> str:
    """The kind of "the Indian navy", "a German military spokesman", "The Syrian opposition" read from the noun after
    the nationality: a body, an office, someone unnamed; else as the capitalised word would have read."""
    head = {p.toks[own.stop - 1].norm, p.toks[own.stop - 1].lemma}  # English puts the head last
    if head & (p.cues.roles | p.cues.titles):
        return "person" if _office_holder(p, own) else "anonymous"
    nouns = {w for k in own if p.toks[k] is not run[0] for w in (p.toks[k].norm, p.toks[k].lemma)}
    if nouns & (_INSTITUTIONS | _BODIES):
        return "organisation"
    return _name_kind(run, p, own)


def _group_of_people(p: Phrase) -> bool:
    """ "A group of investors", "un groupe de manifestants": unnamed people gathered, not a body."""
    words = [t.norm for t in p.toks]
    if len(words) >= 3 and words[0] in ("groups", "groupes") and words[1] in p.cues.complement:
        return True  # "Groups of young people"
    return len(words) >= 4 and (words[0] in p.cues.indefinite or words[0] in ("another", "autre")) \
        and words[1] in ("group", "groupe") and words[2] in p.cues.complement  # "Another group of migrants"


def _title_then_full_name(p: Phrase) -> bool:
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


def _unnamed_member(p: Phrase, own: range, run: list[Token]) -> bool:
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


def _named_group(p: Phrase, own: range, run: list[Token]) -> bool:
    """ "Republican opponents", "several European delegations", "French officials", "U.S. officials", "Russian and
    Iranian officials": a capitalised adjective (or two) before a plural noun of people or bodies, who stay unnamed."""
    if len(run) > 1 and run[-1].norm in p.cues.roles and run[-1].norm.endswith("s") and run[-1].norm != run[-1].lemma \
            and (len(run) == 2 or all(len(t.surface) == 1 for t in run[:-1])):
        return True  # a headline's capitalised "Russian Officials", "U.S. Officials"
    after = p.toks.index(run[-1]) + 1
    initials = all(len(t.surface) == 1 and t.surface.isupper() for t in run)  # "U.S. officials"
    if after + 2 < own.stop and p.toks[after].norm in ("and", "et") and p.names[after + 1]:
        after += 2  # "Russian and Iranian officials"
    if after >= own.stop:
        return False
    if len(run) != 1 and not initials:  # "New Jersey officials", "World Bank officials": the people stay unnamed
        return after == own.stop - 1 and p.toks[after].norm in p.cues.roles and _plural_noun(p, after)
    if initials and not _plural_noun(p, after):  # "U.S. law enforcement and security officials"
        words = range(after, own.stop - 1)
        after = own.stop - 1 if all(not p.names[k] and p.toks[k].surface[:1].islower() for k in words) else after
    return _plural_noun(p, after)


def _plural_noun(p: Phrase, k: int) -> bool:
    t = p.toks[k]
    return not p.names[k] and t.norm != t.lemma and t.norm.endswith("s") and not t.stop


# unnamed people acting as one ("Police said", "les autorités", "The defense would not comment", "l'accusation a requis")
_COLLECTIVE = frozenset({"authorities", "autorités", "defense", "defence", "prosecution", "défense", "accusation"})
_STUDIES = frozenset({"research", "poll", "polls"})  # a document when they close the phrase ("research suggests")


def _nobody(p: Phrase) -> bool:
    """ "Personne ne venant le réclamer", "Nobody": no one speaks."""
    words = [t.norm for t in p.toks]
    return words[0] in ("nobody", "personne") and (len(words) == 1 or words[1] in ("ne", "n"))


def _one_of_them(p: Phrase) -> bool:
    """ "One of them", "l'un d'eux": one of the sources just mentioned, unnamed."""
    words = [t.norm for t in p.toks]
    return len(words) == 3 and words[0] in p.cues.det and words[1] in p.cues.complement \
        and words[2] in p.cues.stressed


def _body_of_studies(p: Phrase, own: range) -> bool:
    """An institution named after what it studies or publishes: its first word a body's, every document word after
    a complement ("l'Institut américain d'études géologiques"; not "a court filing", "le rapport de l'Institut")."""
    words = [k for k in own if p.toks[k].norm not in p.cues.det]
    if not words or p.toks[words[0]].norm not in _INSTITUTIONS - DOCUMENTS:
        return False
    docs = [k for k in words if p.toks[k].norm in DOCUMENTS or p.toks[k].lemma in DOCUMENTS]
    return all(any(p.toks[m].norm in _OF or _elided_between(p.toks[m], p.toks[m + 1]) for m in range(words[0], k))
               for k in docs)


def _elided_between(a: Token, b: Token) -> bool:
    """An elided word between two tokens ("américain d'études", "l'Agence d'urbanisme": tokens leave out "d'")."""
    return b.start - a.end >= 3


_OF = frozenset({"de", "du", "des", "of"})


def _opens_on(p: Phrase, own: range, nouns: frozenset[str]) -> bool:
    """The own part's first word after its articles is one of ``nouns`` ("The letter to President Joe Biden")."""
    first = next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det), None)
    return first is not None and (first.norm in nouns or first.lemma in nouns)


def _headed_by(p: Phrase, own: range, nouns: frozenset[str]) -> bool:
    """One of the own part's first two words after its articles is one of ``nouns`` ("un courrier adressé",
    "a fiscal note prepared by")."""
    words = [p.toks[k] for k in own if p.toks[k].norm not in p.cues.det][:2]
    return any(t.norm in nouns or (t.lemma in nouns and t.norm in (t.lemma + "s", t.lemma + "x")) for t in words)


def _ends_with_full_name(p: Phrase, own: range) -> bool:
    """ "his sister Jane Doe", "61-year-old John Smith": the phrase's own words end with a first and last name."""
    k = own.stop
    while k > own.start and p.names[k - 1]:
        k -= 1
    return own.stop - k >= 2 and own.stop == len(p.toks)


def _office_holder(p: Phrase, own: range) -> bool:
    """ "le ministre de la Santé", "the prime minister": one office, so one person the reader can name (a
    singular definite article and a title); "un haut responsable", "les responsables" stay anonymous."""
    first = p.toks[own.start]
    definite = first.norm in ("le", "la", "the") or (own.start == 0 and p.elided)
    return definite and any(p.toks[k].norm in p.cues.offices for k in own)


_SURVEYING = frozenset({"geological", "ordnance", "hydrographic", "biological", "geodetic", "topographic",
                        "archaeological", "zoological", "botanical", "anthropological"})


def _ministry(p: Phrase) -> bool:
    """ "La Défense a confirmé": the ministry, named by its article and a capital (not "Défense et accusation")."""
    return any(t.surface == "Défense" and k > 0 and p.toks[k - 1].norm == "la" for k, t in enumerate(p.toks))


def _survey_body(p: Phrase, own: range) -> bool:
    """A capitalised "Survey" after what the body surveys ("the US Geological Survey", "Ordnance Survey"), not a
    poll's name ("The Labour Force Survey showed")."""
    last = p.toks[own.stop - 1]
    return last.surface == "Survey" and own.stop - own.start >= 2 and p.toks[own.stop - 2].norm in _SURVEYING


def _document_from(p: Phrase, own: range) -> bool:
    """An English phrase opening on a document's noun and naming where it comes from ("figures from the Pew Research
    Center", "data from the agency", "records from the court"): a document."""
    k = next((k for k in own if p.toks[k].norm not in p.cues.det), None)
    return p.lang == "en" and k is not None and k + 1 < len(p.toks) and p.toks[k].norm in DOCUMENTS \
        and p.toks[k + 1].norm in ("from", "by", "released", "published", "compiled") \
        and not (p.toks[k].norm in _REPORTS and outlet_like(p.toks[k + 2:]))  # "A report from the Associated Press":
    #                                                                          the medium reports (not "Data from …")


def _must_do(p: Phrase) -> bool:
    """An English clause of obligation or wish read back from a cue word used as a noun ("climbers need to use extreme
    | caution"): no speaker's phrase holds "need to", "have to", "want to"."""
    if p.lang != "en" or any(t.norm in ("who", "that", "which") for t in p.toks):
        return False  # "Students who want to study abroad say": the wish is the speakers' own clause
    return any(a.norm in _MUST and b.norm == "to" for a, b in zip(p.toks, p.toks[1:]))


_REPORTS = frozenset({"report", "reports", "article", "story", "dispatch"})
_MUST = frozenset("need needs needed have has had want wants wanted ought".split())


def _someone_of(p: Phrase) -> bool:
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
        and (p.toks[k].norm in _SOURCE_NOUNS or not outlet_like(p.toks[k + 2:]))
    #   "A correspondent for Al Jazeera": the medium; "a source from the magazine": someone unnamed


def _head_of_named_body(p: Phrase, own: range) -> bool:
    """ "the commander of the U.S. Navy's 5th Fleet", "the director of the FBI": the one holder of a title in a body
    the phrase names (not an unnamed spokesperson or official of it, nor "the manager of a store")."""
    kept = [p.toks[k] for k in own]
    return p.lang == "en" and len(kept) == 2 and kept[0].norm == "the" and kept[1].norm in p.cues.titles \
        and kept[1].norm not in SPOKES | _SOURCE_NOUNS and own.stop < len(p.toks) \
        and p.toks[own.stop].norm == "of" and any(p.names[k] for k in range(own.stop + 1, len(p.toks)))


def person_noun(t: Token, cues: Cues) -> bool:
    """A title, a role or a noun of people ("avocate", "voisine", "trader")."""
    return t.norm in cues.titles or t.norm in cues.roles or (len(t.norm) > 4 and t.norm.endswith(cues.human_endings))


def singular(t: Token) -> bool:
    """Not a plural noun: its own lemma, or no plural ending ("avocate" → "avocat" is still one person)."""
    return t.norm == t.lemma or not t.norm.endswith(("s", "x"))


_LATTER = {("ce", "dernier"): "one", ("cette", "dernière"): "one", ("ces", "derniers"): "many",
           ("celui-ci",): "one", ("celle-ci",): "one", ("ceux-ci",): "many", ("celles-ci",): "many",
           ("ces", "dernières"): "many", ("the", "latter"): "one"}
_SOME = frozenset("des plusieurs certains certaines quelques nombreux nombreuses several some many various".split())
_ACRONYM_INSIDE = re.compile(r"^(?=.*[a-zà-ÿ])\w*[A-ZÀ-Ý]{2,}")  # "MnDOT": capitals inside a word with small ones
# Pronouns standing for some people the text does not name (a phrase of nothing else)
_SOME_OF_THEM = frozenset("certains certaines plusieurs beaucoup autres quelques-uns quelques-unes plupart some "
                          "others many several most".split())


def _some_people(p: Phrase) -> bool:
    """ "Some users", "many residents": a quantifier and a plural noun, people the text leaves unnamed."""
    return p.lang == "en" and len(p.toks) == 2 and p.toks[0].norm in ("some", "many", "several", "most") \
        and p.toks[1].norm != p.toks[1].lemma and p.toks[1].norm.endswith("s") and not p.names[1]


def _some_of_them(p: Phrase) -> bool:
    """ "Certains", "d'autres", "la plupart", "Others": nothing but a pronoun of some unnamed people; "all of whom",
    "many of whom": some of the people just named."""
    words = {t.norm for t in p.toks} - {"la", "les", "the"}
    whom = len(p.toks) == 3 and p.toks[1].norm == "of" and p.toks[2].norm == "whom"
    return bool(words) and (words <= _SOME_OF_THEM or whom)


_TEAMS = frozenset({"équipe", "team"})  # "l'équipe Astana" speaks as a body; "L'Équipe" is a newspaper
_BODIES = frozenset({"opposition"})  # a body only as a whole ("selon l'opposition"), not inside a name
_POSSESSIVE = frozenset("son sa his her its their".split())
_DEFINITE = frozenset({"le", "la", "the"}) | _POSSESSIVE


def _person_head(p: Phrase, own: range) -> Token | None:
    """The first noun of a person in the phrase's own part ("le septuple | vainqueur du Tour")."""
    return next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det and person_noun(p.toks[k], p.cues)), None)


def titled_head(p: Phrase) -> str | None:
    """The title a definite description of one person opens with ("l'avocate du trader", "her rep": "avocate",
    "rep"), else None."""
    own = _own_part(p)
    head = _person_head(p, own)
    if head is None or not _definite(p, own) or not singular(head):
        return None
    anchored = own.stop < len(p.toks) or p.toks[own.start].norm in _POSSESSIVE or own.start > 0
    return head.norm if anchored else None  # "the manager" alone could be anyone's


def bare_title(p: Phrase) -> str | None:
    """A title alone after a definite article ("the judge", "le maire"), else None: it takes up the one person the
    report gave that title by name ("Judge Torkjel Nesheim … the judge said")."""
    if len(p.toks) != 2 or not (p.toks[0].norm in _DEFINITE or p.elided) or p.toks[1].norm not in p.cues.titles \
            or not singular(p.toks[1]):
        return None
    return p.toks[1].norm


def taken_up(p: Phrase) -> bool:
    """A description that takes up someone already named ("le coureur", "la jeune femme", "le septuple vainqueur du
    Tour", "cette mère de famille"): a definite or demonstrative article (not a possessive: "son avocat" is someone
    else) and a noun of a person that is not a function a new speaker is introduced by ("the manager", "the
    official", "le porte-parole")."""
    own = _own_part(p)
    head = _person_head(p, own)
    first = p.toks[own.start]
    article = own.start == 0 and (first.norm in ("le", "la", "the", "ce", "cet", "cette", "this") or p.elided)
    return head is not None and article and singular(head) and head.norm not in p.cues.titles \
        and head.norm not in _SOURCE_NOUNS


def one_person_fr(p: Phrase) -> bool:
    """A French definite description of one person ("l'avocat", "le diplomate suisse", "le leader tibétain",
    "la responsable socialiste"): French reports name a source this way once they have introduced them (or the
    office makes them known), where English writes "the official" for someone left unnamed. Plural and indefinite
    ("les responsables", "un diplomate") stay anonymous."""
    if p.cues is not CUES_FR:
        return False
    own = _own_part(p)
    first = p.toks[own.start]
    article = own.start == 0 and (first.norm in ("le", "la") or p.elided)
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
_NOT_ONE = frozenset({"source", "famille", "entourage", "délégation", "services", "personne", "témoignage"})
_SOME_OF = frozenset({"un", "une", "des", "plusieurs", "certains", "certaines", "nombreux", "nombreuses"})


# Nouns that introduce an unnamed source ("The official said", "le responsable d'un hypermarché"), not take one up.
_SOURCE_NOUNS = frozenset("""official responsable source witness témoin expert analyst analyste diplomat diplomate
    observer observateur member membre aide conseiller adviser advisor insider fonctionnaire enquêteur investigator
    spokesman spokeswoman spokesperson représentant representative""".split())


_LEADERS = frozenset("chief leader head president chairman chairwoman director governor mayor commander".split())
_MARKETS = frozenset("market industry sector world".split())  # "the market leader": a company


def _definite(p: Phrase, own: range) -> bool:
    """The own part opens with a singular definite article or a possessive ("le", "l'", "sa", "her", "X's")."""
    first = p.toks[own.start]
    return first.norm in _DEFINITE or (own.start == 0 and p.elided) or (own.start > 0 and possessive(p.toks[own.start - 1]))


def _people(p: Phrase, own: range) -> bool:
    """A noun of people by its ending ("enquêteurs", "firefighters"): an unnamed source."""
    return any(len(p.toks[k].norm) >= 6 and p.toks[k].norm.endswith(p.cues.human_endings) for k in own)


_RANK = ("person", "organisation", "outlet", "document", "anonymous")


def best_kind(kinds: list[str | None]) -> str | None:
    """Of an apposition's parts ("l'un d'eux, le Français Jean Dupont"), the most specific kind."""
    found = [k for k in kinds if k]
    if any(k.startswith("pronoun:") for k in found):
        return next(k for k in found if k.startswith("pronoun:"))
    return min(found, key=_RANK.index) if found else None
