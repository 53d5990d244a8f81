"""A speaker said by the verb alone, in a language that drops the subject: "«…», afirmó.", "«… —dijo—, …»".

French and English name the speaker after a quote, if only by a pronoun ("a-t-il ajouté", "he added"); Spanish
may give the verb alone, whose subject is the one the sentences before name. ``dropped_subject_at`` reads such a verb
as a pronoun speaker (resolved as pronouns are: ``find._resolved``), only after the quote a sentence opens on and
with nothing after the verb but when, where and how it was said; ``dropped_subject`` tells such an attribution
afterwards (unresolved, it is compared as a pronoun is: ``compare._unresolved``).
"""
from __future__ import annotations

from ..model import Attribution
from .cues import CUES
from .sentence import QUOTE_MARK, TIME_ASIDE, Found, Sentence, cue_start, date_word
from .verb_groups import verb_group_start


def dropped_subject_at(s: Sentence, k: int, after: int, cue: tuple[int, int]) -> Found | None:
    """In a language that drops the subject, a verb of saying right after the quote a sentence opens on, with no one
    named after it ("«…», afirmó.", "«… —dijo—, …»", "«…», dijo el martes ante los diputados."): the verb itself stands
    for the speaker, as a pronoun does ("a-t-il ajouté"), whom the sentences before name (plural for "dijeron", "han
    reconocido")."""
    a = verb_group_start(s, k)
    after_quote = s.toks and s.in_quote(0) and (QUOTE_MARK.search(s.gap(a)) or "—" in s.gap(a))
    if not s.cues.drops_subject or not (after_quote or _closing(s, a)) or not _circumstances_only(s, after):
        return None
    many = s.toks[k].norm.endswith("n") or any(t.norm in _PLURAL_AUXILIARIES for t in s.toks[a:k])
    return Found(s.toks[k].start, s.toks[k].end, "pronoun:many" if many else "pronoun:one",
                 (cue_start(s, cue[0]), s.toks[cue[1]].end))


def _closing(s: Sentence, a: int) -> bool:
    """In Portuguese, a verb group after a comma that closes the statement before it ("…, a cerca de 60 quilómetros,
    acrescentou.": news copy says it so after a sentence of reported speech, not only after a quote)."""
    return s.lang == "pt" and a > 0 and s.comma(a)


def dropped_subject(a: Attribution, text: str, lang: str) -> bool:
    """An attribution whose speaker is its verb, the cue's last word, in a language that drops the subject ("«…»,
    afirmó.", "«…», han reconocido."): one word in lower case, no pronoun."""
    word = text[a.start:a.end]
    return lang in CUES and CUES[lang].drops_subject and a.cue[0] <= a.start and a.end == a.cue[1] \
        and word.isalpha() and word.islower() and word not in CUES[lang].pronouns


def _circumstances_only(s: Sentence, j: int) -> bool:
    """From token ``j`` to the end of the sentence or of the incise in dashes, only when, where and how something was
    said ("el martes", "ante los diputados", "con firmeza", "en rueda de prensa"), no one who says it (not "dijo
    entre lágrimas una vecina")."""
    while j < len(s.toks) and not ("—" in s.gap(j) and j > 0):
        t = s.toks[j]
        if s.broken(j) and not s.comma(j):
            return True
        if date_word(t) or t.norm in TIME_ASIDE or t.norm in _HOW:
            j += 1
        elif t.norm in _CIRCUMSTANTIAL:
            j = _past_phrase(s, j + 1)
        else:
            return False
    return True


def _past_phrase(s: Sentence, j: int) -> int:
    """Past a preposition's phrase: an article, a word, and what "de" adds to it ("la reunión", "rueda de prensa")."""
    j += 1 if j < len(s.toks) and s.toks[j].norm in s.cues.det and not s.broken(j) else 0
    j += 1 if j < len(s.toks) and not s.broken(j) else 0
    while j + 1 < len(s.toks) and s.toks[j].norm in s.cues.complement and not s.broken(j) and not s.broken(j + 1):
        j += 2 + (s.toks[j + 1].norm in s.cues.det and j + 2 < len(s.toks) and not s.broken(j + 2))
    return j


# how, where and when a statement was made, after its verb ("«…», dijo entre lágrimas ante los diputados")
_CIRCUMSTANTIAL = frozenset("en durante con entre ante tras desde sin".split())
_HOW = frozenset("así luego después también además finalmente firmemente".split())
_PLURAL_AUXILIARIES = frozenset("han habían habrán habrían hubieran".split())  # "«…», han reconocido."
