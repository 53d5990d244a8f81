"""Who says it: in each sentence, every phrase naming the source of its statement, with its kind and its cue.

A stage of its own after segmentation and features. Cues are verbs and nouns of saying (by lemma: "a déclaré",
"said", "told", "declined"), sourcing prepositions ("selon", "d'après", "according to") and documents a statement
is in ("dans un communiqué"). From each cue the speaker's phrase is read where the language puts it: before the
verb ("Des responsables ont déclaré"), after it when the statement comes first (", a annoncé un porte-parole"),
in the verb itself ("a-t-il ajouté": the pronoun, resolved to the nearest earlier speaker), after "par"/"by"
for a passive, after "à"/"to" for the outlet a statement was made to. Statements quoted inside a quote are
not read. Word lists live in ``attribution_cues``; languages without lists yield nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .attribution_cues import CUES, DOCUMENTS
from .attribution_kind import best_kind, kind_of, outlet_like
from .attribution_names import name_uses
from .attribution_phrases import (
    Sentence, is_say, np_back, np_forward, outlet_np, participle, start_of, verb_group_start,
)
from .features import SentenceFeatures, Token
from .model import Attribution, Document

_QUOTE_MARK = re.compile(r"[«»\"“”]")
_INVERTED = re.compile(r"^(\w+)-(?:t-)?(il|elle|on|ils|elles)$", re.I)


@dataclass(frozen=True)
class Found:
    """One attribution inside a sentence (offsets into the sentence text)."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int]
    refers_to: str | None = None


def _found(s: Sentence, span: tuple[int, int], cue: tuple[int, int], kind: str | None = None,
           fallback: str | None = None) -> Found | None:
    """The attribution of the phrase ``span`` (token range) with its cue; ``kind`` forces its kind,
    ``fallback`` is its kind when its words tell none."""
    i, j = span
    cuts = [i] + [k for k in range(i + 1, j) if s.comma(k)] + [j]
    kind = kind or best_kind([kind_of(s.phrase(a, b)) for a, b in zip(cuts, cuts[1:])]) or fallback
    if kind is None and s.toks[i].norm in s.cues.indefinite and j - i > 1:
        kind = "anonymous"  # "a local barber told", "une habitante raconte": someone the text does not name
    if kind is None:
        return None
    return Found(start_of(s, i), s.toks[j - 1].end, kind, (_cue_start(s, cue[0]), s.toks[cue[1]].end))


def _cue_start(s: Sentence, k: int) -> int:
    """A cue's first character, an elided negation kept ("n'a pas répondu")."""
    start = s.toks[k].start
    return start - 2 if start >= 2 and s.text[start - 2 : start].lower() in ("n'", "n’") else start


def _addressee(s: Sentence, k: int) -> tuple[Found | None, int]:
    """The outlet a statement was made to, right after the cue ("a déclaré à CNN", "told the Times");
    returns it (or None) and the token after it."""
    j = k + 1
    while j < len(s.toks) and (s.toks[j].norm in s.cues.verb_group or s.toks[j].norm.endswith(("ment", "ly"))) \
            and not s.broken(j):
        j += 1  # "ont déclaré séparément à CNN"
    if j >= len(s.toks) or s.broken(j):
        return None, k + 1
    body = _outlet_prep(s, j)
    prep = body is not None
    span = outlet_np(s, body if prep else j)
    if span is None or not (outlet_like(s.toks[span[0]:span[1]]) or (prep and s.toks[k].lemma in _MEDIA_NOUNS)
                            or (prep and _speaker_follows(s, span))):
        return None, k + 1
    return _found(s, span, (k, j if prep else k), "outlet"), span[1]


_REQUESTS = frozenset("sollicitation sollicitations question questions demande demandes".split())


