"""`synoptic batch`: read every report, find the stories, compare each on Dask, write OUTDIR as results arrive.

    report = run_batch(BatchConfig(input="reports/", outdir="out/"))

Two rounds of Dask tasks: one per report (read it, profile it for clustering), then one per story to compare
(tasks are stories). Stories are found in between, in this process (engine.stories, a fraction of a second for
hundreds of reports). A story already in index.sqlite with the same key and its files present is not
compared again. A report that cannot be read, or a story that fails, is written to the index with its one-line
error and the run goes on.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.batch import output, plan
from desktop.batch.discover import discover, read_stories
from desktop.batch.tasks import (
    ReadResult, StoryResult, compare_story, one_line, profile_report, read_report, read_source,
)
from desktop.engine.ingest import DEFAULT_MAX_CHARS
from desktop.engine.model import Options, SynopticError
from desktop.store.batch_index import BatchIndex


@dataclass
class BatchConfig:
    input: str
    outdir: str
    scheduler: str | None = None
    workers: int | None = None
    threshold: float | None = None  # the engine's group threshold, as in `synoptic compare`
    stories: str | None = None  # a story,file manifest
    story_threshold: float | None = None  # clustering threshold (engine.stories.THRESHOLD)
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class BatchReport:
    reports: int = 0
    failed_reports: list[tuple[str, str]] = field(default_factory=list)  # (file, error)
    stories: int = 0
    compared: int = 0
    resumed: int = 0
    failed_stories: list[tuple[str, str]] = field(default_factory=list)
    workers: int = 0
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # read, cluster, compare, total


def options_of(config: BatchConfig) -> Options:
    threshold = Options.threshold if config.threshold is None else config.threshold
    return Options(threshold=threshold, max_chars=config.max_chars)


def run_batch(config: BatchConfig, *, on_story=None) -> BatchReport:
    """Run the whole batch; ``on_story(StoryResult)`` is called as each comparison lands in OUTDIR."""
    from desktop.batch import dask_cluster

    t0 = time.perf_counter()
    if Path(config.input).resolve() == Path(config.outdir).resolve():
        raise SynopticError("is the reports folder; write the stories to another folder", path=config.outdir)
    inputs = discover(config.input, skip=config.outdir)
    assignment = read_stories(config.stories, inputs) if config.stories else None
    folder = output.prepare_folder(config.outdir)
    report = BatchReport(reports=len(inputs))
    client = dask_cluster.connect(config.scheduler, config.workers)
    try:
        report.workers = len(client.scheduler_info()["workers"])
        with BatchIndex(folder) as index:
            results = _read_all(client, inputs, config, report)
            stories = _plan(results, assignment, config, report)
            _write_plan(folder, index, results, stories, assignment)
            _compare_all(client, folder, index, stories, results, config, report, on_story)
            output.write_index_html(folder, index.stories(), index.reports())
        report.worker_peak_mb = _worker_peaks(client)
    finally:
        dask_cluster.close(client)
    report.seconds["total"] = time.perf_counter() - t0
    return report


def _read_all(client, inputs, config: BatchConfig, report: BatchReport) -> list[ReadResult]:
    """Every input read and profiled: on the workers of the local cluster, which see the input files; with a
    --scheduler, read here (its workers may not see our files) and profiled there."""
    from distributed import as_completed

    from desktop.batch.dask_cluster import show_progress

    t0 = time.perf_counter()
    if config.scheduler:
        futures = client.map(profile_report, [read_source(i, config.max_chars) for i in inputs], pure=False)
    else:
        futures = client.map(read_report, inputs, max_chars=config.max_chars, pure=False)
    show_progress(client, futures, "reading")
    done = {}
    for future in as_completed(futures):  # not client.gather: an interrupted gather leaves noise at exit
        done[future.key] = future.result()
        future.release()
    results = [done[f.key] for f in futures]
    report.failed_reports = [(r.name, r.error) for r in results if r.error]
    report.seconds["read"] = time.perf_counter() - t0
    return results


def _plan(results, assignment, config: BatchConfig, report: BatchReport) -> list[plan.Story]:
    t0 = time.perf_counter()
    options = options_of(config)
    if assignment is not None:
        groups = plan.given(results, assignment)
    else:
        groups = plan.clustered(results, options, config.story_threshold)
    stories = plan.name_stories(groups, options, from_manifest=assignment is not None)
    report.stories = len(stories)
    report.seconds["cluster"] = time.perf_counter() - t0
    return stories


def _write_plan(folder: Path, index: BatchIndex, results, stories, assignment) -> None:
    story_of = plan.story_of_file(results, stories, assignment)
    output.write_stories_csv(folder, story_of)
    index.put_reports([_report_row(r, story_of[r.name]) for r in results])
    for gone in index.keep_stories({s.name for s in stories}):
        output.remove_story(folder, gone)  # a story of an earlier run whose reports changed


def _report_row(r: ReadResult, story: str) -> dict:
    src = r.source
    return {"file": r.name, "story": story, "hash": src.content_hash if src else "",
            "title": (src.title or src.name) if src else "", "error": r.error}


def _compare_all(client, folder, index, stories, results, config, report: BatchReport, on_story) -> None:
    """Submit the stories not done yet; write each result as it finishes."""
    from distributed import as_completed

    from desktop.batch.dask_cluster import show_progress

    t0 = time.perf_counter()
    sources = {r.name: r.source for r in results if r.source is not None}
    todo = [s for s in stories if not (index.done(s.name, s.key) and output.has_story(folder, s.name))]
    report.resumed = len(stories) - len(todo)
    options = options_of(config)
    futures = {client.submit(compare_story, s.name, s.key, [sources[m] for m in s.members], options, pure=False,
                             key=f"story-{s.key[:16]}-{s.name[:40]}", priority=len(s.members) ** 2): s
               for s in todo}  # the largest stories (report pairs grow as the square) start first
    show_progress(client, list(futures), "comparing")
    for future in as_completed(futures):
        _land(folder, index, _result(future, futures[future]), report, on_story)
        future.release()
    report.seconds["compare"] = time.perf_counter() - t0


def _result(future, story: plan.Story) -> StoryResult:
    """The task's result; a worker lost under it (killed, out of memory) fails this story only."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001
        return StoryResult(story.name, story.key, error=one_line(exc))


