"""Runs a comparison generator off the GUI thread; results come back as queued signals.

The engine's ``compare_iter`` yields ``Progress`` and returns the ``Comparison``; cancelling means
closing the generator between two yields, so the engine needs no threading code of its own.
"""
from __future__ import annotations

from collections.abc import Callable, Generator

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.engine.model import Cancelled, Comparison, Progress, SynopticError

Job = Callable[[], Generator[Progress, None, Comparison]]


class ComparisonWorker(QObject):
    """Signals:
        progressed(float, str): fraction done (0–1) and what is happening.
        finished(object): the ``Comparison``.
        failed(str): a one-line reason.
        cancelled(): stopped on request.
        done(): emitted last, whatever the outcome.
    """

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, job: Job):
        super().__init__()
        self._job = job
        self._cancel = False

    def cancel(self) -> None:
        """Thread-safe: the flag is read between two pipeline steps."""
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            self._iterate()
        except Cancelled:
            self.cancelled.emit()
        except SynopticError as err:
            self.failed.emit(str(err))
        except Exception as err:  # a bug must reach the user as a message, not kill the thread
            self.failed.emit(f"Comparison failed: {type(err).__name__}: {err}")
        finally:
            self.done.emit()

    def _iterate(self) -> None:
        gen = self._job()
        try:
            while True:
                if self._cancel:
                    raise Cancelled()
                step = next(gen)
                self.progressed.emit(step.fraction, step.message or step.stage)
        except StopIteration as stop:
            self.finished.emit(stop.value)
        finally:
            gen.close()


class WorkerRunner(QObject):
    """Owns the current worker and its thread. Starting a new job cancels the old one, which is
    left to finish in the background (its late signals are ignored by whoever checks ``current``)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.worker: ComparisonWorker | None = None
        self.thread: QThread | None = None
        self._retired: list[tuple[QThread, ComparisonWorker]] = []

    def start(self, worker: ComparisonWorker) -> None:
        self.cancel()
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(thread.quit)
        thread.finished.connect(self._reap)  # a bound slot: runs on the GUI thread
        if self.thread is not None:
            self._retired.append((self.thread, self.worker))
        self.worker, self.thread = worker, thread
        thread.start()

    def is_current(self, worker: ComparisonWorker) -> bool:
        return worker is self.worker

    def is_running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    @Slot()
    def _reap(self) -> None:
        thread = self.sender()
        self._retired = [(t, w) for t, w in self._retired if t is not thread]

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel everything and wait for the threads to end (call before the window goes away)."""
        pairs = self._retired + ([(self.thread, self.worker)] if self.thread is not None else [])
        for thread, worker in pairs:
            worker.cancel()
            thread.quit()
            thread.wait(timeout_ms)
        self._retired, self.worker, self.thread = [], None, None