def _outlet_prep(s: Sentence, j: int) -> int | None:
    """Where a medium's name may start after the words at ``j`` that send a statement to it ("à", "to", "auprès de",
    "aux sollicitations de"), or None."""
    n, word = len(s.toks), s.toks[j].norm
    nxt = s.toks[j + 1].norm if j + 1 < n else ""
    if word == "auprès" and nxt in s.cues.complement:
        return j + 2
    if word not in s.cues.to_outlet:
        return None
    if nxt in _REQUESTS and j + 2 < n and s.toks[j + 2].norm in s.cues.complement:
        return j + 3  # "n'a pas répondu aux sollicitations de l'AFP"
    return j + 1


def _speaker_follows(s: Sentence, span: tuple[int, int]) -> bool:
    """ "a déclaré à France Info le ministre": a phrase opening with an article right after a name of two words
    or more, or an acronym (one first name could be whom it was said to)."""
    e = span[1]
    named = span[1] - span[0] >= 2 or s.toks[span[0]].surface.isupper()
    return named and e < len(s.toks) and not s.broken(e) and s.toks[e].norm in s.cues.det \
        and s.toks[e].norm not in s.cues.complement


_MEDIA_NOUNS = frozenset({"interview", "entretien", "tribune"})


_ACTIVE_AUX = frozenset("a ont avait avaient aurait auraient has have had".split())


def _passive_agent(s: Sentence, k: int) -> int | None:
    """The token after "par"/"by" when the cue is a passive participle ("qualifié de ... par", "labeled ... by")."""
    group = {t.norm for t in s.toks[verb_group_start(s, k):k]}
    if group & _ACTIVE_AUX and not group & s.cues.passive:
        return None  # "a annoncé avoir été chargé par": the agent is not the speaker's
    for j in range(k + 1, min(k + 7, len(s.toks) - 1)):
        if s.toks[j].norm in ("par", "by"):
            return j + 1
        if s.toks[j].norm in s.cues.stop_np or (s.broken(j) and not _QUOTE_MARK.search(s.gap(j))):
            return None
    return None


def _incise(s: Sentence, a: int) -> tuple[int, int] | None:
    """"X, the spokesman, said" / "le porte-parole, Jean Dupont, a déclaré": both sides of the commas."""
    if a < 2 or not s.comma(a):
        return None
    second = np_back(s, a, across=True)
    if second is not None and second[0] == 0 and s.comma(a + 1):
        return second  # "Her rep, however, declined"
    if second is None or not s.comma(second[0]):
        return _before_relative(s, a)
    first = np_back(s, second[0], across=True)
    if first and _any_participle(s, second[0]) and first[0] > 0 and s.comma(first[0]):
        title = np_back(s, first[0], across=True)  # "The chancellor, Angela Merkel, facing criticism, said"
        return (title[0], first[1]) if title else first
    return (first[0], second[1]) if first else None


def _any_participle(s: Sentence, k: int) -> bool:
    """ "facing criticism", "parti l'été dernier": a present or past participle opening a phrase."""
    t = s.toks[k]
    return participle(t) or (t.lemma != t.norm and t.norm.endswith(s.cues.participles + ("i", "ie")))


def _before_relative(s: Sentence, a: int) -> tuple[int, int] | None:
    """ "L'Association X, qui représente soixante victimes, estime": the phrase before a relative clause set off by
    commas, the clause left out."""
    c = a - 1
    while c > 0 and not s.broken(c):
        c -= 1
    if c < 1 or not s.comma(c) or s.toks[c].norm not in _RELATIVES:
        return None
    span = np_back(s, c, across=True)
    return span if span and (span[0] == 0 or s.broken(span[0])) else None


_RELATIVES = frozenset({"qui", "who", "which"})


