"""What kind of source a speaker's phrase names: a person, an organisation, an outlet, an anonymous source or a
document, read from its words (``attribution.cues``) and its capitalised names.

The phrase's own part comes before its first complement ("un haut collaborateur | du président X", "an aide |
of Senator X") and after a possessive ("X's | spokesman"): names there are someone else's, so the speaker is
unnamed. A name that opens the phrase is the speaker's ("Jake Sullivan", "la Maison Blanche"); a title followed
by a name is a person ("le porte-parole, Jean Dupont", "Prime Minister George Papandreou").

``kind_of`` reads a phrase in stages; the tests it applies are in ``phrase`` (the phrase's own part and words),
``people`` (a title, an office, a member of a group, some of them) and ``bodies`` (a medium, an agency, a ministry,
a document, a run of capitalised words).
"""
from __future__ import annotations

from ..features import Token, strip_accents
from .bodies import (LAWS, PRESS_WORDS, body_agency, body_of_studies, body_then_name, document_from, findings_of,
                     ministry, name_kind, outlet_like, outlets_service, survey_body, titled_name)
from .cues import DOCUMENTS, OUTLETS
from .people import (SOURCE_NOUNS, SPOKES, acronym_titled, ends_with_full_name, group_of_people, must_do, named_group,
                     nobody, office_acronym, office_holder, one_of_them, people_by_ending, some_of_them, some_people,
                     someone_of, title_then_full_name, unnamed_member)
from .phrase import (INSTITUTION_FORMS, Phrase, acronym_plural, definite, headed_by, institution, known_word,
                     leading_run, own_part, own_words)


_OPEN = "open"  # a stage of ``kind_of`` that does not decide: the next one reads the phrase


def kind_of(p: Phrase) -> str | None:
    """The kind of source the phrase names, "pronoun:one"/"pronoun:many" for a subject pronoun, None when it
    names nothing (only articles and small words). Read in stages, each deciding or leaving the phrase open:
    pronouns and people left unnamed; the phrase's words; a run of capitalised words its own part opens on; else a
    body before its name or an office in capitals; else its head."""
    if _self_named(p):
        return "organisation"  # "A hacking group calling itself ShadowTithe": named, by itself
    if _the_service(p):
        return "organisation"  # "les pompiers", "the emergency services": a public service speaking as one
    kind = _pronoun_or_unnamed(p)
    if kind != _OPEN:
        return kind
    own = own_part(p)
    words = own_words(p, own)
    kind = _kind_by_wording(p, own, words)
    if kind != _OPEN:
        return kind
    run = leading_run(p, own)
    if run:
        return _kind_by_run(p, own, run)
    kind = _kind_by_role(p, own)
    return kind if kind != _OPEN else _kind_by_head(p, own, words)


def _the_service(p: Phrase) -> bool:
    """A public service named by its plural with the definite article ("les pompiers", "los bomberos", "the
    emergency services", "les secours"): the service, as "la police" is; not "des pompiers", "two firefighters"."""
    words = [t.norm for t in p.toks]
    if not 2 <= len(words) <= 5 or words[0] not in _DEFINITE_PLURAL:
        return False
    if words[-1] in _SERVICES and all(w in _SERVICE_KINDS | _SERVICE_FIELDS | _SERVICE_AREAS for w in words[1:-1]):
        return True  # "the regional health services"
    return len(words) >= 4 and words[1] in _SERVICES and words[2] == "de" and words[3] in _SERVICE_FIELDS \
        and all(w in _SERVICE_AREAS for w in words[4:])  # "les services de santé régionaux" (a QA helper's wildfire)


_DEFINITE_PLURAL = frozenset({"les", "los", "the", "i", "die"})
_SERVICES = frozenset("pompiers sapeurs-pompiers secours bomberos firefighters services servicios".split())
_SERVICE_KINDS = frozenset("""emergency rescue fire ambulance d'urgence urgence de emergencia""".split())
_SERVICE_FIELDS = frozenset("health santé salud secours urgence emergencia emergency rescue fire ambulance".split())
_SERVICE_AREAS = frozenset("""regional régionaux local locaux national nationaux state county public publics
    regionales locales nacionales""".split())


