"""The work a batch worker does, as plain functions (no Dask here: they run the same in a test or a worker).

``read_report`` reads one input and profiles it for story clustering; ``compare_story`` runs the engine on one
story's reports and returns what goes to OUTDIR. Both turn a failure into a one-line error instead of raising,
so one bad report or story never stops the run. Models come from the process-wide embedder: loaded once per
worker process (``warm_up``), never per task.
"""
from __future__ import annotations

import json
import resource
import time
from dataclasses import dataclass, field

from desktop.batch.discover import Input
from desktop.engine.model import Options, Source, SynopticError


@dataclass
class ReadResult:
    name: str  # the input's name in stories.csv
    source: Source | None = None
    profile: object | None = None  # engine.stories.Profile
    error: str = ""  # one line; set when the report could not be used


@dataclass
class StoryResult:
    name: str
    key: str
    contract: str = ""  # the synoptic/comparison@1 JSON document
    html: str = ""
    summary: dict = field(default_factory=dict)  # the index.sqlite row's figures
    error: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0  # the worker process's peak resident memory so far


_WARM: dict[int, object] = {}  # encoding threads -> the embedder warm_up made the process's own


def warm_up(threads: int = 1) -> float:
    """Load the sentence model into this process's shared embedder, once per process (a worker that serves
    several runs keeps it); returns the seconds it took."""
    from desktop.engine.embed import Embedder, share_embedder, shared_embedder

    t0 = time.perf_counter()
    if _WARM.get(threads) is not shared_embedder():
        _WARM[threads] = share_embedder(Embedder(workers=threads))
    shared_embedder().load()
    return time.perf_counter() - t0


def one_line(exc: BaseException) -> str:
    """An exception as one short line (a SynopticError's own message; a bug says what kind it is)."""
    text = exc.args[0] if isinstance(exc, SynopticError) and exc.args else f"{type(exc).__name__}: {exc}"
    return " ".join(str(text).split())[:300] or type(exc).__name__


def read_source(item: Input, max_chars: int) -> ReadResult:
    """Read one report (no profile yet); a failure is reported, not raised."""
    from desktop.engine.ingest import read_path

    try:
        return ReadResult(item.name, read_path(item.path, max_chars=max_chars))
    except Exception as exc:  # noqa: BLE001 - any failure is this report's, in one line
        return ReadResult(item.name, error=one_line(exc))


def profile_report(result: ReadResult) -> ReadResult:
    """Add the clustering profile to a report that could be read."""
    from desktop.engine.embed import shared_embedder
    from desktop.engine.pipeline import prepare
    from desktop.engine.stories import profile

    if result.source is None:
        return result
    try:
        result.profile = profile(prepare(result.source), shared_embedder())
    except Exception as exc:  # noqa: BLE001
        return ReadResult(result.name, error=one_line(exc))
    return result


def read_report(item: Input, max_chars: int) -> ReadResult:
    """Read and profile one report (where the worker sees the input files)."""
    return profile_report(read_source(item, max_chars))


def compare_story(name: str, key: str, sources: list[Source], options: Options) -> StoryResult:
    """Compare one story's reports with the same engine and defaults as `synoptic compare`."""
    from desktop.engine.pipeline import compare

    t0 = time.perf_counter()
    try:
        comparison = compare(sources, options)
        result = StoryResult(name, key, *_outputs(comparison))
    except Exception as exc:  # noqa: BLE001 - the story fails, the run goes on
        result = StoryResult(name, key, error=one_line(exc))
    result.seconds = time.perf_counter() - t0
    result.peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _outputs(comparison) -> tuple[str, str, dict]:
    from desktop.export.contract import to_contract
    from desktop.export.html import render_html

    contract = json.dumps(to_contract(comparison), ensure_ascii=False, indent=1) + "\n"
    return contract, render_html(comparison), summarise(comparison)


def story_title(doc) -> str:
    """A story's title in the index: its first report's title, or that report's headline, or its name."""
    from desktop.engine.pipeline import headline_of

    if doc.source.title:
        return doc.source.title
    headline = headline_of(doc)
    return " ".join(doc.sentence_text(headline).split()) if headline is not None else doc.source.name


def summarise(comparison) -> dict:
    """The story's figures for the index: sources, claims all / some / one carry, conflicting claims, claims
    every version of which rests on anonymous sources only."""
    from desktop.engine.attribution.compare import claim_sourcing
    from desktop.engine.model import ANONYMOUS_ONLY
    from desktop.export.view import build_view

    everyone, some, one = build_view(comparison).counts
    conflicts = {d.group for d in comparison.details if d.kind == "conflict" and d.group is not None}
    return {
        "title": story_title(comparison.documents[0]),
        "sources": [d.source.name for d in comparison.documents],
        "n_sources": len(comparison.documents),
        "claims_all": everyone, "claims_some": some, "claims_one": one,
        "conflicts": len(conflicts),
        "anonymous_only": sum(1 for c in claim_sourcing(comparison) if c.flag == ANONYMOUS_ONLY),
    }
