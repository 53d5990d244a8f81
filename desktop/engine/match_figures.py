"""Figures of a match: a minute of play, a delay after another moment, a side's number of players, a score.

Reports of a match give four kinds of small numbers in sentences alike: the minute something happened ("the 77th
minute", "el minuto 78", "all'85° minuto", "85'", "à la 78e minute", "in der 78. Minute", "aos 85 minutos"), a
delay counted from another moment ("Eight minutes later", "ocho minutos después"), how many players a side was left
with ("ten-man Lavagna", "with 10 men", "rimasto in dieci") and a score ("2-1"). Each is said differently only by a
figure of its own kind: "84th minute" / "85'" is a minute given otherwise, while "ten-man" / "2-1", "Eight minutes
later" / "en el minuto 66" or "with 10 men" / "85'" set two facts side by side (a QA helper's cup-final reports had
them ⚠ and the minutes only each report's own). An English ordinal ("77th") and a Spanish cardinal
("minuto 78") are one kind of figure here, a minute, whatever their form (``ordinals`` reads "77th" as a rank).

``sorts`` reads each number token's kind ("minute", "delay", "squad", "score"); ``apart`` says whether two figures'
kinds keep them from being one figure said differently.
"""
from __future__ import annotations

from .features import Token, token_number
from .ordinals import ordinal_at, ordinal_suffix

MINUTE, DELAY, SQUAD, SCORE = "minute", "delay", "squad", "score"
_OWN = frozenset({DELAY, SQUAD})  # kinds set against their own kind only, never against a plain number
MINUTE_WORDS = frozenset({"minute", "minuto", "minut"})  # singular: "the 77th minute", "el minuto 78", "78. Minute"
MINUTE_NOUNS = MINUTE_WORDS | {"minutos"}  # the words a minute of play is written with ("aos 85 minutos" too)
_TIME_UNITS = frozenset("""minute minutes minuto minutos minuti minuten minut seconds second secondes segundos
    secondi sekunden""".split())  # "Eight minutes later" (and seconds)
_LATER = frozenset("""later after afterwards earlier before on plus tard après avant después antes más dopo prima
    più später danach davor früher depois antes mais""".split())
_PRIMES = ("'", "’", "′")  # "85'": a minute of play
_PLAYERS = frozenset("""man men players player hombres jugadores uomini giocatori hommes joueurs homens jogadores
    mann spieler spielern""".split())
_LEFT_WITH = frozenset({"with", "to", "con", "com", "mit", "à", "a", "in"})  # "with 10 men", "down to ten men"
_ALONE_AFTER = frozenset({"in", "à"})  # "rimasto in dieci", "réduits à dix": the number of players alone
_SIDE = (7, 11)  # how many players a side may be left with
_SCORE_MARKS = frozenset({"-", "–", ":"})
_MOST_GOALS = 20
_LAST_MINUTE = 130  # extra time and its stoppage time


def sorts(tokens: tuple[Token, ...], text: str, lang: str) -> dict[int, str]:
    """{token: its kind} for each number of a match's kind in the sentence ``text``."""
    out: dict[int, str] = {}
    for k in range(len(tokens)):
        kind = _minute(tokens, k, text, lang) or _delay(tokens, k, lang) or _squad(tokens, k, text, lang) \
            or _score(tokens, k, text)
        if kind:
            out[k] = kind
    return out


def apart(mine: set[str | None], theirs: set[str | None]) -> bool:
    """Two figures (the kinds of their numbers) are no one figure said otherwise: they share no kind, and one is a
    delay or a number of players (set against its own kind only), or both are of a match's kinds ("2-1" / "ten-man",
    "85'" / "with 10 men"). A minute or a score against a plain number is left to the other rules."""
    if mine & theirs:
        return False
    known = (mine | theirs) - {None}
    return bool(known & _OWN) or (bool(mine - {None}) and bool(theirs - {None}))


def _value(tokens: tuple[Token, ...], k: int, lang: str) -> float | None:
    value = token_number(tokens, k, lang) or ordinal_at(tokens, k, lang)
    try:
        return float((value or "").removeprefix("ord:"))
    except ValueError:
        return None


