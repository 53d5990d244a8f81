"""The comparison as CSV for a spreadsheet: one row per claim sentence and one per detail.

Columns: ``row_type`` (claim | detail), ``group`` (the claim number shown in the Markdown and HTML
reports, empty when single-sourced), ``source`` (A, B, …), ``source_name``, ``sentence`` (its number in
the source, from 1), ``start``/``end`` (code-point offsets into the source text; for details, the
span's), ``text``, ``kind`` (shared | single | unique | conflict), ``type`` (for details: text, number,
name, date, quote, attribution, negation, hedge), ``verdict`` and ``note`` (the claim's annotation, on claim rows), ``who_says_it``
and ``source_kinds`` (on sentence rows: the phrases naming the source of the statement, and their kinds, joined by
"; "), ``claim_sourcing`` (on shared claim rows: "anonymous sources only", "no stated source", "attributed
differently", or empty), ``nearest_elsewhere`` (on single-sourced rows: "B16 (0.48)", the nearest unlinked sentence
of another source when it scores ``view.REPORT_NEAR`` or more: check whether it says the same).

A text cell that a spreadsheet would run as a formula (it starts with = + - @ or a tab) gets a leading
apostrophe, so a hostile article cannot plant a formula in the fact-checker's sheet.
"""
from __future__ import annotations

import csv
import io

from desktop.engine.model import Annotation, Comparison
from desktop.export.view import ReportView, SentenceView, build_view

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "row_type", "group", "source", "source_name", "sentence", "start", "end", "text", "kind", "type", "verdict", "note",
    "who_says_it", "source_kinds", "claim_sourcing", "nearest_elsewhere",
)


def render_csv(comparison: Comparison, annotations=()) -> str:
    """CSV text (header row first) of every claim sentence and detail, shared claims first, in report order."""
    view = build_view(comparison, annotations)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for claim in view.claims:
        flags = "; ".join(w for w in (claim.flag, "attributed differently" if claim.differs else None) if w)
        for m in claim.members:
            writer.writerows(_rows(view, m, claim.annotation, flags))
    for src in view.sources:
        for s in src.single:
            writer.writerows(_rows(view, s, s.annotation, ""))
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text[:1] in _FORMULA else text


def _rows(view: ReportView, s: SentenceView, note: Annotation | None, claim_flags: str) -> list[list]:
    src = view.sources[s.source]
    common = ["" if s.claim is None else s.claim, src.letter, _cell(src.name), s.index + 1]
    verdict, remark = ((note.verdict or ""), _cell(note.note)) if note else ("", "")
    kind = "single" if s.claim is None else "shared"
    who = _cell("; ".join(sp.who for sp in s.speakers))
    kinds = "; ".join(sp.kind for sp in s.speakers)
    near = f"{s.close_ref} ({s.close[2]:.2f})" if s.close else ""
    rows = [["claim", *common, s.start, s.end, _cell(s.text), kind, "", verdict, remark, who, kinds, claim_flags, near]]
    for text, span in s.pieces():
        if span is None or span.heuristic:
            continue
        kind = "unique" if span.kind == "salient" else span.kind
        rows.append(["detail", *common, s.start + span.start, s.start + span.end, _cell(text), kind, span.type, "", "",
                     "", "", "", ""])
    return rows
