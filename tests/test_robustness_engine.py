"""Properties of the engine on generated input: arbitrary Unicode never breaks it, offsets stay valid,
results are deterministic, swapping sources mirrors the groups, and a document against itself groups
every sentence with no details. Lexical mode keeps the examples fast; a few run with embeddings on."""
from __future__ import annotations

import os
import socket

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SAMPLES
from desktop.engine.ingest import from_text, read_path
from desktop.engine.model import Options, Source
from desktop.engine.pipeline import compare, prepare
from desktop.export.contract import to_contract
from makefiles import PAGE_SECRETS, article_html

LEXICAL = Options(semantic=False)
SCALE = int(os.environ.get("SYNOPTIC_FUZZ_SCALE", "1"))  # e.g. 20 for a long campaign
PROPS = settings(max_examples=25 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seed_sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        doc = prepare(read_path(path))
        out += [doc.sentence_text(i) for i in range(len(doc.sentences)) if len(doc.sentence_text(i).split()) >= 6]
    return sorted(set(out))


SENTENCES = _seed_sentences()
ODD = st.sampled_from([
    "\u0301", "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd.", "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645.",
    "\u202e", "\u200b", "\U0001F600", "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\x00", "\r", "\u2028", "\u2029",
    "\x0c", "\x85", "\ufeff", "«", "»", "…", "?!", "M.", "n°", "1,5", "e\u0301te\u0301", "\n", "\n\n",
    "anticonstitutionnellement" * 40, "ab" * 2000,
])
UNICODE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
HOSTILE = st.lists(st.one_of(ODD, UNICODE, st.sampled_from(SENTENCES)), max_size=40).map(" ".join)


@st.composite
def report(draw, min_size: int = 2) -> str:
    """A report made of real sentences from the seeds, shuffled, in paragraphs of 1–3 sentences."""
    picked = draw(st.lists(st.sampled_from(SENTENCES), min_size=min_size, max_size=14, unique=True))
    paragraphs, i = [], 0
    while i < len(picked):
        n = draw(st.integers(1, 3))
        paragraphs.append(" ".join(picked[i:i + n]))
        i += n
    return "\n\n".join(paragraphs)


def assert_offsets_valid(comp) -> None:
    for k, doc in enumerate(comp.documents):
        n, prev = len(doc.text), 0
        for s in doc.sentences:
            assert prev <= s.start < s.end <= n
            prev = s.end
        for r in doc.removed:
            assert 0 <= r.start < r.end <= n
    for g in comp.groups:
        assert len(g.sources) >= 2 and 0.0 <= g.score <= 1.0
        for s, i in g.members:
            assert 0 <= i < len(comp.documents[s].sentences)
    for d in comp.details:
        s = comp.documents[d.source].sentences[d.sentence]
        assert s.start <= d.start < d.end <= s.end


def mirrored(comp) -> set[frozenset]:
    return {frozenset((1 - s, i) for s, i in g.members) for g in comp.groups}


def members(comp) -> set[frozenset]:
    return {frozenset(g.members) for g in comp.groups}


# ---- arbitrary Unicode ------------------------------------------------------------------------------


@PROPS
@given(a=HOSTILE, b=HOSTILE)
def test_hostile_unicode_never_breaks_the_engine(a, b):
    sources = [Source("a", a), Source("b", b)]  # raw: NUL, lone CR, U+2028, BOM… as they are
    comp = compare(sources, LEXICAL)
    assert_offsets_valid(comp)
    assert to_contract(compare(sources, LEXICAL)) == to_contract(comp)


@PROPS
@given(a=HOSTILE, b=HOSTILE)
def test_pasted_hostile_text_is_normalised_then_compared(a, b):
    try:
        sources = [from_text(a), from_text(b)]
    except Exception as err:  # an empty paste, or one with no words: the errors a paste may give
        assert type(err).__name__ == "SynopticError" and ("empty" in str(err) or "holds no words" in str(err))
        return
    assert all("\r" not in s.text and not s.text.startswith("\ufeff") for s in sources)
    assert_offsets_valid(compare(sources, LEXICAL))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=HOSTILE, b=HOSTILE)
def test_hostile_unicode_with_embeddings(a, b):
    comp = compare([Source("a", a), Source("b", b)], Options())
    assert_offsets_valid(comp)


# ---- symmetry and identity on real-looking reports --------------------------------------------------


@PROPS
@given(a=report(), b=report())
def test_swapping_sources_mirrors_the_groups(a, b):
    ab = compare([Source("a", a), Source("b", b)], LEXICAL)
    ba = compare([Source("b", b), Source("a", a)], LEXICAL)
    assert members(ab) == mirrored(ba)
    assert to_contract(compare([Source("a", a), Source("b", b)], LEXICAL)) == to_contract(ab)


@PROPS
@given(text=report())
def test_a_document_against_itself_groups_every_sentence_without_details(text):
    comp = compare([Source("a", text), Source("b", text)], LEXICAL)
    n = len(comp.documents[0].sentences)
    assert members(comp) == {frozenset({(0, i), (1, i)}) for i in range(n)}
    assert comp.details == []


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=report(min_size=3), b=report(min_size=3))
def test_symmetry_and_identity_with_embeddings(a, b):
    ab = compare([Source("a", a), Source("b", b)], Options())
    ba = compare([Source("b", b), Source("a", a)], Options())
    assert members(ab) == mirrored(ba)
    same = compare([Source("a", a), Source("b", a)], Options())
    assert members(same) == {frozenset({(0, i), (1, i)}) for i in range(len(same.documents[0].sentences))}
    assert same.details == []


