"""A source named before the word that makes it one ("Dem Geschäftsbericht zufolge", "Polizeiangaben zufolge"):
German's postposition, read back over the noun phrase before it."""
from __future__ import annotations

from .sentence import Found, Sentence, found_at

_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "dem jüngsten Bericht zufolge"


def from_postposition(s: Sentence, k: int) -> list[Found]:
    """The phrase right before the postposition at token ``k`` (articles, adjectives, nouns and their
    complements, back to punctuation or any other word), as the source."""
    if s.toks[k].norm not in s.cues.after_source or k == 0 or s.broken(k) or s.in_quote(k):
        return []
    i = k
    while i > 0 and k - i < _LONGEST and (i == k or not s.broken(i)) and _in_phrase(s, i - 1):
        i -= 1
    found = found_at(s, (i, k), (k, k)) if i < k and s.toks[i].norm not in s.cues.complement else None
    return [found] if found else []


_LONGEST = 8


def _in_phrase(s: Sentence, m: int) -> bool:
    t = s.toks[m]
    return t.surface[:1].isupper() and not (m == 0 and t.norm in s.cues.complement - s.cues.det) \
        or t.norm in s.cues.det or t.norm in s.cues.complement or t.is_number \
        or (_adjective(s, m) and m > 0 and (s.toks[m - 1].norm in s.cues.det or _adjective(s, m - 1)))
    #      an adjective after its article ("dem jüngsten Bericht zufolge"; not "Vier Menschen starben Polizeiangaben
    #      zufolge": a verb after its subject)


def _adjective(s: Sentence, m: int) -> bool:
    t = s.toks[m]
    return t.surface.islower() and t.norm.endswith(_ADJECTIVE_ENDINGS) and t.norm not in s.cues.verb_group
