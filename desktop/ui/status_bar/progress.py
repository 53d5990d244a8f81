"""The status-bar progress indicator: what the comparison is doing, how far, and a Cancel button."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

STEPS = 1000


class ElidedLabel(QLabel):
    """A one-line label that gives way to its neighbours: it shrinks to what is left of the status bar and ends its
    text with "…" (the whole text in its tooltip), so that the legend beside it is never cut."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages name sources: never rich text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))


class ProgressIndicator(QWidget):
    """Signals:
        cancel_requested(): the user pressed Cancel.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = ElidedLabel()
        self.label.setObjectName("legendText")
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton("Cancel")
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._hide_timer = QTimer(self, singleShot=True, interval=4000)
        self._hide_timer.timeout.connect(self.label.clear)
        self.finish("")

    def start(self, message: str = "Comparing…", cancellable: bool = True, busy: bool = False) -> None:
        """Show work going on: a bar filling up as it reports (``busy``: moving, for work that does not), and
        Cancel when it can be stopped."""
        self._hide_timer.stop()
        self.label.setText(message)
        self.bar.setRange(0, 0 if busy else STEPS)
        self.bar.setValue(0)
        self.bar.show()
        self.cancel.setVisible(cancellable)

    def set_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * STEPS))
        self.label.setText(message)

    def finish(self, message: str) -> None:
        self.bar.hide()
        self.cancel.hide()
        self.label.setText(message)
        if message:
            self._hide_timer.start()

    def is_busy(self) -> bool:
        return self.bar.isVisible()
