"""A Markdown file read as the text its reader sees: "# Heading" is the heading, "- item" the item, "**3**" the 3.

Reports kept as .md (notes, wire copy pasted into an editor, a newsletter's source) were read as plain text, so a
claim read "# Lyon plant fire: what we know" or "- Three people killed" and the reports showed the marks escaped
("\\#", "\\-"); a table's separator row was a line of dashes. The marks are taken off line by line, and every word
is kept: a heading's, an item's, a link's text, an image's description, a table's cells ("Killed | 3", as tables
of .docx and web pages read).
"""
from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # the line under a heading written "Title\n====="
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
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
    for line in text.split("\n"):
        if _FENCE.match(line) or _RULE.match(line) or _TABLE_RULE.match(line):
            out.append("")
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            out.append("")  # the underline of the heading above
            continue
        out.append(_inline(_block(line)))
    return "\n".join(out)


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


def markdown_title(text: str) -> str | None:
    """The heading a Markdown file opens with ("# Title", "## Title"), its marks taken off; None otherwise."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    heading = _HEADING.match(first)
    return _inline(heading.group(1)).strip() or None if heading else None
