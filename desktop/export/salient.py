"""Spans worth emphasising in a single-sourced sentence when the engine marked none: quotes, numbers, names.

A plain-text heuristic for reports only; the engine's own details always take precedence.
"""
from __future__ import annotations

import re

from desktop.engine.features import HONORIFICS, RANKS

_QUOTE = re.compile(r"«[^»]{2,}»|“[^”]{2,}”|\"[^\"\n]{2,}\"")
_NUMBER = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d+)*(?:\s?%)?")
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())  # Latin capitals only ("œ" is none)
_WORD = rf"(?<!\w)[{re.escape(_UPPER)}][\w’'\-]*"  # from a word's start ("cœur": no name; "l'ONU": "ONU")
_NAME = re.compile(rf"{_WORD}(?:\s+(?:(?:de|du|des|la|le|von|van|al|bin)\s+)?{_WORD})*")


def salient_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of quotes, numbers and proper names in ``text``, possibly overlapping.

    A capitalised word that opens the sentence is not counted as a name on its own."""
    spans = [(m.start(), m.end(), "quote") for m in _QUOTE.finditer(text)]
    spans += [(m.start(), m.end(), "number") for m in _NUMBER.finditer(text)]
    for m in _NAME.finditer(text):
        start = m.start()
        if not text[:start].strip(" \"«“'(–-"):
            first = re.match(rf"{_WORD}\s*", text[start:])
            start += first.end() if first else 0
        start = _after_titles(text, start, m.end())
        if start < m.end() and len(text[start : m.end()].strip()) > 1:
            spans.append((start, m.end(), "name"))
    return spans


def _after_titles(text: str, start: int, end: int) -> int:
    """Where a name starts once words of address and ranks are passed over ("Mr", "Const", "Mme": no one's name)."""
    while (word := re.match(rf"{_WORD}", text[start:end])) and (
            word.group().lower() in HONORIFICS or (word.group().lower() in RANKS and text[start + word.end():].startswith("."))):
        start += word.end()
        start += len(text[start:end]) - len(text[start:end].lstrip(". "))
    return start
