"""Bounded fuzzing of ingest (bytes → read_path under each extension) and segmentation (text → segment).

Any input that ever made them crash (or go wrong) is kept in tests/regressions/ and replayed by
``test_regression_replays``: ``ingest-<name>.<ext>`` files go through read_path, ``segment-<name>.json`` files
(a JSON string) through clean + segment. A new crash found by the fuzzers is written there automatically
before the test fails. An optional ``<file>.expect`` beside an input adds checks, one per line:
``text: S`` (the text read contains S), ``absent: S`` (it does not), ``error: S`` (reading fails with S),
``sentences: N`` (segmentation finds N sentences).
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.engine.clean import find_removed
from desktop.engine.ingest import read_path
from desktop.engine.model import SynopticError
from desktop.engine.language import detect_language
from desktop.engine.segment import segment
from makefiles import ARTICLE_PARAGRAPHS, article_html, pdf_bytes, write_docx

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
SCALE = int(os.environ.get("SYNOPTIC_FUZZ_SCALE", "1"))  # e.g. 50 for a long fuzzing campaign
FUZZ = settings(max_examples=60 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---- checks ----------------------------------------------------------------------------------------


def check_ingest(path: Path) -> None:
    """read_path gives a usable Source or a one-line SynopticError naming the file, nothing else."""
    try:
        source = read_path(path)
    except SynopticError as err:
        message = str(err)
        assert message.startswith(f"{path.resolve()}: ") and "\n" not in message, message
        return
    assert source.text.strip() and "\r" not in source.text and not source.text.startswith("\ufeff")


def check_segment(text: str) -> None:
    """Sentences are sorted, disjoint, inside the text, outside removed spans, and carry a word."""
    removed = find_removed(text)
    sentences = segment(text, removed, detect_language(text))
    prev = 0
    for s in sentences:
        assert prev <= s.start < s.end <= len(text), (s, len(text))
        assert any(ch.isalnum() or ch == "_" for ch in text[s.start:s.end])
        assert not any(r.start < s.end and s.start < r.end for r in removed)
        prev = s.end
    assert segment(text, removed, detect_language(text)) == sentences


def _keep(prefix: str, suffix: str, data: bytes) -> Path:
    REGRESSIONS.mkdir(exist_ok=True)
    target = REGRESSIONS / f"{prefix}-{hashlib.sha1(data).hexdigest()[:12]}{suffix}"
    target.write_bytes(data)
    return target


def ingest_or_keep(tmp: Path, suffix: str, data: bytes) -> None:
    path = tmp / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        check_ingest(path)
    except Exception as exc:
        kept = _keep("ingest", suffix, data)
        raise AssertionError(f"ingest crashed ({exc!r}); input kept as {kept.name}") from exc


def segment_or_keep(text: str) -> None:
    try:
        check_segment(text)
    except Exception as exc:
        kept = _keep("segment", ".json", json.dumps(text).encode())
        raise AssertionError(f"segmentation crashed ({exc!r}); input kept as {kept.name}") from exc


# ---- seeds the mutations start from ------------------------------------------------------------------


def _docx_bytes() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = write_docx(Path(tmp) / "a.docx", ARTICLE_PARAGRAPHS, title="Titre", table=[["a", "b"], ["c", "d"]])
        return path.read_bytes()


FRENCH = "\n\n".join(ARTICLE_PARAGRAPHS)
SEEDS = {
    ".txt": FRENCH.encode("utf-8"),
    ".md": FRENCH.encode("utf-16"),
    ".html": article_html().encode("utf-8"),
    ".docx": _docx_bytes(),
    ".pdf": pdf_bytes([ARTICLE_PARAGRAPHS[:1], None, ["Deuxième page."]], title="Titre"),
    "": FRENCH.encode("cp1252", errors="replace"),
}


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """The seed file with a few bytes flipped, a slice cut out or duplicated, or truncated."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "cut", "dup", "truncate", "insert"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "dup":
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
        elif op == "truncate":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
    return bytes(data)


