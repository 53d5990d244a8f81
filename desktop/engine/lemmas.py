"""Lemmas from simplemma's dictionaries, loaded fast.

simplemma ships its dictionaries lzma-compressed and front-coded: decoding the French one takes about 0.4 s of
CPU at every start, the largest part of aligning two known reports again. The first time a language is needed
its dictionary is decoded as simplemma does it and, by a separate process, saved as a MARISA trie (the library
simplemma itself uses for its low-memory option) in the model cache folder; later starts map that file in a
few milliseconds, and it takes less memory than the decoded dictionary. Lemmas are the same either way.

Without a cache folder (``SYNOPTIC_MODEL_CACHE=off``) or without ``marisa-trie``, dictionaries are decoded as
usual at every start.
"""
from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    SUPPORTED_LANGUAGES,
    CachingDictionaryFactory,
    MappingStrToByteString,
    _load_dictionary_from_disk,
)

from . import model_files

try:
    from marisa_trie import BytesTrie
except ImportError:  # the shipped dictionaries still work, decoded at each start
    BytesTrie = None


def trie_folder() -> Path | None:
    """Where the tries are kept (the model cache folder); None without one, or without marisa-trie."""
    return None if BytesTrie is None else model_files.folder()


class TrieCachedDictionaries(CachingDictionaryFactory):
    """simplemma dictionaries read from saved tries, saved on first use (``folder`` None: never saved).

    Building a trie holds the interpreter lock for ~0.35 s, which would freeze the window or stall the
    comparison that asked for the dictionary, so the first use decodes the shipped dictionary here and a
    separate process (``python -m desktop.engine.lemmas``) saves the trie for next time."""

    __slots__ = ("folder", "_writers")

    def __init__(self, folder: Path | None):
        super().__init__(cache_max_size=8)
        self.folder = folder
        self._writers: list[subprocess.Popen] = []

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        if lang not in SUPPORTED_LANGUAGES:
            raise ValueError(f"Unsupported language: {lang}")
        saved = self._load_trie(lang)
        if saved is not None:
            return saved
        if self.folder is not None:
            self._start_writer(lang)
        return MappingStrToByteString(_load_dictionary_from_disk(lang))

    def _load_trie(self, lang: str) -> Mapping[str, str] | None:
        if self.folder is None:
            return None
        from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieWrapDict

        path = trie_path(self.folder, lang)
        if not path.is_file():
            return None
        try:
            return TrieWrapDict(BytesTrie().mmap(str(path)))
        except Exception:  # noqa: BLE001 - damaged: decode the shipped dictionary and save it again
            return None

    def _start_writer(self, lang: str) -> None:
        self._writers = [w for w in self._writers if w.poll() is None]  # reap the writers that are done
        if getattr(sys, "frozen", False):  # a bundled app's executable is not a Python interpreter
            return
        try:
            self._writers.append(subprocess.Popen(
                [sys.executable, "-m", __name__, lang, str(trie_path(self.folder, lang))],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ))
        except OSError:  # no interpreter to start: the next start decodes again
            pass

    def wait(self) -> None:
        """Wait for the tries being saved (tests; a process may also exit without waiting)."""
        for writer in self._writers:
            writer.wait()


def trie_path(folder: Path, lang: str) -> Path:
    return folder / f"simplemma-{model_files.package_version('simplemma')}-{lang}.dic"


def save_trie(lang: str, path: Path) -> None:
    """Write ``lang``'s shipped dictionary as a trie at ``path`` (atomically: two processes saving at once
    both write whole files), and remove the tries of other simplemma versions."""
    def write(tmp: Path) -> None:
        raw = _load_dictionary_from_disk(lang)
        BytesTrie((k.decode(), v) for k, v in raw.items()).save(str(tmp))

    model_files.write_atomically(path, write, stale=f"simplemma-*-{lang}.dic")


def unpack(lang: str) -> bool:
    """Save ``lang``'s trie now, if it is missing (``unpack.py``); True if one was made."""
    folder = trie_folder()
    if folder is None or trie_path(folder, lang).is_file():
        return False
    save_trie(lang, trie_path(folder, lang))
    return trie_path(folder, lang).is_file()


class Lemmas:
    """``lemma(word, lang)`` with simplemma's default strategy over ``TrieCachedDictionaries``."""

    def __init__(self, folder: Path | None):
        self.dictionaries = TrieCachedDictionaries(folder)
        self._lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=self.dictionaries))

    def lemma(self, word: str, lang: str) -> str:
        """The lower-cased lemma of ``word`` (``word`` itself when simplemma cannot tell)."""
        try:
            return self._lemmatizer.lemmatize(word, lang).lower()
        except (ValueError, KeyError):
            return word

    def known(self, word: str, lang: str) -> bool:
        """Whether ``word`` (lower case) is a word of the language's dictionary."""
        if lang not in SUPPORTED_LANGUAGES:
            return False
        return word in self.dictionaries.get_dictionary(lang)

    def preload(self, langs: Iterable[str]) -> None:
        for lang in langs:
            if lang in SUPPORTED_LANGUAGES:
                self.dictionaries.get_dictionary(lang)


_SHARED: list[Lemmas] = []
_SHARED_LOCK = threading.Lock()


def shared_lemmas() -> Lemmas:
    """The process's lemmatizer (its cache folder read from the environment once)."""
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.append(Lemmas(trie_folder()))
        return _SHARED[0]


if __name__ == "__main__":  # the trie writer started by TrieCachedDictionaries
    if len(sys.argv) == 3 and BytesTrie is not None:
        save_trie(sys.argv[1], Path(sys.argv[2]))
