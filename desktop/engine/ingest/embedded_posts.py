"""Posts a saved page embeds (X/Twitter, Bluesky, Threads, Mastodon): someone's statement, not the outlet's.

An embedded post is a blockquote whose text the article extractor keeps as a paragraph of the article, without the
line that says who posted it ("— Some Person (@someperson) December 13, 2008"), so "Praying for everyone at the
church tonight." read as the outlet's own unsourced statement. Each post is rewritten as one paragraph that says who
posted it and where, in the page's language (``posts.post_sentence``), so that "Who says what" names its author:
'Some Person wrote on X (@someperson): "Praying for everyone …"'. Before extraction the paragraph holds a short
placeholder ("Post 1 a1b2c3"), put back by ``with_posts`` after it: the extractor weighs the page by its text, and a
long post written into it had turned it to its general-purpose readers, which left out the headline, the standfirst
and the intertitles of a page in two fragments. A post that quotes another
post is its author's words, the quoted post after it with its own author. Nothing the post says is dropped but the
links a network appends ("pic.twitter.com/…", "https://t.co/…"); a post whose author cannot be read keeps its text
as "A post on X: …"; an embed that holds no post text (only "View on Threads") is left as it is.
"""
from __future__ import annotations

import hashlib
import re

from lxml import etree, html as lxml_html

from desktop.engine.posts import post_sentence

# blockquote classes of each network's embed code, and the network's name
_EMBEDS = (("twitter-tweet", "X"), ("bluesky-embed", "Bluesky"), ("text-post-media", "Threads"),
           ("mastodon-embed", "Mastodon"))
_AUTHOR = re.compile(r"^\s*(?:[—–-]\s*)?(?P<name>[^()\n]{1,80}?)\s*\((?P<handle>@[\w.@-]{1,60})\)")
_LINK = re.compile(r"^(?:pic\.twitter\.com/|https?://|t\.co/)\S*$")
_FALLBACK = re.compile(r"view (?:this )?(?:post )?on \w+|post by @?\S+|a post shared by [^.]*|@\S+", re.I)  # what an
#     embed shows before its script draws the post ("Post by @citywatch@mastodon.social View on Mastodon")
_SPACES = re.compile(r"\s+")
_GENERATED = "data-synoptic-post"  # marks a paragraph written here (a quoted post inside the one that quotes it)


def attributed_posts(markup: str) -> tuple[str, dict[str, str]]:
    """``markup`` with each embedded post replaced by a paragraph holding a placeholder, and the paragraph naming its
    author that each placeholder stands for (``with_posts``); unchanged, and no paragraph, when it has no post."""
    if not any(cls in markup for cls, _ in _EMBEDS):
        return markup, {}
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup, {}
    posts = [(q, name) for cls, name in _EMBEDS
             for q in root.xpath(f"//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]")]
    if not posts:
        return markup, {}
    french = _french(root)
    for quote, platform in sorted(posts, key=lambda post: -_depth(post[0])):  # a quoted post before its quoter
        _rewrite(quote, platform, french)
    tag = hashlib.sha1(markup.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    said = {}
    for n, paragraph in enumerate(root.xpath(f"//p[@{_GENERATED}]"), start=1):
        said[f"Post {n} {tag}"], paragraph.text = paragraph.text, f"Post {n} {tag}"
    return lxml_html.tostring(root, encoding="unicode"), said


def with_posts(blocks: list[str], said: dict[str, str]) -> list[str]:
    """The extracted paragraphs with each post's placeholder replaced by the paragraph naming its author."""
    if not said:
        return blocks
    found = re.compile("|".join(re.escape(k) for k in said))
    return [found.sub(lambda m: said[m.group(0)], b) for b in blocks]


def _rewrite(quote, platform: str, french: bool) -> None:
    """Replace ``quote`` by its paragraph, followed by the paragraphs of the posts it quotes (at any depth)."""
    said = _post_text(quote)
    if not _FALLBACK.sub("", said).strip(" .·-—") or quote.getparent() is None:
        return
    quoted = [p for p in quote.iterdescendants() if p.get(_GENERATED) is not None]
    paragraph = etree.Element("p", {_GENERATED: platform})
    paragraph.text = post_sentence(_author(quote), platform, said, french)
    tail, quote.tail, last = quote.tail, None, quote
    for element in [paragraph, *quoted]:  # addnext: in place, whatever the number of siblings
        element.tail = None
        last.addnext(element)
        last = element
    last.tail = tail
    quote.getparent().remove(quote)


def _post_text(quote) -> str:
    """The post's own words (not a post it quotes, not the author line): its paragraphs, line breaks as spaces,
    the links a network appends at the end left out ("pic.twitter.com/…", "https://t.co/…"); an @mention, a
    #hashtag, an address the author wrote in the post are the post's and stay."""
    paragraphs = [p for p in quote if p.tag in ("p", "div") and p.get(_GENERATED) is None] or [quote]
    texts = []
    for p in paragraphs:
        for br in p.iter("br"):
            br.tail = " " + (br.tail or "")
        texts.append(_SPACES.sub(" ", "".join(_own_text(p))).strip())
    words = " ".join(t for t in texts if t).split(" ")
    while words and (_LINK.match(words[-1]) or not words[-1]):
        words.pop()
    return " ".join(w for w in words if not w.startswith("pic.twitter.com/")).strip()


def _own_text(element):
    """``itertext`` of an element, without the blockquotes (quoted posts) inside it."""
    yield element.text or ""
    for child in element:
        if child.tag in ("p", "div", "li"):
            yield " "  # a block's words are not run into the next block's
        if child.tag != "blockquote" and child.get(_GENERATED) is None:
            yield from _own_text(child)
        yield child.tail or ""


def _author(quote) -> tuple[str, str] | None:
    """("Some Person", "@someperson") from the line under the post (after its paragraphs, not a quoted post's)."""
    tail = []
    for node in quote:
        if node.tag not in ("p", "div", "blockquote"):
            tail.append("".join(node.itertext()))
        tail.append(node.tail or "")
    found = _AUTHOR.match(_SPACES.sub(" ", "".join(tail)))
    return (found.group("name").strip(), found.group("handle")) if found else None


def _depth(element) -> int:
    return sum(1 for _ in element.iterancestors())


def _french(root) -> bool:
    """The page is in French: its declared language (html or body ``lang``, ``og:locale``, ``content-language``), or
    when it declares none, the language its text reads in."""
    declared = [root.get("lang"), *(b.get("lang") for b in root.xpath("//body")),
                *root.xpath("//meta[@property='og:locale']/@content"),
                *root.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content")]
    declared = [d.strip().lower() for d in declared if d and d.strip()]
    if declared:
        return declared[0].startswith("fr")
    from desktop.engine.language import detect_language

    words = root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]")
    return detect_language(_SPACES.sub(" ", " ".join(words))[:4000]) == "fr"
