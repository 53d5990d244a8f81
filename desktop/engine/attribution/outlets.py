"""Who says it: the medium a statement was made to or through, read after its verb ("a déclaré à CNN", "told the
Anchorage Daily News", "auprès de l'AFP", "aux sollicitations de l'AFP", "a-t-il dit sur RTL"), a second one joined
to it ("to People and Us Weekly"), one right after an inverted speaker (", a déclaré Jean Dupont à France 2"), and
the medium that asked ("declined to comment when contacted by CBS", "a request for comment from Reuters",
"contacté par l'AFP").
"""
from __future__ import annotations

import re

from .bodies import outlet_like
from .cues import OUTLET_WORDS
from .kind import kind_of
from .noun_phrases import np_forward
from .outlet_phrases import outlet_np
from .saying import is_say
from .sentence import DATE_WORDS, TITLE_WORDS, Found, Sentence, found_at, quote_end, quote_of, start_of
from .verb_groups import verb_group_start


def addressee(s: Sentence, k: int) -> tuple[Found | None, int]:
    """The outlet a statement was made to, right after the cue ("a déclaré à CNN", "told the Times");
    returns it (or None) and the token after it."""
    j = k + 1
    while j < len(s.toks) and ((s.toks[j].norm in s.cues.verb_group and s.toks[j].norm not in s.cues.det)
                               or s.toks[j].norm.endswith(("ment", "ly")) or s.toks[j].norm in _TIME_WORDS
                               or _in_date(s, j)) and (not s.broken(j) or _date_aside(s, k, j)):
        j += 1  # "ont déclaré séparément à CNN", "a déclaré ce matin sur RTL", "assure, dimanche 12 décembre au JDD"
    if j == k + 1 and j + 1 < len(s.toks) and s.toks[k].norm in _SAID_TO_BE and not s.broken(j) and not s.toks[j].stop \
            and _reflexive(s, k) and _outlet_prep(s, j + 1) is not None:
        j += 1  # "s'est dite favorable sur Canal+": what she said she was, then where
    if j >= len(s.toks) or (s.broken(j) and not _date_aside(s, k, j)):
        return None, k + 1
    body = _outlet_prep(s, j)
    prep = body is not None
    span = outlet_np(s, body if prep else j)
    named = _named_medium(s, span) if span is not None else None  # "sur le site du quotidien la Gazzetta dello Sport"
    span = _quoted_title(s, named or span) if (named or span) is not None else None
    if span is None or not (named or outlet_like(s.toks[span[0]:span[1]]) or (prep and s.toks[k].lemma in _MEDIA_NOUNS)
                            or (prep and _speaker_follows(s, span))) or _audience(s, span) \
            or all(t.norm in DATE_WORDS or t.norm in _TIME_WORDS for t in s.toks[span[0]:span[1]]):
        #  "a televised interview on Thursday evening": when, not where ("the Sunday Times" is a medium)
        return None, k + 1
    if not prep and s.toks[k].lemma != "tell" and span[1] < len(s.toks) and not s.broken(span[1]):
        return None, k + 1  # "said New York Times Company chairman Arthur Sulzberger": the speaker, not a medium
    span = _with_description(s, span)
    return found_at(s, span, (k, j if prep else k), "outlet"), span[1]


