"""OUTDIR/index.html of `synoptic batch`: every story with its sources and figures, then the reports that could
not be used and those in no story. Rendered from the rows of index.sqlite; self-contained (no script, no
remote resource)."""
from __future__ import annotations

from html import escape
from urllib.parse import quote

_CSS = """
body { font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: #1d1d1f; margin: 0; background: #fafaf7; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: #6b6b6b; margin: 0; }
h1 { font: 600 28px/1.2 Georgia, "DejaVu Serif", serif; margin: 4px 0 6px; }
h2 { font: 600 19px/1.3 Georgia, "DejaVu Serif", serif; margin: 30px 0 10px; }
.meta { color: #555; margin: 0 0 18px; }
table { border-collapse: collapse; width: 100%; background: #fff; box-shadow: 0 1px 2px #0001; }
th, td { padding: 7px 10px; border-bottom: 1px solid #e6e4dc; vertical-align: top; text-align: left; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #555; background: #f1efe8; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.one b { color: #8a5a00; } td.conflict b { color: #b3261e; }
.sources { color: #555; font-size: 13px; }
a { color: #1a4f9c; text-decoration: none; } a:hover { text-decoration: underline; }
.failed { color: #b3261e; } .muted { color: #888; }
code { font-size: 13px; }
"""


def _e(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _n(value) -> str:
    return "—" if value is None else f"<b>{value}</b>"


def render_index(stories: list[dict], reports: list[dict]) -> str:
    """The whole page for the rows of index.sqlite (``stories`` and ``reports``)."""
    failed = [r for r in reports if r["error"]]
    loose = [r for r in reports if not r["error"] and not r["story"]]
    body = "\n".join((
        _masthead(stories, reports, failed), _stories(stories), _failed(failed), _loose(loose),
        "<footer class=\"muted\"><p>Made with Synoptic · <code>synoptic OUTDIR/&lt;story&gt;.json</code> "
        "opens a story in the app.</p></footer>",
    ))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Synoptic batch: {len(stories)} stories</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _masthead(stories: list[dict], reports: list[dict], failed: list[dict]) -> str:
    done = sum(1 for s in stories if s["status"] == "done")
    return (
        '<header><p class="kicker">Synoptic · Batch</p>\n'
        f"<h1>{_count(len(stories), 'story', 'stories')} from {_count(len(reports), 'report')}</h1>\n"
        f'<p class="meta">{done} compared · {len(stories) - done} failed · {_count(len(failed), "report")} could not be read'
        " · claims: <i>all</i> = carried by every source, <i>one</i> = by one source only, <i>conflicts</i> ="
        " claims whose sources disagree on a detail</p></header>"
    )


def _stories(stories: list[dict]) -> str:
    head = ("<tr><th>Story</th><th>Sources</th><th>All</th><th>Some</th><th>One</th><th>Conflicts</th>"
            "<th title=\"claims resting on anonymous sources only (attribution not available yet)\">Anonymous only</th></tr>")
    rows = [_story_row(s) for s in stories]
    return '<section id="stories"><h2>Stories</h2>\n<table>' + head + "".join(rows) + "</table></section>"


def _story_row(s: dict) -> str:
    link = f'<a href="{quote(s["name"])}.html">{_e(s["title"] or s["name"])}</a>'
    if s["status"] != "done":
        link = f'{_e(s["title"] or s["name"])}<br><span class="failed">failed: {_e(s["error"])}</span>'
    names = " · ".join(_e(n) for n in s["sources"])
    return (
        f'<tr><td>{link}<br><code class="muted">{_e(s["name"])}</code></td>'
        f'<td><b>{s["n_sources"]}</b> <span class="sources">{names}</span></td>'
        f'<td class="n">{_n(s["claims_all"])}</td><td class="n">{_n(s["claims_some"])}</td>'
        f'<td class="n one">{_n(s["claims_one"])}</td><td class="n conflict">{_n(s["conflicts"])}</td>'
        f'<td class="n muted">{_n(s["anonymous_only"])}</td></tr>'
    )


def _failed(failed: list[dict]) -> str:
    return _file_table("failed", "Reports that could not be used", "Error", [(r["file"], r["error"]) for r in failed],
                       'class="failed"')


def _loose(loose: list[dict]) -> str:
    return _file_table("alone", "Reports in no story", "Title", [(r["file"], r["title"]) for r in loose])


def _file_table(section: str, title: str, column: str, rows: list[tuple[str, str]], cell: str = "") -> str:
    """A section listing files with one more column (their error, their title); nothing when there are none."""
    if not rows:
        return ""
    body = "".join(f"<tr><td><code>{_e(f)}</code></td><td {cell}>{_e(v)}</td></tr>".replace("<td >", "<td>")
                   for f, v in rows)
    return (f'<section id="{section}"><h2>{title}</h2><table><tr><th>File</th><th>{column}</th></tr>'
            + body + "</table></section>")
