"""A Markdown file read as the text its reader sees: "# Heading" is the heading, "- item" the item, "**3**" the 3.

Reports kept as .md (notes, wire copy pasted into an editor, a newsletter's source) were read as plain text, so a
claim read "# Lyon plant fire: what we know" or "- Three people killed" and the reports showed the marks escaped
("\\#", "\\-"); a table's separator row was a line of dashes. The marks are taken off line by line, and every word
is kept: a heading's, an item's, a link's text, an image's description (a picture on a line of its own as its label,
"Image: …", which the page's furniture then leaves out, and so the caption in italics right under it), a list item
that is a link alone under a label of related articles as a link's label ("Link: …", furniture too: another page's
title under "Mehr zum Thema:"), a table's cells ("Killed | 3", as tables of .docx and web pages read).
"""
from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # the line under a heading written "Title\n====="
# a list item's mark; not a German date's day opening a paragraph ("2. Dezember 2026 – Das Strafgericht …")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)](?!\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
                   r"|Oktober|November|Dezember)\b))\s+(?:\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# bounded, and never across another bracket: a line of unclosed "[a" or "[a](" stays linear
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")  # bounded: a line of unclosed "**a " stays linear
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`\n]+)`")


def markdown_text(text: str) -> str:
    """``text`` (Markdown, ``\\n`` line ends) with its marks taken off, line for line."""
    out: list[str] = []
    pictured = False  # the line before was a picture
    for line in text.split("\n"):
        if _FENCE.match(line) or _RULE.match(line) or _TABLE_RULE.match(line):
            out.append("")
            continue
        if (item := _LINK_ITEM.match(line)) is not None and _under_related_label(out):
            out.append(f"Link: {item.group(1)}")  # another page's title ("Mehr zum Thema: - [Estravia: …](…)")
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            out.append("")  # the underline of the heading above
            continue
        picture = _PICTURE_LINE.match(line)
        if picture and picture.group(1).strip():
            out.append(f"Image: {picture.group(1)}")
        elif pictured and (caption := _EMPHASIS_LINE.match(line)) and _caption(caption.group(2)):
            out.append(f"Image: {_inline(caption.group(2))}")  # the picture's caption in italics under it
        else:
            out.append(_inline(_block(line)))
        pictured = picture is not None
    return "\n".join(out)


# a line that is a picture alone: its description says what the picture shows, no statement of the report's, and
# reads as an image's label ("Image: …", page furniture) rather than as a line of text
_PICTURE_LINE = re.compile(rf"^\s*{_IMAGE.pattern}\s*$")
# a line in italics right under a picture: its caption ("*Demonstranten in der Innenstadt. Bild: Reuters*")
_EMPHASIS_LINE = re.compile(r"^\s*(\*|_)(?!\1)(\S.{0,600}?\S|\S)\1\s*$")
# a list item that is a link and nothing else: under a label of related articles, another article's title, which
# reads as a link's label ("Link: …", page furniture), as a picture does
_LINK_ITEM = re.compile(rf"^\s*(?:[-*+]|\d{{1,3}}[.)])\s+{_LINK.pattern}\s*$")


def _caption(text: str) -> bool:
    """Italics under a picture that read as its caption: a few words, or a credit to a photographer or an agency
    ("Demonstranten in der Innenstadt von Valmora. Bild: Reuters"); a standfirst in italics under the picture, a
    sentence of the report's, is kept."""
    return len(text.split()) <= _CAPTION_WORDS or _PICTURE_CREDIT.search(text) is not None


_CAPTION_WORDS = 12
_PICTURE_CREDIT = re.compile(r"(?i)\b(?:bild|foto|photo|picture|image|imagen|immagine|crédits?|credits?)\s*:|©|"
                             r"\b(?:photo|foto)\s+[A-ZÀ-Þ]|\b(?:reuters|afp|dpa|ap|epa|getty images|ansa|efe|lusa)\W*$")


def _under_related_label(out: list[str]) -> bool:
    """The lines read so far end on a label of related articles ("Mehr zum Thema:", "Read more", "À lire aussi"),
    and the links listed under it so far: a list of links elsewhere ("Key facts:" with each fact's source) is text."""
    from ..furniture import related_label  # (the page's furniture reads the label as it reads a page's)

    before = [t for t in out if t.strip() and not t.startswith("Link: ")]
    return bool(before) and related_label(before[-1].strip())


def _block(line: str) -> str:
    """The line without its heading, list, quotation or table marks."""
    if (heading := _HEADING.match(line)) is not None:
        return heading.group(1)
    line = _ITEM.sub("", _QUOTE.sub("", line), count=1)
    if line.strip().startswith("|") and line.strip().endswith("|"):
        return " | ".join(cell.strip() for cell in line.strip()[1:-1].split("|"))
    return line


def _inline(line: str) -> str:
    """The line without emphasis, code marks, links' addresses and images' addresses."""
    line = _LINK.sub(r"\1", _IMAGE.sub(r"\1", line))
    line = _STRONG.sub(r"\2", _CODE.sub(r"\1", line))
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)


# A front matter block (Jekyll, Hugo, Obsidian, pandoc): "---", "key: value" lines, "---" (or "...")
_FRONT = re.compile(r"\A---[ \t]*\n((?:[^\n]*\n){1,60}?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_LISTED_VALUE = re.compile(r"^\s+(?:-\s+)?\S|^\s*-\s+\S|^\s*$|^\s*#")  # an item, a continuation, a blank, a comment
_META_KEYS = {"title": "title", "author": "author", "authors": "author", "date": "date", "published": "date",
              "pubdate": "date", "url": "url", "link": "url", "source": "url", "canonical_url": "url"}


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The metadata a Markdown file opens with ("---" / "title: …" / "date: 2022-03-14" / "---": title, author,
    date, url) and the text after it; no metadata and the text unchanged when the file opens with no such block."""
    found = _FRONT.match(text)
    if found is None:
        return {}, text
    lines = found.group(1).split("\n")[:-1]
    fields = [_FIELD.match(line) for line in lines]
    if not any(fields) or not all(f or _LISTED_VALUE.match(line) for f, line in zip(fields, lines)):
        return {}, text  # a rule under a paragraph, not metadata
    meta = {}
    for f in fields:
        if f is not None and (key := _META_KEYS.get(f.group(1).lower())) and f.group(2).strip("\"' "):
            meta.setdefault(key, f.group(2).strip().strip("\"'").strip())
    return meta, text[found.end():].lstrip("\n")


def markdown_headline(text: str) -> str | None:
    """The heading nearest above the file's first paragraph of prose (``_PROSE_WORDS`` words or more), its marks
    taken off: the report's headline ("## Floods kill 17 …" under "# Valmora Daily News", a masthead, and its menu),
    but for a heading of furniture's shape under another ("## Key events"); None without one."""
    from ..clean_lines import lines_of  # the furniture reader, on first use
    from ..furniture import shape_reason

    found, rank = None, 0
    for line in text.split("\n"):
        heading = _HEADING.match(line)
        words = _inline(heading.group(1)).strip() if heading else ""
        level = len(line.lstrip()) - len(line.lstrip().lstrip("#"))
        if words and not (found and (any(shape_reason(ln) for ln in lines_of(words))
                                     or (level > rank and len(found.split()) >= _HEADLINE_WORDS))):
            found, rank = words, level  # (not a live page's "## Key events" under its "# Wildfire: firefighter dies
            #   …", nor an analysis's section "## A widely expected decision" under its "# The central bank cuts
            #   again, but the doves are running out of room")
        elif len(line.split()) >= _PROSE_WORDS and not line.lstrip().startswith(("|", ">", "-", "*")):
            return found
    return found


_PROSE_WORDS = 12
_HEADLINE_WORDS = 6  # a heading this long over a lower one is the headline, not a masthead ("# Valmora Daily News")


def markdown_title(text: str) -> str | None:
    """The heading a Markdown file opens with ("# Title", "## Title"), its marks taken off; None otherwise."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    heading = _HEADING.match(first)
    return _inline(heading.group(1)).strip() or None if heading else None
