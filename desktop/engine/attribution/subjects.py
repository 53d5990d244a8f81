"""The subject of a clause that a verb of saying or a noun of saying speaks for (``sentence_subject``,
``named_subject``), and a subject set off after a comma and described (``subject_after_comma``).
"""
from __future__ import annotations

from ..features import Token
from .asides import RELATIVES, WHEN_DONE, participle_aside
from .kind import kind_of
from .noun_phrases import name_to_comma, np_back
from .phrase import person_noun
from .saying import is_say
from .sentence import Found, Sentence, found_at


def subject_after_comma(s: Sentence, a: int) -> tuple[int, int] | None:
    """The subject of a verb group set off by a comma: the phrase before it when it opens the sentence or the
    clause ("Le PDG X, s'est défendu"), or a subject described between commas (``_described_subject``)."""
    back = np_back(s, a, across=True) if a > 0 and s.comma(a) else None
    opens = back is not None and (back[0] == 0 or (s.broken(back[0]) and not s.comma(back[0])))
    return back if opens else _described_subject(s, back)


def named_and_described(s: Sentence, a: int) -> tuple[int, int] | None:
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


def clause_subject(s: Sentence, k: int) -> tuple[int, int] | None:
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
