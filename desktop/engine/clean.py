"""Clean: find page furniture and repeated lines in a report, and say why each one is left out.

Nothing is dropped silently: every excluded span is reported as a ``Removed`` with a reason and a label.
A line goes for its *shape* (``furniture``: menus, breadcrumbs, dates alone, counters, calls to action), its
*place* (``page_layout``: before the headline, after the last paragraph) or its *repetition*: a line repeated
inside the report, or carried verbatim by other reports of the comparison at the edge of their pages. Nothing
looks at a list of known pages.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from .clean_lines import Line, lines_of
from .furniture import shape_reason
from .model import Removed
from .page_layout import layout, place_reasons, with_listed_titles, with_live_box, with_notes_heading, with_tables

__all__ = ["Line", "lines_of", "find_removed", "page_headline", "repeated_lines", "duplicates"]


def _duplicate_key(text: str) -> str:
    words = default_process(text.replace("\u2019", "'")).split()
    return " ".join(sorted(words))


_BLOCK_LIMIT = 40  # a word on more lines than this is too common to find near-copies by


def duplicates(lines: list[Line], skip: set[int], cutoff: float = 88.0) -> dict[int, int]:
    """Lines that repeat an earlier line (same words, maybe re-cased, reordered or with a word changed).

    Blocked, not all-pairs: exact repeats are found by their key, near-copies only among earlier lines
    sharing one of the line's three rarest words (a near-copy keeps most words, so it keeps at least one of
    those). Returns {later line index: earlier line index}."""
    cand = [ln for ln in lines if ln.index not in skip and ln.words >= 3]
    keys = [_duplicate_key(ln.text) for ln in cand]
    words = [set(k.split()) for k in keys]
    freq: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in ws:
            freq[w] += 1
    seen: dict[str, list[int]] = defaultdict(list)
    exact: dict[str, int] = {}
    out: dict[int, int] = {}
    for j, ws in enumerate(words):
        first = exact.setdefault(keys[j], j)
        if first != j:
            out[cand[j].index] = out.get(cand[first].index, cand[first].index)  # point at the original
            continue
        rare = [w for w in sorted(ws, key=lambda w: (freq[w], w))[:3] if freq[w] <= _BLOCK_LIMIT]
        for i in sorted({i for w in rare for i in seen[w]}):
            a, b = cand[i], cand[j]
            if a.index in out or min(a.words, b.words) / max(a.words, b.words) < 0.75:
                continue
            if fuzz.ratio(keys[i], keys[j], score_cutoff=cutoff):
                out[b.index] = a.index
                break
        for w in rare:
            seen[w].append(j)
    return out


def _shapes(lines: list[Line]) -> list[str | None]:
    """Each line's furniture shape, read alone and then beside its neighbours (headlines under a label of links,
    a table's rows)."""
    shapes = with_listed_titles(lines, [shape_reason(line) for line in lines])
    return with_notes_heading(lines, with_tables(lines, with_live_box(lines, shapes)))


def find_removed(text: str, repeated: frozenset[int] = frozenset(), heading: str | None = None) -> list[Removed]:
    """Spans of ``text`` to leave out of the comparison, sorted, each with a reason and a human label.
    ``repeated``: indices of the lines (``lines_of``) that other reports of the comparison carry verbatim;
    ``heading``: the headline the document marks as such (a Markdown file's "# …"), whatever its shape."""
    lines = lines_of(text)
    shapes = _shapes(lines)
    where = layout(lines, shapes, repeated, heading)
    removed = {i: Removed(lines[i].start, lines[i].end, "boilerplate", label)
               for i, label in place_reasons(lines, shapes, where, repeated).items()}
    body = range(where.start, where.end + 1) if where.start is not None else range(0)
    for short, whole in pulled_quotes(lines, [i for i in body if i not in removed]).items():  # before the near-copies:
        ln = lines[short]  # the paragraph that quotes it with its speaker stays, not the bare quote
        removed[short] = Removed(ln.start, ln.end, "duplicate", f"pull quote of line {_line_number(text, lines[whole].start)}")
    for later, earlier in duplicates(lines, set(removed)).items():
        ln = lines[later]
        removed[later] = Removed(ln.start, ln.end, "duplicate", f"repeats line {_line_number(text, lines[earlier].start)}")
    return sorted(removed.values(), key=lambda r: r.start)


def pulled_quotes(lines: list[Line], among: list[int]) -> dict[int, int]:
    """Quotes of the body (``among``) that another, longer line holds word for word, quote marks and punctuation
    aside: a pull quote, a line that is a quote alone set without a full stop as a page prints it apart ("« Le
    bâtiment contenait surtout des cartons et des palettes »", "« Les flammes montaient jusqu'au ciel ! »"), which the
    report says in its paragraph. A paragraph quoting a statement with its full stop («Nous ne céderons pas sur les
    retraites.») is the report's and stays, as do an intertitle or a standfirst that repeat a paragraph's words.
    {pull quote: the line that holds it}."""
    keys = {i: _line_key(lines[i].text) for i in among}
    out: dict[int, int] = {}
    for i in among:
        if not _PULLED_WORDS[0] <= lines[i].words <= _PULLED_WORDS[1] or not _PULL_QUOTE.match(lines[i].text):
            continue
        whole = next((j for j in among if j != i and len(keys[j]) > len(keys[i]) and f" {keys[i]} " in f" {keys[j]} "),
                     None)
        if whole is not None:
            out[i] = whole
    return out


_PULLED_WORDS = (8, 40)  # a pull quote's length (a shorter quote is an intertitle quoting its paragraph: it stays)
_PULL_QUOTE = re.compile(r"^[«“\"„‘'].*[^.\s]\s*[»”\"“’']$")  # a quote alone, no full stop before its closing mark


def page_headline(text: str) -> str | None:
    """The headline of a pasted web page: the title-shaped line above the article's first paragraph, when
    page furniture (a site name, menus, a breadcrumb) stands before it; None for a text that starts with it."""
    lines = lines_of(text[:_HEAD_CHARS])  # the headline stands near the top: a long text is not read whole
    shapes = _shapes(lines)
    where = layout(lines, shapes)
    return lines[where.headline].text if where.headline else None


_HEAD_CHARS = 6_000  # page tops (site name, menus, cookie notice, breadcrumb) are shorter than this


def _line_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def repeated_lines(texts: list[str]) -> list[frozenset[int]]:
    """For each text, the indices of its lines that at least one other text carries verbatim (case, spaces and
    punctuation aside)."""
    keys = [[_line_key(ln.text) for ln in lines_of(t)] for t in texts]
    seen_in = Counter(k for ks in keys for k in set(ks) if k)
    return [frozenset(i for i, k in enumerate(ks) if k and seen_in[k] >= 2) for ks in keys]


def _line_number(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
