"""Phrases that name an organisation, an outlet or a document: a medium's name ("Europe 1", "the Australian
Financial Review"), a state's press agency, a ministry named by its field ("la Défense russe"), a capitalised run
that reads as a body, a report or a study.
"""
from __future__ import annotations

import re

from ..features import Token, strip_accents
from .cues import (CAPITALISED_OUTLETS, CAPITALS_OUTLETS, CLOSING_OUTLET_WORDS, COMPANY_SUFFIXES, COMPANY_WORDS,
                   DOCUMENTS, LOWER_CASE_OUTLETS, OUTLET_WORDS, OUTLETS)
from .phrase import INSTITUTION_FORMS, Phrase, elided_between, institution, is_place, known_word, place_name


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
                                      or ((t.norm in OUTLET_WORDS or t.lemma in OUTLET_WORDS) and not body_agency(toks, t)
                                          and not _oversees(toks, t) and not _waterway(t))
                           or (t.norm in CAPITALISED_OUTLETS and t.surface[:1].isupper() and not t.surface.isupper()
                               and alone and not _of_a_body(toks, t))
                           or (t.norm in CAPITALS_OUTLETS and t.surface.isupper())
                           for t in toks)


def _waterway(t) -> bool:
    """ "Canal" opening a name ("el Canal de Isabel II", "il Canal Grande"): no medium; "ao canal SIC" is one."""
    return t.norm == "canal" and not t.surface.islower()


def _of_a_body(toks: list, t) -> bool:
    """A magazine's common word qualifying a body's noun before it ("el Ministerio Público", "o Ministério Público":
    the public prosecutor), not the medium."""
    k = next(m for m, x in enumerate(toks) if x is t)
    return k > 0 and toks[k - 1].norm in INSTITUTION_FORMS


def _surname(toks: list, t) -> bool:
    """An outlet's name closing a person's name ("Michaël Fox, du GNI"): the person's surname, no medium."""
    k = next(m for m, x in enumerate(toks) if x is t)
    if k == 0 or k + 1 != len(toks):
        return False
    first = toks[k - 1]
    return first.surface[:1].isupper() and first.is_name and not first.stop and first.norm not in OUTLETS \
        and first.norm not in OUTLET_WORDS and first.norm not in _PARTICLES_OF_OUTLETS


_PARTICLES_OF_OUTLETS = frozenset({"al", "el", "the", "le", "la", "les"})  # "Al Jazeera", "The Sun"


def _oversees(toks: list, t) -> bool:
    """A medium's noun naming what a body oversees ("Britain's media regulator", "the press watchdog", "le
    régulateur des médias"): the body, not an outlet."""
    k = next(m for m, x in enumerate(toks) if x is t)
    return (k + 1 < len(toks) and toks[k + 1].norm in _OVERSEERS) \
        or (k >= 2 and toks[k - 1].norm in ("des", "de", "of", "los", "del") and toks[k - 2].norm in _OVERSEERS)


_OVERSEERS = frozenset("""regulator regulators watchdog authority commission council ombudsman régulateur gendarme
    autorité conseil regulador autoridad consejo comisión""".split())


def body_agency(toks: list, t) -> bool:
    """ "l'Agence nationale de santé publique", "l'agence de notation": an agency of a state or a trade, not of the
    press ("l'agence de presse", "l'agence Reuters", "l'agence officielle KCNA" are outlets)."""
    if t.norm not in ("agence", "agences", "agencia", "agencias"):
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
    of_what = nxt is not None and third is not None and nxt.surface.islower() and not nxt.stop \
        and third.norm in ("de", "du", "des", "pour", "del", "para")  # "l'Agence vandrienne de sécurité alimentaire"
    return nxt is not None and (nxt.norm in _STATE_WORDS or nxt.norm in ("de", "du", "des", "pour", "del", "para")
                                or elided_between(t, nxt) or national or of_what)  # "l'Agence d'urbanisme"


_OFFICIAL = frozenset({"officielle", "semi-officielle", "gouvernementale", "publique", "étatique"})  # a state's press
LAWS = frozenset({"Act", "Acts", "Treaty", "Constitution", "Amendment"})  # not "Bill": "His brother Bill said"
PRESS_WORDS = frozenset("presse information informations press news prensa información informaciones noticias"
                        " imprensa notícias".split())
_STATE_WORDS = frozenset("nationale régionale européenne internationale fédérale spatiale sanitaire nacional regional"
                         " europea internacional federal espacial sanitaria météorologique meteorológica estatal"
                         " tributaria ambiental environnementale".split())  # "la Agencia Nacional de Tránsito",
#                                                                               "la agencia meteorológica"
_OUTLETS_PLAIN = frozenset(strip_accents(w) for w in OUTLETS)  # "Les Echos" written without its accent
_CHANNELS = frozenset({"europe", "france", "tf", "canal", "bfm", "channel", "sky"})  # named with a number
_FRANCE_STATIONS = frozenset("inter info culture bleu musique télévisions televisions".split())  # "France Inter"


def findings_of(p: Phrase, own: range) -> bool:
    """What a document or an inquiry found, named by a noun of results before it ("les premiers éléments de
    l'enquête de l'IGPN", "the preliminary findings of the investigation")."""
    head = p.toks[own.stop - 1] if own.stop > own.start else None
    rest = {t.norm for t in p.toks[own.stop:]}
    return head is not None and head.norm in _FINDINGS and own.stop < len(p.toks) \
        and p.toks[own.stop].norm in p.cues.complement and bool(rest & DOCUMENTS)


_FINDINGS = frozenset("éléments conclusions résultats constatations findings results".split())


