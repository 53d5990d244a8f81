"""Reaching the file: one clear message for each way opening it can fail, and which reader it needs."""
from __future__ import annotations

import codecs
import os
import re
import stat
import zipfile

from desktop.engine.model import SynopticError

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".xht"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and password-protected .docx
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html[\s>])", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEAD_BYTES = 8


def file_size(path: str) -> int:
    """Size in bytes of the regular file at ``path``; SynopticError if it is not one we can read."""
    try:
        info = os.stat(path)
    except OSError as err:
        raise os_error(err, path) from None
    if stat.S_ISDIR(info.st_mode):
        raise SynopticError("is a directory", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise SynopticError("not a regular file", path=path)
    return info.st_size


def read_bytes(path: str, limit: int = -1) -> bytes:
    """The file's bytes (at most ``limit + 1`` of them, so a growing file is still caught)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1 if limit >= 0 else -1)
    except OSError as err:
        raise os_error(err, path) from None


def os_error(err: OSError, path: str) -> SynopticError:
    if isinstance(err, FileNotFoundError):
        return SynopticError("no such file", path=path)
    if isinstance(err, IsADirectoryError):
        return SynopticError("is a directory", path=path)
    if isinstance(err, PermissionError):
        return SynopticError("permission denied", path=path)
    reason = (err.strerror or str(err)).lower()
    return SynopticError(f"cannot read: {reason}", path=path)


def kind_of(path: str) -> str:
    """Which reader the file needs: text | html | docx | pdf | rtf (from its name, then its first bytes)."""
    suffix = os.path.splitext(path)[1].lower()
    head = read_bytes(path, _HEAD_BYTES - 1)
    if suffix == ".doc" or (suffix == ".docx" and head.startswith(_OLE_MAGIC)):
        raise SynopticError("old .doc format or password-protected document; save it as .docx", path=path)
    if suffix == ".pdf" or head.startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".docx" or (head.startswith(b"PK\x03\x04") and _is_docx(path)):
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    if head.startswith(b"{\\rtf"):  # whatever its name (a plain text named .rtf is read as text)
        return "rtf"
    return "text"


def looks_like_html(text: str) -> bool:
    """A file whatever its name that starts like an HTML page (saved page renamed .txt, no suffix…)."""
    return _HTML_START.match(text[:4096]) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page names in its head, as a Python codec name (None if unknown)."""
    found = _META_CHARSET.search(data[:8192])
    if not found:
        return None
    label = found.group(1).decode("ascii", errors="replace").lower()
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        label = "cp1252"  # what browsers do (WHATWG encoding standard)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_docx(path: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
