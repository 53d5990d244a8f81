"""Italian prepositions fused with an elided article ("all'ANSA", "dell'Università", "nell'inchiesta") read as two
words, as French "à l'AFP" is: the preposition (``Cues.elided_preps``), then the word the article goes with."""
from __future__ import annotations

from dataclasses import replace

from ..features import Token


def split_elided(toks: tuple[Token, ...], preps: frozenset[str]) -> tuple[Token, ...]:
    """The tokens with each "prep'word" token cut in two (the apostrophe left between them)."""
    out: list[Token] = []
    for t in toks:
        head, apostrophe, rest = t.norm.partition("'")
        if not apostrophe or head not in preps or not rest or t.surface[len(head) + 1:len(head) + 2] == "":
            out.append(t)
            continue
        cut = t.start + len(head)
        word = t.surface[len(head) + 1:]
        out.append(replace(t, end=cut, surface=t.surface[:len(head)], norm=head, lemma=head, stop=True,
                           is_name=False))
        out.append(replace(t, start=cut + 1, surface=word, norm=rest, lemma=rest, stop=False,
                           is_name=word[:1].isupper()))
    return tuple(out)
