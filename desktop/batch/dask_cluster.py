"""The Dask side of `synoptic batch`: a client on a LocalCluster sized to this machine (loopback only, no
dashboard) or on the scheduler the user names; the sentence model loaded once per worker; a progress bar.

Workers are processes with one thread each: the engine is CPU-bound Python and numpy, so a process per core
is what runs stories in parallel. Every worker runs ``tasks.warm_up`` once when it joins (``ModelPlugin``).
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin
from distributed.diagnostics.progressbar import TextProgressBar

from desktop.engine.model import SynopticError

WORKER_MEMORY = 1.5 * 2**30  # bytes a worker may need at most (model, a 10-report story, Python)


class ModelPlugin(WorkerPlugin):
    """Loads the sentence model when a worker starts, so no task pays for it and each worker loads it once."""

    name = "synoptic-model"

    def setup(self, worker) -> None:
        from desktop.batch.tasks import warm_up

        warm_up(threads=1)


def machine_workers() -> int:
    """One worker per core, as many as the memory holds."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return max(1, cores)
    return max(1, min(cores, int(memory // WORKER_MEMORY)))


def connect(scheduler: str | None, workers: int | None) -> Client:
    """A client on ``scheduler``, or on a new LocalCluster of ``workers`` (default: sized to the machine)."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)  # our own one-line messages only
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            with _workers_deaf_to_ctrl_c():
                cluster = LocalCluster(
                    n_workers=workers or machine_workers(), threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None, silence_logs=logging.CRITICAL,
                    # no dashboard; the scheduler's small HTTP endpoint (health, metrics) on a free loopback port
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                )
            client = Client(cluster)
    except (OSError, TimeoutError) as err:
        raise SynopticError(f"cannot start or reach the Dask scheduler: {err}", path=scheduler) from None
    client.register_plugin(ModelPlugin())
    return client


@contextmanager
def _workers_deaf_to_ctrl_c():
    """Worker processes started here ignore SIGINT. Ctrl-C in a terminal reaches every process of the group: the
    workers printed a traceback each before the run's one-line message, though this process closes them itself.
    (A process started with SIGINT ignored keeps it ignored: Python installs its handler only over the default.
    The workers start from Dask's own thread, so the signal is ignored process-wide for the second they take.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler if previous is None else previous)


def close(client: Client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


class _StderrBar(TextProgressBar):
    """Dask's text progress bar, drawn on standard error (standard output stays for the run's summary)."""

    def _draw_bar(self, remaining, all, **kwargs):
        frac = (1 - remaining / all) if all else 1.0
        sys.stderr.write(f"\r{self.label} [{'#' * int(self.width * frac):<{self.width}}] {int(100 * frac)}%")
        sys.stderr.flush()

    def _draw_stop(self, **kwargs):
        sys.stderr.write("\33[2K\r")
        sys.stderr.flush()


def show_progress(client: Client, futures: list, label: str) -> threading.Thread | None:
    """Draw a progress bar over ``futures`` in a background thread when standard error is a terminal."""
    if not futures or not sys.stderr.isatty():
        return None

    def run() -> None:
        try:
            bar = _StderrBar(futures, scheduler=client.scheduler.address, start=False)
            bar.label = label
            bar._loop_runner.run_sync(bar.listen)
        except Exception:  # noqa: BLE001 - a progress bar never stops the run
            pass

    thread = threading.Thread(target=run, name="synoptic-progress", daemon=True)
    thread.start()
    return thread
