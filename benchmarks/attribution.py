"""How well the engine finds who says it: span precision, recall and F1, and kind accuracy on matched spans,
against hand annotations (``../shared/eval/attribution/``: one ``<file>.attr.json`` per report, see its GUIDE.md).

    python benchmarks/attribution.py                        # the annotated samples
    python benchmarks/attribution.py DIR [DIR ...] --texts TEXTDIR [--verbose] [--flags]

A predicted span matches a gold ``who`` when it covers at least half of it and is at most three times as long
(one predicted span per gold span). Gold spans are found in the report's text from their sentence's anchor
(the sentence runs to the next anchor) and their cue; spans are compared as offsets into the text, so the
engine's sentence splitting does not matter. ``--texts`` folders are searched (recursively) for the reports.

``--flags``: where both reports of a folder are annotated, they are compared and every linked claim's flag
("anonymous sources only", "no stated source" or none) from the engine's attributions is checked against the
flag the gold attributions of the same sentences give.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.engine.attribution import document_attributions  # noqa: E402
from desktop.engine.attribution.compare import ANONYMOUS_ONLY, claim_sourcing, flag_of, speakers  # noqa: E402
from desktop.engine.model import Attribution  # noqa: E402
from desktop.engine.ingest import read_path  # noqa: E402
from desktop.engine.pipeline import compare, document_features, prepare  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "attribution"
TEXTS = [SHARED / "seeds", SHARED / "eval" / "same_story", SHARED / "eval" / "rpm2_fr" / "documents"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    label: str = ""


def _nearest(text: str, needle: str, lo: int, hi: int, near: int) -> int:
    hits, pos = [], text.find(needle, lo)
    while 0 <= pos and pos + len(needle) <= hi:
        hits.append(pos)
        pos = text.find(needle, pos + 1)
    if not hits:
        return text.find(needle)
    return min(hits, key=lambda p: abs(p - near))


def gold_spans(ann: dict, text: str) -> list[Span]:
    """The gold ``who`` spans as offsets into ``text``."""
    starts = sorted((text.find(s["anchor"]), k) for k, s in enumerate(ann["sentences"]))
    out = []
    for n, (lo, k) in enumerate(starts):
        hi = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        for a in ann["sentences"][k]["attributions"]:
            cue = _nearest(text, a["cue"], lo, hi, lo) if a.get("cue") else lo
            at = _nearest(text, a["who"], lo, hi, cue)
            if at >= 0:
                out.append(Span(at, at + len(a["who"]), a["kind"], a["who"]))
    return out


def predicted_spans(path: Path) -> tuple[list[Span], str]:
    doc = prepare(read_path(path))
    atts = document_attributions(doc, document_features(doc), 0)
    return [Span(a.start, a.end, a.kind, doc.text[a.start:a.end]) for a in atts], doc.text


def _matches(p: Span, g: Span) -> bool:
    overlap = min(p.end, g.end) - max(p.start, g.start)
    return overlap * 2 >= g.end - g.start and (p.end - p.start) <= 3 * (g.end - g.start)


def match(pred: list[Span], gold: list[Span]) -> list[tuple[Span, Span]]:
    """Gold spans paired with predicted spans, each used once (the largest overlap first)."""
    pairs = sorted(((min(p.end, g.end) - max(p.start, g.start), i, j) for i, p in enumerate(pred)
                    for j, g in enumerate(gold) if _matches(p, g)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j)
            out.append((pred[i], gold[j]))
    return out


def _find(name: str, folders: list[Path]) -> Path | None:
    for folder in folders:
        hits = sorted(folder.rglob(name)) if folder.is_dir() else []
        if hits:
            return hits[0]
    return None


def _text_of(ann_path: Path, ann: dict, folders: list[Path]) -> Path | None:
    """The annotated report: beside its annotation if it is there (pairs of reports named a.txt, b.txt), else
    found in ``folders``."""
    beside = ann_path.parent / ann["file"]
    return beside if beside.is_file() else _find(ann["file"], folders)


def score_file(ann_path: Path, folders: list[Path], verbose: bool) -> tuple[int, int, int, int] | None:
    ann = json.loads(ann_path.read_text(encoding="utf-8"))
    path = _text_of(ann_path, ann, folders)
    if path is None:
        print(f"  {ann['file']}: text not found, skipped")
        return None
    pred, text = predicted_spans(path)
    gold = gold_spans(ann, text)
    pairs = match(pred, gold)
    right = sum(p.kind == g.kind for p, g in pairs)
    print(f"  {ann['file']}: gold {len(gold)}, predicted {len(pred)}, matched {len(pairs)}, right kind {right}")
    if verbose:
        _explain(pred, gold, pairs, text)
    return len(gold), len(pred), len(pairs), right


def _explain(pred: list[Span], gold: list[Span], pairs: list[tuple[Span, Span]], text: str) -> None:
    matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for g in gold:
        if g not in matched_g:
            print(f"      missed  {g.label!r} ({g.kind})  in  {_context(text, g)}")
    for p in pred:
        if p not in matched_p:
            print(f"      extra   {p.label!r} ({p.kind})  in  {_context(text, p)}")
    for p, g in pairs:
        if p.kind != g.kind:
            print(f"      kind    {p.label!r}: {p.kind}, gold {g.kind}")


def _context(text: str, span: Span) -> str:
    """The words around a span, on one line, the span in [brackets]."""
    before, after = text[max(0, span.start - 70) : span.start], text[span.end : span.end + 50]
    return " ".join(f"…{before}[{text[span.start:span.end]}]{after}…".split())


def report(label: str, totals: list[tuple[int, int, int, int]]) -> None:
    gold, pred, hit, right = (sum(t[k] for t in totals) for k in range(4))
    p, r = hit / pred if pred else 0.0, hit / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    kind = right / hit if hit else 0.0
    print(f"{label}: {len(totals)} reports, {gold} gold spans: span P {p:.3f} R {r:.3f} F1 {f1:.3f}, "
          f"kind accuracy {kind:.3f} ({right}/{hit})")


def _gold_attributions(comp, source: int, gold: list[Span]) -> list[Attribution]:
    """Gold spans as attributions of the engine's sentences (a span belongs to the sentence holding its start)."""
    out = []
    for g in gold:
        for i, sent in enumerate(comp.documents[source].sentences):
            if sent.start <= g.start < sent.end:
                out.append(Attribution(source, i, g.start, g.end, g.kind, (g.start, g.end)))
    return out


