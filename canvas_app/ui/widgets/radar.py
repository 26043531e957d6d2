"""A radar (spider) chart of 1–5 scores: one axis per criterion, one polygon per party.

Drawn with QPainter (PySide6-Essentials has no QtCharts). Made for a projector: thick
lines, our polygon in the accent colour and drawn last (on top), competitors in muted
colours, a legend under the chart. With fewer than three criteria there is no shape to
see, so a hint is shown instead. Sizes follow the UI zoom (``theme.px`` and the font).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme

# Distinct, muted colours for competitors (our own line is the accent blue).
COMPETITOR_COLOURS = ("#d9822b", "#2f9e78", "#8e5fc4", "#c0507a", "#8c7a4f", "#4a9da8", "#a0a83a",
                      "#7f8694", "#b5653a", "#5f7fa8")


def competitor_colour(n: int) -> str:
    return COMPETITOR_COLOURS[n % len(COMPETITOR_COLOURS)]


def fit_text(metrics: QFontMetrics, text: str, width: float, lines: int) -> str:
    """``text`` as it fits in ``lines`` wrapped lines of ``width``, cut with "…" if needed."""
    limit = lines * metrics.lineSpacing() + 1

    def fits(candidate: str) -> bool:  # a word longer than the width does not wrap: check both
        bounds = metrics.boundingRect(QRect(0, 0, int(width), 10_000), int(Qt.TextFlag.TextWordWrap), candidate)
        return bounds.height() <= limit and bounds.width() <= width

    if fits(text):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


@dataclass(frozen=True)
class RadarSeries:
    """One party's scores, one per axis (None: not scored on that criterion)."""

    name: str
    scores: tuple[int | None, ...]
    colour: str
    ours: bool = False


