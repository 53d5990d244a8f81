"""Who says it, several speakers: a list of them before one cue ("La France, l'Espagne et le Portugal jugent",
"…, cops and family said"), a group with one head ("Russian and Iranian officials"), and a second speaker joined to
the first after the cue ("ont déclaré à CNN un responsable occidental et un diplomate américain")."""
from __future__ import annotations

from ..features import Token
from .cues import COMPANY_SUFFIXES, INSTITUTIONS, OPENERS, SUBORDINATORS
from .kind import kind_of
from .noun_phrases import np_forward
from .phrase import person_noun
from .sentence import QUOTE_MARK, Found, Sentence, found_at


_BOTH = frozenset({"both", "either", "neither"})
_AT = frozenset({"au", "aux", "en", "à", "in", "at", "on"})  # "Au tribunal, avocats et proches ont dit": a place


def and_another(s: Sentence, span: tuple[int, int], cue: tuple[int, int], after: int) -> list[Found]:
    """The other speakers joined to one read after the verb or the preposition ("ont déclaré à CNN un responsable
    occidental et un diplomate américain", "selon les analystes et les responsables militaires", "critiqué tant par
    l'opposition que par une partie de la droite et des associations")."""
    out: list[Found] = []
    while span is not None and len(out) < 4:
        e, n = span[1], len(s.toks)
        if span[0] < after or e + 1 >= n or any(s.broken(m) for m in range(span[0] + 1, e + 2)):
            break
        if s.toks[e].norm in ("que", "ou") and s.toks[e + 1].norm == "par":
            j = e + 2  # "critiqué tant par l'opposition que par une partie de la droite"
        elif s.toks[e].norm in ("et", "and") and (
                s.toks[e + 1].norm in s.cues.det or person_noun(s.toks[e + 1], s.cues) or s.toks[e + 1].norm in INSTITUTIONS
                or (s.is_name(e + 1) and e + 2 < n and s.is_name(e + 2) and span[1] - span[0] >= 2  # not "The Globe
                    and all(s.is_name(m) for m in range(*span))  # and Mail", "Marks and Spencer", "le fondateur de
                    and kind_of(s.phrase(*span)) == "person")):  # MSF et Médecins du Monde"
            j = e + 1  # "selon les analystes et les responsables", "according to Smith and Jones", "… and prosecutors"
        else:
            break
        span = np_forward(s, j) if j < n else None
        found = found_at(s, span, cue) if span else None
        if found is None or found.kind == "document":
            break
        out.append(found)
    return out


MAX_CONJUNCT = 6  # words of one speaker in a list of speakers


_LEADING = OPENERS | SUBORDINATORS  # words a list of speakers may follow ("Mais", "While")


def coordinated(s: Sentence, span: tuple[int, int], cue: tuple[int, int]) -> list[Found]:
    """The other speakers of a list ending with ``span`` ("La France, l'Espagne et le Portugal jugent"): the
    phrases before "et"/"and", separated by commas, each naming a source of its own (a name, an institution);
    the list ends at the first phrase that does not ("Après la réunion, Paris et Londres ont dit")."""
    k = span[0] - 1
    if k < 1 or s.toks[k].norm not in ("et", "and") or s.broken(k) or s.broken(k + 1):
        return []
    out, end = [], k
    while end > 0:
        start = end - 1
        while start > 0 and end - start < MAX_CONJUNCT and not s.broken(start):
            start -= 1
        if end - start == 1 and s.toks[start].surface in COMPANY_SUFFIXES and s.comma(start) and start > 1:
            start -= 1  # "T-Mobile USA, Inc. and Research In Motion": the suffix is its company's
            while start > 0 and end - start < MAX_CONJUNCT and not s.broken(start):
                start -= 1
        if (s.toks[start].norm in s.cues.preps or s.toks[start].norm in _AT) \
                and (start == 0 or s.toks[start].surface.islower()):
            break  # "In court, lawyers and relatives said": a place opens the sentence (not "ON Semiconductor")
        if s.toks[start].norm in _BOTH and end - start > 1:
            start += 1  # "Both Mr Blair and Mr Brown said": "both" names no one
        opening = start == 0
        while opening and end - start > 1 and s.toks[start].norm in _LEADING:
            start += 1  # "Mais Yahoo et Google", "While the UN watchdog and U.S. officials say", "Alors que"
        found = found_at(s, (start, end), cue, fallback=_parallel_name(s, (start, end), span))
        first = start if not s.toks[start].stop else start + 1
        after_quote = start > 0 and QUOTE_MARK.search(s.gap(start)) is not None  # '"…," Mark and Condon said'
        short = end - start <= 2 and (start == 0 or s.comma(start) or after_quote)  # "…, cops and family said"
        if (s.broken(start) and not s.comma(start) and start > 0 and not after_quote) or found is None \
                or (found.kind == "anonymous" and not short) \
                or not (s.is_name(first) or found.kind in ("organisation", "person", "outlet") or short):  # "Les syndicats FO et la CFDT"
            break  # "Après la réunion, Paris et Londres": the list starts after the comma
        out.append(found)
        if start == 0 or not s.comma(start):
            break
        end = start
    return out[::-1]


def shared_head(s: Sentence, span: tuple[int, int]) -> tuple[int, int] | None:
    """ "Russian and Iranian officials", "U.S. law enforcement and security officials": the words before "and"
    have no noun of people of their own and share the speaker's ("officials"); the whole phrase, else None."""
    k = span[0] - 1
    if k < 1 or s.toks[k].norm not in ("and", "et") or s.broken(k) or s.broken(k + 1) or span[1] - span[0] < 2 \
            or s.toks[span[0]].norm in s.cues.det:
        return None
    start = k
    while start > 0 and k - start < MAX_CONJUNCT - 2 and not s.broken(start) \
            and s.toks[start - 1].norm not in s.cues.det and s.toks[start - 1].norm not in s.cues.stop_np:
        start -= 1
    if start == k or (start > 0 and not s.broken(start)) or person_noun(s.toks[k - 1], s.cues) \
            or not all(_modifier_only(t) for t in s.toks[start:k]):
        return None  # "the mayor and city officials", "Hamas and Israeli officials": someone of their own
    return start, span[1]


def _modifier_only(t: Token) -> bool:
    """A word that only qualifies a noun: a nationality ("Russian", "Israeli", "French"), an initial ("U.S."),
    or a lower-case noun that names no body ("law enforcement", "security")."""
    if t.surface[:1].isupper():
        return (len(t.surface) == 1) or t.norm.endswith(_NATIONALITY_ENDINGS)
    return t.norm not in INSTITUTIONS and t.lemma not in INSTITUTIONS


_NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "can", "li", "ch", "ic", "ain")  # not "Boeing", "Hamas", "GM"


def _parallel_name(s: Sentence, conjunct: tuple[int, int], last: tuple[int, int]) -> str | None:
    """The kind of the list's last speaker, for a capitalised name before it that opens the sentence and that
    nothing else tells the kind of ("Yahoo et Google ont nié": a company beside a company)."""
    kind = kind_of(s.phrase(*last))
    words = s.toks[conjunct[0]:conjunct[1]]
    if kind in ("organisation", "person") and all(t.surface[:1].isupper() and not t.stop for t in words):
        return kind
    return None
