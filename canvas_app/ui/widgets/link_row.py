"""A clickable, keyboard-focusable row with a coloured dot and wrapping text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from .. import theme
from .status import dot_pixmap


class LinkRow(QFrame):
    """One finding (or any item) that takes the user somewhere when activated.

    Signals:
        activated(): clicked, or Enter/Space pressed while focused.
    """

    activated = Signal()

    def __init__(self, text: str, colour: str, arrow: str = "›", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QFrame#linkRow { border-radius: 6px; padding: 2px; }"
            " QFrame#linkRow:hover { background: #eef4fd; }"
            f" QFrame#linkRow:focus {{ background: #e3eefc; border: 2px solid {theme.ACCENT}; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(8)
        dot = QLabel()
        dot.setPixmap(dot_pixmap(colour, 14))
        layout.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        go = QLabel(arrow)
        go.setStyleSheet(f"color: {theme.ACCENT}; font-weight: bold;")
        layout.addWidget(go, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def text(self) -> str:
        return self.label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)
