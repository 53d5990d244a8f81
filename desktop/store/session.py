"""A ``.synoptic`` session file: sources, options, last comparison, overrides, annotations.

Every change is one transaction. While open the file is in WAL mode and locked against a
second writer; on close it is checkpointed back into a single, self-contained file.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Iterator, Sequence

from sqlite_utils import Database

from desktop.engine.model import (
    VERDICTS, Anchor, Annotation, Comparison, Options, Override, Source, SynopticError,
)
from desktop.store import codec, files
from desktop.store.embeddings import SqliteEmbeddingCache
from desktop.store.migrations import SCHEMA_VERSION, migrate, schema_version
from desktop.store.schema import RESULT_TABLES

UNTITLED = "Untitled.synoptic"
_ORDER = {  # result tables and the columns that give back the original list order
    "sentences": "source, idx", "removed": "source, idx", "groups": "id",
    "group_members": "group_id, idx", "group_links": "group_id, idx",
    "candidates": "idx", "details": "idx", "attributions": "idx", "word_matches": "idx",
    "phrase_cover": "idx",
}
_ANCHOR_WHERE = 'source_hash = ? AND start = ? AND "end" = ?'
_PAIR_WHERE = ("(a_hash = ? AND a_start = ? AND a_end = ? AND b_hash = ? AND b_start = ? AND b_end = ?)"
               " OR (b_hash = ? AND b_start = ? AND b_end = ? AND a_hash = ? AND a_start = ? AND a_end = ?)")


def now() -> str:
    """ISO 8601 UTC timestamp with milliseconds, e.g. 2024-03-14T09:26:53.589Z."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def app_version() -> str:
    try:
        return metadata.version("synoptic")
    except metadata.PackageNotFoundError:
        return "unknown"


def _anchor_params(a: Anchor) -> list:
    return [a.source_hash, int(a.start), int(a.end)]


