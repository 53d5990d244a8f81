"""Session files: what is saved comes back, across close and re-open."""
from __future__ import annotations

import itertools
import sqlite3
import threading

import numpy as np
import pytest
from sqlite_utils import Database

from desktop.engine.model import VERDICTS, Anchor, Link, Options, Override, Source, SynopticError
from desktop.store import SCHEMA_VERSION, Session, SqliteEmbeddingCache, load_session
from desktop.store import session as session_module
from desktop.store.migrations import migrate, schema_version
from desktop.store.schema import APPLICATION_ID
from test_store_builders import anchor, comparison, plain, sources


@pytest.fixture
def path(tmp_path):
    return tmp_path / "russie-chine.synoptic"


def sidecars(p):
    return sorted(x.name for x in p.parent.iterdir() if x.name != p.name and x.name.startswith(p.name))


def test_comparison_round_trip_without_engine(path):
    original = comparison()
    with Session.create(path) as s:
        s.save_comparison(original)
    with Session.open(path) as s:
        loaded = s.load_comparison()
        assert [src.content_hash for src in s.sources()] == [d.source.content_hash for d in original.documents]
        assert s.languages() == ["fr", "fr"]
        assert s.options == Options(threshold=0.42, semantic=False, top_k=5)
    assert plain(loaded) == plain(original)
    assert loaded.documents[0].sentence_text(2) == "La réunion à Rome a duré sept heures, a déclaré un haut responsable."
    assert loaded.group_index() == original.group_index()
    assert isinstance(loaded.groups[0].links[0].a, tuple)


def test_regrouped_comparison_saved_again_comes_back_whole(path, seed_comparison, monkeypatch):
    """Moving the strictness slider saves only the new groups; reopening still gives the whole comparison."""
    from desktop.engine.pipeline import regroup
    from desktop.store import codec

    saved_parts = []
    real_rows = codec.comparison_rows
    monkeypatch.setattr(codec, "comparison_rows", lambda c, groups_only=False: (
        saved_parts.append(groups_only), real_rows(c, groups_only))[1])
    with Session.create(path) as s:
        s.save_comparison(seed_comparison)
        looser = regroup(seed_comparison, 0.3)
        s.save_comparison(looser)
        stricter = regroup(looser, 0.8)
        s.save_comparison(stricter)
    with Session.open(path) as s:
        loaded = s.load_comparison()
    assert saved_parts == [False, True, True]  # the two re-groupings rewrote the groups only
    assert len(looser.groups) > len(stricter.groups)
    assert plain(loaded) == plain(stricter)
    assert loaded.options.threshold == 0.8
    assert len(loaded.candidates) == len(seed_comparison.candidates)


def test_load_session_reads_everything_at_once(path):
    with Session.create(path) as s:
        s.save_comparison(comparison())
        s.set_annotation(anchor(comparison().documents[1], 1), "needs check")
    data = load_session(path)
    assert plain(data.comparison) == plain(comparison())
    assert [a.verdict for a in data.annotations] == ["needs check"]
    assert sidecars(path) == []


def test_fresh_session_has_no_comparison_and_default_options(path):
    with Session.create(path) as s:
        assert s.load_comparison() is None
        assert s.sources() == []
        assert s.options == Options()
        assert s.meta()["created"] == s.meta()["updated"]


def test_sources_keep_their_metadata(path):
    with Session.create(path) as s:
        s.save_sources(sources(), ["fr", None])
    with Session.open(path) as s:
        cnn, ft = s.sources()
        assert s.languages() == ["fr", None]
    assert plain(cnn) == plain(sources()[0])
    assert ft.kind == "html" and ft.meta == {"url": "https://ft.example/x"}


def test_new_source_texts_drop_the_stale_comparison(path):
    with Session.create(path) as s:
        s.save_comparison(comparison())
        s.save_sources(sources(), ["fr", "fr"])  # same texts: results stay
        assert plain(s.load_comparison()) == plain(comparison())
        edited = [sources()[0], Source("AFP", "La Chine dément avoir reçu une demande russe.")]
        s.save_sources(edited, ["fr", "fr"])
        assert s.load_comparison() is None
        assert [x.name for x in s.sources()] == ["CNN", "AFP"]


def test_failed_save_leaves_previous_comparison_whole(path):
    broken = comparison()
    broken.groups[0].members.append((1, 99))  # no such sentence: the database refuses it
    with Session.create(path) as s:
        s.save_comparison(comparison())
        with pytest.raises(sqlite3.IntegrityError):
            s.save_comparison(broken)
        assert plain(s.load_comparison()) == plain(comparison())


def test_numpy_numbers_from_the_engine_are_stored(path):
    c = comparison()
    c.candidates.append(Link((np.int64(0), np.int64(1)), (1, 1), np.float32(0.25)))
    with Session.create(path) as s:
        s.save_comparison(c)
        assert s.load_comparison().candidates[-1] == Link((0, 1), (1, 1), 0.25)


