"""Who says it, asides: the speaker before its verb when commas set something off between them ("X, the spokesman,
said", "L'Association X, qui représente soixante victimes, estime", "Ryan Boyette, a former aid worker who lives in
Sudan, said"), and what a relative pronoun stands for."""
from __future__ import annotations

from .noun_phrases import np_back
from .phrase import person_noun
from .saying import verb_cue
from .sentence import Sentence
from .verb_groups import participle


def incise(s: Sentence, a: int) -> tuple[int, int] | None:
    """"X, the spokesman, said" / "le porte-parole, Jean Dupont, a déclaré": both sides of the commas."""
    if a < 2 or not s.comma(a) or _verb_and_infinitive(s, _part_start(s, a - 1)):
        return None  # "Helvarin, qui finance l'étude, compte demander …, a indiqué son directeur": no aside
    if (subject := before_relative(s, a)) is not None:
        return subject
    second = np_back(s, a, across=True)
    if second is not None and second[0] == 0 and s.comma(a + 1):
        return second  # "Her rep, however, declined"
    if second is None or not s.comma(second[0]):
        return before_relative(s, a)
    if _clause_between(s, second):
        return None  # "As the sentence was read, Roof stood emotionless, reported Jane Doe": no aside
    first = _past_age(s, np_back(s, second[0], across=True))
    if first and first[0] > 0 and s.comma(first[0]) and s.toks[first[0]].norm in s.cues.preps - s.cues.complement:
        return None  # "Le chômage, à 6,1 %, reste proche …, a souligné le gouverneur": an aside on the subject,
        #              then its verb; the speaker follows the verb of saying
    if first and s.toks[first[0]].norm in s.cues.complement and first[0] > 0 and not s.broken(first[0]):
        return None  # "d'enquêtes … du régulateur boursier français, l'AMF, rappelle le cabinet": a complement's name
    if first and (s.toks[second[0]].norm in WHERE | WHEN_DONE or (s.lang == "es" and s.toks[second[0]].norm == "en")):
        opens = s.is_name(first[0]) or s.toks[first[0]].norm in s.cues.det or s.toks[first[0]].norm in s.cues.titles
        return first if opens else None  # "Didier Pobel, dans Le Dauphiné Libéré, pense", "Chavez, après avoir
        #  obtenu …, avait appelé" (not "… a fait neuf morts dans le district de Kalemba, dans le nord de la Zambie,
        #  a annoncé le ministère": a clause)
    if first and any_participle(s, second[0]) and first[0] > 0 and s.comma(first[0]):
        title = np_back(s, first[0], across=True)  # "The chancellor, Angela Merkel, facing criticism, said"
        return (title[0], first[1]) if title else first
    if first and first[0] == 0 and participle_aside(s, second):
        return first  # "Le chef spirituel tibétain, souvent applaudi pendant son discours, a réaffirmé"
    return (first[0], second[1]) if first else None


