"""Text from reports and file names, for Qt widgets that guess whether a string is rich text (message boxes,
tooltips): escaped and wrapped in a paragraph, so markup in a file name or a page title is shown as typed,
never rendered."""
from __future__ import annotations

import html


def as_rich_text(text: str) -> str:
    """``text`` (lines separated by \\n) as escaped rich text: what Qt shows is exactly ``text``."""
    return "<p>" + "<br>".join(html.escape(line, quote=False) for line in text.split("\n")) + "</p>"