def test_options_saved_on_their_own(path):
    with Session.create(path) as s:
        s.save_options(Options(threshold=0.7))
    with Session.open(path) as s:
        assert s.options.threshold == 0.7


def test_overrides_keyed_by_anchors_survive_reopen(path):
    docs = comparison().documents
    link = Override("link", anchor(docs[0], 1), anchor(docs[1], 1))
    unlink = Override("unlink", anchor(docs[0], 0), anchor(docs[1], 0))
    with Session.create(path) as s:
        s.add_override(link)
        s.add_override(unlink)
        s.add_override(link)  # twice: stored once
    with Session.open(path) as s:
        assert s.overrides() == [unlink, link]
        s.add_override(Override("unlink", link.b, link.a))  # same pair, reversed: replaces the link
        assert s.overrides() == [unlink, Override("unlink", link.b, link.a)]
        assert s.remove_override(unlink) is True
        assert s.remove_override(unlink) is False
    with Session.open(path) as s:
        assert s.overrides() == [Override("unlink", link.b, link.a)]


def test_annotations_upsert_keeps_created_and_moves_updated(path, monkeypatch):
    claim = anchor(comparison().documents[0], 2)
    ticks = itertools.count(9)
    monkeypatch.setattr(session_module, "now", lambda: f"2024-03-14T{next(ticks):02d}:00:00.000Z")
    with Session.create(path) as s:
        first = s.set_annotation(claim, "disputed", "FT dit six heures")
        second = s.set_annotation(claim, "false", "FT dit six heures, CNN sept")
    assert first.created == second.created == first.updated
    assert second.updated > first.updated
    assert (second.verdict, second.note) == ("false", "FT dit six heures, CNN sept")
    with Session.open(path) as s:
        assert s.annotation(claim) == second
        assert s.annotations() == [second]
        assert s.annotation(Anchor(claim.source_hash, 0, 5)) is None


def test_annotation_with_no_verdict_and_no_note_is_deleted(path):
    claim = anchor(comparison().documents[1], 0)
    with Session.create(path) as s:
        s.set_annotation(claim, None, "à vérifier auprès du Pentagone")
        assert s.annotation(claim).note == "à vérifier auprès du Pentagone"
        assert s.set_annotation(claim, None, "  ") is None
        assert s.annotations() == []


def test_every_verdict_is_accepted_and_others_refused(path):
    with Session.create(path) as s:
        for i, verdict in enumerate(VERDICTS):
            s.set_annotation(Anchor("h", i, i + 1), verdict)
        assert [a.verdict for a in s.annotations()] == list(VERDICTS)
        with pytest.raises(SynopticError, match="unknown verdict 'true'"):
            s.set_annotation(Anchor("h", 0, 1), "true")


def test_annotations_survive_a_new_comparison(path):
    c = comparison()
    with Session.create(path) as s:
        s.save_comparison(c)
        s.set_annotation(anchor(c.documents[0], 0), "corroborated")
        s.save_comparison(comparison())
        assert [a.verdict for a in s.annotations()] == ["corroborated"]


def test_close_leaves_one_self_contained_file(path):
    s = Session.create(path)
    s.save_comparison(comparison())
    assert (path.parent / (path.name + "-wal")).exists()  # WAL while open
    s.close()
    s.close()  # idempotent
    assert sidecars(path) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_save_as_writes_a_file_that_opens_alone(tmp_path, path):
    copy = tmp_path / "copie" / "enquête.synoptic"
    copy.parent.mkdir()
    with Session.create(path) as s:
        s.save_comparison(comparison())
        s.save_as(copy)
        assert s.path == copy
        assert sidecars(path) == []
        assert set(sidecars(copy)) == {copy.name + ".lock", copy.name + "-shm", copy.name + "-wal"}
        s.set_annotation(anchor(comparison().documents[0], 0), "corroborated")
    assert sidecars(copy) == []
    assert list(copy.parent.iterdir()) == [copy]  # no temp file left behind
    assert plain(load_session(copy).comparison) == plain(comparison())
    assert len(load_session(copy).annotations) == 1
    assert load_session(path).annotations == []  # the old file is left as it was


def test_copy_to_keeps_working_on_the_original(tmp_path, path):
    copy = tmp_path / "copie.synoptic"
    with Session.create(path) as s:
        s.save_sources(sources(), ["fr", "fr"])
        s.copy_to(copy)
        assert sidecars(copy) == []  # whole on its own while the session is still open
        assert [x.name for x in load_session(copy).sources] == ["CNN", "Financial Times"]
        s.save_sources(sources()[:1], ["fr"])
        s.copy_to(copy)  # replacing an earlier copy is fine
        assert s.path == path
        with pytest.raises(SynopticError, match="own file"):
            s.copy_to(path)
    assert sidecars(copy) == []
    assert [x.name for x in load_session(copy).sources] == ["CNN"]


