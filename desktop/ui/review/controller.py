"""The fact-checker's verdicts and notes: held in memory, written to the session at once.

Views read ``index`` (annotations resolved against the comparison on screen) and listen to
``changed``; they never write to the session themselves.
"""
from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop.engine.model import Anchor, Annotation, Comparison, SentenceRef, SynopticError
from desktop.ui.review.index import ReviewIndex, anchor_of
from desktop.ui.review.verdicts import label as verdicts_label
from desktop.ui.session.controller import SessionController


class ReviewController(QObject):
    """Signals:
        changed(): annotations, or where they sit in the comparison, changed.
        recorded(str, dict, dict, bool): an edit was made: its name, the annotations of the anchors it touched
            before and after (None: none), and whether it was a note (for Edit → Undo).
    """

    changed = Signal()
    recorded = Signal(str, object, object, bool)  # what was done, annotations before and after, a note edit

    def __init__(self, sessions: SessionController, parent: QObject | None = None):
        super().__init__(parent)
        self.sessions = sessions
        self.annotations: dict[Anchor, Annotation] = {}
        self.comparison: Comparison | None = None
        self.index = ReviewIndex(None, [])

    @property
    def editable(self) -> bool:
        return not self.sessions.read_only

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.annotations = {a.anchor: a for a in annotations}
        self._reindex()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self._reindex()

    def _reindex(self) -> None:
        self.index = ReviewIndex(self.comparison, self.annotations.values())
        self.changed.emit()

    def annotation_for(self, ref: SentenceRef | None) -> Annotation | None:
        return self.index.for_ref(ref) if ref is not None and self.comparison is not None else None

    # -- edits -----------------------------------------------------------------------------------
    def set_verdict(self, ref: SentenceRef, verdict: str | None) -> bool:
        current = self.annotation_for(ref)
        text = "Clear verdict" if verdict is None else f"Verdict {verdicts_label(verdict)}"
        return self._write(ref, verdict, current.note if current else "", text)

    def set_note(self, ref: SentenceRef, note: str) -> bool:
        current = self.annotation_for(ref)
        if (current.note if current else "") == note:
            return True
        return self._write(ref, current.verdict if current else None, note, "Note")

    def restore(self, states: dict[Anchor, Annotation | None]) -> None:
        """Write annotations back as they were (undo, redo): None removes the one on that anchor."""
        if self.sessions.put_annotations(states):
            self._reload()

    def keep_reviews_of_leaving(self, leaving: str, staying: set[str]) -> None:
        """Before the report with content hash ``leaving`` leaves the comparison (``staying``: the hashes of the
        reports that stay): a claim a staying report also states keeps its review, written on that report's
        version (the review on the leaving sentence stays in the session for its return). By hash, not index:
        the comparison on screen may still hold a report removed a moment ago."""
        if self.comparison is None or not self.editable or leaving in staying:
            return  # the same text stays (a file opened twice): its reviews stay where they are
        digest = [doc.source.content_hash for doc in self.comparison.documents]
        moved = False
        for group in self.comparison.groups:
            members = sorted(group.members)
            kept = [m for m in members if digest[m[0]] in staying]
            if not kept or not any(m in self.index.by_ref for m in members if digest[m[0]] == leaving):
                continue  # the claim leaves with the report, or its review is on a staying version already
            review = self.index.for_ref(members[0])
            claim = tuple(anchor_of(self.comparison, m) for m in kept)
            self.sessions.record_annotation(claim[0], review.verdict, review.note, claim)
            for m in kept[1:]:
                if m in self.index.by_ref:
                    self.sessions.record_annotation(self.index.by_ref[m].anchor, None, "")
            moved = True
        if moved:
            self._reload()

    def _write(self, ref: SentenceRef, verdict: str | None, note: str, text: str) -> bool:
        if self.comparison is None or not self.editable:
            return False
        anchor = self.index.target(ref)
        folded = [a.anchor for a in self.index.reviews(ref) if a.anchor != anchor]
        moved = self._make_room(ref, anchor)
        before = {a: self.annotations.get(a) for a in [anchor, *folded, *moved]}
        if moved and not self.sessions.put_annotations(moved):
            return False
        claim = self.index.claim_of(ref)
        if self.sessions.record_annotation(anchor, verdict, note, claim) is None and (verdict or note):
            return False
        for other in folded:  # their notes are in the one just written: the claim keeps one review
            self.sessions.record_annotation(other, None, "")
        if not self._reload():
            return False
        self.recorded.emit(text, before, {a: self.annotations.get(a) for a in before}, text == "Note")
        return True

    def _make_room(self, ref: SentenceRef, anchor: Anchor) -> dict[Anchor, Annotation | None]:
        """The review of another claim written on ``anchor`` (its sentence was taken out of that claim since), moved
        to the sentence it shows on, so that a review of ``ref``'s claim written there does not replace it."""
        other = self.annotations.get(anchor)
        home = self.index.shown_at(anchor)
        if other is None or other in self.index.reviews(ref) or home is None:
            return {}
        there = anchor_of(self.comparison, home)
        return {anchor: None, there: replace(other, anchor=there)}

    def _reload(self) -> bool:
        session = self.sessions.session
        if session is None or session.closed:
            return False
        try:
            self.annotations = {a.anchor: a for a in session.annotations()}
        except (SynopticError, sqlite3.Error):
            return False
        self._reindex()
        return True