def _land(folder: Path, index: BatchIndex, result: StoryResult, report: BatchReport, on_story) -> None:
    output.write_story(folder, result)
    index.put_story(output.index_row(result))
    if result.error:
        report.failed_stories.append((result.name, result.error))
    else:
        report.compared += 1
    if on_story is not None:
        on_story(result)


def _worker_peaks(client) -> dict[str, float]:
    """Each worker process's peak resident memory (MB) over the run."""
    try:
        return client.run(_peak_mb)
    except Exception:  # noqa: BLE001 - a figure for the summary, never a failure
        return {}


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def describe(report: BatchReport, outdir: str) -> str:
    """The run in a few lines, for standard output."""
    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    lines = [
        f"{count(report.reports, 'report', 'reports')}, {count(report.stories, 'story', 'stories')}: "
        f"{report.compared} compared, {report.resumed} already done, {len(report.failed_stories)} failed; "
        f"{count(len(report.failed_reports), 'report', 'reports')} could not be read",
        f"{report.workers} Dask workers, {report.seconds.get('total', 0):.1f} s; "
        f"open {Path(outdir) / output.INDEX_HTML}",
    ]
    return "\n".join(lines) + "\n"


def failed_entirely(report: BatchReport) -> bool:
    """Whether the run compared nothing because something failed: every report unreadable, or every story's
    comparison failed (the exit status says so; a run with no story to compare and no failure is no error)."""
    return bool(report.failed_reports or report.failed_stories) and report.compared + report.resumed == 0


def warn_failures(report: BatchReport) -> None:
    """One line per report or story that failed, on standard error: ``synoptic: <file>: <what is wrong>``."""
    for name, error in report.failed_reports:
        print(f"synoptic: {name}: {error} (left out of the batch)", file=sys.stderr)
    for name, error in report.failed_stories:
        print(f"synoptic: story {name}: {error}", file=sys.stderr)
