"""A read-only grid of labels: a light-weight table for cards (no scroll bars, wraps),
and a flow layout: items side by side, wrapping to the next line when the card is narrow
(a zoomed-in page on a 1280-pixel projector)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

from .. import theme
from .card import text_label

Cell = str | QWidget


class LabelGrid(QWidget):
    """Rows of cells under a header row; a cell is text or a widget.

    Attributes:
        row_widgets: the first widget of each data row (to scroll to and highlight).
    """

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
                 stretch: Sequence[int] = (), right_aligned: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.row_widgets: list[QWidget] = []
        for col, header in enumerate(headers):
            label = QLabel(header)
            label.setStyleSheet(f"color: {theme.MUTED}; font-weight: bold;")
            label.setWordWrap(True)
            if col in right_aligned:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            else:
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(label, 0, col)
        line = QWidget()
        line.setFixedHeight(1)
        line.setStyleSheet(f"background: {theme.LINE};")
        grid.addWidget(line, 1, 0, 1, max(1, len(headers)))
        for r, row in enumerate(rows, start=2):
            first = None
            for col, cell in enumerate(row):
                widget = cell if isinstance(cell, QWidget) else text_label(str(cell))
                if isinstance(widget, QLabel):
                    align = Qt.AlignmentFlag.AlignRight if col in right_aligned else Qt.AlignmentFlag.AlignLeft
                    widget.setAlignment(align | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(widget, r, col, Qt.AlignmentFlag.AlignTop)
                first = first or widget
            if first is not None:
                self.row_widgets.append(first)
        for col, factor in enumerate(stretch):
            grid.setColumnStretch(col, factor)


class FlowLayout(QLayout):
    """Lays its widgets out left to right and wraps them like words (height for width).

    ``spacing`` is the gap between items and between lines (pixels at 100 % zoom).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(i.sizeHint().width() for i in self._items) + theme.px(self._gap) * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        gap = theme.px(self._gap)
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line_height = rect.x(), y + line_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def stacked(*widgets: QWidget, spacing: int = 2) -> QWidget:
    """``widgets`` one above the other in a widget of their own (an item of a FlowLayout)."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(spacing)
    for widget in widgets:
        box.addWidget(widget)
    return holder
