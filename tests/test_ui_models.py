"""The side panels' item models: Qt's model contract, and what they list."""
from __future__ import annotations

from PySide6.QtCore import Qt

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



WHEAT = ("La Russie a demandé à la Turquie une aide pour exporter son blé, révèle un document officiel.\n\n"
         "Les négociants de Chicago ont accueilli la nouvelle par une baisse des contrats à terme.\n")


def test_each_version_says_how_closely_it_matches_the_selected_sentence(seed_paths):
    """In a claim of three reports, a version that joined through another version (here a third report's sentence
    put in the samples' claim beside the second report's version, as a chain of links would) reads as loosely tied
    to the first report's sentence; versions linked to the selected sentence show their score; the selected
    sentence's own report shows nothing."""
    from dataclasses import replace

    from desktop.engine.model import Group, Link, Source
    from desktop.engine.pipeline import compare
    from desktop.ui.models import tie_text

    comp = compare([Source(p.name, p.read_text(encoding="utf-8")) for p in seed_paths] + [Source("wheat", WHEAT)])
    k, group = next((k, g) for k, g in enumerate(comp.groups) if {s for s, _ in g.members} == {0, 1})
    mine, theirs = (next(m for m in group.members if m[0] == n) for n in (0, 1))
    chicago = (2, 1)
    chained = Group(sorted(group.members + [chicago]), group.score, group.links + [Link(theirs, chicago, 0.9)])
    comp = replace(comp, groups=comp.groups[:k] + [chained] + comp.groups[k + 1:])
    model = GroupModel()
    model.set_selection(comp, *mine)
    texts = {(r.source, r.sentence): tie_text(r, model.selected) for r in model.rows}
    assert texts[mine] == ""
    assert texts[theirs] == f"match with the selected sentence {comp.pair_score(mine, theirs):.2f}"
    assert texts[chicago].startswith("⚠ loosely tied to the selected sentence")
    model.set_selection(comp, *theirs)
    texts = {(r.source, r.sentence): tie_text(r, model.selected) for r in model.rows}
    assert texts[mine] == f"match with the selected sentence {comp.pair_score(mine, theirs):.2f}"
    assert all(t == "" for (s, _), t in texts.items() if s == 1)


def test_only_in_sentences_to_check_are_those_another_source_comes_close_to_closest_first(qtmodeltester, seed_comparison):
    from desktop.ui.models import CLOSE_ROLE, TO_CHECK

    model = OnlyInModel()
    model.set_comparison(seed_comparison)
    proxy = OnlyInFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(None, TO_CHECK)
    qtmodeltester.check(proxy)
    rows = [(proxy.index(r, 0).data(SOURCE_ROLE), proxy.index(r, 0).data(SENTENCE_ROLE)) for r in range(proxy.rowCount())]
    assert set(rows) == set(seed_comparison.elsewhere)
    scores = [proxy.index(r, 0).data(CLOSE_ROLE) for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    assert proxy.index(0, 3).data() == f"{scores[0]:.2f}"
    other = seed_comparison.elsewhere[rows[0]].b
    assert model.names[other[0]] in proxy.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    proxy.set_filter(None, "sentence")  # every single-sourced sentence again, in the sources' order
    listed = [(proxy.index(r, 0).data(SOURCE_ROLE), proxy.index(r, 0).data(SENTENCE_ROLE)) for r in range(proxy.rowCount())]
    assert listed == sorted(listed) and len(listed) > len(rows)


def test_who_says_it_of_a_version_whose_language_is_not_read_says_so():
    from desktop.engine.model import NO_SOURCE, NOT_READ
    from desktop.ui.models import Row, sourcing_text

    assert sourcing_text(Row(1, 0, "member", "Rusia pidió ayuda militar a China.", read=False)) == NOT_READ
    assert sourcing_text(Row(0, 0, "member", "La Russie a demandé une aide.")) == NO_SOURCE