def test_untitled_session_lives_in_a_temp_folder_until_saved(tmp_path):
    s = Session.create()
    temp = s.path.parent
    assert s.untitled and s.path.name == "Untitled.synoptic"
    s.save_comparison(comparison())
    s.save_as(tmp_path / "kept.synoptic")
    assert not s.untitled and not temp.exists()
    s.close()
    assert plain(load_session(tmp_path / "kept.synoptic").comparison) == plain(comparison())
    discarded = Session.create()
    discarded.close()
    assert not discarded.path.parent.exists()


def test_read_only_session_reads_but_refuses_changes(path):
    with Session.create(path) as s:
        s.save_comparison(comparison())
    with Session.open(path, read_only=True) as r:
        assert plain(r.load_comparison()) == plain(comparison())
        with pytest.raises(SynopticError, match="opened read-only"):
            r.set_annotation(Anchor("h", 0, 1), "false")


# ---- migrations ---------------------------------------------------------------------------

def _v1_database() -> Database:
    """What the first release wrote: core tables only, with some user data."""
    db = Database(memory=True)
    assert migrate(db, upto=1) == 1
    db["sources"].insert({"position": 0, "hash": "abc", "name": "CNN", "text": "Une phrase.", "language": "fr"})
    db["annotations"].insert({"source_hash": "abc", "start": 0, "end": 11, "verdict": "false",
                              "note": "", "created": "2024-01-01T00:00:00.000Z", "updated": "2024-01-01T00:00:00.000Z"})
    return db


def test_v1_database_upgrades_to_current_keeping_data():
    db = _v1_database()
    assert "run" not in db.table_names() and "embeddings" not in db.table_names()
    assert migrate(db) == SCHEMA_VERSION
    assert {"run", "sentences", "groups", "embeddings"} <= set(db.table_names())
    assert db["annotations"].get(("abc", 0, 11))["verdict"] == "false"
    assert db["meta"].get("schema_version")["value"] == str(SCHEMA_VERSION)
    assert migrate(db) == SCHEMA_VERSION  # nothing left to do


def test_old_session_file_is_upgraded_on_open(path):
    with Session.create(path) as s:
        s.save_sources([sources()[0]], ["fr"])
    with sqlite3.connect(path) as conn:  # make it look like a v1 file
        conn.executescript("DROP TABLE phrase_cover; DROP TABLE word_matches; DROP TABLE attributions; DROP TABLE embeddings; DROP VIEW group_sentences; DROP TABLE details; "
                           "DROP TABLE candidates; DROP TABLE group_links; DROP TABLE group_members; "
                           "DROP TABLE groups; DROP TABLE removed; DROP TABLE sentences; DROP TABLE run; "
                           "DELETE FROM _sqlite_migrations WHERE name != '001_core'; PRAGMA user_version = 1;")
    before = path.read_bytes()
    with Session.open(path, read_only=True) as r:  # read-only: upgraded in memory only
        assert r.load_comparison() is None and r.sources()[0].name == "CNN"
    assert path.read_bytes() == before
    with Session.open(path) as s:
        s.save_comparison(comparison())
    with sqlite3.connect(path) as conn:
        assert schema_version(Database(conn)) == SCHEMA_VERSION
    assert plain(load_session(path).comparison) == plain(comparison())


# ---- embedding cache ----------------------------------------------------------------------

def test_embedding_cache_round_trip(tmp_path):
    rng = np.random.default_rng(7)
    vectors = {f"{i:040x}": rng.standard_normal(512).astype(np.float32) for i in range(300)}
    with SqliteEmbeddingCache(tmp_path / "cache.sqlite", "usem3") as cache:
        for key, v in vectors.items():
            cache.put(key, v)
        assert np.array_equal(cache.get("0" * 40), vectors["0" * 40])  # buffered, not yet written
        cache.flush()
        assert len(cache) == 300
    with SqliteEmbeddingCache(tmp_path / "cache.sqlite", "usem3") as cache:
        got = cache.get(f"{5:040x}")
        assert got.dtype == np.float32 and got.shape == (512,)
        assert np.array_equal(got, vectors[f"{5:040x}"])
        assert cache.get("missing") is None
    with SqliteEmbeddingCache(tmp_path / "cache.sqlite", "other-model") as cache:
        assert cache.get(f"{5:040x}") is None


def test_session_embedding_cache_is_flushed_on_close(path):
    vector = np.linspace(-1, 1, 512, dtype=np.float32)
    with Session.create(path) as s:
        s.embedding_cache("usem3").put("k", vector)
    assert sidecars(path) == []
    with Session.open(path) as s:
        assert np.array_equal(s.embedding_cache("usem3").get("k"), vector)


