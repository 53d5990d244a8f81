"""A post a saved page embeds, written as a sentence of the report that says who posted it.

``ingest/embedded_posts.py`` writes each post the page embeds (X, Bluesky, Threads, Mastodon) as one paragraph,
'Mary Jane Smith wrote on X (@mjsmith): "…"' or 'Mary Jane Smith a écrit sur X (@mjsmith) : « … »', so that "Who
says what" names its author. Such a line names a network and a handle, as a share button does: the page cleaner
asks ``is_post`` and keeps it (``furniture.shape_reason``).
"""
from __future__ import annotations

import re

PLATFORMS = ("X", "Bluesky", "Threads", "Mastodon")
_NAMES = "|".join(PLATFORMS)
_POST = re.compile(rf"^(?:.{{1,120}}? (?:wrote on|a écrit sur) (?:{_NAMES}) \(@[^)\s]+\)|(?:A post on|Message publié "
                   rf"sur) (?:{_NAMES}))\s?: [\"«]")


def post_sentence(author: tuple[str, str] | None, platform: str, said: str, french: bool) -> str:
    """The post as its author's statement, in the page's language: the handle after the network's name, where it
    does not break the author's name for the reader of who says what ("@jmdupont.bsky.social")."""
    if author is None:
        return f"Message publié sur {platform} : « {said} »" if french else f'A post on {platform}: "{said}"'
    name, handle = author
    if french:
        return f"{name} a écrit sur {platform} ({handle}) : « {said} »"
    return f'{name} wrote on {platform} ({handle}): "{said}"'


def is_post(line: str) -> bool:
    """Whether ``line`` opens with a post written by ``post_sentence``."""
    return _POST.match(line) is not None
