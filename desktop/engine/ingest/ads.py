"""Advertisements and live widgets inside a saved page's article: a betting offer, a sponsored box, an ad slot
between paragraphs, a market ticker.

trafilatura keeps what sits in the article's body, so a tabloid's "BETTING SPECIAL: … Get odds of 10/1 with BetBlaze.
18+ New customers only. T&Cs apply." came through as five sentences only that report gave (a QA helper's transfer
reports). An element whose class or id names an ad by a whole token ("ad", "ads", "inline-ad", "ad-slot-top",
"advert", "advertisement", "adsbygoogle", "sponsored-box", "betting", "promo-box", "outbrain"…; not "head", "shadow",
"no-ads", "ad-free", "has-ads") is taken out before the article is read, unless it holds article text: an ad is
short, and a wrapper whose class says the page has no ads ("article__body no-ads") or that it may carry one holds
the article's paragraphs. So with a live ticker ("market-ticker", "stock_ticker", "ticker"): the quotes of the moment
the page was saved ("EST-30 +0,9 % Couronne/euro 11,29"), not the article's figures, had been a claim only the
French daily of a QA helper's central-bank reports made, its figures set beside the article's own index move.
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

_AD = re.compile(r"^(?:ad|ads|advert\w*|advertisement|adslot|adsbygoogle|ad(?:[-_][a-z0-9]+)+|[a-z0-9]+[-_]ad|"
                 r"sponsor(?:ed)?[-_]\w+|betting|bet[-_]\w+|gambling|outbrain|taboola|dfp[-_]?\w*|promo[-_]box|"
                 r"commercial[-_]\w+|(?:[a-z0-9]+[-_])?ticker(?:[-_][a-z0-9]+)?)$", re.I)
_NO_ADS = re.compile(r"^(?:ad[-_]?free|no[-_]ads?|has[-_]ads?|ads?[-_]?free)$", re.I)  # about ads, around the article
_LONGEST_AD = 600  # characters of text an ad holds at most (a betting offer: 150)
_HINT = re.compile(r"(?i)(?:class|id)\s*=\s*[\"'][^\"']*(?:ad|advert|sponsor|bet|gambl|outbrain|taboola|dfp|promo|"
                   r"commercial|ticker)")


def without_ads(markup: str) -> str:
    """``markup`` without the short elements whose class or id names an ad; unchanged when none does."""
    if not _HINT.search(markup):
        return markup
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    page = len(root.text_content() or "")
    found = [el for el in root.iter() if isinstance(el.tag, str) and _an_ad(el, page)]
    if not found:
        return markup
    for el in found:
        if el.getparent() is not None:
            el.drop_tree()  # (its tail, the text after it, stays)
    return lxml_html.tostring(root, encoding="unicode")


def _an_ad(el, page: int) -> bool:
    """Named an ad, short, and not most of the page's text (a short article's wrapper, id="article-ad")."""
    words = (el.get("class") or "").split() + (el.get("id") or "").split()
    if el.tag in ("html", "body", "article", "main") or any(_NO_ADS.match(w) for w in words):
        return False
    size = len(el.text_content() or "")
    return any(_AD.match(w) for w in words) and size <= _LONGEST_AD and size < _SHARE_OF_PAGE * page


_SHARE_OF_PAGE = 0.3  # of the page's text an ad never holds
