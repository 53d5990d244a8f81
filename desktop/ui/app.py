"""Starting the desktop app: ``run_app`` is what the CLI calls.

Start-up order, for speed: the window is built from light modules only (the engine, the readers and
the store are imported on first use) and shown; then, on the next turns of the event loop, a
background thread loads the language identifier and imports the engine while the reports are read
and their comparison starts in the worker thread, which loads the sentence model only for text new
to the embedding cache.
"""
from __future__ import annotations

import dataclasses
import sys
import threading

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.engine.model import SynopticError
from desktop.ui.main_window import MainWindow
from desktop.ui.screenshot import SIZE, save_screenshot
from desktop.ui.sources import sample_paths

SCREENSHOT_TIMEOUT_MS = 180_000


def ensure_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Synoptic")
    app.setOrganizationName("Synoptic")
    app.setApplicationDisplayName("Synoptic")
    return app


def run_app(paths: list[str], screenshot: str | None = None, threshold: float | None = None,
            max_chars: int | None = None, size: tuple[int, int] | None = None) -> int:
    """Open the window on ``paths`` (default: the bundled samples) and run until it closes.

    With ``screenshot``, write a PNG of the window (``size``, default 1400×900) once the comparison is on screen
    and return 0 (1 if it could not be made)."""
    app = ensure_app()
    window = MainWindow(settings=None if screenshot else QSettings(), user_cache=True)
    window.max_chars = max_chars  # None: the engine's limit
    if threshold is not None:
        window.controller.options = dataclasses.replace(window.controller.options, threshold=threshold)
        window.strictness.slider.setValue(round(threshold * 100))
    outcome = {"code": 0}
    if screenshot:
        _arm_screenshot(app, window, screenshot, outcome, size or SIZE)
    launch(window, paths)
    code = app.exec()
    window.controller.shutdown()
    return outcome["code"] if screenshot else code


def launch(window: MainWindow, paths: list[str]) -> None:
    """Show ``window``; once it is up, warm the engine up and open ``paths`` (see ``_open_first``).
    (Warming up while the window is built delays its first paint by 0.1 s and gains nothing.)"""
    window.show()
    QTimer.singleShot(0, warm_up_engine)
    QTimer.singleShot(0, lambda: _open_first(window, list(paths)))


def warm_up_engine() -> threading.Thread:
    """Import the engine and start loading the language identifier, off the GUI thread, so the first
    comparison does not wait for them. The comparison itself starts loading the
    sentence model, and only when the reports are new to the embedding cache."""
    def run() -> None:
        try:
            from desktop.engine.language import load_detector_in_background

            load_detector_in_background()  # the language identifier first, then the rest of the engine
            import desktop.engine.ingest  # noqa: F401 - what the first comparison needs, in its order
            import desktop.store.embeddings  # noqa: F401
            import desktop.store.session  # noqa: F401 - the session made once the comparison is shown
            import desktop.engine.pipeline  # noqa: F401
        except Exception:  # noqa: BLE001 - the comparison itself reports a broken engine
            pass

    thread = threading.Thread(target=run, name="synoptic-warm-up", daemon=True)
    thread.start()
    return thread


def _open_first(window: MainWindow, paths: list[str]) -> None:
    """Open ``paths`` (reports, or one ``.synoptic`` session); with none, first offer to restore
    an untitled session a crash left behind, else show the samples."""
    if not paths and window.review.menu.offer_recovery():
        return
    window.open_paths(paths or sample_paths())


def _arm_screenshot(app: QApplication, window: MainWindow, path: str, outcome: dict, size: tuple[int, int]) -> None:
    def fail(title: str, lines: list[str]) -> None:
        print(f"synoptic: {title}: " + "; ".join(lines), file=sys.stderr)
        outcome["code"] = 1
        if not window.controller.is_running() and len(window.controller.sources) < 2:
            QTimer.singleShot(0, shoot)

    def shoot() -> None:
        try:
            save_screenshot(window, path, size)
        except SynopticError as err:
            print(f"synoptic: {err}", file=sys.stderr)
            outcome["code"] = 1
        window.close()
        app.exit(0)

    def showcase(comparison) -> None:
        """Select the widest group so the picture shows ribbons, counterparts and the side panel."""
        if comparison.groups:
            best = max(range(len(comparison.groups)), key=lambda g: len(comparison.groups[g].sources))
            window.workspace.select(*min(comparison.groups[best].members))
        QTimer.singleShot(150, shoot)

    def maybe_alone() -> None:
        if len(window.controller.sources) < 2:  # nothing to compare: picture the window as it is
            QTimer.singleShot(150, shoot)

    window.show_error = fail  # no modal dialogs when nobody is watching
    window.resize(*size)  # laid out at its size while the comparison runs
    window.comparison_shown.connect(showcase)
    window.controller.sources_changed.connect(maybe_alone)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: (fail("timeout", ["the comparison took too long"]), shoot()))
