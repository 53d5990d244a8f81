"""Where a speaker's phrase may lie around a verb of saying (``speaker_spans``): before it, past an opening time or
place, a title, a party tag, brackets or a quoted name; after it once the statement is given; and where a quote
opens on the verb itself.
"""
from __future__ import annotations

import re

from ..features import Token, token_number
from .asides import RELATIVES, WHEN_DONE, WHO, antecedent, before_relative, incise, with_relative
from .cues import DOCUMENTS, INSTITUTIONS
from .german import auxiliary_before, fronted_subject, holds_a_verb
from .kind import kind_of
from .portuguese import holds_finite_verb
from .noun_phrases import np_back, np_forward
from .outlet_phrases import outlet_np
from .outlets import SPEAKING_TO
from .phrase import is_place, person_noun, place_name
from .saying import verb_cue
from .sentence import QUOTE_MARK, Sentence, date_word
from .statement import went_on_to
from .subjects import sentence_subject, subject_after_comma
from .verb_groups import participle, verb_group_start


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
    if any(_clause_word(s, m) for m in range(*title)):
        return span  # "The officer fired three times, Police Chief Raymond Hale said": a clause, not a title
    return (title[0], span[1])


def _clause_word(s: Sentence, m: int) -> bool:
    """A word no title phrase holds: a verb in the past ("fired"), a count ("three times")."""
    t = s.toks[m]
    return t.is_number or (not t.stop and token_number(s.toks, m, s.lang) is not None) \
        or (s.lang == "en" and t.surface.islower() and t.norm.endswith("ed") and t.lemma != t.norm)


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


def quote_opens_on_verb(s: Sentence, k: int) -> bool:
    """A quote opening on the verb group of token ``k``, its subject outside it ("Le chef de l'Etat « a indiqué
    qu'il était sensible … »": the communiqué's words, verb and all, after the subject that said them)."""
    a = verb_group_start(s, k)
    t = s.toks[k]
    finite = s.toks[a].norm in s.cues.verb_group or (a == k and t.norm != t.lemma and (
        s.lang != "en" or t.norm.endswith("ed") or t.norm in ("said", "told", "wrote")))  # not '“ rules which'
    framed = any(verb_cue(s, m) or s.toks[m].norm in _FRAMING for m in range(a - 1))  # "Le syndicat estime que le
    #        ministre « a promis … »", "Selon la CGT, la direction « a annoncé … »": what another source says he did
    return 0 < a <= k and finite and not framed and s.gap(a).strip() in OPENING_QUOTES and not s.in_quote(a - 1) \
        and not s.toks[a - 1].stop and all(s.in_quote(m) for m in range(a, k + 1))  # (not 'allait "continuer à
    #                                                                                   défendre"': an infinitive)


_FRAMING = frozenset("selon pour according for d'après après".split())


def speaker_spans(s: Sentence, k: int, after: int) -> list[tuple[int, int] | None]:
    """Where the speaker of the verb cue at ``k`` may be, most likely first: before its verb group, or
    between commas before it, or after it (inverted). Read in stages: a subject the words right before the verb
    group name (``_named_right_before``), the phrase before it (``_before_verb``), then an incise, the phrase after
    the verb and the subject after a comma."""
    a = verb_group_start(s, k) - (3 if went_on_to(s, k) else 0)  # "Chief Supt Deats | went on to warn"
    if s.cues.verb_second and (aux := auxiliary_before(s.toks, s.text, k, s.cues.before_inverted)) is not None:
        a = aux  # "Die Staatsanwaltschaft | hatte sechs Jahre Haft gefordert"
    if s.cues.verb_second and (fronted := fronted_subject(s.toks, s.text, a, s.cues)) is not None:
        return [np_forward(s, fronted, tail=False)]  # "Nach dem Brand hatte | die Feuerwehr … gewarnt": the
        #      statement follows ("Ende Mai sagte die Ministerin, das Gesetz komme")
    if quote_opens_on_verb(s, k):
        return [np_back(s, a, across=True)]  # "Le chef de l'Etat « a indiqué …»": the subject before the quote
    after = _past_verb_words(s, a, after)
    if (spans := _named_right_before(s, a, after)) is not None:
        return spans
    if (age := _age_before(s, a)) is not None and (named := np_back(s, age, across=True)) and _opens(s, named[0]):
        return [(named[0], a)]  # "Passenger Marc Leroy, 34, said the impact threw …": the subject and its age, not
        #                         an inverted speaker (not "named as Paul Martin, 12, and Marie Dupont, 9, said the mayor")
    if (aside := _anonymity_aside(s, a)) is not None and (named := np_back(s, aside, across=True)) is not None:
        return [named]  # "A senior official, speaking on condition of anonymity because …, said": the official
    bracketed = _before_brackets(s, a)  # "le groupe Webedia (AlloCiné, PurePeople...) a annoncé": before the brackets
    if bracketed is not None or (a > 0 and not s.broken(a)):
        return _before_verb(s, k, a, bracketed)
    subject = _subject_not_clause(s, subject_after_comma(s, a))
    forward = _after_verb(s, k, a, after)
    if forward is not None and s.lang == "en" and a == k and s.toks[k].lemma == "say" and s.comma(a) \
            and _inverted_closing(s, forward) and before_relative(s, a) is None:  # "…, said the X who …"
        return [forward, _past_document(s, incise(s, a)), _past_document(s, subject)]
    return [_past_document(s, incise(s, a)), forward, _past_document(s, subject)]


