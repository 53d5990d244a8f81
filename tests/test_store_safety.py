"""Session files under bad conditions: wrong, damaged or newer files, a second window, a killed process."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.engine.model import Anchor, SynopticError
from desktop.store import SCHEMA_VERSION, Session, SessionLocked, load_session
from test_store_builders import comparison, plain, sources

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def path(tmp_path):
    return tmp_path / "enquête.synoptic"


@pytest.fixture
def saved(path):
    with Session.create(path) as s:
        s.save_comparison(comparison())
        s.set_annotation(Anchor(sources()[0].content_hash, 0, 90), "corroborated", "confirmé par le FT")
    return path


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def folder(p: Path) -> list[str]:
    return sorted(x.name for x in p.parent.iterdir())


def refuse(p: Path, message: str, **kw) -> None:
    """Opening ``p`` fails with ``message`` and changes nothing on disk."""
    before, names = digest(p), folder(p)
    with pytest.raises(SynopticError) as err:
        Session.open(p, **kw)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert str(err.value).startswith(str(p))
    assert digest(p) == before and folder(p) == names


def test_missing_file_is_reported_and_not_created(tmp_path):
    missing = tmp_path / "absent.synoptic"
    with pytest.raises(SynopticError, match="no such file"):
        Session.open(missing)
    assert list(tmp_path.iterdir()) == []


def test_text_file_named_synoptic(path):
    path.write_text("La Russie a demandé à la Chine une aide militaire.\n", encoding="utf-8")
    refuse(path, "not a Synoptic session")
    refuse(path, "not a Synoptic session", read_only=True)


def test_empty_file(path):
    path.write_bytes(b"")
    refuse(path, "not a Synoptic session")


def test_other_sqlite_database(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    refuse(path, "not a Synoptic session")


def test_newer_schema_is_refused_untouched(saved):
    with sqlite3.connect(saved) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    refuse(saved, f"made by a newer Synoptic (schema {SCHEMA_VERSION + 1}); this version reads up to {SCHEMA_VERSION}")
    refuse(saved, f"made by a newer Synoptic (schema {SCHEMA_VERSION + 1})", read_only=True)


def test_truncated_file_is_damaged(saved):
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    refuse(saved, "damaged session file: truncated")


def test_overwritten_pages_are_damaged(saved):
    data = bytearray(saved.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 3 * page] = bytes(range(256)) * (2 * page // 256)  # garbage over pages 2 and 3
    saved.write_bytes(bytes(data))
    refuse(saved, "damaged session file")


def test_create_never_overwrites(saved):
    before = digest(saved)
    with pytest.raises(SynopticError, match="already exists"):
        Session.create(saved)
    assert digest(saved) == before


def test_second_window_is_told_the_session_is_locked(saved):
    with Session.open(saved) as first:
        with pytest.raises(SessionLocked, match="already open in another Synoptic window"):
            Session.open(saved)
        with Session.open(saved, read_only=True) as viewer:  # what the UI offers instead
            assert plain(viewer.load_comparison()) == plain(comparison())
        first.set_annotation(Anchor("h", 1, 2), "false")
    with Session.open(saved) as again:
        assert len(again.annotations()) == 2


def _spawn(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script), *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_when_ready(proc: subprocess.Popen, after: float = 0.5) -> list[str]:
    """Wait for the child's first line, let it work ``after`` seconds, SIGKILL it; return its lines."""
    first = proc.stdout.readline()
    assert first.strip() == "ready", proc.stderr.read()
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    return [line for line in out.split("\n")[:-1] if line]  # the last piece may be cut short


def test_lock_held_by_another_process_and_freed_when_it_dies(saved):
    child = _spawn("""
        import sys, time
        from desktop.store import Session
        s = Session.open(sys.argv[1])
        print("ready", flush=True)
        time.sleep(60)
    """, str(saved))
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(SessionLocked) as err:
            Session.open(saved)
        assert err.value.pid == child.pid
    finally:
        child.kill()
        child.communicate(timeout=10)
    with Session.open(saved) as s:  # the OS dropped the dead process's lock
        assert len(s.annotations()) == 1


def test_killed_while_saving_annotations_keeps_every_committed_one(saved):
    child = _spawn("""
        import sys
        from desktop.engine.model import Anchor
        from desktop.store import Session
        s = Session.open(sys.argv[1])
        print("ready", flush=True)
        for i in range(1, 10**6):
            s.set_annotation(Anchor("a" * 64, i, i + 1), "needs check", "note %d " % i * 20)
            print(i, flush=True)
    """, str(saved))
    done = _kill_when_ready(child)
    assert len(done) > 5, "the child saved too little to test anything"
    assert (saved.parent / (saved.name + "-wal")).exists()  # killed mid-session: WAL left behind
    with Session.open(saved) as s:  # recovers cleanly
        notes = {a.anchor.start: a.note for a in s.annotations() if a.anchor.source_hash == "a" * 64}
        assert set(range(1, int(done[-1]) + 1)) <= set(notes)
        assert all(notes[i] == "note %d " % i * 20 for i in notes)
        assert plain(s.load_comparison()) == plain(comparison())
    with sqlite3.connect(saved) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_killed_while_saving_copies_leaves_a_whole_copy_never_half(saved, tmp_path):
    target = tmp_path / "copie.synoptic"
    child = _spawn("""
        import sys
        from desktop.engine.model import Source
        from desktop.store import Session
        s = Session.open(sys.argv[1])
        s.save_sources([Source("Dépêche", "La Russie a demandé une aide militaire. " * 40000)], ["fr"])
        s.copy_to(sys.argv[2])
        print("ready", flush=True)
        for i in range(1, 10**6):  # nearly all the time is spent inside copy_to: the kill lands there
            s.copy_to(sys.argv[2])
            print(i, flush=True)
    """, str(saved), str(target))
    done = _kill_when_ready(child, after=0.8)
    assert len(done) >= 2, "the child saved too little to test anything"
    copy = load_session(target)  # opens cleanly and is complete
    assert copy.sources[0].text == "La Russie a demandé une aide militaire. " * 40000
    with Session.open(saved) as s:
        assert s.sources()[0].name == "Dépêche"
        s.copy_to(target)
    assert not list(tmp_path.glob("*.tmp")), "the next copy cleans what the killed one left"


def test_read_only_session_works_beside_a_writer_in_another_process(saved):
    child = _spawn("""
        import sys, time
        from desktop.engine.model import Anchor
        from desktop.store import Session
        s = Session.open(sys.argv[1])
        s.set_annotation(Anchor("b" * 64, 0, 1), "false")
        print("ready", flush=True)
        time.sleep(60)
    """, str(saved))
    try:
        assert child.stdout.readline().strip() == "ready"
        data = load_session(saved)
        assert {a.verdict for a in data.annotations} == {"corroborated", "false"}
    finally:
        child.kill()
        child.communicate(timeout=10)
