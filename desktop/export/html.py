"""The comparison as a self-contained HTML report: inline CSS, no script, nothing fetched, every text escaped."""
from __future__ import annotations

from html import escape
from importlib.resources import files

from desktop.engine.model import NO_SOURCE, NOT_READ, Annotation, Comparison
from desktop.export.tolls_view import TOLLS_NOTE, tolls_line
from desktop.export.view import (
    CORRECTION_WORDS, ECHO_NOTE, LETTERS, NEAR_NOTE, ClaimView, ReportView, SentenceView, SourceView, build_view, claims_word,
    conflicts, everyone_word,
    excerpt,
)

VERDICT_ICONS = {"corroborated": "✓", "disputed": "⚠", "needs check": "?", "false": "✗", "unverifiable": "∅"}
PALETTE = 8  # number of group tints in report.css (.g0 … .g7)


def render_html(comparison: Comparison, annotations=(), overrides=()) -> str:
    """A print-friendly HTML page of ``comparison`` with the user's verdicts and notes."""
    view = build_view(comparison, annotations, overrides)
    body = "\n".join(
        part
        for part in (
            _masthead(view), _sources(view), _summary(view), _claims(view),
            *(_single(src) for src in view.sources), _side_by_side(view), _removed(view), _corrections(view),
            '<footer>Made with Synoptic. Scores are the aligner\'s confidence (0–1) that sentences state the same thing; '
            "verify before publishing.</footer>",
        )
        if part
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(view.title)}</title>\n<style>\n{_css()}</style>\n</head>\n"
        f'<body>\n<main class="report">\n{body}\n</main>\n</body>\n</html>\n'
    )


def _e(text: str) -> str:
    return escape(text, quote=True)


def _css() -> str:
    return files("desktop.export").joinpath("report.css").read_text(encoding="utf-8")


def _tint(claim: int) -> str:
    return f"g{(claim - 1) % PALETTE}"


def _masthead(view: ReportView) -> str:
    dek = " · ".join(f"{s.letter}: {_e(s.name)}" for s in view.sources)
    return (
        '<header class="masthead">\n<p class="kicker">Synoptic · Source comparison</p>\n'
        f"<h1>{_e(view.title)}</h1>\n<p class=\"dek\">{dek}</p>\n"
        f'<p class="meta">Generated {_e(view.generated)} · sentences grouped at a score of '
        f"{view.threshold:.2f} or more</p>\n</header>"
    )


def _sources(view: ReportView) -> str:
    cards = [_card(s) for s in view.sources]
    return '<section id="sources">\n<h2>Sources</h2>\n<div class="cards">\n' + "\n".join(cards) + "\n</div>\n</section>"


def _card(s: SourceView) -> str:
    path = f'<span class="path">{_e(s.file)}</span>' if s.file else '<span class="path">pasted text</span>'
    return (
        f'<div class="card"><span class="letter">{s.letter}</span>'
        f'<span class="name">{_e(s.name)}</span><span class="sub">{_e(s.language_name)}</span>{path}'
        f'<span class="nums"><b>{s.statements}</b> sentences · <b>{s.shared}</b> shared · '
        f"<b>{len(s.single)}</b> only here{_headings(s)}</span>{_profile(s)}</div>"
    )


def _headings(s: SourceView) -> str:
    """" · 5 headings" where the source has section headings (neither shared nor its own), else nothing."""
    return f" · <b>{s.headings}</b> heading{'' if s.headings == 1 else 's'}" if s.headings else ""


def _profile(s: SourceView) -> str:
    """Which sources its statements rest on: "named person 4 · anonymous source 3 · … · no stated source 12"."""
    parts = [f"{_e(kind)} <b>{n}</b>" for kind, n in s.profile if n]
    return f'<span class="profile"><span class="label">Sourcing</span> {" · ".join(parts)}</span>' if parts else ""


def _summary(view: ReportView) -> str:
    everyone, some, one = view.counts
    n = len(view.sources)
    stats = [f'<div class="stat"><b>{everyone}</b><span>{claims_word(everyone)} carried by {everyone_word(n)}</span></div>']
    if n > 2:
        stats.append(f'<div class="stat"><b>{some}</b><span>{claims_word(some)} carried by some sources</span></div>')
    stats.append(f'<div class="stat one"><b>{one}</b><span>{claims_word(one)} carried by one source only</span></div>')
    if view.disputed:
        stats.append(f'<div class="stat disputed"><b>⚠ {view.disputed}</b><span>{claims_word(view.disputed)} whose '
                     'versions say a detail differently: check before counting them as corroborated</span></div>')
    if view.attributed_differently:
        n_diff = view.attributed_differently
        stats.append(f'<div class="stat disputed"><b>⚠ {n_diff}</b><span>{claims_word(n_diff)} attributed '
                     'differently: the versions name different sources</span></div>')
    stats += [f'<p class="copy-warning">⚠ {_e(note)}</p>' for note in view.echo_notes()]
    if (line := tolls_line(view.tolls)) is not None:
        stats.append(f'<div class="stat disputed"><b>⚠ {line[1]}</b><span>{_e(line[2])}</span></div>')
    return (
        '<section id="summary">\n<h2>Summary</h2>\n<div class="summary">\n<div class="stats">'
        + "".join(stats) + "</div>\n<div>" + _coverage(view) + _tolls(view) + "</div>\n</div>\n</section>"
    )


