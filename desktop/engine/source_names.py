"""Display names that tell the reports of one comparison apart.

Outlets' pages saved by a desk often share a file name ("afp/story.txt", "reuters/story.txt", "lemonde/story.txt"),
and so do two pages with one headline. Columns, panels and reports name each source, so two sources with one name
could not be told apart. Each name that several sources share takes the end of its file's path, as many folders
as it needs to differ ("afp/story.txt"); a name that is a page's title keeps it and adds that in brackets. Sources
that still share a name (the same file twice, two pastes) are numbered: "story.txt (2)".
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import replace

from desktop.engine.model import Source


def distinct_names(sources: list[Source]) -> list[Source]:
    """``sources`` with each shared display name made distinct (the others, and the order, unchanged)."""
    named: dict[str, list[int]] = defaultdict(list)
    for k, src in enumerate(sources):
        named[src.name.casefold()].append(k)
    out = list(sources)
    for ks in named.values():
        if len(ks) > 1:
            for k, name in zip(ks, _told_apart([sources[k] for k in ks])):
                out[k] = replace(sources[k], name=name) if name != sources[k].name else sources[k]
    return _numbered(out)


def _told_apart(same: list[Source]) -> list[str]:
    """New names for sources sharing one name, by the shortest ends of their paths that differ."""
    parts = [_path_parts(s.path) for s in same]
    longest = max(len(p) for p in parts)
    for depth in range(1, longest + 1):
        ends = ["/".join(p[-depth:]) for p in parts]
        if all(p for p in parts) and len({e.casefold() for e in ends}) == len(ends):
            return [_renamed(s, e) for s, e in zip(same, ends)]
    return [s.name for s in same]


def _renamed(src: Source, end: str) -> str:
    """The path's end for a file's name; a title keeps itself, with the path's end after it."""
    return end if src.path and src.name == os.path.basename(src.path) else f"{src.name} ({end})"


def _path_parts(path: str | None) -> list[str]:
    if not path:
        return []
    return [p for p in os.path.normpath(path).replace("\\", "/").split("/") if p]


def _numbered(sources: list[Source]) -> list[Source]:
    """Names still shared (the same file twice, two pastes) take a number from the second on, the first number no
    other source has ("a.txt (3)" when "a.txt (2)" is taken already)."""
    taken = {src.name.casefold() for src in sources}
    seen: set[str] = set()
    out = []
    for src in sources:
        name = src.name
        if name.casefold() in seen:
            n = 2
            while f"{src.name} ({n})".casefold() in taken:
                n += 1
            name = f"{src.name} ({n})"
            taken.add(name.casefold())
        seen.add(name.casefold())
        out.append(src if name == src.name else replace(src, name=name))
    return out


def brief_names(names: list[str]) -> list[str]:
    """The names as a narrow column or a grid's header shows them: without the extension every one has (".txt") and
    without the start of a file name they all share up to a separator ("jobcuts_a_wire_en.txt",
    "jobcuts_b_business_en.txt" -> "a_wire_en", "b_business_en"; among others too: the files that share a first
    word lose it, unless what stays names a version: "reuters_update1"). Cut at their ends, four such names had read
    "jobcuts_…" in every column. Names with spaces (pages' titles) keep their start; names that would no longer
    differ, or keep under three characters, stay whole."""
    if len(names) < 2:
        return list(names)
    stems = _without_extension(names)
    stems = _without_start_shared_by_some(stems)
    return stems if all(stems) and len({s.casefold() for s in stems}) == len(stems) else list(names)


_SEPARATORS = "_- "
_SHORTEST = 3  # a shared start stays when a name would keep fewer characters ("story_1", "story_2": not "1", "2")


def _without_extension(names: list[str]) -> list[str]:
    ends = {os.path.splitext(n)[1].casefold() for n in names}
    if len(ends) != 1 or not next(iter(ends)):
        return list(names)
    return [os.path.splitext(n)[0] for n in names]


def _without_start_shared_by_some(stems: list[str]) -> list[str]:
    """Among names without spaces (files), each set sharing a first word up to a separator loses the start it shares
    ("layoffs_meridian_wire.txt", "layoffs_gazette.docx" beside "jobcuts_a_wire_en.txt" and a page's title: three
    columns had read "layoffs_…"); titles stay whole."""
    sets: dict[str, list[int]] = {}
    for k, stem in enumerate(stems):
        first = re.match(f"[^{re.escape(_SEPARATORS)}]+[{re.escape(_SEPARATORS)}]", stem)
        if " " not in stem and first:
            sets.setdefault(first.group().casefold(), []).append(k)
    out = list(stems)
    for ks in (ks for ks in sets.values() if len(ks) > 1):
        shorts = _without_shared_start([stems[k] for k in ks])
        if not any(_VERSION.match(short) for short in shorts):  # "reuters_update1", "lemonde_2026-12-01": the
            for k, short in zip(ks, shorts):  #                       start names the outlet, the rest its version
                out[k] = short
    return out


_VERSION = re.compile(r"\d|(?:update|version|rev|v\d|part|draft|copy)", re.I)


def _without_shared_start(stems: list[str]) -> list[str]:
    same = next((k for k, chars in enumerate(zip(*stems)) if len({c.casefold() for c in chars}) > 1),
                min(len(s) for s in stems))  # in the names' own characters ("Maßnahmen": casefold lengthens it)
    cut = max((k + 1 for k, c in enumerate(stems[0][:same]) if c in _SEPARATORS), default=0)
    return [s[cut:] for s in stems] if cut and all(len(s) - cut >= _SHORTEST for s in stems) else stems
