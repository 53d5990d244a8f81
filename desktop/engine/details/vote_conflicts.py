"""Votes two versions split otherwise: "The board voted 5-2" / "voted six to one", "par cinq voix contre deux" /
"por seis votos a favor y uno en contra".

A vote's split is two numbers (for, against) written as a pair, "5-2", "five to two", "cinq voix contre deux": the
word diff reads "5-2" as one word and "six to one" as three, and "five to two" / "six to one" as two ranges that may
agree (from two to five, from one to six), so a board's split said otherwise was two details of each report's own
(a QA helper's rate-decision reports). Each version's one split, read after a word of voting, is set against another
version's, in any two languages; a different split conflicts. Only where each source gives one split in the claim.
"""
from __future__ import annotations

import re
from collections import Counter

from ..features import number_word_value
from .conflicts import points_at
from .member import Member

_NUMBER = r"(\d{1,3}|[^\W\d_]+)"
# a split after a word of voting, close before it ("voted 5-2", "a vote of six to one", "by a 5-2 vote")
_SPLITS = (
    re.compile(r"\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b"),  # "5-2", "6–1" (not "Forty-one", "vingt-deux": one number)
    re.compile(rf"\b{_NUMBER} to {_NUMBER}\b", re.I),  # "six to one"
    re.compile(rf"\b{_NUMBER} voix (?:contre|pour et) {_NUMBER}\b", re.I),  # "cinq voix contre deux"
    re.compile(rf"\b{_NUMBER} votos? (?:a favor y|contra|frente a) {_NUMBER}\b", re.I),  # "cinco votos a favor y dos"
    re.compile(rf"\b{_NUMBER} votes? (?:to|against) {_NUMBER}\b", re.I),  # "five votes to two"
)
_VOTING = re.compile(r"\b(?:vot\w*|ballot\w*|voix|scrutin|split|majorit\w*|mayor[ií]a|unanim\w*)", re.I)
_NEAR = 40  # characters between a word of voting and the split (either side)
_LARGEST = 1000  # a split's numbers are members' votes: not "2023-24", not a population


def add_vote_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Mark each version's one split against another version's other split (the whole of each)."""
    splits = _one_per_source(members)
    for n, m in enumerate(members):
        if splits[n] is None:
            continue
        tokens, votes = splits[n]
        for o, theirs in zip(members, splits):
            if theirs is None or o.ref[0] == m.ref[0] or theirs[1] == votes:
                continue
            their = o.feats.tokens
            part = (o.ref[0], o.start + their[theirs[0][0]].start, o.start + their[theirs[0][-1]].end)
            for k in tokens:
                flags[n][k] = True
                if not points_at(conflicts[n].get(k, ()), o.ref[0]):
                    conflicts[n].setdefault(k, []).append(part)


def _one_per_source(members: list[Member]) -> list[tuple[list[int], tuple[int, int]] | None]:
    """Per member, its split where it is the one split its source gives in the claim ("The decision … was taken by a
    vote of six to one" beside "The lone dissenter … voted to keep the rate": one split); else None."""
    found = [_lone_split(m) for m in members]
    per_source = Counter(m.ref[0] for m, split in zip(members, found) if split is not None)
    return [split if split is not None and per_source[m.ref[0]] == 1 else None for m, split in zip(members, found)]


def _lone_split(member: Member) -> tuple[list[int], tuple[int, int]] | None:
    """(the split's tokens, (for, against)) of the member's one split after a word of voting, or None."""
    found = []
    for pattern in _SPLITS:
        for match in pattern.finditer(member.text):
            votes = _value(match.group(1), member.lang), _value(match.group(2), member.lang)
            if None in votes or not _voting_near(member.text, match.start(), match.end()):
                continue
            tokens = [k for k, t in enumerate(member.feats.tokens) if match.start() <= t.start < match.end()]
            if tokens and all(x.start() != match.start() for x, *_ in found):
                found.append((match, tokens, votes))
    return (found[0][1], found[0][2]) if len(found) == 1 else None


def _voting_near(text: str, start: int, end: int) -> bool:
    return bool(_VOTING.search(text[max(0, start - _NEAR):end + _NEAR]))  # "cinq voix contre deux": in the split


def _value(word: str, lang: str) -> int | None:
    """A split's number, in digits or in words ("six", "cinq", "uno"; "one" and "un" too, as votes)."""
    word = word.lower()
    written = word if word.isdigit() else _ONES.get(word) or number_word_value(word, lang)
    try:
        value = int(written) if written is not None else None
    except ValueError:
        return None
    return value if value is not None and 0 <= value < _LARGEST else None


_ONES = {"one": "1", "un": "1", "une": "1", "uno": "1", "una": "1", "zero": "0", "zéro": "0", "cero": "0",
         "none": "0", "nil": "0"}