def _tolls(view: ReportView) -> str:
    """The figures each report gives of the dead, the injured, the missing, the evacuated (none: "")."""
    if not view.tolls:
        return ""
    heads = "".join(f'<th class="mark" title="{_e(s.name)}">{s.letter}</th>' for s in view.sources)
    rows = "".join(
        f'<tr class="{"disputed" if r.disputed else ""}"><td class="text">{"⚠ " if r.disputed else ""}{_e(r.label)}</td>'
        + "".join(f'<td class="figure{" differs" if r.differs(k) else ""}">{_e(c) or "—"}</td>'
                  for k, c in enumerate(r.cells)) + "</tr>" for r in view.tolls)
    return (f'<h3 class="tolls-title">Tolls</h3><table class="coverage tolls"><thead><tr><th></th>{heads}</tr></thead>'
            f'<tbody>{rows}</tbody></table><p class="coverage-note">{_e(TOLLS_NOTE)}</p>')


def _mark(carried: bool, echoed: bool, near: bool = False) -> str:
    if near:
        return '<td class="mark near" title="not linked, but a sentence of this report comes near: check it">?</td>'
    if echoed:
        return '<td class="mark echo" title="in another report\'s words: an echo, not a second source">○</td>'
    return '<td class="mark yes">✓</td>' if carried else '<td class="mark no">·</td>'


def _coverage(view: ReportView) -> str:
    heads = "".join(f'<th class="mark" title="{_e(s.name)}">{s.letter}</th>' for s in view.sources)
    shared, single = [], []
    for row in view.coverage:
        near = row.near or (False,) * len(row.carried)
        marks = "".join(_mark(c, e, q) for c, e, q in zip(row.carried, row.echoed, near))
        label = f'<span class="badge {_tint(int(row.label))}">{row.label}</span>' if row.label.isdigit() else row.label
        target = shared if row.label.isdigit() else single
        target.append(f'<tr><td class="num">{label}</td><td class="text">{_e(row.text)}</td>{marks}</tr>')
    body = f"<tbody>{''.join(shared)}</tbody>" + (f'<tbody class="single">{"".join(single)}</tbody>' if single else "")
    notes = [ECHO_NOTE] if any(any(row.echoed) for row in view.coverage) else []
    notes += [NEAR_NOTE] if any(any(row.near) for row in view.coverage) else []
    note = "".join(f'<p class="coverage-note">{_e(n)}</p>' for n in notes)
    return f'<table class="coverage"><thead><tr><th>#</th><th>Claim</th>{heads}</tr></thead>{body}</table>{note}'


def _legend() -> str:
    return (
        '<p class="legend"><span><mark class="unique">bold, underlined</mark>: only this source has it</span>'
        '<span><mark class="conflict">italic, wavy</mark>: said differently elsewhere (a number, a name, a date, a '
        'negation)</span>'
        '<span><mark class="conflict wording">dotted</mark>: other words in the same place elsewhere (the same thing said '
        'otherwise, or its opposite: read both)</span>'
        '<span><mark class="salient">bold</mark>: name, number or quote in a single-source sentence</span>'
        '<span><span class="badge g0">1</span>: claim number</span>'
        '<span><span class="badge only">A5</span><span class="single-demo">tinted</span>: only one source says this</span></p>'
    )


def _claims(view: ReportView) -> str:
    head = f'<section id="claims">\n<h2>Shared claims<span class="count">{len(view.claims)}</span></h2>\n'
    if not view.claims:
        return head + '<p class="intro">No sentence is carried by more than one source.</p>\n</section>'
    intro = '<p class="intro">In the reading order of the first source. Each card shows every source\'s version.</p>'
    return head + intro + _legend() + "\n" + "\n".join(_claim(view, c) for c in view.claims) + "\n</section>"


def _score(score: float) -> str:
    """A claim's match score with its bar (not for a hand link, whose 1.00 is the editor's word, not a match)."""
    return f'<span class="score">score {score:.2f}<span class="bar"><i style="width:{score * 100:.0f}%"></i></span></span>'


