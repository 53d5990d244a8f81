"""The side panels' item models: Qt's model contract, and what they list."""
from __future__ import annotations

from desktop.ui.models import KIND_ROLE, SENTENCE_ROLE, SOURCE_ROLE, GroupModel, OnlyInFilter, OnlyInModel
from test_ui_data import MRE, hand_comparison


def test_only_in_model_lists_single_sourced_sentences_and_unique_details(qtmodeltester):
    comparison = hand_comparison()
    model = OnlyInModel()
    model.set_comparison(comparison)
    qtmodeltester.check(model)
    kinds = [model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())]
    assert kinds.count("sentence") == 23 + 11
    details = [r for r in range(model.rowCount()) if model.index(r, 0).data(KIND_ROLE) == "detail"]
    assert [model.index(r, 2).data() for r in details] == [MRE]
    assert model.index(details[0], 0).data() == comparison.documents[0].source.name


def test_only_in_filter_by_source_and_kind(qtmodeltester):
    model = OnlyInModel()
    model.set_comparison(hand_comparison())
    proxy = OnlyInFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(1, None)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 11
    assert {proxy.index(r, 0).data(SOURCE_ROLE) for r in range(proxy.rowCount())} == {1}
    proxy.set_filter(None, "detail")
    assert proxy.rowCount() == 1


def test_group_model_holds_each_version(qtmodeltester):
    comparison = hand_comparison()
    model = GroupModel()
    (s0, i0), (s1, i1) = comparison.groups[3].members
    model.set_selection(comparison, s1, i1)
    qtmodeltester.check(model)
    assert model.group == 3 and model.score == 0.8
    assert [model.index(r, 0).data(SENTENCE_ROLE) for r in range(2)] == [i0, i1]
    assert model.index(0, 1).data() == comparison.documents[0].sentence_text(i0)
    assert model.rows[0].spans and model.rows[0].spans[0][2] == "conflict"


def test_group_model_for_a_single_sourced_sentence(qtmodeltester):
    comparison = hand_comparison()
    model = GroupModel()
    model.set_selection(comparison, 0, comparison.single_sourced(0)[0])
    qtmodeltester.check(model)
    assert model.group is None and model.rowCount() == 1
