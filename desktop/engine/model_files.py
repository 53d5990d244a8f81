"""The model cache folder: unpacked copies of the models the engine ships with, so later starts read them fast.

What is kept there (each rebuilt from the installed packages when missing or damaged, never downloaded): the
sentence model's built tokenizer and assembled weights (``embed``, ``encoder_weights``), the language identifier
restricted to the languages we detect (``language``), the names of days, months, places and languages
(``world_names``), simplemma's dictionaries as tries (``lemmas``) and WordNet's commonest senses (``thesaurus``).
Each file is named after the package version and the size and time of the packaged file it was made from; writing a new one removes the copies made from earlier
installs, so reinstalling never piles up copies.

``SYNOPTIC_MODEL_CACHE`` moves the folder ("off" disables it: every start then unpacks the models again).
"""
from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path


def folder() -> Path | None:
    """$SYNOPTIC_MODEL_CACHE ("off" disables the cache), else <user cache folder>/model; None when disabled."""
    env = os.environ.get("SYNOPTIC_MODEL_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no") else Path(env)
    try:
        import platformdirs

        return platformdirs.user_cache_path("synoptic", appauthor=False) / "model"
    except Exception:  # noqa: BLE001 - no usable home folder: unpack every time
        return None


@lru_cache(maxsize=None)
def package_version(name: str) -> str:
    """The installed version of a distribution, from its ``.dist-info`` folder's name (importlib.metadata costs
    about 60 ms on its first call, on the way to the first comparison)."""
    prefix = re.sub(r"[-_.]+", "_", name).lower() + "-"
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                for item in found:
                    lower = item.name.lower()
                    if lower.startswith(prefix) and lower.endswith(".dist-info"):
                        return item.name[len(prefix) : -len(".dist-info")]
        except OSError:
            continue
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - an unknown version only means a name of its own
        return "unknown"


def fingerprint(made_from: Path) -> str:
    """Size and time of a packaged file: a cached copy made from it carries them in its name."""
    st = made_from.stat()
    return f"{st.st_size}-{int(st.st_mtime)}"


def write_atomically(path: Path, write: Callable[[Path], None], stale: str) -> bool:
    """Call ``write(temporary path)``, then move the result to ``path`` (a partial file never has the final name)
    and remove the other files matching the glob ``stale`` (copies made from earlier installs). False if the
    disk refused."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - the cache is only a speed-up; a full or read-only disk costs time only
        _unlink(tmp)
        return False
    for old in path.parent.glob(stale):
        if old != path:
            _unlink(old)
    for left in path.parent.glob(f".{stale}.*.tmp"):  # from a write that a crash or a quit cut short
        with contextlib.suppress(OSError):
            if time.time() - left.stat().st_mtime > 3600:
                _unlink(left)
    return True


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def load_in_background(load: Callable[[], object], name: str) -> None:
    """Call ``load`` in a daemon thread named ``name`` and drop what it raises: the foreground call that needs the
    result calls it again and reports the error there."""

    def run() -> None:
        try:
            load()
        except Exception:  # noqa: BLE001 - the foreground call reports it
            pass

    threading.Thread(target=run, name=name, daemon=True).start()
