"""What Find matches: text compared as a reader compares it (pure functions, no Qt).

A fact-checker types "Etats-Unis" for "États-Unis", "Pekin" for "Pékin", "l'OTAN" for "l’OTAN": case, accents,
curly or straight apostrophes and quotation marks, and the kinds of hyphen and space do not matter. Each character
is folded on its own (so a match maps back to the text exactly): decomposed and stripped of its accents, case-folded,
its typographic variants written plainly ("œ" reads "oe", "ß" "ss").
"""
from __future__ import annotations

import unicodedata

_PLAIN = {
    "’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ",
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae",
}


_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}  # soft hyphen, zero-width characters


def fold_char(ch: str) -> str:
    """How one character reads to Find ("" for a combining accent on its own or an invisible character)."""
    if ch in _INVISIBLE:
        return ""
    if ch in _PLAIN:
        return _PLAIN[ch]
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base.casefold()


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded for Find, and for each folded character the offset of the character it comes from."""
    out, origin = [], []
    for i, ch in enumerate(text):
        piece = fold_char(ch)
        out.append(piece)
        origin += [i] * len(piece)
    return "".join(out), origin


def find_all_in(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text`` as Find reads them, as code-point spans of ``text``."""
    want = folded(needle)[0]
    if not want.strip():
        return []
    hay, origin = folded(text)
    spans, at = [], hay.find(want)
    while at >= 0:
        end = origin[at + len(want) - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # "été" written decomposed: the accent after the last letter belongs to the match
        spans.append((origin[at], end))
        at = hay.find(want, at + len(want))
    return spans