def _self_named(p: Phrase) -> bool:
    """A group that names itself ("a hacking group calling itself ShadowTithe"): a named body, though a reader
    cannot check who is behind it (a QA helper's breach reports had it "on anonymous sources only")."""
    words = [t.norm for t in p.toks]
    return any(p.names[n + 1] and tuple(words[n + 1 - len(end):n + 1]) == end
               for n in range(len(words) - 1) for end in _SELF_NAMING_ENDS if n + 1 >= len(end))


_SELF_NAMING_ENDS = frozenset({("calling", "itself"), ("calls", "itself")})  # (not "un homme se faisant appeler
#                                                                                 Marco": a person)


def _pronoun_or_unnamed(p: Phrase) -> str | None:
    """A pronoun, people left unnamed ("Certains", "Police"), or nothing named; else ``_OPEN``."""
    if len(p.toks) == 1 and p.toks[0].norm in p.cues.pronouns:
        return "pronoun:" + p.cues.pronouns[p.toks[0].norm]
    if len(p.toks) == 1 and p.lang == "fr" and p.toks[0].norm in p.cues.stressed and p.toks[0].surface[:1].isupper():
        return "pronoun:" + p.cues.stressed[p.toks[0].norm]  # "Lui prône", "Eux refusent": a subject
    latter = _LATTER.get(tuple(t.norm for t in p.toks))
    if latter:
        return "pronoun:" + latter  # "ce dernier", "the latter": the one named just before
    if one_of_them(p) or group_of_people(p) or some_of_them(p) or some_people(p) or someone_of(p):
        return "anonymous"  # "Certains estiment", "d'autres affirment", "Others argue": people left unnamed
    if not any(not t.stop or p.names[k] or t.norm in DOCUMENTS | STUDIES for k, t in enumerate(p.toks)) or nobody(p) \
            or must_do(p):
        return None
    if {t.norm for t in p.toks} - p.cues.det <= _COLLECTIVE and not ministry(p):
        return "anonymous"  # "Police said", "les autorités": unnamed people of a body, not the body
    if {t.norm for t in p.toks} <= _PROSECUTORS and not any(t.norm in p.cues.det - _DEFINITE for t in p.toks):
        return "organisation"  # "prosecutors said", "les procureurs": the prosecution (not "two prosecutors")
    return _OPEN


def _kind_by_wording(p: Phrase, own: range, words: set[str]) -> str:
    """People left unnamed ("MPs"), a person after a title ("Managing Editor Angela Benson"), a document, an outlet
    or a survey body, told by the phrase's words; else what ``_kind_by_document_words`` reads (or ``_OPEN``)."""
    alone = len(p.toks) == 1  # "Prosecutors" read as a name mid-line, not "Médecins du Monde", "Reporters sans frontières"
    if all(p.toks[k].norm in p.cues.det or (p.toks[k].norm in p.cues.roles and (
            acronym_plural(p.toks[k]) or (alone and p.toks[k].norm.endswith("s")))) for k in own):
        return "anonymous"  # "MPs", "GPs", "Prosecutors" mid-line: people, though capitalised (not Paul Expert's "Expert")
    if title_then_full_name(p):
        return "person"  # "WCCO TV Managing Editor Angela Benson", "Bloomington Police Sgt. Marty Earley", "Study
        #                  author Dr. Jane Smith" (not "The letter from President Barack Obama": see the word before)
    if document_from(p, own):
        return "document"  # "figures from the Pew Research Center": the figures, whoever compiled them
    press_agency = any(t.norm in ("agence", "agences", "agency", "agencia", "agencias", "agenzia", "agência") for t in p.toks) \
        and any(t.norm in PRESS_WORDS for t in p.toks)
    if (outlet_like([p.toks[k] for k in own]) and not _state_agency(p) or press_agency or outlets_service(p, own)) \
            and not titled_name(p, own):
        return "outlet"  # not "New York Times Company chairman Arthur Sulzberger"
    if survey_body(p, own):
        return "organisation"  # "the US Geological Survey", "the British Geological Survey": a body, not a poll
    return _kind_by_document_words(p, own, words)


