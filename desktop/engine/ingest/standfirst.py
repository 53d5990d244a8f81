"""The paragraphs an article opens with above its body, which trafilatura may leave out.

trafilatura picks the densest block of a page as its main text. A news page often sets its standfirst (the lead in
bold under the headline) apart from the body's block, inside the same ``<article>``: "L'Assemblée nationale a voté
mardi le texte par 289 voix contre 252. L'opposition annonce un recours …" was in no sentence of a helper's saved
page, and in no list of what was left out. The prose paragraphs of the page's one ``<article>`` that stand before the
first paragraph trafilatura kept, and that it did not keep, are put back in front of them when the page marks them as
its standfirst (their class, or the page's description, ``_standfirst``; a caption, a box of related stories, a
newsletter form, a bio or a comment never); the cleaner then judges them as it judges every line.
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html
from rapidfuzz import fuzz

_SPACES = re.compile(r"\s+")
MIN_WORDS = 8  # a standfirst is a sentence or two, not a label ("Politique") or a byline's few words; often
# without a full stop ("A child is among the dead after a regional train left the tracks near Brenzola on Tuesday
# afternoon" was left out of a helper's page, and out of the list of what was left out)
_PARAGRAPHS = ("p", "h2")


def with_lead_in(markup: str, blocks: list[str]) -> list[str]:
    """``blocks`` (trafilatura's) with the paragraphs of the page's one ``<article>`` that open it as its standfirst
    and that trafilatura left out, each put back before the next block it kept: in front of them, or under a kicker
    and the headline it kept ("Grenzregion" / "Cyberangriff legt Kliniken in Lothringen lahm" / the lead in bold,
    which a helper's German page lost without a trace). The search ends at the body's first paragraph."""
    if not blocks:
        return blocks
    try:
        tree = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return blocks
    articles = tree.findall(".//article")
    if len(articles) != 1:
        return blocks  # no article, or a page listing several: nothing says which lead is this one's
    kept = {}
    for k, b in enumerate(blocks):
        kept.setdefault(_norm(b), k)
    summary = _norm(" ".join(tree.xpath("//meta[@name='description' or @property='og:description']/@content")))
    found: dict[int, list[str]] = {}
    pending: list[str] = []
    for el in articles[0].iter(*_PARAGRAPHS):
        text = _norm(el.text_content())
        if el.tag == "h2" and text not in kept and pending:
            break  # an intertitle: the body's sections have begun
        if text in kept:
            if pending:
                found[kept[text]], pending = pending, []
            if len(text.split()) >= MIN_WORDS:
                break  # the body has begun
        elif len(text.split()) >= MIN_WORDS and _standfirst(el, text, summary):
            pending.append(text)
    return [p for k, b in enumerate(blocks) for p in (*found.get(k, ()), b)]


# how pages name their standfirst ("standfirst", "chapo", "chapeau", "dek", "lede", "intro", "summary", "excerpt")
_NAMED = re.compile(r"standfirst|chap[oô]|chapeau|\bdek\b|lede|\blead\b|intro|summary|excerpt|subtitle|sous-titre|"
                    r"description|teaser|article-?header__?desc", re.I)
_NOT_TEXT = ("figure", "figcaption", "aside", "nav", "form", "footer", "blockquote", "a")
_ASIDE = re.compile(r"related|recommend|more-stories|read-more|also|similar|promo|newsletter", re.I)
_SAME_SUMMARY = 90  # rapidfuzz partial ratio above which a paragraph is the page's description


def _standfirst(el, text: str, summary: str) -> bool:
    """The paragraph reads as the article's standfirst: the page names it so (its class or id, or its parent's), or
    the page's description says it; never a caption, a box, a form or a quote (related stories, newsletters, bios
    and comments sit in such elements or say nothing of the kind), nor what the page names a picture's."""
    if any(a.tag in _NOT_TEXT or _ASIDE.search(f"{a.get('class', '')} {a.get('id', '')}") for a in el.iterancestors()):
        return False  # (a link's text, a box of related stories: "teaser__text" there is another story's)
    names = " ".join(f"{x.get('class', '')} {x.get('id', '')}" for x in (el, el.getparent()) if x is not None)
    if _MEDIA.search(names):
        return False  # "lead-image__caption": a picture's caption, named after the lead picture
    return bool(_NAMED.search(names)) or (bool(summary) and fuzz.partial_ratio(text, summary) >= _SAME_SUMMARY)


_MEDIA = re.compile(r"caption|credit|image|img|media|photo|picture|figure|video|gallery", re.I)



def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