def test_user_cache_is_rebuilt_when_damaged(tmp_path):
    (tmp_path / "embeddings.sqlite").write_bytes(b"not a database at all" * 100)
    with SqliteEmbeddingCache.user_cache("usem3", folder=tmp_path) as cache:
        cache.put("k", [1.0, 2.0])
    with SqliteEmbeddingCache.user_cache("usem3", folder=tmp_path) as cache:
        assert cache.get("k").tolist() == [1.0, 2.0]


def test_session_embedding_cache_works_from_a_worker_thread(path):
    vectors = {f"k{i}": np.full(512, i, dtype=np.float32) for i in range(50)}
    with Session.create(path) as s:
        cache = s.embedding_cache("usem3")
        worker = threading.Thread(target=lambda: [cache.put(k, v) for k, v in vectors.items()] and cache.flush())
        worker.start()
        worker.join()
        s.set_annotation(Anchor("h", 0, 1), "false")  # the session's own writes are not blocked
        assert len(cache) == 50
    with Session.open(path) as s:
        assert s.embedding_cache("usem3").get("k49")[0] == 49.0


def test_keep_overrides_are_stored(tmp_path):
    from desktop.engine.model import Anchor, Override
    from desktop.store.session import Session

    span = Anchor("f" * 64, 10, 42)
    with Session.create(tmp_path / "k.synoptic") as session:
        session.add_override(Override("keep", span, span))
    with Session.open(tmp_path / "k.synoptic") as session:
        assert session.overrides() == [Override("keep", span, span)]


def test_step_4_keeps_existing_overrides():
    from sqlite_utils import Database

    from desktop.store.migrations import migrate

    db = Database(memory=True)
    assert migrate(db, upto=3) == 3
    db["overrides"].insert({"action": "link", "a_hash": "a", "a_start": 0, "a_end": 5, "b_hash": "b", "b_start": 1,
                            "b_end": 9, "created": "2026-01-01T00:00:00.000Z"})
    assert migrate(db, upto=4) == 4
    assert [r["action"] for r in db["overrides"].rows] == ["link"]
    db["overrides"].insert({"action": "keep", "a_hash": "a", "a_start": 7, "a_end": 9, "b_hash": "a", "b_start": 7,
                            "b_end": 9, "created": "2026-01-01T00:00:00.000Z"})
    assert db.execute("SELECT count(*) FROM overrides").fetchone()[0] == 2


def test_step_8_keeps_the_word_matches_and_takes_the_words_of_one_place():
    """A session saved before the words' places were kept reopens with its word matches, and a new run's 'slot'
    rows (the cosines of words two linked sentences have in the same place) are accepted."""
    from sqlite_utils import Database

    from desktop.engine.meanings import from_rows
    from desktop.store.migrations import migrate

    db = Database(memory=True)
    assert migrate(db, upto=7) == 7
    db["word_matches"].insert({"kind": "same", "word_a": "killed", "word_b": "tués", "value": 0.8})
    with pytest.raises(sqlite3.IntegrityError):
        db["word_matches"].insert({"kind": "slot", "word_a": "dead", "word_b": "today", "value": 0.25})
    assert migrate(db, upto=8) == 8
    db["word_matches"].insert({"kind": "slot", "word_a": "dead", "word_b": "today", "value": 0.25})
    table = from_rows((r["kind"], r["word_a"], r["word_b"], r["value"]) for r in db["word_matches"].rows)
    assert table.pairs == {("killed", "tués"): 0.8} and table.related(["today"], ["dead"]) is False


def test_step_9_keeps_the_word_matches_and_takes_the_pairs_a_thesaurus_vouches_for():
    """A session saved before the thesaurus reopens with its word matches; a new run's 'vouched' rows (English
    synonyms, WordNet) are accepted and read back as words that cover each other."""
    from sqlite_utils import Database

    from desktop.engine.meanings import from_rows
    from desktop.store.migrations import migrate

    db = Database(memory=True)
    assert migrate(db, upto=8) == 8
    db["word_matches"].insert({"kind": "slot", "word_a": "dead", "word_b": "today", "value": 0.25})
    with pytest.raises(sqlite3.IntegrityError):
        db["word_matches"].insert({"kind": "vouched", "word_a": "abduct", "word_b": "kidnapped", "value": 1.0})
    assert migrate(db, upto=9) == 9
    db["word_matches"].insert({"kind": "vouched", "word_a": "abduct", "word_b": "kidnapped", "value": 1.0})
    table = from_rows((r["kind"], r["word_a"], r["word_b"], r["value"]) for r in db["word_matches"].rows)
    assert table.covers("abduct", {"kidnapped"}, 0.76) and table.related(["today"], ["dead"]) is False
