"""A column: the source's header (title, language, counts) above its text view."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from desktop.engine.copies import Copy
from desktop.engine.model import Comparison, Source
from desktop.ui.columns.column_view import ColumnView
from desktop.ui.columns.overview_strip import OverviewStrip
from desktop.ui.palette import Theme
from desktop.ui.plain import as_rich_text
from desktop.ui.sourcing_view import profile_text, profile_tooltip

MIN_COLUMN_WIDTH = 230  # four columns fit beside the side panels in a 1400-pixel window


def counts_text(comparison: Comparison, source: int, brief: bool = False) -> str:
    """"31 sentences · 9 shared · 22 only here" (``brief``: "9 shared · 22 only here", for a narrow column), and
    "· 5 headings" where the report has section headings, which are neither shared nor its own: a QA helper's
    analysis read "22 sentences · 14 shared · 3 only here", and an editor would look for five lost statements."""
    single = len(comparison.single_sourced(source))
    grouped = sum(1 for s, _ in comparison.group_index() if s == source)  # section labels are neither
    headings = len(comparison.documents[source].sentences) - single - grouped
    total = single + grouped
    noun = "sentence" if total == 1 else "sentences"
    shared = f"{grouped} shared · {single} only here"
    heads = f" · {headings} heading{'' if headings == 1 else 's'}" if headings > 0 else ""
    return shared if brief else f"{total} {noun} · {shared}{heads}"


def copied_text(comparison: Comparison, source: int, found: list[Copy]) -> str:
    """"⚠ 58% word for word in afp.txt" when another report repeats this one (``engine/copies.py``): what they
    share is one voice, not two sources."""
    for c in found:
        if source in (c.a, c.b):
            other = comparison.documents[c.b if source == c.a else c.a].source
            if c.identical:
                return f"⚠ same text as {other.name}"
            share = c.share_a if source == c.a else c.share_b
            if c.translated:
                return f"⚠ {share:.0%} the same text as {other.name}, in another language"
            return f"⚠ {share:.0%} word for word in {other.name}"
    return ""


def apart_text(comparison: Comparison, source: int) -> str:
    """"⚠ shares no statement" for a report that states nothing any other does while the rest share some:
    another event dropped in with them, or a report with an angle of its own (rpm2 T10_C2_06 on the same case),
    so the header says what is so, not why."""
    if len(comparison.documents) < 3 or not comparison.groups:
        return ""
    if any(source in g.sources for g in comparison.groups):
        return ""
    return "⚠ shares no statement with the others"


class ElidedLabel(QLabel):
    """One line of plain text fitted to the width it is given (so every header has one height): the full text, or
    the first shorter way of saying it that fits, or the briefest that starts with the source's name with that name
    cut short ("Le Courri… · 9 shared · 7 only here") when enough of it shows, or the briefest elided at its end
    (four columns had shown "A_reuters_wire.txt · EN · 16 se…", the counts lost; the tooltip has it all)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self._shorter: tuple[str, ...] = ()
        self._squeeze = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str, shorter: tuple[str, ...] = (), squeeze: str = "") -> None:
        """``shorter``: the same said more briefly, tried in order; ``squeeze``: the start of the shortest that may
        be cut short (the source's name)."""
        self._full, self._shorter, self._squeeze = text, shorter, squeeze
        # Qt renders a tooltip that looks like HTML as rich text: make it always rich, with the text escaped.
        self.setToolTip(as_rich_text(text))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics, width = self.fontMetrics(), max(40, self.width())
        ways = (self._full, *self._shorter)
        for k, text in enumerate(ways):
            if metrics.horizontalAdvance(text) <= width:
                return self.setText(text)
            last_named = self._squeeze and text.startswith(self._squeeze) and not (
                k + 1 < len(ways) and ways[k + 1].startswith(self._squeeze))
            if last_named and (squeezed := self._squeezed(text, width)):
                return self.setText(squeezed)
        self.setText(metrics.elidedText(ways[-1], Qt.TextElideMode.ElideRight, width))

    def _squeezed(self, text: str, width: int) -> str | None:
        """``text`` with its leading name cut short to fit ``width``, or None when too little of it would show."""
        metrics, rest = self.fontMetrics(), text[len(self._squeeze):]
        room = width - metrics.horizontalAdvance(rest)
        if room < metrics.horizontalAdvance("MMMM"):
            return None
        return metrics.elidedText(self._squeeze, Qt.TextElideMode.ElideRight, room) + rest


class ColumnHeader(QFrame):
    """Signals:
        close_requested(): the user wants this source out of the comparison.
        move_requested(int): move this column by -1 (left) or +1 (right) (from the context menu).
    """

    close_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("columnHeader")
        self.title = ElidedLabel()
        self.title.setObjectName("columnTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.meta = ElidedLabel()
        self.meta.setObjectName("columnMeta")
        self.sourcing = ElidedLabel()  # "Sources: 2 named · 3 inst. · 14 anon. · 9 unsourced"
        self.sourcing.setObjectName("columnMeta")
        self.sourcing.setAccessibleName("Who this report's sentences rest on")
        self.close_button = QToolButton(text="×", autoRaise=True, toolTip="Remove this source")
        self.close_button.clicked.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 6, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.meta)
        layout.addWidget(self.sourcing)

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        menu.addAction("Move source &left", lambda: self.move_requested.emit(-1))
        menu.addAction("Move source &right", lambda: self.move_requested.emit(1))
        menu.addSeparator()
        menu.addAction("&Remove source", self.close_requested.emit)
        menu.exec(event.globalPos())

    def show_source(self, source: Source, language: str | None, counts: str | None,
                    profile: dict[str, int] | None = None, brief_counts: str | None = None,
                    brief_name: str | None = None) -> None:
        """``profile``: how many sentences rest on each kind of source (sourcing_view), or None before a
        comparison (the line stays, blank, so every header keeps one height); ``brief_counts``: the counts for a
        narrow column; ``brief_name``: the name without what every source's name shares (``models.brief_labels``),
        for a narrow column ("jobcuts_…" in four columns told none apart). A name under a headline stays, cut short
        if need be, whatever it leaves of the counts or a copy's warning."""
        self.title.set_full_text(source.title or source.name)
        if source.path:
            self.title.setToolTip(as_rich_text(source.path))  # escaped: never rich text from a path
        name = source.name if source.title and source.title != source.name else None
        short = (brief_name or name) if name else None
        language = None if language in (None, "", "und") else language.upper()  # "und": nothing to judge by
        parts = [p for p in (name, language, counts) if p]
        brief = [" · ".join(p for p in parts if p) for parts in (
            (name, language, brief_counts or counts), (short, language, brief_counts or counts),
            (short, brief_counts or counts), (language, brief_counts or counts))]
        if short:  # the name is never dropped: two copies of one report under one headline looked the same
            brief = brief[:3]
        self.meta.set_full_text("  ·  ".join(parts), tuple(dict.fromkeys(brief)), short or "")
        shown = profile_text(profile) if profile else ""
        brief_sourcing = shown.removeprefix("Sources: ")
        self.sourcing.set_full_text(shown or " ", (brief_sourcing,) if shown else ())  # " ": keeps its height
        self.sourcing.setToolTip(as_rich_text(profile_tooltip(profile)) if shown else "")


class ColumnPane(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.header = ColumnHeader()
        self.view = ColumnView(theme)
        self.overview = OverviewStrip(self.view, theme)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.setMinimumWidth(MIN_COLUMN_WIDTH)
