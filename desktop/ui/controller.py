"""The one object that owns the sources, the current comparison and the running worker.

Views subscribe to its signals and never call the engine themselves.
"""
from __future__ import annotations

import dataclasses

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop.engine.model import Comparison, Options, Override, Progress, Source, SynopticError
from desktop.engine.source_names import distinct_names
from desktop.ui.session import run_cache
from desktop.ui.columns.source_order import moved, permute
from desktop.ui.prepare import prepared, then_prepared
from desktop.ui.sources import MAX_SOURCES
from desktop.ui.worker import ComparisonWorker, WorkerRunner

CompareIter = Callable[..., object]
Regroup = Callable[[Comparison, float], Comparison]


def _default_compare_iter(sources, options, **kw):
    from desktop.engine.pipeline import compare_iter

    return compare_iter(sources, options, **kw)


def _default_regroup(comparison: Comparison, threshold: float) -> Comparison:
    """Re-group with the comparison's own overrides (the user's links survive the slider)."""
    from desktop.engine.pipeline import regroup

    return regroup(comparison, threshold, comparison.overrides)


def _default_regroup_steps(comparison: Comparison, threshold: float):
    """``_default_regroup`` as steps of progress, for the worker (it can be cancelled between two)."""
    from desktop.engine.pipeline import regroup_iter

    return regroup_iter(comparison, threshold, comparison.overrides)


def _steps_of(regroup: Regroup):
    """A re-grouping function given whole (a test's stand-in) as steps: none, then its result."""
    def steps(comparison: Comparison, threshold: float):
        return regroup(comparison, threshold)
        yield  # noqa: unreachable - makes this a generator

    return steps


NAMED_LEFT_OUT = 5  # reports named in the message when more than ``MAX_SOURCES`` are given


