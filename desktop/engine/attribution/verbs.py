"""Who says it, from a verb of saying: the speaker before the verb ("Des responsables ont déclaré"), set off by
commas ("Le porte-parole, Jean Dupont, a déclaré": ``attribution.asides``), after it once the statement is given (",
a annoncé un porte-parole"), after "par"/"by" for a passive. Lists of speakers are read in ``attribution.lists``,
nouns of saying in ``attribution.nouns``, "quoted as saying" in ``attribution.quoted``, the outlet a statement was
made to in ``attribution.outlets``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .asides import (RELATIVES, WHEN_DONE, WHO, antecedent, before_relative, incise, participle_aside,
                                 with_relative)
from .cues import DOCUMENTS, INSTITUTIONS
from .kind import is_place, kind_of, outlet_like, person_noun, place_name
from .lists import and_another, coordinated, shared_head
from .noun_phrases import and_in_name, name_to_comma, np_back, np_forward
from .outlet_phrases import outlet_np
from .sentence import DATE_WORDS, Found, QUOTE_MARK, Sentence, found_at, start_of
from .outlets import SPEAKING_TO, addressee, and_outlet, outlet_in_speaker
from .saying import is_say, participle, verb_cue, verb_group_start
from .statement import not_a_statement, not_reflexive, went_on_to, when_asked
from ..features import Token

_INVERTED = re.compile(r"^\w+-(?:t-)?(?:il|elle|on|ils|elles)$", re.I)


_ACTIVE_AUX = frozenset("a ont avait avaient aurait auraient has have had".split())


def _passive_agent(s: Sentence, k: int) -> int | None:
    """The token after "par"/"by" when the cue is a passive participle ("qualifié de ... par", "labeled ... by")."""
    group = {t.norm for t in s.toks[verb_group_start(s, k):k]}
    if group & _ACTIVE_AUX and not group & s.cues.passive:
        return None  # "a annoncé avoir été chargé par": the agent is not the speaker's
    by_next = s.lang == "en" and s.toks[k].norm.endswith("ed") and k + 1 < len(s.toks) and s.toks[k + 1].norm == "by" \
        and k > 0 and not s.is_name(k - 1) and s.toks[k - 1].norm not in s.cues.pronouns  # "a sapphire described by"
    if not group & s.cues.passive and not s.comma(k) and not by_next and not (
            s.cues.participles and s.toks[k].norm.endswith(s.cues.participles)):
        return None  # "The analysis said an amendment sponsored by X", "de conclure par une pique": no passive
    for j in range(k + 1, min(k + 7, len(s.toks) - 1)):
        listed = (s.toks[j].norm in ("and", "et") and s.in_quote(j - 1)) or (j == k + 1 and s.toks[j].norm == "as")
        #         'described as "irresponsible" and "outrageous" by'
        if (s.toks[j].norm in s.cues.stop_np and not listed) or (s.broken(j) and not QUOTE_MARK.search(s.gap(j))) \
                or (s.lang == "en" and s.toks[j].norm == "to" and j + 1 < len(s.toks) and s.toks[j + 1].norm == "be"):
            return None  # "assure, par la voix de son porte-parole"; "is expected to be followed by": no passive
        if s.toks[j].norm in ("par", "by"):
            if j - 1 > k and _made_by(s, j - 1):
                return None  # "said in comments released by the OPCW": the agent of "released", not of "said"
            return None if j + 1 < len(s.toks) and s.toks[j + 1].norm in _PAR_ADVERBS else j + 1
    return None


def _made_by(s: Sentence, j: int) -> bool:
    """A past participle of another verb than the cue's, before "by"/"par" ("released", "publié")."""
    t = s.toks[j]
    if s.toks[j - 1].norm in _DEGREE:
        return False  # "described as misguided by", "jugée trop élevée par": an adjective
    if s.lang == "en":
        return t.surface.islower() and t.norm.endswith("ed")
    return bool(s.cues.participles) and t.norm.endswith(s.cues.participles) and t.lemma != t.norm


_DEGREE = frozenset("as so too very more less trop très plus moins si aussi assez".split())


_PAR_ADVERBS = frozenset("ailleurs exemple contre conséquent suite hasard endroits moments far".split())  # "par ailleurs"


def _reporter_apart(s: Sentence, outlet: Found) -> list[Found]:
    """ "…, reported Alexandra Olgin of South Carolina Public Radio": the reporter speaks, through the medium
    (a first and last name, then "of"/"from" and the medium); else the medium alone."""
    toks = [k for k, t in enumerate(s.toks) if outlet.start <= t.start < outlet.end]
    m = toks[0]
    while m <= toks[-1] and s.is_name(m) and s.toks[m].surface[:1].isupper() and not outlet_like([s.toks[m]]):
        m += 1
    if m - toks[0] < 2 or m >= toks[-1] or s.toks[m].norm not in ("of", "from", "de", "du"):
        if len(toks) > 3 and kind_of(s.phrase(toks[0], toks[-1] + 1)) == "person":
            return [replace(outlet, kind="person")]  # "…, said WCCO TV Managing Editor Angela Benson": the editor
        return [outlet]
    person = found_at(s, (toks[0], m), (toks[0], toks[0]), "person")
    medium = found_at(s, (m + 1, toks[-1] + 1), (m, m), "outlet")
    return [replace(f, cue=outlet.cue) for f in (person, medium) if f]


_NOUN_PARTS = frozenset({"état", "part", "savoir", "valoir", "connaître", "garde"})  # "fait état", "mis en garde" …
_THEN = frozenset("enfin encore aussi également ensuite alors toutefois pourtant cependant finally also".split())
_CALLS = frozenset({"appeler", "call", "urge", "exhorter", "inviter"})


