"""An in-window message bar (read-only document, load warnings): never a modal popup."""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

_KINDS = MappingProxyType({
    "info": ("#e8f0fc", "#1f5fbf"),
    "warning": ("#fff4d6", "#8a6100"),
    "error": ("#fde3e3", "#a11d1d"),
})


class Banner(QFrame):
    """A coloured bar with a message, an optional action button and a close button.

    Signals:
        actionTriggered(): the action button was pressed.
    """

    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.clicked.connect(self.actionTriggered)
        layout.addWidget(self.action)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, kind: str = "info", action: str = "", closable: bool = True) -> None:
        bg, fg = _KINDS.get(kind, _KINDS["info"])
        self.setStyleSheet(
            f"QFrame#banner {{ background: {bg}; border: 1px solid {fg}; }}"
            f" QLabel {{ color: {fg}; font-weight: bold; }}"
        )
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.close_button.setVisible(closable)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.show()
