"""Where the article sits in a pasted web page: its body, its headline, and what lies around them.

The body reaches from the first to the last run of prose lines (sentences of a report, not speaking of the page
or to its reader) long enough to be article text; short gaps join prose lines into runs: an intertitle, a caption
or an "also read" line between paragraphs does not cut one, a block of tags, links and buttons or a date does.
The headline is a line above the body that reads as a title, past bylines, dates and share buttons, and not past
a menu or a breadcrumb. What stands before the headline (with furniture between) or after the body is page
furniture; between them and inside the body, only lines of furniture shape or calls to the reader go.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .clean_lines import Line
from .furniture import (
    TERMINAL, about_page, author_note, bare_date, cell_texts, cells, is_prose, is_short, is_title, names_newsroom,
    opens_next_line, speaks_of_page, table_row,
)

_JOIN_ANY = 3  # lines between two paragraphs that never cut the body
_JOIN_NEUTRAL = 8  # lines between two paragraphs that do not cut it when none of them has a furniture shape
_ARTICLE_CHARS = 250  # a run of two paragraphs or more this long is article text
_HEADLINE_REACH = 12  # lines above the body searched for the headline
_STOP_SHAPES = {"menu", "breadcrumb"}
_LISTED = "related-articles list"
_LABEL_WORDS = 5  # "À lire également sur le sujet": a label alone on its line, not a teaser with its title
_RELATED_TITLES = 8  # headlines listed under such a label, at most
_LISTED_WORDS = 60  # … each on its line, or a few run together by the layout
_LISTED_MIN_WORDS = 7  # another article's headline is this long; an intertitle after a label left alone, shorter
_STOPS = (".", "…", "?", "!", "。", "！", "？")
_BREAKS = {"menu", "breadcrumb", "counter", "byline", "follow-us line", "rating prompt", "date or time"}
_COMMENTS = re.compile(r"(?i)\b(comment\w*|kommentar\w*|comentario\w*|comment[io]\w*)\b")  # "Comments are closed."
_READER = re.compile(r"(?<![\w-])(vous|votre|vos|nos|you|your|our|(?<!^)(?<![.!?]\s)Sie|Ihre?|Ihnen|dein\w*|unsere?\w*|tu|tus|tuo|"
                     r"tua|tuoi|voi|vostr\w|nuestr\w+|nostr\w)\b")


@dataclass(frozen=True)
class Layout:
    start: int | None  # first and last line index of the body (None: no prose found)
    end: int | None
    headline: int | None


def layout(lines: list[Line], shapes: list[str | None], repeated: frozenset[int] = frozenset(),
           heading: str | None = None) -> Layout:
    """The body and headline of a page; ``repeated``: lines other sources of the comparison carry verbatim;
    ``heading``: the headline the document marks (a Markdown heading over its first paragraph: "Norvane buys Kestrel"
    has no headline's shape, three words without a function word, and went as a line before the headline)."""
    anchors = [i for i, ln in enumerate(lines) if shapes[i] is None and is_prose(ln) and not speaks_of_page(ln)]
    if not anchors:
        return Layout(None, None, None)
    runs = _runs(anchors, lines, shapes, repeated, _stamped_entries(lines, shapes))
    size = [sum(len(lines[i].text) for i in run) for run in runs]
    main = [run for run, chars in zip(runs, size) if chars == max(size) or _substantial(run, chars)]
    body = _peel([i for run in main for i in run], repeated)
    marked = [i for i in range(max(0, body[0] - _HEADLINE_REACH), body[0]) if heading and lines[i].text.strip() == heading.strip()]
    return Layout(body[0], body[-1], marked[-1] if marked else headline_above(lines, shapes, body[0]))


def _substantial(run: list[int], chars: int) -> bool:
    """A run of prose that is article text wherever it stands (several articles pasted one after the other, an
    article cut by a long insert), unlike a lone comment or teaser between blocks of furniture."""
    return len(run) >= 2 and chars >= _ARTICLE_CHARS


def _runs(anchors: list[int], lines: list[Line], shapes: list[str | None], repeated: frozenset[int],
          stamps: frozenset[int] = frozenset()) -> list[list[int]]:
    """Prose lines grouped into runs: a gap of a few lines joins, and so does a longer one holding at most two
    lines of furniture and no list of links or tags (three unpunctuated lines in a row). The time stamps of a live
    page's entries (``stamps``) stand inside its article."""
    runs = [[anchors[0]]]
    for a in anchors[1:]:
        gap = [i for i in range(runs[-1][-1] + 1, a) if shapes[i] not in (_LISTED, _LIVE_BOX) and i not in stamps]
        #      (links and a live box's updates aside)
        if len(gap) <= _JOIN_NEUTRAL and _joinable(gap, lines, shapes, repeated):
            runs[-1].append(a)
        else:
            runs.append([a])
    return runs


_ENTRIES = 2  # time stamps each over a paragraph of prose: a live page, whose entries are one article
_STAMP = re.compile(r"^\W*(?:[01]?\d|2[0-3])\s?[:.h]\s?[0-5]\d(?:\s?(?:[ap]\.?m\.?))?(?:\s+[A-Z]{2,5})?\W*$", re.I)


def _stamped_entries(lines: list[Line], shapes: list[str | None]) -> frozenset[int]:
    """The time stamps of a live page ("14:32 BST", "18.05", "3:15pm"): lines that are a time alone, each over a
    line of prose; none unless the page has several. A live blog's entries are its article: a stamp between two of
    them does not end the body (which had started at its longest entries, under a quote taken for the headline, and
    the headline and standfirst above went as page furniture)."""
    stamps = [i for i in range(len(lines) - 1) if shapes[i] == "date or time" and _STAMP.match(lines[i].text)
              and shapes[i + 1] is None and is_prose(lines[i + 1])]
    return frozenset(stamps) if len(stamps) >= _ENTRIES else frozenset()


def _joinable(gap: list[int], lines: list[Line], shapes: list[str | None], repeated: frozenset[int]) -> bool:
    if any(shapes[i] in _BREAKS and (shapes[i] != "date or time" or _ends_body(lines[i])) for i in gap):
        return False  # a date, counter, menu or byline between paragraphs: the article has ended (comments…)
    if len(gap) <= _JOIN_ANY:
        return True
    furniture = sum(1 for i in gap if shapes[i] or speaks_of_page(lines[i]) or i in repeated)
    row = longest = 0
    for i in gap:
        if shapes[i]:
            continue  # a caption or an insert between two entries does not end a list
        listed = not TERMINAL.search(lines[i].text) and not any(c.isdigit() for c in lines[i].text)
        row = row + 1 if listed else 0
        longest = max(longest, row)
    return furniture <= 2 and longest < 3


def _ends_body(line: Line) -> bool:
    """A date or time alone between two paragraphs ends the article (a comment's date), but the article's own note
    of an update does not ("Updated at 11.40pm CEST" under a live page's entry, over the next one)."""
    return bare_date(line) and not _UPDATE_NOTE.match(line.text)


_UPDATE_NOTE = re.compile(r"(?i)^\W*(?:last\s+)?(?:updated|update|mis à jour|mise à jour|aktualisiert|actualizado|"
                          r"actualización|aggiornato|aggiornamento|atualizado|atualização)\b")


def _peel(body: list[int], repeated: frozenset[int]) -> list[int]:
    """Drop prose that other pages carry verbatim and that stands apart (a line or more away) at an end of the
    body: a site's boilerplate paragraph. Shared paragraphs that run on from the article's are wire copy and stay,
    and so does a body most of which is shared."""
    if sum(i in repeated for i in body) * 2 > len(body):
        return body
    lo, hi = 0, len(body) - 1
    while lo < hi and body[lo] in repeated and body[lo + 1] - body[lo] > 1:
        lo += 1
    while hi > lo and body[hi] in repeated and body[hi] - body[hi - 1] > 1:
        hi -= 1
    return body[lo:hi + 1]


def headline_above(lines: list[Line], shapes: list[str | None], start: int) -> int | None:
    """The headline: a title-shaped line above the body, up to a menu, a breadcrumb or three unknown fragments in
    a row (a menu one entry a line); bylines, dates and buttons are passed over. Of several, the one right under
    the menu or breadcrumb, else the longest standing under furniture, preferably without a full stop."""
    fragments, found = 0, []
    for i in range(start - 1, max(-1, start - 1 - _HEADLINE_REACH), -1):
        line, shape = lines[i], shapes[i]
        if shape in _STOP_SHAPES:
            break
        if shape is None and is_title(line, first=i == 0) and not speaks_of_page(line):
            found.append(i)
        fragments = fragments + 1 if shape is None and is_short(line) and i not in found else 0
        if fragments >= 3:
            break
    if not found:
        return None
    if found[-1] > 0 and shapes[found[-1] - 1] in _STOP_SHAPES:
        return found[-1]  # right under the menu or the breadcrumb
    under_furniture = [i for i in found if i == 0 or shapes[i - 1] or is_short(lines[i - 1])]
    return max(under_furniture or found, key=lambda i: (not lines[i].text.endswith("."), lines[i].words, i))


def place_reasons(lines: list[Line], shapes: list[str | None], where: Layout,
                  repeated: frozenset[int]) -> dict[int, str]:
    """Lines to leave out for where they stand, with a label; lines of furniture shape keep their shape's label."""
    out = {i: s for i, s in enumerate(shapes) if s}
    if where.start is None:
        return out
    for i in range(where.start, where.end + 1):  # between paragraphs a dated line may be an intertitle
        if shapes[i] == "date or time" and not bare_date(lines[i]):
            del out[i]
    top = where.headline if where.headline is not None else where.start
    if top == 1 and where.headline is None and not shapes[0]:
        return out  # a text opening with one line before its first paragraph: its title, or a dateline
    by_shape = dict(out)
    if any(i in by_shape or i in repeated or _notice(lines[i]) for i in range(top)):  # a page's top (menus,
        #  dates, a cookie notice…), not a list of titles
        _above_body(lines, where, top, repeated, out)
    for i in range(where.start, where.end + 1):
        if i not in out and _talks_to_reader(lines[i]):
            out[i] = "call to the reader"
        elif i not in out and i in repeated and not _ends_sentence(lines[i].text):
            out[i] = "on other pages too"
    bylines = " ".join(ln.text for ln, shape in zip(lines, shapes) if shape == "byline")
    tail = _after_body(lines, shapes, where.end, bylines)
    if any(shapes[i] or i in repeated or author_note(lines[i], bylines) or _talks_to_reader(lines[i]) for i in tail):
        #  a page's foot (an appeal to support the site: "If you can, please support us from just £1."), not a
        #  report's closing lines
        for i in tail:
            out.setdefault(i, _edge_label(i, repeated, "after the article"))
    return out if _page_like(lines, out, by_shape) else by_shape


def with_listed_titles(lines: list[Line], shapes: list[str | None]) -> list[str | None]:
    """``shapes``, with the headlines a label alone on its line announces ("À lire aussi", "Les plus lus", "Read
    more:") marked as its list, up to the next sentence of prose: other articles' titles, which a page printed to
    PDF or pasted keeps as lines of text between two paragraphs or in a column beside them (the body runs on across
    them; a numbered one would read as the page's headline). A short line there ("Les propositions du rapport") is
    the article's intertitle under a label whose link was lost, and stays; a line of several headlines the layout
    ran together goes too."""
    out = list(shapes)
    for i, shape in enumerate(shapes):
        if shape == _LISTED and lines[i].words <= _LABEL_WORDS:
            titles = _titles_after(lines, shapes, i)
            out[i + 1:i + 1 + len(titles)] = titles
    return out


def with_live_box(lines: list[Line], shapes: list[str | None]) -> list[str | None]:
    """``shapes``, with the timestamped items a live label heads inside an article ("EN DIRECT" / "14h05 — Le bilan
    passe à 41 morts …" / "13h40 — Une réplique …") marked as its box: the outlet's running updates beside the
    article, not the article (a QA helper's earthquake page had the updates' toll and aftershock read as its own
    report's). Only a short run holding every timestamped line of the page, with prose paragraphs of the article
    around it: a live page's entries, each a time over its text, are its article (a review: the newest entry of a
    live blog had gone)."""
    out = list(shapes)
    stamped = [j for j, ln in enumerate(lines) if not shapes[j] and _TIMESTAMPED.match(ln.text)]
    for i, shape in enumerate(shapes):
        if shape != _LIVE_LABEL:
            continue
        run = list(itertools.takewhile(lambda j: not shapes[j] and _TIMESTAMPED.match(lines[j].text),
                                       range(i + 1, len(lines))))
        prose = sum(1 for j, ln in enumerate(lines) if not shapes[j] and ln.words >= _PROSE_WORDS and j not in run
                    and not any(a < j < b for a, b in zip(stamped, stamped[1:])))  # (a live page's entries' text)
        if run and len(run) <= _LIVE_ITEMS and set(stamped) <= set(run) and prose >= _LIVE_AROUND \
                and _box_ends(lines, shapes, run[-1] + 1):
            for j in run:
                out[j] = _LIVE_BOX
    return out


def _box_ends(lines: list[Line], shapes: list[str | None], j: int) -> bool:
    """The box's run is closed: by a label of the page ("Suivez notre direct"), by the article's prose, or by the end."""
    return j >= len(lines) or shapes[j] is not None or lines[j].words >= _PROSE_WORDS


_LIVE_LABEL = "live page label"
_LIVE_BOX = "live updates box"
_TIMESTAMPED = re.compile(r"^\s*(?:\d{1,2}\s*[h:.]\s*\d{2}|\d{1,2}\s*(?:am|pm))\s*(?:uhr\s*)?[—–:|-]\s*\S", re.I)
_LIVE_ITEMS = 8  # a box beside the article shows a few updates (a live page, dozens)
_LIVE_AROUND = 2  # prose paragraphs of the article the page holds besides the box
_PROSE_WORDS = 12


def with_tables(lines: list[Line], shapes: list[str | None]) -> list[str | None]:
    """``shapes``, with a table no menu: a run of rows of as many cells, two of them rows of figures at least
    ("Région | Morts | Blessés" over "Bretagne | 1 | 14" and "Pays de la Loire | 1 | 9"), its header too; or a run of
    two lines or more of a label and its value each ("Key figure | Value", "Price per share | $48.50", "Premium | about
    a third": a report's table of key figures, whose header read as a breadcrumb, a row as a share button, and the
    lead above it as a line before the headline), each row after the first a figure or words in lower case. A line alone ("Page 1 | 2 | 3", "Actualités | 12 | Sport | 8")
    stays a menu. Rows outside the article go by their place, as any line there."""
    out, i = list(shapes), 0
    while i < len(lines):
        n = cells(lines[i].text)
        j = i + 1
        while j < len(lines) and n >= 2 and cells(lines[j].text) == n and shapes[j] in _TABLE_SHAPES:
            j += 1
        rows = range(i, j)
        if shapes[i] in _TABLE_SHAPES and (sum(table_row(lines[k].text) for k in rows) >= 2 if n >= 3 else
                                           n == 2 and len(rows) >= 2 and all(_pair(lines[k].text) for k in rows[1:])):
            out[i:j] = [None] * (j - i)
        i = j
    return out


# the shapes a row of a table may take read alone: a menu, a breadcrumb ("Key figure | Value"), a share button
# ("Price per share | $48.50"), a header's fragment
_TABLE_SHAPES = (None, "menu", "breadcrumb", "share/subscribe line", "page header fragment")
_PAIR_WORDS = 8  # words of a label or of its value, at most


def _pair(text: str) -> bool:
    """A row of a label and its value: two cells of a few words, the value a figure or words in lower case ("$48.50",
    "about a third"; a menu's second item is a section's name: "Accueil | Monde" over "Politique | Économie")."""
    parts = cell_texts(text)
    label, value = (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else ("", "")
    if not label or label.split()[0].lower() in _SHARING:
        return False  # "Share on X | 340", "Tweet | 48 shares": a button and its count
    return max(len(label.split()), len(value.split())) <= _PAIR_WORDS and "://" not in text \
        and (any(c.isdigit() for c in value) or value[:1].islower())


_SHARING = frozenset({"share", "tweet", "email", "e-mail", "print", "comment", "comments", "like", "follow", "partager",
                      "compartir", "teilen", "condividi", "commenter", "imprimer", "whatsapp", "facebook", "linkedin"})


_NOTES_HEADING = re.compile(r"(?i)^(?:notes?(?: et références)?|références|references|sources|footnotes|renvois)\s*:?$")


def with_notes_heading(lines: list[Line], shapes: list[str | None]) -> list[str | None]:
    """``shapes``, with the heading of the notes ("Notes", "Références") a note for the notes under it ("[1] …")."""
    out = list(shapes)
    for i in range(len(lines) - 1):
        if shapes[i + 1] == "note" and shapes[i] is None and _NOTES_HEADING.match(lines[i].text.strip()):
            out[i] = "note"
    return out


def _titles_after(lines: list[Line], shapes: list[str | None], i: int) -> list[str]:
    """The list mark for each headline-shaped line after the label at line ``i``, bulleted or not; none when a line
    without a bullet heads items with one (the article's intertitle and its list, under a label whose link was
    lost: "Ce que contient le rapport" / "- Réduire …")."""
    j = i + 1
    while j < min(len(lines), i + 1 + _RELATED_TITLES) and _listed_title(lines[j], shapes[j]):
        j += 1
    bulleted = any(k < len(lines) and _BULLET.match(lines[k].text) for k in (i + 2, j))  # the second title, or after
    if i + 1 < j and bulleted and not _BULLET.match(lines[i + 1].text):
        return []  # an intertitle over bulleted items
    return [_LISTED] * (j - i - 1)


def _listed_title(line: Line, shape: str | None) -> bool:
    """Another article's headline (or a few run together) under a label: no sentence of prose closed by its stop,
    unless it asks ("… quels sont vos droits en cas d'annulation de vol ?"); "Mpox : l'OMS maintient son niveau
    d'alerte maximal" reads as prose but has no full stop."""
    asks = line.text.rstrip().endswith("?")
    stops = line.text.rstrip().endswith((".", "!", "…", "»", '"', "”"))  # a headline has no full stop
    return not (shape or (is_prose(line) and stops and not asks) or line.text.endswith((":", ",", ";"))
                or not _LISTED_MIN_WORDS <= line.words <= _LISTED_WORDS)  # (one speaking of the page too: "Mpox :
    #                                                                      l'OMS maintient son niveau d'alerte")


_BULLET = re.compile(r"^\s*(?:[-–—•·▪*]\s|\d{1,2}[.)]\s+\S.*[.!?]$)")  # "- Réduire …", "2) Confier … ." (not "1. Lyon : …")


def _page_like(lines: list[Line], out: dict[int, str], by_shape: dict[int, str]) -> bool:
    """Whether leaving out lines for where they stand keeps the text a page is made for: less is removed for its
    place than is kept. A text that is mostly short lines (a list of headlines, notes, a transcript) is not a page
    around one article: only lines of furniture shape go there, never the bulk of what the user gave."""
    placed = sum(len(lines[i].text) for i in out if i not in by_shape)
    kept = sum(len(ln.text) for i, ln in enumerate(lines) if i not in out)
    return placed <= kept


def _notice(line: Line) -> bool:
    """A sentence about the page itself above its headline: a cookie notice ("We use cookies to personalise
    content.")."""
    return is_prose(line) and about_page(line)


def _above_body(lines: list[Line], where: Layout, top: int, repeated: frozenset[int], out: dict[int, str]) -> None:
    """Before the headline: furniture, and whatever has furniture between it and the headline (a kicker right above
    the headline stays). Between the headline and the body: fragments (buttons, names), not a dateline."""
    page_above = False
    for i in range(top - 1, -1, -1):
        furniture = i in out or is_short(lines[i]) or i in repeated or speaks_of_page(lines[i])
        page_above = page_above or furniture
        if furniture or (where.headline is not None and page_above):
            out.setdefault(i, _edge_label(i, repeated, "before the headline"))
    for i in range(top + 1, where.start):
        if is_short(lines[i]) and not (i == where.start - 1 and opens_next_line(lines[i])):
            out.setdefault(i, _edge_label(i, repeated, "page header fragment"))


def _after_body(lines: list[Line], shapes: list[str | None], end: int, bylines: str) -> list[int]:
    """Lines after the body, except short sentences that end it ("Il n'a pas appelé Paris."), a note on the
    bylined author aside."""
    out, ending = [], True
    for i in range(end + 1, len(lines)):
        ending = ending and shapes[i] is None and _ends_article(lines[i]) and not author_note(lines[i], bylines)
        if not ending:
            out.append(i)
    return out


def _ends_article(line: Line) -> bool:
    """A sentence that may close the article: no blurb about the newsroom, the comments or the reader."""
    t = line.text
    if not t.rstrip(" »\"”)」』").endswith(_STOPS) or speaks_of_page(line) or names_newsroom(line):
        return False
    return not _READER.search(t) and not _COMMENTS.search(t)


def _talks_to_reader(line: Line) -> bool:
    """A box between paragraphs addressing the reader about the page (newsletter, subscription, "this article
    is free to read"), not a quote."""
    t = line.text
    if any(q in t for q in "«»“”\"„"):
        return False
    addressed = speaks_of_page(line) and bool(_READER.search(t)) and line.words <= 40
    return addressed or (about_page(line) and line.words <= 12)


def _ends_sentence(text: str) -> bool:
    """A line that ends as a sentence does, closing quotes aside ('…lock your door." \'': a stray single quote after
    the closing double one, as some wires and archives write it)."""
    return bool(TERMINAL.search(text.rstrip(" '’\"”»")) or TERMINAL.search(text))


def _edge_label(i: int, repeated: frozenset[int], label: str) -> str:
    return "on other pages too, at the edge" if i in repeated else label
