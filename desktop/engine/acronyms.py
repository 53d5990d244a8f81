"""Acronyms a report defines: "the Swiss Federal Office of Energy (SFOE)", "l'Office fédéral de l'énergie (OFEN)".

Reports spell an institution out once and then use its acronym; a translation uses another acronym (SFOE / OFEN,
EU / UE). Knowing each acronym's long form lets details treat "SFOE" as "Swiss Federal Office of Energy": covered
by those words in another report, and, through the sentence model, by "OFEN" in a French one.

Long forms are found as Schwartz and Hearst do (PSB 2003): for "long form (ACR)", the acronym's letters are
matched right to left against the words before the bracket, the first letter at the start of a word, within
min(|ACR| + 5, 2 × |ACR|) words.
"""
from __future__ import annotations

import re

_DEFINED = re.compile(r"\(\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ&\-]{1,9})\s*\)")
_WORD = re.compile(r"[\w'’\-]+", re.U)


def is_acronym(word: str) -> bool:
    """Two to ten letters, at least two of them capitals, and mostly capitals ("SFOE", "OFEN", "LEne", "EU")."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(letters) <= 10 and capitals >= 2 and capitals * 2 >= len(letters)


def definitions(text: str) -> dict[str, str]:
    """{acronym: long form} for every "long form (ACR)" of ``text`` whose long form spells the acronym."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        short = m.group(1)
        if not is_acronym(short) or short in out:
            continue
        words = list(_WORD.finditer(text[max(0, m.start() - 300) : m.start()]))
        window = words[-min(len(short) + 5, 2 * len(short)) :]
        if not window:
            continue
        base = max(0, m.start() - 300)
        candidate = text[base + window[0].start() : base + window[-1].end()]
        long_form = _long_form(short, candidate)
        if long_form:
            out[short] = long_form
    return out


def _long_form(short: str, long: str) -> str | None:
    """Schwartz and Hearst's match: the shortest end of ``long`` whose letters spell ``short`` in order, the
    acronym's first letter at the start of a word; None when it does not."""
    s, pos = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while pos >= 0 and (_fold(long[pos]) != _fold(c) or (s == 0 and pos > 0 and long[pos - 1].isalnum())):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    start = max(long.rfind(ws, 0, pos + 1) for ws in " \n\t\u00a0") + 1
    found = " ".join(long[start:].split())
    return found if len(found.split()) >= 2 or len(found) > len(short) + 2 else None


def _fold(c: str) -> str:
    return {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ô": "o", "î": "i", "ï": "i", "ç": "c", "ü": "u",
            "ö": "o", "ä": "a"}.get(c.lower(), c.lower())
