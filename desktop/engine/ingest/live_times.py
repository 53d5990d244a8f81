"""The times of a live page's entries ("16h05", "2:32pm"), which the article extractor drops with the element they
stand in (a span beside the entry's paragraph): each entry's first statement, past its heading, is given its time
back.

A live blog of a breaking story ("Déraillement d'un TER : le point en direct") reads, once extracted, as one undated
story told backwards; a fact-checker needs to know that the minister "est arrivée sur place" at 12h10, as the other
report says "à la mi-journée". Only where the page holds two timed entries at least (a feed, not a byline's time).
"""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_TIME = re.compile(r"\s*(?:\d{1,2}\s?[hH:.]\s?\d{2}|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)\s*", re.I)
_TIMED = re.compile(r"time|heure|hour|stamp", re.I)  # the class of an element holding an entry's time
_SPACES = re.compile(r"\s+")
_KEY_CHARS = 60  # an entry's first statement is known by its opening characters


def entry_times(markup: str) -> dict[str, str]:
    """{opening of an entry's first statement: the entry's time}, for a page with two timed entries or more."""
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return {}
    found: dict[str, str] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or not (el.tag == "time" or _TIMED.search(el.get("class") or "")):
            continue
        when = _SPACES.sub(" ", el.text_content()).strip()
        entry = _next_text(el)
        if _TIME.fullmatch(when) and entry:
            found.setdefault(key(entry), when)
    return found if len(found) >= 2 else {}


def with_times(blocks: list[str], times: dict[str, str]) -> list[str]:
    """``blocks`` with each entry's first statement opened by its time ("16h05 – SNCF Réseau annonce …"); a time the
    extractor kept alone on its line, now given to its entry, goes (it would read as a dateline)."""
    if not times:
        return blocks
    left, given = dict(times), set()
    lines = [block.split("\n") for block in blocks]
    for block in lines:
        for n, line in enumerate(block):
            if (when := left.pop(key(line), None)) is not None:
                block[n] = f"{when} – {line}"
                given.add(when)
    kept = ["\n".join(line for line in block if line.strip() not in given) for block in lines]
    return [block for block in kept if block.strip()]


def key(text: str) -> str:
    return _SPACES.sub(" ", text).strip()[:_KEY_CHARS].casefold()


def _next_text(el) -> str:
    """The text of the first element after ``el`` (among its following siblings) that holds some, past the entry's
    heading: the time goes with the entry's first statement ("10h47" / "Le bilan s'alourdit" / "Selon la préfecture,
    …": a heading with a time reads as a dateline)."""
    for sibling in el.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag not in _HEADINGS and (text := sibling.text_content().strip()):
            return text
    return ""


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
