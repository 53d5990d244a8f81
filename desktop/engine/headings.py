"""The lines of a report that are headings rather than statements: its title, and section labels.

A title states the story in a few words and is matched to the other reports' titles. A section label ("REPÈRES",
"LES FAITS", "Nouvelles dispositions", "Background") names what follows and states nothing, so it is matched to
nothing: a label shares a word with a claim ("nouvelles dispositions" / "Paris annoncera de nouvelles
dispositions"), never the claim. An intertitle that does state something ("Kouchner pour une exception à la loi",
"Appel lancé à Carla Sarkozy") names someone or says more than a label's three words, and stays a sentence.
"""
from __future__ import annotations

import re

from .features import SentenceFeatures, features
from .furniture import FUNCTION_WORDS
from .model import Document

TERMINAL = ".!?»\"”"  # a line ending on these is no label or intertitle (a short quote « … » neither)
STOPS = ".!?"
CLOSING = "»\"”’)"  # a quote or bracket closing after the stop: '… a-t-il dit."', '(…).'


def ends_with_stop(text: str) -> bool:
    """The sentence ends with a stop, or with a closing quote after one ('… mais « pas de limites ».', 'il a dit
    « non ! »'). A title ending on a quote is no statement's end: 'Enfant trouvé à Marseille : la mère se dit
    "en règle"' is a title."""
    core = text.rstrip().rstrip(CLOSING + " \u00a0")
    return bool(core) and core[-1] in STOPS

MAX_LABEL_WORDS = 3  # content words of a section label


def headline_of(doc: Document) -> int | None:
    """The title sentence: a whole first line of at most 30 words without a final full stop (a trailing … is
    allowed), followed by more of the report, whether a blank line or a line break separates them; the second line
    when the first is a kicker over it (``kicker``)."""
    if not _title_line(doc, 0):
        return None
    return 1 if kicker(doc) else 0


def kicker(doc: Document) -> bool:
    """The first line is a page's kicker, the rubric over the headline ("Grenzregion", "INTERNATIONAL · ESPAGNE"):
    one or two words, no figure, no small word ("Séisme au Japon" is a title) and no name ("Biden triumphs"), over a
    title of five words or more. It names a section and states nothing (a section label), and the headline is the
    line under it. So does a masthead: a paper's name or its sections in capitals over a title of three words or more
    not in capitals (``_masthead``)."""
    if len(doc.sentences) < 3:
        return False
    text = doc.sentence_text(0)
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if _masthead(text, words) and _title_line(doc, 1) and len(doc.sentence_text(1).split()) >= 3 \
            and not _capitals(doc.sentence_text(1)):
        return True
    return _rubric(text) and not any(c.isdigit() for c in text) \
        and not any(w.casefold().strip(".,:") in FUNCTION_WORDS for w in words) \
        and _title_line(doc, 1) and len(doc.sentence_text(1).split()) >= 5 \
        and (len(words) == 1 or not _named(features(text, doc.language), doc.language))  # "Biden triumphs": a title


def _masthead(text: str, words: list[str]) -> bool:
    """A line in capitals of at most four words and no figure that names a paper or sections over the headline: an
    article opens it ("LE COURRIER ÉCONOMIQUE", "EL DIARIO", "DIE ZEIT") or a rubric's mark splits it ("FINANZA &
    IMPRESE | TRASPORTO AEREO"). A headline in capitals ("QUAKE HITS VALDORIA", "BIDEN TRIUMPHS") is none."""
    if not 1 <= len(words) <= 4 or not _capitals(text) or any(c.isdigit() for c in text):
        return False
    return words[0].casefold() in _MASTHEAD_ARTICLES or len(_RUBRIC_SPLIT.split(text.strip())) > 1


_MASTHEAD_ARTICLES = frozenset({"le", "la", "les", "l'", "the", "el", "los", "las", "il", "lo", "der", "die", "das",
                                "o", "os"})  # (not "a": "A NATION MOURNS" is a headline)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _rubric(text: str) -> bool:
    """One or two words, or a section and its subsection of one or two words each ("MERCATI · BANCHE CENTRALI",
    "Economía / Mercados")."""
    parts = _RUBRIC_SPLIT.split(text.strip())
    return len(parts) <= 2 and all(1 <= len([w for w in p.split() if any(c.isalpha() for c in w)]) <= 2 for p in parts)


_RUBRIC_SPLIT = re.compile(r"\s+[·|/›>•]\s+")