class RadarChart(QWidget):
    """Scores 1–``scale`` of several parties on the same criteria.

    ``set_data(axes, series, hint)``: ``axes`` are the criteria names; ``hint`` is shown
    when there are fewer than three axes.
    """

    MIN_AXES = 3

    def __init__(self, parent: QWidget | None = None, scale: int = 5) -> None:
        super().__init__(parent)
        self.scale = scale
        self.axes: list[str] = []
        self.series: list[RadarSeries] = []
        self.hint = ""
        self._legend_cache: tuple[object, list] = (None, [])
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setObjectName("radarChart")

    def set_data(self, axes: list[str], series: list[RadarSeries], hint: str = "") -> None:
        legend_before = [(s.name, s.colour) for s in self.series]
        self.axes, self.series, self.hint = list(axes), list(series), hint
        if legend_before != [(s.name, s.colour) for s in self.series]:
            self.updateGeometry()  # the legend may take another number of lines
        self.update()

    def has_chart(self) -> bool:
        return len(self.axes) >= self.MIN_AXES

    # -- size -------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = theme.px(360)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(theme.px(240), theme.px(120))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if not self.has_chart():
            return theme.px(120)  # the hint only
        return int(width * 0.72) + self._legend_height(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # zoom: the legend and labels are measured in the font
            self.update()
        super().changeEvent(event)

    # -- legend -----------------------------------------------------------------------------------
    def _legend_layout(self, width: int) -> list[tuple[QRectF, RadarSeries, str]]:
        """Where each legend entry goes, in rows from the top of the legend (kept until
        the width, the font or the parties change: layouts ask for it many times)."""
        key = (width, self.font().key(), theme.zoom_percent(), tuple((s.name, s.colour, s.ours) for s in self.series))
        if self._legend_cache[0] != key:
            self._legend_cache = (key, self._measure_legend(width))
        return [(rect, series, text) for (rect, _old, text), series in zip(self._legend_cache[1], self.series,
                                                                         strict=True)]

    def _measure_legend(self, width: int) -> list[tuple[QRectF, RadarSeries, str]]:
        metrics = QFontMetrics(self.font())
        swatch, gap, line = theme.px(14), theme.px(6), metrics.height() + theme.px(4)
        entries, x, y = [], 0.0, 0.0
        for series in self.series:
            room = max(theme.px(60), width - swatch - gap - theme.px(16))
            text = metrics.elidedText(series.name, Qt.TextElideMode.ElideRight, room)
            entry_width = swatch + gap + metrics.horizontalAdvance(text) + theme.px(16)
            if x > 0 and x + entry_width > width:
                x, y = 0.0, y + line
            entries.append((QRectF(x, y, entry_width, line), series, text))
            x += entry_width
        return entries

    def _legend_height(self, width: int) -> int:
        entries = self._legend_layout(width)
        return int(entries[-1][0].bottom()) + theme.px(8) if entries else 0

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        legend_height = self._legend_height(self.width())
        chart = QRectF(0, 0, self.width(), self.height() - legend_height)
        if self.has_chart():
            self._paint_chart(painter, chart)
        else:
            painter.setPen(theme.colour(theme.MUTED))
            painter.drawText(chart.adjusted(theme.px(12), 0, -theme.px(12), 0),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.hint)
        if self.has_chart():
            self._paint_legend(painter, chart.bottom())
        painter.end()

    def _geometry(self, chart: QRectF) -> tuple[QPointF, float, float]:
        metrics = QFontMetrics(self.font())
        label_width = min(theme.px(96), chart.width() * 0.25)
        radius = min((chart.width() - 2 * label_width) / 2 - theme.px(10),
                     (chart.height() - 4 * metrics.lineSpacing()) / 2 - theme.px(10))
        return chart.center(), max(radius, theme.px(20)), label_width

    def _point(self, centre: QPointF, radius: float, axis: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / len(self.axes)
        distance = radius * value / self.scale
        return QPointF(centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle))

    def _paint_chart(self, painter: QPainter, chart: QRectF) -> None:
        centre, radius, label_width = self._geometry(chart)
        count = len(self.axes)
        grid = QPen(theme.colour(theme.LINE), max(1, theme.px(1)))
        painter.setPen(grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(1, self.scale + 1):  # the web: one ring per score
            ring = [self._point(centre, radius, axis, level) for axis in range(count)]
            painter.drawPolygon(ring)
        for axis in range(count):
            painter.drawLine(centre, self._point(centre, radius, axis, self.scale))
        small = theme.scaled_font(self.font(), 0.8)
        painter.setFont(small)
        painter.setPen(theme.colour(theme.MUTED))
        for level in range(1, self.scale + 1):
            point = self._point(centre, radius, 0, level)
            painter.drawText(QPointF(point.x() + theme.px(4), point.y() + theme.px(4)), str(level))
        painter.setFont(self.font())
        self._paint_labels(painter, centre, radius, label_width)
        for series in sorted(self.series, key=lambda s: s.ours):  # ours last, on top
            self._paint_series(painter, centre, radius, series)

    def _paint_labels(self, painter: QPainter, centre: QPointF, radius: float, label_width: float) -> None:
        font = theme.scaled_font(self.font(), 0.92)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.setPen(theme.colour(theme.INK))
        side_lines, end_lines = 3, 2
        for axis, name in enumerate(self.axes):
            tip = self._point(centre, radius + theme.px(8), axis, self.scale)
            dx = tip.x() - centre.x()
            if abs(dx) > radius * 0.2:  # beside the chart: up to three lines, towards the edge
                height = side_lines * metrics.lineSpacing()
                left = tip.x() if dx > 0 else tip.x() - label_width
                rect = QRectF(left, tip.y() - height / 2, label_width, height)
                align = (Qt.AlignmentFlag.AlignLeft if dx > 0 else Qt.AlignmentFlag.AlignRight) \
                    | Qt.AlignmentFlag.AlignVCenter
                lines = side_lines
            else:  # above or below: two lines, centred
                height = end_lines * metrics.lineSpacing()
                above = tip.y() < centre.y()
                rect = QRectF(tip.x() - 1.6 * label_width, tip.y() - height if above else tip.y(),
                              3.2 * label_width, height)
                align = Qt.AlignmentFlag.AlignHCenter | (Qt.AlignmentFlag.AlignBottom if above
                                                         else Qt.AlignmentFlag.AlignTop)
                lines = end_lines
            painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), fit_text(metrics, name, rect.width(), lines))
        painter.setFont(self.font())

    def _paint_series(self, painter: QPainter, centre: QPointF, radius: float, series: RadarSeries) -> None:
        colour = QColor(series.colour)
        pen = QPen(colour, theme.px(4 if series.ours else 2))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        points = [None if s is None else self._point(centre, radius, n, s) for n, s in enumerate(series.scores)]
        scored = [p for p in points if p is not None]
        if len(scored) == len(points) and points:
            fill = QColor(colour)
            fill.setAlpha(60 if series.ours else 22)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawPolygon(scored)
        else:  # a party not scored on every criterion: lines only between scored neighbours
            path = QPainterPath()
            for n, point in enumerate(points):
                following = points[(n + 1) % len(points)]
                if point is not None and following is not None:
                    path.moveTo(point)
                    path.lineTo(following)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        dot = theme.px(5 if series.ours else 3.5)
        for point in scored:
            painter.drawEllipse(point, dot, dot)

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        metrics = QFontMetrics(self.font())
        swatch, gap = theme.px(14), theme.px(6)
        for rect, series, text in self._legend_layout(self.width()):
            y = top + rect.top() + (rect.height() - swatch) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.colour))
            painter.drawRoundedRect(QRectF(rect.left(), y, swatch, swatch), 3, 3)
            font = theme.scaled_font(self.font(), 1.0, bold=series.ours)
            painter.setFont(font)
            painter.setPen(theme.colour(theme.INK))
            baseline = top + rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(rect.left() + swatch + gap, baseline), text)
        painter.setFont(self.font())