def _speaker_spans(s: Sentence, k: int, after: int) -> list[tuple[int, int] | None]:
    """Where the speaker of the verb cue at ``k`` may be, most likely first: before its verb group, or
    between commas before it, or after it (inverted)."""
    a = verb_group_start(s, k)
    if a > 0 and not s.broken(a):
        span = np_back(s, a)
        if span is None and s.toks[a - 1].norm in s.cues.stop_np:
            return []  # "... and said": the subject was read with the first verb
        return [span]
    back = np_back(s, a, across=True) if a > 0 and s.comma(a) else None
    subject = back if back and back[0] == 0 else None  # "Le PDG X, s'est défendu": the sentence's subject
    return [_incise(s, a), np_forward(s, after), subject]


def _from_verb(s: Sentence, k: int) -> list[Found]:
    outlet, after = _addressee(s, k)
    out = [outlet] if outlet else []
    agent = _passive_agent(s, k)
    if agent is None and _not_a_statement(s, k):
        return out
    if agent is not None:
        spans = [np_forward(s, agent)]
    elif participle(s.toks[k]) and k > 0 and (s.comma(k) or s.toks[k].lemma in _SAYING):
        spans = [_subject(s)]  # "X a cherché à rassurer, affirmant que": the speaker is the sentence's subject
    else:
        spans = _speaker_spans(s, k, after)
    cue_end = k if outlet is None else max(k, _token_at(s, outlet.cue[1]))
    cue = (verb_group_start(s, k), cue_end)
    span, who = next(((sp, f) for sp in spans if sp for f in [_found(s, sp, cue)] if f), (None, None))
    if who is None and agent is None and _after_statement(s, k, after):
        span = np_forward(s, after)  # '« ... », a insisté le nouveau venu': whoever speaks after a quote
        who = _found(s, span, cue, fallback="anonymous") if span else None
    if who and who.kind != "document" and ((participle(s.toks[k]) and not s.comma(k))
                                           or s.toks[k].lemma in s.cues.documents_only):
        who = None  # "aucun signe indiquant que", "la Chine a montré": only a document shows or indicates
    if who and s.toks[k].lemma in s.cues.with_que and not _que_follows(s, k):
        who = None  # "soutenir que" reports a claim, "soutenir un projet" does not
    if who is None:
        return _outlet_in_speaker(s, span, k) + out
    return [*_coordinated(s, span, cue), who, *_and_another(s, span, cue, after)] + _outlet_in_speaker(s, span, k) + out


def _and_another(s: Sentence, span: tuple[int, int], cue: tuple[int, int], after: int) -> list[Found]:
    """A second speaker joined to one read after the verb or the preposition ("ont déclaré à CNN un responsable
    occidental et un diplomate américain", "selon les analystes et les responsables militaires")."""
    e = span[1]
    if span[0] < after or e + 1 >= len(s.toks) or any(s.broken(m) for m in range(span[0] + 1, e)) or s.toks[e].norm not in ("et", "and") or s.broken(e) \
            or s.broken(e + 1) or s.toks[e + 1].norm not in s.cues.det:
        return []
    nxt = np_forward(s, e + 1)
    found = _found(s, nxt, cue) if nxt else None
    return [found] if found and found.kind != "document" else []


def _after_statement(s: Sentence, k: int, after: int) -> bool:
    """The verb follows its statement and its speaker follows it: after a quote, or after a comma when an article
    opens the phrase after the verb ("..., rappellent les hydrologues")."""
    gap = s.gap(verb_group_start(s, k))
    if _QUOTE_MARK.search(gap):
        return True
    return s.comma(verb_group_start(s, k)) and after < len(s.toks) and s.toks[after].norm in s.cues.det \
        and not participle(s.toks[k])


MAX_CONJUNCT = 6  # words of one speaker in a list of speakers


def _coordinated(s: Sentence, span: tuple[int, int], cue: tuple[int, int]) -> list[Found]:
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
        found = _found(s, (start, end), cue)
        if (s.broken(start) and not s.comma(start) and start > 0) or found is None or found.kind == "anonymous" \
                or not s.is_name(start if not s.toks[start].stop else start + 1):
            break  # "Après la réunion, Paris et Londres": the list starts after the comma
        out.append(found)
        if start == 0 or not s.comma(start):
            break
        end = start
    return out[::-1]


