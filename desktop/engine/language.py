"""Language: which language a report is written in, offline (py3langid), among the languages we can segment.

py3langid keeps its model LZMA-compressed (0.6 s to unpack); the model restricted to the languages below is
kept unpacked in the model cache folder (``model_files``), its arrays one after another in a plain file, and read
back in about 0.05 s (0.25 s from a .npz, which is a zip checksummed on every read). Loading can start in a
background thread (``load_detector_in_background``) while the caller does other work.
"""
from __future__ import annotations

import hashlib
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import model_files

DETECTABLE = (
    "ar", "cs", "da", "de", "el", "en", "es", "fi", "fr", "hu", "it", "ja", "ko", "nl", "no", "pl",
    "pt", "ro", "ru", "sv", "th", "tr", "uk", "zh", "ca", "hr", "bg", "sk", "sl",
)
_identifier_lock = threading.Lock()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language ("und" when there is nothing to judge)."""
    sample = text[:20_000]
    if not re.search(r"\w{2,}", sample):
        return "und"
    lang, _ = _identifier().classify(sample)
    return lang


def load_detector_in_background() -> None:
    """Start loading the language identifier in a daemon thread (once)."""
    if not _load_identifier.cache_info().currsize:
        model_files.load_in_background(_identifier, "synoptic-langid-load")


def unpack() -> bool:
    """Make the cached copy of the identifier now, if it is missing (``unpack.py``); True if one was made."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    path = _cached_copy(Path(MODEL_DIR) / MODEL_FILE)
    if path is None or path.is_file():
        return False
    _load_identifier()
    return path.is_file()


def _identifier():
    with _identifier_lock:  # loaded once even when a warm-up thread is already at it
        return _load_identifier()


@lru_cache(maxsize=1)
def _load_identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    cached = _cached_copy(Path(MODEL_DIR) / MODEL_FILE)
    ident = _read_identifier(cached) if cached is not None and cached.is_file() else None
    if ident is None:
        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
        ident.set_languages(list(DETECTABLE))
        if cached is not None:
            model_files.write_atomically(cached, lambda tmp: _write_identifier(tmp, ident), stale="py3langid-*")
    ident.set_languages(list(DETECTABLE))
    return ident


def _cached_copy(model: Path) -> Path | None:
    folder = model_files.folder()
    if folder is None or not model.is_file():
        return None
    ver = model_files.package_version("py3langid")
    langs = hashlib.sha1(",".join(sorted(DETECTABLE)).encode()).hexdigest()[:8]  # another language list, another copy
    return folder / f"py3langid-{ver}-{model_files.fingerprint(model)}-{len(DETECTABLE)}langs-{langs}.npy"


_PARTS = ("classes", "ptc", "pc", "nextmove", "nextmove_code", "row", "row_code", "output")


def _read_identifier(path: Path):
    from py3langid.langid import LanguageIdentifier

    try:
        with open(path, "rb") as fh:  # the arrays one after another, read straight from the file
            z = {name: np.load(fh, allow_pickle=False) for name in _PARTS}
        if set(z["classes"].tolist()) != set(DETECTABLE):
            return None  # made for another language list: unpack the packaged model again
        # the tokenizer only indexes these: memoryviews of the arrays read serve as the packaged array.arrays do
        return LanguageIdentifier(z["ptc"], z["pc"], z["classes"].tolist(), memoryview(z["nextmove"]),
                                  z["output"].tolist(), norm_probs=False, tk_row=memoryview(z["row"]))
    except Exception:  # noqa: BLE001 - damaged or from another version: load the packaged model
        return None


def _write_identifier(path: Path, ident) -> None:
    """The identifier as restricted by ``set_languages`` (a fifth of the full model's size), as .npy arrays one
    after another in one file: reading it back is a plain read (a .npz is a zip, checksummed on every read)."""
    parts = {
        "classes": np.array(ident.nb_classes), "ptc": np.asarray(ident.nb_ptc), "pc": np.asarray(ident.nb_pc),
        "nextmove": np.frombuffer(ident.tk_nextmove, dtype=f"u{ident.tk_nextmove.itemsize}"),
        "nextmove_code": np.array(ident.tk_nextmove.typecode),
        "row": np.frombuffer(ident.tk_row, dtype=f"u{ident.tk_row.itemsize}"),
        "row_code": np.array(ident.tk_row.typecode), "output": np.asarray(ident.tk_output, dtype=np.int64),
    }
    with open(path, "wb") as fh:
        for name in _PARTS:
            np.save(fh, parts[name], allow_pickle=False)
