"""What a batch is made of: the input reports (a folder, searched recursively, or a manifest listing files) and,
optionally, the stories a manifest gives (CSV ``story,file``).

Each input is an ``Input``: the path to read and the name it has in OUTDIR/stories.csv (its path relative to the
input folder, or the manifest's own spelling). Nothing here reads a report's content.
"""
from __future__ import annotations

import csv
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.ingest.files import HTML_SUFFIXES
from desktop.engine.model import SynopticError

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".docx", ".pdf", ".rtf", *HTML_SUFFIXES})


@dataclass(frozen=True)
class Input:
    name: str  # as written in stories.csv
    path: str  # where to read it


def discover(target: str, skip: str | None = None) -> list[Input]:
    """The reports under folder ``target`` (every format `compare` reads, hidden files and folders skipped, and
    folder ``skip``: the batch's own output, whose reports a run inside the input folder would read back as
    sources), or those listed in manifest file ``target``; sorted by name."""
    where = Path(target)
    if where.is_dir():
        return _folder(where, Path(skip).resolve() if skip else None)
    if where.is_file():
        return _manifest_inputs(where)
    raise SynopticError("no such file or folder", path=target)


def _folder(root: Path, skip: Path | None) -> list[Input]:
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (Path(folder) / d).resolve() != skip)
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                full = Path(folder) / name
                found.append(Input(full.relative_to(root).as_posix(), str(full)))
    if not found:
        raise SynopticError("no reports found in this folder (.txt, .md, .html, .docx, .pdf, .rtf)", path=str(root))
    return sorted(found, key=lambda i: i.name)


def _manifest_inputs(manifest: Path) -> list[Input]:
    """A manifest: one file per line (blank lines and lines starting with # skipped), or a CSV with a ``file``
    column. Relative paths are relative to the manifest's folder."""
    rows = _csv_rows(manifest)
    names = [r["file"] for r in rows] if rows is not None else _lines(manifest)
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        raise SynopticError("the manifest lists no files", path=str(manifest))
    return [Input(n, str(manifest.parent / n)) for n in names]


def _lines(manifest: Path) -> list[str]:
    text = _read_text(manifest)
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _csv_rows(manifest: Path) -> list[dict] | None:
    """The rows of a CSV manifest with a ``file`` column, or None when it is not one."""
    text = _read_text(manifest)
    first = text.split("\n", 1)[0]
    if "," not in first or "file" not in [c.strip() for c in first.split(",")]:
        return None
    reader = csv.DictReader(text.splitlines())
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SynopticError("the manifest is not UTF-8 text", path=str(path)) from None
    except OSError as err:
        raise SynopticError(f"cannot read: {(err.strerror or str(err)).lower()}", path=str(path)) from None


def read_stories(manifest: str, inputs: list[Input]) -> dict[str, str]:
    """{input name: story} from a ``story,file`` CSV. A row's file matches an input by its stories.csv name, by
    path (relative to the manifest's folder), or by a file name only one input has; rows naming no input are an
    error, inputs in no row get ''."""
    where = Path(manifest)
    rows = _csv_rows(where) if where.is_file() else None
    if rows is None or (rows and "story" not in rows[0]):
        raise SynopticError("not a story manifest (a CSV with columns story,file)", path=manifest)
    by_name = {i.name: i.name for i in inputs}
    by_path = {os.path.realpath(i.path): i.name for i in inputs}
    bases = Counter(os.path.basename(i.name) for i in inputs)
    by_base = {os.path.basename(i.name): i.name for i in inputs if bases[os.path.basename(i.name)] == 1}
    out = {i.name: "" for i in inputs}
    for row in rows:
        name = (by_name.get(row["file"]) or by_path.get(os.path.realpath(where.parent / row["file"]))
                or by_base.get(row["file"]))
        if name is None:
            raise SynopticError(f"the story manifest names a file that is not an input: {row['file']}", path=manifest)
        out[name] = row["story"]
    return out
