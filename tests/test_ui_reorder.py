"""Reordering the sources (columns) and File → Open Recent."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop.ui.columns.source_order import moved, permute
from test_ui_data import MRE, find
from ui_window import comparison, open_window, window  # noqa: F401, F811 - pytest fixtures


def test_moving_a_source_renumbers_the_whole_comparison(comparison):
    order = moved(2, 0, 1)
    assert order == [1, 0]
    swapped = permute(comparison, order)
    assert [d.source.name for d in swapped.documents] == [d.source.name for d in reversed(comparison.documents)]
    for old, new in zip(comparison.groups, swapped.groups):
        assert sorted((1 - s, i) for s, i in old.members) == new.members
    mre = next(d for d in swapped.details if d.kind == "unique")
    assert mre.source == 1 and swapped.documents[1].text[mre.start:mre.end] == MRE
    conflict = next(d for d in swapped.details if d.kind == "conflict" and d.source == 1)
    assert conflict.counterparts[0][0] == 0
    assert swapped.single_sourced(1) == comparison.single_sourced(0)
    assert moved(2, 1, 1) is None and moved(2, 0, -1) is None


def test_move_source_right_swaps_the_columns(qtbot, window, comparison):
    names = [d.source.name for d in comparison.documents]
    mre = find(comparison.documents[0], "Parmi les aides")
    window.workspace.select(0, mre)
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.move_right_action.trigger()
    panes = window.workspace.panes
    assert [p.header.title.full_text() for p in panes] == names[::-1]
    assert MRE in panes[1].view.toPlainText() and MRE not in panes[0].view.toPlainText()
    assert window.workspace.selection == (1, mre)  # the selection followed its source
    assert panes[1].view.selected == [mre]
    assert window.coverage_model.headerData(1, Qt.Orientation.Horizontal) == names[1].removesuffix(".txt")
    assert not window.controller.is_running()  # renumbered, not compared again


def test_column_header_menu_moves_a_source_left(qtbot, window, comparison):
    names = [d.source.name for d in comparison.documents]
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.workspace.panes[1].header.move_requested.emit(-1)
    assert [p.header.title.full_text() for p in window.workspace.panes] == names[::-1]
    g = 1
    view = window.workspace.panes[0].view  # the old second source, now first: its group tints stay
    sentence = next(i for s, i in window.controller.comparison.groups[g].members if s == 0)
    assert view.built.sentence_groups[sentence] == g


def test_open_recent_reopens_the_same_files(qtbot, tmp_path, comparison):
    settings = QSettings(str(tmp_path / "synoptic.ini"), QSettings.Format.IniFormat)
    first = open_window(qtbot, comparison, settings)
    paths = [s.path for s in first.controller.sources]
    assert first.recent.entries == [paths]
    first.close()
    second = open_window(qtbot, comparison, settings)
    second.controller.set_sources([])
    menu_actions = [a for a in second.recent.menu.actions() if a.text().startswith("&1 ")]
    assert menu_actions and all(p.rsplit("/", 1)[-1] in menu_actions[0].text() for p in paths)
    with qtbot.waitSignal(second.comparison_shown, timeout=30_000):
        menu_actions[0].trigger()
    assert [s.path for s in second.controller.sources] == paths
    second.close()


def test_keyboard_removes_the_current_source(qtbot, window, comparison):
    window.workspace.select(1, 0)
    with qtbot.waitSignal(window.controller.sources_changed, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in window.controller.sources] == [comparison.documents[0].source.name]
    assert len(window.workspace.panes) == 1


def test_who_says_it_follows_its_source_when_the_columns_move(seed_comparison):
    """Each attribution still names the same words of the same report after the sources are swapped."""
    def spoken(comp):
        return sorted((comp.documents[a.source].source.name, comp.documents[a.source].text[a.start:a.end], a.kind)
                      for a in comp.attributions)

    assert seed_comparison.attributions
    swapped = permute(seed_comparison, [1, 0])
    assert spoken(swapped) == spoken(seed_comparison)


def test_the_nearest_sentences_elsewhere_follow_their_sources_when_the_columns_move(seed_comparison):
    """Found by a review: moving a column left 'Only here?' marks on the old source numbers (grouped sentences)."""
    from desktop.engine.near_misses import closest_elsewhere

    swapped = permute(seed_comparison, [1, 0])
    assert swapped.elsewhere == closest_elsewhere(swapped) and swapped.elsewhere
    assert not set(swapped.elsewhere) & set(swapped.group_index())


def test_selecting_a_claim_brings_the_column_of_its_other_version_on_screen(qtbot, tmp_path):
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Options
    from desktop.engine.pipeline import compare
    from desktop.ui.controller import ComparisonController
    from desktop.ui.main_window import MainWindow
    from test_ui_data import fake_compare_iter

    shared = "The regional council approved the new tramway line on Tuesday by 41 votes to 12."
    far = "Firefighters contained the warehouse blaze near the port after six hours, the prefecture said."
    texts = [f"Report {n} opens on its own news about the harbour, item {n}.\n\n" for n in range(5)]
    texts[1] += shared + "\n"
    texts[2] += shared.replace("Tuesday", "Tuesday evening") + "\n"
    texts[0] += far + "\n"
    texts[4] += far.replace("six", "6") + "\n"
    comparison = compare([from_text(t, f"r{n}.txt") for n, t in enumerate(texts)], Options(semantic=False))
    window = MainWindow(ComparisonController(fake_compare_iter(comparison)))
    qtbot.addWidget(window)
    window.resize(1000, 700)  # two columns fit, not three
    window.show()
    with qtbot.waitSignal(window.comparison_shown, timeout=30_000):
        window.controller.set_sources([d.source for d in comparison.documents])
    workspace = window.workspace
    bar, width = workspace.horizontalScrollBar(), workspace.viewport().width()
    panes = workspace.panes
    assert bar.maximum() > 0 and panes[2].x() + panes[2].width() - panes[1].x() <= width  # two neighbours fit

    def on_screen(k):
        return panes[k].x() >= bar.value() and panes[k].x() + panes[k].width() <= bar.value() + width

    bar.setValue(0)
    assert not on_screen(2)
    workspace.select(1, 1)  # its other version is in the third column
    assert on_screen(1) and on_screen(2)
    bar.setValue(bar.maximum())
    workspace.select(0, 1)  # the first and the fifth column do not fit together: the selected one shows
    assert on_screen(0)
