"""Short forms within one language: of a name, its initials ("SC" / "Supreme Court", "BoE" / "Bank of England",
"U.N." / "UN") and abbreviations with a full stop ("Fla." / "Florida", "S. Sudan" / "South Sudan"); of an amount, its
scale ("$53m" / "$53 million").

Details compare names word for word, because a name is a fact to check: "North Korea" and "South Korea" must stay
apart. But a headline writer shortens what another report spells out, and flagging "Fla." against "Florida" as a
detail only one source has is noise a fact-checker learns to ignore. ``acronyms`` finds the long forms a report
defines itself ("the Swiss Federal Office of Energy (SFOE)"); this module reads short forms nobody defines:

- ``initials_keys``: a key per token for the initials of every run of two or more capitalised words it is part of
  (small words such as "of" inside a run are passed over: "Bank of England" → BE; "U.N." is the run "U", "N"), and
  for an acronym its capitals ("BoE" → BE). Two sources with a key in common cover each other's words.
- ``scale_keys``: the scale of an amount however it is written ("$53m" / "$53 million", "3,2 Md€" / "3.2 billion",
  "2 milliards" / "2 billion"): a key per scale word, and per abbreviation right after a number.
- ``abbreviation``: a capitalised word of at most five letters written with a full stop inside the sentence
  ("Fla. apartment", "S. Sudan"), and ``abbreviates``: whether it shortens a longer name (the same first two
  letters, its other letters in the same order: "Fla." / "Florida", "Calif." / "California"; "Fla." is no
  "Finland").
"""
from __future__ import annotations

from .acronyms import is_acronym
from .amounts import SCALES, SHORT_SCALES
from .features import Token

MAX_RUN = 6  # capitalised words in one run of initials
_JOINING = frozenset({"of", "for", "and", "de", "du", "des", "la", "le", "et", "d"})  # inside a name: passed over
INITIALS = "initials="  # no colon: keys with one are facts (dates, places) to details


def initials_keys(tokens: tuple[Token, ...]) -> list[frozenset[str]]:
    """Per token, the initials keys of the runs of capitalised words it is part of, and of the acronym it is."""
    out: list[set[str]] = [set() for _ in tokens]
    for k, tok in enumerate(tokens):
        capitals = None if code_word(tok.surface) else _acronym_capitals(tok.surface)
        if capitals:  # not a code's letters: "T-220" and "T-202", "MS417" and "MS471" are two aircraft, two flights
            out[k].add(INITIALS + capitals)
    for run in _runs(tokens):
        heads = [k for k in run if tokens[k].norm not in _JOINING]
        for a in range(len(heads)):
            for b in range(a + 2, min(len(heads), a + MAX_RUN) + 1):
                key = INITIALS + "".join(tokens[k].surface[0].upper() for k in heads[a:b])
                for k in range(heads[a], heads[b - 1] + 1):
                    out[k].add(key)
    return [frozenset(s) for s in out]


def code_word(surface: str) -> bool:
    """Letters and digits in one word: a model's, a flight's or a case's code ("T-220", "MS417", "G20")."""
    return any(c.isdigit() for c in surface) and any(c.isalpha() for c in surface)


def _acronym_capitals(surface: str) -> str | None:
    """The capitals of an acronym ("BoE" → BE, "IAEA"), None for a word."""
    return "".join(c for c in surface if c.isupper()) if is_acronym(surface) else None


def _runs(tokens: tuple[Token, ...]) -> list[list[int]]:
    """Runs of capitalised words one space apart, a small joining word ("of") allowed between two of them."""
    runs, current = [], []
    for k, tok in enumerate(tokens):
        adjacent = bool(current) and tok.start - tokens[current[-1]].end <= 1
        capital = tok.surface[:1].isupper() and not tok.is_number and not code_word(tok.surface)
        joining = tok.norm in _JOINING and bool(current) and tokens[current[-1]].norm not in _JOINING
        if (capital or joining) and (adjacent or not current):
            current.append(k)
            continue
        runs.append(current)
        current = [k] if capital else []
    runs.append(current)
    return [_trimmed(r, tokens) for r in runs if len(r) >= 2]


def _trimmed(run: list[int], tokens: tuple[Token, ...]) -> list[int]:
    while run and tokens[run[-1]].norm in _JOINING:
        run = run[:-1]
    return run


def scale_keys(tokens: tuple[Token, ...]) -> list[frozenset[str]]:
    """Per token, the key of the scale it writes ("million", or "m" right after a number: "53m", "389M", "250-M")."""
    out = []
    for k, tok in enumerate(tokens):
        scale = SCALES.get(tok.norm)
        if scale is None and k > 0 and tokens[k - 1].is_number and tok.start - tokens[k - 1].end <= 1:
            scale = SHORT_SCALES.get(tok.norm)
        out.append(frozenset({f"scale:{scale}"}) if scale else frozenset())
    return out


MAX_ABBREVIATION = 5  # letters of a word written with a full stop that may shorten a name ("Calif.")


def abbreviation(tokens: tuple[Token, ...], k: int, text: str) -> bool:
    """Whether token ``k`` of a sentence (``text``) is a capitalised word of at most ``MAX_ABBREVIATION`` letters
    followed by a full stop, with words after it (a sentence's last word is followed by its own full stop)."""
    tok = tokens[k]
    return (k + 1 < len(tokens) and tok.surface[:1].isupper() and tok.surface.isalpha()
            and len(tok.surface) <= MAX_ABBREVIATION and text[tok.end:tok.end + 1] == ".")


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` (a word written with a full stop, without it) abbreviates the longer ``long``: the same
    first two letters, then its other letters in order ("fla" / "florida", "calif" / "california"; "s" / "south")."""
    short, long = short.lower(), long.lower()
    if not short or len(short) >= len(long) or long[: min(2, len(short))] != short[:2]:
        return False
    pos = 2
    for c in short[2:]:
        pos = long.find(c, pos) + 1
        if pos == 0:
            return False
    return True
