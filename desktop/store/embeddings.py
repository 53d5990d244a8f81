"""Sentence-embedding cache in an ``embeddings`` table: inside a session file, or standalone.

Implements the engine's ``EmbeddingCache`` protocol. ``put`` only buffers in memory (it may be
called thousands of times per run); ``flush``/``close`` write the buffer in one transaction.
Safe to use from a worker thread.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import numpy as np

from desktop.engine.model import SynopticError
from desktop.store import files, schema

CACHE_FILE = "embeddings.sqlite"
_DTYPE = np.dtype("<f4")


class SqliteEmbeddingCache:
    """Vectors keyed by (model, key) as little-endian float32 blobs.

    ``create=True`` makes a standalone cache file (and its table) if needed; ``read_only`` never
    writes: puts then stay in memory for the life of the object."""

    def __init__(self, path: str | os.PathLike, model: str, *, read_only: bool = False,
                 create: bool = True, max_buffer: int = 20_000):
        self.path, self.model, self.read_only = Path(path), model, read_only
        self.max_buffer = max_buffer
        self._buffer: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        if not create and not self.path.exists():
            raise SynopticError("no such file", str(self.path))
        try:
            self._conn = self._connect(create)
        except sqlite3.DatabaseError as e:
            raise SynopticError(f"damaged embedding cache: {e}", str(self.path)) from None

    def _connect(self, create: bool) -> sqlite3.Connection:
        if self.read_only:
            uri = files.read_only_uri(self.path)
            return sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            if create:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.executescript(schema.EMBEDDINGS)
        except BaseException:
            conn.close()
            raise
        return conn

    @classmethod
    def user_cache(cls, model: str, folder: str | os.PathLike | None = None) -> "SqliteEmbeddingCache":
        """The per-user cache file (platformdirs user cache folder); rebuilt if it is damaged."""
        if folder is None:
            import platformdirs

            folder = platformdirs.user_cache_path("synoptic", appauthor=False)
        path = Path(folder) / CACHE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(path, model)
        except SynopticError:  # a cache is disposable: start afresh
            path.unlink(missing_ok=True)
            files.remove_sidecars(path)
            return cls(path, model)

    # ---- EmbeddingCache protocol -----------------------------------------------------------

    def get(self, key: str) -> np.ndarray | None:
        with self._lock:
            if key in self._buffer:
                return self._buffer[key].copy()
            row = self._select(key)
        if row is None or len(row[1]) != row[0] * _DTYPE.itemsize:
            return None
        return np.frombuffer(row[1], dtype=_DTYPE).astype(np.float32)

    def put(self, key: str, vector) -> None:
        arr = np.array(vector, dtype=np.float32).ravel()
        with self._lock:
            self._buffer[key] = arr
            if len(self._buffer) >= self.max_buffer:
                self._flush_locked()

    # ---- writing ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Write buffered vectors in one transaction."""
        with self._lock:
            self._flush_locked()

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            try:
                self._flush_locked()
            finally:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> "SqliteEmbeddingCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        """Vectors stored for this model (written or buffered)."""
        with self._lock:
            stored = self._query("SELECT count(*) FROM embeddings WHERE model = ?", (self.model,))
            return (stored[0] if stored else 0) + len(self._buffer)

    def _flush_locked(self) -> None:
        if self.read_only or not self._buffer:
            return
        rows = [(self.model, k, v.size, v.astype(_DTYPE).tobytes()) for k, v in self._buffer.items()]
        conn = self._open_conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model, key, dim, vector) VALUES (?, ?, ?, ?)", rows
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self._buffer.clear()

    def _select(self, key: str):
        sql = "SELECT dim, vector FROM embeddings WHERE model = ? AND key = ?"
        return self._query(sql, (self.model, key))

    def _query(self, sql: str, params: tuple):
        try:
            return self._open_conn().execute(sql, params).fetchone()
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):  # a read-only session from before the cache existed
                return None
            raise

    def _open_conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise SynopticError("embedding cache is closed", str(self.path))
        return self._conn
