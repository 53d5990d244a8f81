"""What `synoptic batch` writes in OUTDIR, each file replaced atomically (an interrupted run never leaves half a
file): stories.csv, <story>.json and <story>.html per story, index.html. index.sqlite is the store's."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from desktop.batch.tasks import StoryResult
from desktop.engine.model import SynopticError

STORIES_CSV = "stories.csv"
INDEX_HTML = "index.html"


def prepare_folder(outdir: str) -> Path:
    """OUTDIR, created if needed; refused if it is a file or cannot be written."""
    folder = Path(outdir)
    if folder.exists() and not folder.is_dir():
        raise SynopticError("is a file; give a folder to write the batch into", path=outdir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise SynopticError(f"cannot create the folder: {(err.strerror or str(err)).lower()}", path=outdir) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SynopticError("cannot write: permission denied", path=outdir)
    return folder


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()  # what open() would give a new file (mkstemp's files are private)


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".synoptic-", dir=path.parent)
    try:
        os.fchmod(fd, _MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_stories_csv(folder: Path, story_of: dict[str, str]) -> None:
    """One row per input file, in input order: ``story,file`` (story '' for a report in no story)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["story", "file"])
    writer.writerows([story, name] for name, story in story_of.items())
    write_atomic(folder / STORIES_CSV, buf.getvalue())


def story_files(folder: Path, name: str) -> tuple[Path, Path]:
    return folder / f"{name}.json", folder / f"{name}.html"


def has_story(folder: Path, name: str) -> bool:
    return all(p.is_file() for p in story_files(folder, name))


def remove_story(folder: Path, name: str) -> None:
    """The JSON and HTML of a story no longer in the batch (a session the user made from it is kept)."""
    for path in story_files(folder, name):
        path.unlink(missing_ok=True)


def write_story(folder: Path, result: StoryResult) -> None:
    """The story's contract JSON and HTML report (nothing for a failed story; an old pair is removed)."""
    json_path, html_path = story_files(folder, result.name)
    if result.error:
        json_path.unlink(missing_ok=True)
        html_path.unlink(missing_ok=True)
        return
    write_atomic(html_path, result.html)
    write_atomic(json_path, result.contract)  # last: a story counts as written when its JSON is there


def index_row(result: StoryResult) -> dict:
    status = "failed" if result.error else "done"
    return {"name": result.name, "key": result.key, "status": status, "error": result.error,
            "seconds": round(result.seconds, 3), **result.summary}


def write_index_html(folder: Path, stories: list[dict], reports: list[dict]) -> None:
    from desktop.export.batch_index import render_index

    write_atomic(folder / INDEX_HTML, render_index(stories, reports))
