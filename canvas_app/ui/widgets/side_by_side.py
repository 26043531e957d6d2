"""Side by side on a wide page, one under the other on a narrow (or zoomed-in) one.

Pages and cards put two things side by side (the overview's columns, step 1's form and
its guidance, the competitors table and its details, the matrix and its radar chart).
On a 1280-pixel projector at 150 % zoom there is no room for both, so they stack. The
width that counts is the page's (the scroll area's viewport): a card's own width cannot
shrink below what its side-by-side content needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QWidget

from .. import theme


def arrange(layout: QBoxLayout, page_width: int, min_width: int) -> bool:
    """Left to right when ``page_width`` is at least ``min_width`` (pixels at 100 %
    zoom), top to bottom otherwise. Returns whether the direction changed."""
    wide = page_width >= theme.px(min_width)
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if layout.direction() == direction:
        return False
    layout.setDirection(direction)
    return True


class SideBySide(QObject):
    """Keeps ``layout`` left-to-right while the page is at least ``min_width`` (pixels at
    100 % zoom) wide, top-to-bottom otherwise. ``on_change(wide)`` is told of each switch."""

    def __init__(self, owner: QWidget, layout: QBoxLayout, min_width: int, on_change=None) -> None:
        super().__init__(owner)
        self.owner = owner
        self.layout = layout
        self.min_width = min_width
        self.on_change = on_change
        self._viewport: QWidget | None = None
        owner.installEventFilter(self)

    def _page_viewport(self) -> QWidget | None:
        parent = self.owner.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.viewport() if parent is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.owner and kind in (QEvent.Type.Show, QEvent.Type.ParentChange, QEvent.Type.FontChange):
            viewport = self._page_viewport()
            if viewport is not self._viewport:
                if self._viewport is not None:
                    self._viewport.removeEventFilter(self)
                self._viewport = viewport
                if viewport is not None:
                    viewport.installEventFilter(self)
            self.arrange()
        elif watched is self._viewport and kind == QEvent.Type.Resize:
            self.arrange()
        return False

    def page_width(self) -> int:
        if self._viewport is not None:
            return self._viewport.width()
        return self.owner.window().width()

    def wide(self) -> bool:
        return self.page_width() >= theme.px(self.min_width)

    def arrange(self) -> None:
        if arrange(self.layout, self.page_width(), self.min_width) and self.on_change is not None:
            self.on_change(self.wide())