def _with_title_before(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Le commandant des forces colombiennes, le général Freddy Padilla a révélé": the title phrase that opens the
    sentence before a comma belongs to the named speaker after it."""
    if span is None or span[0] < 2 or not s.comma(span[0]) or not s.is_name(span[1] - 1):
        return span
    title = np_back(s, span[0], across=True)
    opens = title is not None and (title[0] == 0 or (title[0] <= _OPENING and s.comma(title[0])
                                                     and kind_of(s.phrase(0, title[0])) is None))
    if not opens or participle(s.toks[title[0]]) or not any(s.toks[m].norm in s.cues.titles and s.toks[m].surface.islower()
                                                             for m in range(*title)):  # "S'adressant à l'ambassadeur,"
        return span  # (after an opening that names no one: "Pour sa part, le chef de la diplomatie, X a déploré")
    return (title[0], span[1])


_OPENING = 4  # words of an opening set off by a comma before the subject ("Pour sa part,", "Lundi soir,")


def _past_document(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Dans sa déclaration Charles Milhaud écrit": the speaker is the name after the document (which is read as a
    source of its own)."""
    if span is None or s.toks[span[0]].norm not in ("dans", "in"):
        return span
    for m in range(span[0] + 2, span[1]):
        if s.is_name(m) and s.toks[m - 1].norm in DOCUMENTS:
            return (m, span[1])
    return span


def _unnamed_after_quote(s: Sentence, span: tuple[int, int], k: int) -> bool:
    """ '"…," the pair said', '"…," a teacher told': an article and a few words in lower case closing on a noun
    of a person (``_someone_noun``) between a quote and its verb are someone the text does not name (the role lists
    know "the neighbour", not "the widow" or "the shopkeeper")."""
    i, j = span
    if k + 1 < len(s.toks) and s.toks[k + 1].norm in ("to", "as") or not _someone_noun(s.toks[j - 1].norm):
        return False  # '"Deep Throat," the shadowy character believed to have helped': a description, no speaker
    return 1 < j - i <= 3 and j == verb_group_start(s, k) and s.toks[i].norm in s.cues.det \
        and QUOTE_MARK.search(s.gap(i)) is not None \
        and all(t.surface.islower() and t.surface.isalpha() for t in s.toks[i:j])


def _someone_noun(word: str) -> bool:
    """A noun of a person by its ending or among a few without one ("shopkeeper", "evangelist", "comedian",
    "actress", "widow"), not a text or a thing ("the warning", "the letter", "the sign")."""
    return word in _SOMEONE or (len(word) > 4 and word.endswith(_PERSON_ENDINGS) and word not in _NOT_SOMEONE)


_PERSON_ENDINGS = ("er", "ist", "ian", "or", "ess", "ee")  # "teacher", "evangelist", "comedian", "actress"
# '"…," the paper said': a newspaper or a white paper; things whose nouns end as people's do: no one
_NOT_SOMEONE = frozenset("""paper newspaper letter newsletter poster banner flyer sticker order computer monitor sensor
    indicator counter recorder folder browser trailer header footer register calendar answer number""".split())
_SOMEONE = frozenset("widow widower pair duo trio boy girl kid teen fan chef nun priest monk guard pilot spouse "
                     "fiance fiancee fiancé fiancée girlfriend boyfriend partner".split())


def _past_time_aside(s: Sentence, j: int) -> int:
    """After a time set off by commas right after the verb ("a déclaré, mardi, le ministre", "a lancé, la semaine
    dernière, son patron", "said, last week, its boss"): the token after its second comma; else ``j``."""
    if j >= len(s.toks) or not s.comma(j):
        return j
    e = j
    while e < len(s.toks) and e - j < 4 and (e == j or not s.broken(e)) \
            and (s.toks[e].is_number or s.toks[e].norm in DATE_WORDS or s.toks[e].norm in _TIME_ASIDE):
        e += 1
    timed = any(s.toks[m].norm not in _TIME_FRAMES for m in range(j, e))
    return e if j < e < len(s.toks) and timed and s.comma(e) else j


_TIME_FRAMES = frozenset("la le l this ce cette last next".split())
_TIME_ASIDE = _TIME_FRAMES | frozenset("""semaine dernière dernier prochain prochaine week month year mois année
    aujourd'hui today yesterday matin soir morning evening night""".split())


def quote_opens_on_verb(s: Sentence, k: int) -> bool:
    """A quote opening on the verb group of token ``k``, its subject outside it ("Le chef de l'Etat « a indiqué
    qu'il était sensible … »": the communiqué's words, verb and all, after the subject that said them)."""
    a = verb_group_start(s, k)
    t = s.toks[k]
    finite = s.toks[a].norm in s.cues.verb_group or (a == k and t.norm != t.lemma and (
        s.lang != "en" or t.norm.endswith("ed") or t.norm in ("said", "told", "wrote")))  # not '“ rules which'
    framed = any(verb_cue(s, m) or s.toks[m].norm in _FRAMING for m in range(a - 1))  # "Le syndicat estime que le
    #        ministre « a promis … »", "Selon la CGT, la direction « a annoncé … »": what another source says he did
    return 0 < a <= k and finite and not framed and s.gap(a).strip() in _OPENING_QUOTES and not s.in_quote(a - 1) \
        and not s.toks[a - 1].stop and all(s.in_quote(m) for m in range(a, k + 1))  # (not 'allait "continuer à
    #                                                                                   défendre"': an infinitive)


_FRAMING = frozenset("selon pour according for d'après après".split())


def _speaker_spans(s: Sentence, k: int, after: int) -> list[tuple[int, int] | None]:
    """Where the speaker of the verb cue at ``k`` may be, most likely first: before its verb group, or
    between commas before it, or after it (inverted)."""
    a = verb_group_start(s, k) - (3 if went_on_to(s, k) else 0)  # "Chief Supt Deats | went on to warn"
    if quote_opens_on_verb(s, k):
        return [np_back(s, a, across=True)]  # "Le chef de l'Etat « a indiqué …»": the subject before the quote
    while after < len(s.toks) and (s.toks[after].norm in _NOUN_PARTS or (s.toks[after].norm in _THEN and s.comma(a))
                                   or ((s.toks[after].norm == "en" or s.toks[after].norm in s.cues.verb_group)
                                       and after + 1 < len(s.toks) and s.toks[after + 1].norm in _NOUN_PARTS)
                                   or (s.toks[after].norm in DATE_WORDS and s.comma(a))) \
            and not s.broken(after):
        after += 1  # "fait état | de", "fait savoir", "…, note enfin | le rapport"
    if a > 0 and not s.broken(a) and s.toks[a - 1].norm in ("dont", "que") and after < len(s.toks) \
            and (s.toks[after].norm in s.cues.det or s.is_name(after)) and not s.broken(after):
        return [np_forward(s, after, tail=False)]  # "un rapport dont fait état Le Monde": the subject comes after
    if a > 3 and not s.broken(a) and s.toks[a - 1].norm == "whom" and s.toks[a - 2].norm == "of" \
            and s.toks[a - 3].norm in _SOME_OF_WHOM and s.comma(a - 3):
        return [(a - 3, a)]  # "five aid workers, all of whom said": some of the people just named, unnamed
    if a > 1 and not s.broken(a) and s.toks[a - 1].norm in RELATIVES:
        return [antecedent(s, np_back(s, a - 1, across=True))]  # "les riverains, qui contestent la version"
    if a > 1 and not s.broken(a) and s.toks[a - 1].norm in s.cues.pronouns and s.toks[a - 1].surface.islower():
        return [(a - 1, a)]  # "an injury he said he suffered", "après qu'il a dit": the pronoun is the subject
    if (tagged := _party_tag(s, a)) is not None:
        return [np_back(s, tagged, across=True)]  # "Rep. Nick Rahall, D-W.Va., said"
    if (named := _quoted_name_before(s, a)) is not None:
        return [named]  # "Le président de « La France insoumise » a dénoncé": the quote names, it is no statement
    bracketed = _before_brackets(s, a)  # "le groupe Webedia (AlloCiné, PurePeople...) a annoncé": before the brackets
    if bracketed is not None or (a > 0 and not s.broken(a)):
        span = _past_opening(s, np_back(s, a if bracketed is None else bracketed))
        span = _after_done(s, span) if participle(s.toks[k]) else _after_saying(s, span)  # (not "révèle un câble |
        #                                                                                    montrant")
        if span is None and s.toks[a - 1].norm in ("and", "et") and s.toks[k].norm != s.toks[k].lemma \
                and not any(verb_cue(s, m) for m in range(a - 1)):
            return [sentence_subject(s)]  # "A Labour party spokesman played down differences … and said", "… et a refusé de"
        if span is None and s.toks[a - 1].norm in s.cues.stop_np:
            return []  # "... and said": the subject was read with the first verb
        return [with_relative(s, _past_document(s, _with_title_before(s, _name_before(s, _contact_clause(s, span)))))]
    subject = subject_after_comma(s, a)
    opening = a <= 1 or (a <= 2 and s.comma(a) and s.toks[0].stop)  # "Or, relève Etienne Tête, le décret ..."
    english_aux = s.lang == "en" and a < k  # "has stressed the need": English puts no speaker after "has stressed"
    forward = None if s.toks[k].lemma in _CALLS or s.toks[k].lemma == "tell" or _infinitive_at(s, after) or english_aux \
        or (after < len(s.toks) and (s.in_quote(after) or ":" in s.gap(after))) \
        else np_forward(s, after, tail=not opening)  # "a appelé la France à", "nie avoir trahi", "a écrit : « Devinez"
    if forward is not None and not opening and not _incise_ends(s, forward):
        forward = None  # "le dalaï lama, 73 ans, …, a dénoncé la répression chinoise "brutale"": an object
    if forward is not None and _gerund(s, forward[0]):
        forward = None  # "la « mère » se défend en évoquant une adoption": how, not who
    if forward is not None and s.lang == "en" and a == k and s.toks[k].lemma == "say" and s.comma(a) \
            and _inverted_closing(s, forward) and before_relative(s, a) is None:  # "…, said the X who …"
        return [forward, _past_document(s, incise(s, a)), _past_document(s, subject)]
    return [_past_document(s, incise(s, a)), forward, _past_document(s, subject)]


_SOME_OF_WHOM = frozenset("all some many most none several both each two three four five".split())


def _gerund(s: Sentence, k: int) -> bool:
    """A French gérondif or participle clause ("en évoquant", ", évoquant une victoire,"): it opens a clause, never a
    speaker (English "said managing director Anne Lee" is a title)."""
    t = s.toks[k]
    return s.lang == "fr" and k > 0 and (s.toks[k - 1].norm == "en" or s.comma(k)) and t.surface.islower() \
        and t.norm.endswith("ant") and t.norm != t.lemma


def _inverted_closing(s: Sentence, span: tuple[int, int]) -> bool:
    """After the statement's comma, a person named or described after "said" up to the sentence's end or a relative
    clause about them that ends it ("…, killing one man, said the official who uses one name"): the inverted
    speaker, not an aside before the verb. Not the subject of what was said ("…, said the man who was fired had
    sued": a verb follows the relative clause), nor after a subject's own relative clause ("The Academy, which hands
    out the honors, said Jackman, 40, will host")."""
    i, j = span
    if j < len(s.toks) and (s.toks[j].norm not in WHO or _verb_after_clause(s, j)):
        return False
    return _names_a_person(s, span) and (s.toks[i].norm in s.cues.det or s.is_name(i) or person_noun(s.toks[i], s.cues))


def _names_a_person(s: Sentence, span: tuple[int, int]) -> bool:
    """The phrase closes on a name or holds a noun of people."""
    return s.is_name(span[1] - 1) or any(person_noun(s.toks[m], s.cues) for m in range(*span))


def _verb_after_clause(s: Sentence, j: int) -> bool:
    """After the relative pronoun at ``j`` and its clause's first words, an auxiliary opens the main clause's verb
    ("the man who was fired | had sued", "the police officer who fired | was not threatened")."""
    return any(s.toks[m].norm in _AUXILIARIES for m in range(j + 2, len(s.toks)))


_AUXILIARIES = frozenset("is are was were has have had will would could should can may might must".split())


def _after_saying(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Mr. Milliote said | prosecutors believe": a verb of saying inside the words before the cue closes another
    statement's speaker; this one's speaker comes after it."""
    if span is None:
        return None
    said = [m for m in range(span[0] + 1, span[1] - 1) if s.toks[m].norm != s.toks[m].lemma
            and s.toks[m].lemma in _CLAUSE_VERBS and verb_cue(s, m)]
    if not said or s.toks[span[1] - 1].stop \
            or any(participle(t) and t.surface.islower() for t in s.toks[said[-1] + 1:span[1]]):
        return span  # "Simpson denied | having bought a phone despite a video showing": no subject after the verb
    return _last_phrase(s, (said[-1] + 1, span[1]))


def _last_phrase(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """The second of two phrases that follow each other, the first the object of a verb before them ("announced a
    deal | analysts said", "wrote a letter | the newspaper said", "said Tuesday | the police chief told"); a phrase
    inside a complement stays ("the jurors in the majority")."""
    i, j = span
    arts = [m for m in range(i + 1, j - 1) if s.toks[m].norm in s.cues.det and s.toks[m - 1].norm not in _INSIDE]
    if arts:
        return (arts[-1], j)
    first, last = s.toks[i], s.toks[j - 1]
    people = j - i > 1 and last.surface.islower() and last.norm.endswith("s") and person_noun(last, s.cues)
    if people and not any(t.norm in _INSIDE for t in s.toks[i:j]) and (
            first.norm in s.cues.indefinite or (first.norm not in s.cues.det and first.surface.islower())):
        return (j - 1, j)  # "a deal | analysts said", "mistakes | critics say" (not "his legal advisers")
    return span


_INSIDE = frozenset("of in on at for with from to by de du des d à au aux dans sur pour avec par".split())


# Verbs of saying whose object is a clause, so that a phrase right after them is the clause's subject ("said |
# prosecutors believe"; not "told | lawmakers", "criticised | Tony Blair")
_CLAUSE_VERBS = frozenset("""say add note claim believe argue insist explain state write report suggest estimate announce
    confirm acknowledge admit reveal declare indicate allege assert contend conclude concede predict expect
    dire affirmer estimer expliquer indiquer ajouter préciser souligner déclarer annoncer penser croire juger
    rappeler noter écrire raconter reconnaître confirmer révéler""".split())


def _party_tag(s: Sentence, a: int) -> int | None:
    """Where a U.S. politician's party and state ("D-W.Va.", "R-Texas") set off by commas before token ``a`` open,
    when a name stands before them; else None."""
    if s.lang != "en" or a < 3:
        return None
    m = next((m for m in range(a - 1, max(0, a - 5), -1) if s.comma(m)), None)
    if m is None or m < 1 or not s.is_name(m - 1):
        return None
    tag = s.text[s.toks[m].start:s.toks[a - 1].end]
    return m if _PARTY_STATE.fullmatch(tag) and "," in s.gap(a) else None


_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?\.?")


def _before_brackets(s: Sentence, a: int) -> int | None:
    """Where a phrase of several words in brackets right before token ``a`` opens, when a name stands before it."""
    if a < 3 or not s.gap(a).strip().endswith(")"):
        return None
    m = next((m for m in range(a - 1, max(0, a - _SEARCH_BRACKETS), -1) if "(" in s.gap(m)), None)
    if m is None or m < 1 or a - m < 2 or s.gap(m).strip() != "(" or not s.is_name(m - 1):
        return None  # "The Superintendency of the Environment (SMA) said": an acronym stays with its name
    return m


_SEARCH_BRACKETS = 12


def _quoted_name_before(s: Sentence, a: int) -> tuple[int, int] | None:
    """A subject ending on a capitalised name in quotes right before its verb, no comma between ("Le président de
    « La France insoumise » a dénoncé"; not "« Nous irons », a déclaré"): the subject with the quoted name."""
    gap = s.gap(a)
    if a < 3 or "," in gap or not any(q in gap for q in "»\"”"):
        return None
    m = next((m for m in range(a - 1, max(0, a - _SEARCH_BRACKETS), -1) if s.broken(m)), None)
    if m is None or m < 2 or not any(q in s.gap(m) for q in "«\"“") or "," in s.gap(m) \
            or not s.toks[m].surface[:1].isupper() or s.toks[m - 1].norm not in s.cues.complement:
        return None
    back = np_back(s, m - 1)
    return (back[0], a) if back is not None else None


def _infinitive_at(s: Sentence, k: int) -> bool:
    """A French infinitive opens what follows the verb ("nie avoir trahi les Farc", "dit être innocent"): the
    statement itself, not an inverted speaker."""
    if s.lang != "fr" or k >= len(s.toks) or s.broken(k) or s.is_name(k):
        return False
    t = s.toks[k]
    adverb = t.norm in s.cues.verb_group or t.norm in s.cues.stop_forward  # "a souligné hier Jean Leonetti"
    return t.norm in ("avoir", "être") or (t.norm == t.lemma and not t.stop and not adverb
                                           and t.norm.endswith(("er", "ir", "re")))


def _contact_clause(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "a program | Iran says it needs": an English relative clause without "that" opens on the country or city
    that speaks, after a thing's noun (not "the company Brightwater said", "chief executive Dana Whitcombe said",
    "the opposition Liberal Democrats said")."""
    if span is None or s.lang != "en":
        return span
    m = span[1]
    while m > span[0] and s.is_name(m - 1) and s.toks[m - 1].surface[:1].isupper():
        m -= 1
    place = (span[1] - m == 1 and is_place(s.toks[m], s.lang)) or place_name(list(s.toks[m:span[1]]), s.lang)
    if m - 2 != span[0] or s.toks[span[0]].norm not in s.cues.det or not place:
        return span  # an article, a thing's noun, a place: not "The veteran striker Jordan", "goalkeeper Jordan Pickford"
    before = s.toks[m - 1]
    thing = before.surface.islower() and not before.stop and not person_noun(before, s.cues) \
        and before.norm not in INSTITUTIONS and before.lemma not in INSTITUTIONS and before.norm not in DOCUMENTS
    return (m, span[1]) if thing else span


def _name_before(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "…, Alan Milburn, Labour's election strategist told": a description of a person after their name and a
    comma, the name opening a clause, is one phrase with it."""
    if span is None or span[0] < 2 or not s.comma(span[0]) or not s.is_name(span[0] - 1):
        return span
    j = span[0] - 1
    while j > 0 and s.is_name(j - 1) and not s.broken(j):
        j -= 1
    described = any(person_noun(t, s.cues) for t in s.toks[span[0]:span[1]])
    return (j, span[1]) if described and span[0] - j >= 2 and (j == 0 or s.comma(j)) else span


def _after_done(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The object a participle's subject is, without the verb that did something to it ("ont signé | une déclaration
    commune … décrivant": the declaration describes, not "signé une déclaration")."""
    if span is None or span[1] - span[0] < 2 or span[0] == 0:
        return span
    first, before = s.toks[span[0]], s.toks[span[0] - 1]
    if before.norm in s.cues.verb_group and first.surface.islower() and first.norm != first.lemma \
            and s.toks[span[0] + 1].norm in s.cues.det:
        return span[0] + 1, span[1]
    return span


def _past_opening(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject phrase without the connective and the moment a sentence opens on, when no comma sets them off
    ("However on March 6 | Mr Joseph wrote", "Mais mardi | le ministre a dit"): from the first article, title, name
    or pronoun after them (a phrase after a preposition that says no moment stays as it is: "in a 58-page report")."""
    if span is None:
        return None
    opener = next((m for m in range(span[0], -1, -1) if s.toks[m].norm in SPEAKING_TO), None) \
        if span[0] <= 1 else None
    if opener is not None:
        return _after_speaking(s, opener, span)
    connective = s.toks[span[0]].norm in _CONNECTIVES
    i = span[0] + connective
    after_pause = span[0] > 0 and s.toks[span[0] - 1].norm in WHEN_DONE and not s.broken(span[0]) \
        and (s.toks[i].norm in s.cues.det or s.toks[i].surface.islower())  # "After | the fight", not "after | Fed chairman X"
    opening = s.toks[i].norm in _DURING | WHEN_DONE or (
        s.toks[i].norm in ("in", "en") and i + 1 < span[1] and s.toks[i + 1].norm in _DURING)  # "In between rounds"
    if (after_pause or opening) and i + 1 < span[1]:
        return _closing_name(s, span)  # "During his time on the witness stand | Mr Sullivan told jurors",
        #                                "In between rounds | trainer Emanuel Steward told", "After the fight | …"
    m, timed = span[0] + connective, False
    while m < span[1] - 1:
        t = s.toks[m]
        if t.norm in _WHEN or t.is_number or (t.norm in s.cues.preps and not s.is_name(m)):
            m, timed = m + 1, timed or (t.norm in _WHEN and t.norm not in s.cues.preps and t.norm not in _AT)
            continue
        named = t.norm in s.cues.det or t.norm in s.cues.titles or t.norm in s.cues.pronouns or s.is_name(m)
        return (m, span[1]) if named and (timed or (connective and m == span[0] + 1)) else span
    return span


def _after_speaking(s: Sentence, opener: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Speaking to the BBC News website Mr Molyneux said", "Speaking to the Boston Globe Mr Hart said": the
    speaker is the title and name closing the phrase, after the medium spoken to (``attribution.outlets.spoken_to``);
    the phrase as it is when no medium opens it, None when nothing follows the medium."""
    medium = outlet_np(s, opener + 2) if opener + 2 < span[1] else None
    if medium is None or medium[1] <= span[0]:
        return span
    titles = [m for m in range(medium[0], span[1]) if s.toks[m].norm in s.cues.titles]
    start = titles[-1] if titles else medium[1]
    while start < span[1] and not s.is_name(start) and s.toks[start].norm not in s.cues.titles:
        start += 1  # "website | Mr Molyneux"
    return (start, span[1]) if start < span[1] else None


def _closing_name(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """The name closing the phrase, with its title ("… on Tuesday | Mr Ebbers"), or the phrase as it is when no
    name closes it."""
    k = span[1]
    while k > span[0] + 1 and s.is_name(k - 1):
        k -= 1
    if k == span[1]:
        return span
    while k < span[1] - 1 and s.toks[k].norm in _WHEN:
        k += 1  # "on Tuesday | Mr Ebbers"; "the vote | Senate Majority Leader Harry Reid" stays whole
    return (k - 1, span[1]) if s.toks[k - 1].norm in s.cues.titles and k - 1 > span[0] else (k, span[1])


_DURING = frozenset("during throughout between pendant durant lors entre".split())  # a moment the phrase opens on
_AT = frozenset({"on", "in", "at"})
_CONNECTIVES = frozenset("however but and yet still meanwhile also then so mais cependant pourtant toutefois puis "
                         "ensuite et or".split())
_WHEN = frozenset("""on in at early late last this next january february march april may june july august september
    october november december monday tuesday wednesday thursday friday saturday sunday morning evening night week
    month year début fin mi janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche matin soir hier semaine mois année later earlier now today
    yesterday tonight afterwards subsequently previously recently finally aujourd'hui demain""".split())


def subject_after_comma(s: Sentence, a: int) -> tuple[int, int] | None:
    """The subject of a verb group set off by a comma: the phrase before it when it opens the sentence or the
    clause ("Le PDG X, s'est défendu"), or a subject described between commas (``_described_subject``)."""
    back = np_back(s, a, across=True) if a > 0 and s.comma(a) else None
    opens = back is not None and (back[0] == 0 or (s.broken(back[0]) and not s.comma(back[0])))
    return back if opens else _described_subject(s, back)


def _named_and_described(s: Sentence, a: int) -> tuple[int, int] | None:
    """A subject opening the sentence with one capitalised word and a description between commas ("Mohamed, un
    boucher du quartier, confirme", "Soelistyo, head of Indonesia's search and rescue agency, told"): someone the
    report names, whatever the description's words tell."""
    span = subject_after_comma(s, a)
    if span is None or span[0] != 0 or span[1] < 3 or not s.comma(1) or s.toks[0].stop:
        return None
    return span if s.toks[0].surface[:1].isupper() and s.toks[0].surface[1:].islower() else None


def _described_subject(s: Sentence, back: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject described between commas after an opening phrase ("Sollicité par l'AFP, | un des avocats de
    Jérôme Kerviel, Me Guillaume Selnet, | n'a pas souhaité", "Au cours de cette rencontre, | le dalaï lama,
    73 ans, prix Nobel de la Paix et figure de la non-violence, | a dénoncé"): back from the phrase before the
    verb, across commas and "et", to the sentence start; the subject runs from its first phrase opening with an
    article, a title or a name, every phrase before it an opening one (a preposition, a participle)."""
    if back is None:
        return None
    starts, i = [back[0]], back[0]
    while i > 0 and back[1] - i < _SEARCH_SUBJECT:
        gap = s.gap(i)
        if s.broken(i) and not s.comma(i):
            return None  # a quote, a colon, a bracket: no subject of this verb before it
        prev = s.toks[i - 1]
        if (prev.norm in s.cues.stop_np and prev.norm not in ("et", "and")) or is_say(s, i - 1):
            return None  # "qui a dit", "mais": another clause
        if "," in gap:
            starts.append(i)
        i -= 1
    if i > 0:
        return None
    starts.append(0)
    starts = sorted(set(starts))
    for start, stop in zip(starts, starts[1:] + [back[1]]):
        first = s.toks[start]
        named = s.is_name(start) or (start == 0 and all(t.surface[:1].isupper() and not t.stop
                                                        for t in s.toks[start:stop]))  # "Mohamed, un voisin,"
        if first.norm in s.cues.det or first.norm in s.cues.titles or named:
            if stop < back[1] and (s.toks[stop].norm in WHEN_DONE or participle_aside(s, (stop, back[1]))):
                return (start, stop)  # "Chavez, | après avoir obtenu …, | avait appelé", "X, | contactée hier, |"
            return (start, back[1]) if start > 0 or not first.stop or first.norm in s.cues.det else None
        if not _opening(s, start):
            return None  # "Egyptian officials met Russian envoys in Cairo, London and …": another clause
    return None


def _opening(s: Sentence, k: int) -> bool:
    """Whether token ``k`` opens a phrase set before the subject: a preposition ("Au cours de", "Du Québec",
    "After the meeting"), a participle ("Sollicité par l'AFP"), an adverb or a day ("Hier", "Yesterday")."""
    t = s.toks[k]
    return t.norm in _OPENERS or t.norm in s.cues.preps or t.norm in s.cues.stop_forward \
        or (t.lemma != t.norm and t.norm.endswith(("é", "ée", "és", "ées", "ed", "ing"))) \
        or t.norm.endswith(("ment", "ly"))


_OPENERS = frozenset("""au aux du dans après avant lors pendant depuis sur sous avec malgré outre hier aujourd'hui
    in on at after before during with for from since despite yesterday today""".split())


_SEARCH_SUBJECT = 40  # words from a described subject's start to its verb


def _incise_ends(s: Sentence, span: tuple[int, int]) -> bool:
    """Whether a phrase after the verb may be its inverted speaker: an object goes on into a quoted word ("a
    dénoncé la répression chinoise "brutale""), the speaker of an incise does not ("…, a déclaré le ministre, …",
    "… et un diplomate américain", "explique dans un communiqué l'Américain qui vient d'annoncer son retour")."""
    e = span[1]
    if e >= len(s.toks):
        return True
    gap = s.gap(e)
    quoted = ((s.in_quote(e) and not s.in_quote(span[0])) or QUOTE_MARK.search(gap)) and not _CLOSES.search(gap)
    return not quoted


_CLOSES = re.compile(r"[,;:.()–—]")  # "suppute l'Afub, « les banques … »": the quote after the speaker's comma


def from_verb(s: Sentence, k: int) -> list[Found]:
    if not_reflexive(s, k, {t.norm for t in s.toks[verb_group_start(s, k):k]}) or when_asked(s, k):
        return []  # "a demandé à la Chine une aide", "les aides demandées par la Russie": no statement, no medium;
        #            "When asked by the prosecution": the one who answers speaks
    outlet, after = addressee(s, k)
    out = [outlet, *and_outlet(s, after, outlet.cue)] if outlet else []
    after = after if outlet else _past_time_aside(s, after)
    a = verb_group_start(s, k)
    if outlet and outlet.cue[1] == s.toks[k].end and s.comma(a) and s.toks[k].lemma != "tell" and not incise(s, a):
        return _reporter_apart(s, outlet) + out[1:]  # "..., écrit Les Echos": the medium is the inverted speaker
    agent = _passive_agent(s, k)
    if agent is None and (narrative := _narrative_infinitive(s, k)):
        return [narrative, *out]
    if agent is None and not_a_statement(s, k):
        return out if s.toks[k].lemma in _ASKED else []  # "interrogé sur France Info"; not "proposées sur le site"
    if agent is not None:
        spans = [np_forward(s, agent)]
    elif participle(s.toks[k]) and k > 0 and (s.comma(k) or s.toks[k].lemma in _SAYING):
        if any(_INVERTED.match(t.surface) for t in s.toks[:k]) or any(verb_cue(s, m) for m in range(1, k)):
            return out  # '« ... », a-t-il fait valoir, regrettant', '…, he claimed, saying': the speaker, read already
        spans = [_clause_subject(s, k) or sentence_subject(s)]  # "X a cherché à rassurer, affirmant que": the
        #                                 subject of the sentence, or of its clause ("…, but LaSalle refused, saying")
    else:
        spans = _speaker_spans(s, k, after)
    cue_end = k if outlet is None else max(k, _token_at(s, outlet.cue[1]))
    cue = (verb_group_start(s, k), cue_end)
    spans = [_without_stressed(s, sp) if sp else sp for sp in spans]
    span, who = next(((sp, f) for sp in spans if sp for f in [found_at(s, sp, cue)] if f), (None, None))
    if who is None and spans and spans[0] and _unnamed_after_quote(s, spans[0], k):
        span, who = spans[0], found_at(s, spans[0], cue, fallback="anonymous")  # '"…," the pair said'
    first = s.toks[span[0]] if span is not None else None
    if who is not None and agent is None and span[0] >= after and first.norm not in s.cues.det \
            and first.norm not in s.cues.titles \
            and not s.is_name(span[0]) and start_of(s, span[0]) == first.start:  # not "l'arrêté"
        named = _titled_name_in(s, span)  # "a assuré sur le même ton rassurant M. de Castries"
        described = _described_name_closing(s, span, k)
        named = span if described else named  # "…, said national disaster agency spokesman Nugroho": all of it
        span, who = (named, found_at(s, named, cue)) if named else (None, None)
        if described and who is not None and who.kind == "anonymous":
            who = replace(who, kind="person")  # "disaster agency official Fauzi": the official is named
    if who is None and agent is None and (named := _named_and_described(s, verb_group_start(s, k))):
        span, who = named, found_at(s, named, cue, fallback="person")  # "Soelistyo, head of the agency, told"
    if who is None and agent is None and _after_statement(s, k, after) and not _infinitive_at(s, after) \
            and s.toks[k].lemma != "tell" and not (s.lang == "en" and verb_group_start(s, k) < k):
        #  not '…, called "Support Officer Wilson," told followers' (whom it told), nor "…, has stressed the need"
        span = np_forward(s, after)  # '« ... », a insisté le nouveau venu': whoever speaks after a quote
        if span and not QUOTE_MARK.search(s.gap(verb_group_start(s, k))) and not _incise_ends(s, span):
            span = None  # "…, figure de la non-violence, a dénoncé la répression chinoise "brutale"": an object
        if span and s.lang == "en" and not _phrase_ends(s, span):
            span = None  # 'who earned a nomination for "Revolutionary Road," said strike concerns are hitting': what
            #              was said goes on after the phrase, which is no speaker
        if span and _gerund(s, span[0]):
            span = None  # "la « mère » se défend en évoquant une adoption": how, not who
        who = found_at(s, span, cue, fallback="anonymous") if span else None
    if who and who.kind not in ("document", "pronoun:it") and ((participle(s.toks[k]) and not s.comma(k))
                                           or s.toks[k].lemma in s.cues.documents_only):
        who = None  # "aucun signe indiquant que", "la Chine a montré": only a document shows or indicates
    closes = k + 1 == len(s.toks) and s.comma(verb_group_start(s, k) - 1 if span is None else span[0])
    if who and s.toks[k].lemma in s.cues.with_que and not _que_follows(s, k) and not _after_statement(s, k, after) \
            and not closes:  # "…, the Law Lords have ruled."
        who = None  # "soutenir que" reports a claim, "soutenir un projet" does not
    if who is None:
        return outlet_in_speaker(s, span, k) + out
    if who.kind == "anonymous" and (shared := shared_head(s, span)) and (whole := found_at(s, shared, cue)):
        span, who = shared, whole  # "Russian and Iranian officials said": one group of people
    if span[0] > 1 and and_in_name(s, span[0] - 1) and (before := np_back(s, span[0] - 1)) \
            and (whole := found_at(s, (before[0], span[1]), cue)):
        span, who = (before[0], span[1]), whole  # "Le ministre de la Santé et des Solidarités a dit": one office
    return [*coordinated(s, span, cue), who, *and_another(s, span, cue, after)] + outlet_in_speaker(s, span, k) + out


_STRESSED = frozenset({"lui", "elle", "eux", "elles"})
_ASKED = frozenset({"interroger", "interrogé", "questionner", "interviewer", "ask", "interview"})  # the medium asked


def _without_stressed(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """ "L'UMP, elle, affirme", "Le PS, lui, a dénoncé": the stressed pronoun after a comma repeats the speaker
    before it; the speaker is that phrase."""
    a, b = span
    if b - a > 1 and s.toks[b - 1].norm in _STRESSED and s.comma(b - 1):
        return a, b - 1
    return span


def _narrative_infinitive(s: Sentence, k: int) -> Found | None:
    """ "Et le premier ministre de conclure", "Et Paul Martin d'ajouter": the narrative infinitive, its subject
    between "Et" and "de"."""
    if k < 3 or s.toks[0].norm != "et" or any(s.broken(m) for m in range(2, k + 1)):
        return None
    elided = s.text[max(0, s.toks[k].start - 2) : s.toks[k].start].lower() in ("d'", "d’")
    end = k if elided else k - 1
    if not elided and s.toks[k - 1].norm != "de":
        return None
    return found_at(s, (1, end), (end if not elided else k, k)) if end > 1 else None


def _titled_name_in(s: Sentence, span: tuple[int, int]) -> tuple[int, int] | None:
    """The title and name closing a phrase ("sur le même ton rassurant M. de Castries": "M. de Castries"), with the
    words before when they end on a role ("senior study author Dr. Nathan Lo")."""
    for m in range(span[0] + 1, span[1]):
        particle = m + 2 < span[1] and s.toks[m + 1].norm in s.cues.complement and s.is_name(m + 2)  # "M. de Castries"
        if s.toks[m].norm in s.cues.titles and m + 1 < span[1] and (s.is_name(m + 1) or particle):
            return span if person_noun(s.toks[m - 1], s.cues) else (m, span[1])  # "senior study author Dr. Lo"
    return None


def _described_name_closing(s: Sentence, span: tuple[int, int], k: int) -> bool:
    """After a statement and its comma, the speaker of "said" is a description without an article closed by a name,
    up to the sentence end or a comma ("…, said disaster agency official Fauzi", "…, said witness Angela Benson,
    who …"): all of it names the speaker (not "…, criticised club owner Mike Ashley": an object)."""
    i, j = span
    return s.toks[k].lemma == "say" and s.comma(verb_group_start(s, k)) and s.is_name(j - 1) \
        and (j == len(s.toks) or s.comma(j)) and _names_a_person(s, span) and not any(s.toks[m].stop for m in range(i, j))


def _phrase_ends(s: Sentence, span: tuple[int, int]) -> bool:
    """No verb goes on after the phrase ("said strike concerns | are hitting"): it may be the speaker ("said doctor
    Ema Suryani | to AFP")."""
    j = span[1]
    return j >= len(s.toks) or s.broken(j) or not (s.toks[j].norm in _AUXILIARIES or verb_cue(s, j))


def _after_statement(s: Sentence, k: int, after: int) -> bool:
    """The verb follows its statement and its speaker follows it: after a quote, or after a comma when an article
    opens the phrase after the verb ("..., rappellent les hydrologues")."""
    a = verb_group_start(s, k)
    gap = s.gap(a)
    if QUOTE_MARK.search(gap):
        return True
    opens = after < len(s.toks) and (s.toks[after].norm in s.cues.det or s.toks[after].norm in s.cues.titles)
    as_said = a > 0 and s.toks[a - 1].norm in ("comme", "as") and gap.lower().rstrip().endswith(("l'", "l’")) \
        or (0 < a < k and s.toks[a - 1].norm == "comme" and s.toks[a].norm == "le" and not s.broken(a))
    #  "comme le réclamait Chantal Sébire"
    opens = opens or (as_said and after < len(s.toks) and s.is_name(after))  # "comme l'explique Yann Padova"
    return (s.comma(a) or as_said) and opens and not participle(s.toks[k])  # "..., s'est réjoui M. Pauget",
    #                                                                          "comme l'a affirmé le quotidien"


def _que_follows(s: Sentence, k: int) -> bool:
    """ "soutient que", "propose de réduire": a statement follows the verb."""
    nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
    if nxt is not None and s.gap(k + 1).strip().lower() in ("d'", "d’") and _infinitive_form(nxt):
        return True
    return nxt is not None and (nxt.norm in ("que", "that") or s.gap(k + 1).strip().lower() in ("qu'", "qu’")
                                or (nxt.norm == "de" and k + 2 < len(s.toks) and _infinitive_form(s.toks[k + 2]))
                                or _quoted_words_after(s, k) >= _QUOTED_STATEMENT)  # 'exclut « un comité … »'


_QUOTED_STATEMENT = 4  # words of a quote read as what is said ('propose « Les Misérables »' names a work)


def _quoted_words_after(s: Sentence, k: int) -> int:
    """Words of the quote that opens right after token ``k``, 0 when none does."""
    if k + 1 >= len(s.toks) or s.gap(k + 1).strip()[:1] not in _OPENING_QUOTES:
        return 0
    quote = next(((a, b) for a, b in s.quotes if a <= s.toks[k + 1].start < b), None)
    return len(s.text[quote[0]:quote[1]].split()) if quote else 0


_OPENING_QUOTES = frozenset("«\"“")


def _infinitive_form(t: Token) -> bool:
    return t.norm == t.lemma and t.norm.endswith(("er", "ir", "re")) and t.norm not in ("notre", "votre")


_SAYING = frozenset({"say", "dire", "add", "ajouter"})  # "X downplayed it saying that": X says it


def sentence_subject(s: Sentence, first: int = 0) -> tuple[int, int] | None:
    """The phrase a sentence (or its clause from token ``first``) opens with, up to its verb (a word of ``stop_np``
    or a cue), at most 8 words; after a short opening set off by a comma that names no one ("Lundi midi, le
    premier ministre a dû intervenir")."""
    if s.toks and s.in_quote(first):
        return None  # 'Rien n'est joué", a-t-il dit, regrettant': the quote has no subject of its own
    start = first
    opening = next((m for m in range(first + 1, min(first + 5, len(s.toks))) if s.comma(m)), None)
    if opening is not None and (kind_of(s.phrase(first, opening)) is None or s.toks[first].norm in _PREPOSITIONS):
        start = opening  # "Lundi midi,", "Dans un communiqué,": no subject
    e = start
    while e < min(start + 8, len(s.toks)) and (e == start or not s.broken(e)) and s.toks[e].norm not in s.cues.stop_np \
            and not (e > start and is_say(s, e)) and not _verb_after_name(s, start, e) and not _past_verb(s, start, e):
        e += 1
    if start < e < len(s.toks) and s.comma(e) and (named := name_to_comma(s, e)) and named < len(s.toks):
        e = named  # "un porte-parole du Hamas, Sami Abou Zouhri, a rendu hommage … et affirmé"
    return (start, e) if e > start else None


def _clause_subject(s: Sentence, k: int) -> tuple[int, int] | None:
    """The subject of the clause that token ``k`` ends, after the last ", but" / ", et" joining two clauses
    before it, when a verb follows that subject before ``k`` (not the last item of a list: "thanked the police,
    the firefighters, and the volunteers, saying"); None when no such clause."""
    m = next((m for m in range(k - 2, 0, -1) if s.comma(m) and s.toks[m].norm in _CLAUSE_JOINS
              and not s.broken(m + 1) and not s.in_quote(m) and _opens_subject(s, m + 1)), None)
    if m is None:
        return None
    if s.toks[m + 1].norm in s.cues.pronouns and s.toks[m + 1].surface.islower():
        return (m + 1, m + 2)  # "…, but he changed course, saying"
    subject = sentence_subject(s, m + 1)
    if subject is None or subject[1] >= k - 1 or s.broken(subject[1]) or s.toks[subject[1]].norm in RELATIVES \
            or s.toks[subject[1]].norm in ("that", "que", "qu"):
        return None  # "…, and the volunteers who helped them, saying": an object with its relative clause
    inner = [n for n in range(subject[0] + 1, subject[1]) if s.toks[n].norm in s.cues.det
             and s.toks[n - 1].norm not in s.cues.complement | s.cues.preps]
    return None if inner else subject  # "and the way the board handled them": a clause inside an object


def _opens_subject(s: Sentence, m: int) -> bool:
    """Token ``m`` may open a clause's subject: an article, a name or a pronoun (not "then lied to police": a
    second verb of the same subject)."""
    t = s.toks[m]
    return t.norm in s.cues.det or t.norm in s.cues.pronouns or s.is_name(m)


_CLAUSE_JOINS = frozenset("but and yet while whereas mais et alors tandis".split())
_PREPOSITIONS = frozenset("dans selon après avant pendant lors depuis in on at after before during since".split())


def named_subject(s: Sentence, k: int, pronoun: str) -> Found | None:
    """The subject the sentence opens on, when it names someone or something by a proper name and an inverted
    pronoun that agrees with it reports what it says ("La société allemande Wirecard, plongée dans un scandale,
    dépose le bilan, a-t-elle annoncé"): the guide's speaker is the name in the sentence, not its pronoun. A subject
    without a name ("Le gouvernement, affaibli, doit démissionner, a-t-il estimé") is what the report's earlier
    speaker talks about, and the pronoun stays theirs."""
    span = sentence_subject(s)
    if span is None or span[0] != 0 or span[1] >= k or not s.comma(span[1]):
        return None
    first = s.toks[0].norm
    gender = _FEMININE if first in _FEMININE else _MASCULINE if first in _MASCULINE else None
    if gender is None or pronoun.lower() not in gender:
        return None
    if not any(s.is_name(m) and s.toks[m].surface[:1].isupper() for m in range(1, span[1])):
        return None
    found = found_at(s, span, (k, k))
    return found if found and found.kind in ("person", "organisation") else None


_FEMININE = frozenset({"la", "une", "cette", "mme", "elle"})  # the article or title opening the subject, its pronoun
_MASCULINE = frozenset({"le", "un", "ce", "cet", "m", "il"})


def _past_verb(s: Sentence, start: int, e: int) -> bool:
    """An English verb in the past after a noun ("A Labour party spokesman | played down"): the subject ends."""
    t, before = s.toks[e], s.toks[e - 1] if e > start else None
    return s.lang == "en" and before is not None and e > start + 1 and t.norm.endswith("ed") and t.norm != t.lemma \
        and t.surface.islower() and not before.stop and before.norm not in s.cues.det


def _verb_after_name(s: Sentence, start: int, e: int) -> bool:
    """A sentence opening on a bare name: the first small word after the name is its verb ("Souness | dropped
    Bellamy for the game, claiming"); a phrase opening on an article runs on ("Le ministre de la Santé")."""
    first = s.toks[start]
    if e <= start or first.norm in s.cues.det or not first.surface[:1].isupper() or first.stop:
        return False
    t = s.toks[e]
    return t.surface[:1].islower() and t.norm not in s.cues.complement and t.norm not in s.cues.det \
        and not _title_word(t, s) and s.toks[e - 1].surface[:1].isupper() \
        and all(x.surface[:1].isupper() or _title_word(x, s) for x in s.toks[start:e])
    #   "Conservative co chairman Liam Fox | derided the photo call, saying"


def _title_word(t: Token, s: Sentence) -> bool:
    return person_noun(t, s.cues) or t.norm in _TITLE_PARTS


_TITLE_PARTS = frozenset({"co", "vice", "ex", "deputy", "sous"})


def _token_at(s: Sentence, end: int) -> int:
    return next(k for k, t in enumerate(s.toks) if t.end == end)
