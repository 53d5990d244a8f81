"""File-level safety for session files: inspect before opening, lock, copy atomically.

Nothing here changes a file it inspects: the header is read as bytes and the integrity check
runs on a read-only connection.
"""
from __future__ import annotations

import glob
import errno
import os
import secrets
import socket
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.model import SynopticError
from desktop.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")


class SessionLocked(SynopticError):
    """The session is open for writing elsewhere; the caller may offer to open it read-only."""

    def __init__(self, path: str, pid: int | None = None, host: str = ""):
        where = f" (process {pid}{' on ' + host if host and host != socket.gethostname() else ''})"
        super().__init__("already open in another Synoptic window" + (where if pid else ""), path)
        self.pid = pid


@dataclass(frozen=True)
class Header:
    """The fields of a SQLite file header that tell what the file is."""

    page_size: int
    page_count: int | None  # None when the header does not vouch for it
    wal: bool
    user_version: int
    application_id: int


def read_header(path: str | os.PathLike) -> Header:
    """Read the 100-byte SQLite header; raise SynopticError if ``path`` is not a SQLite file."""
    p = Path(path)
    if not p.exists():
        raise SynopticError("no such file", str(p))
    if p.is_dir():
        raise SynopticError("is a folder, not a Synoptic session", str(p))
    try:
        with open(p, "rb") as f:
            head = f.read(100)
    except OSError as e:
        raise SynopticError(f"cannot read: {e.strerror}", str(p)) from None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise SynopticError("not a Synoptic session", str(p))
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    count, changes, valid_for = struct.unpack(">I", head[28:32])[0], head[24:28], head[92:96]
    return Header(
        page_size=page_size,
        page_count=count if count and changes == valid_for else None,
        wal=head[18] == 2 or head[19] == 2,
        user_version=struct.unpack(">i", head[60:64])[0],
        application_id=struct.unpack(">i", head[68:72])[0],
    )


def read_only_uri(path: str | os.PathLike) -> str:
    """URI that opens ``path`` without writing to it (nor creating -wal/-shm files)."""
    p = Path(path).resolve()
    wal_missing = read_header(p).wal and not Path(f"{p}-wal").exists()
    return p.as_uri() + ("?immutable=1" if wal_missing else "?mode=ro")


def inspect_session(path: str | os.PathLike, newest: int) -> int:
    """Check that ``path`` is an undamaged Synoptic session this code can read; return its schema.

    Raises SynopticError with a one-line reason otherwise. The file is never modified."""
    p = str(path)
    head = read_header(p)
    if head.application_id != APPLICATION_ID:
        raise SynopticError("not a Synoptic session", p)
    size = os.path.getsize(p)
    if head.page_count and size < head.page_count * head.page_size:
        raise SynopticError(
            f"damaged session file: truncated ({size} of {head.page_count * head.page_size} bytes)", p
        )
    try:
        conn = sqlite3.connect(read_only_uri(p), uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > newest:
                raise _newer(p, version, newest)
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
            has_meta = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise SynopticError(f"damaged session file: {e}", p) from None
    if problems != ["ok"]:
        raise SynopticError(f"damaged session file: {problems[0]}", p)
    if not has_meta:
        raise SynopticError("not a Synoptic session", p)
    return version


def _newer(path: str, version: int, newest: int) -> SynopticError:
    return SynopticError(
        f"made by a newer Synoptic (schema {version}); this version reads up to {newest}", path
    )


def check_not_newer(path: str, version: int, newest: int) -> None:
    if version > newest:
        raise _newer(path, version, newest)


class SessionLock:
    """An exclusive advisory lock on ``<session>.lock``, released by the OS if the process dies.

    The lock file holds the owner's pid and host name, for the "already open" message."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.lock_path = Path(f"{path}.lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "SessionLock":
        while self._fd is None:
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as e:
                where = "folder does not exist" if e.errno == errno.ENOENT else e.strerror
                raise SynopticError(f"cannot write the session here: {where}", str(self.path)) from None
            if not _try_lock(fd):
                pid, host = _read_owner(fd)
                os.close(fd)
                raise SessionLocked(str(self.path), pid, host)
            if _same_file(fd, self.lock_path):
                _write_owner(fd)
                self._fd = fd
                remove_stale_temps(self.path)
            else:  # the previous owner removed the file between our open and our lock
                os.close(fd)
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.lock_path.unlink(missing_ok=True)  # while still held: nobody can lock the old inode
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _read_owner(fd: int) -> tuple[int | None, str]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        pid, _, host = os.read(fd, 300).decode("utf-8", "replace").strip().partition("\n")
        return int(pid), host
    except (OSError, ValueError):
        return None, ""


def _write_owner(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n{socket.gethostname()}\n".encode())


def make_whole(db) -> None:
    """Fold the WAL into the main file and leave WAL mode, so the file can be copied alone.

    ``db`` is a sqlite-utils Database opened read-write."""
    try:
        db.execute("PRAGMA busy_timeout = 500")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.disable_wal()
    except sqlite3.OperationalError:
        pass  # a reader elsewhere still has it open: the checkpointed file is complete regardless


def fsync_path(path: str | os.PathLike) -> None:
    """Flush a file (or, on POSIX, a folder's entries) to disk."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # folders cannot be opened on Windows
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_sidecars(path: str | os.PathLike) -> None:
    """Delete stale -wal/-shm/-journal files of ``path`` (call only while holding its lock)."""
    for suffix in SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def temp_sibling(path: str | os.PathLike) -> Path:
    """A fresh hidden name in the same folder as ``path``, so ``os.replace`` stays atomic."""
    p = Path(path)
    return p.with_name(f".{p.name}.{secrets.token_hex(4)}.tmp")


def remove_stale_temps(path: str | os.PathLike) -> None:
    """Delete temp files a killed writer left for ``path`` (they are only made under its lock)."""
    p = Path(path)
    for tmp in p.parent.glob(f".{glob.escape(p.name)}.*.tmp"):
        tmp.unlink(missing_ok=True)


def install(tmp: Path, dest: str | os.PathLike) -> None:
    """Make the finished file ``tmp`` become ``dest`` in one step, durably."""
    fsync_path(tmp)
    remove_sidecars(dest)
    os.replace(tmp, dest)
    fsync_path(Path(dest).resolve().parent)


def vacuum_into(conn: sqlite3.Connection, dest: str | os.PathLike) -> None:
    """Write a whole, compacted, self-contained copy of ``conn``'s database to ``dest`` atomically."""
    tmp = temp_sibling(dest)
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        install(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
