"""Who says it, as the views show it: each claim's sourcing flags (the engine's ``claim_sourcing`` for a group;
its ``flag_of`` for a sentence one source alone states, which is a claim with one version) and each
source's sourcing profile (how many of its sentences rest on named people, institutions, outlets, anonymous
sources, documents, or on no stated source).

Built once per comparison (``sourcing_of`` keeps it with the comparison; the worker thread builds it as the
comparison is made, ``ui/prepare.py``), so the coverage grid, the column headers and the versions panel share one
computation; nothing here draws.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.engine.model import ANONYMOUS_ONLY, NO_SOURCE, Comparison  # noqa: F401 - NO_SOURCE: the other flag

# The profile's kinds, in the order the header lists them: (kind, short label, words for the tooltip).
PROFILE_KINDS = (
    ("person", "named", "named people"),
    ("organisation", "inst.", "institutions"),
    ("outlet", "outlet", "outlets"),
    ("anonymous", "anon.", "anonymous sources"),
    ("document", "doc.", "documents"),
    ("none", "unsourced", "no stated source"),
)




@dataclass(frozen=True)
class ClaimFlags:
    flag: str | None  # ANONYMOUS_ONLY / NO_SOURCE / None
    differs: bool  # the versions rest on different sources
    apart: frozenset = frozenset()  # engine Attributions of a clause only their version has: not the claim's

    @property
    def anonymous_only(self) -> bool:
        return self.flag == ANONYMOUS_ONLY


@dataclass(frozen=True)
class SourcingView:
    groups: tuple[ClaimFlags, ...]  # per group, in group order
    singles: dict[tuple[int, int], ClaimFlags]  # per single-sourced sentence (never attributed differently)
    profiles: tuple[dict[str, int], ...]  # per source: kind (PROFILE_KINDS) -> sentences resting on it
    copies: tuple = ()  # engine.copies.Copy: reports that repeat each other word for word (one voice, not two)
    by_sentence: dict = field(default_factory=dict)  # (source, sentence) -> its speakers, a quotation's shared
    echoes: dict = field(default_factory=dict)  # (source, sentence) -> the version it repeats word for word

    def of_group(self, group: int | None) -> ClaimFlags:
        if group is None or not 0 <= group < len(self.groups):
            return ClaimFlags(None, False)
        return self.groups[group]

    def of_claim(self, group: int | None, ref: tuple[int, int]) -> ClaimFlags:
        """A group's flags, or those of the single-sourced sentence ``ref``."""
        return self.of_group(group) if group is not None else self.singles.get(ref, ClaimFlags(None, False))


def build_sourcing(comparison: Comparison) -> SourcingView:
    from desktop.engine.attribution.compare import (  # loaded with the engine
        analysed, attributions_by_sentence, claim_sourcing, flag_of, sourcing_profile, speakers,
    )
    from desktop.engine.copies import copies, echoes

    groups = tuple(ClaimFlags(c.flag, c.differs, c.apart) for c in claim_sourcing(comparison))
    by_sentence = attributions_by_sentence(comparison)  # a quotation's sentences share its speaker
    singles = {(s, i): ClaimFlags(flag_of({s: speakers(by_sentence.get((s, i), []))}), False)
               for s in range(len(comparison.documents)) if analysed(comparison, s) for i in comparison.single_sourced(s)}
    profiles = [sourcing_profile(comparison, s, by_sentence) for s in range(len(comparison.documents))]
    found = copies(comparison)
    return SourcingView(groups, singles, tuple(profiles), tuple(found), by_sentence, echoes(comparison, found))


def sourcing_of(comparison: Comparison) -> SourcingView:
    """The sourcing of ``comparison``, computed the first time it is asked for and kept with it (as the
    comparison keeps its pair index)."""
    view = comparison.__dict__.get("_sourcing_view")
    if view is None:
        view = comparison.__dict__["_sourcing_view"] = build_sourcing(comparison)
    return view


def profile_text(profile: dict[str, int]) -> str:
    """"Sources: 3 named · 2 inst. · 4 anon. · 20 unsourced" (kinds no sentence rests on are left out; the
    tooltip has every kind in words)."""
    parts = [f"{profile.get(kind, 0)} {label}" for kind, label, _ in PROFILE_KINDS if profile.get(kind, 0)]
    return "Sources: " + " · ".join(parts) if parts else ""


def profile_tooltip(profile: dict[str, int]) -> str:
    """Every kind in full words, zeros included."""
    lines = [f"{profile.get(kind, 0)} resting on {words}" for kind, _, words in PROFILE_KINDS]
    return ("Who its sentences rest on (a sentence citing two kinds of source counts under each):\n"
            + "\n".join(lines))
