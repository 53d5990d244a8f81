"""The paragraphs an article opens with above its body, which trafilatura may leave out.

trafilatura picks the densest block of a page as its main text. A news page often sets its standfirst (the lead in
bold under the headline) apart from the body's block, inside the same ``<article>``: "L'Assemblée nationale a voté
mardi le texte par 289 voix contre 252. L'opposition annonce un recours …" was in no sentence of a helper's saved
page, and in no list of what was left out. The prose paragraphs of the page's one ``<article>`` that stand before the
first paragraph trafilatura kept, and that it did not keep, are put back in front of them; the cleaner then judges
them as it judges every line (a byline, a kicker, a date line there leave as furniture).
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

_SPACES = re.compile(r"\s+")
_PROSE = re.compile(r"[.!?…»”\"]\s*$")
MIN_WORDS = 8  # a standfirst is a sentence or two, not a label ("Politique") or a byline's few words
_PARAGRAPHS = ("p", "h2")


def lead_in(markup: str, blocks: list[str]) -> list[str]:
    """Prose paragraphs of the page's one ``<article>`` before the first of ``blocks`` (trafilatura's), not in them."""
    if not blocks:
        return []
    try:
        tree = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return []
    articles = tree.findall(".//article")
    if len(articles) != 1:
        return []  # no article, or a page listing several: nothing says which lead is this one's
    kept, first = {_norm(b) for b in blocks}, _norm(blocks[0])
    found = []
    for el in articles[0].iter(*_PARAGRAPHS):
        text = _norm(el.text_content())
        if text == first:
            return found
        if len(text.split()) >= MIN_WORDS and _PROSE.search(text) and text not in kept:
            found.append(text)
    return []  # trafilatura's first paragraph is not one of the article's: no order to go by

def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