def _que_follows(s: Sentence, k: int) -> bool:
    nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
    return nxt is not None and (nxt.norm in ("que", "that") or s.gap(k + 1).strip().lower() in ("qu'", "qu’"))


_SAYING = frozenset({"say", "dire", "add", "ajouter"})  # "X downplayed it saying that": X says it


def _subject(s: Sentence) -> tuple[int, int] | None:
    """The phrase a sentence opens with, up to its verb (a word of ``stop_np`` or a cue), at most 8 words."""
    e = 0
    while e < min(8, len(s.toks)) and (e == 0 or not s.broken(e)) and s.toks[e].norm not in s.cues.stop_np \
            and not (e > 0 and is_say(s, e)):
        e += 1
    return (0, e) if e else None


def _not_a_statement(s: Sentence, k: int) -> bool:
    """An infinitive after a preposition ("pour soutenir", "de condamner", "to reveal"), a passive without
    its agent ("was admitted"), a future ("annoncera", "will say"): the verb reports no statement."""
    elided = s.text[max(0, s.toks[k].start - 2) : s.toks[k].start].lower() in ("d'", "d’")
    before = s.toks[k - 1].norm if k > 0 and not s.broken(k) else ""
    group = {t.norm for t in s.toks[verb_group_start(s, k) : k]}
    bare = not group and s.toks[k].norm.endswith(s.cues.participles)  # "des personnes jugées dangereuses"
    return elided or before in s.cues.preps or bool(group & (s.cues.passive | _FUTURE)) or _future(s.toks[k]) \
        or bare


_FUTURE = frozenset({"will", "va", "vont"})


def _future(t: Token) -> bool:
    """A French future ("annoncera", "diront"): what will be said is not yet a source."""
    return len(t.norm) > 5 and t.lemma != t.norm and t.norm.endswith(("era", "eront", "ira", "iront", "dra", "dront"))


def _outlet_in_speaker(s: Sentence, span: tuple[int, int] | None, k: int) -> list[Found]:
    """", a déclaré Jean Dupont à la télévision X": the outlet right after an inverted speaker."""
    body = _outlet_prep(s, span[1]) if span is not None and span[1] < len(s.toks) else None
    if body is None or (s.broken(span[1]) and not s.comma(span[1])):
        return []  # ", a réagi son avocat, Me Julien Ferrand, auprès de l'AFP" (a comma may come between)
    outlet = outlet_np(s, body)
    found = _found(s, outlet, (k, k), "outlet") if outlet and outlet_like(s.toks[outlet[0]:outlet[1]]) else None
    return [found] if found else []


def _from_noun(s: Sentence, k: int) -> list[Found]:
    """A noun cue: "an interview with X" (an outlet); "n'a fait aucun commentaire", "released a statement"
    (the speaker before the verb)."""
    outlet, _ = _addressee(s, k)
    if outlet is not None:
        return [outlet]
    if k > 0 and not s.broken(k) and s.toks[k - 1].surface.endswith(("'s", "’s")):
        span = np_back(s, k)  # "Prime Minister Jane Doe's insistence that": the possessor said it
        who = _found(s, span, (k, k)) if span else None
        return [who] if who else []
    if k < 2 or s.broken(k) or s.toks[k - 1].norm not in _NOUN_DETS or s.toks[k - 2].norm in s.cues.preps \
            or s.toks[k - 2].norm in ("in", "dans", "with", "avec"):
        return []
    a = verb_group_start(s, k - 2)
    span = np_back(s, a) if a > 0 and not s.broken(a) else None
    who = _found(s, span, (a, k)) if span else None
    return [who] if who else []


_NOUN_DETS = frozenset({"a", "an", "no", "un", "une", "aucun", "aucune"})


