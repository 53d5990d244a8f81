"""Lines a layout wrapped, joined again: a PDF's text layer, and plain text wrapped at a fixed width (e-mail, wire
copy, a text saved from a terminal or a PDF reader).

The engine splits sentences line by line and reads each remaining line as a paragraph, so a sentence wrapped over
three lines would read as three fragments ("The fire, estimated to have caused $1 million in damages to the" /
"Wasilla Bible Church, …"), none of which a counterpart states. ``join_wrapped`` joins a line with the next when the
layout, not the writer, broke it (``runs_on``); ``reflow_plain`` does it for plain text that reads as wrapped as a
whole (``looks_wrapped``), so a report written one paragraph a line keeps every break.
"""
from __future__ import annotations

import re
from typing import Callable

from .hyphens import layout_breaks, unbroken

ENDS = tuple(".!?…:;»\"”)")  # a line ending on one of these ends a sentence or a clause
_CLOSING = tuple(")»\"”")  # … but a bracket or a quotation closed, then a line in lower case, is one sentence
_SHORT = 0.5  # a line shorter than this share of a full line's length is a heading's, not a wrapped one's
WRAPPED = 0.7  # a line this much of a full line's length or longer runs on when it ends mid-sentence
_FULL_SHARE = 0.8  # a full line: the length 80 % of the lines do not exceed
WRAP_WIDTH = 140  # plain text wrapped at a fixed width: its full lines are no longer than this
_NARROWEST = 50  # … nor shorter (e-mail wraps at 72–78, a terminal at 80: a poem's, a list's lines are short)
_OPEN_SHARE = 0.3  # … and this share of its lines, or more, stop mid-sentence (one paragraph a line: almost none)
_FULL_BREAKS = 0.5  # … and this share of them broke because the next word would not fit
_MIN_WRAPPED = 3  # breaks where the next word would not fit that a plain text needs to read as wrapped
# A title before a name, the layout's break after it on a full line ("… said Mr." / "McAllister, the pastor"); not
# "St." nor an initial, which end sentences too ("on Elm St.", "World War I.")
_TITLE_END = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Const|Mme|Mlle)\.$")
_LISTED = re.compile(r"[•·▪‣◦*–—|-]|\d{1,2}[.)]\s|#")  # a bullet, a dash or a number opening a list item; a
#                                                           heading; a table row
_NAME_IN_LOWER_CASE = re.compile(r"[^\W\d_][^\W\d_]*[A-Z]")  # "iPhone", "eBay", "iOS" (not "l'Américain")
_FENCE_OR_RULE = re.compile(r"(?:```|~~~|[-=*_](?:\s*[-=*_]){2,}\s*$)")  # Markdown: a code fence, a rule, a setext line
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S")  # a gap between columns of a table
_SMALL_WORDS = frozenset("""a an the of to in on at by for with from and or but as that which who
    until till into onto than about between during since
    le la les l' un une des du de d' à au aux en et ou par pour sur avec dans que qui
    vers chez sans sous entre depuis pendant jusqu'à jusqu'au
    der die das ein eine und oder mit von zu im el los las y o con por para del il lo gli una e
    zwischen nach bei für auf aus über unter vor den dem des einer eines einem einen als wie dass ob am zum zur vom
    beim di della dello dei degli delle da dal dalla per tra fra nel nella al alla che sul sulla entre desde hasta
    sobre""".split())
_LONG_LINE = 60  # a line this long that stops on a small word was wrapped, whatever the layout's full length (a
# PDF whose text layer gives most paragraphs as one line: "… mindestens bis Freitag gesperrt; zwischen" /
# "Brenzola und Ardenza verkehren Ersatzbusse.", left apart, had read as two lines after the article)
_ASIDE_GOES_ON = re.compile(r"\([^()\n]{2,40}\)(?:,|\s+[a-zà-ÿ])")  # "(SDMIS), quatre-vingts", "(AP) said"; not "(a) the"


def full_length(lines: list[str]) -> int:
    """The length of a full line of this layout: most lines of prose are full."""
    lengths = sorted(len(ln) for ln in lines if ln)
    return lengths[int(_FULL_SHARE * (len(lengths) - 1))] if lengths else 0


