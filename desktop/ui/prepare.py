"""What the views compute from a comparison, computed in the worker thread as soon as it is made (a run or a
re-grouping), so that showing it does not hold the window: with six reports the tolls and who-says-it took 0.3-0.6 s
of the GUI thread after each re-grouping. Both are kept with the comparison (``tolls_of``, ``sourcing_of``)."""
from __future__ import annotations

from desktop.engine.model import Comparison


def prepared(comparison: Comparison) -> Comparison:
    """``comparison``, its tolls and sourcing computed (pure engine work: no Qt object is touched)."""
    from desktop.ui.panels.tolls import tolls_of
    from desktop.ui.sourcing_view import sourcing_of

    tolls_of(comparison)
    sourcing_of(comparison)
    return comparison


def then_prepared(run):
    """A comparison run (a generator of progress returning the comparison) whose comparison comes prepared."""
    comparison = yield from run
    return prepared(comparison)