def _subject_not_clause(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject before a comma, unless its words are a clause, as German and Portuguese verbs show ("Der Brand
    brach in einer Scheune aus, | teilte das Landratsamt mit", "A Polícia Federal prendeu 12 suspeitos, | informou")."""
    if span is not None and (s.cues.verb_second and holds_a_verb(s.toks, span, s.cues)
                             or s.lang == "pt" and holds_finite_verb(s.toks, span)):
        return None
    return span


def _age_before(s: Sentence, a: int) -> int | None:
    """The token of a name's age set off by commas right before the verb group at ``a`` ("Marc Leroy, 34, said",
    "Jean Dupont, 58 ans, a raconté"), or None."""
    k = a - 1 - (a >= 2 and s.toks[a - 1].norm in ("ans", "an"))  # the number
    aged = k >= 1 and s.comma(a) and s.comma(k) and s.toks[k].is_number and s.toks[k].norm.isdigit() \
        and int(s.toks[k].norm) <= 110 and s.is_name(k - 1)
    return k if aged else None


def _opens(s: Sentence, i: int) -> bool:
    """The phrase at token ``i`` is the sentence's subject: it opens the sentence, or follows a short opening set
    off by a comma ("Une voisine, Jeanne Martin, 71 ans, affirme")."""
    return i == 0 or (i <= 3 and s.comma(i))


def _past_verb_words(s: Sentence, a: int, after: int) -> int:
    """The first token from ``after`` past the words that go with the verb ("fait état | de", "fait savoir", "…, note
    enfin | le rapport")."""
    while after < len(s.toks) and (s.toks[after].norm in _NOUN_PARTS or (s.toks[after].norm in _THEN and s.comma(a))
                                   or ((s.toks[after].norm == "en" or s.toks[after].norm in s.cues.verb_group)
                                       and after + 1 < len(s.toks) and s.toks[after + 1].norm in _NOUN_PARTS)
                                   or (date_word(s.toks[after]) and s.comma(a))
                                   or (s.toks[after].norm in _DATE_FRAMES and s.comma(a) and after + 1 < len(s.toks)
                                       and date_word(s.toks[after + 1]))) \
            and not s.broken(after):
        after += 1
    return after


_DATE_FRAMES = frozenset({"el", "este", "esta", "ce", "cette", "this", "last"})  # "…, dijo el martes el gobernador"


def _named_right_before(s: Sentence, a: int, after: int) -> list[tuple[int, int] | None] | None:
    """The speaker when the words right before the verb group at ``a`` say where it is: a relative "dont"/"que"
    (after the verb), "all of whom", a relative pronoun, a subject pronoun, a party tag, a quoted name; None when
    they do not."""
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
    return None


def _before_verb(s: Sentence, k: int, a: int, bracketed: int | None) -> list[tuple[int, int] | None]:
    """The speaker's phrase before the verb group at ``a`` (or before the brackets at ``bracketed``), or the
    sentence's subject for a second verb after "and"; none when the first verb's subject was read already."""
    span = _past_opening(s, np_back(s, a if bracketed is None else bracketed))
    span = _after_done(s, span) if participle(s.toks[k]) else _after_saying(s, span)  # (not "révèle un câble |
    #                                                                                    montrant")
    if span is None and s.toks[a - 1].norm in ("and", "et") and s.toks[k].norm != s.toks[k].lemma \
            and not any(verb_cue(s, m) for m in range(a - 1)):
        return [sentence_subject(s)]  # "A Labour party spokesman played down differences … and said", "… et a refusé de"
    if span is None and s.toks[a - 1].norm in s.cues.stop_np:
        return []  # "... and said": the subject was read with the first verb
    return [with_relative(s, _past_document(s, _with_title_before(s, _name_before(s, _contact_clause(s, span)))))]


def _after_verb(s: Sentence, k: int, a: int, after: int) -> tuple[int, int] | None:
    """The speaker's phrase after the verb (inverted: "…, relève Etienne Tête, …"), or None where the words after
    it are its object, a quote, a gerund or what it calls for."""
    opening = a <= 1 or (a <= 2 and s.comma(a) and s.toks[0].stop)  # "Or, relève Etienne Tête, le décret ..."
    english_aux = s.lang == "en" and a < k  # "has stressed the need": English puts no speaker after "has stressed"
    forward = None if s.toks[k].lemma in _CALLS or s.toks[k].lemma == "tell" or infinitive_at(s, after) or english_aux \
        or (after < len(s.toks) and (s.in_quote(after) or ":" in s.gap(after))) \
        else np_forward(s, after, tail=not opening)  # "a appelé la France à", "nie avoir trahi", "a écrit : « Devinez"
    if forward is not None and not opening and not incise_ends(s, forward):
        forward = None  # "le dalaï lama, 73 ans, …, a dénoncé la répression chinoise "brutale"": an object
    if forward is not None and gerund(s, forward[0]):
        forward = None  # "la « mère » se défend en évoquant une adoption": how, not who
    return forward


_SOME_OF_WHOM = frozenset("all some many most none several both each two three four five".split())


def gerund(s: Sentence, k: int) -> bool:
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
    return names_a_person(s, span) and (s.toks[i].norm in s.cues.det or s.is_name(i) or person_noun(s.toks[i], s.cues))


def names_a_person(s: Sentence, span: tuple[int, int]) -> bool:
    """The phrase closes on a name or holds a noun of people."""
    return s.is_name(span[1] - 1) or any(person_noun(s.toks[m], s.cues) for m in range(*span))


def _verb_after_clause(s: Sentence, j: int) -> bool:
    """After the relative pronoun at ``j`` and its clause's first words, an auxiliary opens the main clause's verb
    ("the man who was fired | had sued", "the police officer who fired | was not threatened")."""
    return any(s.toks[m].norm in AUXILIARIES for m in range(j + 2, len(s.toks)))


AUXILIARIES = frozenset("is are was were has have had will would could should can may might must".split())


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


def _anonymity_aside(s: Sentence, a: int) -> int | None:
    """Where an aside that says why its speaker is not named opens, between commas right before the verb group at
    token ``a`` (", speaking on condition of anonymity because he was not authorised to brief reporters,", ", who
    asked not to be named,", ", sous couvert d'anonymat,", ", que pidió no ser identificado,"); None for none."""
    if a < 3 or not s.comma(a):
        return None
    m = next((m for m in range(a - 1, max(0, a - _ASIDE_REACH), -1) if s.comma(m)), None)
    if m is None or m < 1:
        return None
    words = [t.norm for t in s.toks[m:a]]
    why = bool(set(words) & _ANONYMITY) or any(tuple(words[n:n + 3]) in _NOT_NAMED for n in range(len(words)))
    return m if why and words[0] in _ASIDE_OPENINGS else None


_ASIDE_REACH = 25  # tokens of such an aside
_ANONYMITY = frozenset({"anonymity", "anonymously", "anonymat", "anonimato"})
_NOT_NAMED = frozenset({("to", "be", "named"), ("to", "be", "identified"), ("ser", "identificado", "identificada"),
                        ("no", "ser", "identificado"), ("être", "nommé", "nommée"), ("pas", "être", "nommé")})
_ASIDE_OPENINGS = frozenset("""speaking who requesting asking sous qui que bajo on under pidiendo hablando sur
    s'exprimant""".split())


def _before_brackets(s: Sentence, a: int) -> int | None:
    """Where a phrase of several words in brackets right before token ``a`` opens, when a name stands before it."""
    if a < 3 or not s.gap(a).strip().endswith(")"):
        return None
    m = next((m for m in range(a - 1, max(0, a - _LISTED_IN_BRACKETS), -1) if "(" in s.gap(m)), None)
    if m is None or m < 1 or a - m < 2 or s.gap(m).strip() != "(" or not (s.is_name(m - 1) or _bodies(s.toks[m - 1])):
        return None  # "The Superintendency of the Environment (SMA) said": an acronym stays with its name
    return m


def _bodies(t: Token) -> bool:
    """A plural noun of bodies that brackets may list ("cinq organisations (le Syndicat de la magistrature, …, la CGT
    et Solidaires) ont annoncé", "the three unions (GSEE, ADEDY and PAME) said")."""
    return t.surface.islower() and t.norm != t.lemma and t.lemma in INSTITUTIONS


_SEARCH_BRACKETS = 12
_LISTED_IN_BRACKETS = 30  # tokens back to the opening bracket of a list of bodies, which runs long


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


def infinitive_at(s: Sentence, k: int) -> bool:
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


def incise_ends(s: Sentence, span: tuple[int, int]) -> bool:
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
OPENING_QUOTES = frozenset("«\"“")
