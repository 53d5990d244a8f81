"""Where a speaker's phrase starts after a verb of saying (``past_circumstances``): past what stands between the
verb and the speaker and is no part of either: auxiliaries and adverbs of manner, whom it was said to and where
("dans un entretien au Monde"), the time ("ce jeudi", a date), a gerund, an aside set off by commas, and phrases such
as "de son côté" or "pour sa part" (``past_aside``).
"""
from __future__ import annotations

from ..features import Token
from .bodies import outlet_like
from .cues import DOCUMENTS, OUTLETS
from .moments import moment_end
from .outlet_phrases import outlet_np
from .phrase import person_noun
from .sentence import MONTHS, WEEKDAYS, Sentence


_ON_THE_SPOT = frozenset({("sur", "place"), ("on", "site")})


def _past_gerund(s: Sentence, j: int) -> int:
    """Past a French gerund between a verb and its speaker ("a lancé en souriant le ministre", "a ajouté en jouant
    quelques accords le président déchu"): where the speaker's article is, else ``j``."""
    n = len(s.toks)
    g = j if j < n and s.toks[j].norm != "en" else j + 1  # "en" may have been read with the verb group
    if s.lang != "fr" or g + 1 >= n or g < 1 or s.toks[g - 1].norm != "en" or not s.toks[g].norm.endswith("ant") \
            or s.broken(g):
        return j
    for m in range(g + 1, min(g + 5, n - 1)):
        if s.broken(m):
            return j
        if s.toks[m].norm in s.cues.det and person_noun(s.toks[m + 1], s.cues):
            return m
    return j


def past_circumstances(s: Sentence, j: int) -> int:
    """Where a speaker after a verb starts: past auxiliaries and adverbs, past whom it was said to (", a déclaré à la
    presse un responsable") and where ("a assuré dans un communiqué la directrice", "dans un entretien au Monde")."""
    j = _past_manner(s, j)
    j = _past_occasion(s, j)
    if (to := _past_outlet(s, j)) is not None:
        return to
    return _past_document_in(s, j)


def _past_manner(s: Sentence, j: int) -> int:
    """Past the verb group, adverbs of manner, a day, "sur place", a gerund, a date, "avec émotion" and asides."""
    n = len(s.toks)
    while j < n and (s.toks[j].norm in s.cues.verb_group or _manner(s.toks[j])) and s.toks[j].norm not in s.cues.det \
            and not s.broken(j):
        j += 1  # "a déclaré diplomatiquement Contador"
    j = moment_end(s, j)  # "afirmó este jueves | la líder sindical", "a répondu mercredi soir | le ministre"
    if j + 1 < n and s.toks[j].norm in ("ce", "cette", "this") and s.toks[j + 1].norm in _WHEN:
        j += 2  # "a estimé ce jeudi le secrétaire général"
    if j + 2 < n and (s.toks[j].norm, s.toks[j + 1].norm) in _ON_THE_SPOT and not s.broken(j + 2):
        j += 2  # "a expliqué sur place un responsable du syndicat"
    j = _past_gerund(s, j)
    j = _past_date(s, j)
    if j + 2 < n and s.toks[j].norm == "avec" and s.toks[j + 1].surface.islower() and s.toks[j + 1].norm not in \
            s.cues.det and (s.is_name(j + 2) or s.toks[j + 2].norm in s.cues.det) and not s.broken(j + 2):
        j += 2  # "mentionne avec humour Haché", "a déclaré avec émotion le ministre"
    j = _past_comma_asides(s, j)
    return past_aside(s, j)


def _past_occasion(s: Sentence, j: int) -> int:
    """Past "lors de son audition", "lors d'une conférence de presse" (and its complement)."""
    n = len(s.toks)
    if j + 3 < n and s.toks[j].norm == "lors" and s.toks[j + 1].norm in s.cues.complement:
        j += 4 if s.toks[j + 2].norm in s.cues.det else 3  # "remarquait lors de son audition la ministre"
    elif j + 2 < n and s.toks[j].norm == "lors" and s.toks[j + 1].norm in s.cues.det:
        j += 3  # "a déclaré lors d'une conférence de presse le procureur"
        if j + 1 < n and s.toks[j].norm in s.cues.complement and s.toks[j + 1].norm not in s.cues.det:
            j += 2
    return j


def _past_outlet(s: Sentence, j: int) -> int | None:
    """Where the speaker starts past whom or which medium it was said to ("a déclaré à la presse un responsable",
    "… sur franceinfo Nicolas Bay"); None when no such phrase is at ``j``."""
    n = len(s.toks)
    if j + 2 < n and s.toks[j].norm in s.cues.to_outlet and s.toks[j + 1].norm in s.cues.det:
        return j + 3
    if j + 2 < n and s.toks[j].norm in s.cues.to_outlet and (s.is_name(j + 1) or s.toks[j + 1].norm in OUTLETS) \
            and not s.broken(j + 1):
        where = outlet_np(s, j + 1)  # "a déclaré au Parlement la députée", "a réitéré sur X l'ancien député"
        if (where is None or where[1] > j + 2) and s.toks[j + 1].norm in OUTLETS \
                and not s.toks[j + 1].surface[:1].isupper() and not s.broken(j + 2) \
                and (s.is_name(j + 2) or s.toks[j + 2].norm in s.cues.det):
            where = (j + 1, j + 2)  # "sur franceinfo Nicolas Bay": the medium, written in lower case, then the speaker
        if where and where[1] < n and not s.broken(where[1]) and (
                s.toks[where[1]].norm in s.cues.det or (s.is_name(where[1]) and _named_medium(s, where))):
            return where[1]  # "… sur franceinfo Nicolas Bay"
    return None


