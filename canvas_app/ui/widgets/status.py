"""Traffic lights: a coloured dot with its word next to it (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...model.enums import Status
from .. import theme
from ...text.labels import enum_label as status_label
from ...text.language import Language


def status_colour(status: Status) -> QColor:
    return QColor(theme.STATUS_COLOURS.get(status, theme.STATUS_COLOURS[Status.NO_DATA]))


def dot_pixmap(colour: QColor | str, size: int = 14) -> QPixmap:
    """A round dot, for decoration roles in item models and for labels."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return pixmap


class StatusLight(QWidget):
    """A status dot and its label ("順調", "注意", "要対策", "実績なし")."""

    def __init__(self, status: Status, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._dot = QLabel()
        self._text = QLabel()
        layout.addWidget(self._dot)
        layout.addWidget(self._text)
        layout.addStretch(1)
        self.status = status
        self.set_status(status)

    def set_status(self, status: Status) -> None:
        self.status = status
        size = max(12, self.fontMetrics().height() - 4)
        self._dot.setPixmap(dot_pixmap(status_colour(status), size))
        self._text.setText(status_label(status, self.language))
        self._text.setStyleSheet(f"color: {theme.STATUS_COLOURS.get(status)}; font-weight: bold;")

    def text(self) -> str:
        return self._text.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return super().sizeHint()
