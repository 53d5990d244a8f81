"""A body's name in one language and its acronym in brackets: "Germany's Federal Motor Transport Authority (KBA)" /
"Das Kraftfahrt-Bundesamt (KBA)". The acronym both versions give says they name one body; the English name, whose
words the German version does not have, had been marked as a name only the English report gives (a QA helper's
recall reports). A run of capitalised words right before "(ACR)", where another version of the claim gives the
acronym too, is covered: the body is named by both, each in its own words. A body only one version names, with its
acronym, stays flagged ("and by the Nordic Heart Foundation (NHF)").
"""
from __future__ import annotations

from ..acronyms import is_acronym
from .member import Member

_INSIDE_NAMES = frozenset("of for and de du des la le for für der die das del della di do da".split())  # "Office
#                                                   of …", "Office fédéral de l'énergie"


def cover_named_by_acronym(members: list[Member], flags: list[list[bool]]) -> None:
    """Clear the flags of each name before "(ACR)" whose acronym another source's version of the claim gives."""
    for n, m in enumerate(members):
        others = {t.surface for o in members if o.ref[0] != m.ref[0] for t in o.feats.tokens}
        for first, last, acronym in _named(m):
            if acronym in others:
                for k in range(first, last + 1):
                    flags[n][k] = False


def _named(member: Member) -> list[tuple[int, int, str]]:
    """(first token, last token, acronym) of each run of capitalised words written right before "(ACR)"."""
    toks, text, out = member.feats.tokens, member.text, []
    for j, tok in enumerate(toks):
        if not j or not is_acronym(tok.surface) or text[toks[j - 1].end:tok.start].strip() != "(" \
                or not text[tok.end:tok.end + 1] == ")":
            continue
        first = j - 1
        while first > 0 and (_capitalised(toks[first - 1]) or toks[first - 1].norm in _INSIDE_NAMES) \
                and not text[toks[first - 1].end:toks[first].start].strip():
            first -= 1
        while first < j - 1 and not _capitalised(toks[first]):
            first += 1  # (a run opens on a capitalised word: not "of Energy")
        if _capitalised(toks[j - 1]):
            out.append((first, j - 1, tok.surface))
    return out


def _capitalised(tok) -> bool:
    return tok.surface[:1].isupper()
