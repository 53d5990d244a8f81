"""A comparison written as a report file: the formats, their rendering, and the atomic write.

One way in for the command line (`synoptic compare -o`, `synoptic export`) and for the window's File → Export
report…, so a report reads the same whichever made it. Renderers load on first use.
"""
from __future__ import annotations

import codecs
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.model import SynopticError


@dataclass(frozen=True)
class ReportFormat:
    name: str  # as the command line names it: --html, --markdown …
    label: str  # as a file dialog lists it
    suffix: str


FORMATS = (
    ReportFormat("html", "HTML report", ".html"),
    ReportFormat("markdown", "Markdown report", ".md"),
    ReportFormat("docx", "Word report", ".docx"),
    ReportFormat("csv", "Claims table (CSV)", ".csv"),
    ReportFormat("json", "Comparison data (JSON)", ".json"),
)


def format_named(name: str) -> ReportFormat:
    return next(f for f in FORMATS if f.name == name)


def format_for_path(path: str | os.PathLike, default: ReportFormat | None = FORMATS[0]) -> ReportFormat | None:
    """The format a file name asks for by its suffix (".htm" and ".markdown" too), else ``default``."""
    suffix = Path(path).suffix.lower()
    aliases = {".htm": ".html", ".markdown": ".md", ".txt": ".md"}
    suffix = aliases.get(suffix, suffix)
    return next((f for f in FORMATS if f.suffix == suffix), default)


def render(comparison, fmt: str, annotations=(), overrides=()) -> str | bytes:
    """The report of ``comparison`` in format ``fmt``, with the reviewer's verdicts, notes and corrections: text,
    or the bytes of a Word file for "docx"."""
    if fmt == "json":
        from .contract import annotations_dict, overrides_dict, to_contract

        data = to_contract(comparison)
        if annotations or overrides:
            data["annotations"] = annotations_dict(annotations)
            data["overrides"] = overrides_dict(overrides)
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        from .html import render_html

        return render_html(comparison, annotations, overrides)
    if fmt == "docx":
        from .word import render_docx

        return render_docx(comparison, annotations, overrides)
    if fmt == "csv":
        from .csv_export import render_csv

        return render_csv(comparison, annotations)
    from .markdown import render_markdown

    return render_markdown(comparison, annotations, overrides)


def write_report(text: str | bytes, output: str | os.PathLike) -> None:
    """Write ``text`` to ``output`` atomically (a crash never leaves half a report), UTF-8 whatever the locale (a
    character UTF-8 cannot hold, from an undecodable file name, as a backslash escape; a .csv file opens on the UTF-8
    byte-order mark, which spreadsheets read the encoding from); a binary report (a Word file) as its bytes. The file
    gets the permissions of any file the user creates (the umask), not the private ones of a temporary file; the umask
    is never read by setting it (that would race with the app's other threads)."""
    target = Path(output)
    if target.is_dir():
        raise SynopticError("is a folder; give a file name to write the report to", path=str(output))
    data = text if isinstance(text, bytes) else text.encode("utf-8", errors="backslashreplace")
    if target.suffix.lower() == ".csv" and not isinstance(text, bytes):
        data = codecs.BOM_UTF8 + data  # Excel reads a CSV without it in the machine's old code page ("InÃªs", "â‚¬")
    tmp = Path(target.parent if str(target.parent) else ".") / f".synoptic-{uuid.uuid4().hex}.tmp"
    try:  # created as any file the user makes (the umask applies), not with a temporary file's private mode
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as err:
        raise write_error(err, str(output)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise write_error(err, str(output)) from None
        raise


def write_error(err: OSError, output: str) -> SynopticError:
    """An output problem named after the file the user asked for, not our temporary file."""
    if isinstance(err, FileNotFoundError):
        return SynopticError("cannot write: its folder does not exist", path=output)
    if isinstance(err, PermissionError):
        return SynopticError("cannot write: permission denied", path=output)
    return SynopticError(f"cannot write: {(err.strerror or str(err)).lower()}", path=output)