def _minute(tokens: tuple[Token, ...], k: int, text: str, lang: str) -> str | None:
    """Token ``k`` is a minute of play: "85'", a number (or an ordinal: "77th", "78e", "78.") before a minute's word
    ("the 77th minute", "all'85° minuto", "in der 78. Minute"), or a number after it ("el minuto 78")."""
    if ordinal_suffix(tokens, k) or not 1 <= (_value(tokens, k, lang) or 0) <= _LAST_MINUTE:
        return None
    tok = tokens[k]
    after = text[tok.end:tok.end + 2]
    if tok.is_number and after[:1] in _PRIMES and not after[1:2].isalpha():
        return MINUTE  # "85'" ("all'85' il centrocampista")
    nxt = k + 2 if k + 2 < len(tokens) and ordinal_suffix(tokens, k + 1) else k + 1  # "77th minute"
    if nxt < len(tokens) and tokens[nxt].norm in MINUTE_WORDS \
            and "-" not in text[tokens[nxt - 1].end:tokens[nxt].start]:
        return MINUTE  # (not "a 10-minute delay")
    if nxt < len(tokens) and tokens[nxt].norm == "minutos" and _at_minutes(tokens, k):
        return MINUTE  # "aos 85 minutos", "a los 34 minutos": at the minute
    before = tokens[k - 1] if k else None
    if before is not None and before.norm in MINUTE_WORDS and tok.is_number \
            and not text[before.end:tok.start].strip() and not (k + 1 < len(tokens) and tokens[k + 1].is_number):
        return MINUTE  # "en el minuto 78", "al minuto 67"
    return None


def _at_minutes(tokens: tuple[Token, ...], k: int) -> bool:
    """The words before token ``k`` say "at" a number of minutes ("aos", "a los"): a moment, no span."""
    words = tuple(t.norm for t in tokens[max(0, k - 2):k])
    return words[-1:] == ("aos",) or words == ("a", "los")


def _delay(tokens: tuple[Token, ...], k: int, lang: str) -> str | None:
    """Token ``k`` counts the minutes (or seconds) from another moment: "Eight minutes later", "ocho minutos
    después", "huit minutes plus tard", "acht Minuten später"."""
    if k + 2 >= len(tokens) or token_number(tokens, k, lang) is None:
        return None
    return DELAY if tokens[k + 1].norm in _TIME_UNITS and tokens[k + 2].norm in _LATER else None


def _squad(tokens: tuple[Token, ...], k: int, text: str, lang: str) -> str | None:
    """Token ``k`` is how many players a side was left with: "ten-man Lavagna", "with 10 men", "con diez
    jugadores", "rimasto in dieci", "réduits à dix"."""
    value = _value(tokens, k, lang)
    if value is None or not _SIDE[0] <= value <= _SIDE[1] or ordinal_at(tokens, k, lang):
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    joined = nxt is not None and text[tokens[k].end:nxt.start] == "-"
    if nxt is not None and nxt.norm in ("man", "men") and joined:
        return SQUAD  # "ten-man Lavagna"
    before = tokens[k - 1].norm if k else ""
    if before in _LEFT_WITH and nxt is not None and nxt.norm in _PLAYERS and not joined:
        return SQUAD  # "with 10 men", "con diez jugadores"
    ends = nxt is None or any(mark in text[tokens[k].end:nxt.start] for mark in ",;.")
    return SQUAD if before in _ALONE_AFTER and ends and not tokens[k].is_number else None


def _score(tokens: tuple[Token, ...], k: int, text: str) -> str | None:
    """Token ``k`` is one side of a score ("2-1", "1:0", "2–1"): two small numbers joined by a dash or a colon."""
    for a, b in ((k, k + 1), (k - 1, k)):
        mark = text[tokens[a].end:tokens[b].start] if 0 <= a and b < len(tokens) else ""
        if mark in _SCORE_MARKS and all(_goals(tokens[x]) for x in (a, b)) \
                and not (mark == ":" and len(tokens[b].norm) == 2):  # (not "2:15", a time)
            return SCORE
    return None


def _goals(tok: Token) -> bool:
    return tok.is_number and tok.norm.isascii() and tok.norm.isdigit() and int(tok.norm) <= _MOST_GOALS
