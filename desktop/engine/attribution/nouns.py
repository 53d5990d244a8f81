"""Who says it, nouns: a statement named by its noun ("an interview with X", "released a statement", "n'a fait
aucun commentaire", "no immediate comment from the government", "X a défendu sa décision dans un communiqué")."""
from __future__ import annotations

from .asides import WHERE, any_participle, incise
from .noun_phrases import np_back, np_forward
from .outlets import addressee
from .phrase import possessive
from .saying import verb_cue
from .sentence import Found, Sentence, found_at
from .subjects import sentence_subject, subject_after_comma
from .verb_groups import verb_group_start


def from_noun(s: Sentence, k: int) -> list[Found]:
    """A noun cue: "an interview with X" (an outlet); "n'a fait aucun commentaire", "released a statement"
    (the speaker before the verb)."""
    if (silent := _no_comment_from(s, k)) is not None:
        return [silent]  # "There was no immediate comment from the government", "aucun commentaire de la mairie"
    outlet, _ = addressee(s, k)
    stated = _stated_in(s, k)
    if outlet is not None and not (k > 1 and s.toks[k - 2].lemma in _MAKE_STATEMENT and s.toks[k].norm in _REMARKS):
        return [outlet, *stated]  # "in an interview with X"; "made the comments on BBC Radio 4" names its speaker too
    if stated:
        return stated
    out = [outlet] if outlet else []
    if k > 0 and not s.broken(k) and possessive(s.toks[k - 1]):
        span = np_back(s, k)  # "Prime Minister Jane Doe's insistence that": the possessor said it
        if span and s.toks[span[0]].norm in s.cues.preps | WHERE:
            return []  # "as they were in the embassy's report": where something was written, no statement
        who = found_at(s, span, (k, k)) if span else None
        return [who] if who else []
    d = k - 1
    if d > 1 and s.toks[d].norm not in _NOUN_DETS and s.toks[d - 1].norm in _NOUN_DETS and not s.toks[d].stop \
            and s.toks[d].surface.islower() and not s.broken(d):
        d -= 1  # "released a separate statement"
    if d < 1 or s.broken(k) or s.toks[d].norm not in _NOUN_DETS or s.toks[d - 1].norm in s.cues.preps \
            or s.toks[d - 1].norm in s.cues.inside | {"with", "avec", "con"}:
        return []
    if s.toks[d - 1].lemma not in _MAKE_STATEMENT and s.toks[d - 1].norm not in _MAKE_STATEMENT:
        return out  # "ont signé une déclaration commune": the document speaks, not its signatories
    a = verb_group_start(s, d - 1)
    span = np_back(s, a) if a > 0 and not s.broken(a) else subject_after_comma(s, a) or _named_between(s, a)
    if span is not None:  # "A spokesman said | Downing Street had no comment": the clause's own subject
        said = [m for m in range(*span) if verb_cue(s, m)]
        span = (said[-1] + 1, span[1]) if said and said[-1] + 1 < span[1] else span
    who = found_at(s, span, (a, k)) if span else None
    return [who, *out] if who else out


def _named_between(s: Sentence, a: int) -> tuple[int, int] | None:
    """ "…, but his wife, Michele, released a statement": the clause's subject and its name between commas; not a
    participle's aside ("but the club, citing privacy, released": the club alone)."""
    span = incise(s, a)
    if span is None:
        return None
    cut = next((m for m in range(span[0] + 1, span[1]) if s.comma(m)), None)
    participle = cut is not None and s.toks[cut].surface.islower() and (
        any_participle(s, cut) or s.toks[cut].norm.endswith("ing"))
    if participle:
        return (span[0], cut)
    return span


def _no_comment_from(s: Sentence, k: int) -> Found | None:
    """ "no (immediate) comment from X", "pas de commentaire de X", "aucun commentaire du ministère": X said nothing
    (a refusal, as "declined to comment" is), not a request for comment from a medium."""
    neg = next((m for m in range(max(0, k - 2), k) if s.toks[m].norm in _NO_WORDS), None)
    if neg is None or any(s.broken(m) for m in range(neg + 1, k + 2)) or k + 2 >= len(s.toks) \
            or s.toks[k + 1].norm not in _FROM or neg == 0 or s.toks[neg - 1].norm not in _THERE_WAS \
            or any(s.toks[m].stop and s.toks[m].norm != "de" for m in range(neg + 1, k)):
        return None  # not "received no complaints or comment from customers", "drew no comment from readers"
    span = np_forward(s, k + 2, tail=False)
    if span is None:
        return None
    end = next((m for m in range(span[0] + 1, span[1]) if s.toks[m].norm in _ABOUT), span[1])
    return found_at(s, (span[0], end), (neg, k + 1))  # "no comment from the ministry | about the request"


_NO_WORDS = frozenset({"no", "aucun", "aucune", "pas"})
_ABOUT = frozenset("about on over regarding concerning sur concernant quant".split())  # what the comment was on
_THERE_WAS = frozenset("was were is are has had have been with eu a avait y".split())  # "There was no comment", "had no"


_FROM = frozenset({"from", "de", "du", "des", "d"})


def _stated_in(s: Sentence, k: int) -> list[Found]:
    """ "GoFundMe's spokeswoman vouched for the donor in a statement to the Times", "X a défendu sa décision dans un
    communiqué": the clause's subject made the statement (not "The decision was announced in a statement")."""
    d = k - 1
    if s.toks[k].norm not in _OWN_WORDS or d < 2 or s.toks[d].norm not in _NOUN_DETS \
            or s.toks[d - 1].norm not in s.cues.inside or s.broken(d) or s.broken(d - 1):
        return []
    span = sentence_subject(s)
    if span is None or span[1] >= d - 1 or s.broken(span[1]) \
            or {t.norm for t in s.toks[span[1]:span[1] + 2]} & _PASSIVE_OR_BE \
            or any(verb_cue(s, m) for m in range(span[1], d - 1)):
        return []  # "Le groupe sera aidé, déclare le ministre dans une interview": the statement is the verb's
    who = found_at(s, span, (d - 1, k))
    return [who] if who and who.kind in ("person", "organisation", "anonymous") else []


_OWN_WORDS = frozenset("statement communiqué interview entretien".split())


_PASSIVE_OR_BE = frozenset("was were is are be been being will would été est sont était étaient sera seront serait"
                           .split())


_MAKE_STATEMENT = frozenset("faire fait publier publié diffuser diffusé donner donné émettre émis accorder accordé apporter "
                            "have has had "
                            "release released issue issued make made give gave given offer offered publish published "
                            "provide provided".split())


_REMARKS = frozenset({"comments", "remarks", "commentaires", "propos"})


_NOUN_DETS = frozenset({"a", "an", "no", "any", "un", "une", "aucun", "aucune", "de", "the", "these", "his", "her",
                        "their", "its", "ses", "ces"})  # "n'a pas fait de commentaire", "made the comments"
