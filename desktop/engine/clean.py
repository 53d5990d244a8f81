"""Clean: find page furniture (share/subscribe lines, related-post teasers, site tags, credits) and repeated lines.

Nothing is dropped silently: every excluded span is reported as a ``Removed`` with a reason and a label.
The rules look at the *shape* of a line (calls to action, social networks, addresses, handles, length,
punctuation, position at the tail of the page), never at a list of known pages.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .model import Removed


_UNSPACED_CHARS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    index: int  # among non-blank lines

    @property
    def words(self) -> int:
        """Words split by spaces; in scripts written without spaces (Chinese, Japanese, Thai), about one word
        per two characters."""
        unspaced = len(_UNSPACED_CHARS.findall(self.text))
        return len(self.text.split()) + unspaced // 2


def lines_of(text: str) -> list[Line]:
    """Non-blank lines with their offsets, leading/trailing white space trimmed from the span."""
    out: list[Line] = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        out.append(Line(start, start + len(stripped), stripped, len(out)))
    return out


_CTA = re.compile(
    r"\b(cliquez|cliquer|click|clique|rejoign\w*|rejoindre|join|subscribe|abonne[rz]?|abonnez-vous|s'abonner|inscri\w+|"
    r"sign\s?up|newsletter|partage[rz]?|share|tweet(?:er)?|imprimer|print|e-?mail|télécharge\w*|download|"
    r"en savoir plus|read more|lire (?:aussi|la suite|plus)|à lire|voir aussi|see also|continue reading|"
    r"publicité|advertisement|sponsored|sponsorisé|cookies?|all rights reserved|tous droits réservés)\b",
    re.I,
)
_SOCIAL = re.compile(r"\b(twitter|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|x\.com|google news)\b", re.I)
_ADDRESS = re.compile(r"(https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|al|fr|info|io)\b|(?<!\w)@\w{3,})", re.I)
_RELATED_HEAD = re.compile(
    r"^(similar posts|related (?:posts|articles|stories)|more (?:stories|from)|you may also like|recommended|"
    r"lire aussi|à lire aussi|a lire aussi|sur le même sujet|voir aussi|dans la même rubrique|articles similaires|"
    r"read (?:more|also)|see also|tags?\s*:|mots-clés|étiquettes)",
    re.I,
)
_FOLLOW = re.compile(r"^(suivre|suivez|follow)\b.{0,60}\b(sur|on)\s+\w+", re.I)
_CREDIT = re.compile(r"^(©|\(c\)|copyright|crédit|credit|photo\s*:|source\s*:|source d'information|image\s*:)", re.I)
_TAG = re.compile(r"^[\w.]+(?:[-_/][\w.]+){1,5}>?$")  # "ttn-fr-56", "news/world-12"
_SHARE_LABEL = re.compile(r"^(spread the love|répandre l'amour|share this( article)?|partager( cet article)?|imprimer|print)$", re.I)
_TERMINAL = re.compile(r"[.!?…»\"”)。！？．」』]\s*$")


def furniture_reason(line: Line) -> str | None:
    """Why a line is page furniture, or None when it reads as content."""
    t = line.text.replace("\u2019", "'")
    if _RELATED_HEAD.match(t):
        return "related-articles list"
    if _FOLLOW.match(t) and line.words <= 12:
        return "follow-us line"
    if _CREDIT.match(t) and line.words <= 25:
        return "source credit"
    if _TAG.match(t) and " " not in t:
        return "site tag"
    if _SHARE_LABEL.match(t.strip(" :!.")):
        return "share button label"
    signals = len(_CTA.findall(t)) + len(_SOCIAL.findall(t)) + len(_ADDRESS.findall(t))
    if signals >= 2 and line.words <= 40:
        return "share/subscribe line"
    if signals >= 1 and line.words <= 6 and not _TERMINAL.search(t):
        return "share/subscribe line"
    return None


def _is_content(line: Line) -> bool:
    return line.words >= 8 and bool(_TERMINAL.search(line.text))


def tail_fragments(lines: list[Line], flagged: set[int]) -> set[int]:
    """Short unpunctuated lines after the last real paragraph: buttons, bylines, tags at the foot of a page."""
    out: set[int] = set()
    for line in reversed(lines):
        if line.index in flagged:
            continue
        if _is_content(line):
            break
        if line.words <= 6 and not _TERMINAL.search(line.text):
            out.add(line.index)
        else:
            break
    return out


def _duplicate_key(text: str) -> str:
    words = default_process(text.replace("\u2019", "'")).split()
    return " ".join(sorted(words))


_BLOCK_LIMIT = 40  # a word on more lines than this is too common to find near-copies by


def duplicates(lines: list[Line], skip: set[int], cutoff: float = 88.0) -> dict[int, int]:
    """Lines that repeat an earlier line (same words, maybe re-cased, reordered or with a word changed).

    Blocked, not all-pairs: exact repeats are found by their key, near-copies only among earlier lines
    sharing one of the line's three rarest words (a near-copy keeps most words, so it keeps at least one of
    those). Returns {later line index: earlier line index}."""
    cand = [ln for ln in lines if ln.index not in skip and ln.words >= 3]
    keys = [_duplicate_key(ln.text) for ln in cand]
    words = [set(k.split()) for k in keys]
    freq: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in ws:
            freq[w] += 1
    seen: dict[str, list[int]] = defaultdict(list)
    exact: dict[str, int] = {}
    out: dict[int, int] = {}
    for j, ws in enumerate(words):
        first = exact.setdefault(keys[j], j)
        if first != j:
            out[cand[j].index] = out.get(cand[first].index, cand[first].index)  # point at the original
            continue
        rare = [w for w in sorted(ws, key=lambda w: (freq[w], w))[:3] if freq[w] <= _BLOCK_LIMIT]
        for i in sorted({i for w in rare for i in seen[w]}):
            a, b = cand[i], cand[j]
            if a.index in out or min(a.words, b.words) / max(a.words, b.words) < 0.75:
                continue
            if fuzz.ratio(keys[i], keys[j], score_cutoff=cutoff):
                out[b.index] = a.index
                break
        for w in rare:
            seen[w].append(j)
    return out


def find_removed(text: str) -> list[Removed]:
    """Spans of ``text`` to leave out of the comparison, sorted, each with a reason and a human label."""
    lines = lines_of(text)
    removed: dict[int, Removed] = {}
    for line in lines:
        why = furniture_reason(line)
        if why:
            removed[line.index] = Removed(line.start, line.end, "boilerplate", why)
    for idx in tail_fragments(lines, set(removed)):
        removed[idx] = Removed(lines[idx].start, lines[idx].end, "boilerplate", "page footer fragment")
    for later, earlier in duplicates(lines, set(removed)).items():
        ln = lines[later]
        removed[later] = Removed(ln.start, ln.end, "duplicate", f"repeats line {_line_number(text, lines[earlier].start)}")
    return sorted(removed.values(), key=lambda r: r.start)


def _line_number(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
