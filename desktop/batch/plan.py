"""From read reports to named stories: found by clustering (engine.stories) or given by a manifest.

A story's ``key`` hashes the comparison options and the content of its reports: the same reports compared the
same way give the same key, whatever their file names, so a resumed run recognises finished stories. Its
``name`` (the stem of OUTDIR/<name>.json) is the manifest's story, or a slug of its first report's title with
the start of the key, so it is stable from one run to the next.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from importlib import metadata

from desktop.batch.tasks import ReadResult
from desktop.engine.features import strip_accents
from desktop.engine.model import Options
from desktop.engine.stories import cluster

_SAFE = re.compile(r"[^a-z0-9]+")
_FILE_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
SLUG_CHARS = 48


@dataclass(frozen=True)
class Story:
    name: str
    key: str
    members: tuple[str, ...]  # input names, in input order


def story_key(results: list[ReadResult], options: Options) -> str:
    """Hash of the engine's version, the options and the reports' content hashes (in any order)."""
    digest = hashlib.sha256(json.dumps([_version(), options.threshold, options.semantic, options.top_k]).encode())
    for h in sorted(r.source.content_hash for r in results):
        digest.update(h.encode())
    return digest.hexdigest()


def _version() -> str:
    try:
        return metadata.version("synoptic")
    except metadata.PackageNotFoundError:
        return "unknown"


def slug(text: str, limit: int = SLUG_CHARS) -> str:
    """ASCII, lower case, words joined by '-', at most ``limit`` characters cut at a word boundary."""
    words = _SAFE.sub(" ", strip_accents(text).lower()).split()
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            break
        out = f"{out}-{w}" if out else w
    return out or "story"


def file_safe(label: str) -> str:
    """A manifest's story name as a file stem: kept when it is one already, else slugged."""
    return label if _FILE_SAFE.fullmatch(label) and not label.endswith(".") else slug(label, 80)


def clustered(results: list[ReadResult], options: Options, threshold: float | None = None) -> dict[str, list[ReadResult]]:
    """Readable reports grouped by story label (singletons included), labels in input order."""
    ok = [r for r in results if r.source is not None]
    labels = cluster([r.profile for r in ok], **({} if threshold is None else {"threshold": threshold}))
    groups: dict[str, list[ReadResult]] = {}
    for label, r in zip(labels, ok):
        groups.setdefault(str(label), []).append(r)
    return groups


def given(results: list[ReadResult], assignment: dict[str, str]) -> dict[str, list[ReadResult]]:
    """Readable reports grouped by the story a manifest gives them (reports in no story left out)."""
    groups: dict[str, list[ReadResult]] = {}
    for r in results:
        if r.source is not None and assignment.get(r.name):
            groups.setdefault(assignment[r.name], []).append(r)
    return groups


def name_stories(groups: dict[str, list[ReadResult]], options: Options, *, from_manifest: bool) -> list[Story]:
    """The stories of two reports or more, named: manifest names kept (made file-safe), others slugged."""
    stories, taken = [], set()
    for label, members in groups.items():
        if len(members) < 2:
            continue
        key = story_key(members, options)
        base = file_safe(label) if from_manifest else f"{slug(_title(members[0]))}-{key[:6]}"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        stories.append(Story(name, key, tuple(r.name for r in members)))
    return stories


def _title(result: ReadResult) -> str:
    src = result.source
    return src.title or src.text.strip().split("\n", 1)[0][:120] or src.name


def story_of_file(results: list[ReadResult], stories: list[Story], assignment: dict[str, str] | None) -> dict[str, str]:
    """{input name: story name} for stories.csv: '' for a report in no compared story (with a manifest, the
    manifest's story name is kept even when that story had too few readable reports to compare)."""
    out = {r.name: "" for r in results}
    if assignment:
        out.update({k: file_safe(v) if v else "" for k, v in assignment.items()})
    for story in stories:
        out.update({m: story.name for m in story.members})
    return out
