"""A pronoun inside the verb as the speaker ("a-t-il ajouté", "ajoute-t-elle"), and an unnamed "on" with where it
speaks from ("a-t-on appris auprès du parquet", "assure-t-on dans l'entourage du ministre", "Chez Renault, on
assure que …").
"""
from __future__ import annotations

from dataclasses import replace

from .noun_phrases import np_forward
from .phrase import is_place
from .saying import is_say
from .sentence import Found, Sentence, found_at
from .verb_groups import keen, verb_group_start


def inverted_says(s: Sentence, k: int, verb: str) -> bool:
    """ "ajoute-t-il", "a-t-il déclaré", "a-t-on appris": the verb, or the participle after it, reports speech
    ("Pourquoi est-elle partie ?" does not)."""
    from ..lemmas import shared_lemmas

    lemma = shared_lemmas().lemma(verb.lower(), s.lang)
    if lemma in s.cues.say or lemma in s.cues.after_quote:  # "poursuit-il"
        return True
    if lemma == verb.lower() and lemma.endswith("e") and lemma + "r" in s.cues.after_quote:
        return True  # "tranche-t-il", "analyse-t-elle": the verb the lemmatiser read as its noun
    if lemma in _IMPERSONAL:
        return False  # "Faut-il le rappeler ?": a question, nobody speaks
    k = _past_adverbs(s, k) - 1  # "a-t-elle aussi assuré", "a-t-il encore rapporté"
    nxt = s.toks[k + 1] if k + 1 < len(s.toks) and not s.broken(k + 1) else None
    let_know = nxt is not None and nxt.lemma == "faire" and k + 2 < len(s.toks) and is_say(s, k + 2)
    keen_to = any(j < len(s.toks) and keen(s, j) == j - k - 1 and is_say(s, j) for j in (k + 2, k + 3))
    #         "s'est-il contenté d'ajouter", "a-t-il tenu à préciser"
    return nxt is not None and (is_say(s, k + 1) or nxt.lemma in _LEARNT or let_know or keen_to  # "a-t-il fait valoir"
                                or nxt.lemma in s.cues.after_quote)  # "a-t-elle poursuivi"


_LEARNT = frozenset({"apprendre"})  # "a-t-on appris de source proche": the place it was learnt is the source


def _past_adverbs(s: Sentence, k: int) -> int:
    """The token after an inverted verb ("a-t-elle") and the adverbs that follow it ("aussi", "encore")."""
    j = k + 1
    while j < len(s.toks) and s.toks[j].norm in s.cues.verb_group and not s.broken(j) and not is_say(s, j):
        j += 1
    return j


def from_inverted(s: Sentence, k: int, pronoun: str) -> Found | None:
    """ "ajoute-t-il", "a-t-elle ajouté": the pronoun inside the token is the speaker."""
    tok = s.toks[k]
    start = tok.start + tok.surface.lower().rindex("-" + pronoun.lower()) + 1
    j = _past_adverbs(s, k)  # "a-t-elle aussi assuré"
    cue_end = j if j < len(s.toks) and not s.broken(j) and is_say(s, j) else k
    return Found(start, start + len(pronoun), "pronoun:" + s.cues.pronouns.get(pronoun.lower(), "one"),
                 (tok.start, s.toks[cue_end].end))


def from_impersonal(s: Sentence, k: int) -> list[Found]:
    """ "assure-t-on dans l'entourage du ministre", "a-t-on appris auprès du parquet": the place the unnamed
    speaker is in is the source."""
    j = k + 1 if k + 1 < len(s.toks) and (is_say(s, k + 1) or s.toks[k + 1].lemma in _LEARNT) else k
    for m in range(j + 1, min(j + 5, len(s.toks))):
        word = s.toks[m].norm
        if word in ("au", "à"):  # "disait-on au parquet de Marseille": the institution itself speaks
            span = np_forward(s, m + 1)
            found = found_at(s, span, (k, j)) if span else None
            if found is not None and found.kind == "organisation":
                return [found]
            break
        if word in ("dans", "auprès", "sein", "chez") or _of_sources(s, m):
            return _learnt_from(s, m, (k, j))
    if s.toks[k].lemma in _LEARNT or (j > k and s.toks[j].lemma in _LEARNT):
        return []  # "a-t-on appris": where it was learnt is not said
    t = s.toks[k]  # "assure-t-on", "dit-on": someone the text does not name
    start = t.start + t.surface.lower().rindex("-on") + 1
    return [Found(start, start + 2, "anonymous", (t.start, s.toks[j].end))]