def _state_agency(p: Phrase) -> bool:
    """The phrase names an agency of a state or a trade by its whole wording, past its own part ("l'Agence
    vandrienne de sécurité alimentaire": "Agence vandrienne" alone reads as a press agency)."""
    return any(body_agency(list(p.toks), t) for t in p.toks) and not any(t.norm in OUTLETS for t in p.toks)
    #      (not "la agencia estatal Xinhua": a state's press agency)


def _kind_by_document_words(p: Phrase, own: range, words: set[str]) -> str:
    """A document, a spokesperson or a titled person told by the phrase's words; else ``_OPEN``."""
    if _statistics_office(p, own):
        return "organisation"
    if findings_of(p, own):
        return "document"  # "les premiers éléments de l'enquête", "the findings of the report"
    docs = DOCUMENTS | (p.cues.documents & {p.toks[k].norm for k in own})  # not "parece", whose lemma is "parecer"
    if (words & docs and (not words & p.cues.roles or headed_by(p, own, docs))
            or p.toks[own.stop - 1].norm in STUDIES or _study_done(p, own)) and not body_of_studies(p, own):
        return "document"  # "un courrier adressé aux représentants": a document, whoever it went to; "research"
        #                    (not "l'Institut américain d'études géologiques": a body named after its studies;
        #                    not "senior study author Dr. Nathan Lo")
    if p.toks[own.stop - 1].surface in LAWS and own.stop - own.start > 1:
        return "document"  # "The 1867 Anti-Injunction Act says": a law's text
    if p.toks[own.stop - 1].norm in SPOKES and not p.names[own.stop - 1]:
        return "anonymous"  # "the navy spokesperson", "A Sam's Club spokesperson": unnamed, whoever employs them
    if titled_name(p, own) or acronym_titled(p, own):
        return "person"
    return _OPEN


def _study_done(p: Phrase, own: range) -> bool:
    """ "An Ifop-Estravia poll published on Tuesday", "a poll conducted by Ifop": a study closing its own part but
    for the participle that says when or by whom it was done."""
    last = p.toks[own.stop - 1]
    return p.lang == "en" and own.stop - own.start > 1 and p.toks[own.stop - 2].norm in STUDIES \
        and last.surface.islower() and last.norm.endswith("ed")


def _statistics_office(p: Phrase, own: range) -> bool:
    """ "Statistics Norland", "Statistics Canada": a country's statistics office, named so, not its figures."""
    toks = p.toks[own.start:own.stop]
    return 2 <= len(toks) <= 3 and toks[0].surface == "Statistics" and all(t.surface[:1].isupper() for t in toks)


def _kind_by_run(p: Phrase, own: range, run: list[Token]) -> str:
    """The kind of a phrase whose own part opens on a run of capitalised words (``leading_run``)."""
    if unnamed_member(p, own, run) or named_group(p, own, run):
        return "anonymous"
    if all(t.norm in p.cues.offices for t in run) and office_holder(p, own) \
            and not any(p.toks[k].norm in INSTITUTION_FORMS - p.cues.offices for k in own):
        return "person"  # "le Premier ministre": an office, capitalised, not a body's name
    if not p.names[own.stop - 1] and institution(p.toks[own.stop - 1]):
        return "organisation"  # "The Kenilworth-based company"
    kind = _kind_by_role(p, own)
    if kind != _OPEN:
        return kind
    if _body_s_leader(p, own, run):
        return "person"  # "the Navy chief", "the Army commander": the one at its head
    if _adjective_before_noun(p, own, run):
        return _adjective_kind(p, own, run)
    return name_kind(run, p, own)


