"""A news medium's name after a cue (``outlet_np``): "the BBC's Newsnight", "la chaîne France 2", "Radio 4's Today
programme", where it goes on and where it stops.
"""
from __future__ import annotations

from .bodies import outlet_like
from .cues import OUTLET_WORDS, OUTLETS
from .phrase import possessive
from .saying import verb_cue
from .sentence import MONTHS, Sentence


_GENERIC_MEDIA = frozenset({"presse", "press", "médias", "media", "news", "prensa", "medios"})  # "told news", as "told reporters": no medium named


def outlet_np(s: Sentence, j: int) -> tuple[int, int] | None:
    """A medium's name starting at ``j`` ("la télévision NBC", "the Anchorage Daily News", "l'AFP")."""
    n, e = len(s.toks), j
    while e < n and s.toks[e].norm in s.cues.det and not s.is_name(e):
        e += 1
    first = e
    if e > j and s.toks[e - 1].norm in _THIS and e < n and s.toks[e].norm in OUTLET_WORDS:
        return j, e + 1  # "a este diario Rosa Chiluisa", "told this newspaper John Smith": the writer's own medium,
        #                  never named after it; the name is the speaker's
    if e + 3 < n and s.toks[e].norm in ("nos", "notre", "our") and s.toks[e + 1].norm in _MEDIUM_PARTS:
        e += 1  # "nos confrères du Parisien"
    if e + 2 < n and s.toks[e].norm in _MEDIUM_PARTS and s.toks[e + 1].norm in s.cues.complement \
            and not s.broken(e + 1) and not s.broken(e + 2):
        inner = outlet_np(s, e + 2)  # "à l'antenne de CNN", "nos confrères du Parisien": the medium's
        if inner is not None and outlet_like(s.toks[inner[0]:inner[1]]):
            return (j, inner[1])
    while e < n and (e == first or not s.broken(e)) and _outlet_goes_on(s, first, e):
        e += 1
        if s.toks[e - 1].norm in OUTLETS and not (e < n and (outlet_like([s.toks[e]]) or _channel_of(s, e))):
            break  # "à l'AFP Jean Dupont": the agency, then the speaker
    named = any(s.is_name(k) or s.toks[k].norm in OUTLETS or s.toks[k].norm not in _GENERIC_MEDIA
                for k in range(first, e))
    if e > first and not s.is_name(e - 1):
        e = _adjectives_then_name(s, e)  # "la télévision publique irlandaise RTE"
    return (j, e) if e > first and named else None


_THIS = frozenset({"este", "esta", "ce", "cette", "this"})
_MEDIUM_PARTS = frozenset({"antenne", "antennes", "confrère", "confrères", "consœurs", "micro", "plateau", "colleagues"})


def _adjectives_then_name(s: Sentence, e: int) -> int:
    """After a medium's noun, up to three lower-case words and the name they lead to; else ``e``."""
    k = e
    while k < min(e + 3, len(s.toks)) and not s.broken(k) and not s.toks[k].stop and s.toks[k].surface.islower() \
            and not verb_cue(s, k):
        k += 1
    if k > e and (k == len(s.toks) or s.broken(k)) and k - e <= 2:
        return k  # "ajoute le quotidien économique, sans donner"
    if k > e and k + 1 < len(s.toks) and s.toks[k].norm in s.cues.det and not s.broken(k) and s.is_name(k + 1) \
            and not s.broken(k + 1):
        k += 1  # "au journal italien La Gazzetta dello Sport"
    if k == e or k >= len(s.toks) or s.broken(k) or not s.is_name(k):
        return e
    while k < len(s.toks) and s.is_name(k) and not s.broken(k):
        k += 1
    return k


def _outlet_goes_on(s: Sentence, first: int, e: int) -> bool:
    """Token ``e`` still belongs to a medium's name begun at ``first``: a name, a medium's word, "du"/"de la" and a
    name, a channel's number ("Europe 1"); not a date ("told the Star | April 20")."""
    t = s.toks[e]
    if t.norm in MONTHS:
        return False
    numbered = e > first and t.is_number and s.toks[e - 1].norm in _NUMBERED
    titled = e > first and t.norm in s.cues.det and s.toks[e - 1].norm in OUTLET_WORDS and e + 1 < len(s.toks) \
        and s.is_name(e + 1) and not s.broken(e + 1)  # "au journal | Le Figaro", "the daily | The Independent"
    possessive = e > first and t.norm == "s" and s.gap(e) in ("'", "’") and e + 1 < len(s.toks) and s.is_name(e + 1)
    programme = e > first and t.norm in _PROGRAMMES and s.is_name(e - 1)  # "BBC Radio 4's Today programme"
    programme = programme or (e > first and _channel_of(s, e))
    return s.is_name(e) or outlet_like([t]) or _name_goes_on(s, first, e) or numbered or titled or possessive \
        or programme or _before_medium(s, e)


_MEDIUM_NOUNS = frozenset("television télévision radio tv newspaper channel network broadcaster media médias news"
                          .split())  # "the student news agency ISNA"


def _news_medium(s: Sentence, k: int) -> bool:
    """ "news" at ``k`` names a medium: it closes the phrase or a medium's noun follows ("the student news agency
    ISNA", "told local news"; not "told lawmakers news reports of the deal were inaccurate")."""
    return k + 1 >= len(s.toks) or s.broken(k + 1) or s.toks[k + 1].norm in _NEWS_MEDIA


_NEWS_MEDIA = frozenset("agency service network channel outlet outlets station website site".split())


def _before_medium(s: Sentence, e: int) -> bool:
    """Token ``e`` is one of at most two lower-case words before a medium's noun ("told local television", "told
    Iranian state media")."""
    for k in range(e, min(e + 2, len(s.toks))):
        t = s.toks[k]
        if k > e and s.broken(k) or t.norm in s.cues.det or t.norm in s.cues.stop_np or not t.surface.islower():
            return False
        if k + 1 < len(s.toks) and s.toks[k + 1].norm in _MEDIUM_NOUNS and not s.broken(k + 1) \
                and (s.toks[k + 1].norm != "news" or _news_medium(s, k + 1)):
            return True
    return False


def _channel_of(s: Sentence, e: int) -> bool:
    """A channel's programme after its name ("BBC | Two's Newsnight", "BBC | One's Breakfast with Frost")."""
    t = s.toks[e]
    return possessive(t) and t.surface[:1].isupper() and e + 1 < len(s.toks) \
        and s.is_name(e + 1) and not s.broken(e + 1)


def _name_goes_on(s: Sentence, first: int, e: int) -> bool:
    """ "La Dépêche | du Midi", "Le Journal | du Dimanche": a capitalised name carried on by "du"/"de la" and a name."""
    particle = s.toks[e].norm in s.cues.complement or s.toks[e].norm in _MEDIUM_PARTICLES
    if e == first or not particle or not (s.toks[first].surface[:1].isupper() or s.is_name(first)):
        return False
    k = e + 1
    while k < len(s.toks) and s.toks[k].norm in s.cues.det and not s.broken(k):
        k += 1
    return k < len(s.toks) and not s.broken(k) and s.toks[k].surface[:1].isupper() and s.is_name(k)


_MEDIUM_PARTICLES = frozenset("dello della del di da do dos das von van der".split())  # "la Gazzetta dello Sport"
_NUMBERED = frozenset({"europe", "france", "tf", "canal", "bfm", "channel", "sky", "rtl", "m6", "w9", "radio"})
_PROGRAMMES = frozenset({"programme", "program", "show", "bulletin"})
