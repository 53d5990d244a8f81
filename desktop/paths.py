"""Where Synoptic's bundled resources live: inside the installed wheel, or at the top of a checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("Synoptic's resources folder is missing from this installation")


def samples_dir() -> Path:
    return resources_dir() / "samples"


def sample_files() -> list[Path]:
    """The bundled sample reports, in a stable order."""
    return sorted(p for p in samples_dir().iterdir() if p.suffix in {".txt", ".md", ".html", ".htm"})