def _quoted_title(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """A medium whose title the text quotes runs to the closing mark ("une interview au « Journal du dimanche »":
    not "Journal"), when the quote holds a title's few words, not a statement."""
    end = quote_end(s, span[1] - 1, span[0])
    quote = quote_of(s, span[1] - 1)
    if end is None or end < span[1] or sum(quote[0] <= s.toks[m].start for m in range(span[0], end)) > TITLE_WORDS:
        return span
    return span[0], end


_SAID_TO_BE = frozenset({"dit", "dite", "dits", "dites"})  # "se dire favorable", "s'est dite opposée"


def _reflexive(s: Sentence, k: int) -> bool:
    """ "s'est dite", "se dit": the verb group before token ``k`` is reflexive (not "a dit adieu à France 2")."""
    start = s.toks[verb_group_start(s, k)].start
    return bool(_REFLEXIVE.search(s.text[max(0, start - 3):s.toks[k].start]))


_REFLEXIVE = re.compile(r"\bs(?:e\b|['’])", re.I)


def _with_description(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """A medium and its description set off by commas ("told AFP, the French news agency, on Wednesday")."""
    e = span[1]
    if e + 2 >= len(s.toks) or not s.comma(e) or s.toks[e].norm not in s.cues.det:
        return span
    m = e + 1
    while m < min(e + 6, len(s.toks)) and not s.broken(m):
        m += 1
    closes = m == len(s.toks) or s.comma(m)
    return (span[0], m) if closes and any(t.norm in OUTLET_WORDS for t in s.toks[e:m]) else span


def outlet_after(s: Sentence, k: int) -> list[Found]:
    """The outlet after an inverted pronoun's verb ("raconte-t-il à la télévision irlandaise RTE")."""
    verb = k + 1 if k + 1 < len(s.toks) and is_say(s, k + 1) and not s.broken(k + 1) else k
    outlet, after = addressee(s, verb)
    return [outlet, *and_outlet(s, after, outlet.cue)] if outlet else []


def and_outlet(s: Sentence, e: int, cue: tuple[int, int]) -> list[Found]:
    """A second medium joined to the first ("confirmed to People and Us Weekly", "à l'AFP et à Reuters")."""
    n = len(s.toks)
    if e + 1 >= n or s.toks[e].norm not in ("and", "et") or s.broken(e) or s.broken(e + 1):
        return []
    j = e + 2 if s.toks[e + 1].norm in s.cues.to_outlet else e + 1
    span = outlet_np(s, j) if j < n else None
    if span is None or not outlet_like(s.toks[span[0]:span[1]]):
        return []
    found = Found(start_of(s, span[0]), s.toks[span[1] - 1].end, "outlet", cue)
    return [found]


def _named_medium(s: Sentence, span: tuple[int, int]) -> tuple[int, int] | None:
    """A medium's page or site and the medium it belongs to ("le site du quotidien italien la Gazzetta dello Sport"):
    the named medium (None when the phrase names no page of one)."""
    e = span[1]
    while e < len(s.toks) and s.toks[e].norm in _PAGE_WORDS and not s.broken(e):
        e += 1  # "le site | internet du journal"
    if not any(s.toks[m].norm in _PAGES for m in range(*span)) or e + 1 >= len(s.toks) or s.broken(e) \
            or s.toks[e].norm not in s.cues.complement:
        return None
    m = e + 1
    while m < min(e + 6, len(s.toks)) and not s.broken(m) and not s.is_name(m):
        m += 1  # "du quotidien sportif italien | la Gazzetta"
    start = m - 1 if m - 1 > e and s.toks[m - 1].norm in s.cues.det else m
    medium = outlet_np(s, start) if m < len(s.toks) and s.is_name(m) else None
    return (span[0], medium[1]) if medium else None  # the page and its medium: "le site du journal Le Parisien"


_PAGES = frozenset("site page antenne plateau colonnes édition website page".split())
_PAGE_WORDS = frozenset("internet web officiel officielle".split())


def _audience(s: Sentence, span: tuple[int, int]) -> bool:
    """ "told a news conference", "told reporters at a briefing": an audience, not a medium."""
    return span[1] < len(s.toks) and s.toks[span[1]].norm in ("conference", "briefing", "conférence")


def _date_aside(s: Sentence, k: int, j: int) -> bool:
    """ "assure, | dimanche 12 décembre au JDD,": a date set off by a comma right after the verb; or the comma
    closing it ("a déclaré, lundi, | à l'AFP le ministre")."""
    if j == k + 1:
        return s.comma(j) and s.toks[j].norm in DATE_WORDS
    return k + 1 < j and s.comma(j) and s.comma(k + 1) and s.toks[k + 1].norm in DATE_WORDS and all(
        s.toks[m].norm in DATE_WORDS or s.toks[m].is_number or s.toks[m].norm in _TIME_WORDS for m in range(k + 1, j))


def _in_date(s: Sentence, j: int) -> bool:
    """A date's number or month after a date word or a number ("dimanche 12 décembre")."""
    return j > 0 and (s.toks[j].is_number or s.toks[j].norm in DATE_WORDS) and s.toks[j - 1].norm in DATE_WORDS | \
        {t.norm for t in s.toks[j - 1:j] if t.is_number}


_TIME_WORDS = frozenset("ce cette matin soir midi après-midi nuit depuis this morning evening night".split())
_REQUESTS = frozenset("sollicitation sollicitations question questions demande demandes".split())


def _outlet_prep(s: Sentence, j: int) -> int | None:
    """Where a medium's name may start after the words at ``j`` that send a statement to it ("à", "to", "auprès de",
    "aux sollicitations de"), or None."""
    n, word = len(s.toks), s.toks[j].norm
    nxt = s.toks[j + 1].norm if j + 1 < n else ""
    if word == "auprès" and nxt in s.cues.complement:
        return j + 2
    if word in ("avec", "mit") and j > 0 and s.toks[j - 1].norm in _INTERVIEWS:
        return j + 1  # "dans un entretien avec CBC", "en entrevue avec Radio-Canada", "im Gespräch mit dem Spiegel"
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
    if not (named and e < len(s.toks) and not s.broken(e) and s.toks[e].norm in s.cues.det
            and s.toks[e].norm not in s.cues.complement):
        return False
    after = np_forward(s, e)
    return after is not None and kind_of(s.phrase(*after)) is not None  # not "a fait craindre à Me X une répétition"


_MEDIA_NOUNS = frozenset({"interview", "entretien", "entrevue", "tribune"})
_INTERVIEWS = _MEDIA_NOUNS - {"tribune"} | {"gespräch"}  # "un entretien avec CBC": the medium after "avec"


def outlet_in_speaker(s: Sentence, span: tuple[int, int] | None, k: int) -> list[Found]:
    """", a déclaré Jean Dupont à la télévision X": the outlet right after an inverted speaker."""
    body = _outlet_prep(s, span[1]) if span is not None and span[1] < len(s.toks) else None
    if body is None or (s.broken(span[1]) and not s.comma(span[1])):
        return []  # ", a réagi son avocat, Me Julien Ferrand, auprès de l'AFP" (a comma may come between)
    outlet = outlet_np(s, body)
    found = found_at(s, outlet, (k, k), "outlet") if outlet and outlet_like(s.toks[outlet[0]:outlet[1]]) else None
    return [found] if found else []


SPEAKING_TO = frozenset({"speaking", "talking", "writing"})  # "Speaking to the BBC, Mr X said"


def spoken_to(s: Sentence, k: int) -> Found | None:
    """The medium a clause opening on "Speaking to", "Talking on", "Writing in" names ("Speaking to the BBC News
    website, Mr Molyneux said"), when token ``k`` opens it."""
    opens = k == 0 or s.comma(k)
    if not opens or k + 2 >= len(s.toks) or s.toks[k].norm not in SPEAKING_TO or s.broken(k + 1) or s.broken(k + 2) \
            or s.toks[k + 1].norm not in s.cues.to_outlet | {"in"}:
        return None
    span = outlet_np(s, k + 2)
    if span is not None:  # "the Boston Globe | Mr Hart": the speaker's title ends the medium
        span = (span[0], next((m for m in range(span[0] + 1, span[1]) if s.toks[m].norm in s.cues.titles), span[1]))
    written = s.toks[k].norm == "writing" and span is not None and s.is_name(span[1] - 1) \
        and (span[1] - span[0] > 1 or s.toks[span[0]].surface.isupper())  # "the BMJ", "Nature Medicine", "JAMA"
    #         (not "Writing in French, the author said", "Writing in Paris")
    if span is None or not (written or outlet_like(s.toks[span[0]:span[1]])):
        return None
    return found_at(s, span, (k, k + 1), "outlet")


# (word, preposition): a medium asking for the statement ("when contacted by CBS", "a request for comment from
# Reuters", "contacté par l'AFP", "interrogée par Le Monde"), or had the speaker as its guest ("Invité de RTL")
_ASKED_BY = frozenset({("contacted", "by"), ("reached", "by"), ("approached", "by"), ("asked", "by"),
                       ("comment", "from"), ("contacté", "par"), ("contactée", "par"), ("contactés", "par"),
                       ("joint", "par"), ("jointe", "par"), ("sollicité", "par"), ("sollicitée", "par"),
                       ("interrogé", "par"), ("interrogée", "par"), ("interrogés", "par"),
                       ("recueilli", "par"), ("recueillie", "par"), ("recueillis", "par"), ("recueillies", "par"),
                       ("gathered", "by"), ("collected", "by"), ("interviewed", "for")}  # "des témoignages recueillis
                      #                                            par l'AFP", "Interviewed for CNN by Larry King"
                      | {(guest, prep) for guest in ("invité", "invitée", "invités", "invitées")
                         for prep in ("de", "du", "sur", "à", "au")})  # "Invité de franceinfo, Edouard Philippe a estimé"


def asked_by(s: Sentence, k: int) -> Found | None:
    """The medium that asked, when token ``k`` opens "contacted by", "comment from", "contacté par" and a medium
    follows."""
    if k + 2 >= len(s.toks) or (s.toks[k].norm, s.toks[k + 1].norm) not in _ASKED_BY or s.broken(k + 1) \
            or s.broken(k + 2):
        return None
    span = outlet_np(s, k + 2)
    if span is None or not outlet_like(s.toks[span[0]:span[1]]):
        return None
    return Found(start_of(s, span[0]), s.toks[span[1] - 1].end, "outlet", (s.toks[k].start, s.toks[k + 1].end))
