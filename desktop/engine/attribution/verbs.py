"""Who says it, from a verb of saying: the speaker before the verb ("Des responsables ont déclaré"), set off by
commas ("Le porte-parole, Jean Dupont, a déclaré": ``attribution.asides``), after it once the statement is given (",
a annoncé un porte-parole"), after "par"/"by" for a passive. Where the speaker's phrase may lie around the verb is
read in ``attribution.verb_spans``, a clause's subject in ``attribution.subjects``. Lists of speakers are read in
``attribution.lists``, nouns of saying in ``attribution.nouns``, "quoted as saying" in ``attribution.quoted``, the
outlet a statement was made to in ``attribution.outlets``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..features import Token
from .asides import incise
from .bodies import outlet_like
from .dropped_subjects import dropped_subject_at
from .german import time_phrase_end
from .kind import kind_of
from .lists import and_another, coordinated, shared_head
from .noun_phrases import and_in_name, np_back, np_forward
from .outlets import addressee, and_outlet, outlet_in_speaker
from .phrase import person_noun
from .saying import verb_cue
from .sentence import QUOTE_MARK, TIME_ASIDE, TIME_FRAMES, Found, Sentence, date_word, found_at, start_of
from .statement import not_a_statement, not_reflexive, when_asked
from .subjects import clause_subject, named_and_described, sentence_subject
from .verb_groups import participle, verb_group_start
from .verb_spans import AUXILIARIES, OPENING_QUOTES, gerund, incise_ends, infinitive_at, names_a_person, speaker_spans


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
    if s.cues.verb_second and j < len(s.toks) and not s.broken(j):
        return time_phrase_end(s.toks, j)  # "…, sagte Anfang der Woche | ein Sprecher der Stadt"
    if j >= len(s.toks) or not s.comma(j):
        return j
    for words in _CONNECTIVES:  # "…, dijo, por su parte, el portavoz", "a déclaré, pour sa part, le ministre"
        e = j + len(words)
        if e < len(s.toks) and tuple(t.norm for t in s.toks[j:e]) == words and s.comma(e) \
                and not any(s.broken(m) for m in range(j + 1, e)):
            return e
    e = j
    while e < len(s.toks) and e - j < 4 and (e == j or not s.broken(e)) \
            and (s.toks[e].is_number or date_word(s.toks[e]) or s.toks[e].norm in TIME_ASIDE):
        e += 1
    timed = any(s.toks[m].norm not in TIME_FRAMES for m in range(j, e))
    return e if j < e < len(s.toks) and timed and s.comma(e) else j


_CONNECTIVES = (("por", "su", "parte"), ("sin", "embargo"), ("no", "obstante"), ("a", "su", "vez"), ("además",),
                ("pour", "sa", "part"), ("pour", "leur", "part"), ("toutefois",), ("cependant",), ("however",),
                ("for", "his", "part"), ("for", "her", "part"), ("for", "its", "part"), ("in", "turn"))


def from_verb(s: Sentence, k: int) -> list[Found]:
    """Who says it, from the verb of saying at token ``k``: the medium it was said to, the speaker (before the verb,
    after it, a passive's agent, a narrative infinitive's subject) and the speakers joined to it."""
    if not_reflexive(s, k, {t.norm for t in s.toks[verb_group_start(s, k):k]}) or when_asked(s, k):
        return []  # "a demandé à la Chine une aide", "les aides demandées par la Russie": no statement, no medium;
        #            "When asked by the prosecution": the one who answers speaks
    outlet, after = addressee(s, k)
    out = [outlet, *and_outlet(s, after, outlet.cue)] if outlet else []
    after = after if outlet else _past_time_aside(s, after)
    if not outlet and after == k + 1 and after < len(s.toks) and (s.toks[k].lemma, s.toks[after].norm) in _SAID_WITH:
        after += 1  # "hanno reso noto i vigili del fuoco": the speaker after the verb's word
    a = verb_group_start(s, k)
    if outlet and outlet.cue[1] == s.toks[k].end and s.comma(a) and s.toks[k].lemma != "tell" and not incise(s, a):
        return _reporter_apart(s, outlet) + out[1:]  # "..., écrit Les Echos": the medium is the inverted speaker
    agent = _passive_agent(s, k)
    if agent is None and (narrative := _narrative_infinitive(s, k)):
        return [narrative, *out]
    if agent is None and not_a_statement(s, k):
        return out if s.toks[k].lemma in _ASKED else []  # "interrogé sur France Info"; not "proposées sur le site"
    if agent is None and (unnamed := dropped_subject_at(s, k, after, cue_of(s, k, outlet))):
        return [unnamed, *out]
    spans = _speaker_candidates(s, k, agent, after)
    if spans is None:
        return out  # '« ... », a-t-il fait valoir, regrettant', '…, he claimed, saying': the speaker, read already
    cue = cue_of(s, k, outlet)
    span, who = _speaker(s, k, spans, cue, agent, after)
    if who is not None and who.kind == "anonymous" and s.toks[k].norm in _ING_NOUNS:
        return out  # "A sign was posted at the entrance, warning that …": no one unnamed speaks
    if who is not None and s.toks[k].lemma in _EXPECTING and _compared(s, span):
        return out  # "a bigger increase than markets had expected": a comparison with what someone expected
    if who is None or not _says_here(s, k, span, who, after):
        return outlet_in_speaker(s, span, k) + out
    span, who = _whole_speaker(s, span, who, cue)
    return [*coordinated(s, span, cue), who, *and_another(s, span, cue, after)] + outlet_in_speaker(s, span, k) + out


def cue_of(s: Sentence, k: int, outlet: Found | None) -> tuple[int, int]:
    """The cue's tokens: the verb group, through the medium it was said to."""
    return verb_group_start(s, k), k if outlet is None else max(k, _token_at(s, outlet.cue[1]))


