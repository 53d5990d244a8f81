"""The project's own ``synoptic`` command (its .venv), or the one on PATH, for the annotation scripts."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def compare_json(a: str, b: str) -> dict:
    """``synoptic compare A B --json``, parsed."""
    local = ROOT / ".venv" / "bin" / "synoptic"
    cmd = str(local) if local.exists() else (shutil.which("synoptic") or "synoptic")
    return json.loads(subprocess.run([cmd, "compare", a, b, "--json"], capture_output=True, text=True,
                                     check=True).stdout)
