"""A title with a rank word is another person than the bare title: "the deputy governor" is not "the governor".

Wires write the title alone on second reference, so a quote one report credits to "the governor" and the other to
"the deputy governor" was read as one speaker (the one phrase holds the other's words) and the mix-up went unseen.
A rank word before or after a title ("deputy", "vice", "assistant", "adjoint", "adjunto", "aggiunto",
"stellvertretende", "sous-", "vice-", "vize-", "sub-", "sotto-") or fused with it ("vicegobernador",
"Vizepräsidentin", "subdirector") makes another office; two phrases sharing a title word are two people when their
rank words differ ("Governor Helena Marstrand" / "the deputy governor"). A shared name is no title: "Deputy Governor
Tomas Reuvik" / "Reuvik" are compared by name, elsewhere.
"""
from __future__ import annotations

import re

from ..features import strip_accents
from .cues import CUES

# rank words, lower case and unaccented, each to its rank ("assistant" is no deputy)
_RANKS = {**dict.fromkeys("""deputy vice adjoint adjointe adjoints adjunto adjunta adjuntos aggiunto aggiunta
    stellvertretend stellvertretende stellvertretender stellvertretenden stellvertretendes vize sous sub sotto
    suppleant suppleante substituto substituta sostituto sostituta""".split(), "deputy"),
          **dict.fromkeys("assistant assistante asistente assistente".split(), "assistant"),
          **dict.fromkeys("under".split(), "under")}
_PREFIXES = (("vice", "deputy"), ("vize", "deputy"), ("sub", "deputy"), ("sotto", "under"), ("sous", "deputy"))
_MIN_REST = 5  # a fused title's rest ("gobernador" of "subgobernador"); shorter rests are words of their own
_WORDS = re.compile(r"\w+")
_TITLES = frozenset(strip_accents(w.lower()) for cues in CUES.values() for w in cues.titles)


def other_rank(x: str, y: str) -> bool:
    """The two speaker phrases share a title word and their rank words differ: two people ("the governor" / "the
    deputy governor", "le gouverneur" / "le sous-gouverneur", "die Präsidentin" / "die Vizepräsidentin")."""
    rank_x, words_x = _read(x)
    rank_y, words_y = _read(y)
    return rank_x != rank_y and bool(_titled(words_x) & _titled(words_y))


def ranks_across(x: str, y: str) -> bool | None:
    """Two languages' titles alone, compared by rank: False when one has a rank the other lacks ("the deputy
    governor" / "le gouverneur"); with one rank, whether the titles are one ("the deputy governor" / "le
    sous-gouverneur": their titles without the rank, ``unranked``, read by the caller); None when no rank is said or
    a name is ("Deputy Governor Tomas Reuvik" / "Tomas Reuvik": compared by name)."""
    rank_x, rank_y = ranks_of(x), ranks_of(y)
    if not (rank_x or rank_y) or not (_title_alone(x) and _title_alone(y)):
        return None
    return None if rank_x == rank_y else False


def unranked(phrase: str) -> str:
    """The phrase without its rank words ("le sous-gouverneur": "le gouverneur"; "die Vizepräsidentin": "die
    präsidentin")."""
    words = [rest if rank else word for word in _WORDS.findall(phrase)
             for rank, rest in [_rank_of(strip_accents(word.lower()))] if not rank or rest]
    return " ".join(words)


def _title_alone(phrase: str) -> bool:
    """No capitalised word but a title, a rank or an article opening the phrase: no one's name."""
    words = _WORDS.findall(phrase)
    return bool(words) and all(not w[:1].isupper() or k == 0 or strip_accents(w.lower()) in _TITLES
                               or _rank_of(strip_accents(w.lower()))[0] for k, w in enumerate(words))


def ranks_of(phrase: str) -> frozenset[str]:
    """The phrase's rank words, each as its rank ("le directeur adjoint": {"deputy"}; "the governor": none)."""
    return _read(phrase)[0]


def rank_word(word: str) -> str | None:
    """The rank a word gives ("Deputy", "vice", "stellvertretende", "vicegobernador": deputy), or None."""
    return _rank_of(strip_accents(word.lower()))[0]


def _read(phrase: str) -> tuple[frozenset[str], dict[str, bool]]:
    """The phrase's ranks, and its other words (folded) with whether each is a title word (lower case as written,
    or a title of the cue lists: German nouns and "Governor Helena Marstrand" are capitalised)."""
    ranks, words = set(), {}
    for word in _WORDS.findall(phrase):
        folded = strip_accents(word.lower())
        rank, rest = _rank_of(folded)
        if rank:
            ranks.add(rank)
        if rest:
            words[rest] = words.get(rest, False) or word.islower() or rest in _TITLES or folded in _TITLES
    return frozenset(ranks), words


def _rank_of(word: str) -> tuple[str | None, str]:
    """A word's rank and the title it leaves ("vicegobernador": deputy, "gobernador"; "deputy": deputy, "")."""
    if word in _RANKS:
        return _RANKS[word], ""
    for prefix, rank in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_REST and _TITLES & {word, word[len(prefix):]}:
            return rank, word[len(prefix):]
    return None, word


def _titled(words: dict[str, bool]) -> set[str]:
    return {w for w, title in words.items() if title and len(w) > 2 and w not in _NOT_TITLES}


# lower-case words of a speaker's phrase that name no office ("the", "of", "bank")
_NOT_TITLES = frozenset("""the and les des del della der die das den dem von for pour por per para une uno una
    its his her their son sur bank banque banco banca central centrale officials official""".split())