def _title_line(doc: Document, i: int) -> bool:
    """Sentence ``i`` is a whole line of at most 30 words without a final full stop, more of the report after it."""
    if len(doc.sentences) < i + 2 or not _line_ends(doc, i) or doc.sentences[i + 1].start < doc.sentences[i].end:
        return False
    text = doc.sentence_text(i).rstrip()
    return bool(text) and not ends_with_stop(text) and len(text.split()) <= 30 and (i == 0 or _whole_line(doc, i))


def section_labels(doc: Document, feats: list[SentenceFeatures]) -> frozenset[int]:
    """The sentences after the first that are a whole line of at most three content words, with no name (but for
    a word alone), no number and no final punctuation, in a report written in prose (most of its sentences end with
    a stop: a pasted list of short lines has no labels)."""
    out = {0} if kicker(doc) else set()
    if not written_in_prose(doc):
        return frozenset(out)
    for i in range(1, len(doc.sentences)):
        f = feats[i]
        text = doc.sentence_text(i).rstrip()
        if text and text[-1] not in TERMINAL and _whole_line(doc, i) and len(f.content) <= MAX_LABEL_WORDS \
                and not f.numbers and (len(text.split()) == 1 or not _named(f, doc.language)):
            out.add(i)  # a word alone states nothing, even one read as a name ("Hintergrund": German writes nouns
            #             in capitals, and its dictionary knows them so, not as the word read in lower case)
    return frozenset(out)


def headings(doc: Document, labels: frozenset[int]) -> frozenset[int]:
    """The title and the intertitles that state something: whole lines without final punctuation, labels aside
    ("Appel lancé à Carla Sarkozy", "Banques : Paris annoncera de nouvelles dispositions cette semaine"). A heading
    restates in a few words what a sentence of the body says (``mutual``: the body sentence it prefers may be
    linked already). In a report written in prose only: in a pasted list of short lines every line would be one."""
    if not written_in_prose(doc):
        return frozenset()
    return frozenset(i for i in range(len(doc.sentences)) if i not in labels and _whole_line(doc, i)
                     and doc.sentence_text(i).rstrip()[-1:] not in TERMINAL)


def written_in_prose(doc: Document) -> bool:
    """Most of the report's sentences end with a stop (not a pasted list of headlines)."""
    ended = sum(doc.sentence_text(i).rstrip()[-1:] in TERMINAL for i in range(len(doc.sentences)))
    return ended * 2 >= len(doc.sentences)


def _named(f: SentenceFeatures, lang: str) -> bool:
    """A name, not a word written in capitals ("LES FAITS") nor a first word of the dictionary ("Nouvelles")."""
    from .lemmas import shared_lemmas

    return any(t.is_name and not t.surface.isupper() and (k > 0 or not shared_lemmas().known(t.norm, lang))
               for k, t in enumerate(f.tokens))


def _line_ends(doc: Document, i: int) -> bool:
    end = doc.sentences[i].end
    return end >= len(doc.text) or doc.text[end:].lstrip(" \t").startswith(("\n", "\r"))


def _whole_line(doc: Document, i: int) -> bool:
    before = doc.text[: doc.sentences[i].start].rstrip(" \t")
    return (not before or before.endswith(("\n", "\r"))) and _line_ends(doc, i)


def questions(doc: Document) -> frozenset[int]:
    """The sentences that ask rather than state (often the intertitles of a question-and-answer piece): two
    questions about different people or places ask different things, however alike their words. A statement that
    ends on a question of its own ("AMD agreed to pay $334 million for SeaMicro, but why would a chipmaker buy a
    server company?", "La Cnil a émis des réserves sur ce fichier, pourquoi ?") states first, and is no question."""
    return frozenset(i for i in range(len(doc.sentences)) if _asks(doc.sentence_text(i).rstrip()))


# a clause that states before the clause that asks: after a semicolon, or a comma and a conjunction (a colon
# introduces the question itself: "Reste une question : qui paiera ?"), or a question word alone after a comma ("La
# Cnil a émis des réserves sur ce fichier, pourquoi ?")
_STATES_FIRST = re.compile(r"\S\s*;\s+\S|,\s+(?:but|and|yet|so|mais|et|or|donc|alors)\s"
                           r"|,\s+(?:pourquoi|comment|why|how)\s*\?$", re.I)


def _asks(text: str) -> bool:
    return text.endswith("?") and not _STATES_FIRST.search(text)
