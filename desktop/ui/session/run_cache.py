"""The embedding cache a comparison run uses, so aligning the same texts again is fast.

A run gets its own cache objects (SQLite connections made for any thread): the open session's
cache, backed by the per-user cache (so a new session of known texts is fast at once), or the
per-user cache alone when there is no session yet. It is flushed and closed when the run
ends. A cache is disposable, so any failure in it (a session closed mid-run, a full disk) only
makes the run slower, never makes it fail. ``SYNOPTIC_CACHE_DIR`` moves the per-user cache (as for the
CLI). The store and the engine (numpy, sqlite-utils) are imported when a cache is first made, not
when the window is built.
"""
from __future__ import annotations

import os
from collections.abc import Generator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store import SqliteEmbeddingCache

_CACHE_ERRORS = (Exception,)  # sqlite3.Error, SynopticError, OSError…: a cache is disposable


class TolerantCache:
    """Wraps an ``SqliteEmbeddingCache``: errors become cache misses."""

    def __init__(self, cache: SqliteEmbeddingCache):
        self.cache = cache

    def get(self, key: str):
        try:
            return self.cache.get(key)
        except _CACHE_ERRORS:
            return None

    def put(self, key: str, vector) -> None:
        try:
            self.cache.put(key, vector)
        except _CACHE_ERRORS:
            pass

    def close(self) -> None:
        try:
            self.cache.close()
        except _CACHE_ERRORS:
            pass


class LayeredCache:
    """Look in ``first`` then ``second`` (copying hits into ``first``); store in both."""

    def __init__(self, first: TolerantCache, second: TolerantCache):
        self.first, self.second = first, second

    def get(self, key: str):
        vector = self.first.get(key)
        if vector is None:
            vector = self.second.get(key)
            if vector is not None:
                self.first.put(key, vector)
        return vector

    def put(self, key: str, vector) -> None:
        self.first.put(key, vector)
        self.second.put(key, vector)

    def close(self) -> None:
        self.first.close()
        self.second.close()


def layered(first: TolerantCache | None, second: TolerantCache | None):
    if first is not None and second is not None:
        return LayeredCache(first, second)
    return first or second


def session_cache(path: str | os.PathLike, read_only: bool) -> TolerantCache | None:
    """A cache in the session file at ``path`` (a connection of its own, closed after the run)."""
    try:
        from desktop.engine.embed import MODEL_NAME
        from desktop.store import SqliteEmbeddingCache

        return TolerantCache(SqliteEmbeddingCache(path, MODEL_NAME, read_only=read_only, create=False))
    except _CACHE_ERRORS:
        return None


def user_cache(folder: str | os.PathLike | None = None) -> TolerantCache | None:
    """The per-user cache, in ``folder``, else $SYNOPTIC_CACHE_DIR, else the user's cache folder."""
    try:
        from desktop.engine.embed import MODEL_NAME
        from desktop.store import SqliteEmbeddingCache

        folder = folder or os.environ.get("SYNOPTIC_CACHE_DIR") or None
        return TolerantCache(SqliteEmbeddingCache.user_cache(MODEL_NAME, folder))
    except _CACHE_ERRORS:
        return None


def closing(gen: Generator, cache: TolerantCache | None) -> Generator:
    """Run ``gen`` to its end (or until closed), then flush and close ``cache``."""
    try:
        return (yield from gen)
    finally:
        if cache is not None:
            cache.close()
