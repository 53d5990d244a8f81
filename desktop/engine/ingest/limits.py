"""Size limits: refuse oversized files before reading them, and oversized texts after extracting them."""
from __future__ import annotations

from desktop.engine.model import SynopticError

DEFAULT_MAX_CHARS = 2_000_000

# Bytes a file may have before we refuse to read it at all, per character allowed.
# Plain text: at most 4 bytes per character (UTF-8, UTF-32). Markup and containers carry more.
_BYTES_PER_CHAR = {"text": 4, "html": 8, "docx": 50, "pdf": 50}
_CONTAINER_FLOOR = 64 * 1024 * 1024  # a .docx/.pdf with pictures is big even when its text is short
_HINT = "raise it with --max-chars"


def byte_limit(kind: str, max_chars: int) -> int:
    """Largest file of this kind we agree to open."""
    limit = _BYTES_PER_CHAR.get(kind, 4) * max_chars
    if kind in ("docx", "pdf"):
        limit = max(limit, _CONTAINER_FLOOR)
    return limit


def check_bytes(size: int, limit: int, path: str | None) -> None:
    if size > limit:
        raise SynopticError(f"too large: {_mb(size)} (limit {_mb(limit)}); {_HINT}", path=path)


def check_chars(count: int, max_chars: int, path: str | None) -> None:
    if count > max_chars:
        raise SynopticError(f"too large: {count:,} characters (limit {max_chars:,}); {_HINT}", path=path)


def _mb(size: int) -> str:
    if size < 1_000_000:
        return f"{size:,} bytes"
    return f"{size / 1_000_000:,.1f} MB"
