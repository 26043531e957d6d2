"""A completion ring: how much of a step is filled in, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen


def paint_ring(painter: QPainter, rect: QRectF, fraction: float, complete: bool,
               fg: QColor, track: QColor) -> None:
    """Draw a ring in ``rect``: an arc for ``fraction`` (0–1) and a checkmark when complete."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    width = max(3.0, side / 8)
    box = QRectF(0, 0, side - width, side - width)
    box.moveCenter(rect.center())
    painter.setPen(QPen(track, width))
    painter.drawEllipse(box)
    if fraction > 0:
        pen = QPen(fg, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, -int(360 * 16 * min(1.0, fraction)))
    if complete:
        pen = QPen(fg, width * 0.9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        c, s = box.center(), box.width() / 2
        path = QPainterPath(QPointF(c.x() - s * 0.45, c.y() + s * 0.02))
        path.lineTo(QPointF(c.x() - s * 0.1, c.y() + s * 0.35))
        path.lineTo(QPointF(c.x() + s * 0.5, c.y() - s * 0.35))
        painter.drawPath(path)
    painter.restore()
