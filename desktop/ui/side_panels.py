"""How big the window starts, and how much of it the side panels take: a share of its width (what a 1280-pixel
laptop can spare, more on a 1920-pixel screen), and of their height, the Review panel what it needs and the rest
shared between the versions and the "Who says what" grid. A width the user drags the panels to (or that the last
run left) is kept as their share.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

FIRST_SIZE = (1400, 900)
SIDE_SHARE = 0.22  # of the window's width
SIDE_MIN, SIDE_MAX = 340, 440  # 340: the tabs under the grid (Only here … Reviewed) are read whole
VERSIONS_SHARE = 0.38  # of the height the Review panel leaves, for the versions; the rest for the grid


def first_size(screen: QSize | None) -> tuple[int, int]:
    """The window's size before any is remembered: 1400×900, or what a smaller screen has room for."""
    if screen is None or screen.isEmpty():
        return FIRST_SIZE
    return min(FIRST_SIZE[0], screen.width()), min(FIRST_SIZE[1], screen.height())


USER_MIN, USER_MAX_SHARE = 200, 0.6  # bounds of a width the user chose


def side_width(window_width: int, share: float | None = None) -> int:
    """The side panels' width in a window ``window_width`` wide: ``SIDE_SHARE`` of it within 340–440 pixels, or
    the ``share`` the user chose (within 200 pixels and 60% of the window)."""
    if share is None:
        return max(SIDE_MIN, min(SIDE_MAX, round(window_width * SIDE_SHARE)))
    return max(USER_MIN, min(round(window_width * USER_MAX_SHARE), round(window_width * share)))


def column_heights(total: int, review: int) -> tuple[int, int, int]:
    """Heights of the versions, the Review panel and the grid in a dock column ``total`` pixels high."""
    rest = max(0, total - review)
    versions = round(rest * VERSIONS_SHARE)
    return versions, review, rest - versions


class SidePanels(QObject):
    """Sizes ``window``'s right-hand docks ``versions``, ``review`` (may be None) and ``grid`` on each resize of
    the window; a drag of the panels' edge sets the share kept from then on."""

    def __init__(self, window: QMainWindow, versions: QDockWidget, review: QDockWidget | None, grid: QDockWidget):
        super().__init__(window)
        self.window, self.versions, self.review, self.grid = window, versions, review, grid
        self.share: float | None = None  # None: the default share; else the one the user chose
        self._adopt = False
        self._size = window.size()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and event.size() != self._size:
            self._size = event.size()
            QTimer.singleShot(0, self.apply)  # once the window has laid its docks out at the new size
        elif event.type() == QEvent.Type.MouseButtonRelease and self.window.width() > 0:
            # the end of a drag of the docks' edge (the window itself moves it): the width chosen is kept as a share
            self.share = self.versions.width() / self.window.width()
        return False

    def adopt(self) -> None:
        """The docks were restored as the user left them: their width, once laid out, is the share kept."""
        self._adopt = True

    def apply(self) -> None:
        w = self.window
        if self._adopt and w.width() > 0:
            self._adopt = False
            self.share = self.versions.width() / w.width()
            return
        w.resizeDocks([self.versions], [side_width(w.width(), self.share)], Qt.Orientation.Horizontal)
        docks = [self.versions, *([self.review] if self.review else []), self.grid]
        total = sum(d.height() for d in docks if d.isVisible())
        if self.review is not None and all(d.isVisible() for d in docks) and total > 0:
            review = self.review.minimumSizeHint().height() + 12
            w.resizeDocks(docks, list(column_heights(total, review)), Qt.Orientation.Vertical)
