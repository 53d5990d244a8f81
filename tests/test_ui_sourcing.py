"""Who says it, in the app, on the engine's comparison of the two samples: the coverage grid's sourcing filters,
each column header's sourcing profile, and the versions panel's who-says-it lines that select their sentence."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.engine.attribution import compare as attribution_compare
from desktop.ui import sourcing_view
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE
from ui_window import open_window


@pytest.fixture
def window(qtbot, seed_comparison):
    win = open_window(qtbot, seed_comparison)
    yield win
    win.close()


def by_sentence(comparison) -> dict[tuple[int, int], list]:
    """Each sentence's speakers, a quotation's sentences sharing them (engine/quote_runs.py)."""
    from desktop.engine.attribution.compare import attributions_by_sentence

    return attributions_by_sentence(comparison)


def shown_claims(panel) -> list[tuple[int, int]]:
    """The (source, sentence) each row of the filtered grid leads with."""
    return [(panel.proxy.index(r, 0).data(SOURCE_ROLE), panel.proxy.index(r, 0).data(SENTENCE_ROLE))
            for r in range(panel.proxy.rowCount())]


def choose(panel, label: str) -> None:
    box = panel.filter_box
    index = box.findText(label)
    assert index >= 0, f"no filter {label!r}"
    box.setCurrentIndex(index)


def test_the_flags_match_the_engine(seed_comparison):
    assert sourcing_view.ANONYMOUS_ONLY == attribution_compare.ANONYMOUS_ONLY
    assert sourcing_view.NO_SOURCE == attribution_compare.NO_SOURCE


def test_the_grid_shows_the_claims_resting_on_anonymous_sources_only(window, seed_comparison):
    """Every version of such a claim cites someone, and everyone it cites (outlets aside) is anonymous."""
    atts, groups = by_sentence(seed_comparison), seed_comparison.group_index()

    def anonymous_only(ref):
        g = groups.get(ref)
        members = seed_comparison.groups[g].members if g is not None else [ref]
        cited = [a for m in members for a in atts.get(m, []) if a.kind != "outlet"]
        return bool(cited) and all(a.kind == "anonymous" for a in cited)

    expected = sorted(ref for ref in ({(s, i) for s, d in enumerate(seed_comparison.documents)
                                       for i in range(len(d.sentences))}) if anonymous_only(ref)
                      and (groups.get(ref) is None or ref == min(seed_comparison.groups[groups[ref]].members)))
    assert expected, "the samples hold claims resting on anonymous sources only"
    panel = window.coverage_panel
    choose(panel, "Resting on anonymous sources only")
    assert sorted(shown_claims(panel)) == expected
    assert f"{len(expected)} of {window.coverage_model.rowCount()} claims" in panel.summary.full_text()
    assert f"{len(expected)} on anonymous sources only" in panel.summary.full_text()
    assert "Sourcing: anonymous sources only" in panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_grid_shows_the_claims_attributed_differently(window, seed_comparison):
    conflicting = {d.group for d in seed_comparison.details if d.type == "attribution" and d.kind == "conflict"}
    assert conflicting, "the samples attribute a claim differently"
    panel = window.coverage_panel
    choose(panel, "Attributed differently by the sources")
    shown = shown_claims(panel)
    assert sorted(seed_comparison.group_index()[ref] for ref in shown) == sorted(conflicting)
    assert f"{len(conflicting)} attributed differently" in panel.summary.full_text()
    assert "attributed differently" in panel.proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    choose(panel, "All claims")
    assert panel.proxy.rowCount() == window.coverage_model.rowCount() > len(shown)


def test_each_column_header_shows_its_sourcing_profile(window, seed_comparison):
    atts = by_sentence(seed_comparison)
    for k, doc in enumerate(seed_comparison.documents):
        header = window.workspace.panes[k].header
        refs = [(k, i) for i in range(len(doc.sentences))]
        anonymous = sum(1 for r in refs if any(a.kind == "anonymous" for a in atts.get(r, [])))
        unsourced = sum(1 for r in refs if not atts.get(r))
        line = header.sourcing.full_text()
        assert line.startswith("Sources: ")
        assert f"{anonymous} anon." in line and f"{unsourced} unsourced" in line
        assert header.sourcing.isVisible()
        tip = header.sourcing.toolTip()
        assert f"{anonymous} resting on anonymous sources" in tip and "resting on named people" in tip
    assert anonymous > 0


def anchors(view) -> list[tuple[int, str]]:
    """(position, href) of every link in the versions panel."""
    out, block = [], view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                out.append((fragment.position() + 1, fragment.charFormat().anchorHref()))
            it += 1
        block = block.next()
    return out


def test_clicking_who_says_it_selects_that_versions_sentence(qtbot, window, seed_comparison):
    conflict = next(d for d in seed_comparison.details if d.type == "attribution" and d.kind == "conflict")
    members = sorted(seed_comparison.groups[conflict.group].members)
    first = members[0]
    other = next(m for m in members if m[0] != first[0])
    window.workspace.select(*first)
    view = window.group_panel.view
    links = anchors(view)
    assert [href for _, href in links] == [f"sentence:{s}:{i}" for s, i in members]
    position = next(p for p, href in links if href == f"sentence:{other[0]}:{other[1]}")
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    assert view.anchorAt(point) == f"sentence:{other[0]}:{other[1]}"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.workspace.selection == other
    assert window.workspace.panes[other[0]].view.selected == [i for s, i in members if s == other[0]]
    assert "who says it:" in view.toPlainText()  # the panel shows the group again, from the other side


def test_who_says_it_links_work_from_the_keyboard(qtbot, window, seed_comparison):
    conflict = next(d for d in seed_comparison.details if d.type == "attribution" and d.kind == "conflict")
    members = sorted(seed_comparison.groups[conflict.group].members)
    window.workspace.select(*members[0])
    view = window.group_panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first link: the first version
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the second version
    with qtbot.waitSignal(window.group_panel.jump_requested, timeout=2_000) as jumped:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tuple(jumped.args) == members[1]


def test_the_grid_counts_the_claims_said_differently_and_the_review_panel_warns_before_a_verdict(qtbot):
    """Found by a review: the window said '7 in every source' while the versions gave other ages and days, and one
    click on Corroborated covered them all."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare

    from desktop.ui.controller import ComparisonController
    from desktop.ui.main_window import MainWindow
    from test_ui_data import fake_compare_iter

    a = ("A 62-year-old man was arrested after the fire at the church in Wasilla, police said.\n\n"
         "The governor visited the church on Saturday and spoke with the pastor.\n")
    sources = [from_text(a, "A"), from_text(a.replace("62-year-old", "61-year-old"), "B")]
    comp = compare(sources, Options(semantic=False))
    assert comp.disputes() and len(comp.groups) == 2
    win = MainWindow(ComparisonController(fake_compare_iter(comp), lambda c, _t: c))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.comparison_shown, timeout=10_000):
        win.controller.set_sources(sources)
    try:
        assert "⚠ 1 said differently" in win.coverage_panel.summary.full_text()
        win.workspace.select(0, 0)
        assert "⚠ 2 details said differently: check before a verdict" in win.review.panel.title.text()
        win.workspace.select(0, 1)
        assert "differently" not in win.review.panel.title.text()
    finally:
        win.close()
