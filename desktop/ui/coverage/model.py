"""The coverage grid's model: one row per claim (a group, or a sentence only one source has), one
column per source, a mark where that source carries the claim. Plus the filter over it.

Rows come in reading order: the first source's claims as they appear in it, then what the second
source adds, and so on. An adapter over the ``Comparison``; it stores nothing of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.engine.copies import copies_phrase, copy_note, echoed_sources, one_voice
from desktop.engine.model import Comparison, SentenceRef
from desktop.engine.near_misses import near_both_ways
from desktop.ui.models import SENTENCE_ROLE, SOURCE_ROLE, brief_labels, source_label
from desktop.ui.palette import Theme
from desktop.ui.sourcing_view import ClaimFlags, sourcing_of
from desktop.ui.table_model import RowsFilter, RowsModel

SOURCES_ROLE = Qt.ItemDataRole.UserRole + 20  # frozenset of the sources carrying the claim
SORT_ROLE = Qt.ItemDataRole.UserRole + 21
GROUP_ROLE = Qt.ItemDataRole.UserRole + 22  # group number, or -1 for a single-sourced sentence
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 23  # ClaimFlags: anonymous sources only / no stated source, attributed differently
ONE_VOICE_ROLE = Qt.ItemDataRole.UserRole + 24  # several sources state it, all but one in another's words
MARK = "●"
ECHO_MARK = "○"  # the source states the claim in the words of another: an echo, not a second voice
NEAR_MARK = "?"  # not in this source, but one of its sentences comes near the claim (Comparison.elsewhere): check it
_Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Claim:
    members: tuple[SentenceRef, ...]  # sorted: the first is where the claim is read first
    group: int | None
    text: str  # as the first source carrying it words it
    sourcing: ClaimFlags = ClaimFlags(None, False)
    echoed: tuple[tuple[int, int], ...] = ()  # (source, source it repeats word for word): every version an echo
    disputes: int = 0  # spans its versions say differently (Comparison.disputes)
    # sources that do not carry the claim but have a sentence near it, the best per source: (source, that sentence,
    # its score, the claim's version it scores against), from Comparison.elsewhere both ways: a single-sourced
    # version's nearest sentence elsewhere, and the single-sourced sentences whose nearest is one of the versions
    near: tuple[tuple[int, SentenceRef, float, SentenceRef], ...] = ()

    @property
    def sources(self) -> frozenset[int]:
        return frozenset(s for s, _ in self.members)

    @property
    def one_voice(self) -> bool:
        """Several sources state it, all but one in another's words."""
        return one_voice(self.sources, self.echoed)

    def echo_of(self, source: int) -> int | None:
        return next((orig for s, orig in self.echoed if s == source), None)

    def member_in(self, source: int) -> SentenceRef | None:
        return next((m for m in self.members if m[0] == source), None)


def claims_of(comparison: Comparison) -> list[Claim]:
    """Every group and every single-sourced sentence, in reading order (see module docstring)."""
    claims = [Claim(tuple(sorted(g.members)), n, "") for n, g in enumerate(comparison.groups)]
    claims += [Claim(((s, i),), None, "") for s in range(len(comparison.documents))
               for i in comparison.single_sourced(s)]
    claims.sort(key=lambda c: c.members[0])
    sourcing, disputes = sourcing_of(comparison), comparison.disputes()
    near = near_both_ways(comparison.elsewhere)
    return [Claim(c.members, c.group, comparison.documents[c.members[0][0]].sentence_text(c.members[0][1]),
                  sourcing.of_claim(c.group, c.members[0]),
                  tuple(sorted(echoed_sources(c.members, sourcing.echoes).items())),
                  disputes.get(c.group, 0) if c.group is not None else 0, _near(c.members, near))
            for c in claims]


