"""Test setup: Qt runs headless, and the samples are at hand."""
import atexit
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the per-user embedding cache of every CLI run under test out of the user's home.
os.environ["SYNOPTIC_CACHE_DIR"] = tempfile.mkdtemp(prefix="synoptic-test-cache-")
atexit.register(shutil.rmtree, os.environ["SYNOPTIC_CACHE_DIR"], True)
# Unpacked models (a cache of installed package data) go next to the environment that installed them, not to the
# user's cache folder: kept between test runs, and never replacing the copies the user's own app unpacked.
os.environ.setdefault("SYNOPTIC_MODEL_CACHE", os.path.join(sys.prefix, "synoptic-test-model-cache"))

from PySide6.QtCore import QStandardPaths  # noqa: E402

# Autosaves, settings and caches written through QStandardPaths go to a test location, never the user's.
QStandardPaths.setTestModeEnabled(True)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return [SAMPLES / "balkanweb-cnn.txt", SAMPLES / "ttn-financial-times.txt"]


@pytest.fixture(scope="session")
def seed_comparison(seed_paths):
    """The two seeds compared once with default options (shared by many tests: it takes a few seconds)."""
    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import compare

    return compare([read_path(p) for p in seed_paths])