def _compared(s: Sentence, span: tuple[int, int]) -> bool:
    """The speaker's phrase runs past "than" / "que" comparing with it ("a bigger increase than markets", "une
    hausse plus forte que les marchés"); "more than 20 officials", "rather than the minister" count or choose."""
    return any(s.toks[j].norm in ("than", "que") and s.toks[j - 1].norm not in _COUNTING for j in range(span[0] + 1, span[1]))


_EXPECTING = frozenset({"expect", "expected", "forecast", "anticipate", "anticipated", "predict", "predicted", "prévoir",
                        "attendre", "anticiper", "estimer"})  # "Economists, more cautious than the government, said"
_COUNTING = frozenset({"more", "less", "fewer", "rather", "other", "plus", "moins", "autre", "autres", "ainsi", "tant",
                       "bien", "alors", "parce", "dès", "tandis", "lorsque", "sans", "avant", "après", "pendant"})


def _speaker_candidates(s: Sentence, k: int, agent: int | None, after: int) -> list | None:
    """The phrases that may name the speaker, best first, stressed pronouns left out (``_without_stressed``): a
    passive's agent, the subject of a participle's clause or else of its sentence, else around the verb
    (``speaker_spans``); None where a participle follows a speaker read already."""
    if agent is not None:
        spans = [np_forward(s, agent)]
    elif (participle(s.toks[k]) or s.toks[k].norm in _ING_NOUNS) and k > 0 \
            and (s.comma(k) or s.toks[k].lemma in _SAYING):
        if any(_INVERTED.match(t.surface) for t in s.toks[:k]) \
                or any(verb_cue(s, m) and from_verb(s, m) for m in range(1, k)):
            return None  # a speaker read already (not "Halvik did not rule out a further cut, saying": no one)
        spans = [_without_auxiliaries(s, clause_subject(s, k) or sentence_subject(s))]  # "X a cherché à rassurer,
        #                                                                                   affirmant que": the
        #                                 subject of the sentence, or of its clause ("…, but LaSalle refused, saying")
    else:
        spans = speaker_spans(s, k, after)
    return [_without_stressed(s, sp) if sp else sp for sp in spans]


_ING_NOUNS = frozenset({"warning"})  # a participle lemmatised as the noun: "…, warning that a weaker kolar could …"