def _kind_by_role(p: Phrase, own: range) -> str:
    """A body before its name, or an office written in capitals; else ``_OPEN``."""
    if body_then_name(p, own):
        return "organisation"  # "Chinese tech giant Tencent Holdings", "the company Brightwater"
    if office_acronym(p, own):
        return "person"  # "the DA said", "le PDG": one office holder, though written in capitals
    return _OPEN


def _kind_by_head(p: Phrase, own: range, words: set[str]) -> str | None:
    """The kind of a phrase with no run of capitalised words that no earlier stage decided, read from its head
    and its words."""
    last = p.toks[own.stop - 1]
    if office_holder(p, own) or _head_of_named_body(p, own) \
            or (ends_with_full_name(p, own) and not words & INSTITUTION_FORMS):
        return "person"
    if p.lang == "en" and definite(p, own) and last.norm in _LEADERS and own.stop - own.start > 2 \
            and not any(p.toks[k].norm in p.cues.preps for k in own) and p.toks[own.stop - 2].norm not in _MARKETS:
        return "person"  # "the police chief", "the party leader": English puts the head last; one office holder
    if p.lang == "en" and last.norm in p.cues.roles and last.surface.islower() and not p.names[own.stop - 1] \
            and own.stop - own.start > 2:
        return "anonymous"  # "the police source", "the fire department official": English puts the head last
    head = next((p.toks[k] for k in own if p.toks[k].norm not in p.cues.det), None)
    if head is not None and definite(p, own) and ({head.norm, strip_accents(head.norm)} & INSTITUTION_FORMS
                                                   or (head.norm in _BODIES and own.stop - own.start <= 2)
                                                   or (head.norm in _TEAMS and head.surface.islower())):
        return "organisation"  # "le parquet général": the body, whatever its adjectives; "l'opposition"
    if p.lang == "en" and last.norm in INSTITUTION_FORMS and last.surface.islower() and definite(p, own) \
            and not p.names[own.stop - 1] and not any(_past_the_head(p.toks[k], p) for k in own):
        return "organisation"  # "the three-judge panel", "the city's planning committee": the head is last (not
        #                        "the person close to the board", "the spokesman for the company": a head before)
    if words & (p.cues.roles | p.cues.titles):
        return "anonymous"
    if words & INSTITUTION_FORMS:
        first = p.toks[own.start]
        if first.norm in p.cues.indefinite and not institution(last):
            return "anonymous"  # "a school teacher", "a hospital nurse": someone unnamed, not the school
        if first.norm in _SOME or first.is_number:
            return "anonymous"  # "des associations", "plusieurs organisations": bodies the text does not name
        if p.lang == "en" and people_by_ending(p, range(own.stop - 1, own.stop)) and not institution(last):
            return "anonymous"  # "Airport workers", "Hospital employees": people of the place, unnamed (a review)
        return "organisation"
    return "anonymous" if people_by_ending(p, own) else None


_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")  # German, Indian, Chinese, British, Israeli


def _past_the_head(t, p: Phrase) -> bool:
    """A word that follows a phrase's head: a preposition, a relative pronoun, a participle ("close to", "who heads",
    "representing")."""
    return t.norm in p.cues.preps or t.norm in ("who", "that", "which", "close") or t.norm.endswith("ing")


def _adjective_before_noun(p: Phrase, own: range, run: list[Token]) -> bool:
    """One capitalised word of the language's dictionary with a demonym's ending before a lower-case noun that
    closes the phrase ("a German military spokesman", "the Indian navy", "an Israeli army spokesman"): an adjective
    of nationality, no name; the noun says who speaks. A name runs on in capitals ("Stan Perlo", "the Ohio Teachers
    Alliance"), and a company's name is no demonym ("Apple senior vice president …"). French writes nationalities in
    lower case ("la marine indienne")."""
    if len(run) != 1 or not run[0].norm.endswith(_DEMONYM_ENDINGS) or not known_word(run[0], p.lang):
        return False
    last = p.toks[own.stop - 1]
    return last is not run[0] and not p.names[own.stop - 1] and last.surface.islower() and not last.stop


