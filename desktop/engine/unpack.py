"""Unpack the shipped models into the model cache now, so that the very first start is as fast as the next ones.

The app and the CLI unpack them on first use anyway (``model_files``); this only moves that work to install time:
``make setup`` runs ``python -m desktop.engine.unpack`` after installing, and a packager can do the same. It does
nothing for what is already there, and nothing at all when the cache is disabled (``SYNOPTIC_MODEL_CACHE=off``).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

LEMMA_LANGUAGES = ("fr", "en")  # tries made now; other languages are saved on first use


def unpack(lemma_languages: tuple[str, ...] = LEMMA_LANGUAGES) -> list[str]:
    """Make every missing cached copy; return what was made."""
    from . import model_files

    if model_files.folder() is None:
        return []
    made = []
    if _unpack_language_identifier():
        made.append("language identifier")
    if _unpack_tokenizer():
        made.append("sentence-model tokenizer")
    made += [f"{lang} lemmas" for lang in lemma_languages if _unpack_lemmas(lang)]
    return made


def _unpack_language_identifier() -> bool:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from .language import _cached_copy, _load_identifier

    path = _cached_copy(Path(MODEL_DIR) / MODEL_FILE)
    if path is None or path.is_file():
        return False
    _load_identifier()
    return path.is_file()


def _unpack_tokenizer() -> bool:
    from .embed import _load_tokenizer, _resources, _tokenizer_file

    sp_model, _weights, ver = _resources()
    path = _tokenizer_file(sp_model, ver)
    if path is None or path.is_file():
        return False
    _load_tokenizer(sp_model, ver)
    return path.is_file()


def _unpack_lemmas(lang: str) -> bool:
    from .lemmas import save_trie, trie_folder, trie_path

    folder = trie_folder()
    if folder is None or trie_path(folder, lang).is_file():
        return False
    save_trie(lang, trie_path(folder, lang))
    return trie_path(folder, lang).is_file()


def main() -> int:
    t0 = time.perf_counter()
    made = unpack()
    if made:
        print(f"synoptic: unpacked {', '.join(made)} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
