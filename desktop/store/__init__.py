"""Session files (``.synoptic``, one SQLite database) and the embedding cache. Qt-free.

This package is the only place that writes SQL."""
from desktop.store.embeddings import SqliteEmbeddingCache
from desktop.store.files import SessionLocked
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.session import Session, SessionData, load_session

__all__ = [
    "SCHEMA_VERSION", "Session", "SessionData", "SessionLocked", "SqliteEmbeddingCache", "load_session",
]
