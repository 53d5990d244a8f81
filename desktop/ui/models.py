"""Item models over a ``Comparison``: adapters for the side panels, never stores of their own.

Custom roles carry the source and sentence so views can jump without reaching into engine objects.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.engine.copies import same_words
from desktop.engine.near_misses import MAYBE
from desktop.engine.model import NO_SOURCE, NOT_READ, ONLY_THIS_VERSION, Comparison, Link, SentenceRef
from desktop.engine.source_names import brief_names
from desktop.ui.table_model import RowsFilter, RowsModel

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
SPANS_ROLE = Qt.ItemDataRole.UserRole + 4  # [(start, end, kind, type)] relative to the row's text
CLOSE_ROLE = Qt.ItemDataRole.UserRole + 5  # a single-sourced sentence's closest unlinked score elsewhere, or None

_Index = QModelIndex | QPersistentModelIndex


def source_label(comparison: Comparison, source: int) -> str:
    """The short name of a source (a page's title, else its file name); the column header shows its title."""
    return comparison.documents[source].source.name


def brief_labels(comparison: Comparison) -> list[str]:
    """Every source's name as a narrow place shows it, without what all the names share (``brief_names``:
    "jobcuts_a_wire_en.txt" -> "a_wire_en"); the full name goes in the tooltip."""
    return brief_names([doc.source.name for doc in comparison.documents])


@dataclass(frozen=True)
class Row:
    source: int
    sentence: int
    kind: str  # "sentence" (single-sourced) | "detail" | "member" (in a group)
    text: str
    spans: tuple[tuple[int, int, str, str], ...] = ()
    sourcing: tuple[tuple[str, str], ...] = ()  # (who, kind in words) of each attribution of the sentence
    tie: float | None = None  # a version's score with the selected sentence (``Comparison.pair_score``)
    direct: bool = False  # the claim holds a link between this version and the selected sentence
    read: bool = True  # its report's language is one whose sources Synoptic reads (``attribution.compare.analysed``)
    hand: bool = False  # the user linked it to the selected sentence (``tie`` is then the aligner's score)




LOOSE_TIE = 0.3  # below this score with the selected sentence, a version joined through another is loosely tied


def tie_text(row: Row, selected: SentenceRef | None) -> str:
    """How a version of a claim relates to the selected sentence, in words ("" for the selected sentence itself and
    for another sentence of its report): its score when the two are linked; a version that joined the claim only
    through another version and scores low against the selected sentence (or was never scored against it) is one
    to read before trusting the claim's count of sources."""
    if selected is None or (row.source, row.sentence) == selected or row.source == selected[0]:
        return ""
    if row.hand:
        return "linked by hand (" + ("not scored by the aligner)" if row.tie is None else f"aligner score {row.tie:.2f})")
    if row.direct:
        return f"match with the selected sentence {row.tie:.2f}" if row.tie is not None else ""
    if row.tie is None or row.tie < LOOSE_TIE:
        score = "not scored" if row.tie is None else f"{row.tie:.2f}"
        return f"⚠ loosely tied to the selected sentence ({score}): joined through another version"
    return f"joined through another version (score with the selected sentence {row.tie:.2f})"


def sourcing_text(row: Row) -> str:
    """Who says it, in words: "Jake Sullivan (named person); NBC (outlet)", or "no stated source" (or, in a language
    whose sources are not read, that they are not)."""
    if not row.sourcing and not row.read:
        return NOT_READ
    if not row.sourcing:
        return NO_SOURCE
    return "; ".join(f"{' '.join(who.split())} ({kind})" for who, kind in row.sourcing)


def _who_words(text: str, a, apart: frozenset) -> str:
    """The speaker's words as the versions panel lists them: whom a pronoun stands for ("il = Jean Dupont"); a
    speaker of what only its version says, so ("several coalition lawmakers, of what only this version says")."""
    words = text[a.start:a.end]
    if a in apart:
        return f"{words}, {ONLY_THIS_VERSION}"
    return words if a.refers_to is None else f"{words} = {a.refers_to}"


def _quoted_on(comparison: Comparison, source: int, sentence: int) -> list:
    """The speakers another sentence of the same quotation names (engine/quote_runs.py), for a sentence that
    names none."""
    from desktop.ui.sourcing_view import sourcing_of  # computed once per comparison

    return [a for a in sourcing_of(comparison).by_sentence.get((source, sentence), []) if a.sentence != sentence]


def _unlinked_from(comparison: Comparison | None, ref: SentenceRef | None) -> Link | None:
    """The best-scored sentence the user unlinked from a single-sourced ``ref`` (``near_misses.unlinked_by_user``)."""
    if comparison is None or ref is None or ref in comparison.group_index():
        return None
    from desktop.engine.near_misses import unlinked_by_user  # the engine loads after the window shows

    return unlinked_by_user(comparison, ref)


class _RowModel(RowsModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.names: list[str] = []

    def _reset(self, rows: list[Row], names: list[str], **state) -> None:
        """New rows (and any other ``state`` the rows are read with), inside one model reset."""
        self.beginResetModel()
        self.rows, self.names = rows, names
        self.__dict__.update(state)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role == SOURCE_ROLE:
            return row.source
        if role == SENTENCE_ROLE:
            return row.sentence
        if role == KIND_ROLE:
            return row.kind
        if role == SPANS_ROLE:
            return list(row.spans)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        return None

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError


class OnlyInModel(_RowModel):
    """Every single-sourced sentence and every unique detail, source by source; a sentence whose nearest unlinked
    sentence elsewhere scores ``near_misses.MAYBE`` or more (``Comparison.elsewhere``) shows that score ("Near")."""

    headers = ("Source", "Kind", "Text", "Near")
    KIND_LABELS = {"sentence": "Sentence", "detail": "Detail"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.close: dict[SentenceRef, Link] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        rows: list[Row] = []
        names: list[str] = []
        if comparison is not None:
            names = [source_label(comparison, s) for s in range(len(comparison.documents))]
            for s, doc in enumerate(comparison.documents):
                rows += [Row(s, i, "sentence", doc.sentence_text(i)) for i in comparison.single_sourced(s)]
                rows += [Row(s, d.sentence, "detail", doc.text[d.start:d.end], ((0, d.end - d.start, d.kind, d.type),))
                         for d in comparison.details if d.source == s and d.kind == "unique"]
        self._reset(rows, names, close=dict(comparison.elsewhere) if comparison is not None else {})

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is not None and role == CLOSE_ROLE:
            near = self._near(row)
            return near.score if near is not None else None
        if row is not None and role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return self._close_tip(row) if row.kind == "sentence" else None
        return super().data(index, role)

    def display(self, row: Row, column: int) -> str:
        if column == 0:
            return self.names[row.source]
        if column == 1:
            return self.KIND_LABELS.get(row.kind, row.kind)
        if column == 3:
            near = self._near(row)
            return f"{near.score:.2f}" if near is not None else ""
        return " ".join(row.text.split())

    def _near(self, row: Row) -> Link | None:
        return self.close.get((row.source, row.sentence)) if row.kind == "sentence" else None

    def _close_tip(self, row: Row) -> str:
        near = self._near(row)
        if near is None:
            return f"No sentence of another source scores {MAYBE:.2f} or more against it."
        return (f"Its nearest sentence elsewhere, {self.names[near.b[0]]} sentence {near.b[1] + 1}, scores "
                f"{near.score:.2f} although not linked: it may say the same. Read it before calling this sentence "
                "single-sourced.")


class NearMissModel(_RowModel):
    """Sentences of the sources missing from the selection's group that the aligner scored but did not link."""

    headers = ("Source", "Closest sentence", "Score")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scores: dict[SentenceRef, float] = {}
        self.reasons: dict[SentenceRef, str] = {}  # why each is not linked (near_misses.apart_reason)

    def set_selection(self, comparison: Comparison | None, ref: SentenceRef | None) -> None:
        misses, reasons = [], {}
        if comparison is not None and ref is not None:
            # the engine loads after the window shows
            from desktop.engine.near_misses import apart_reasons, near_misses

            misses = near_misses(comparison, ref)
            reasons = apart_reasons(comparison, misses)
        names = [source_label(comparison, s) for s in range(len(comparison.documents))] if comparison else []
        self._reset([GroupModel._row(comparison, *ln.b) for ln in misses], names,
                    scores={ln.b: ln.score for ln in misses}, reasons=reasons)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is not None and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            ref = (row.source, row.sentence)
            why = f"Score {self.scores[ref]:.2f} — {self.reasons[ref]}"
            return f"{self.display(row, 1)}\n\n{why}" if role == Qt.ItemDataRole.ToolTipRole else why
        return super().data(index, role)

    def display(self, row: Row, column: int) -> str:
        if column == 0:
            return self.names[row.source]
        if column == 1:
            return " ".join(row.text.split())
        return f"{self.scores[(row.source, row.sentence)]:.2f}"


class GroupModel(_RowModel):
    """The versions of one group (or one single-sourced sentence), one row per member; ``near_misses`` holds
    the closest unlinked sentences of the other sources."""

    headers = ("Source", "Sentence")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group: int | None = None
        self.score: float | None = None
        self.manual = False  # the group holds a link the user made by hand
        self.flag: str | None = None  # "anonymous sources only" / "no stated source" for the whole claim
        self.differs = False  # the versions rest on different sources
        self.echoes = 0  # sources whose version is word for word another's (engine/copies.py)
        self.selected: SentenceRef | None = None
        self.close: Link | None = None  # a single-sourced selection's closest unlinked sentence elsewhere
        self.unlinked: Link | None = None  # a single-sourced selection's best-scored sentence the user unlinked
        self.near_misses = NearMissModel(self)

    def set_selection(self, comparison: Comparison | None, source: int, sentence: int) -> None:
        self.near_misses.set_selection(comparison, (source, sentence) if comparison is not None else None)
        self.flag, self.differs, self.echoes, apart = None, False, 0, frozenset()
        self.selected = (source, sentence) if comparison is not None else None
        self.close = comparison.elsewhere.get(self.selected) if comparison is not None else None
        self.unlinked = _unlinked_from(comparison, self.selected)
        if comparison is None:
            self.group, self.score, self.manual = None, None, False
            self._reset([], [])
            return
        names = [source_label(comparison, s) for s in range(len(comparison.documents))]
        self.group = comparison.group_index().get((source, sentence))
        members = [(source, sentence)]
        self.score, self.manual = None, False
        if self.group is not None:
            grp = comparison.groups[self.group]
            members, self.score = sorted(grp.members), grp.score
            self.manual = any(ln.manual for ln in grp.links)
            from desktop.ui.sourcing_view import sourcing_of  # computed once per comparison

            claim = sourcing_of(comparison).of_group(self.group)
            self.flag, self.differs, apart = claim.flag, claim.differs, claim.apart
            self.echoes = same_words(comparison, self.group)
        links = comparison.groups[self.group].links if self.group is not None else []
        direct = {ln.b if ln.a == self.selected else ln.a for ln in links if self.selected in (ln.a, ln.b)}
        self._reset([self._row(comparison, s, i, self.selected, (s, i) in direct, apart) for s, i in members], names)

    @staticmethod
    def _row(comparison: Comparison, source: int, sentence: int, selected: SentenceRef | None = None,
             direct: bool = False, apart: frozenset = frozenset()) -> Row:
        doc = comparison.documents[source]
        start = doc.sentences[sentence].start
        spans = tuple((d.start - start, d.end - start, d.kind, d.type) for d in comparison.details_of(source, sentence))
        kind = "member" if (source, sentence) in comparison.group_index() else "sentence"
        own = [a for a in comparison.attributions if (a.source, a.sentence) == (source, sentence)]
        lent = [] if own else _quoted_on(comparison, source, sentence)  # a quotation's other sentence names them
        from desktop.engine.attribution.naming import kind_in_words  # the engine loads after the window shows

        who = tuple((_who_words(doc.text, a, apart), kind_in_words(doc.text, a)) for a in own) \
            + tuple((f"{doc.text[a.start:a.end]}, in the same quotation", kind_in_words(doc.text, a)) for a in lent)
        other = selected not in (None, (source, sentence))
        hand = other and comparison.linked_by_hand(selected, (source, sentence))
        tie = comparison.aligner_score(selected, (source, sentence)) if other else None
        from desktop.engine.attribution.compare import analysed  # the engine loads after the window shows

        return Row(source, sentence, kind, doc.sentence_text(sentence), spans, who, tie, direct,
                   analysed(comparison, source), hand)

    def display(self, row: Row, column: int) -> str:
        return self.names[row.source] if column == 0 else row.text


TO_CHECK = "to check"  # the "Only in…" filter's kind for single-sourced sentences with a close one elsewhere


class OnlyInFilter(RowsFilter):
    """Narrows the "Only in…" list to one source and/or one kind (None = all; ``TO_CHECK``: the sentences
    another source comes close to)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source: int | None = None
        self.kind: str | None = None

    def set_filter(self, source: int | None, kind: str | None) -> None:
        self.refilter(source=source, kind=kind)
        if kind == TO_CHECK:  # the closest first: the likeliest misses of the aligner
            self.setSortRole(CLOSE_ROLE)
            self.sort(3, Qt.SortOrder.DescendingOrder)
        else:
            self.sort(-1)  # the sources' order

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.source is not None and index.data(SOURCE_ROLE) != self.source:
            return False
        if self.kind == TO_CHECK:  # single-sourced sentences another source comes close to
            return index.data(KIND_ROLE) == "sentence" and index.data(CLOSE_ROLE) is not None
        return self.kind is None or index.data(KIND_ROLE) == self.kind
