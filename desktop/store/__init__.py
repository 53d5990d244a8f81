"""Session files (``.synoptic``, one SQLite database) and the embedding cache. Qt-free.

This package is the only place that writes SQL. Its names load on first use (PEP 562), so that a comparison
that only needs the embedding cache (plain sqlite3) does not wait for sqlite-utils to import.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.embeddings import SqliteEmbeddingCache
    from desktop.store.files import SessionLocked
    from desktop.store.migrations import SCHEMA_VERSION
    from desktop.store.session import Session, SessionData, load_session

_WHERE = {
    "SqliteEmbeddingCache": "embeddings", "SessionLocked": "files", "SCHEMA_VERSION": "migrations",
    "Session": "session", "SessionData": "session", "load_session": "session",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f"desktop.store.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'desktop.store' has no attribute {name!r}")
