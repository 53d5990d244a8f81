"""Segment: detect the language offline and split the kept text into sentences with character offsets.

Lines are split first (headlines carry no final period), then simplemma splits each line; a small
post-pass re-attaches closing quotes and abbreviation tails that a splitter cut off.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .clean import lines_of
from .model import Removed, Sentence

# An opening of the next sentence that a splitter should not have cut before.
_CLOSER = re.compile(r"^(?:[»”’)\]]|\"(?!\w))+\s*")  # a straight quote before a letter opens a quotation
_ABBREV_END = re.compile(
    r"(?:\b(?:art|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|env|p|n°|no|av|apr|cf|etc|vol|chap|ch|fig|"
    r"jan|feb|mar|jun|jul|aug|sep|st|mt|dr|mr|mrs|ms|prof|gen|sen|rep|gov|lt|col|sgt|capt|cpl|supt|insp|cmdr|adm|maj|pvt|atty|dist|asst|inf|snr|comr|"
    r"inc|ltd|co|corp|vs|ex|e\.g|i\.e|tel|tél|fax|mio|mrd|tsd|bzw|ca|vgl|inkl|evtl|z\.b|u\.a|d\.h)\.|"
    r"\b[A-Z]\.)$",
    re.I,
)


_RANK = re.compile(r"(?:^|\s)(\S+)\s+Const\.$")  # "Police Const. Tim Fanning", '…," Const. Fanning said


def _rank_before_name(before: str, head: str) -> bool:
    """ "Const." is a constable's rank before a name, after the force's or the post's name; not the end of "the
    state Const." (a constitution) or "of the Const."."""
    m = _RANK.search(before.rstrip())
    alone = before.strip() == "Const."  # "Const. Fanning said" opening a sentence
    word = m.group(1).strip(",;:\"”'’").lower() if m else ""
    return (alone or (bool(m) and word not in ("the", "of", "state", "federal"))) and head[:1].isupper()


_CJK_STOP = re.compile(r"[。！？]+(?=[^\s」』）”’])")  # a full-width stop, then the next sentence with no space
_SPACED_STOP = re.compile(r"\s[.!?]\s+(?=[\"“«]?\s?[A-ZÀ-ÖØ-Þ0-9])")


def _simplemma_lang(lang: str) -> str | None:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return lang if lang in SUPPORTED_LANGUAGES else None


def split_line(line: str, lang: str | None) -> list[tuple[int, int]]:
    """Sentence spans inside one line, as offsets into the line."""
    from simplemma import split_sentences  # imported on first use (0.1 s), not when the app starts

    pieces = split_sentences(line, lang) if lang else split_sentences(line)
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = line.find(piece, pos)
        if at < 0:  # the splitter changed the text: fall back to keeping the rest as one sentence
            rest = line[pos:].strip()
            if rest:
                start = line.find(rest, pos)
                spans.append((start, start + len(rest)))
            return _repair(line, spans)
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    spans = _split_note_stops(line, _split_spaced_stops(line, spans))
    if lang in _NO_DOTTED_ORDINALS:
        spans = _split_number_stops(line, spans)
    return _repair(line, _opening_quotes(line, _split_cjk_stops(line, spans)))


# Languages that write no ordinal as a number and a full stop (German "8. Mai" does): after "was 77." or "on
# April 9." a capitalised word opens the next sentence, which simplemma's splitter leaves joined
_NO_DOTTED_ORDINALS = frozenset({"en", "fr"})
_NUMBER_STOP = re.compile(r"(?<=\d)\.\s+(?=(?:[\"“«]\s?)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")  # ("Sdis 66. « Les …")


