"""OUTDIR/index.sqlite of `synoptic batch`: one row per story and one per input report (schema.BATCH_INDEX).

Written by the run as results arrive (each write is one transaction), read back to resume a run and to render
index.html. Any SQLite tool can open it.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.engine.model import SynopticError
from desktop.store import schema
from desktop.store.session import now

FILE = "index.sqlite"


class BatchIndex:
    """The index of one output folder."""

    def __init__(self, folder: str | os.PathLike):
        self.path = Path(folder) / FILE
        try:
            self.db = Database(sqlite3.connect(str(self.path)), execute_plugins=False)
            self.db.execute("PRAGMA busy_timeout = 5000")
            self.db.conn.executescript(schema.BATCH_INDEX)
        except sqlite3.DatabaseError as err:
            raise SynopticError(f"damaged index: {err}", str(self.path)) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "BatchIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def done(self, name: str, key: str) -> bool:
        """Whether story ``name`` was compared from exactly these reports by an earlier run."""
        rows = self.db.execute("SELECT 1 FROM stories WHERE name = ? AND key = ? AND status = 'done'", [name, key])
        return rows.fetchone() is not None

    def put_story(self, row: dict) -> None:
        row = dict(row, sources=json.dumps(row.get("sources", []), ensure_ascii=False), updated=now())
        with self.db.conn:
            self.db["stories"].upsert(row, pk="name")

    def put_reports(self, rows: list[dict]) -> None:
        """Replace the report rows with ``rows`` (the reports of this run)."""
        with self.db.conn:
            self.db.execute("DELETE FROM reports")
            self.db["reports"].insert_all(rows, pk="file")

    def keep_stories(self, names: set[str]) -> list[str]:
        """Forget the stories of earlier runs that this run does not have; returns their names."""
        gone = [n for (n,) in self.db.execute("SELECT name FROM stories").fetchall() if n not in names]
        with self.db.conn:
            for name in gone:
                self.db.execute("DELETE FROM stories WHERE name = ?", [name])
        return gone

    def stories(self) -> list[dict]:
        rows = list(self.db.query("SELECT * FROM stories ORDER BY n_sources DESC, title, name"))
        for row in rows:
            row["sources"] = json.loads(row["sources"])
        return rows

    def reports(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM reports ORDER BY file"))