# ---- hostile HTML, offline --------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("network access attempted during a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: refuse(None, host))
    return attempts


def test_hostile_html_end_to_end_offline(tmp_path, no_network):
    from desktop.export.html import render_html

    page = tmp_path / "page.html"
    page.write_text(article_html(), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Le roi Mohammed VI a décrété un deuil national de trois jours.", encoding="utf-8")
    comp = compare([read_path(page), read_path(other)], Options())
    contract = repr(to_contract(comp))
    report_html = render_html(comp)
    for secret in PAGE_SECRETS:
        assert secret not in contract
        assert secret not in report_html
    assert "<script" not in report_html.lower() and "<iframe" not in report_html.lower()
    assert "tracker.example.com" not in contract + report_html
    assert comp.groups and no_network == []


MARKUP = '<script>alert("x")</script> <img src=x onerror=alert(1)> <a href="javascript:evil()">lien</a> & <b>gras</b>'


def test_report_text_that_looks_like_markup_is_escaped_in_the_html_export(tmp_path):
    from desktop.export.html import render_html

    text = f"Le séisme a frappé le Maroc vendredi soir. {MARKUP}\n\nLe bilan dépasse deux mille morts."
    comp = compare([from_text(text, "a <b>"), from_text(text.replace("vendredi", "samedi"), "b")], LEXICAL)
    out = render_html(comp)
    lowered = out.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<a href=\"javascript" not in lowered
    assert "&lt;script&gt;" in out and "onerror=alert(1)" in out.replace("&#x27;", "'")
    assert "a &lt;b&gt;" in out


# ---- bounded work on huge inputs --------------------------------------------------------------------


def test_a_two_million_character_line_is_segmented_quickly():
    """The default limit lets in 2,000,000 characters on one line without any punctuation."""
    import time

    words = "le bilan du séisme au maroc s'est alourdi dimanche selon les autorités locales".split()
    line = " ".join(words[i * 5 % len(words)] for i in range(400_000))[:2_000_000]
    started = time.perf_counter()
    doc = prepare(Source("a", line))
    assert time.perf_counter() - started < 10
    assert [(s.start, s.end) for s in doc.sentences] == [(0, len(line.rstrip()))]


def test_many_short_lines_are_cleaned_in_bounded_time(monkeypatch):
    import random
    import time

    from desktop.engine import clean

    calls = 0
    real = clean.fuzz.ratio

    def counted(*args, **kw):  # fail fast instead of spending minutes proving the point
        nonlocal calls
        calls += 1
        assert calls <= 5_000_000, "quadratic: too many line comparisons"
        return real(*args, **kw)

    monkeypatch.setattr(clean.fuzz, "ratio", counted)
    rng = random.Random(3)
    vocab = "maire police train route pont école marché gare pluie vent nuit matin soir".split()
    lines = [f"{rng.choice(vocab).capitalize()} {rng.choice(vocab)} {rng.choice(vocab)} numéro {i}." for i in range(30_000)]
    lines.append(lines[10])  # an exact repeat must still be found
    started = time.perf_counter()
    removed = clean.find_removed("\n".join(lines))
    assert time.perf_counter() - started < 10
    assert [r.label for r in removed if r.reason == "duplicate"][-1:] == ["repeats line 11"]


class _RecordingModel:
    """Stands in for the sentence encoder: remembers how much text it was asked to read."""

    def __init__(self):
        self.longest = 0

    def encode(self, batch):
        import numpy as np

        self.longest = max([self.longest, *map(len, batch)])
        return np.ones((len(batch), 512), dtype=np.float32)


def test_the_embedder_reads_a_bounded_prefix_of_a_huge_sentence():
    from desktop.engine.embed import Embedder

    embedder = Embedder()
    embedder._model = model = _RecordingModel()  # loaded: no weights needed
    line = "le bilan du séisme au maroc s'est alourdi dimanche " * 6_000  # 306,000 characters, one sentence
    comp = compare([Source("a", line), Source("b", "Le bilan du séisme au Maroc s'est alourdi dimanche.")],
                   Options(), embedder=embedder)
    assert_offsets_valid(comp)
    assert 0 < model.longest <= 10_000


class _CountingModel:
    """Counts the texts the model is asked to encode (distinct vectors per text)."""

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, batch):
        import numpy as np

        self.seen += batch
        return np.array([[hash(t) % 97 + 1.0, len(t)] + [0.0] * 510 for t in batch], dtype=np.float32)


def test_a_text_repeated_across_reports_is_embedded_once():
    """Wire copy carried word for word by several outlets costs one encoding, and every copy gets its vector."""
    from desktop.engine.embed import Embedder

    embedder = Embedder()
    embedder._model = model = _CountingModel()
    wire = "L'armée a annoncé dimanche la mort de trois soldats près de Kidal."
    steps = embedder.iter_encode([[wire, "Un autre fait.", wire], [wire, "Un fait de plus."]])
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            out = stop.value
            break
    assert sorted(model.seen) == sorted({wire, "Un autre fait.", "Un fait de plus."})
    assert (out[0][0] == out[0][2]).all() and (out[0][0] == out[1][0]).all() and out[0][0].any()