def score_flags(pair: list[tuple[dict, Path]]) -> list[tuple[str | None, str | None, bool, bool]]:
    """(predicted flag, gold flag, predicted "attributed differently", gold) of every claim the engine links between
    the two annotated reports; the gold figures compare the gold attributions of the same sentences."""
    comp = compare([read_path(path) for _, path in pair])
    gold = [a for k, (ann, _) in enumerate(pair) for a in _gold_attributions(comp, k, gold_spans(ann, comp.documents[k].text))]
    gold_claims = claim_sourcing(replace(comp, attributions=gold))
    out = []
    for claim, gold_claim in zip(claim_sourcing(comp), gold_claims):
        members = comp.groups[claim.group].members
        versions = {s: speakers([a for a in gold if (a.source, a.sentence) in members and a.source == s])
                    for s in claim.versions}
        out.append((claim.flag, flag_of(versions), claim.differs, gold_claim.differs))
    return out


def _pairs(folders: list[Path], texts: list[Path]) -> list[list[tuple[dict, Path]]]:
    """Annotated reports whose partner (the other report in the same folder) is annotated too."""
    found = {}
    for folder in folders:
        for f in sorted(folder.rglob("*.attr.json")):
            ann = json.loads(f.read_text(encoding="utf-8"))
            path = _text_of(f, ann, texts)
            if path is not None:
                found.setdefault(path.parent, []).append((ann, path))
    return [sorted(v, key=lambda x: x[1].name) for v in found.values() if len(v) == 2]


def report_flags(folders: list[Path], texts: list[Path]) -> None:
    results = []
    for pair in _pairs(folders, texts):
        got = score_flags(pair)
        print(f"  {pair[0][1].name} + {pair[1][1].name}: {len(got)} linked claims, flags right "
              f"{sum(p == g for p, g, _, _ in got)}; gold {[g for _, g, _, _ in got]}")
        results += got
    if not results:
        print("flags: no pair of annotated reports")
        return
    same = sum(p == g for p, g, _, _ in results) / len(results)
    anon = sum((p == ANONYMOUS_ONLY) == (g == ANONYMOUS_ONLY) for p, g, _, _ in results) / len(results)
    differs = sum(p == g for _, _, p, g in results) / len(results)
    print(f"flags: {len(results)} linked claims: flag right {same:.3f}, 'anonymous sources only' right {anon:.3f} "
          f"(gold anonymous-only claims: {sum(g == ANONYMOUS_ONLY for _, g, _, _ in results)}); "
          f"'attributed differently' right {differs:.3f} (gold: {sum(g for _, _, _, g in results)}, "
          f"predicted: {sum(p for _, _, p, _ in results)})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[GOLD], help="folders of *.attr.json")
    ap.add_argument("--texts", nargs="*", type=Path, default=TEXTS, help="where the reports are")
    ap.add_argument("--verbose", action="store_true", help="list missed and extra spans and wrong kinds")
    ap.add_argument("--flags", action="store_true", help="also score the claim flags on pairs of annotated reports")
    args = ap.parse_args(argv)
    for folder in args.folders:
        files = sorted(folder.rglob("*.attr.json"))
        if not files:
            print(f"skipped: no annotations in {folder}")
            continue
        print(folder)
        totals = [t for t in (score_file(f, args.texts, args.verbose) for f in files) if t]
        report(f"{folder.name}", totals)
    if args.flags:
        report_flags(args.folders, args.texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
