"""Words a page's layout broke at a line's end: "munici-" / "pal." is "municipal.", "porte-" / "parole" stays
"porte-parole".

A PDF's text layer (and a text file wrapped at a fixed width) keeps the hyphen a typesetter put where a word did not
fit, and joining the lines keeps it too ("munici-pal", "l'in-cendie", "kilo-mètres"): the word then matches nothing in
the other reports. The layout cannot tell that hyphen from a compound's ("vice-", "well-"), but the language's
dictionary can: a broken word is mended when its letters joined are a word the dictionary knows and the hyphenated
spelling is not (simplemma's dictionaries, which the engine loads for lemmas anyway; the language read from the text).
Where the language has no dictionary, or neither spelling is known (a name), the hyphen stays, as before.
"""
from __future__ import annotations

import re

from ..language import detect_language
from ..lemmas import shared_lemmas

_BROKEN = re.compile(r"(?<![\w-])(\w+)-$")  # a line's last word, cut after a hyphen ("munici-", "l'in-": "in")
_REST = re.compile(r"^([^\W\d_]+)")  # the next line's first word, in letters


def layout_breaks(lines: list[str]) -> dict[str, str]:
    """``{"munici-pal": "municipal"}`` for each word the layout broke between two of ``lines`` (consecutive lines as
    the page set them) whose unbroken spelling the text's language knows and whose hyphenated one it does not."""
    cuts = {(m.group(1), r.group(1)) for line, following in zip(lines, lines[1:])
            if (m := _BROKEN.search(line.rstrip())) and (r := _REST.match(following.lstrip())) and r.group(1)[0].islower()}
    if not cuts:
        return {}
    lang = detect_language("\n".join(lines))
    lemmas = shared_lemmas()

    def known(word: str) -> bool:  # as written, or in lower case (German keeps its nouns' capitals: "Krankenhaus")
        return lemmas.known(word, lang) or lemmas.known(word.lower(), lang)

    return {f"{head}-{tail}": head + tail for head, tail in cuts if known(head + tail) and not known(f"{head}-{tail}")}


def unbroken(text: str, breaks: dict[str, str]) -> str:
    """``text`` with each broken word of ``breaks`` (``layout_breaks``) written whole, wherever it stands whole."""
    if not breaks:
        return text
    words = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(breaks, key=len, reverse=True))) + r")(?![\w-])")
    return words.sub(lambda m: breaks[m.group()], text)