def _without_auxiliaries(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject without the auxiliaries and negations its phrase ran on to ("The central bank did not | rule out
    …, saying"): the speaker's words only."""
    while span is not None and span[1] - 1 > span[0] and s.toks[span[1] - 1].norm in _AUXILIARY_WORDS:
        span = (span[0], span[1] - 1)
    return span


_AUXILIARY_WORDS = frozenset("did does do not never would will could can should may might has have had".split())


def _speaker(s: Sentence, k: int, spans: list, cue: tuple[int, int], agent: int | None,
             after: int) -> tuple[tuple[int, int] | None, Found | None]:
    """(span, attribution) of the speaker: the first candidate that names one, a name closing the phrase after the
    verb, a described name before it, or whoever speaks after a quote; (None, None) or a span naming no one."""
    span, who = next(((sp, f) for sp in spans if sp for f in [found_at(s, sp, cue)] if f), (None, None))
    if who is None and spans and spans[0] and _unnamed_after_quote(s, spans[0], k):
        span, who = spans[0], found_at(s, spans[0], cue, fallback="anonymous")  # '"…," the pair said'
    if who is not None and agent is None:
        span, who = _named_after_verb(s, k, span, who, cue, after)
    if who is None and agent is None and (named := named_and_described(s, verb_group_start(s, k))):
        span, who = named, found_at(s, named, cue, fallback="person")  # "Soelistyo, head of the agency, told"
    if who is None and agent is None and _after_statement(s, k, after) and not infinitive_at(s, after) \
            and s.toks[k].lemma != "tell" and not (s.lang == "en" and verb_group_start(s, k) < k):
        #  not '…, called "Support Officer Wilson," told followers' (whom it told), nor "…, has stressed the need"
        span = _after_quote_speaker(s, k, after)
        who = found_at(s, span, cue, fallback="anonymous" if span and _closes_its_clause(s, k, span) else None) \
            if span else None
    return span, who


def _closes_its_clause(s: Sentence, k: int, span: tuple[int, int]) -> bool:
    """A phrase after a verb that follows a quote, or a phrase closing the sentence or its clause after a verb that
    follows a comma ("…, rappelle un proche."), may be a speaker whose words say nothing of whom; one the clause goes
    on after is what the verb acts on ("Le texte fixe les délais, précise la procédure de recours et définit les
    sanctions", "…, explique le concept en vigueur pour la sécurité des ouvrages")."""
    if QUOTE_MARK.search(s.gap(verb_group_start(s, k))):
        return True
    return span[1] >= len(s.toks) or s.broken(span[1])


def _named_after_verb(s: Sentence, k: int, span: tuple[int, int], who: Found, cue: tuple[int, int],
                      after: int) -> tuple[tuple[int, int] | None, Found | None]:
    """A speaker's phrase after the verb that opens on no article (elided ones too: "l'arrêté"), title or name reads
    as a name closing it ("a assuré sur le même ton rassurant M. de Castries"), or as a described name ("…, said
    national disaster agency spokesman Nugroho": all of it, a named person even where the words read as someone
    unnamed); else (None, None). Any other phrase stays as it is."""
    first = s.toks[span[0]]
    if span[0] < after or first.norm in s.cues.det or first.norm in s.cues.titles or s.is_name(span[0]) \
            or start_of(s, span[0]) != first.start or _bare_plural_role(first, s):  # not "l'arrêté"
        return span, who
    named = _titled_name_in(s, span)
    described = _described_name_closing(s, span, k)
    named = span if described else named
    span, who = (named, found_at(s, named, cue)) if named else (None, None)
    if described and who is not None and who.kind == "anonymous":
        who = replace(who, kind="person")  # "disaster agency official Fauzi": the official is named
    return span, who


def _bare_plural_role(t: Token, s: Sentence) -> bool:
    """A plural noun of people with no article ("…, informaron fuentes oficiales", "…, said officials familiar with
    the matter"): people the text does not name, as "des sources" are."""
    return t.norm in s.cues.roles and t.norm.endswith(_PLURAL_ENDINGS.get(s.lang, ("s",))) and t.surface.islower()


_SAID_WITH = frozenset({("rendere", "noto"), ("fare", "sapere")})  # verbs that say with a word after them
_PLURAL_ENDINGS = {"it": ("i", "e"), "de": ("en", "er", "e")}  # "Lo riferiscono fonti giudiziarie"


def _after_quote_speaker(s: Sentence, k: int, after: int) -> tuple[int, int] | None:
    """Whoever speaks after a quote ('« ... », a insisté le nouveau venu'): the phrase after the verb, unless it is
    an object, what was said going on, or how it was said."""
    span = np_forward(s, after)
    if span and not QUOTE_MARK.search(s.gap(verb_group_start(s, k))) and not incise_ends(s, span):
        return None  # "…, figure de la non-violence, a dénoncé la répression chinoise "brutale"": an object
    if span and s.lang == "en" and not _phrase_ends(s, span):
        return None  # 'who earned a nomination for "Revolutionary Road," said strike concerns are hitting': what
        #              was said goes on after the phrase, which is no speaker
    if span and gerund(s, span[0]):
        return None  # "la « mère » se défend en évoquant une adoption": how, not who
    return span


def _says_here(s: Sentence, k: int, span: tuple[int, int], who: Found, after: int) -> bool:
    """The verb reports a statement of this speaker: only a document shows or indicates ("aucun signe indiquant
    que", "la Chine a montré"), and "soutenir que" reports a claim where "soutenir un projet" does not."""
    if who.kind not in ("document", "pronoun:it") and ((participle(s.toks[k]) and not s.comma(k))
                                                       or s.toks[k].lemma in s.cues.documents_only):
        return False
    closes = k + 1 == len(s.toks) and s.comma(span[0])  # "…, the Law Lords have ruled."
    return not (s.toks[k].lemma in s.cues.with_que and not _que_follows(s, k) and not _after_statement(s, k, after)
                and not closes)


def _whole_speaker(s: Sentence, span: tuple[int, int], who: Found,
                   cue: tuple[int, int]) -> tuple[tuple[int, int], Found]:
    """The speaker's whole phrase: one group of people ("Russian and Iranian officials said"), one office ("Le
    ministre de la Santé et des Solidarités a dit")."""
    if who.kind == "anonymous" and (shared := shared_head(s, span)) and (whole := found_at(s, shared, cue)):
        span, who = shared, whole
    if span[0] > 1 and and_in_name(s, span[0] - 1) and (before := np_back(s, span[0] - 1)) \
            and (whole := found_at(s, (before[0], span[1]), cue)):
        span, who = (before[0], span[1]), whole
    return span, who


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
        and (j == len(s.toks) or s.comma(j)) and names_a_person(s, span) and not any(s.toks[m].stop for m in range(i, j))


def _phrase_ends(s: Sentence, span: tuple[int, int]) -> bool:
    """No verb goes on after the phrase ("said strike concerns | are hitting"): it may be the speaker ("said doctor
    Ema Suryani | to AFP")."""
    j = span[1]
    return j >= len(s.toks) or s.broken(j) or not (s.toks[j].norm in AUXILIARIES or verb_cue(s, j))


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
    return ((s.comma(a) or as_said) and opens and not participle(s.toks[k])) or _verb_second(s, a, after)
    #  "..., s'est réjoui M. Pauget", "comme l'a affirmé le quotidien"


def _verb_second(s: Sentence, a: int, after: int) -> bool:
    """A subject after the verb: where the clause opens on what was said or when ("Das teilte die Polizei mit",
    "Am Montag sagte der Minister", "Lo riferiscono fonti giudiziarie"), or, in a language whose verb comes second,
    after a comma ("…, betonte er")."""
    if after >= len(s.toks) or not ((s.comma(a) and s.cues.verb_second) or _opening_words(s, a)):
        return False
    t = s.toks[after]
    return t.norm in s.cues.det or t.norm in s.cues.titles or t.norm in s.cues.pronouns or s.is_name(after) \
        or t.norm in s.cues.roles


def _opening_words(s: Sentence, a: int) -> bool:
    """The words before token ``a`` open its clause and name no one: "Das", "Dies", "Am Montag", "Lo"."""
    start = next((m for m in range(a, 0, -1) if s.broken(m)), 0)
    words = s.toks[start:a]
    return 0 < len(words) <= 3 and all(t.norm in s.cues.before_inverted or date_word(t) for t in words) \
        and any(t.norm in s.cues.before_inverted for t in words)


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
    if k + 1 >= len(s.toks) or s.gap(k + 1).strip()[:1] not in OPENING_QUOTES:
        return 0
    quote = next(((a, b) for a, b in s.quotes if a <= s.toks[k + 1].start < b), None)
    return len(s.text[quote[0]:quote[1]].split()) if quote else 0


def _infinitive_form(t: Token) -> bool:
    return t.norm == t.lemma and t.norm.endswith(("er", "ir", "re")) and t.norm not in ("notre", "votre")


_SAYING = frozenset({"say", "dire", "add", "ajouter"})  # "X downplayed it saying that": X says it


def _token_at(s: Sentence, end: int) -> int:
    return next(k for k, t in enumerate(s.toks) if t.end == end)