def _token_at(s: Sentence, end: int) -> int:
    return next(k for k, t in enumerate(s.toks) if t.end == end)


def _inverted_says(s: Sentence, k: int, verb: str) -> bool:
    """ "ajoute-t-il", "a-t-il déclaré", "a-t-on appris": the verb, or the participle after it, reports speech
    ("Pourquoi est-elle partie ?" does not)."""
    from .lemmas import shared_lemmas

    if shared_lemmas().lemma(verb.lower(), s.lang) in s.cues.say:
        return True
    nxt = s.toks[k + 1] if k + 1 < len(s.toks) and not s.broken(k + 1) else None
    return nxt is not None and (is_say(s, k + 1) or nxt.lemma in _LEARNT)


_LEARNT = frozenset({"apprendre"})  # "a-t-on appris de source proche": the place it was learnt is the source


def _from_inverted(s: Sentence, k: int, pronoun: str) -> Found | None:
    """ "ajoute-t-il", "a-t-elle ajouté": the pronoun inside the token is the speaker."""
    tok = s.toks[k]
    start = tok.start + tok.surface.lower().rindex("-" + pronoun.lower()) + 1
    cue_end = k + 1 if k + 1 < len(s.toks) and is_say(s, k + 1) else k
    return Found(start, start + len(pronoun), "pronoun:" + s.cues.pronouns.get(pronoun.lower(), "one"),
                 (tok.start, s.toks[cue_end].end))


def _from_impersonal(s: Sentence, k: int) -> list[Found]:
    """ "assure-t-on dans l'entourage du ministre", "a-t-on appris auprès du parquet": the place the unnamed
    speaker is in is the source."""
    j = k + 1 if k + 1 < len(s.toks) and (is_say(s, k + 1) or s.toks[k + 1].lemma in _LEARNT) else k
    for m in range(j + 1, min(j + 5, len(s.toks))):
        word = s.toks[m].norm
        if word in ("dans", "auprès", "sein", "chez"):
            span = np_forward(s, m + 2 if word in ("auprès", "sein") else m + 1)
            if span is None:
                return []
            inside = None if word == "auprès" else "anonymous"  # someone in the place, not the place itself
            found = _found(s, span, (k, j), inside)
            start = s.toks[m - 1 if word == "sein" else m].start
            return [replace(found, start=start)] if found else []
    return []


def _sourcing(s: Sentence, k: int) -> int | None:
    """The number of tokens of a sourcing preposition starting at ``k`` ("selon", "according to"), or None."""
    for seq in s.cues.sourcing:
        words = [t.norm for t in s.toks[k : k + len(seq)]]
        if words == list(seq):
            return len(seq)
    if s.toks[k].norm == "après" and s.text[max(0, s.toks[k].start - 2) : s.toks[k].start].lower() in ("d'", "d’"):
        return 1
    return None


def _from_sourcing(s: Sentence, k: int, n: int) -> list[Found]:
    """ "selon des témoins", "d'après lui", "de source syndicale", "consultée par L'Équipe": the source after the
    preposition (for "de source", the phrase "source syndicale" itself)."""
    first = k + n
    if first < len(s.toks) and s.toks[first].norm in s.cues.stressed:  # "Selon lui,": the speaker named before
        t = s.toks[first]
        return [Found(t.start, t.end, "pronoun:" + s.cues.stressed[t.norm], (s.toks[k].start, s.toks[first - 1].end))]
    cue = (k, first - 1)
    if s.toks[first - 1].norm == "source":
        first, cue = first - 1, (k, k)
    span = np_forward(s, first, tail=k > 0)
    found = _found(s, span, cue) if span else None
    if found and s.toks[first - 1].norm in ("par", "by") and found.kind == "person" \
            and not any(t.norm in s.cues.titles for t in s.toks[span[0]:span[1]]):
        found = replace(found, kind="outlet")  # "consultée par L'Équipe", "interrogé par France Info"
    return [found, *_and_another(s, span, cue, first)] if found else []


