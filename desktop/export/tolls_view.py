"""The reports' tolls as the exports show them: one row per outcome (the dead, the injured, the missing, the
evacuated, the homeless, an earthquake's magnitude), one cell per report with its headline figure
(``engine.tolls.headlines``), as written; ⚠ where those differ (``engine.tolls``)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.model import Comparison
from desktop.engine.tolls import LABELS, tolls


TOLLS_NOTE = ("Each report's toll as its lead (title and first sentences) gives it, in its words, or further on in a "
              "sentence linked to another report's figure; a figure a report gives only further on is in brackets, not "
              "compared (often another event's or one place's). ⚠ = the figures differ: check which is current (a toll "
              "rises as reports come in); in colour, the figures against the one most reports give.")


@dataclass(frozen=True)
class TollRow:
    label: str  # "Injured"
    disputed: bool
    cells: tuple[str, ...]  # per source: its lead's figure as written ("Twelve (12)", "at least nine (9)", "No deaths"),
    #                         or ""
    differing: frozenset[int] = frozenset()  # the sources whose figure is one to check (``Toll.differs``)

    def differs(self, source: int) -> bool:
        return source in self.differing


def toll_rows(comparison: Comparison) -> tuple[TollRow, ...]:
    n = len(comparison.documents)
    rows = []
    for t in tolls(comparison):
        cells = tuple(h.shown if (h := t.headline(s)) else _further(t, s) for s in range(n))
        if any(t.headline(s) for s in range(n)):  # an outcome only given further on is no lead's toll
            rows.append(TollRow(LABELS[t.outcome], t.disputed, cells, frozenset(filter(t.differs, range(n)))))
    return tuple(rows)


def _further(t, source: int) -> str:
    """A figure the report gives only further on, in brackets ("(14)"), or "" for none: a dash read as "no figure"."""
    further = t.further(source)
    return f"({further[0].shown})" if further else ""


def tolls_line(rows: tuple[TollRow, ...]) -> tuple[str, int, str] | None:
    """The summary's line on tolls given differently (sign, figure, words), or None when the reports agree."""
    disputed = [r.label.lower() for r in rows if r.disputed]
    if not disputed:
        return None
    what = "toll" if len(disputed) == 1 else "tolls"
    return ("⚠ ", len(disputed), f"{what} the reports give differently ({', '.join(disputed)}): their figures under "
                                 "Tolls, the first each report gives in its lead (or linked to another's figure) compared")