class ComparisonController(QObject):
    """Signals:
        sources_changed(): the list of sources changed (a comparison follows).
        comparison_started(): a worker began.
        progress_changed(float, str): fraction (0–1) and message.
        comparison_ready(object): a new ``Comparison`` (from the worker or a regroup).
        regroup_started(): a re-grouping (slider, link, unlink, undo) began off the GUI thread.
        regroup_cancelled(float): the user stopped a re-grouping at another strictness: the comparison stays at
            this threshold, its own.
        comparison_failed(str): one line for the user.
        comparison_cancelled(): the user stopped it.
        sources_reordered(list): the sources were put in a new order (``order[new] = old``); the
            permuted comparison follows in ``comparison_ready`` (or a new run, if none was done).
        source_leaving(int): source ``index`` is about to be taken out (the comparison still holds it).
        sources_left_out(str): more reports were given than can be compared at once; one line naming the others.
    """

    sources_changed = Signal()
    comparison_started = Signal()
    progress_changed = Signal(float, str)
    comparison_ready = Signal(object)
    regroup_started = Signal()
    regroup_cancelled = Signal(float)
    comparison_failed = Signal(str)
    comparison_cancelled = Signal()
    sources_reordered = Signal(list)
    source_leaving = Signal(int)
    sources_left_out = Signal(str)

    def __init__(self, compare_iter: CompareIter = _default_compare_iter, regroup: Regroup = _default_regroup,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.sources: list[Source] = []
        self.comparison: Comparison | None = None
        self.options = Options()
        self.overrides: list[Override] = []  # the user's link/unlink corrections, applied to every run
        # Called on the GUI thread as a run starts: None, or a function the worker calls to open the run's
        # embedding cache (session/run_cache.py; SessionController.run_cache).
        self.cache_factory: Callable[[], Callable[[], object] | None] | None = None
        self._compare_iter = compare_iter
        self._regroup = regroup
        self._regroup_steps = _default_regroup_steps if regroup is _default_regroup else _steps_of(regroup)
        self.runner = WorkerRunner(self)
        self._regrouping: ComparisonWorker | None = None  # the re-grouping running, if any
        self._regroup_again = False  # asked for while it ran: its result is stale, another follows

    # -- sources -------------------------------------------------------------------------------
    def set_sources(self, sources: list[Source]) -> None:
        """Compare ``sources``: the first ``MAX_SOURCES``, the others named in a message (never dropped unsaid)."""
        sources = list(sources)
        if len(sources) > MAX_SOURCES:
            out = [s.name for s in sources[MAX_SOURCES:]]
            left = ", ".join(out[:NAMED_LEFT_OUT]) + (f" and {len(out) - NAMED_LEFT_OUT} more" if len(out) > NAMED_LEFT_OUT else "")
            self.sources_left_out.emit(f"At most {MAX_SOURCES} reports can be compared at once; left out: {left}.")
        self.sources = distinct_names(sources[:MAX_SOURCES])
        self.comparison = None
        self.sources_changed.emit()
        self.start()

    def add_sources(self, sources: list[Source]) -> None:
        self.set_sources(self.sources + list(sources))

    def insert_source(self, index: int, source: Source) -> None:
        """Compare ``source`` too, as column ``index`` (a file's present version beside its saved copy)."""
        self.set_sources(self.sources[:index] + [source] + self.sources[index:])

    def remove_source(self, index: int) -> None:
        if 0 <= index < len(self.sources):
            self.source_leaving.emit(index)
            self.set_sources(self.sources[:index] + self.sources[index + 1:])

    def move_source(self, index: int, delta: int) -> None:
        """Move source ``index`` by ``delta`` places; a finished comparison is renumbered, not redone."""
        order = moved(len(self.sources), index, delta)
        if order is None:
            return
        self._regroup_again = self._regrouping is not None  # a re-grouping running has the old order
        if self.comparison is None or self.is_running():
            self.set_sources([self.sources[old] for old in order])
            return
        self.sources = [self.sources[old] for old in order]
        self.comparison = permute(self.comparison, order)
        self.sources_reordered.emit(order)
        self.comparison_ready.emit(self.comparison)

    # -- comparison ----------------------------------------------------------------------------
    def start(self) -> None:
        self._regrouping, self._regroup_again = None, False  # a re-grouping running is of the last sources
        if len(self.sources) < 2:
            self.runner.cancel()
            return
        sources, options, compare = list(self.sources), self.options, self._compare_iter
        kw = {"overrides": list(self.overrides)} if self.overrides else {}
        open_cache = self.cache_factory() if self.cache_factory else None

        def job():  # runs in the worker thread
            cache = open_cache() if open_cache is not None else None
            extra = {"cache": cache} if cache is not None else {}
            return then_prepared(run_cache.closing(compare(sources, options, **kw, **extra), cache))

        worker = ComparisonWorker(job)
        # Bound slots of this GUI-thread object: Qt queues the calls onto the GUI thread.
        worker.progressed.connect(self._on_progressed)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.cancelled.connect(self._on_cancelled)
        self.runner.start(worker)
        self.comparison_started.emit()

    def cancel(self) -> None:
        """Stop a comparison run, or a re-grouping at another strictness (one that applies a link, an unlink or an
        undo always finishes: the session holds that correction already)."""
        if self._regrouping is None or self.can_cancel_regroup():
            self.runner.cancel()

    def can_cancel_regroup(self) -> bool:
        """The re-grouping asked for only changes the strictness (the slider), so stopping it loses nothing."""
        return self.comparison is not None and list(self.comparison.overrides) == list(self.overrides)

    def is_running(self) -> bool:
        """A comparison run (not a re-grouping) is going on."""
        return self.runner.is_running() and self._regrouping is None

    def set_threshold(self, threshold: float) -> None:
        """Re-group the current comparison at a new strictness, without re-scoring (off the GUI thread)."""
        self.options = dataclasses.replace(self.options, threshold=threshold)
        if self.comparison is not None:
            self._regroup_later()

    def set_overrides(self, overrides: list[Override]) -> None:
        """Apply the user's links/unlinks to the current comparison (no re-scoring, off the GUI thread)."""
        self.overrides = list(overrides)
        if self.comparison is not None:
            self._regroup_later()

    def _regroup_later(self) -> None:
        """Re-group in the worker thread. While one runs, the newest strictness and corrections wait for it and
        go in one more re-grouping: rapid slider steps make two re-groupings, not one each."""
        if self._regrouping is not None:
            self._regroup_again = True
            return
        comparison = dataclasses.replace(self.comparison, overrides=list(self.overrides))
        threshold, steps = self.options.threshold, self._regroup_steps

        def job():  # runs in the worker thread
            yield Progress("group", 0.0, "Re-grouping…")
            regrouped = yield from steps(comparison, threshold)
            yield Progress("prepare", 0.97, "Re-grouping: who says what, tolls")
            return prepared(regrouped)

        worker = ComparisonWorker(job)
        worker.progressed.connect(self._on_progressed)
        worker.finished.connect(self._on_regrouped)
        worker.failed.connect(self._on_regroup_failed)
        worker.cancelled.connect(self._on_regroup_cancelled)
        self._regrouping, self._regroup_again = worker, False
        self.runner.start(worker)
        self.regroup_started.emit()

    def settle(self) -> None:
        """Finish a re-grouping still running here and now (before a save, an export or a close: what is written
        is what the slider and the corrections say)."""
        if self._regrouping is not None:
            self._regrouping, self._regroup_again = None, False  # its late result is dropped
            self._regroup_now()

    def _regroup_now(self) -> None:
        """Re-group on this thread (a session being loaded shows its comparison at once)."""
        try:
            self.comparison = self._regroup(dataclasses.replace(self.comparison, overrides=list(self.overrides)),
                                            self.options.threshold)
        except SynopticError as err:
            self.comparison_failed.emit(str(err))
            return
        self.comparison_ready.emit(self.comparison)

    @Slot(object)
    def _on_regrouped(self, comparison: Comparison) -> None:
        if self.sender() is not self._regrouping:
            return  # a run or a session replaced it
        self._regrouping = None
        if self._regroup_again:
            self._regroup_later()
            return
        self.comparison = comparison
        self.comparison_ready.emit(comparison)

    @Slot()
    def _on_regroup_cancelled(self) -> None:
        if self.sender() is not self._regrouping:
            return
        self._regrouping, self._regroup_again = None, False
        self.options = dataclasses.replace(self.options, threshold=self.comparison.options.threshold)
        self.regroup_cancelled.emit(self.options.threshold)

    @Slot(str)
    def _on_regroup_failed(self, message: str) -> None:
        if self.sender() is self._regrouping:
            self._regrouping = None
            self.comparison_failed.emit(message)

    def show_loaded(self, sources: list[Source], comparison: Comparison | None) -> None:
        """Show a saved comparison without running the engine (re-run if there is none)."""
        self.runner.cancel()
        self._regrouping, self._regroup_again = None, False
        if comparison is None:
            self.set_sources(sources)
            return
        self.sources, self.options = list(sources), comparison.options
        self.comparison = dataclasses.replace(comparison, overrides=list(self.overrides))
        self.sources_changed.emit()
        if comparison.overrides != self.overrides:
            self._regroup_now()
        else:
            self.comparison_ready.emit(self.comparison)

    def shutdown(self) -> None:
        self.runner.shutdown()

    def _from_current(self) -> bool:
        """Late signals from a replaced worker are dropped."""
        return self.sender() is not None and self.runner.is_current(self.sender())

    @Slot(float, str)
    def _on_progressed(self, fraction: float, message: str) -> None:
        if self._from_current():
            self.progress_changed.emit(fraction, message)

    @Slot(object)
    def _on_finished(self, comparison: Comparison) -> None:
        if not self._from_current():
            return
        stale = list(comparison.overrides) != self.overrides  # linked, unlinked or undone during the run
        if stale:
            comparison = dataclasses.replace(comparison, overrides=list(self.overrides))
        if stale or comparison.options.threshold != self.options.threshold:  # or the slider moved during the run
            comparison = self._regroup(comparison, self.options.threshold)
        self.comparison = comparison
        self.comparison_ready.emit(comparison)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._from_current():
            self.comparison_failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._from_current():
            self.comparison_cancelled.emit()