_AT_PLACE = (("à",), ("a",), ("au",), ("aux",), ("chez",), ("du", "côté", "de"), ("du", "côté", "du"),
             ("du", "côté", "des"))  # the words a place the sentence opens with follows


def fronted_place(s: Sentence, k: int) -> list[Found]:
    """ "A l'ARS, on fait valoir que …", "Chez Renault, on assure que …": the unnamed "on" speaks for the place
    the sentence opens with, which is the source."""
    a = verb_group_start(s, k)
    on = a - 1
    if on < 2 or s.toks[on].norm not in s.cues.impersonal or not s.comma(on):
        return []
    j = next((len(words) for words in _AT_PLACE if tuple(t.norm for t in s.toks[: len(words)]) == words), None)
    if j is None or j >= on or any(s.broken(m) for m in range(j + 1, on)):
        return []
    also = next((m for m in range(j + 1, on - 2) if s.toks[m].norm == "comme" and s.toks[m + 1].norm in _AT), None)
    spans = [(j, on)] if also is None else [(j, also), (also + 2, on)]  # "A l'ARS comme à l'APHP, on défend"
    out = []
    for span in spans:
        if any(is_place(t, s.lang) for t in s.toks[span[0]:span[1]]):
            continue  # "Au Japon, on craint …", "Aux États-Unis, on estime …": the people there, not a body
        found = found_at(s, span, (on, k))
        if found is not None and s.toks[0].norm == "chez" and found.kind == "person":
            found = replace(found, kind="organisation")  # "Chez Renault, on indique": the company's people
        if found is not None and found.kind in ("organisation", "anonymous"):
            out.append(found)
    return out


_AT = frozenset({"à", "a", "au", "aux"})


def _of_sources(s: Sentence, m: int) -> bool:
    """ "a-t-on appris de sources policières", "de source judiciaire", "de même source": "de" and the sources
    themselves."""
    n = m + 2 if m + 2 < len(s.toks) and s.toks[m + 1].norm in ("même", "mêmes", "bonne", "bonnes") else m + 1
    return s.toks[m].norm in ("de", "d") and n < len(s.toks) and s.toks[n].norm in ("source", "sources") \
        and not s.broken(m + 1) and not s.broken(n)


def _learnt_from(s: Sentence, m: int, cue: tuple[int, int]) -> list[Found]:
    """The place or the sources an unnamed "on" learnt it from, from token ``m`` ("dans l'entourage du ministre",
    "auprès du parquet", "de sources policières"), and a second one joined by "et" ("et auprès de témoins")."""
    word = s.toks[m].norm
    span = np_forward(s, m + 2 if word in ("auprès", "sein") else m + 1)
    if span is None:
        return []
    inside = None if word in ("auprès", "de", "d") else "anonymous"  # someone in the place, not the place itself
    found = found_at(s, span, cue, inside)
    if found is None:
        return []
    out = [replace(found, start=s.toks[m - 1 if word == "sein" else m].start) if word not in ("de", "d") else found]
    e = span[1]
    if e + 2 < len(s.toks) and s.toks[e].norm == "et" and not s.broken(e + 1) \
            and (s.toks[e + 1].norm in ("auprès", "dans", "chez") or _of_sources(s, e + 1)):
        out += _learnt_from(s, e + 1, cue)[:1]
    return out


_IMPERSONAL = frozenset({"falloir"})
