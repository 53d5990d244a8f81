"""Next/previous difference: which sentences count as a difference, and stepping through them."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from desktop.engine.model import Comparison


def differences(comparison: Comparison, source: int, facts_only: bool = False) -> list[int]:
    """Sentences of ``source`` worth stopping at: single-sourced ones and those carrying details (with
    ``facts_only``, details of names, numbers, dates, quotes or attributions only)."""
    marked = set(comparison.single_sourced(source))
    marked.update(d.sentence for d in comparison.details if d.source == source and (d.is_fact or not facts_only))
    return sorted(marked)


def step(items: list[int], current: int | None, forward: bool) -> int | None:
    """The next (or previous) item after ``current``; from the start (or end) when nothing is current.

    Returns None at the end of the list: the caller decides whether to wrap or beep."""
    if not items:
        return None
    if current is None:
        return items[0] if forward else items[-1]
    if forward:
        i = bisect_right(items, current)
        return items[i] if i < len(items) else None
    i = bisect_left(items, current) - 1
    return items[i] if i >= 0 else None
