"""The comparison as a Markdown report for a journalist: sources, summary, shared claims, what only one source says."""
from __future__ import annotations

import re

from desktop.engine.model import NO_SOURCE, NOT_READ, Annotation, Comparison
from desktop.export.tolls_view import TOLLS_NOTE
from desktop.export.view import (
    CORRECTION_WORDS, ECHO_NOTE, NEAR_NOTE, ClaimView, ReportView, SentenceView, SourceView, build_view, conflicts,
    excerpt,
)

_ACTIVE = re.compile(r"([\\`*_\[\]<|~])")
_LEADING = re.compile(r"^(\s*)([#+=-](?=\s|$)|>|\d+[.)](?=\s|$))")  # what opens a heading, a list, a quote
#   at a line's start ("- ", "# ", "1. ", ">"): not "6.4%", "3.2 million", "-5 degrees", "#hashtag"

LEGEND = (
    "**Bold**: only this source has it (in shared claims) or a key name, number or quote "
    "(in single-source sentences). *Italics*: this source says it differently from another one; "
    "the other versions are listed under the claim."
)


def render_markdown(comparison: Comparison, annotations=(), overrides=()) -> str:
    """A readable Markdown report of ``comparison`` with the user's verdicts and notes."""
    view = build_view(comparison, annotations, overrides)
    parts = [
        _header(view),
        _sources(view),
        _summary(view),
        _claims(view),
        *(_single(src) for src in view.sources),
        _removed(view),
        _corrections(view),
    ]
    return "\n\n".join(p for p in parts if p).rstrip() + "\n"


def md_escape(text: str) -> str:
    """Text made inert for Markdown: active characters backslash-escaped, line breaks flattened."""
    text = re.sub(r"\s+", " ", text)
    return _LEADING.sub(_inert, _ACTIVE.sub(r"\\\1", text))


def _inert(m: re.Match) -> str:
    """A heading's, a list's or a quote's opening mark escaped ("\\#", "\\>"); a list number by its stop ("3\\."):
    a backslash before a figure escapes nothing, and viewers print it."""
    mark = m.group(2)
    return m.group(1) + (mark[:-1] + "\\" + mark[-1] if mark[0].isdigit() else "\\" + mark)


def _header(view: ReportView) -> str:
    names = " · ".join(md_escape(s.name) for s in view.sources)
    return (
        f"# {md_escape(view.title)}\n\n{names}\n\n"
        f"_Generated {view.generated} by Synoptic · sentences grouped at a score of "
        f"{view.threshold:.2f} or more_"
    )


def _sources(view: ReportView) -> str:
    rows = ["| | Source | Language | File | Sentences | Shared | Only here | Sourcing |",
            "|---|---|---|---|--:|--:|--:|---|"]
    for s in view.sources:
        path = md_escape(s.file) if s.file else "—"
        profile = ", ".join(f"{kind} {n}" for kind, n in s.profile if n) or "—"
        rows.append(
            f"| **{s.letter}** | {md_escape(s.name)} | {md_escape(s.language_name)} | {path} "
            f"| {s.statements_text} | {s.shared} | {len(s.single)} | {profile} |"
        )
    return "## Sources\n\n" + "\n".join(rows)


def _summary(view: ReportView) -> str:
    n = len(view.sources)
    lines = [f"- {sign}**{figure}** {words}" for sign, figure, words in view.summary("*italics*")]
    lines += [f"- ⚠ {md_escape(note)}" for note in view.echo_notes()]
    letters = " | ".join(s.letter for s in view.sources)
    grid = [f"| # | Claim | {letters} |", "|---|---|" + ":-:|" * n]
    for row in view.coverage:
        near = row.near or (False,) * len(row.carried)
        marks = " | ".join("?" if q else "○" if e else "✓" if c else " "
                           for c, e, q in zip(row.carried, row.echoed, near))
        grid.append(f"| {row.label} | {md_escape(row.text)} | {marks} |")
    if any(any(row.echoed) for row in view.coverage):
        grid.append(f"\n{ECHO_NOTE}")
    if any(any(row.near) for row in view.coverage):
        grid.append(f"\n{NEAR_NOTE}")
    return "## Summary\n\n" + "\n".join(lines) + "\n\n### Coverage\n\n" + "\n".join(grid) + _tolls(view)


def _tolls(view: ReportView) -> str:
    """The figures each report gives of the dead, the injured, the missing, the evacuated (none: "")."""
    if not view.tolls:
        return ""
    letters = " | ".join(s.letter for s in view.sources)
    rows = [f"| {'⚠ ' if r.disputed else ''}{r.label} | " + " | ".join(md_escape(c) or "—" for c in r.cells) + " |"
            for r in view.tolls]
    return (f"\n\n### Tolls\n\n| | {letters} |\n|---|" + "---|" * len(view.sources) + "\n" + "\n".join(rows)
            + "\n\n" + TOLLS_NOTE)