def _claim(view: ReportView, claim: ClaimView) -> str:
    tint = _tint(claim.number)
    tags = '<span class="tag">linked by hand</span>' if claim.manual else ""
    versions = "".join(_version(view.sources[m.source], m) for m in claim.members)
    return (
        f'<article class="claim {tint}" id="claim-{claim.number}"><header>'
        f'<span class="badge {tint}">{claim.number}</span><h3>Claim {claim.number}</h3>'
        f"{'' if claim.manual else _score(claim.score)}"
        f"{_verdict(claim.annotation)}{tags}</header>{versions}{_who(view, claim)}{_diffs(view, claim)}"
        f"{_note(claim.annotation)}</article>"
    )


def _who(view: ReportView, claim: ClaimView) -> str:
    """Who says it: for each source's version, whom it rests on, and a warning when no version names its source or
    the versions rest on different sources."""
    rows = []
    for source, speakers in claim.sourcing:
        said = "; ".join(f"{_e(sp.who)} <i>({_e(sp.kind)})</i>" for sp in speakers) \
            or f"<i>{NO_SOURCE if view.sources[source].read else NOT_READ}</i>"
        rows.append(f"<p><b>{view.sources[source].letter}:</b> {said}</p>")
    warnings = [w for w in (claim.flag, "attributed differently" if claim.differs else None) if w]
    flag = "".join(f'<p class="flag">⚠ {_e(w[0].upper() + w[1:])}</p>' for w in warnings)
    return f'<div class="sourcing"><span class="label">Who says it</span>{flag}{"".join(rows)}</div>' if rows else ""


def _version(src: SourceView, m: SentenceView) -> str:
    return (
        f'<div class="version"><span class="letter small" title="{_e(src.name)}">{src.letter}</span>'
        f'<p>{_sentence(m)}<span class="who">{_e(src.name)}</span></p></div>'
    )


def _diffs(view: ReportView, claim: ClaimView) -> str:
    rows = []
    language = {s.letter: s.language for s in view.sources}
    for d in conflicts(view, claim):
        versions = "".join(f" · <b>{_e(o.split(':', 1)[0])}:</b> "
                           f"{_quoted(o.split(':', 1)[1].strip(), language.get(o.split(':', 1)[0], ''))}" for o in d.others)
        wording = ('<p class="wording">', ' <span class="tag">other words</span></p>') if d.wording else ("<p>", "</p>")
        rows.append(f"{wording[0]}<b>{d.letter}:</b> {_quoted(d.text, language[d.letter])}{versions}{wording[1]}")
    return f'<div class="diffs"><span class="label">Said differently</span>{"".join(rows)}</div>' if rows else ""


_QUOTES = {"fr": ("«\u00a0", "\u00a0»"), "de": ("„", "“"), "it": ("«", "»"), "es": ("«", "»"), "ru": ("«", "»")}


def _quoted(text: str, language: str) -> str:
    """``text`` escaped, in the quotation marks of its report's language ("« … »" in French, "“…”" in English)."""
    opening, closing = _QUOTES.get(language, ("“", "”"))
    return f"{opening}{_e(text)}{closing}"


def _sentence(s: SentenceView, heuristic: bool = True) -> str:
    """The sentence with its spans marked; ``heuristic=False`` leaves out the report's own salient spans."""
    out = []
    for text, span in s.pieces():
        if span is None or span.heuristic and not heuristic:
            out.append(_e(text))
        elif span.kind == "conflict":
            others = "; ".join(span.others) or "another source says it differently"
            kind = "conflict wording" if span.type == "text" else "conflict"
            out.append(f'<mark class="{kind}" title="other: {_e(others)}">{_e(text)}</mark>')
        else:
            out.append(f'<mark class="{span.kind}" title="{_e(span.type)}">{_e(text)}</mark>')
    return "".join(out)


def _verdict(note: Annotation | None) -> str:
    if note is None or not note.verdict:
        return ""
    css = note.verdict.replace(" ", "-") if note.verdict in VERDICT_ICONS else "other"
    icon = VERDICT_ICONS.get(note.verdict, "•")
    return f'<span class="chip v-{css}">{icon} {_e(note.verdict)}</span>'


def _note(note: Annotation | None) -> str:
    if note is None or not note.note.strip():
        return ""
    return f'<div class="note"><p>{_e(note.note.strip())}</p></div>'