def join_wrapped(lines: list[str], usual: float, close: Callable[[str, str], bool] | None = None) -> list[str]:
    """``lines`` (of one print size: ``pdf_type``) with each line the layout wrapped joined to the next: one that
    stops mid-sentence (``runs_on``), or a full line broken inside a name (``cut_before_a_name``), or, when the page
    sets the two lines close as one paragraph's (``close``: ``pdf_type.set_close``), one broken before a
    capitalised word (``cut_before_a_capital``); an empty line (a blank) is never joined."""
    out: list[str] = []
    for k, line in enumerate(lines):
        last = lines[k - 1] if k else ""
        if out and out[-1] and line and (runs_on(out[-1], line, usual) or cut_before_a_name(last, line, usual)
                                         or cut_after_a_number(last, line, usual)
                                         or (close is not None and close(last, line)
                                             and cut_before_a_capital(last, line, usual))):
            out[-1] = joined(out[-1], line)
        else:
            out.append(line)
    return out


def cut_before_a_capital(line: str, following: str, usual: float) -> bool:
    """Of two lines the page sets as one paragraph's, ``line`` stops mid-sentence on a word and the next goes on with
    a capitalised one: a ragged-right column broke a name ("El centrocampista Luca" / "Bertone vio la tarjeta
    roja …"), however short the column's lines. A heading keeps its line: a short one (under half a full line), one
    without a word in lower case ("Market Reaction"), one in capitals or a next line opening on one ("MONTREAL (AP)
    -"), on an article or a small word ("Les ministres …"), a list item, a table row (``_kept_apart``) and a line of
    page furniture (a byline: "By Jane Doe")."""
    last, first = line.rsplit(" ", 1)[-1], following.split(" ", 1)[0]
    if (len(line) < _SHORT * usual or line.endswith(ENDS) or not last[-1:].isalpha() or not first[:1].isupper()
            or first.isupper() or line.isupper() or first.lower() in _SMALL_WORDS | _OPENING_WORDS
            or not any(word[:1].islower() for word in line.split()) or _kept_apart(line, following)):
        return False
    from ..clean_lines import lines_of  # the furniture reader, on first use
    from ..furniture import shape_reason

    return shape_reason(lines_of(line)[0]) is None


def cut_before_a_name(line: str, following: str, usual: float) -> bool:
    """A full line of prose (two words in lower case at least) that stops mid-sentence on a word, before a line that
    goes on with a capitalised one: the layout broke a name ("… le président chinois Xi" / "Jinping était troublé
    …"), or put a name or a German noun on the next line ("… the president met" / "Emmanuel Macron …", "… zahlreiche
    elektrische" / "Autos zurück."). A line that opens on an article or a small word starts a sentence of its own
    ("… face à la Chine" / "Les ministres …": an intertitle, then a paragraph), and a dateline is written in
    capitals ("MONTREAL (AP) -"); after a word in lower case, a list item or a next line without a word in lower
    case (a table's row: "Labour 412 9,708,716") keeps its break."""
    last, first = line.rsplit(" ", 1)[-1], following.split(" ", 1)[0]
    if last[:1].islower() and (_LISTED.match(line) or not any(w[:1].islower() for w in following.split()[1:])):
        return False
    return (len(line) >= WRAPPED * usual and not line.endswith(ENDS) and last[:1].isalpha()
            and first[:1].isupper() and not first.isupper() and first.lower() not in _SMALL_WORDS | _OPENING_WORDS
            and not _kept_apart(line, following) and sum(word[:1].islower() for word in line.split()) >= 2)


