"""The comparison runs off the GUI thread, reports progress, and can be cancelled."""
from __future__ import annotations

from desktop.engine.model import Progress, Source, SynopticError
from desktop.ui.controller import ComparisonController
from test_ui_data import fake_compare_iter, sample_sources, hand_comparison


def test_controller_reports_progress_then_the_comparison(qtbot):
    comparison = hand_comparison()
    controller = ComparisonController(fake_compare_iter(comparison, steps=3))
    seen = []
    controller.progress_changed.connect(lambda f, m: seen.append((f, m)))
    with qtbot.waitSignal(controller.comparison_ready, timeout=30_000) as ready:
        controller.set_sources(sample_sources())
    assert ready.args[0] is comparison
    assert [m for _f, m in seen] == ["step 1 of 3", "step 2 of 3", "step 3 of 3"]
    controller.shutdown()


def test_cancel_stops_the_worker(qtbot):
    controller = ComparisonController(fake_compare_iter(hand_comparison(), steps=200, delay=0.02))
    finished = []
    controller.comparison_ready.connect(finished.append)
    with qtbot.waitSignal(controller.progress_changed, timeout=30_000):
        controller.set_sources(sample_sources())
    with qtbot.waitSignal(controller.comparison_cancelled, timeout=30_000):
        controller.cancel()
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=5_000)
    assert finished == []
    controller.shutdown()


def test_engine_errors_arrive_as_one_line(qtbot):
    def broken(_sources, _options):
        yield Progress("segment", 0.0)
        raise SynopticError("cannot read", "a.txt")

    controller = ComparisonController(broken)
    with qtbot.waitSignal(controller.comparison_failed, timeout=30_000) as failed:
        controller.set_sources(sample_sources())
    assert failed.args == ["a.txt: cannot read"]
    assert controller.comparison is None
    controller.shutdown()


def test_a_new_run_replaces_the_old_one(qtbot):
    slow = hand_comparison()
    controller = ComparisonController(fake_compare_iter(slow, steps=50, delay=0.02))
    results = []
    controller.comparison_ready.connect(results.append)
    controller.set_sources(sample_sources())
    controller._compare_iter = fake_compare_iter(fast := hand_comparison(), steps=1)
    with qtbot.waitSignal(controller.comparison_ready, timeout=30_000):
        controller.set_sources(sample_sources())
    qtbot.wait(200)
    assert results == [fast]
    controller.shutdown()


def test_a_link_made_during_a_run_is_in_the_comparison_the_run_shows(qtbot):
    """Found by a review: the run had started with the corrections of its start, and showed the old grouping
    (undoing a link during a run likewise)."""
    from desktop.engine.ingest import from_text
    from desktop.engine.model import Anchor, Options, Override
    from desktop.engine.pipeline import compare_iter, regroup

    texts = [("The mayor resigned on Monday.\n\nThe weather was cold.\n", "a.txt"),
             ("The mayor resigned on Monday.\n\nTraffic was light downtown.\n", "b.txt")]
    sources = [from_text(t, n) for t, n in texts]

    def slow(srcs, options=None, **kw):
        for _ in range(20):
            yield Progress("align", 0.1, "working")
            __import__("time").sleep(0.02)
        return (yield from compare_iter(srcs, Options(semantic=False), overrides=kw.get("overrides", ())))

    controller = ComparisonController(slow, lambda comp, threshold: regroup(comp, threshold))
    controller.set_sources(sources)
    link = Override("link", Anchor(sources[0].content_hash, 31, 52), Anchor(sources[1].content_hash, 31, 58))
    controller.set_overrides([link])  # while the run goes on
    with qtbot.waitSignal(controller.comparison_ready, timeout=30_000) as ready:
        pass
    shown = ready.args[0]
    assert shown.overrides == [link] and shown.group_index().get((0, 1)) == shown.group_index().get((1, 1)) is not None
    controller.shutdown()


def test_reports_beyond_ten_are_named_not_dropped_unsaid(qtbot):
    controller = ComparisonController(fake_compare_iter(hand_comparison()))
    many = [Source(f"report-{k}.txt", f"Report number {k} says the bridge fell.") for k in range(12)]
    with qtbot.waitSignal(controller.sources_left_out, timeout=5_000) as left:
        controller.set_sources(many[:9])
        controller.add_sources(many[9:])
    assert left.args[0].endswith("left out: report-10.txt, report-11.txt.")
    assert [s.name for s in controller.sources] == [f"report-{k}.txt" for k in range(10)]
    controller.shutdown()


def test_regrouping_runs_off_the_gui_thread_and_slider_steps_coalesce(qtbot):
    """Found by QA: each slider step, link, unlink or undo re-grouped on the GUI thread (1.6-1.9 s frozen with
    six reports). The GUI thread must be free while it runs, and steps made meanwhile go in one more run."""
    import dataclasses
    import threading

    comparison = hand_comparison()
    gate, calls = threading.Event(), []

    def regroup(comp, threshold):
        calls.append((threshold, threading.current_thread() is threading.main_thread()))
        gate.wait(10)
        return dataclasses.replace(comp, options=dataclasses.replace(comp.options, threshold=threshold))

    controller = ComparisonController(fake_compare_iter(comparison), regroup)
    with qtbot.waitSignal(controller.comparison_ready, timeout=30_000):
        controller.set_sources(sample_sources())
    shown = []
    controller.comparison_ready.connect(shown.append)
    for threshold in (0.3, 0.4, 0.9):  # returns at once although the first re-grouping is held
        controller.set_threshold(threshold)
    assert shown == [] and not controller.is_running()  # the window can move a column meanwhile
    gate.set()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert [t for t, _ in calls] == [0.3, 0.9] and not any(on_gui for _, on_gui in calls)
    assert shown[0].options.threshold == 0.9 and controller.comparison is shown[0]
    controller.shutdown()


def test_settle_shows_the_regrouping_asked_for_before_a_save(qtbot):
    import dataclasses
    import threading

    comparison = hand_comparison()
    gate = threading.Event()

    def regroup(comp, threshold):
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        return dataclasses.replace(comp, options=dataclasses.replace(comp.options, threshold=threshold))

    controller = ComparisonController(fake_compare_iter(comparison), regroup)
    with qtbot.waitSignal(controller.comparison_ready, timeout=30_000):
        controller.set_sources(sample_sources())
    controller.set_threshold(0.8)
    controller.settle()
    assert controller.comparison.options.threshold == 0.8
    gate.set()
    controller.shutdown()
    assert controller.comparison.options.threshold == 0.8
