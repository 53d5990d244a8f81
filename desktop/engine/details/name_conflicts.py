"""A person's name spelled otherwise: two versions of a claim give one first name and two surnames written almost
alike ("Sandrine Kowalski" / "Sandrine Kowalczyk", "Javier Lozano" / "Javier Lozada"), each a name the other does
not give. The word diff pairs them only where the two sentences word the name's place alike; a fact-checker wants
the spelling checked wherever the sentences put it, in any language. So with a code of letters and figures (a batch's,
a flight's, a case's) written otherwise: "batch 24B-117" / "le lot 24B-171".
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..features import strip_accents
from ..attribution.cues import CUES
from ..short_forms import code_word
from .member import Member

# the surnames' likeness (rapidfuzz ratio) from which two are one name misspelt: "kowalski" / "kowalczyk" 70.6,
# "lozano" / "lozada" 66.7; two surnames of two people rarely come this close ("dupont" / "durand" 50)
SPELLED_ALIKE = 65
_SHORTEST = 4  # letters of a surname compared ("Li" / "Lu" are two names)
TITLES = frozenset().union(*(c.titles for c in CUES.values()))  # "President", "Ministre": no first name


def add_name_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Each surname a version gives alone (flagged) after a first name both versions give, against the other
    version's surname after that first name, when the two are spelled almost alike: a conflict both ways; so with a
    first name before a surname both give ("Marcus Dell" / "Markus Dell")."""
    names = [_surnames(m, f) for m, f in zip(members, flags)]
    for n, m in enumerate(members):
        for k, first, last in names[n]:
            if conflicts[n].get(k):
                continue  # the word diff paired it already
            for o, theirs in zip(members, names):
                if o.ref[0] == m.ref[0]:
                    continue
                for j, their_first, their_last in theirs:
                    if first == their_first and last != their_last and fuzz.ratio(last, their_last) >= SPELLED_ALIKE:
                        tok = o.feats.tokens[j]
                        conflicts[n].setdefault(k, []).append((o.ref[0], o.start + tok.start, o.start + tok.end))


def _surnames(member: Member, flags: list[bool]) -> list[tuple[int, tuple[str, str], str]]:
    """(token, ("after", first name), surname) for each flagged capitalised name right after a capitalised name the
    member does not flag, and (token, ("before", surname), first name) for each flagged one right before such a name
    (not a title: "President Zelensky"; not a code: "Airbus A321neo" / "Airbus A321" are one model, ``one_model``),
    with nothing between them (folded: lower case, no accents)."""
    toks, out = member.feats.tokens, []
    for k in range(len(toks)):
        for step, side in ((-1, "after"), (1, "before")):
            j = k + step
            if not 0 <= j < len(toks) or not flags[k] or flags[j]:
                continue
            tok, near = toks[k], toks[j]
            first, second = (near, tok) if step < 0 else (tok, near)
            if tok.is_name and near.is_name and not near.stop and (step < 0 or not tok.stop) and not tok.is_number \
                    and not any(c.isdigit() for c in tok.norm) \
                    and tok.surface[:1].isupper() and near.surface[:1].isupper() and len(tok.norm) >= _SHORTEST \
                    and not member.text[first.end:second.start].strip() and (step < 0 or tok.norm not in TITLES):
                out.append((k, (side, strip_accents(near.norm)), strip_accents(tok.norm)))
    return out


def add_code_conflicts(members: list[Member], flags: list[list[bool]], conflicts: list[dict]) -> None:
    """Each version's one code of its shape that it gives alone ("B-117": a letter, a hyphen, three figures)
    against another version's one code of that shape given alone ("B-171"): a conflict both ways."""
    codes = [_lone_codes(m, f) for m, f in zip(members, flags)]
    for n, m in enumerate(members):
        for shape, k in codes[n].items():
            if conflicts[n].get(k):
                continue
            for o, theirs in zip(members, codes):
                if o.ref[0] != m.ref[0] and shape in theirs \
                        and not one_model(m.feats.tokens[k].surface, o.feats.tokens[theirs[shape]].surface):
                    tok = o.feats.tokens[theirs[shape]]
                    conflicts[n].setdefault(k, []).append((o.ref[0], o.start + tok.start, o.start + tok.end))


def _lone_codes(member: Member, flags: list[bool]) -> dict[str, int]:
    """{shape: token} of the codes the member flags, one per shape ("B-117": "B-999"; two codes of a shape: none)."""
    found: dict[str, list[int]] = {}
    for k, tok in enumerate(member.feats.tokens):
        if flags[k] and code_word(tok.surface):
            found.setdefault(_shape(tok.surface), []).append(k)
    return {shape: ks[0] for shape, ks in found.items() if len(ks) == 1}


def _shape(surface: str) -> str:
    """Figures as "9", letters and other marks kept: "B-117" → "B-999", one shape with "B-171"; "A4" and "X5" (a road
    and a car) are two. A model's letters after its figures ("A321neo", "A350-1000" aside) are its variant: "A321neo"
    is of the shape of "A320"."""
    return re.sub(r"\d", "9", _model(surface).upper())


def _model(surface: str) -> str:
    """The code without its variant's letters ("A321" of "A321neo"; "24B-117" as it is)."""
    found = _VARIANT.match(surface)
    return found.group(1) if found else surface


_VARIANT = re.compile(r"^([A-Za-z]{1,3}-?\d{2,4})[a-z]{2,4}$")  # "A321neo", "B737max"


def one_model(a: str, b: str) -> bool:
    """Two codes of one model, one naming its variant ("A321neo" / "A321"): the other says less, not otherwise."""
    return a != b and (_model(a) == b or _model(b) == a)
