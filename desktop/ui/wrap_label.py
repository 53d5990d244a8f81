"""A label that wraps and keeps the height its wrapped lines need.

A word-wrapped QLabel in a dock is laid out at the height Qt guesses for it, not the one its width needs: at
1400×900 the Review panel's "⚠ 3 details said differently: check before a verdict" was cut under the title. This
one asks for the height of its lines at its width, so the panel it is in cannot be made shorter than that. Given
``max_lines`` and shorter ways of saying it, it shows the first that fits in that many lines, the whole text in
its tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.ui.plain import as_rich_text


class WrapLabel(QLabel):
    def __init__(self, text: str = "", max_lines: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # it quotes report text: never rich text
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.max_lines = max_lines
        self._ways: tuple[str, ...] = (text,)
        self._fit()

    def set_texts(self, text: str, *shorter: str) -> None:
        """Show ``text``, or with ``max_lines`` the first of ``shorter`` that fits (the tooltip has ``text``)."""
        self._ways = (text, *shorter)
        self.setToolTip(as_rich_text(text) if shorter and text else "")
        self._fit()

    def full_text(self) -> str:
        return self._ways[0]

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if self._ways[:1] != (text,):
            self._ways = (text,)
        super().setText(text)
        self._reserve()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(40, self.width())
        chosen = self._ways[-1]
        for text in self._ways:
            if not self.max_lines or self._lines(text, width) <= self.max_lines:
                chosen = text
                break
        QLabel.setText(self, chosen)
        self._reserve()

    def _lines(self, text: str, width: int) -> int:
        rect = self.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
        return round(rect.height() / max(1, self.fontMetrics().lineSpacing()))

    def _reserve(self) -> None:
        needed = self.heightForWidth(max(40, self.width())) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
