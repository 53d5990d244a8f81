"""The desktop app, offscreen: seconds from launching the process to (1) the first paint of the window, (2) the
seeds aligned and highlighted on screen: the first paint after the comparison reached the window (cold: a fresh
process and an empty per-user embedding cache; or with the seeds' embeddings already in that cache, from an
earlier launch), (3) the seeds opened again in the same window (embeddings in memory), and the time to
re-group at a new threshold through the window's controller. Median of N launches, peak memory.

The child starts the app as `synoptic` does (desktop.ui.app: MainWindow with the per-user embedding cache,
then app.launch: show, warm the engine up, open the samples) with timestamps; the UI code is not changed.
Python byte-code is kept (PYTHONPYCACHEPREFIX in the temporary folder, primed by one launch that is not
counted), as in an installed app: this tree is usually run with PYTHONDONTWRITEBYTECODE set, which would
add the compilation of every module (about 0.1 s) to each launch.
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

    from desktop.ui.app import ensure_app, launch
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sources import sample_paths

    marks: dict[str, float] = {"imported": time.time() - t_launch}
    app = ensure_app()
    shown: list[float] = []  # when each comparison reached the window
    painted_after: list[float] = []  # when the first repaint after each was over

    class Paints(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                now = time.time() - t_launch
                marks.setdefault("painted", now)
                if len(painted_after) < len(shown) and not pending:
                    pending.append(now)
                    QTimer.singleShot(0, after_paint)  # once this round of painting is over
            return False

    spy = Paints()
    app.installEventFilter(spy)
    window = MainWindow(settings=None, user_cache=True)

    pending: list[float] = []

    def after_paint() -> None:
        pending.clear()
        painted_after.append(time.time() - t_launch)
        if len(painted_after) == 1 and "aligned_cold" not in marks:
            marks["aligned_cold"] = painted_after[0]
            marks["t_reopen"] = time.time() - t_launch
            window.open_paths(list(sample_paths()))
        elif len(painted_after) == 2 and "aligned_cached" not in marks:
            marks["aligned_cached"] = painted_after[1] - marks.pop("t_reopen")
            regroup_ms = []
            for th in (0.4, 0.6, 0.5):
                t0 = time.perf_counter()
                window.controller.set_threshold(th)
                app.processEvents()
                regroup_ms.append((time.perf_counter() - t0) * 1000)
            marks["threshold_ms"] = median(regroup_ms)
            app.exit(0)

    window.comparison_shown.connect(lambda _c: shown.append(time.time() - t_launch))
    launch(window, list(sample_paths()))
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    code = app.exec()
    window.controller.shutdown()
    import resource

    marks["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    marks["code"] = code
    print(json.dumps(marks))


def launch_app(env: dict) -> dict:
    t_launch = time.time()
    res = subprocess.run([PYTHON, __file__, "--child", repr(t_launch)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=TIMEOUT_MS / 1000 + 30)
    if res.returncode != 0:
        raise RuntimeError(f"app run failed: {res.stderr.strip()[-600:]}")
    data = json.loads(res.stdout.strip().splitlines()[-1])
    if data.get("code"):
        raise RuntimeError("the comparison did not reach the screen in time")
    return data


def row(name: str, rs: list[dict]) -> list[str]:
    return [name, f"{median([r['imported'] for r in rs]):.2f}", f"{median([r['painted'] for r in rs]):.2f}",
            f"{median([r['aligned_cold'] for r in rs]):.2f}", f"{median([r['aligned_cached'] for r in rs]):.2f}",
            f"{median([r['threshold_ms'] for r in rs]):.0f}", f"{max(r['maxrss_mb'] for r in rs):.0f}"]


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
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        def fresh(name: str) -> str:  # an empty per-user embedding cache
            return tempfile.mkdtemp(prefix=name, dir=tmp)

        env["PYTHONPYCACHEPREFIX"] = fresh("pyc")
        launch_app(dict(env, SYNOPTIC_CACHE_DIR=fresh("emb")))  # compiles the byte-code; not counted
        print(f"App start, offscreen, seconds from launching the process ({load_note()})")

        first = launch_app(dict(env, SYNOPTIC_MODEL_CACHE=fresh("model"), SYNOPTIC_CACHE_DIR=fresh("emb")))
        cold = [launch_app(dict(env, SYNOPTIC_CACHE_DIR=fresh("emb"))) for _ in range(args.runs)]
        filled = fresh("emb")
        launch_app(dict(env, SYNOPTIC_CACHE_DIR=filled))  # fills the per-user embedding cache
        warm = [launch_app(dict(env, SYNOPTIC_CACHE_DIR=filled)) for _ in range(args.runs)]
    rows = [row("first start (no model cache, no embedding cache)", [first]),
            row(f"usual start, empty embedding cache, median of {len(cold)}", cold),
            row(f"usual start, seeds' embeddings on disk, median of {len(warm)}", warm)]
    print(table(rows, ["launch", "UI imported s", "window painted s", "seeds shown s",
                       "seeds re-shown s (in memory)", "threshold ms", "peak MB"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