def cut_after_a_number(line: str, following: str, usual: float) -> bool:
    """A full line of prose (two words in lower case at least) that the layout broke after a number, before a line
    opening on a capital: a German noun or a month goes on with the sentence ("… rund 84.000" / "Elektroautos
    zurück.", "… am 12." / "März gewarnt."). A sentence that ends on a number ends with its stop ("… 2024." / "Die
    …" keeps its break; a day's "12." only goes on with a month); a short line (a heading: "Bilanz 2024"), a list
    item, a heading or a table row (``_kept_apart``), a line ending on a time ("… mis à jour à 10h45") and a line
    of page furniture (a byline with its date: "By Jane Doe, March 14, 2024") keep theirs."""
    if len(line) < WRAPPED * usual or not following[:1].isupper() or _kept_apart(line, following) \
            or sum(word[:1].islower() for word in line.split()) < 2:
        return False
    if not (_FIGURE_END.search(line) or (_DAY_END.search(line) and _MONTH_START.match(following))):
        return False
    from ..clean_lines import lines_of  # the furniture reader, on first use
    from ..furniture import shape_reason

    return shape_reason(lines_of(line)[0]) is None


_FIGURE_END = re.compile(r"(?:^|\s)\d[\d.,]*\d$|(?:^|\s)\d$")  # "84.000", "2024", "7"; not "10h45", "14:05"
_DAY_END = re.compile(r"(?:^|\s)(?:[1-9]|[12]\d|3[01])\.$")  # "am 12.": a day of the month written as German does
_MONTH_START = re.compile(r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                          r"Dezember)\b")


# Capitalised words that open a sentence rather than go on with a name (with ``_SMALL_WORDS``: articles, "Les", "The")
_OPENING_WORDS = frozenset("""il elle ils elles on nous je ce cet cette ces son sa ses leur leurs selon mais
    he she it they we i this these those his her its their but after before when while according""".split())


def joined(line: str, following: str) -> str:
    """Two lines of one sentence; a line ending on a hyphen keeps it ("well-" / "known", "porte-" / "parole": a
    compound's hyphen cannot be told from the layout's, and removing it would break the compounds), with no space
    after it; a dash after a space is a dash ("PARIS (Reuters) -" / "the president said": the space stays)."""
    compound = line.endswith("-") and len(line) > 1 and line[-2].isalnum()
    return line + ("" if compound else " ") + following


def runs_on(line: str, following: str, usual: float) -> bool:
    """The layout wrapped ``line`` mid-sentence: it does not end one (a title before a name on a full line does
    not: "Mr." / "McAllister said"), neither line is a list item, a heading or a table row (``_kept_apart``), and
    either the next line goes on in lower case or with a number, or ``line``, near a full line's length, stops on a
    comma, a hyphen or a small word ("… went to" / "Vancouver police") or holds a comma; a line closing a bracket or
    a quotation goes on into a line in lower case (a sub-headline's "… Lavagna (2-1)" / "en Torrelinda"). A
    headline, a byline keep their line."""
    if _kept_apart(line, following):
        return False
    if _TITLE_END.search(line) and len(line) >= WRAPPED * usual:
        return following[0].isupper()
    if line.endswith((":", ";")) and following[0].islower():
        return True  # "… pour les responsables américains :" / "la Chine pourrait …"
    if line.endswith(_CLOSING) and following[0].islower():
        return True  # "… tumba al Virtus Lavagna (2-1)" / "en Torrelinda", "«… flacas»" / "declaró el técnico"
    if line.endswith(ENDS) or (line[-1].isdigit() and not following[0].islower()):
        return False
    if following[0].islower() or following[0].isdigit() or _ASIDE_GOES_ON.match(following):
        return True  # "…killing" / "one person", "…around" / "4 p.m.", "… de secours" / "(SDMIS), quatre-vingts …"
    last = line.rsplit(" ", 1)[-1].lower()
    if last in _SMALL_WORDS and len(line) >= _LONG_LINE:
        return True
    return len(line) >= WRAPPED * usual and (line.endswith((",", "-")) or last in _SMALL_WORDS or "," in line)
    #      "…on Friday, killing" / "John Smith, …": a line with a comma is prose; a headline seldom has one