def _past_document_in(s: Sentence, j: int) -> int:
    """Past "dans un communiqué", "dans un entretien au Monde" (the medium too when it reads as one)."""
    n = len(s.toks)
    bare = j + 2 < n and s.toks[j].norm in s.cues.inside and s.toks[j + 1].surface.islower() \
        and s.toks[j + 1].norm in DOCUMENTS | s.cues.nouns and not s.broken(j + 2)  # "informou em comunicado a
    #                                                                              Proteção Civil"
    if bare or (j + 3 < n and s.toks[j].norm in s.cues.inside and s.toks[j + 1].norm in s.cues.det
                and not s.is_name(j + 2) and not s.broken(j + 3)):
        j += 2 if bare else 3
        if j + 1 < n and s.toks[j].norm in s.cues.to_outlet and not s.broken(j):
            outlet = outlet_np(s, j + 1)
            j = outlet[1] if outlet and outlet_like(s.toks[outlet[0]:outlet[1]]) else j
    return j


def _named_medium(s: Sentence, where: tuple[int, int]) -> bool:
    """The phrase holds a medium's name ("franceinfo", "RTL"): a name after it is the speaker's."""
    return any(t.norm in OUTLETS for t in s.toks[where[0]:where[1]])


def _past_date(s: Sentence, j: int) -> int:
    """Past a date between a verb and its speaker ("a déclaré le 7 mars Ahmed Emam", "a indiqué mardi soir le
    parquet"): a speaker starts after it."""
    n, k = len(s.toks), j
    if k + 2 < n and s.toks[k].norm == "le" and s.toks[k + 1].is_number and s.toks[k + 2].norm in MONTHS:
        k += 3
        k += k < n and s.toks[k].is_number and not s.broken(k)  # "le 7 mars 2023"
    while k + 1 < n and s.toks[k].norm in WEEKDAYS and (k == j or not s.broken(k)):
        k += 1  # "mardi", "mardi soir", "soir"
    dated = k > j or (k > 0 and s.toks[k - 1].norm in WEEKDAYS)  # the weekday may be read with the verb
    if dated and k + 2 < n and s.toks[k].is_number and s.toks[k + 1].norm in MONTHS and not s.broken(k + 1):
        k += 2  # "jeudi 16 mai"
        k += k < n and s.toks[k].is_number and not s.broken(k)  # "jeudi 16 mai 2019"
    if k == j or k >= n or s.broken(k) or s.broken(j + 1):
        return j
    return k


def _manner(t: Token) -> bool:
    """An adverb of manner ("diplomatiquement", "calmly"), lower case."""
    return t.surface.islower() and len(t.norm) > 6 and t.norm.endswith(("ment", "ly")) and not t.is_name


def _past_comma_asides(s: Sentence, j: int) -> int:
    """Past adverbs set off by commas after a verb (", pointait, d'ailleurs, hier soir, Christine Lagarde")."""
    n = len(s.toks)
    while j < n and s.comma(j):
        m = j
        while m < n and (m == j or not s.broken(m)) and s.toks[m].norm in _ASIDE_WORDS:
            m += 1
        if m == j or m >= n or not s.comma(m):
            return j
        j = m
    return j


_ASIDE_WORDS = frozenset("ailleurs hier soir matin aujourd'hui encore aussi pourtant également cependant toutefois "
                         "néanmoins enfin alors lui-même elle-même however also".split())
_WHEN = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi week-end semaine monday tuesday "
                  "wednesday thursday friday saturday sunday morning evening week".split())


# Words that say whose turn or side it is, between a verb and what follows ("estime de son côté que", "a pour sa part
# déclaré", "said for his part"): never a speaker.
_ASIDES = (("de", "son", "côté"), ("de", "leur", "côté"), ("pour", "sa", "part"), ("pour", "leur", "part"),
           ("à", "son", "tour"), ("à", "leur", "tour"), ("for", "his", "part"), ("for", "her", "part"),
           ("for", "their", "part"), ("for", "its", "part"), ("in", "turn"), ("quant", "à", "lui"),
           ("quant", "à", "elle"), ("quant", "à", "eux"), ("quant", "à", "elles"), ("à", "titre", "personnel"))


def past_aside(s: Sentence, j: int) -> int:
    """The token after a phrase of ``_ASIDES`` starting at ``j`` (``j`` when none starts there; an aside set off by
    commas too: "réagit, à titre personnel, le pasteur")."""
    for words in _ASIDES:
        if tuple(t.norm for t in s.toks[j : j + len(words)]) == words:
            return j + len(words)
    return j
