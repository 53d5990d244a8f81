"""Tolls said otherwise inside one claim. The tolls panel reads each report's dead, injured, missing and evacuated
wherever they stand, and says "no one was hurt" as a toll of none in six languages ("Verletzt wurde niemand", "Non ci
sono stati feriti"); inside a claim the details set figures against figures, and a toll of none has no figure. A QA
helper's recall reports linked "Two people suffered minor injuries" to "Verletzt wurde niemand" as one claim: the
tolls panel had the injured disputed, the claim marked no ⚠ and read as carried by both.

Where two versions of a claim each give one toll of one outcome and the two cannot be one toll (``tolls.tolls_agree``:
"about 40" / "42" may), each is a conflict pointing at the other, unless a rule of the figures already set them
against each other. A version that gives two tolls of one outcome ("two injured, one of them a firefighter") is
left to those rules, and so are tolls of people hurt as badly as the other's are not ("Two other firefighters were
slightly hurt" / "Un pompier a été grièvement blessé": three injured, no dispute).
"""
from __future__ import annotations

from .member import Member


def add_toll_conflicts(members: list[Member], flags: list[list[bool]],
                       conflicts: list[dict[int, list[tuple[int, int, int]]]]) -> None:
    """Each two versions' tolls of one outcome that disagree: a conflict both ways, on the words of each toll."""
    from ..tolls import MAGNITUDE, sentence_tolls, tolls_agree  # (the tolls read the details)

    read = [_one_of_each(sentence_tolls(m), MAGNITUDE) for m in members]
    pairs = [(n, o_n) for n in range(len(members)) for o_n in range(n + 1, len(members))
             if members[n].ref[0] != members[o_n].ref[0]]
    for n, o_n in pairs:
        for kind in read[n].keys() & read[o_n].keys():
            sides = ((n, read[n][kind], read[o_n][kind]), (o_n, read[o_n][kind], read[n][kind]))
            spans = [_tokens(members[x], mine) for x, mine, _ in sides]
            if _disputed(members[n], spans[0], members[o_n], spans[1], tolls_agree(read[n][kind], read[o_n][kind])) \
                    and not any(k in conflicts[x] for (x, _, _), ks in zip(sides, spans) for k in ks):
                for (x, _, theirs), ks in zip(sides, spans):
                    for k in ks:
                        conflicts[x][k] = [(theirs.source, theirs.start, theirs.end)]
                        flags[x][k] = True


def _disputed(m: Member, mine: list[int], o: Member, theirs: list[int], agree: bool) -> bool:
    """Two tolls read in words of each version that cannot be one toll, of people hurt alike as far as both say."""
    return bool(mine) and bool(theirs) and not agree and not _hurt_apart(_how_badly(m, mine), _how_badly(o, theirs))


def _one_of_each(found: list, magnitude: str) -> dict:
    """{outcome: figure} of the outcomes the sentence gives one toll of (magnitudes left to their own rule)."""
    kinds = [kind for kind, _ in found]
    return {kind: fig for kind, fig in found if kind != magnitude and kinds.count(kind) == 1}


def _tokens(member: Member, fig) -> list[int]:
    """The tokens of the member the figure's words are."""
    a, b = fig.start - member.start, fig.end - member.start
    return [k for k, t in enumerate(member.feats.tokens) if a <= t.start and t.end <= b]


_BADLY = {w: level for words, level in (
    ("slightly lightly minor légèrement légères légers leve leves levemente lievemente lievi lieve leicht leichte "
     "leichten ligeiramente", "light"),
    ("seriously severely critically gravement grièvement grave graves gravemente schwer schwere schweren", "grave"),
) for w in words.split()}
_BADLY_REACH = 5  # words after a toll to how badly those it counts were hurt ("were slightly hurt")


def _hurt_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Both say how badly, and not alike ("slightly" / "grièvement")."""
    return bool(mine) and bool(theirs) and not mine & theirs


def _how_badly(member: Member, ks: list[int]) -> frozenset[str]:
    """How badly those the toll counts were hurt, said just after it ("slightly", "grièvement"), or nothing."""
    toks = member.feats.tokens
    return frozenset(level for t in toks[ks[-1] + 1:ks[-1] + 1 + _BADLY_REACH] if (level := _BADLY.get(t.norm)))
