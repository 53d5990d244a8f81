"""Names of the story: a name two reports both give in a claim they share ("Norvane shares fell 4.2 percent" / "Die
Norvane-Aktie verlor 4,2 Prozent") is known to both, and no detail of a version that writes it where the other says
"the brand", "the company" or "it" ("Für Norvane ist es bereits der zweite Batterie-Rückruf" / "It is the second
battery-related recall for the brand": a QA helper's recall reports had "Für Norvane ist es bereits" marked as a
name only the German report gives).

Read per pair of reports, from the groups' members; a name's parts joined by hyphens count ("Norvane-Aktie" gives
"Norvane"). Across languages only, where a version's wording is compared phrase by phrase.
"""
from __future__ import annotations

from ..features import strip_accents
from .member import Member, reads_as_name

MIN_PART = 3  # letters of a hyphenated name's part before it counts as a name of its own ("E" of "E-Lyra" does not)


def story_names(groups: list[list[Member]]) -> dict[tuple[int, int], frozenset[str]]:
    """{(source, other source): the names both give in one group, in two languages}, both ways."""
    out: dict[tuple[int, int], set[str]] = {}
    for members in groups:
        named = [(m.ref[0], _names(m)) for m in members]
        for n, (s, mine) in enumerate(named):
            for (t, theirs), other in zip(named[n + 1:], members[n + 1:]):
                if s != t and other.lang != members[n].lang and (both := mine & theirs):
                    out.setdefault((s, t), set()).update(both)
                    out.setdefault((t, s), set()).update(both)
    return {pair: frozenset(names) for pair, names in out.items()}


def story_tokens(member: Member, others: list[Member]) -> frozenset[int]:
    """The member's tokens ``named_in_story``, where every other version is in another language: a phrase holding
    one reads as wording, not as a name ("Für Norvane ist es bereits" / "It is … for the brand"). Where a version in
    its own language lacks the name, the name stays one."""
    if any(o.lang == member.lang for o in others):
        return frozenset()
    return frozenset(k for k in range(len(member.feats.tokens)) if named_in_story(member, k, others))


def named_in_story(member: Member, k: int, others: list[Member]) -> bool:
    """Token ``k`` is a name the member's report and another version's report, in another language, both give in a
    claim they share (``Member.story``), and that version is in the group. Within one language the words are
    compared one by one, and a name the other version's sentence lacks stays marked: on headlines of unrelated
    events (``ists_details``) a name both give elsewhere is often a detail of the pair (read in one language too,
    recall fell from 0.875 to 0.812, F1 from 0.781 to 0.756)."""
    tok = member.feats.tokens[k]
    if not member.story or not reads_as_name(tok, k, member.names, member.feats.tokens, member.lang) \
            or _speaker(member, k):
        return False
    key = strip_accents(tok.norm)
    return any(o.lang != member.lang and key in member.story.get(o.ref[0], ()) for o in others)


def _names(member: Member) -> set[str]:
    """The member's names, folded, with the parts of a hyphenated one ("norvane-aktie", "norvane")."""
    out = set()
    for tok in member.feats.tokens:
        if tok.is_name and not tok.stop and not tok.is_number:  # (a sentence's first word too: "Norvane shares")
            key = strip_accents(tok.norm)
            out.add(key)
            out.update(part for part in key.split("-") if len(part) >= MIN_PART and "-" in key)
    return out


SPEAKER_WORDS = 4  # tokens between a name and a cue of saying ("Rivel said", "Tomas Rivel, told reporters")


def _speaker(member: Member, k: int) -> bool:
    """Token ``k`` is next to a cue of saying: the version credits what it says to this name ("…, Rivel said"), a
    detail though both reports name Rivel elsewhere (the others do not credit this claim to him)."""
    toks = member.feats.tokens
    cued = [n for n, t in enumerate(toks) if any(a <= t.start < b for a, b in member.cues)]
    return any(abs(n - k) <= SPEAKER_WORDS for n in cued)
