"""Page furniture on pasted web pages: how much is left out of the sentences, how much article text is kept.

The development set is built at run time: reports of ../shared/eval (rpm2 French articles, same-story pairs,
skipped when absent) and the German, Spanish and Italian reports of _own_articles.py, each wrapped in page
furniture written for this project (_furniture.py) in French, English, German, Spanish or Italian, then compared
in pairs as pasted pages. Half the pairs share a site's template (same menus and footer), as two articles of one
outlet would. Prints, per furniture language and overall: furniture lines out of the sentences, article text kept
(characters of article lines inside sentences), and headlines found as the column title.
Usage: python benchmarks/page_cleaning.py [--verbose] [--cli] [--html] [--holdout | --blind] [--seed N] [--write DIR]
  --html   save each page as .html (one with <nav>/<article> markup, the other all bare <div>s) and read it
           through trafilatura and the cleaner; lines are matched by their text
  --cli    go through `synoptic compare --json --no-semantic` on files instead of the engine (slower)
  --write  also write the pages as .txt files into DIR (to look at them, or open them in the app)
"""
from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from _common import ROOT, SHARED
from _furniture import build_page, Page
from _furniture_blind import BLIND
from _furniture_holdout import HOLDOUT
from _own_articles import ARTICLES

sys.path.insert(0, str(ROOT))

EVAL = SHARED / "eval"
LANGS = ["fr", "en", "de", "es", "it"]


def _article(path: Path, has_headline: bool) -> tuple[str | None, list[str]]:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
    return (lines[0], lines[1:]) if has_headline else (None, lines)


def report_pairs() -> list[tuple[str, str, list[tuple[str | None, list[str]]]]]:
    """(name, article language, [two reports]) for every comparison of the set."""
    pairs = []
    for lang, reports in ARTICLES.items():
        pairs.append((f"own-{lang}", lang, reports))
    same = EVAL / "same_story"
    for folder in sorted(same.glob("*__*")) if same.is_dir() else []:
        texts = sorted(p for p in folder.glob("*.txt"))
        french = folder.name.startswith("T")
        pairs.append((folder.name, "fr" if french else "en", [_article(p, french) for p in texts]))
    docs = EVAL / "rpm2_fr" / "documents"
    if docs.is_dir():
        for topic in range(1, 11):
            for period in (1, 2):
                a, b = (docs / f"T{topic:02d}_C{period}_{k:02d}.txt" for k in (2 * period + 4, 2 * period + 5))
                if a.exists() and b.exists():
                    pairs.append((f"rpm2-T{topic:02d}C{period}", "fr", [_article(a, True), _article(b, True)]))
    return pairs


def build_set(seed: int, furniture: dict | None = None) -> list[tuple[str, str, list[Page]]]:
    """(name, furniture language, pages) for every comparison: furniture in the article's language, and for the
    French and English reports also in another of the five languages."""
    rng = random.Random(seed)
    out = []
    for name, lang, reports in report_pairs():
        chrome = [lang] + ([rng.choice([x for x in LANGS if x != lang])] if lang in ("fr", "en") else [])
        for furniture_lang in chrome:
            shared_site = rng.random() < 0.5
            site_seed = rng.randrange(1 << 30)
            pages = []
            for headline, paragraphs in reports:
                page_rng = random.Random(site_seed if shared_site else rng.randrange(1 << 30))
                pages.append(build_page(headline, paragraphs, furniture_lang, page_rng, blank_lines=rng.random() < 0.4,
                                        furniture=furniture))
            out.append((f"{name}/{furniture_lang}", furniture_lang, pages))
    return out


def spans_of(page: Page) -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    for line, label in page.lines:
        start = page.text.index(line, pos)
        out.append((start, start + len(line), line, label))
        pos = start + len(line)
    return out


def run_engine(pages: list[Page]) -> list[dict]:
    from desktop.engine.ingest import from_text
    from desktop.engine.pipeline import prepare_all

    sources = [from_text(p.text, name=f"page {k + 1}") for k, p in enumerate(pages)]
    docs = prepare_all(sources)
    return [{"title": d.source.title, "sentences": [(s.start, s.end) for s in d.sentences],
             "removed": [(r.start, r.end, r.label) for r in d.removed]} for d in docs]


