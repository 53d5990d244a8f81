"""Ordered schema steps of a session file, applied with sqlite-utils' ``Migrations``.

Each step runs in one transaction together with its record in ``_sqlite_migrations`` and
sets ``PRAGMA user_version`` to its number, so a file is never half-upgraded and its schema
version can be read from the header without knowing any table.
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

from desktop.store import schema

MIGRATIONS = Migrations("synoptic")
STEP_NAMES = ["001_core", "002_results", "003_embeddings", "004_keep_overrides", "005_attributions",
              "006_word_matches", "007_phrase_cover", "008_word_slots",
              "009_word_vouched", "010_review_claim"]  # in order; step n sets user_version n


def _step(db: Database, version: int, ddl: str) -> None:
    db.executescript(ddl)
    db.execute(f"PRAGMA user_version = {int(version)}")
    db["meta"].upsert({"key": "schema_version", "value": str(version)}, pk="key")


@MIGRATIONS(name=STEP_NAMES[0])
def _core(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    _step(db, 1, schema.CORE)


@MIGRATIONS(name=STEP_NAMES[1])
def _results(db: Database) -> None:
    _step(db, 2, schema.RESULTS)


@MIGRATIONS(name=STEP_NAMES[2])
def _embeddings(db: Database) -> None:
    _step(db, 3, schema.EMBEDDINGS)


@MIGRATIONS(name=STEP_NAMES[3])
def _keep_overrides(db: Database) -> None:
    _step(db, 4, schema.KEEP_OVERRIDES)


@MIGRATIONS(name=STEP_NAMES[4])
def _attributions(db: Database) -> None:
    _step(db, 5, schema.ATTRIBUTIONS)


@MIGRATIONS(name=STEP_NAMES[5])
def _word_matches(db: Database) -> None:
    _step(db, 6, schema.WORD_MATCHES)


@MIGRATIONS(name=STEP_NAMES[6])
def _phrase_cover(db: Database) -> None:
    _step(db, 7, schema.PHRASE_COVER)


@MIGRATIONS(name=STEP_NAMES[7])
def _word_slots(db: Database) -> None:
    _step(db, 8, schema.WORD_SLOTS)


@MIGRATIONS(name=STEP_NAMES[8])
def _word_vouched(db: Database) -> None:
    _step(db, 9, schema.WORD_VOUCHED)


@MIGRATIONS(name=STEP_NAMES[9])
def _review_claim(db: Database) -> None:
    has_claim = "claim" in db["annotations"].columns_dict  # a file made to look older may have it already
    _step(db, 10, "" if has_claim else schema.REVIEW_CLAIM)


SCHEMA_VERSION = len(STEP_NAMES)


def schema_version(db: Database) -> int:
    """The schema version a database says it has (0 for an empty database)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, *, upto: int | None = None) -> int:
    """Bring ``db`` to schema ``upto`` (default: the newest this code knows); return it.

    Steps already applied are skipped; a newer database must be refused before calling this."""
    upto = SCHEMA_VERSION if upto is None else upto
    stop = STEP_NAMES[upto] if upto < SCHEMA_VERSION else None
    MIGRATIONS.apply(db, stop_before=stop)
    return schema_version(db)