def looks_wrapped(lines: list[str], usual: int) -> bool:
    """Plain text wrapped at a fixed width: its full lines are short (at most ``WRAP_WIDTH``), a good share of the
    lines followed by another stop mid-sentence, and most broke only because the next word would not fit (a
    list, a table, a poem, e-mail headers have short lines that the next word would not fill). A report written
    one paragraph a line has long full lines whose ends close sentences."""
    if not _NARROWEST <= usual <= WRAP_WIDTH:
        return False
    followed = [(a, b) for a, b in zip(lines, lines[1:]) if a and b]
    if not followed:
        return False
    open_ = sum(1 for a, _ in followed if not a.endswith(ENDS))
    full = sum(1 for a, b in followed if _overflows(a, b, usual))
    return open_ >= _OPEN_SHARE * len(followed) and full >= max(_MIN_WRAPPED, _FULL_BREAKS * len(followed))


def _kept_apart(line: str, following: str) -> bool:
    """The break between the two lines is the writer's: the next is a list item, a heading or a table row, or
    ``line`` is a heading or a table row, or either is a Markdown fence or rule ("```", "---", "===")."""
    return bool(_LISTED.match(following) or line.startswith(("#", "|")) or _COLUMNS.search(line)
                or _FENCE_OR_RULE.match(line) or _FENCE_OR_RULE.match(following))


def _fills(line: str, following: str, usual: int) -> bool:
    """At a fixed width, ``line`` broke only because the next line's first word would not fit on it: it stops
    mid-sentence and that word would take it past the full length ("… comme n'ayant" / "« pas de limites »")."""
    return not line.endswith(ENDS) and not _kept_apart(line, following) and _overflows(line, following, usual)


def _overflows(line: str, following: str, usual: int) -> bool:
    """The next line's first word would have taken ``line`` past a full line's length."""
    return len(line) + 1 + len(following.split(" ", 1)[0]) > usual


def reflow_plain(text: str) -> str:
    """Plain text with the lines a fixed-width wrap broke joined again (each join puts one space, or nothing after
    a hyphen, for the newline and the next line's indent); in text that does not read as wrapped, only a sentence
    broken once in mid-course (``broken_once``)."""
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    usual = full_length(stripped)
    if not looks_wrapped(stripped, usual):
        return _rejoined(lines, stripped)
    out: list[str] = []
    for k, (raw, line) in enumerate(zip(lines, stripped)):
        last = stripped[k - 1] if k else ""  # the line as the wrap left it, not the run joined so far
        if out and last and line and len(last) >= WRAPPED * usual and (
                runs_on(last, line, usual) or _fills(last, line, usual) or cut_after_a_number(last, line, usual)):
            out[-1] = joined(out[-1].rstrip(), line)
        else:
            out.append(raw)
    return unbroken("\n".join(out), layout_breaks(stripped))  # "govern-" / "ment" joined is "government"


def broken_once(line: str, following: str) -> bool:
    """In a report written one paragraph a line, a stray line break cut a sentence: ``line`` stops mid-sentence in
    prose (two words in lower case at least), the next goes on in lower case and ends the sentence ("Le sommet
    sino-européen prévu lundi dernier à Lyon a été" / "reporté sine die par le gouvernement chinois …", a soft
    break a web page kept). Most lines of a poem or of a list without bullets do not end a sentence, so they keep
    their breaks (the last line of such a list may join the one before it); a byline ("Par Jean Dupont" / "publié
    le 3 mars à 11h."), a list item, a heading, a table row, a Markdown fence or rule (``_kept_apart``) and a name
    written with a small first letter ("iPhone", "eBay"; an elided article before a capital goes on:
    "l'Américain") keep their lines."""
    return (not line.endswith(ENDS) and following.endswith(ENDS) and following[0].islower()
            and not _NAME_IN_LOWER_CASE.match(following) and not _kept_apart(line, following)
            and sum(word[:1].islower() for word in line.split()) >= 2)


def _rejoined(lines: list[str], stripped: list[str]) -> str:
    if not any(a and b and broken_once(a, b) for a, b in zip(stripped, stripped[1:])):
        return "\n".join(lines)
    out: list[str] = []
    for k, (raw, line) in enumerate(zip(lines, stripped)):
        if out and k and stripped[k - 1] and line and broken_once(stripped[k - 1], line):
            out[-1] = joined(out[-1].rstrip(), line)
        else:
            out.append(raw)
    return "\n".join(out)
