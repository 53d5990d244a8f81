"""Unpack the shipped models into the model cache now, so that the very first start is as fast as the next ones.

The app and the CLI unpack them on first use anyway (``model_files``); this only moves that work to install time:
``make setup`` runs ``python -m desktop.engine.unpack`` after installing, and a packager can do the same. It does
nothing for what is already there, and nothing at all when the cache is disabled (``SYNOPTIC_MODEL_CACHE=off``).
"""
from __future__ import annotations

import sys
import time

LEMMA_LANGUAGES = ("fr", "en")  # tries made now; other languages are saved on first use


def unpack(lemma_languages: tuple[str, ...] = LEMMA_LANGUAGES) -> list[str]:
    """Make every missing cached copy; return what was made."""
    from . import embed, language, lemmas, model_files, thesaurus, world_names

    if model_files.folder() is None:
        return []
    made = ["language identifier"] if language.unpack() else []
    made += ["sentence-model tokenizer"] if embed.unpack_tokenizer() else []
    made += ["sentence-model weights"] if embed.unpack_weights() else []
    made += ["world names"] if world_names.unpack(language.DETECTABLE) else []
    made += ["English thesaurus"] if thesaurus.unpack() else []
    return made + [f"{lang} lemmas" for lang in lemma_languages if lemmas.unpack(lang)]


def main() -> int:
    t0 = time.perf_counter()
    made = unpack()
    if made:
        print(f"synoptic: unpacked {', '.join(made)} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
