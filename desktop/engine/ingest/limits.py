"""Size limits: refuse oversized files before reading them, and oversized texts after extracting them."""
from __future__ import annotations

from desktop.engine.model import SynopticError

DEFAULT_MAX_CHARS = 2_000_000

# Bytes a file may have before we refuse to read it at all, per character allowed.
# Plain text: at most 4 bytes per character (UTF-8, UTF-32). Markup and containers carry more.
_BYTES_PER_CHAR = {"text": 4, "html": 8, "rtf": 8, "docx": 50, "pdf": 50}
_CONTAINER_FLOOR = 64 * 1024 * 1024  # a .docx/.pdf with pictures is big even when its text is short
_HINT = "raise it with --max-chars"


def byte_limit(kind: str, max_chars: int) -> int:
    """Largest file of this kind we agree to open."""
    limit = _BYTES_PER_CHAR.get(kind, 4) * max_chars
    if kind in ("docx", "pdf", "rtf"):  # an RTF from a word processor carries its style tables and pictures
        limit = max(limit, _CONTAINER_FLOOR)
    return limit


def check_bytes(size: int, kind: str, max_chars: int, path: str | None) -> None:
    """Refuse a file too big to hold at most ``max_chars`` characters of text, said in the characters the user
    set ("too large: 6,208 bytes hold more than the 100 characters allowed"), or a container over its own ceiling."""
    limit = byte_limit(kind, max_chars)
    if size <= limit:
        return
    if kind in ("docx", "pdf", "html", "rtf"):  # markup and pictures: bytes say little of the text's length
        raise SynopticError(f"too large: {_mb(size)} (a .{kind} file may have up to {_mb(limit)} for "
                            f"{max_chars:,} characters of text); {_HINT}", path=path)
    raise SynopticError(f"too large: {_mb(size)} hold more than the {max_chars:,} characters allowed; {_HINT}",
                        path=path)


def check_chars(count: int, max_chars: int, path: str | None) -> None:
    if count > max_chars:
        raise SynopticError(f"too large: {count:,} characters (limit {max_chars:,}); {_HINT}", path=path)


def _mb(size: int) -> str:
    if size < 1_000_000:
        return f"{size:,} bytes"
    return f"{size / 1_000_000:,.1f} MB"