def _split_number_stops(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split after a number ending a sentence ("He was 77. The former driver", "sentenced Nov. 8. Prosecutors"),
    not after a list's number: one opening a line ("1. Introduction", "• 2. The second point") or one of a list
    written on one line ("Steps: 1. Open the box 2. Remove the cover")."""
    numbers = [int(m.group(1)) for m in _LISTED.finditer(line)]

    def cut(m: re.Match, start: int) -> tuple[int, int] | None:
        head = line[:m.start()]
        number = int(re.search(r"\d+$", head).group())
        listed = number - 1 in numbers or number + 1 in numbers
        opening = not head.rstrip("0123456789").strip(_BULLETS)
        return None if listed or opening else (m.start() + 1, m.end())

    return _split_at(line, spans, _NUMBER_STOP, cut)


_LISTED = re.compile(r"(?<![\d.,])(\d{1,2})\.\s+[\"“«]?[A-ZÀ-ÖØ-Þ]")  # "1. Open", "2. Remove"
_BULLETS = " \t•·-–—*(["


def _split_cjk_stops(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split after each full-width 。！？ followed by more text: Chinese and Japanese put no space between
    sentences, and simplemma does not split them. A stop inside a closing quote is left alone (Japanese goes on
    after it: 「…した。」と述べた。)."""
    return _split_at(line, spans, _CJK_STOP, lambda m, start: (m.end(), m.end()))


def _split_spaced_stops(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split where a full stop written after a space ends a sentence ("… from abroad . Even …": text copied from
    a PDF or a tokenised corpus), which simplemma's English rules leave joined."""
    def cut(m: re.Match, start: int) -> tuple[int, int] | None:
        if m.group().strip() == "." and _ABBREV_END.search(line[start:m.start()].rstrip() + "."):
            return None  # "Mr . Smith", "U.S . officials"
        if line[m.start() - 1 : m.start()].isdigit() and line[m.end() : m.end() + 1].isdigit():
            return None  # "20 . 11 . 2024", "2 . 5 %"
        return m.start() + 2, m.end()

    return _split_at(line, spans, _SPACED_STOP, cut)


_NOTE_STOP = re.compile(r"(?<=[.!?…»”\"])(?:\[\d{1,3}\])+(\s+)(?=[\"“«]?[A-ZÀ-ÖØ-Þ0-9])")


def _split_note_stops(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split after a note's marker that follows a sentence's end ("… on Tuesday night.[1] Power company …": text
    copied from an encyclopedia or a report with notes), which the splitter leaves joined; the marker stays with the
    sentence it documents."""
    def cut(m: re.Match, start: int) -> tuple[int, int] | None:
        if _ABBREV_END.search(line[start:m.start()]):
            return None  # "near St.[2] Albans", "the U.S.[4] State Department"
        return m.start(1), m.end(1)

    return _split_at(line, spans, _NOTE_STOP, cut)


_TRAILING_OPENER = re.compile(r"[.!?…]\s+([\"“«„]\s?)$")


def _opening_quotes(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give an opening quote mark that the splitter left at the end of a sentence to the next one
    ('… California. "We appreciate …"': the quote opens the next sentence, it does not close this one)."""
    out = list(spans)
    for k in range(len(out) - 1):
        start, end = out[k]
        m = _TRAILING_OPENER.search(line, start, end)
        nxt_start, nxt_end = out[k + 1]
        if m and not line[m.end():nxt_start].strip():
            out[k] = (start, len(line[:m.start(1)].rstrip()))
            out[k + 1] = (m.start(1), nxt_end)
    return out


def _split_at(line: str, spans: list[tuple[int, int]], pattern: re.Pattern,
              cut: Callable[[re.Match, int], tuple[int, int] | None]) -> list[tuple[int, int]]:
    """Split each span at the matches of ``pattern`` inside it; ``cut(match, sentence start)`` gives where the
    sentence ends and the next one starts, or None to leave that match alone."""
    out = []
    for start, end in spans:
        for m in pattern.finditer(line, start, end):
            where = cut(m, start)
            if where is not None and where[1] < end:
                out.append((start, where[0]))
                start = where[1]
        out.append((start, end))
    return out


# hashtags or handles alone after a post's last sentence ("… take care. #Zelie »"): the post's, no sentence
_TAGS_ONLY = re.compile(r"(?:[#@][^\W_][\w-]*[\s,.;:!?»”\"'’)]*)+")
_ATTACHED = re.compile(r"-[^\W\d_]")  # "E! -series": a hyphen stuck to the next word goes on (not "-5 is forecast")
_LETTER_BANG = re.compile(r"(?:^|\s)[A-Z]!$")  # "told E!": a channel's name ends the text before the split


def _goes_on(before: str, head: str) -> bool:
    """The split before ``head`` is no sentence's end: a hyphen stuck to the next word ("E! -series, Taradise"), or
    a name like "E!" followed by a few words only ("he told E! News."; not "no Plan B! The opposition laughed")."""
    return bool(_ATTACHED.match(head)) or (bool(_LETTER_BANG.search(before)) and len(head.split()) <= 2)


def _repair(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge a sentence that starts with a closing quote, or that follows an abbreviation, or that holds only
    hashtags or handles, into the previous one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            head = line[start:end]
            closer = _CLOSER.match(head)
            lower_start = head[:1].islower() or _goes_on(line[prev_start:prev_end], head) or _TAGS_ONLY.fullmatch(head.strip())
            if closer or lower_start or _ABBREV_END.search(line[prev_start:prev_end]) \
                    or _rank_before_name(line[prev_start:prev_end], head):
                if closer and closer.end() < len(head) and not lower_start and head[closer.end():closer.end() + 1].isupper():
                    # "… fasse. » Le président …": the quote mark closes the previous sentence only
                    out[-1] = (prev_start, start + len(closer.group().rstrip()))
                    out.append((start + closer.end(), end))
                    continue
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return [(s, e) for s, e in out if e > s]


def _subtract(start: int, end: int, removed: list[Removed]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the removed spans (``removed``: sorted, only those that can overlap)."""
    parts = [(start, end)]
    for r in removed:
        nxt = []
        for s, e in parts:
            if r.end <= s or r.start >= e:
                nxt.append((s, e))
                continue
            if s < r.start:
                nxt.append((s, r.start))
            if r.end < e:
                nxt.append((r.end, e))
        parts = nxt
    return parts


def _overlapping(removed: list[Removed], starts: list[int], start: int, end: int) -> list[Removed]:
    """The removed spans that can touch [start, end): found by bisection, since they are sorted and disjoint."""
    k = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    while k < len(removed) and removed[k].start < end:
        if removed[k].end > start:
            out.append(removed[k])
        k += 1
    return out


def segment(text: str, removed: list[Removed], lang: str) -> list[Sentence]:
    """Sorted, disjoint sentences of ``text`` outside the removed spans."""
    slang = _simplemma_lang(lang)
    removed = sorted(removed, key=lambda r: r.start)
    starts = [r.start for r in removed]
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(lines_of(text)):  # each line is a paragraph: ingest joined the lines a
        #                                                 layout wrapped (reflow)
        for start, end in _subtract(line.start, line.end, _overlapping(removed, starts, line.start, line.end)):
            chunk = text[start:end]
            for s, e in split_line(chunk, slang):
                piece = chunk[s:e]
                if re.search(r"\w", piece):
                    sentences.append(Sentence(start + s, start + e, paragraph))
    return sentences
