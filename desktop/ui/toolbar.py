"""Toolbar widgets: the match-strictness slider."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

SCALE = 100  # slider steps per unit of threshold


class StrictnessSlider(QWidget):
    """Chooses the minimum score for two sentences to count as the same statement.

    Signals:
        threshold_changed(float): the new threshold (0–1), after the user pauses for a moment.
    """

    threshold_changed = Signal(float)

    def __init__(self, threshold: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(5, 99)
        self.slider.setValue(round(threshold * SCALE))
        self.slider.setFixedWidth(140)
        self.slider.setToolTip("How alike two sentences must be to count as the same statement")
        self.value = QLabel()
        self.value.setMinimumWidth(32)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(QLabel("Match:"))
        layout.addWidget(QLabel("loose"))
        layout.addWidget(self.slider)
        layout.addWidget(QLabel("strict"))
        layout.addWidget(self.value)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(lambda: self.threshold_changed.emit(self.threshold()))
        self.slider.valueChanged.connect(self._on_moved)
        self._show_value()

    def threshold(self) -> float:
        return self.slider.value() / SCALE

    def set_threshold(self, threshold: float) -> None:
        """Show ``threshold`` without announcing it (a loaded session already has its grouping)."""
        self.slider.blockSignals(True)
        self.slider.setValue(round(threshold * SCALE))
        self.slider.blockSignals(False)
        self._show_value()

    def _on_moved(self, _value: int) -> None:
        self._show_value()
        self._debounce.start()

    def _show_value(self) -> None:
        self.value.setText(f"{self.threshold():.2f}")
