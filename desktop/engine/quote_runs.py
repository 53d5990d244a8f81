"""Quotations that run over several sentences: the sentences before or after the one that names the speaker.

'"It wasn't typical, crazy noise that sometimes happens. You got the feeling there was something wrong,"
Pigeon told The Canadian Press.' The first sentence names no one, yet it is Pigeon's as much as the second:
read alone, its claim would be flagged "no stated source". Two sentences are one quotation's when a quotation
mark opened in the first is still open at the second (« », “ ”, straight double quotes; a line opening on a mark
while a quotation is open goes on with it, the English way of quoting over paragraphs), or when the second opens
on a quotation mark and has no words of its own after it, right after a sentence that quotes (a new paragraph of
the same speaker's words: '"They cuffed him," he said.' then '"He was giving them a bit of grief."'). A run longer
than ``MAX_RUN`` sentences is left alone, so a stray mark cannot lend a speaker to half a report. Attributions
stay where the speaker is named; a sentence of a run that names no one takes the speakers of the nearest sentence
of the run that names some (``run_mates`` orders them; ``attribution.compare`` lends).
"""
from __future__ import annotations

import re

from .model import Document

MAX_RUN = 6  # sentences one quotation may span
_OPENING, _CLOSING = "«“„", "»”"
_QUOTE_FIRST = re.compile(r'^\s*[«“„"]')
_QUOTE_LAST = re.compile(r'[»”"][\s.,;:!?…]*$')  # nothing after the quote: no speech tag of its own


def quotation_runs(doc: Document) -> list[tuple[int, ...]]:
    """The sentences of each quotation that spans two sentences or more, in order."""
    return [run for run, _lender_only in _runs(doc)]


def _runs(doc: Document) -> list[tuple[tuple[int, ...], int | None]]:
    """Each run, and the sentence of it that only lends (the one that quotes before a new quote paragraph: its own
    words around the quote are not the next paragraph's), or None."""
    texts = [doc.text[s.start:s.end] for s in doc.sentences]
    runs: list[list[int]] = []
    lender_only: dict[int, int] = {}
    open_ = False
    for i, text in enumerate(texts):
        gap = doc.text[doc.sentences[i - 1].end:doc.sentences[i].start] if i > 0 else ""
        new_paragraph = "\n" in gap  # a new line
        if open_ and _ends_paragraph(doc, i, gap) and not _QUOTE_FIRST.match(text):
            open_ = False  # a paragraph that does not reopen the quotation ends it (a stray opening mark)
        continued = i > 0 and not open_ and _QUOTE_FIRST.match(text) and _quotes_speech(texts[i - 1]) \
            and bool(_QUOTE_LAST.search(text) or _open_after(text, False, False))
        if (open_ or continued) and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        elif open_ or continued:
            runs.append([i - 1, i])
            if continued:
                lender_only[len(runs) - 1] = i - 1
        carried = open_ or bool(_QUOTE_FIRST.match(text) or _AFTER_COLON.search(text))  # a quotation goes on only
        #         from a sentence opening on one, or opening one after a colon ('… told reporters: "We lost …')
        open_ = carried and _open_after(text, open_, new_paragraph)
    return [(tuple(r), lender_only.get(n)) for n, r in enumerate(runs) if len(r) <= MAX_RUN]


def _ends_paragraph(doc: Document, i: int, gap: str) -> bool:
    """The gap before sentence ``i`` ends a paragraph: a blank line, or a line break after a line longer than any
    a fixed-width wrap leaves (a report written one paragraph a line). A break after a short line may be a wrap
    ingest left (a text too short to read as wrapped, a line ending on a full stop inside a quotation)."""
    if _BLANK_LINE.search(gap):
        return True
    if "\n" not in gap:
        return False
    from .ingest.reflow import WRAP_WIDTH  # not at import: the window paints before the ingest package loads

    end = doc.sentences[i - 1].end
    return end - (doc.text.rfind("\n", 0, end) + 1) > WRAP_WIDTH


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_AFTER_COLON = re.compile(r":\s*[«“„\"]")
_QUOTED_SPEECH = re.compile(r"[«“„\"]([^«»“”„\"]+)[»”\"]")


def _quotes_speech(text: str) -> bool:
    """``text`` quotes someone's words, not a phrase: a quote of four words or more, or one closing on its own
    punctuation ('"…," he said'), or one still open (not '"once-in-a-century" event', '"dozens of volunteers".')."""
    if _open_after(text, False, False):
        return True
    return any(len(q.split()) >= 4 or q.rstrip()[-1:] in ".,!?…" for q in _QUOTED_SPEECH.findall(text))


def _open_after(text: str, open_: bool, new_paragraph: bool) -> bool:
    """Whether a quotation is open at the end of ``text``, given whether one was open at its start."""
    stripped = text.lstrip()
    if open_ and new_paragraph and stripped[:1] in _OPENING + '"':
        stripped = stripped[1:]  # the mark that reopens a quotation running over paragraphs
    for c in stripped:
        if c in _OPENING:
            open_ = True
        elif c in _CLOSING:
            open_ = False
        elif c == '"':
            open_ = not open_
    return open_


def run_mates(doc: Document) -> dict[int, tuple[int, ...]]:
    """For each sentence inside a multi-sentence quotation, the other sentences of that quotation, nearest first
    (the one after before the one before: a speech tag mostly follows the words)."""
    return {i: tuple(sorted((j for j in run if j != i), key=lambda j: (abs(j - i), j < i)))
            for run, lender_only in _runs(doc) for i in run if i != lender_only}