_FRAMES = frozenset({"pour", "sur", "on"})


def _framed(s: Sentence) -> list[Found]:
    """A sentence opening on whose view or which medium it is: "Pour le parquet, ...", "Pour lui, ...",
    "Sur BFMTV, ...", "On CNN, ..."."""
    e = 1
    while e < min(len(s.toks), 8) and not s.broken(e):
        e += 1
    if e == 1 or e >= len(s.toks) or not s.comma(e):
        return []
    cue = (0, 0)
    if s.toks[0].norm == "pour":
        if e == 2 and s.toks[1].norm in s.cues.stressed:
            t = s.toks[1]
            return [Found(t.start, t.end, "pronoun:" + s.cues.stressed[t.norm], (s.toks[0].start, s.toks[0].end))]
        found = _found(s, (1, e), cue)
        return [found] if found and found.kind in ("person", "organisation", "anonymous") else []
    found = _found(s, (1, e), cue, "outlet") if outlet_like(s.toks[1:e]) else None
    return [found] if found else []


def _without_speaker(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """ "dans un communiqué Claire Vasseur": the document's phrase ends where a name follows it directly (the
    speaker after an inverted verb), not after "de" ("un communiqué de la Commission")."""
    i, j = span
    for m in range(i + 1, j):
        if s.is_name(m) and s.toks[m - 1].norm not in s.cues.complement and s.toks[m - 1].norm not in s.cues.det:
            return (i, m)
        if m > i + 1 and s.toks[m].norm in s.cues.det and s.toks[m].norm not in s.cues.complement \
                and s.toks[m - 1].norm in DOCUMENTS:
            return (i, m)  # "dans un communiqué un soutien": the verb's object starts after the document
    return span


def _depending_on(s: Sentence, k: int) -> bool:
    """ "très variable selon les fournisseurs", "prices vary according to the season": "selon" after a word of
    variation (at most one word between) means "depending on", not a source."""
    before = [s.toks[m] for m in range(max(0, k - 2), k) if not s.broken(m + 1)]
    return any(t.norm in s.cues.varies or t.lemma in s.cues.varies for t in before)


def _document_in(s: Sentence, k: int) -> Found | None:
    """ "dans un communiqué", "in a statement": the document itself is a source."""
    if s.toks[k].norm not in ("dans", "in") or s.in_quote(k):
        return None
    span = np_forward(s, k + 1, tail=False)
    if span is None:
        return None
    head = [t for t in s.toks[span[0]:span[1]] if t.norm not in s.cues.det][:2]
    if not any(t.norm in DOCUMENTS or t.lemma in DOCUMENTS for t in head):
        return None  # "dans le cadre d'une enquête": no document speaks
    found = _found(s, _without_speaker(s, span), (k, k))
    return found if found and found.kind == "document" else None


def _at(s: Sentence, k: int) -> list[Found]:
    """Every attribution whose cue starts at token ``k``."""
    if s.in_quote(k):
        return []
    inverted = _INVERTED.match(s.toks[k].surface)
    if inverted and _inverted_says(s, k, inverted.group(1)):
        if inverted.group(2).lower() in s.cues.pronouns:
            return [_from_inverted(s, k, inverted.group(2))]
        if inverted.group(2).lower() in s.cues.impersonal:
            return _from_impersonal(s, k)
    n = _sourcing(s, k)
    if n is not None and not _depending_on(s, k):
        return _from_sourcing(s, k, n)
    if k == 0 and s.toks[0].norm in _FRAMES:
        return _framed(s)
    if is_say(s, k):
        noun = s.toks[k].norm in s.cues.nouns and not (k > 0 and s.toks[k - 1].norm in s.cues.verb_group)
        return _from_noun(s, k) if noun else _from_verb(s, k)
    return []


def sentence_attributions(text: str, feats: SentenceFeatures, lang: str, names: frozenset[str]) -> list[Found]:
    """The attributions of one sentence; a pronoun speaker's kind is "pronoun:one" or "pronoun:many" until
    ``resolve`` finds who it stands for."""
    cues = CUES.get(lang)
    if cues is None:
        return []
    s = Sentence(text, feats.tokens, feats.quotes, cues, names, lang)
    out: list[Found] = []
    for k in range(len(s.toks)):
        for f in _at(s, k):
            if not any(f.start < o.end and o.start < f.end for o in out):
                out.append(f)
    docs = [d for d in (_document_in(s, k) for k in range(len(s.toks))) if d]
    out += [d for d in docs if not any(d.start < o.end and o.start < d.end for o in out)]
    return sorted(out, key=lambda f: f.start)


_PREFERS = {"one": ("person",), "many": (), "it": ("organisation",)}
_UNRESOLVED = {"one": "person", "many": "anonymous", "it": "organisation"}


def _antecedent(recent: list[Attribution], sentence: int, number: str) -> Attribution | None:
    """Who a pronoun speaker stands for: the nearest earlier speaker within the three sentences before, outlets
    and documents aside; of the kind the pronoun suits if there is one ("il": a person, "it": an institution)."""
    near = [a for a in reversed(recent) if sentence - a.sentence <= 3 and a.kind not in ("outlet", "document")]
    suited = [a for a in near if a.kind in _PREFERS[number]]  # "many": the nearest, whoever
    return (suited or near or [None])[0]


def _resolved(found: Found, sentence: int, base: int, source: int, recent: list[Attribution],
              text: str) -> Attribution | None:
    """The attribution in the document, a pronoun resolved; None for a pronoun standing for a speaker the
    sentence already names ("X a dit ... et qu'il ...": one attribution per source and sentence)."""
    kind, refers_to = found.kind, None
    if kind.startswith("pronoun:"):
        number = kind.split(":")[1]
        ante = _antecedent(recent, sentence, number)
        if ante is not None and ante.sentence == sentence:
            return None
        kind = ante.kind if ante else _UNRESOLVED[number]
        refers_to = (ante.refers_to or text[ante.start:ante.end]) if ante else None
    cue = (base + found.cue[0], base + found.cue[1])
    return Attribution(source, sentence, base + found.start, base + found.end, kind, cue, refers_to)


def document_attributions(doc: Document, feats: list[SentenceFeatures], source: int) -> list[Attribution]:
    """Every attribution of one document, in reading order, pronouns resolved to the speaker they stand for."""
    names = frozenset().union(*(f.names for f in feats))
    uses = name_uses(feats, doc.language)
    out: list[Attribution] = []
    for i, (sent, f) in enumerate(zip(doc.sentences, feats)):
        text = doc.text[sent.start : sent.end]
        for found in sentence_attributions(text, f, doc.language, names):
            if found.kind == "person" and uses.organisation_name(_bare_name(f, found)):
                found = replace(found, kind="organisation")  # "Brightwater said": "Brightwater Health" above
            att = _resolved(found, i, sent.start, source, out, doc.text)
            if att is not None:
                out.append(att)
    return out


def _bare_name(f: SentenceFeatures, found: Found) -> tuple[str, ...]:
    """The words of a speaker's phrase when it is nothing but capitalised words ("Brightwater", "Marlow Freight"),
    else ()."""
    toks = [t for t in f.tokens if found.start <= t.start < found.end]
    if not toks or not all(t.surface[:1].isupper() for t in toks):
        return ()
    return tuple(t.norm for t in toks)


def find_attributions(documents: list[Document], feats: list[list[SentenceFeatures]]) -> list[Attribution]:
    """The attributions of every document (``feats``: each document's sentence features, in order)."""
    return [a for k, (doc, f) in enumerate(zip(documents, feats)) for a in document_attributions(doc, f, k)]
