"""The reports' tolls as the exports show them: one row per outcome (the dead, the injured, the missing, the
evacuated), one cell per report with its figures as written, first its first; ⚠ where the reports' leads give figures
that cannot both be right (``engine.tolls``)."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.model import Comparison
from desktop.engine.tolls import LABELS, tolls


TOLLS_NOTE = ("Each report's figures as it writes them, its first first; ⚠ = the figures the reports give in their "
              "leads cannot all be right.")


@dataclass(frozen=True)
class TollRow:
    label: str  # "Injured"
    disputed: bool
    cells: tuple[str, ...]  # per source: its figures as written, in reading order ("Twelve", "No deaths"), "" for none


def toll_rows(comparison: Comparison) -> tuple[TollRow, ...]:
    n = len(comparison.documents)
    rows = []
    for t in tolls(comparison):
        cells = tuple(" · ".join(dict.fromkeys(" ".join(f.text.split()) for f in t.figures if f.source == s))
                      for s in range(n))
        rows.append(TollRow(LABELS[t.outcome], t.disputed, cells))
    return tuple(rows)


def tolls_line(rows: tuple[TollRow, ...]) -> tuple[str, int, str] | None:
    """The summary's line on tolls given differently (sign, figure, words), or None when the reports agree."""
    disputed = [r.label.lower() for r in rows if r.disputed]
    if not disputed:
        return None
    what = "toll" if len(disputed) == 1 else "tolls"
    return ("⚠ ", len(disputed), f"{what} the reports give differently ({', '.join(disputed)}): their figures under "
                                 "Tolls, the first each report gives in its lead compared")
