"""How a PDF prints its lines: each line's font size and height on the page, read from the page's drawing (pypdf's
text visitor), so that a headline printed large on several lines reads as one line and a drop cap joins its word.

pypdf's text layer gives lines, not type: "Palin's Church" / "Damaged by Arson", a headline wrapped by the layout,
read as two sentences, and "L" / "a Banque centrale européenne a relevé …" (a drop cap) as a sentence "L". Lines
printed in one large size (``LARGE`` times the body's) join when they stand as close as the lines of one block
(``SAME_BLOCK`` times their size apart; two intertitles in a row stand further apart), or when the next one goes on
in lower case; a kicker in capitals ("ÉCONOMIE") keeps its line. A large line never joins a body line.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .reflow import ENDS, WRAPPED, full_length, joined

LARGE = 1.3  # times the body text's size: a headline's or an intertitle's print
SAME_SIZE = 0.05  # relative difference of two lines' sizes still read as one size
SAME_BLOCK = 1.6  # line spacing, in font sizes, of the lines of one headline (1.1–1.3 in print)
GOES_ON = 2.5  # … and of two lines the second of which goes on in lower case (a loosely set intertitle)
KICKER_WORDS = 3  # a line in capitals of at most this many words above a headline is its rubric
CLOSE = 1.15  # two lines of one size at most this many times the usual spacing apart: one paragraph's lines
PARAGRAPH = 1.6  # two lines of one size this many times further apart than the usual two lines in a row: two blocks
RESUME_REACH = 40  # lines of a box set in another size that may cut a paragraph before it goes on
OTHER_SIZE = 0.08  # relative difference of two sizes on one page that are two prints (a caption's 9 points, 10)
DROP_CAP_REACH = 12  # lines after a drop cap where the rest of its word may come (pypdf puts the letter first)
HEADLINE_RUNS = 4  # runs of one print at the top of the text among which the headline stands (a kicker, a date above)
ABOVE_HEADLINE_WORDS = 8  # words of a line above the headline, at most (a site's name, a kicker, a date; not prose)


@dataclass(frozen=True)
class Type:
    size: float  # the font size the line is printed in (its largest run)
    y: float  # its height on the page


def run(text: str, cm, tm, size: float) -> tuple[float, float, str]:
    """(height on the page, printed font size, text) of one run of text a page draws (pypdf's visitor arguments:
    the current and text matrices give the scale the font is drawn at)."""
    a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                  tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
    return round(y, 1), abs(size or 0.0) * abs(a * d - b * c) ** 0.5, text


def add_lines(runs: list[tuple[float, float, str]], types: dict[str, Type], clean) -> None:
    """Each line's text (the runs drawn in a row at one height, ``clean``-ed as the text layer's lines are) with its
    type, into ``types``. Runs that draw no text (a writer's empty string in its default 12 points) give no size, and
    two columns' lines at one height are two lines: the text layer reads each column on its own."""
    for y, parts in _rows(runs):
        line, size = clean("".join(t for _, t in parts)), max(s for s, _ in parts)
        if line and (line not in types or types[line].size < size):
            types[line] = Type(size, y)


def _rows(runs: list[tuple[float, float, str]]) -> list[tuple[float, list[tuple[float, str]]]]:
    """The runs that draw text grouped into lines: each run in a row with the one before it at its height."""
    rows: list[tuple[float, list[tuple[float, str]]]] = []
    for y, size, text in runs:
        if not text.strip():
            continue
        if rows and rows[-1][0] == y:
            rows[-1][1].append((size, text))
        else:
            rows.append((y, [(size, text)]))
    return rows


def set_in_type(lines: list[str], types: dict[str, Type]) -> list[list[str]]:
    """``lines`` with drop caps joined to their words and large lines of one headline joined, cut into runs of one
    kind of print (large or body) and of one block of the page (``_apart``) that the layout's wrapping may be undone
    within, never across."""
    body = _body_size(lines, types)
    if not body:
        return [lines]
    lines = _resumed(_drop_caps(lines, types, body), types, body)
    out: list[str] = []
    for line in lines:
        if out and _one_headline(out[-1], line, types, body):
            types[joined(out[-1], line)] = types[line]
            out[-1] = joined(out[-1], line)
        else:
            out.append(line)
    runs: list[list[str]] = []
    leading = _leadings(out, types)
    for line in out:
        large = _large(line, types, body)
        if runs and _large(runs[-1][-1], types, body) == large and not _apart(runs[-1][-1], line, types, leading):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def set_close(runs: list[list[str]], types: dict[str, Type]) -> Callable[[str, str], bool]:
    """Whether the page sets two lines in a row as lines of one paragraph: printed in one size, the second at the
    usual spacing of lines of that size under the first (``CLOSE`` times it at most: a line followed by a blank gap
    is a heading's), or at the top of the next column or page. Lines whose print is unknown are not."""
    lines = [ln for run in runs for ln in run]
    leading = _leadings(lines, types)

    def close(line: str, following: str) -> bool:
        mine, theirs = types.get(line), types.get(following)
        if mine is None or theirs is None or not _same(theirs.size, mine.size):
            return False
        usual = leading.get(round(mine.size, 1))
        return theirs.y >= mine.y or (usual is not None and mine.y - theirs.y <= CLOSE * usual)
    return close


def headline(runs: list[list[str]], types: dict[str, Type]) -> str | None:
    """The report's headline as its page prints it: the first line of one of the first runs (``set_in_type``)
    printed large, unless it is a kicker in capitals ("ÉCONOMIE") or a name alone (a masthead: "Le Quotidien du
    Soir"), and only above the text's first line of prose (a large intertitle under a paragraph is no headline; a
    line in smaller print than the body, a folio, is no prose).
    None when the lines' print is unknown or none is large."""
    body = _body_size([ln for run in runs for ln in run], types)
    for run in runs[:HEADLINE_RUNS] if body else []:
        if run and _large(run[0], types, body) and not _named(run[0]):
            return run[0]
        if any(len(line.split()) > ABOVE_HEADLINE_WORDS and not _smaller(line, types, body) for line in run):
            return None
    return None


def _smaller(line: str, types: dict[str, Type], body: float) -> bool:
    """Printed smaller than the body: a folio line above the headline ("EL GRADERÍO · FÚTBOL INTERNACIONAL · Jueves,
    27 de mayo de 2027"), a caption; no paragraph of the report."""
    return line in types and types[line].size < (1 - OTHER_SIZE) * body


def _named(line: str) -> bool:
    """A kicker in capitals or a name: a few words, each capitalised (function words aside)."""
    from desktop.engine.clean_lines import lines_of
    from desktop.engine.furniture import named_only

    return (line.isupper() and len(line.split()) <= KICKER_WORDS) or named_only(lines_of(line)[0])


def _resumed(lines: list[str], types: dict[str, Type], body: float) -> list[str]:
    """``lines`` with a paragraph that a block printed in another size cuts mid-sentence (a column of "most read"
    links, a newsletter box the text layer reads between the foot of one page and the top of the next) made whole
    again: the first later line in the paragraph's size, when it goes on in lower case, moves up to follow it
    ("… as it approached the harbour in" / [the box] / "dense fog. No one was seriously hurt"). Only a full line of
    the body's print is cut that way (not "Mots-clés : Russie, Chine" before a reader's comment)."""
    out = list(lines)
    full = WRAPPED * full_length([ln for ln in lines if ln in types and _same(types[ln].size, body)])
    for k in range(len(out) - 1):
        mine, nxt = types.get(out[k]), types.get(out[k + 1])
        if mine is None or nxt is None or out[k].endswith(ENDS) or _same(nxt.size, mine.size) \
                or not _same(mine.size, body) or len(out[k]) < full:
            continue
        m = next((m for m in range(k + 2, min(len(out), k + 2 + RESUME_REACH))
                  if (t := types.get(out[m])) is not None and _same(t.size, mine.size)), None)
        if m is not None and out[m][:1].islower():
            out.insert(k + 1, out.pop(m))
    return out


def _same(size: float, other: float) -> bool:
    return abs(size - other) <= SAME_SIZE * other


def _apart(line: str, following: str, types: dict[str, Type], leading: dict[float, float]) -> bool:
    """Two lines the layout did not wrap from one another: one under the other printed in clearly different sizes
    (``OTHER_SIZE``: a caption or its credit above a paragraph; a glyph a little larger on one line is no other
    print) or further apart than the lines of one paragraph (``PARAGRAPH`` times the usual spacing of lines of
    that size: a box of links, then the next paragraph); across a page or a column break (the next line stands
    higher), in two sizes at all (a column of links beside the paragraph). Lines whose print is unknown are not
    told apart here."""
    mine, theirs = types.get(line), types.get(following)
    if mine is None or theirs is None:
        return False
    if theirs.y >= mine.y:  # a page or a column break: the next line goes on in the same print, or not at all
        return not _same(theirs.size, mine.size)
    if abs(theirs.size - mine.size) > OTHER_SIZE * mine.size:
        return True
    usual = leading.get(round(mine.size, 1))
    return usual is not None and mine.y - theirs.y > PARAGRAPH * usual


def _leadings(lines: list[str], types: dict[str, Type]) -> dict[float, float]:
    """For each print size, the usual spacing of two lines in a row printed in it (the median)."""
    gaps: dict[float, list[float]] = {}
    for line, following in zip(lines, lines[1:]):
        mine, theirs = types.get(line), types.get(following)
        if mine and theirs and _same(theirs.size, mine.size) and 0 < mine.y - theirs.y <= GOES_ON * mine.size:
            gaps.setdefault(round(mine.size, 1), []).append(mine.y - theirs.y)
    return {size: sorted(g)[len(g) // 2] for size, g in gaps.items()}


def _one_headline(line: str, following: str, types: dict[str, Type], body: float) -> bool:
    mine, theirs = types.get(line), types.get(following)
    if mine is None or theirs is None or theirs.size < LARGE * body or not _same(theirs.size, mine.size):
        return False
    if line.endswith((".", "!", "?", ":", ";")) or (line.isupper() and len(line.split()) <= KICKER_WORDS):
        return False  # a sentence; a kicker in capitals ("ÉCONOMIE", "FAITS DIVERS")
    gap = abs(mine.y - theirs.y)
    return gap <= SAME_BLOCK * mine.size or (following[:1].islower() and gap <= GOES_ON * mine.size)


def _drop_caps(lines: list[str], types: dict[str, Type], body: float) -> list[str]:
    """A capital alone on its line, printed large, joined to the first body line after it (large lines between are
    the headline pypdf puts after the letter): "L" + "a Banque centrale …", "L" + "'inflation …"; a letter that
    is a word of its own keeps a space ("A" + "man was killed", "À" + "Paris, …"), unless the rest is no word and
    the two make one the lemmatiser knows ("A" + "nother")."""
    out = list(lines)
    for k, line in enumerate(lines):
        if not (len(line) == 1 and line.isupper() and _large(line, types, body)):
            continue
        n = _next_body_line(out, k, types, body)
        if n is not None and (out[n][:1].islower() or out[n][:1] in "'’" or line in _LETTER_WORDS):
            out[n] = _with_letter(line, out[n])
            out[k] = ""
    return [ln for ln in out if ln]


def _next_body_line(lines: list[str], k: int, types: dict[str, Type], body: float) -> int | None:
    """The first line after line ``k``, within ``DROP_CAP_REACH``, printed in the body's size."""
    return next((n for n in range(k + 1, min(len(lines), k + 1 + DROP_CAP_REACH))
                 if lines[n] and not _large(lines[n], types, body)), None)


_LETTER_WORDS = frozenset("AIÀYOÔ")  # capitals that are words of their own in English or French


def _with_letter(letter: str, line: str) -> str:
    if letter not in _LETTER_WORDS or line[:1] in "'’":
        return letter + line
    first = line.split(" ", 1)[0].strip(",.;:!?")
    if line[:1].islower() and not _known(first) and _known(letter + first):
        return letter + line  # "A" + "nother"; but "A" + "man": "man" is a word, "Aman" only in an old French one
    return f"{letter} {line}"


def _known(word: str) -> bool:
    """Whether the lemmatiser knows ``word`` in English or French."""
    import simplemma

    return any(simplemma.is_known(word, lang=lang) for lang in ("en", "fr"))


def _large(line: str, types: dict[str, Type], body: float) -> bool:
    return line in types and types[line].size >= LARGE * body


def _body_size(lines: list[str], types: dict[str, Type]) -> float:
    """The font size most of the text is printed in (by characters); 0 when the lines' types are unknown."""
    weight: dict[float, int] = {}
    for line in lines:
        if line in types:
            weight[round(types[line].size, 1)] = weight.get(round(types[line].size, 1), 0) + len(line)
    return max(weight, key=weight.get) if weight else 0.0