def _body_s_leader(p: Phrase, own: range, run: list[Token]) -> bool:
    """A definite article, a body's capitalised name of one institution word and a leader's noun closing the phrase
    ("the Navy chief"): English puts the head last."""
    last = p.toks[own.stop - 1]
    return p.lang == "en" and definite(p, own) and len(run) == 1 and institution(run[0]) \
        and last.surface.islower() and last.norm in _LEADERS and p.toks.index(run[0]) == own.stop - 2


def _adjective_kind(p: Phrase, own: range, run: list[Token]) -> str:
    """The kind of "the Indian navy", "a German military spokesman", "The Syrian opposition" read from the noun after
    the nationality: a body, an office, someone unnamed; else as the capitalised word would have read."""
    head = {p.toks[own.stop - 1].norm, p.toks[own.stop - 1].lemma}  # English puts the head last
    if head & (p.cues.roles | p.cues.titles):
        return "person" if office_holder(p, own) else "anonymous"
    nouns = {w for k in own if p.toks[k] is not run[0] for w in (p.toks[k].norm, p.toks[k].lemma)}
    if nouns & (INSTITUTION_FORMS | _BODIES):
        return "organisation"
    return name_kind(run, p, own)


# unnamed people acting as one ("les autorités", "authorities said"); a trial's parties ("The defense would not
# comment", "l'accusation a requis", "according to the prosecution") are no unnamed source but a party every reader
# can name: institutions (cues.INSTITUTIONS), as the court is
_COLLECTIVE = frozenset({"authorities", "autorités"})
# a trial's prosecution, as "the prosecution", and its bench, as the court ("the judges ruled", "les juges ont estimé":
# a QA helper's verdict reports had the three-judge panel's reasons "on anonymous sources only")
_PROSECUTORS = frozenset({"prosecutors", "procureurs", "fiscales", "judges", "juges", "jueces", "the", "les", "los"})
_DEFINITE = frozenset({"the", "les", "los"})
STUDIES = frozenset({"research", "poll", "polls"})  # a document when they close the phrase ("research suggests")


def _head_of_named_body(p: Phrase, own: range) -> bool:
    """ "the commander of the U.S. Navy's 5th Fleet", "the director of the FBI": the one holder of a title in a body
    the phrase names (not an unnamed spokesperson or official of it, nor "the manager of a store")."""
    kept = [p.toks[k] for k in own]
    return p.lang == "en" and len(kept) == 2 and kept[0].norm == "the" and kept[1].norm in p.cues.titles \
        and kept[1].norm not in SPOKES | SOURCE_NOUNS and own.stop < len(p.toks) \
        and p.toks[own.stop].norm == "of" and any(p.names[k] for k in range(own.stop + 1, len(p.toks)))


_LATTER = {("ce", "dernier"): "one", ("cette", "dernière"): "one", ("ces", "derniers"): "many",
           ("celui-ci",): "one", ("celle-ci",): "one", ("ceux-ci",): "many", ("celles-ci",): "many",
           ("ces", "dernières"): "many", ("the", "latter"): "one"}
_SOME = frozenset("des plusieurs certains certaines quelques nombreux nombreuses several some many various".split())
_TEAMS = frozenset({"équipe", "team"})  # "l'équipe Astana" speaks as a body; "L'Équipe" is a newspaper
_BODIES = frozenset({"opposition"})  # a body only as a whole ("selon l'opposition"), not inside a name
_LEADERS = frozenset("chief leader head president chairman chairwoman director governor mayor commander".split())
_MARKETS = frozenset("market industry sector world".split())  # "the market leader": a company
_RANK = ("person", "organisation", "outlet", "document", "anonymous")


def best_kind(kinds: list[str | None]) -> str | None:
    """Of an apposition's parts ("l'un d'eux, le Français Jean Dupont"), the most specific kind."""
    found = [k for k in kinds if k]
    if any(k.startswith("pronoun:") for k in found):
        return next(k for k in found if k.startswith("pronoun:"))
    return min(found, key=_RANK.index) if found else None