@st.composite
def zip_mutated(draw) -> bytes:
    """A .docx whose word/document.xml is replaced by arbitrary (often broken) XML."""
    body = draw(st.text(alphabet=st.sampled_from(list("<>/=\"' abcpwrt:&;#x0123456789\n")) | st.characters(), max_size=300))
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SEEDS[".docx"])) as src, zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: draw(st.integers(0, len(data)))] + body.encode("utf-8", "surrogatepass")
            out.writestr(item, data)
    return buf.getvalue()


# ---- the fuzzers -----------------------------------------------------------------------------------


@FUZZ
@given(data=st.data(), suffix=st.sampled_from(sorted(SEEDS)))
def test_mutated_files_give_a_source_or_one_line_error(tmp_path_factory, data, suffix):
    blob = data.draw(mutated(SEEDS[suffix]))
    ingest_or_keep(tmp_path_factory.mktemp("fuzz"), suffix, blob)


@settings(max_examples=25 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blob=zip_mutated())
def test_docx_with_broken_xml(tmp_path_factory, blob):
    ingest_or_keep(tmp_path_factory.mktemp("fuzz"), ".docx", blob)


@FUZZ
@given(blob=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".htm", ".docx", ".pdf", ".md", ".xyz"]))
def test_arbitrary_bytes(tmp_path_factory, blob, suffix):
    ingest_or_keep(tmp_path_factory.mktemp("fuzz"), suffix, blob)


SPECIAL = st.sampled_from([
    "\u0301", "\u05d0\u05d1", "\u0627\u0644", "\u202e", "\u200b", "\U0001F600", "\U0001F1EB\U0001F1F7", "\x00",
    "\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\ufeff", "\ufffd", "«", "»", "“", "”", "’",
    "...", "…", "?!", ". ", "M. ", "n°", "10,5", "1.000", "e.g.", "\t", "  ", "\n\n", "A" * 300, "x" * 5000,
])
WORDS = st.sampled_from(["Le", "séisme", "a", "frappé", "le", "Maroc", "Paris", "2023", "dit-il", "l'ONU", "U.S.", "etc."])
TEXTS = st.lists(st.one_of(WORDS, SPECIAL, st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)),
                 max_size=80).map(" ".join)


@FUZZ
@given(text=TEXTS)
def test_segmentation_of_hostile_text(text):
    segment_or_keep(text)


@settings(max_examples=30 * SCALE, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_segmentation_of_arbitrary_unicode(text):
    segment_or_keep(text)


# ---- replay ----------------------------------------------------------------------------------------


def _regressions() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*") if p.name.startswith(("ingest-", "segment-")) and p.suffix != ".expect")


def _expectations(path: Path) -> list[tuple[str, str]]:
    sidecar = path.with_name(path.name + ".expect")
    if not sidecar.exists():
        return []
    rules = [line.split(": ", 1) for line in sidecar.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert all(len(r) == 2 and r[0] in ("text", "absent", "error", "sentences") for r in rules), sidecar
    return [(kind, value) for kind, value in rules]


def _replay_segment(path: Path, rules) -> None:
    text = json.loads(path.read_text(encoding="utf-8"))
    check_segment(text)
    for kind, value in rules:
        assert kind == "sentences", kind
        assert len(segment(text, find_removed(text), detect_language(text))) == int(value)


def _replay_ingest(path: Path, rules, tmp_path: Path) -> None:
    copy = tmp_path / f"input{path.suffix}"
    copy.write_bytes(path.read_bytes())
    check_ingest(copy)
    try:
        text, error = read_path(copy).text, None
    except SynopticError as err:
        text, error = None, str(err)
    for kind, value in rules:
        if kind == "error":
            assert error is not None and error.endswith(value), error
        else:
            assert text is not None, error
            assert (value in text) == (kind == "text"), (kind, value)


@pytest.mark.parametrize("path", _regressions(), ids=lambda p: p.name)
def test_regression_replays(path, tmp_path):
    rules = _expectations(path)
    if path.name.startswith("segment-"):
        _replay_segment(path, rules)
    else:
        _replay_ingest(path, rules, tmp_path)


def test_the_regression_folder_is_replayed():
    """At least the hand-made cases are there, so an empty parametrisation cannot pass silently."""
    assert len(_regressions()) >= 3
