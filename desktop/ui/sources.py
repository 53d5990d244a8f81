"""Reading the user's files and pastes into ``Source`` objects, collecting one-line errors.

All the reading is the engine's (``desktop.engine.ingest``, imported on first use so that the window
shows before the readers load); this module only gathers the results so that the window can show every
problem in one dialog.
"""
from __future__ import annotations

from desktop.engine.model import Source, SynopticError
from desktop.paths import sample_files

MAX_SOURCES = 10


def sample_paths() -> list[str]:
    """The bundled sample reports (what the app opens when given no files)."""
    try:
        return [str(p) for p in sample_files()]
    except FileNotFoundError:
        return []


def read_sources(paths: list[str], max_chars: int | None = None) -> tuple[list[Source], list[str]]:
    """Read every path (each at most ``max_chars`` characters; None: the engine's limit); return the sources read
    and one message per failure."""
    from desktop.engine.ingest import read_path

    sources, errors = [], []
    limit = {} if max_chars is None else {"max_chars": max_chars}
    for path in paths:
        try:
            sources.append(read_path(path, **limit))
        except SynopticError as err:
            errors.append(str(err))
    return sources, errors


def source_from_text(text: str, name: str = "Pasted text", max_chars: int | None = None) -> Source:
    from desktop.engine.ingest import from_text

    return from_text(text, name=name, **({} if max_chars is None else {"max_chars": max_chars}))