def outlets_service(p: Phrase, own: range) -> bool:
    """ "The news agency's English service", "CNN's website": a part of the medium named before the possessive."""
    owner = p.toks[: own.start]
    return bool(owner) and p.toks[own.stop - 1].norm in _SERVICES and (
        outlet_like(owner) or re.sub(r"['’]s$", "", owner[-1].norm) in OUTLETS)


_SERVICES = frozenset("service services website site desk edition bureau feed account".split())


def name_kind(run: list[Token], p: Phrase, own: range) -> str:
    """A run of capitalised words: an organisation (an institution's noun in the name, capitalised words after it
    included: "Harlow Logistics Inc", "the Ohio Teachers Alliance"), or a person ("John Smith, a school teacher")."""
    words = {t.norm for t in run} | {t.lemma for t in run}
    end = p.toks.index(run[-1]) + 1
    while end < own.stop and p.toks[end].is_name:  # "Inc", "Ltd": capitalised small words closing a name
        words |= {p.toks[end].norm, p.toks[end].lemma}
        end += 1
    if (words | {strip_accents(w) for w in words}) & INSTITUTION_FORMS \
            or p.toks[end - 1].surface in COMPANY_SUFFIXES or (len(run) > 1 and run[-1].norm in COMPANY_WORDS):
        return "organisation"  # "France Telecom SA", "Interoute Plc", "Sonaecom SGPS SA", "Valdremont Automobiles"
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
    if len(run) >= 3 and not words & p.cues.titles and all(known_word(t, p.lang) for t in run):
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


def body_then_name(p: Phrase, own: range) -> bool:
    """The own part closes with a name right after an institution's noun ("tech giant | Tencent Holdings", "the
    company | Brightwater"): the name is the body's."""
    k = own.stop
    while k > own.start and p.names[k - 1]:
        k -= 1
    if k == own.stop or k == own.start:
        return False
    before = p.toks[k - 1]
    return not before.surface[:1].isupper() and institution(before)


def titled_name(p: Phrase, own: range) -> bool:
    """A title in the own part and a name closing the phrase ("le ministre de la Défense Jean Dupont"), or a role
    just before a full name closing it ("RT Jones analyst Juli Niemann")."""
    if not p.names[-1] or p.toks[own.start].norm in p.cues.indefinite:
        return False  # "un porte-parole de BNP Paribas" names the bank, not its spokesman
    k = len(p.toks) - 1  # the closing name's first word
    while k > 0 and p.names[k - 1]:
        k -= 1
    if any({t.norm, t.lemma, strip_accents(t.norm)} & INSTITUTION_FORMS for t in p.toks[k:]):
        return False  # "La Société Générale": a body's name, whatever title-like word it holds
    if len(p.toks) - k >= 2 and k > 0 and p.toks[k - 1].norm in p.cues.roles:
        return True
    titles = [t for t in own if p.toks[t].norm in p.cues.titles]
    return bool(titles) and (len(p.toks) - k >= 2 or k - 1 in titles)


def body_of_studies(p: Phrase, own: range) -> bool:
    """An institution named after what it studies or publishes: its first word a body's, every document word after
    a complement ("l'Institut américain d'études géologiques"; not "a court filing", "le rapport de l'Institut")."""
    words = [k for k in own if p.toks[k].norm not in p.cues.det]
    if not words or p.toks[words[0]].norm not in INSTITUTION_FORMS - DOCUMENTS:
        return False
    docs = [k for k in words if p.toks[k].norm in DOCUMENTS or p.toks[k].lemma in DOCUMENTS]
    return all(any(p.toks[m].norm in _OF or elided_between(p.toks[m], p.toks[m + 1]) for m in range(words[0], k))
               for k in docs)


_OF = frozenset({"de", "du", "des", "of"})
_SURVEYING = frozenset({"geological", "ordnance", "hydrographic", "biological", "geodetic", "topographic",
                        "archaeological", "zoological", "botanical", "anthropological"})


def ministry(p: Phrase) -> bool:
    """ "La Défense a confirmé": the ministry, named by its article and a capital (not "Défense et accusation")."""
    return any(t.surface == "Défense" and k > 0 and p.toks[k - 1].norm == "la" for k, t in enumerate(p.toks))


def survey_body(p: Phrase, own: range) -> bool:
    """A capitalised "Survey" after what the body surveys ("the US Geological Survey", "Ordnance Survey"), not a
    poll's name ("The Labour Force Survey showed")."""
    last = p.toks[own.stop - 1]
    return last.surface == "Survey" and own.stop - own.start >= 2 and p.toks[own.stop - 2].norm in _SURVEYING


def document_from(p: Phrase, own: range) -> bool:
    """An English phrase opening on a document's noun and naming where it comes from ("figures from the Pew Research
    Center", "data from the agency", "records from the court"): a document."""
    k = next((k for k in own if p.toks[k].norm not in p.cues.det), None)
    return p.lang == "en" and k is not None and k + 1 < len(p.toks) and p.toks[k].norm in DOCUMENTS \
        and p.toks[k + 1].norm in ("from", "by", "released", "published", "compiled") \
        and not (p.toks[k].norm in _REPORTS and outlet_like(p.toks[k + 2:]))  # "A report from the Associated Press":
    #                                                                          the medium reports (not "Data from …")


_REPORTS = frozenset({"report", "reports", "article", "story", "dispatch"})
_ACRONYM_INSIDE = re.compile(r"^(?=.*[a-zà-ÿ])\w*[A-ZÀ-Ý]{2,}")  # "MnDOT": capitals inside a word with small ones
