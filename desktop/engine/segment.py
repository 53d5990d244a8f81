"""Segment: detect the language offline and split the kept text into sentences with character offsets.

Lines are split first (headlines carry no final period), then simplemma splits each line; a small
post-pass re-attaches closing quotes and abbreviation tails that a splitter cut off.
"""
from __future__ import annotations

import os
import bisect
import re
import threading
from array import array
from functools import lru_cache
from pathlib import Path

import numpy as np

from .clean import lines_of
from .model import Removed, Sentence

_DETECTABLE = (
    "ar", "cs", "da", "de", "el", "en", "es", "fi", "fr", "hu", "it", "ja", "ko", "nl", "no", "pl",
    "pt", "ro", "ru", "sv", "th", "tr", "uk", "zh", "ca", "hr", "bg", "sk", "sl",
)


_identifier_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load_identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    cached = _identifier_cache(Path(MODEL_DIR) / MODEL_FILE)
    ident = _read_identifier(cached) if cached is not None and cached.is_file() else None
    if ident is None:
        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
        if cached is not None:
            _write_identifier(cached, ident)
    ident.set_languages(list(_DETECTABLE))
    return ident


def _identifier_cache(model: Path) -> Path | None:
    """The unpacked identifier model in the user's model cache: 0.1 s to read instead of 0.6 s of LZMA."""
    from .embed import model_cache

    folder = model_cache()
    if folder is None or not model.is_file():
        return None
    try:
        from importlib.metadata import version

        ver = version("py3langid")
    except Exception:  # noqa: BLE001
        ver = "unknown"
    st = model.stat()
    return folder / f"py3langid-{ver}-{st.st_size}-{int(st.st_mtime)}.npz"


def _read_identifier(path: Path):
    from py3langid.langid import LanguageIdentifier

    try:
        with np.load(path, allow_pickle=False) as z:
            nextmove, row = array(z["nextmove_code"].item()), array(z["row_code"].item())
            nextmove.frombytes(z["nextmove"].tobytes())
            row.frombytes(z["row"].tobytes())
            return LanguageIdentifier(z["ptc"], z["pc"], z["classes"].tolist(), nextmove, z["output"].tolist(),
                                      norm_probs=False, tk_row=row)
    except Exception:  # noqa: BLE001 - damaged or from another version: load the packaged model
        return None


def _write_identifier(path: Path, ident) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.npz")
        np.savez(tmp, ptc=np.asarray(ident.nb_ptc), pc=np.asarray(ident.nb_pc), classes=np.array(ident.nb_classes),
                 nextmove=np.frombuffer(ident.tk_nextmove, dtype=f"u{ident.tk_nextmove.itemsize}"),
                 nextmove_code=np.array(ident.tk_nextmove.typecode),
                 row=np.frombuffer(ident.tk_row, dtype=f"u{ident.tk_row.itemsize}"), row_code=np.array(ident.tk_row.typecode),
                 output=np.asarray(ident.tk_output, dtype=np.int64))
        os.replace(tmp, path)
    except (OSError, ValueError, TypeError):  # the cache is only a speed-up
        pass


def _identifier():
    with _identifier_lock:  # loaded once even when a warm-up thread is already at it
        return _load_identifier()


def load_detector_in_background() -> None:
    """Start loading the language identifier (0.5–0.9 s, mostly LZMA outside the GIL) in a daemon thread."""
    if _load_identifier.cache_info().currsize:
        return

    def run() -> None:
        try:
            _identifier()
        except Exception:  # noqa: BLE001 - the foreground call reports it
            pass

    threading.Thread(target=run, name="synoptic-langid-load", daemon=True).start()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language ("und" when there is nothing to judge)."""
    sample = text[:20_000]
    if not re.search(r"\w{2,}", sample):
        return "und"
    lang, _ = _identifier().classify(sample)
    return lang


# An opening of the next sentence that a splitter should not have cut before.
_CLOSER = re.compile(r"^[»”\"’)\]]+\s*")
_ABBREV_END = re.compile(
    r"(?:\b(?:art|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|env|p|n°|no|av|apr|cf|etc|vol|chap|ch|fig|"
    r"jan|feb|mar|jun|jul|aug|sep|st|mt|dr|mr|mrs|ms|prof|gen|sen|rep|gov|lt|col|sgt|inc|ltd|co|corp|vs)\.|\b[A-Z]\.)$",
    re.I,
)


def _simplemma_lang(lang: str) -> str | None:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return lang if lang in SUPPORTED_LANGUAGES else None


def split_line(line: str, lang: str | None) -> list[tuple[int, int]]:
    """Sentence spans inside one line, as offsets into the line."""
    from simplemma import split_sentences  # imported on first use (0.1 s), not when the app starts

    pieces = split_sentences(line, lang) if lang else split_sentences(line)
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = line.find(piece, pos)
        if at < 0:  # the splitter changed the text: fall back to keeping the rest as one sentence
            rest = line[pos:].strip()
            if rest:
                start = line.find(rest, pos)
                spans.append((start, start + len(rest)))
            return _repair(line, spans)
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    return _repair(line, spans)


def _repair(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge a sentence that starts with a closing quote, or that follows an abbreviation, into the previous one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            head = line[start:end]
            closer = _CLOSER.match(head)
            lower_start = head[:1].islower()
            if closer or lower_start or _ABBREV_END.search(line[prev_start:prev_end]):
                if closer and closer.end() < len(head) and not lower_start and head[closer.end():closer.end() + 1].isupper():
                    # "… fasse. » Le président …": the quote mark closes the previous sentence only
                    out[-1] = (prev_start, start + len(closer.group().rstrip()))
                    out.append((start + closer.end(), end))
                    continue
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return [(s, e) for s, e in out if e > s]


def _subtract(start: int, end: int, removed: list[Removed]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the removed spans (``removed``: sorted, only those that can overlap)."""
    parts = [(start, end)]
    for r in removed:
        nxt = []
        for s, e in parts:
            if r.end <= s or r.start >= e:
                nxt.append((s, e))
                continue
            if s < r.start:
                nxt.append((s, r.start))
            if r.end < e:
                nxt.append((r.end, e))
        parts = nxt
    return parts


def _overlapping(removed: list[Removed], starts: list[int], start: int, end: int) -> list[Removed]:
    """The removed spans that can touch [start, end): found by bisection, since they are sorted and disjoint."""
    k = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    while k < len(removed) and removed[k].start < end:
        if removed[k].end > start:
            out.append(removed[k])
        k += 1
    return out


def segment(text: str, removed: list[Removed], lang: str) -> list[Sentence]:
    """Sorted, disjoint sentences of ``text`` outside the removed spans."""
    slang = _simplemma_lang(lang)
    removed = sorted(removed, key=lambda r: r.start)
    starts = [r.start for r in removed]
    sentences: list[Sentence] = []
    paragraph, last_end = -1, -10
    for line in lines_of(text):
        gap = text[last_end:line.start] if last_end >= 0 else "\n\n"
        if "\n\n" in gap or paragraph < 0:
            paragraph += 1
        last_end = line.end
        for start, end in _subtract(line.start, line.end, _overlapping(removed, starts, line.start, line.end)):
            chunk = text[start:end]
            for s, e in split_line(chunk, slang):
                piece = chunk[s:e]
                if re.search(r"\w", piece):
                    sentences.append(Sentence(start + s, start + e, paragraph))
    return sentences
