"""A read-only grid of labels: a light-weight table for cards (no scroll bars, wraps)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

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