def _single(src: SourceView) -> str:
    head = (
        f'<section id="only-{src.letter}">\n<h2>Only in {src.letter}<span class="count">{_e(src.name)} · '
        f"{len(src.single)} sentence{'s' if len(src.single) != 1 else ''}</span></h2>\n"
    )
    if not src.single:
        return head + '<p class="intro">Every sentence of this source is carried by another source.</p>\n</section>'
    items = [
        f'<li><span class="ref">{src.letter}{s.index + 1}</span><p>{_sentence(s)} {_verdict(s.annotation)}'
        f"{_who_note(s)}{_close(s)}</p>{_note(s.annotation)}</li>"
        for s in src.single
    ]
    return head + '<ol class="single-list">' + "\n".join(items) + "</ol>\n</section>"


def _who_note(s: SentenceView) -> str:
    """Whom a single-sourced sentence rests on, flagged when only anonymous sources."""
    if not s.who_note:
        return ""
    flagged = " warn" if s.who_note.startswith("⚠") else ""
    return f' <span class="who{flagged}">{_e(s.who_note)}</span>'


def _close(s: SentenceView) -> str:
    """A single-sourced sentence that another source's unlinked sentence comes close to: say so."""
    return f' <span class="close">{_e(s.close_note)}</span>' if s.close else ""


def _side_by_side(view: ReportView) -> str:
    n = len(view.sources)
    columns = "\n".join(_column(s) for s in view.sources)
    return (
        '<section id="side-by-side">\n<h2>Side by side</h2>\n'
        '<p class="intro">Every sentence of every source. Shared sentences carry their claim number; '
        "sentences marked like <span class=\"badge only\">A5</span> appear in that source only; "
        "struck-through lines were left out.</p>\n"
        f'<div class="columns" style="grid-template-columns: repeat({n}, minmax(0, 1fr))">\n{columns}\n</div>\n</section>'
    )


def _column(src: SourceView) -> str:
    head = f'<div class="column-head"><span class="letter">{src.letter}</span><span>{_e(src.name)}</span></div>'
    return f'<div class="column" lang="{_e(src.language)}">{head}{"".join(_paragraphs(src))}</div>'


def _paragraphs(src: SourceView) -> list[str]:
    """The source's sentences in text order, one <p> per paragraph, with left-out spans in place."""
    items = sorted([(s.start, s) for s in src.sentences] + [(r.start, r) for r in src.removed], key=lambda x: x[0])
    out, current, para = [], [], None
    for _, item in items:
        if not isinstance(item, SentenceView) or item.paragraph != para:
            if current:
                out.append("<p>" + " ".join(current) + "</p>")
            current, para = [], None
        if isinstance(item, SentenceView):
            current.append(_column_sentence(item))
            para = item.paragraph
        else:
            out.append(f'<p class="removed" title="left out: {_e(item.reason)}">{_e(excerpt(item.text, 200))}</p>')
    if current:
        out.append("<p>" + " ".join(current) + "</p>")
    return out


def _column_sentence(s: SentenceView) -> str:
    flag = ""
    if s.annotation is not None and s.annotation.verdict:
        flag = f'<span class="flag" title="{_e(s.annotation.verdict)}">{VERDICT_ICONS.get(s.annotation.verdict, "•")}</span>'
    if s.label:  # a section label: a heading of the column, no claim
        return f'<span class="s section-label">{_e(s.text)}</span>'
    if s.claim is None:
        ref = f"{LETTERS[s.source % 26]}{s.index + 1}"
        return f'<span class="s single"><span class="badge only">{ref}</span>{_sentence(s, False)}{flag}</span>'
    tint = _tint(s.claim)
    return f'<span class="s shared {tint}"><span class="badge {tint}">{s.claim}</span>{_sentence(s, False)}{flag}</span>'


def _removed(view: ReportView) -> str:
    blocks = []
    for src in view.sources:
        if not src.removed:
            continue
        items = "".join(
            f'<li>{_e(excerpt(r.text, 200))} <span class="reason">— {_e(r.reason)}'
            f'{" (" + _e(r.label) + ")" if r.label else ""}</span></li>'
            for r in src.removed
        )
        blocks.append(
            f'<details class="removed"><summary>{src.letter} — {_e(src.name)} · {len(src.removed)} '
            f"passage{'s' if len(src.removed) != 1 else ''}</summary><ul>{items}</ul></details>"
        )
    if not blocks:
        return ""
    return '<section id="removed">\n<h2>Left out of the comparison</h2>\n' + "\n".join(blocks) + "\n</section>"


def _corrections(view: ReportView) -> str:
    if not view.corrections:
        return ""
    items = "".join(
        f"<li><b>{_e(CORRECTION_WORDS.get(c.action, c.action).capitalize())}:</b> {_e(c.a)}{' ↔ ' + _e(c.b) if c.b else ''}</li>"
        for c in view.corrections
    )
    return f'<section id="corrections">\n<h2>Editor\'s corrections</h2>\n<ul class="corrections">{items}</ul>\n</section>'
