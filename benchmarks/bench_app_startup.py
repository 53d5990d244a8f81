"""The desktop app, offscreen: seconds from launching the process to (1) the first paint of the window, (2) the
seeds aligned and highlighted on screen (cold: a fresh process, no embedding in memory), (3) the seeds opened
again in the same window (embeddings already computed: the cached case), and the time to re-group at a new
threshold through the window's controller. Median of 3 launches, peak memory.

The child replays what `synoptic` does at start (desktop.ui.app.run_app: MainWindow, show, open the samples on
the next event-loop turn) with timestamps; the UI code itself is not changed.
Usage: python benchmarks/bench_app_startup.py [--runs N]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from _common import PYTHON, ROOT, load_note, median, table

TIMEOUT_MS = 120_000


def child(t_launch: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import ensure_app
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sources import sample_paths

    marks: dict[str, float] = {"imported": time.time() - t_launch}
    app = ensure_app()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.time() - t_launch
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    window = MainWindow(settings=None)
    shown: list[float] = []

    def on_shown(_comparison) -> None:
        QApplication.processEvents()  # let the highlighted columns paint
        shown.append(time.time() - t_launch)
        if len(shown) == 1:
            marks["aligned_cold"] = shown[0]
            t0 = time.time()
            QTimer.singleShot(0, lambda: (marks.__setitem__("t_reopen", t0), window.open_paths(list(sample_paths()))))
        elif len(shown) == 2:
            marks["aligned_cached"] = shown[1] - (marks.pop("t_reopen") - t_launch)
            regroup_ms = []
            for th in (0.4, 0.6, 0.5):
                t0 = time.perf_counter()
                window.controller.set_threshold(th)
                QApplication.processEvents()
                regroup_ms.append((time.perf_counter() - t0) * 1000)
            marks["threshold_ms"] = median(regroup_ms)
            app.exit(0)

    window.comparison_shown.connect(on_shown)
    window.show()
    QTimer.singleShot(0, lambda: window.open_paths(list(sample_paths())))
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    code = app.exec()
    window.controller.shutdown()
    import resource

    marks["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    marks["code"] = code
    print(json.dumps(marks))


def launch(env: dict | None = None) -> dict:
    t_launch = time.time()
    res = subprocess.run([PYTHON, __file__, "--child", repr(t_launch)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=TIMEOUT_MS / 1000 + 30)
    if res.returncode != 0:
        raise RuntimeError(f"app run failed: {res.stderr.strip()[-600:]}")
    data = json.loads(res.stdout.strip().splitlines()[-1])
    if data.get("code"):
        raise RuntimeError("the comparison did not reach the screen in time")
    return data


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", type=float)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    try:
        import PySide6  # noqa: F401
    except ImportError:
        print("skipped: PySide6 not installed")
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"App start, offscreen, seconds from launching the process ({load_note()})")
    rows = []
    with tempfile.TemporaryDirectory() as empty:
        first = launch(dict(env, SYNOPTIC_MODEL_CACHE=empty))
    runs = [launch(env) for _ in range(args.runs)]
    for name, rs in (("first start (empty model cache)", [first]), (f"usual start, median of {len(runs)}", runs)):
        rows.append([name, f"{median([r['imported'] for r in rs]):.2f}", f"{median([r['painted'] for r in rs]):.2f}",
                     f"{median([r['aligned_cold'] for r in rs]):.2f}", f"{median([r['aligned_cached'] for r in rs]):.2f}",
                     f"{median([r['threshold_ms'] for r in rs]):.0f}", f"{max(r['maxrss_mb'] for r in rs):.0f}"])
    print(table(rows, ["launch", "UI imported s", "window painted s", "seeds shown s (cold)",
                       "seeds re-shown s (cached)", "threshold ms", "peak MB"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