def _claims(view: ReportView) -> str:
    if not view.claims:
        return "## Shared claims\n\nNo sentence is carried by more than one source."
    blocks = [f"## Shared claims\n\n> {LEGEND}"]
    blocks += [_claim(view, c) for c in view.claims]
    return "\n\n".join(blocks)


def _claim(view: ReportView, claim: ClaimView) -> str:
    head = f"### Claim {claim.number} · " + ("linked by hand" if claim.manual else f"score {claim.score:.2f}")
    #    a hand link's score (1.00) is the editor's word, not a match the aligner found: it is not shown as one
    if claim.annotation is not None and claim.annotation.verdict:
        head += f" · {md_escape(claim.annotation.verdict)}"
    lines = [head, ""]
    for m in claim.members:
        src = view.sources[m.source]
        lines.append(f"- **{src.letter}** ({md_escape(src.name)}): {_sentence(m)}")
    differences = [
        f"- {d.letter}: *{md_escape(d.text)}* — vs {'; '.join(md_escape(o) for o in d.others) or 'another source'}"
        + (" (other words)" if d.wording else "")
        for d in conflicts(view, claim)
    ]
    lines += _who(view, claim)
    if differences:
        lines += ["", "Said differently:", "", *differences]
    return "\n".join(lines + _annotation(claim.annotation))


def _who(view: ReportView, claim: ClaimView) -> list[str]:
    """Who says it: whom each source's version rests on, and a warning line when it calls for one."""
    if not claim.sourcing:
        return []
    lines = ["", "Who says it:", ""]
    warnings = [w for w in (claim.flag, "attributed differently" if claim.differs else None) if w]
    lines += [f"- ⚠ **{md_escape(w[0].upper() + w[1:])}**" for w in warnings]
    for source, speakers in claim.sourcing:
        said = "; ".join(f"{md_escape(sp.who)} ({md_escape(sp.kind)})" for sp in speakers) \
            or (NO_SOURCE if view.sources[source].read else NOT_READ)
        lines.append(f"- {view.sources[source].letter}: {said}")
    return lines


def _single(src: SourceView) -> str:
    title = f"## Only in {src.letter} — {md_escape(src.name)}"
    if not src.single:
        return f"{title}\n\nEvery sentence of this source is carried by another source."
    items = []
    for s in src.single:
        item = f"- **{src.letter}{s.index + 1}** · {_sentence(s)}" + (f" — {md_escape(s.who_note)}" if s.who_note else "") \
            + (f" *({md_escape(s.close_note)})*" if s.close else "")
        items.append("\n".join([item, *("  " + x if x else "" for x in _annotation(s.annotation))]))
    return f"{title}\n\n" + "\n".join(items)


def _sentence(s: SentenceView) -> str:
    out = []
    for text, span in s.pieces():
        if span is None:
            out.append(md_escape(text))
        elif span.kind == "conflict":
            out.append(f"*{md_escape(text)}*")
        else:
            out.append(f"**{md_escape(text)}**")
    return "".join(out).strip()


def _annotation(note: Annotation | None) -> list[str]:
    if note is None:
        return []
    paragraphs = [f"**Verdict: {md_escape(note.verdict)}**"] if note.verdict else []
    paragraphs += [md_escape(line) for line in note.note.splitlines() if line.strip()]
    lines = [""]
    for k, paragraph in enumerate(paragraphs):
        lines += [">"] * (k > 0) + [f"> {paragraph}"]
    return lines


def _removed(view: ReportView) -> str:
    blocks = []
    for src in view.sources:
        if not src.removed:
            continue
        items = [f"- “{md_escape(excerpt(r.text, 160))}” — {r.reason}{_label(r.label)}" for r in src.removed]
        blocks.append(f"### {src.letter} — {md_escape(src.name)}\n\n" + "\n".join(items))
    if not blocks:
        return ""
    return "## Left out of the comparison\n\n" + "\n\n".join(blocks)


def _label(label: str) -> str:
    return f" ({md_escape(label)})" if label else ""


def _corrections(view: ReportView) -> str:
    if not view.corrections:
        return ""
    items = [f"- {CORRECTION_WORDS.get(c.action, c.action)}: {md_escape(c.a)}" + (f" ↔ {md_escape(c.b)}" if c.b else "")
             for c in view.corrections]
    return "## Editor's corrections\n\n" + "\n".join(items)