def _past_age(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` with the name before it when it is an age set off by commas ("Maria Lopez, 34, a nurse at the
    hospital, said": the speaker is Maria Lopez, not "34, a nurse …"; "Sandrine, 45 ans, opératrice, raconte")."""
    if span is None or span[0] == 0 or not s.comma(span[0]) or not s.toks[span[0]].is_number:
        return span
    if not all(t.norm in _YEARS_OLD for t in s.toks[span[0] + 1:span[1]]):
        return span
    name = np_back(s, span[0], across=True)
    return (name[0], span[1]) if name else span


_YEARS_OLD = frozenset("ans an years year old años año anni anno jahre".split())


def _clause_between(s: Sentence, span: tuple[int, int]) -> bool:
    """An English clause between two commas, not a description: a modal verb written in lower case ("parliament must
    still approve"), or a name then words that are neither small words, names nor nouns of people ("Roof stood
    emotionless"; not "Interoute's director of wholesale products", "Britain's markets watchdog": a possessive name
    opens a description)."""
    toks = s.toks[span[0]:span[1]]
    if s.lang != "en" or toks[0].surface.endswith(("'s", "’s")):
        return False
    if any(t.surface in _MODALS_EN for t in toks):
        return True  # "Technically, parliament must still approve the deployment, expected next week,"
    if not s.is_name(span[0]) or any(person_noun(t, s.cues) for t in toks):
        return False  # "Interoute's director of wholesale products": a description
    return any(t.surface.islower() and not t.stop for t in toks)


_MODALS_EN = frozenset("must will would can could should may might shall".split())


WHERE = frozenset({"dans", "sur", "lors", "pendant", "devant", "in", "on", "at", "during", "durante", "ante"})


WHEN_DONE = frozenset("après avant malgré sans depuis after before despite without since tras antes pese"
                      " desde".split())  # an aside


def participle_aside(s: Sentence, span: tuple[int, int]) -> bool:
    """A phrase between commas opening on a past participle, adverbs aside, with no title or role in it ("souvent
    applaudi pendant son discours", "contactée hier"): what was done to the subject, no description of who it is."""
    k = span[0]
    while k < span[1] - 1 and (s.toks[k].norm.endswith(("ment", "ly")) or s.toks[k].norm in s.cues.verb_group) \
            and s.toks[k].surface.islower():
        k += 1
    return any_participle(s, k) and not any(person_noun(t, s.cues) for t in s.toks[k:span[1]])
    #      "nommée hier secrétaire d'Etat à la famille" describes who she is


def any_participle(s: Sentence, k: int) -> bool:
    """ "facing criticism", "parti l'été dernier": a present or past participle opening a phrase."""
    t = s.toks[k]
    return participle(t) or (t.lemma != t.norm and t.norm.endswith(s.cues.participles + ("i", "ie")))


def before_relative(s: Sentence, a: int) -> tuple[int, int] | None:
    """ "L'Association X, qui représente soixante victimes, estime": the phrase before a relative clause set off by
    commas, the clause left out."""
    c, first = a, None
    for _ in range(_CLAUSE_PARTS):  # "The authorities in the US, who have indicted 19 people in Newark, New Jersey,"
        c -= 1
        while c > 0 and not s.broken(c):
            c -= 1
        if c < 1 or not s.comma(c) or s.toks[c].norm in _CLAUSES:
            break
        if s.toks[c].norm in s.cues.stop_np or s.toks[c].norm in s.cues.verb_group or _verb_and_infinitive(s, c):
            return None  # "Biden, qui s'efforce de …, a l'intention de …, ont déclaré des personnes": a predicate;
            #              "Helvarin, qui finance l'étude, compte demander …, a indiqué son directeur général"
        first = c if first is None else first
    if c < 1 or not s.comma(c) or s.toks[c].norm not in _CLAUSES:
        if first is not None and s.toks[first].norm in _INCLUDING and s.toks[first + 1].norm not in s.cues.preps \
                and (subject := np_back(s, first, across=True)) and subject[0] == 0 and subject[1] <= _INCLUDED:
            return subject  # "Relatives, including a brother who was a priest, insisted": the relatives (not "The
            #                 quakes forced thousands to take refuge, including in military fields, said X")
        return None if first is None else _described_before_relative(s, first, a)
    span = np_back(s, c, across=True)
    if span and span[0] > 0 and _bare_age(s, span):
        span = np_back(s, span[0], across=True)  # "John Smith, | 40, | who lives nearby, said": the name before
    return span if span and (span[0] == 0 or s.broken(span[0])) else None


def _part_start(s: Sentence, c: int) -> int:
    """The first token of the part of the sentence, between commas, that holds token ``c``."""
    while c > 0 and not s.broken(c):
        c -= 1
    return c


def _verb_and_infinitive(s: Sentence, c: int) -> bool:
    """The part at ``c`` opens on a verb and an infinitive ("compte demander", "va lancer", "veut obtenir"): the
    subject's own predicate, after which the verb of saying has a speaker of its own after it."""
    from .verb_spans import infinitive_at  # (verb_spans reads asides)

    return c + 1 < len(s.toks) and not s.toks[c].stop and not s.is_name(c) and infinitive_at(s, c + 1)


def _described_before_relative(s: Sentence, c: int, a: int) -> tuple[int, int] | None:
    """ "Ryan Boyette, a former aid worker who lives in Sudan, said": a name opening the sentence, then between commas
    a description (an article and a few words) that a "who" clause goes on: the name and its description, the clause
    left out."""
    r = c + 1
    while r < min(a, c + _DESCRIBED) and s.toks[r].norm not in WHO and not s.broken(r):
        r += 1
    if r >= a or r - c < 2 or s.toks[r].norm not in WHO or s.broken(r) or s.toks[c].norm not in s.cues.det \
            or s.toks[r - 1].stop:
        return None
    name = np_back(s, c, across=True)
    if name and name[0] > 0 and _bare_age(s, name):
        name = np_back(s, name[0], across=True)  # "Marco Ferri, | 61, | a retired engineer who": the name before
    capitalised = name and all(s.toks[k].surface[:1].isupper() and not s.toks[k].stop for k in range(*name))
    return (name[0], r) if capitalised and name[0] == 0 else None


def _bare_age(s: Sentence, span: tuple[int, int]) -> bool:
    """A person's age set off by commas after their name: a number of at most three digits ("61", "45 ans")."""
    t, rest = s.toks[span[0]], [u.norm for u in s.toks[span[0] + 1 : span[1]]]
    return rest in ([], ["ans"]) and t.surface.isdigit() and len(t.surface) <= 3 and s.comma(span[0]) \
        and s.comma(span[1])


_INCLUDING = frozenset({"including", "notamment", "especially", "particularly", "among", "parmi"})
_INCLUDED = 4  # words of a subject an "including" aside follows ("Several rights groups")
_DESCRIBED = 10  # words of a description before its "who" ("a cardiologist at St Aldhelm's Hospital in Bristol who")


RELATIVES = frozenset({"qui", "que", "dont", "who", "which", "whom", "whose"})


_CLAUSES = RELATIVES | {"où", "where"}  # "Officials at the school, where Blackmore is the superintendent, said"


WHO = frozenset({"who", "qui"})  # a relative clause about a person


_CLAUSE_PARTS = 2  # commas a relative clause set off between a subject and its verb may hold


def antecedent(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """What a relative pronoun stands for: a whole phrase that opens the sentence or a clause, else the last phrase
    before it ("une pique à l'adresse de Laurence Parisot, qui": Laurence Parisot), a run of names or the words
    after the last preposition."""
    if span is None:
        return None
    i, j = span
    agent = [m for m in range(i + 1, j - 1) if s.toks[m].norm in ("par", "by")
             and any(any_participle(s, p) for p in range(i, m))]
    if agent:
        return (agent[-1] + 1, j)  # "Une version corroborée plus tard par | la Société générale, qui indique"
    if (i == 0 or s.broken(i)) and (s.toks[i].norm not in _CLAUSE_OPENERS or j - i == 1) \
            and s.toks[i].norm not in _OPENING_PREPOSITIONS:  # not ", with testimony from a man who claims"
        return _object_named(s, span) or span  # "Le responsable d'un hypermarché d'Orléans, qui": the whole subject
    verbs = [m for m in range(i, j - 1) if s.toks[m + 1].norm in s.cues.det and (verb_cue(s, m) or any_participle(s, m))]
    if verbs:
        i, span = verbs[-1] + 1, (verbs[-1] + 1, j)  # "has criticised | a union leader who said": the verb's object
    k = j
    while k > i and s.is_name(k - 1):
        k -= 1
    if k < j:
        article = k > i and s.toks[k - 1].norm in s.cues.det and s.toks[k - 1].norm not in s.cues.complement
        return (k - 1 if article else k, j)  # "à l'adresse de | Laurence Parisot, qui"
    opening = s.toks[i].norm in _OPENING_PREPOSITIONS  # ", with testimony from | a man who": after its last one
    preps = [m for m in range(i, j) if s.toks[m].norm in s.cues.preps or s.toks[m].norm in s.cues.complement
             or (opening and s.toks[m].norm in _OPENING_PREPOSITIONS)]  # (not "students from the university, who")
    i, span = (preps[-1] + 1, (preps[-1] + 1, j)) if preps and preps[-1] + 1 < j else (i, span)
    if (s.toks[i].norm in _CLAUSE_OPENERS and j - i > 1) or (j - i > 2 and s.toks[i].surface.islower() and not s.toks[i].stop
                                              and s.toks[i + 1].norm in s.cues.det):
        arts = [m for m in range(i + 1, j - 1) if s.toks[m].norm in s.cues.det]
        return (arts[-1], j) if arts else None  # "I still look to | a lady who said", "to meet | a woman who"
    return span


# Subject pronouns: a phrase they open is a clause, and what a relative clause after it stands for is its object
_CLAUSE_OPENERS = frozenset("i we you he she they it je tu il elle nous vous ils elles on".split())
_OPENING_PREPOSITIONS = frozenset("with from among after avec parmi après chez".split())


def _object_named(s: Sentence, span: tuple[int, int]) -> tuple[int, int] | None:
    """The names closing a clause, when a verb or an adverb stands before them ("un grand danger à provoquer ainsi
    | les Russes, qui ont toujours dit"): the relative pronoun stands for them, not for the clause."""
    i, j = span
    k = j
    while k > i and s.is_name(k - 1):
        k -= 1
    first = k - 1 if k > i and s.toks[k - 1].norm in s.cues.det and s.toks[k - 1].norm not in s.cues.complement else k
    if k == j or first <= i + 1:
        return None
    before = s.toks[first - 1]
    if before.norm in s.cues.complement or before.norm in s.cues.preps or person_noun(before, s.cues) \
            or before.surface[:1].isupper() or before.stop:
        return None  # "Le responsable … d'Orléans", "le président Emmanuel Macron", "à l'adresse de Laurence Parisot"
    return (first, j) if any_participle(s, first - 1) or before.norm.endswith(("er", "ir", "ment", "ly", "si")) \
        or before.lemma != before.norm else None


def with_relative(s: Sentence, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "Two officials who spoke on condition of anonymity said": the speaker's phrase runs on through a relative
    clause not set off by commas."""
    if span is None or span[0] < 2 or s.toks[span[0] - 1].norm not in ("who", "qui") or s.broken(span[0]) \
            or s.broken(span[0] - 1):
        return span
    head = np_back(s, span[0] - 1)
    return (head[0], span[1]) if head else span