def _near(members: tuple[SentenceRef, ...], near: dict) -> tuple[tuple[int, SentenceRef, float, SentenceRef], ...]:
    """The best near sentence of each source that does not carry the claim (see ``Claim.near``)."""
    carried = {s for s, _ in members}
    best: dict[int, tuple[int, SentenceRef, float, SentenceRef]] = {}
    for version in members:
        for other, score in near.get(version, ()):
            if other[0] not in carried and score > best.get(other[0], (0, None, -1.0, None))[2]:
                best[other[0]] = (other[0], other, score, version)
    return tuple(best[s] for s in sorted(best))


class CoverageModel(RowsModel):
    """Column 0: the claim; column 1 + k: source k. One ``Claim`` a row (``rows``, also ``claims``)."""

    def __init__(self, theme: Theme | None = None, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.names: list[str] = []
        self.copies = 0  # pairs of reports that repeat each other, word for word or translated (engine/copies.py)
        self.copies_text = ""  # what they are, in words (``copies.copies_phrase``)
        self.copy_notes: dict[int, str] = {}  # source -> which report it repeats, for its column's header

    @property
    def claims(self) -> list[Claim]:
        return self.rows

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.rows, self.names, self.copies, self.copy_notes, self.copies_text = [], [], 0, {}, ""
        else:
            self.rows = claims_of(comparison)
            self.names = [source_label(comparison, s) for s in range(len(comparison.documents))]
            found = sourcing_of(comparison).copies
            self.copies, self.copies_text = len(found), copies_phrase(list(found))
            self.copy_notes = {}
            for c in found:  # the later report of a pair is the echo (as in the grid's marks)
                self.copy_notes.setdefault(c.b, copy_note(c, self.names))
        shown = brief_labels(comparison) if comparison is not None else []  # the full names in the tooltips
        self.headers = ("Claim", *(f"⚠ {n}" if s in self.copy_notes else n for s, n in enumerate(shown)))
        self.endResetModel()

    def row_of(self, ref: SentenceRef) -> int | None:
        return next((r for r, c in enumerate(self.claims) if ref in c.members), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if role == Role.ToolTipRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if section == 0:
                return "What is stated (as the first source carrying it words it)"
            note = self.copy_notes.get(section - 1)
            marks = f"{self.names[section - 1]}\n● where it states the claim"
            marks += f", ○ where in another's words\n⚠ {note}" if note else ""
            return marks + "\n? where one of its sentences comes near the claim, unlinked"
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Role.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.claims):
            return None
        claim, column = self.claims[index.row()], index.column()
        if role == SOURCES_ROLE:
            return claim.sources
        if role == ONE_VOICE_ROLE:
            return claim.one_voice
        if role == GROUP_ROLE:
            return -1 if claim.group is None else claim.group
        if role == FLAGS_ROLE:
            return claim.sourcing
        if role in (SOURCE_ROLE, SENTENCE_ROLE):  # where a click on the cell goes: that source's version, or the
            #                                      sentence its "?" names (to read it, and link it from its near misses)
            near = next((n[1] for n in claim.near if n[0] == column - 1), None) if column else None
            ref = (claim.member_in(column - 1) if column else None) or near or claim.members[0]
            return ref[0] if role == SOURCE_ROLE else ref[1]
        if column == 0:
            return self._claim_data(index.row(), claim, role)
        return self._mark_data(claim, column - 1, role)

    def _claim_data(self, row: int, claim: Claim, role: int):
        if role == Role.DisplayRole:
            return " ".join(claim.text.split())
        if role == Role.ToolTipRole:
            where = ", ".join(self.names[s] for s in sorted(claim.sources))
            sourcing = sourcing_words(claim.sourcing)
            return f"{' '.join(claim.text.split())}\n\nIn: {where}" + (f"\nSourcing: {sourcing}" if sourcing else "")
        if role == Role.AccessibleTextRole:
            sourcing = sourcing_words(claim.sourcing)
            return f"{' '.join(claim.text.split())} — {self._count_words(claim)}" + (f" — {sourcing}" if sourcing else "")
        if role == Role.DecorationRole and self.theme is not None:
            return QColor(self.theme.single_bar if claim.group is None else self.theme.group_strong(claim.group))
        if role == SORT_ROLE:
            return row
        return None

    def _mark_data(self, claim: Claim, source: int, role: int):
        count = sum(1 for s, _ in claim.members if s == source)
        echo = claim.echo_of(source)
        near = next((n for n in claim.near if n[0] == source), None) if not count else None
        if role == Role.DisplayRole:
            return (NEAR_MARK if near else "") if not count else MARK if echo is None else ECHO_MARK
        if role in (Role.ToolTipRole, Role.AccessibleTextRole):
            name = self.names[source]
            if near and claim.group is None:
                return (f"Not linked to {name}, but its sentence {near[1][1] + 1} scores {near[2]:.2f} against this "
                        "one: it may say it too. Read it before calling the claim single-sourced.")
            if near:
                version = f"{self.names[near[3][0]]}'s version (sentence {near[3][1] + 1})"
                return (f"Not linked to {name}, but its sentence {near[1][1] + 1}, which only {name} has, scores "
                        f"{near[2]:.2f} against {version}: {name} may state this claim too.")
            if not count:
                return f"Not in {name}"
            if echo is not None:
                return f"In {name}, in {self.names[echo]}'s words (repeated or translated): an echo, not an " \
                       "independent source"
            return f"In {name}" + (f" ({count} sentences)" if count > 1 else "")
        if role == Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == SORT_ROLE:
            return 1 if count else 0.5 if near else 0
        return None

    def _count_words(self, claim: Claim) -> str:
        n = len(claim.sources)
        if n == 1:
            return f"only in {self.names[next(iter(claim.sources))]}"
        echo = f", {len(claim.echoed)} of them word for word as another" if claim.echoed else ""
        return f"in {n} of {len(self.names)} sources{echo}"


def sourcing_words(flags: ClaimFlags) -> str:
    """"anonymous sources only; attributed differently", or "" when the claim's sourcing raises nothing."""
    parts = [flags.flag] if flags.flag else []
    if flags.differs:
        parts.append("attributed differently")
    return "; ".join(parts)


# -- filtering ---------------------------------------------------------------------------------
ALL, SHARED_BY_ALL, SHARED, SINGLE, ONLY_IN, MISSING_FROM = "all", "shared_by_all", "shared", "single", "only", "missing"
ANONYMOUS_ONLY, ATTRIBUTED_DIFFERENTLY = "anonymous_only", "attributed_differently"
ONE_VOICE = "one_voice"  # stated by several sources, all but one in another's words


def accepts(mode: str, source: int | None, sources: frozenset[int], count: int,
            flags: ClaimFlags = ClaimFlags(None, False), single_voice: bool = False) -> bool:
    """Whether a claim carried by ``sources`` (out of ``count``; ``single_voice``: all but one in another's words),
    sourced as ``flags`` says, passes the filter."""
    if mode == ONE_VOICE:
        return single_voice
    if mode == ANONYMOUS_ONLY:
        return flags.anonymous_only
    if mode == ATTRIBUTED_DIFFERENTLY:
        return flags.differs
    if mode == SHARED_BY_ALL:
        return len(sources) == count
    if mode == SHARED:
        return len(sources) >= 2
    if mode == SINGLE:
        return len(sources) == 1
    if mode == ONLY_IN:
        return sources == {source}
    if mode == MISSING_FROM:
        return source not in sources
    return True


class CoverageFilter(RowsFilter):
    """Narrows the grid to one kind of claim; sorts by reading order or by a source's marks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode, self.source = ALL, None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, mode: str, source: int | None = None) -> None:
        self.refilter(mode=mode, source=source)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        return accepts(self.mode, self.source, index.data(SOURCES_ROLE) or frozenset(), model.columnCount() - 1,
                       index.data(FLAGS_ROLE) or ClaimFlags(None, False), bool(index.data(ONE_VOICE_ROLE)))
