"""Whether the files a saved session's reports came from still hold what was saved.

A session keeps each report's text; the file it was read from may since have been updated (a live page saved
again, a wire story's new version), moved or deleted. ``check_files`` reads each file again and compares its text
with the saved copy's (``Source.content_hash``); it changes nothing. Reading a PDF can take a second: call it off
the window's thread.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from desktop.engine.model import Source, SynopticError

CHANGED, GONE, UNREADABLE = "changed", "gone", "unreadable"
CURRENT_SUFFIX = " (current file)"


@dataclass(frozen=True)
class FileChange:
    """Report ``position`` of the session (named ``name``, read from ``path``) no longer matches its file.

    ``state``: CHANGED (``current`` is the file's text now, named apart from the saved copy), GONE (no file at
    ``path``) or UNREADABLE (``error`` says why, in one line)."""

    position: int
    name: str
    path: str
    state: str
    current: Source | None = None
    error: str = ""


def current_name(name: str) -> str:
    """The name the file's present version takes beside the saved copy: "en_wire.txt (current file)"."""
    return name + CURRENT_SUFFIX


def check_files(sources: Sequence[Source], read: Callable[[str], Source] | None = None) -> list[FileChange]:
    """The reports of ``sources`` whose file is gone, unreadable or holds another text than the saved copy.
    A file whose present text is already one of ``sources`` (its current version was opened beside the saved
    copy) is no change. Pasted reports have no file."""
    if read is None:
        from desktop.engine.ingest import read_path as read
    known = {s.content_hash for s in sources}
    changes = []
    for position, source in enumerate(sources):
        change = _check(position, source, known, read)
        if change is not None:
            changes.append(change)
    return changes


def _check(position: int, source: Source, known: set[str], read) -> FileChange | None:
    if not source.path or source.kind == "paste":
        return None
    if not os.path.isfile(source.path):
        return FileChange(position, source.name, source.path, GONE)
    try:
        now = read(source.path)
    except (SynopticError, OSError) as err:
        return FileChange(position, source.name, source.path, UNREADABLE, error=str(err))
    if now.content_hash in known:
        return None
    return FileChange(position, source.name, source.path, CHANGED, replace(now, name=current_name(source.name)))