def run_cli(pages: list[Page]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, p in enumerate(pages):
            path = Path(tmp) / f"page{k + 1}.txt"
            path.write_text(p.text, encoding="utf-8")
            paths.append(str(path))
        exe = Path(sys.executable).with_name("synoptic")
        res = subprocess.run([str(exe), "compare", *paths, "--json", "--no-semantic"], capture_output=True, text=True,
                             check=True)
    data = json.loads(res.stdout)
    return [{"title": s.get("title"), "sentences": [(x["start"], x["end"]) for x in s["sentences"]],
             "removed": [(x["start"], x["end"], x.get("label", "")) for x in s["removed"]]} for s in data["sources"]]


def as_html(page: Page, flat: bool) -> str:
    """The page as saved from a browser: furniture in <header>/<nav>/<aside>/<footer> and link boxes, the article in
    <article> paragraphs; ``flat``: every line in a bare <div> (no structure for trafilatura to go by)."""
    parts, zone = [], "top"
    for line, label in page.lines:
        e = html.escape(line)
        if label == "headline":
            parts.append(f"<h1>{e}</h1>")
            zone = "meta"
        elif label == "article":
            parts.append(f"<p>{e}</p>")
            zone = "body"
        elif flat:
            parts.append(f"<div>{e}</div>")
        elif zone == "top":
            parts.append(f'<nav><a href="/s">{e}</a></nav>' if len(line.split()) < 4 else f'<div class="top">{e}</div>')
        else:
            parts.append(f'<div class="{zone}"><a href="/r">{e}</a></div>')
    body = "".join(f"<div>{p}</div>" for p in parts) if flat else f"<main><article>{''.join(parts)}</article></main>"
    title = html.escape(page.headline or "Page")
    return f'<!doctype html><html><head><meta charset="utf-8"><title>{title} | Site</title></head><body>{body}</body></html>'


def run_html(pages: list[Page]) -> list[dict]:
    from desktop.engine.ingest import read_path
    from desktop.engine.pipeline import prepare_all

    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for k, p in enumerate(pages):
            path = Path(tmp) / f"page{k + 1}.html"
            path.write_text(as_html(p, flat=k % 2 == 1), encoding="utf-8")
            sources.append(read_path(path))
    docs = prepare_all(sources)
    return [{"title": d.source.title, "text": d.text, "sentences": [(s.start, s.end) for s in d.sentences],
             "removed": [(r.start, r.end, r.label) for r in d.removed]} for d in docs]


def score_by_text(pages: list[Page], results: list[dict], tally: dict, examples: dict) -> None:
    """Scores when the text is the extractor's, not the page's: a line counts as kept when its characters (spaces
    aside) stand in the sentences' text."""
    for page, res in zip(pages, results):
        kept = "".join("".join(res["text"][a:b].split()) for a, b in res["sentences"])
        for line, label in page.lines:
            squeezed = "".join(line.split())
            inside = squeezed in kept
            if label == "furniture":
                tally["furniture"] += 1
                tally["furniture_out"] += not inside
                if inside:
                    examples["slipped"].append(line)
            else:
                tally["article_chars"] += len(squeezed)
                tally["article_kept"] += len(squeezed) * inside
                if not inside:
                    examples["removed"].append(line[:90])
        if page.headline:
            tally["headlines"] += 1
            tally["titles_right"] += res["title"] == page.headline
            if res["title"] != page.headline:
                examples["titles"].append(f"{res['title']!r} instead of {page.headline[:70]!r}")


def covered(start: int, end: int, sentences: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in sentences)


def score(pages: list[Page], results: list[dict], tally: dict, examples: dict) -> None:
    for page, res in zip(pages, results):
        sents = res["sentences"]
        for start, end, line, label in spans_of(page):
            inside = covered(start, end, sents)
            if label == "furniture":
                tally["furniture"] += 1
                tally["furniture_out"] += inside == 0
                if inside:
                    examples["slipped"].append(line)
            else:
                size = len(line.replace(" ", ""))
                tally["article_chars"] += size
                tally["article_kept"] += min(size, inside * size / max(1, len(line)))
                if inside < 0.5 * len(line):
                    why = next((r[2] for r in res["removed"] if r[0] < end and start < r[1]), "?")
                    examples["removed"].append(f"{line[:90]}  [{why}]")
        if page.headline:
            tally["headlines"] += 1
            tally["titles_right"] += res["title"] == page.headline
            if res["title"] != page.headline:
                examples["titles"].append(f"{res['title']!r} instead of {page.headline[:70]!r}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--cli", action="store_true")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--write", metavar="DIR")
    ap.add_argument("--holdout", action="store_true", help="the second furniture set (_furniture_holdout.py)")
    ap.add_argument("--blind", action="store_true", help="the third furniture set (_furniture_blind.py)")
    ap.add_argument("--html", action="store_true", help="save the pages as .html and read them through trafilatura")
    args = ap.parse_args()
    if not (EVAL / "rpm2_fr").is_dir():
        print(f"note: {EVAL} not found: only the German, Spanish and Italian reports of _own_articles.py are used")
    sets = build_set(args.seed, HOLDOUT if args.holdout else BLIND if args.blind else None)
    by_lang: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    examples: dict[str, list[str]] = defaultdict(list)
    for name, lang, pages in sets:
        if args.write:
            for k, p in enumerate(pages):
                out = Path(args.write) / f"{name.replace('/', '_')}_{k + 1}.txt"
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(p.text, encoding="utf-8")
        if args.html:
            results = run_html(pages)
            score_by_text(pages, results, by_lang[lang], examples)
            score_by_text(pages, results, by_lang["all"], defaultdict(list))
            continue
        results = run_cli(pages) if args.cli else run_engine(pages)
        score(pages, results, by_lang[lang], examples)
        score(pages, results, by_lang["all"], defaultdict(list))
    which = ("held-out furniture (_furniture_holdout.py)" if args.holdout else "blind furniture (_furniture_blind.py)"
             if args.blind else "development furniture (_furniture.py)")
    which += ", saved as .html (trafilatura, then the cleaner)" if args.html else ", pasted as text"
    print(f"page cleaning, {which}: {len(sets)} comparisons, {2 * len(sets)} pasted pages")
    print(f"{'furniture':>10} {'lines':>6} {'out %':>7} {'article kept %':>15} {'titles right':>13}")
    for lang in LANGS + ["all"]:
        t = by_lang[lang]
        if t["furniture"]:
            print(f"{lang:>10} {int(t['furniture']):>6} {100 * t['furniture_out'] / t['furniture']:>7.1f} "
                  f"{100 * t['article_kept'] / t['article_chars']:>15.2f} "
                  f"{int(t['titles_right']):>6}/{int(t['headlines'])}")
    if args.verbose:
        for kind in ("slipped", "removed", "titles"):
            print(f"\n-- {kind} ({len(examples[kind])})")
            for line in sorted(set(examples[kind]))[:80]:
                print("  ", line[:140])
    return 0


if __name__ == "__main__":
    sys.exit(main())