def _connect_rw(path: Path) -> Database:
    db = Database(sqlite3.connect(str(path)), execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    db.enable_wal()
    return db


def _connect_ro(path: Path, version: int) -> Database:
    conn = sqlite3.connect(files.read_only_uri(path), uri=True)
    if version < SCHEMA_VERSION:  # an older file: upgrade a copy in memory, never the file
        memory = sqlite3.connect(":memory:")
        conn.backup(memory)
        conn.close()
        conn = memory
    db = Database(conn, execute_plugins=False)
    if version < SCHEMA_VERSION:
        migrate(db)
    return db


class Session:
    """An open session file. Use ``Session.create`` / ``Session.open``; close it (or use ``with``)."""

    def __init__(self, db: Database, path: Path, *, read_only: bool,
                 lock: files.SessionLock | None, temp_dir: Path | None = None):
        self._db: Database | None = db
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._temp_dir = temp_dir
        self._caches: list[SqliteEmbeddingCache] = []
        self._saved: tuple[list, list] | None = None  # documents and candidates of the last saved comparison

    # ---- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike | None = None) -> "Session":
        """Start a new, empty session at ``path`` (which must not exist), or untitled in a temp folder."""
        temp_dir = Path(tempfile.mkdtemp(prefix="synoptic-")) if path is None else None
        target = Path(temp_dir / UNTITLED if temp_dir else path)
        if target.exists():
            raise SynopticError("already exists; choose another name", str(target))
        lock = files.SessionLock(target).acquire()
        try:
            _build_empty(target)
            return cls._attach(target, lock, temp_dir)
        except BaseException:
            lock.release()
            if temp_dir:
                shutil.rmtree(temp_dir, ignore_errors=True)
            raise

    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False) -> "Session":
        """Open an existing session. Raises SynopticError (never creates or changes a bad file),
        SessionLocked if another window has it open for writing: then offer ``read_only=True``."""
        path = Path(path)
        version = files.inspect_session(path, SCHEMA_VERSION)
        if read_only:
            try:
                return cls(_connect_ro(path, version), path, read_only=True, lock=None)
            except sqlite3.DatabaseError as e:
                raise SynopticError(f"damaged session file: {e}", str(path)) from None
        lock = files.SessionLock(path).acquire()
        try:
            return cls._attach(path, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _attach(cls, path: Path, lock: files.SessionLock, temp_dir: Path | None = None) -> "Session":
        try:
            db = _connect_rw(path)
        except sqlite3.DatabaseError as e:
            raise SynopticError(f"damaged session file: {e}", str(path)) from None
        try:
            version = schema_version(db)
            files.check_not_newer(str(path), version, SCHEMA_VERSION)
            if version < SCHEMA_VERSION:
                migrate(db)
                db["meta"].upsert({"key": "app_version", "value": app_version()}, pk="key")
        except sqlite3.DatabaseError as e:
            db.close()
            raise SynopticError(f"damaged session file: {e}", str(path)) from None
        except BaseException:
            db.close()
            raise
        return cls(db, path, read_only=False, lock=lock, temp_dir=temp_dir)

    @property
    def untitled(self) -> bool:
        """True while the session lives in a temp folder (use ``save_as`` to keep it)."""
        return self._temp_dir is not None

    @property
    def closed(self) -> bool:
        return self._db is None

    def close(self) -> None:
        """Flush caches, fold the WAL back into the file, release the lock. Idempotent."""
        if self._db is None:
            return
        db, self._db = self._db, None
        try:
            for cache in self._caches:
                cache.close()
            if not self.read_only:
                files.make_whole(db)
        finally:
            db.close()
            if self._lock:
                self._lock.release()
            if self._temp_dir:
                shutil.rmtree(self._temp_dir, ignore_errors=True)

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Session {str(self.path)!r}{' read-only' if self.read_only else ''}>"

    @property
    def db(self) -> Database:
        if self._db is None:
            raise SynopticError("session is closed", str(self.path))
        return self._db

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Database]:
        """One transaction: all of it is saved, or none of it."""
        if self.read_only:
            raise SynopticError("opened read-only: save a copy to make changes", str(self.path))
        with self.db.atomic() as db:
            yield db
            db["meta"].upsert({"key": "updated", "value": now()}, pk="key")

    def meta(self) -> dict[str, str]:
        """app_version, created, updated, schema_version (all strings)."""
        return {r["key"]: r["value"] for r in self.db["meta"].rows}

    # ---- copies ----------------------------------------------------------------------------

    def copy_to(self, path: str | os.PathLike) -> None:
        """Write a whole, self-contained copy to ``path`` atomically; keep working on this file."""
        dest = self._check_destination(path)
        lock = files.SessionLock(dest).acquire()
        try:
            self._flush_caches()
            files.vacuum_into(self.db.conn, dest)
        finally:
            lock.release()

    def save_as(self, path: str | os.PathLike) -> None:
        """Copy to ``path`` atomically, then carry on editing that file (the old one is released)."""
        dest = self._check_destination(path)
        lock = files.SessionLock(dest).acquire()
        try:
            self._flush_caches()
            files.vacuum_into(self.db.conn, dest)
            self.close()
            fresh = Session._attach(dest, lock)
        except BaseException:
            lock.release()
            raise
        self.__dict__.update(fresh.__dict__)

    def _check_destination(self, path: str | os.PathLike) -> Path:
        dest = Path(path)
        if dest.resolve() == self.path.resolve():
            raise SynopticError("is the session's own file; choose another name", str(dest))
        if dest.is_dir():
            raise SynopticError("is a folder", str(dest))
        return dest

    # ---- sources and options ---------------------------------------------------------------

    def save_sources(self, sources: Sequence[Source], languages: Sequence[str | None] | None = None) -> None:
        """Replace the session's sources. If their texts changed, the stored comparison is dropped."""
        with self._writing():
            self._put_sources(sources, languages)

    def _put_sources(self, sources: Sequence[Source], languages: Sequence[str | None] | None) -> None:
        languages = list(languages) if languages is not None else [None] * len(sources)
        if len(languages) != len(sources):
            raise ValueError("one language per source")
        rows = [codec.source_row(i, s, lang) for i, (s, lang) in enumerate(zip(sources, languages))]
        stored = [r["hash"] for r in self.db.query("SELECT hash FROM sources ORDER BY position")]
        if stored == [r["hash"] for r in rows]:
            self.db["sources"].upsert_all(rows, pk="position")
            return
        self._clear_results(RESULT_TABLES)
        self._saved = None
        self.db.execute("DELETE FROM sources")
        self.db["sources"].insert_all(rows)

    def sources(self) -> list[Source]:
        return [codec.source_from_row(r) for r in self.db["sources"].rows_where(order_by="position")]

    def languages(self) -> list[str | None]:
        return [r["language"] for r in self.db.query("SELECT language FROM sources ORDER BY position")]

    @property
    def options(self) -> Options:
        row = next(self.db["options"].rows_where("id = 1"), None)
        return codec.options_from_json(row["options"] if row else None)

    def save_options(self, options: Options) -> None:
        with self._writing() as db:
            db["options"].upsert({"id": 1, "options": codec.options_to_json(options)}, pk="id")

    # ---- comparison ------------------------------------------------------------------------

    def save_comparison(self, comparison: Comparison) -> None:
        """Store ``comparison`` (and its sources and options) in place of the previous one.

        A re-grouping of the comparison saved last (a new threshold, a user's link: the same documents and
        candidate scores) rewrites only the groups, details and options, so dragging the strictness slider
        stays fast on long reports."""
        regrouped = self._saved is not None and comparison.documents is self._saved[0] \
            and comparison.candidates is self._saved[1]
        rows = codec.comparison_rows(comparison, groups_only=regrouped)
        with self._writing() as db:
            if regrouped:
                self._clear_results(codec.GROUP_TABLES)
            else:
                docs = comparison.documents
                self._put_sources([d.source for d in docs], [d.language for d in docs])
                self._clear_results(RESULT_TABLES)
            for table, table_rows in rows.items():
                db[table].insert_all(table_rows)
            options = codec.options_to_json(comparison.options)
            db["run"].insert({"id": 1, "created": now(), "app_version": app_version(),
                              "options": options, "overrides": codec.overrides_to_json(comparison.overrides)})
            db["options"].upsert({"id": 1, "options": options}, pk="id")
        self._saved = (comparison.documents, comparison.candidates)

    def load_comparison(self) -> Comparison | None:
        """The last saved comparison, rebuilt without running the engine; None if there is none."""
        run = next(self.db["run"].rows_where("id = 1"), None)
        if run is None:
            return None
        rows = {t: list(self.db[t].rows_where(order_by=order)) for t, order in _ORDER.items()}
        return codec.comparison_from_rows(self.sources(), self.languages(), run, rows)

    def clear_comparison(self) -> None:
        with self._writing():
            self._clear_results(RESULT_TABLES)
        self._saved = None

    def _clear_results(self, tables) -> None:
        for table in tables:
            self.db.execute(f"DELETE FROM [{table}]")

    # ---- overrides -------------------------------------------------------------------------

    def add_override(self, override: Override) -> None:
        """Record a link/unlink; it replaces any earlier override of the same pair (either order)."""
        with self._writing() as db:
            db["overrides"].delete_where(_PAIR_WHERE, _pair_params(override))
            db["overrides"].insert(codec.override_row(override, now()))

    def remove_override(self, override: Override) -> bool:
        """Forget an override (matched in either order); True if there was one."""
        with self._writing() as db:
            where = f"action = ? AND ({_PAIR_WHERE})"
            params = [override.action, *_pair_params(override)]
            cursor = db.execute(f"DELETE FROM overrides WHERE {where}", params)
            return cursor.rowcount > 0

    def overrides(self) -> list[Override]:
        return [codec.override_from_row(r) for r in self.db["overrides"].rows_where(order_by="id")]

    # ---- annotations -----------------------------------------------------------------------

    def set_annotation(self, anchor: Anchor, verdict: str | None = None, note: str = "",
                       claim: tuple[Anchor, ...] = ()) -> Annotation | None:
        """Create or update the annotation on ``anchor`` (``claim``: the anchors of the claim's versions); with no
        verdict and an empty note, delete it."""
        if verdict is not None and verdict not in VERDICTS:
            raise SynopticError(f"unknown verdict {verdict!r}; use one of: {', '.join(VERDICTS)}")
        note = note or ""
        with self._writing() as db:
            if verdict is None and not note.strip():
                db["annotations"].delete_where(_ANCHOR_WHERE, _anchor_params(anchor))
                return None
            old, stamp = self.annotation(anchor), now()
            row = {"source_hash": anchor.source_hash, "start": int(anchor.start), "end": int(anchor.end),
                   "verdict": verdict, "note": note, "created": old.created if old else stamp,
                   "updated": stamp, "claim": codec.claim_to_json(claim)}
            db["annotations"].upsert(row, pk=("source_hash", "start", "end"))
        return codec.annotation_from_row(row)

    def put_annotations(self, states: dict[Anchor, Annotation | None]) -> None:
        """Make the annotation on each anchor exactly the one given, dates included (undo and redo put an earlier
        state back as it was; None removes it), in one transaction."""
        with self._writing() as db:
            for anchor, annotation in states.items():
                db["annotations"].delete_where(_ANCHOR_WHERE, _anchor_params(anchor))
                if annotation is not None:
                    db["annotations"].insert({"source_hash": anchor.source_hash, "start": int(anchor.start),
                                              "end": int(anchor.end), "verdict": annotation.verdict,
                                              "note": annotation.note, "created": annotation.created,
                                              "updated": annotation.updated,
                                              "claim": codec.claim_to_json(annotation.claim)})

    def annotation(self, anchor: Anchor) -> Annotation | None:
        row = next(self.db["annotations"].rows_where(_ANCHOR_WHERE, _anchor_params(anchor)), None)
        return codec.annotation_from_row(row) if row else None

    def annotations(self) -> list[Annotation]:
        rows = self.db["annotations"].rows_where(order_by='source_hash, start, "end"')
        return [codec.annotation_from_row(r) for r in rows]

    # ---- embeddings ------------------------------------------------------------------------

    def embedding_cache(self, model: str) -> SqliteEmbeddingCache:
        """An EmbeddingCache stored in this session file (closed, and flushed, with the session)."""
        cache = SqliteEmbeddingCache(self.path, model, read_only=self.read_only, create=False)
        self._caches.append(cache)
        return cache

    def _flush_caches(self) -> None:
        for cache in self._caches:
            cache.flush()


def _pair_params(o: Override) -> list:
    a, b = _anchor_params(o.a), _anchor_params(o.b)
    return [*a, *b, *a, *b]


def _build_empty(target: Path) -> None:
    """Write a new empty session next to ``target`` and move it into place in one step."""
    tmp = files.temp_sibling(target)
    try:
        with Database(str(tmp), execute_plugins=False) as db:
            migrate(db)
            stamp = now()
            db["meta"].upsert_all(
                [{"key": "application", "value": "Synoptic"}, {"key": "app_version", "value": app_version()},
                 {"key": "created", "value": stamp}, {"key": "updated", "value": stamp}], pk="key")
        files.install(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass
class SessionData:
    """Everything in a session file, read in one go (see ``load_session``)."""

    path: Path
    sources: list[Source]
    languages: list[str | None]
    options: Options
    comparison: Comparison | None
    overrides: list[Override] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)


def load_session(path: str | os.PathLike) -> SessionData:
    """Read a whole session without locking or changing it (for the CLI and exports)."""
    with Session.open(path, read_only=True) as s:
        return SessionData(Path(path), s.sources(), s.languages(), s.options, s.load_comparison(),
                           s.overrides(), s.annotations())
