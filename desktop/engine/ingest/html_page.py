"""The article of a saved web page: its paragraphs and title, without navigation, scripts or ads.

trafilatura finds the main text; a plain lxml walk is the fallback when it finds nothing.
Nothing is ever fetched: the markup is passed as a string, never a URL.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import trafilatura
from lxml import etree, html as lxml_html
from rapidfuzz import fuzz

from desktop.engine.clean import page_headline
from desktop.engine.clean_lines import Line
from desktop.engine.furniture import named_only

from .ads import without_ads
from .embedded_posts import attributed_posts, with_posts
from .live_times import entry_times, with_times
from .standfirst import with_lead_in
from .tab_title import document_title

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"\s+")
# trafilatura's output tree: elements holding other blocks, and block elements
_TF_CONTAINERS = {"list", "quote", "div", "note"}
_TF_BLOCKS = {"p", "head", "list", "item", "quote", "table", "div", "note", "code"}
# plain lxml fallback: what never carries article text, and what separates paragraphs
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "nav", "header", "footer",
         "aside", "form", "button", "select", "object", "embed", "canvas", "head")
_HTML_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
                "figcaption", "hr", "address", "details", "summary", "body"}
_TITLE_SEARCH = 12  # blocks searched for the title before it is put first (menus may come before it)
_SAME_TITLE = 90  # rapidfuzz ratio above which the first paragraph already is the headline
_SHORTER_TITLE = 95  # partial ratio above which a title is the shorter form of a block up to twice its length
# libxml2 stops at 256 levels of nesting unless told otherwise, silently dropping the rest of the page; old pages
# with unclosed <font>/<b> tags nest one level deeper per paragraph. The "huge" parser goes to libxml2's hard limit.
_DEEP_PARSER = lxml_html.HTMLParser(huge_tree=True, collect_ids=False, default_doctype=False,
                                    remove_comments=True, remove_pis=True)


@dataclass
class Page:
    text: str
    title: str | None = None
    meta: dict = field(default_factory=dict)


def extract(markup: str) -> Page:
    """Article text of ``markup``: paragraphs separated by a blank line, the headline first."""
    markup = _XML_DECL.sub("", markup, count=1)
    # A page nested too deep for the standard parser (unclosed tags, or hostile) is walked plainly: trafilatura
    # would see it cut at the limit, and its scoring gets slow on deep trees.
    deep = _too_deep(markup)
    markup, said = (markup, {}) if deep else attributed_posts(without_ads(markup))  # the standard parser's: never a
    #                                                                                  deep page
    blocks, title, meta, rough = ([], None, {}, False) if deep else _with_trafilatura(markup)
    blocks = blocks if deep or rough else with_lead_in(markup, blocks)  # a standfirst set apart from the body
    blocks = blocks if deep else with_times(blocks, entry_times(markup))
    if not blocks or rough:
        plain, fallback_title = _with_lxml(markup)
        if _length(plain) >= 0.5 * _length(blocks):
            blocks = plain
            # trafilatura found no article: the page's every paragraph is kept, and the cleaner judges them; the
            # headline under the page furniture is a better title than <title> ("Headline | Site")
            title = page_headline("\n\n".join(blocks)) or title or fallback_title
        title = title or fallback_title
    blocks = with_posts(blocks, said)
    if title and blocks and not any(_same(b, title) for b in blocks[:_TITLE_SEARCH]):  # a title alone is no article
        blocks.insert(0, title)
    heading = _marked_heading(markup, blocks)
    return Page("\n\n".join(blocks), title, meta | ({"heading": heading} if heading else {}))


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_H1_SEARCH = 4  # <h1> elements read: a page has one headline, and maybe its site's name as another


def _marked_heading(markup: str, blocks: list[str]) -> str | None:
    """The headline the page marks as its <h1>, when it is a line of the article's first blocks (not a site's name:
    "L'Écho national"), as a Markdown file marks its "# …" (``clean``: the headline whatever its shape). Unmarked, a
    headline other reports of the comparison carry too went as a line at the page's edge when a longer title-shaped
    line under it (a time stamp, a standfirst without a stop) was read as the headline, while the Markdown file's kept
    its own and showed it as said there alone."""
    lines = {line for block in blocks[:_TITLE_SEARCH] for line in block.split("\n")}
    for found in itertools.islice(_H1.finditer(markup), _H1_SEARCH):
        text = _SPACES.sub(" ", lxml_html.fromstring(f"<div>{found.group(1)}</div>").text_content()).strip()
        if text in lines and not named_only(Line(0, len(text), text, 0)):
            return text
    return None


def _too_deep(markup: str) -> bool:
    """Whether the standard parser would cut the page at its nesting limit."""
    parser = lxml_html.HTMLParser(collect_ids=False)
    try:
        lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return False
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _with_trafilatura(markup: str) -> tuple[list[str], str | None, dict, bool]:
    """Paragraphs, title, metadata, and whether trafilatura fell back to its rough page dump."""
    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False,
        )
    except Exception:  # trafilatura fails on some odd markup: the fallback takes over
        return [], None, {}, False
    if doc is None or doc.body is None:
        return [], None, {}, False
    blocks = [b for child in doc.body for b in _tf_blocks(child)]
    meta = {"date": doc.date, "author": doc.author, "outlet": _outlet(doc.sitename, doc.title, markup), "url": doc.url}
    rough = _is_rough(doc.body) or _runs_blocks_together(doc.body, blocks, markup)
    return blocks, _clean(doc.title), {k: v for k, v in meta.items() if v}, rough


_TAB_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _outlet(sitename: str | None, title: str | None, markup: str) -> str | None:
    """The site's name: the extractor's, unless it is the headline again (a page without "og:site_name"), then the
    site the tab's title names after the headline ("Headline | Iberia Tech Wire"), else none. A tab's title may
    shorten the headline ("Rate rise to 4.25% | The Valdonia Herald" over "Rate rise to 4.25% will squeeze
    households"): a name of three words or more that opens the headline is the headline's."""
    if sitename and (_named_by_page(sitename, markup)
                     or not (title and _headline_again(sitename.casefold(), title.casefold()))):
        return sitename  # the page's own "og:site_name" stands ("The Irish Times" over "The Irish Times view on …")
    tab = _TAB_TITLE.search(markup[:200_000])
    if tab is None:
        return None
    site = document_title(_SPACES.sub(" ", lxml_html.fromstring(f"<p>{tab.group(1)}</p>").text_content()).strip())[1]
    return None if site is None or _SECTION.match(site) else site


def _named_by_page(sitename: str, markup: str) -> bool:
    """The page names the site so in its "og:site_name" meta."""
    found = _SITE_NAME.search(markup[:200_000]) or _SITE_NAME_AFTER.search(markup[:200_000])
    return found is not None and lxml_html.fromstring(f"<p>{found.group(1)}</p>").text_content().strip() == sitename


_SITE_NAME = re.compile(r"""<meta[^>]+property=["']og:site_name["'][^>]+content=["']([^"']+)["']""", re.I)
_SITE_NAME_AFTER = re.compile(r"""<meta[^>]+content=["']([^"']+)["'][^>]+property=["']og:site_name["']""", re.I)


def _headline_again(name: str, title: str) -> bool:
    return fuzz.ratio(name, title) >= _SAME_TITLE or (title.startswith(name) and len(name.split()) >= 3)


# what a tab's title names after the headline that is a section of the site, not the site ("Headline | World news",
# "Headline - Page 2", "Titre - Politique"): no outlet
_SECTION = re.compile(
    r"(?i)^(?:(?:world|uk|us|local|latest|breaking|top)\s+)?(?:news|stories|headlines)$|^page\s+\d+$|"
    r"^(?:world|opinion|opinions|comment|analysis|politics|business|economy|technology|tech|science|health|sport|"
    r"sports|culture|arts|entertainment|lifestyle|travel|video|videos|live|home|homepage|international|europe|"
    r"actualités?|actu|monde|politique|économie|société|sciences?|santé|sports?|culture|international|vidéos?|"
    r"direct|accueil|france|régions?|faits divers|tribune|édito|éditorial)$")


def _is_rough(body) -> bool:
    """trafilatura's baseline output: bare paragraphs whose lines are the page's text runs."""
    return all(el.tag == "p" and len(el) == 0 for el in body) and any("\n" in (el.text or "") for el in body)


def _runs_blocks_together(body, blocks: list[str], markup: str) -> bool:
    """A paragraph of trafilatura's output holds several of the page's blocks run together: its rescue of a short
    extraction (under its 250 characters: a live page of a few entries) may be an <article>'s text whole, time
    stamps, posts, captions and share buttons joined by spaces ("Westmark election live 11.21pm CEST Turnout was
    61.4 percent … Share Facebook 11.15pm CEST Kessel claimed …"), which the cleaner can only keep or drop whole.
    Only bare paragraphs are read so (the rescue's shape)."""
    if not all(el.tag == "p" and len(el) == 0 for el in body):
        return False
    page = {line for block in _with_lxml(markup)[0] for line in block.split("\n") if len(line.split()) >= 2}
    return any(sum(1 for line in page if line in b and line != b) >= _RUN_TOGETHER for b in blocks)


_RUN_TOGETHER = 2  # the page's blocks held by one paragraph of the extraction, at least


def _length(blocks: list[str]) -> int:
    return sum(len(b) for b in blocks)


def _tf_blocks(el) -> list[str]:
    """Paragraphs of one element of trafilatura's output tree."""
    if el.tag == "table":
        return [row for r in el.iter("row") if (row := " | ".join(_inline(c) for c in r.iter("cell")).strip(" |"))]
    if el.tag in _TF_CONTAINERS and any(child.tag in _TF_BLOCKS for child in el):
        return [b for child in el for b in _tf_blocks(child)]
    if el.tag == "p" and len(el) == 0 and "\n" in (el.text or ""):
        return _lines(el.text)  # trafilatura's baseline joins the page's blocks with newlines
    text = _inline(el)
    return [text] if text else []


def _inline(el) -> str:
    """Text of an element, whitespace collapsed, ``<lb/>`` and nested blocks as line breaks."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in _TF_BLOCKS:
            parts.append(f"\n{_inline(child)}\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "\n".join(_lines("".join(parts)))


def _lines(text: str) -> list[str]:
    return [line for raw in text.split("\n") if (line := _SPACES.sub(" ", raw).strip())]


def _with_lxml(markup: str) -> tuple[list[str], str | None]:
    """Every paragraph of the page outside navigation, headers, footers, asides and scripts."""
    try:
        tree = lxml_html.document_fromstring(markup, parser=_DEEP_PARSER)
    except (etree.ParserError, ValueError):
        return [], None
    title = _clean(tree.findtext(".//title"))
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    etree.strip_elements(tree, *_DROP, with_tail=False)
    return _walk(tree), title


def _walk(root) -> list[str]:
    """Split the page's text at block boundaries; ``<br>`` becomes a line break."""
    blocks, current = [], []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if el.tag in _HTML_BLOCKS:
            blocks.append("".join(current))
            current = []
        if event == "start":
            current.append("\n" if el.tag == "br" else _SPACES.sub(" ", el.text or ""))
        elif el is not root:
            current.append(_SPACES.sub(" ", el.tail or ""))
    blocks.append("".join(current))
    return [b for raw in blocks if (b := "\n".join(_lines(raw)))]


def _same(first: str, title: str) -> bool:
    """The block already is the headline: alike, or the page's metadata title is its shorter form (og:title "La
    Russie a demandé une aide militaire à la Chine" for the <h1> "…, selon Washington")."""
    block, title = _SPACES.sub(" ", first).casefold(), _SPACES.sub(" ", title).casefold()
    if fuzz.ratio(block, title) >= _SAME_TITLE:
        return True
    return len(title) < len(block) <= 2 * len(title) and fuzz.partial_ratio(title, block) >= _SHORTER_TITLE


def _clean(title: str | None) -> str | None:
    """The page's title, spaces collapsed and a live page's banner left off ("EN DIRECT - Déraillement …": the
    column is named by its story)."""
    title = _LIVE_BANNER.sub("", _SPACES.sub(" ", title or "").strip())
    return title or None


_LIVE_BANNER = re.compile(r"^(?:en direct|direct|live(?: updates?)?|live blog)(?:\s+[-–—|]|\s*:)\s+(?=\S)", re.I)  # not "Live-action"
