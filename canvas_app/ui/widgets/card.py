"""A card: a white rounded panel with a bold title, the building block of every page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from .. import theme


class Card(QFrame):
    """A titled panel.

    Attributes:
        title_label: the heading (set its text in the page's ``retranslate``).
        body: the layout below the heading, for the card's content.
        header: the heading row (add a badge or a small number to its right).
    """

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        self.header = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.title_label.setWordWrap(True)
        self.header.addWidget(self.title_label, 1)
        outer.addLayout(self.header)
        self.body = QVBoxLayout()
        outer.addLayout(self.body)
        outer.addStretch(1)  # a card stretched by its row keeps its content at the top
        self._apply_zoom_sizes()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "body"):
            self._apply_zoom_sizes()  # the zoom changed (theme.set_zoom)
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        outer = self.layout()
        outer.setContentsMargins(theme.px(16), theme.px(12), theme.px(16), theme.px(14))
        outer.setSpacing(theme.px(8))
        self.body.setSpacing(theme.px(6))

    def set_title(self, text: str) -> None:
        self.title_label.setText(text)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def add_layout(self, layout: QLayout) -> QLayout:
        self.body.addLayout(layout)
        return layout


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout of ``layout`` (to rebuild content)."""
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif child.layout() is not None:
            clear_layout(child.layout())
            child.layout().deleteLater()


def text_label(text: str = "", *, name: str = "", wrap: bool = True, selectable: bool = True,
               scale: float = 1.0, bold: bool = False) -> QLabel:
    """A label for plan text: wraps, can be selected and copied, plain text only."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        label.setFont(theme.scaled_font(label.font(), scale, bold))
    return label


def empty_hint(text: str) -> QLabel:
    """The muted line shown where a list is still empty (tells the user what goes here)."""
    return text_label(text, name="emptyHint", selectable=False)
