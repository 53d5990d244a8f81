"""Posts a saved page embeds (X/Twitter, Bluesky, Threads, Mastodon): someone's statement, not the outlet's.

An embedded post is a blockquote whose text the article extractor keeps as a paragraph of the article, without the
line that says who posted it ("— Some Person (@someperson) December 13, 2008"), so "Praying for everyone at the
church tonight." read as the outlet's own unsourced statement. Each post is rewritten, before extraction, as one
paragraph that says who posted it and where, in the page's language, so that "Who says what" names its author:
'Some Person wrote on X (@someperson): "Praying for everyone …"', 'Jean Dupont a écrit sur X (@jdupont) : « … »'.
Nothing is dropped: a post whose author cannot be read keeps its text as "A post on X: …".
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

# blockquote classes of each platform's embed code, and the platform's name
_PLATFORMS = (("twitter-tweet", "X"), ("bluesky-embed", "Bluesky"), ("text-post-media", "Threads"),
              ("mastodon-embed", "Mastodon"))
_AUTHOR = re.compile(r"[—–-]\s*(?P<name>[^()\n]{1,80}?)\s*\((?P<handle>@[\w.@-]{1,60})\)")
_LINK_TEXT = re.compile(r"^(?:pic\.twitter\.com/|https?://|t\.co/|@)\S*$")
_SPACES = re.compile(r"\s+")


def attributed_posts(markup: str) -> str:
    """``markup`` with each embedded post replaced by a paragraph naming its author; unchanged when it has none."""
    if not any(cls in markup for cls, _ in _PLATFORMS):
        return markup
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    french = (root.get("lang") or "").lower().startswith("fr")
    posts = [(q, name) for cls, name in _PLATFORMS
             for q in root.xpath(f"//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]")]
    for quote, platform in posts:
        said = _post_text(quote)
        if not said:
            continue
        paragraph = etree.Element("p")
        paragraph.text = _sentence(_author(quote), platform, said, french)
        paragraph.tail = quote.tail
        quote.getparent().replace(quote, paragraph)
    return lxml_html.tostring(root, encoding="unicode") if posts else markup


def _post_text(quote) -> str:
    """The post's words: its paragraphs, the links it ends on ("pic.twitter.com/…") left out."""
    paragraphs = quote.findall(".//p") or [quote]
    words = []
    for p in paragraphs:
        text = _SPACES.sub(" ", "".join(p.itertext())).strip()
        words += [w for w in text.split(" ") if w and not _LINK_TEXT.match(w)] if text else []
    return " ".join(words).strip()


def _author(quote) -> tuple[str, str] | None:
    """("Some Person", "@someperson") from the line under the post, if it says so."""
    tail = []
    for node in quote:
        if node.tag != "p":
            tail.append("".join(node.itertext()))
        tail.append(node.tail or "")
    found = _AUTHOR.search(_SPACES.sub(" ", (quote.text or "") + "".join(tail)))
    return (found.group("name").strip(), found.group("handle")) if found else None


def _sentence(author: tuple[str, str] | None, platform: str, said: str, french: bool) -> str:
    """The post as a statement of its author: the handle after the platform, where it does not break the name
    ("@jmdupont.bsky.social")."""
    said = said.strip().strip('"“”«» ')
    if author is None:
        return f"Message publié sur {platform} : « {said} »" if french else f'A post on {platform}: "{said}"'
    name, handle = author
    if french:
        return f"{name} a écrit sur {platform} ({handle}) : « {said} »"
    return f'{name} wrote on {platform} ({handle}): "{said}"'
