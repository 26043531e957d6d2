"""Painting the roadmap's Gantt chart (gantt_view.py): the heading of fiscal years and
months or quarters, and the rows in sight — bars by status, the baseline's ghost bars,
milestones, owners, the today line, and a bar being dragged; the tooltip's words."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from ...calc.gantt_drag import Bar, TimeScale, Zoom, milestones_after
from ...model.enums import InitiativeStatus, MoneyUnit
from ...text import palette
from ...text.formatting import fiscal_year_label
from ...text.language import Language
from .. import fmt, theme
from .gantt import STATUS_BAR_COLOURS
from .gantt_rows import GanttRow

TODAY_COLOUR = palette.TODAY
BASELINE_COLOUR = palette.BASELINE
STRIPE_BG = "#f7f9fc"
BAND_BGS = ("#e6eaf1", "#dde2ec")


@dataclass(frozen=True)
class Geometry:
    """Where things are in the viewport: the scale, the rows' height, the room before
    the first day and the scroll offsets."""

    scale: TimeScale
    row_h: int
    pad: float
    dx: int
    dy: int

    def x(self, day: dt.date) -> float:
        return self.pad + self.scale.x_of(day) - self.dx

    def row_top(self, row: int) -> float:
        return row * self.row_h - self.dy

    def row_at(self, y: float) -> int:
        return math.floor((y + self.dy) / self.row_h)

    def bar_rect(self, row: int, bar: Bar) -> QRectF:
        inset = round(self.row_h * 7 / 34)
        left = self.x(bar.start)
        right = self.x(bar.end) + self.scale.px_per_day
        return QRectF(left, self.row_top(row) + inset, max(right - left, 3.0), self.row_h - 2 * inset)

    def content_width(self) -> float:
        return self.scale.width + 2 * self.pad


@dataclass(frozen=True)
class Preview:
    """A bar being dragged: its row, the dates it would get and its milestones then."""

    row: int
    bar: Bar
    milestones: tuple[dt.date | None, ...]


# -- the heading --------------------------------------------------------------------------------
def paint_header(painter: QPainter, width: int, height: int, geometry: Geometry, language: Language,
                 font: QFont, today: dt.date) -> None:
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.CARD_BG))
    band = height // 2
    scale = geometry.scale
    painter.setFont(theme.scaled_font(font, 0.95, bold=True))
    for n, year in enumerate(scale.years()):
        left, right = geometry.x(year.first), geometry.x(year.last) + scale.px_per_day
        if right < 0 or left > width:
            continue
        cell = QRectF(left, 0, right - left, band)
        painter.fillRect(cell, QColor(BAND_BGS[n % 2]))
        painter.setPen(QColor(theme.INK))
        # the label stays in sight while its year is scrolled half out
        shown = cell.intersected(QRectF(0, 0, width, band)).adjusted(theme.px(6), 0, -theme.px(6), 0)
        painter.drawText(shown, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         fiscal_year_label(year.fiscal_year, language.code))
    painter.setFont(theme.scaled_font(font, 0.85))
    metrics = painter.fontMetrics()
    for column in scale.columns():
        left, right = geometry.x(column.first), geometry.x(column.last) + scale.px_per_day
        if right < 0 or left > width:
            continue
        cell = QRectF(left, band, right - left, height - band)
        label = fmt.month_label(column.first, language) if scale.zoom == Zoom.MONTH else f"Q{column.number}"
        painter.setPen(QColor(theme.MUTED))
        if metrics.horizontalAdvance(label) < cell.width() - 2:
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(QColor(theme.LINE), 1))
        painter.drawLine(QPointF(left, band), QPointF(left, height))
    painter.drawLine(QPointF(0, height - 1), QPointF(width, height - 1))
    if scale.first <= today <= scale.last:
        x = geometry.x(today) + scale.px_per_day / 2
        d = theme.px(5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TODAY_COLOUR))
        painter.drawPolygon(QPolygonF([QPointF(x - d, height - d - 1), QPointF(x + d, height - d - 1),
                                       QPointF(x, height - 1)]))


class GanttHeader(QWidget):
    """The fiscal years and the months or quarters above the chart's rows: it stays in
    place while the rows scroll, and follows them sideways. ``chart`` is the GanttView."""

    def __init__(self, chart) -> None:
        super().__init__(chart)
        self.chart = chart

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        paint_header(painter, self.width(), self.height(), self.chart.geometry_now(), self.chart.binder.language,
                     self.font(), self.chart.today)
        painter.end()


# -- the rows -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowStyle:
    """What every row is painted with (fonts and the plan's money unit, read once per
    repaint)."""

    font: QFont
    small: QFont
    language: Language
    selected: str | None
    today: dt.date


def paint_rows(painter: QPainter, width: int, height: int, geometry: Geometry, rows: list[GanttRow],
               style: RowStyle, preview: Preview | None) -> None:
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.CARD_BG))
    if not rows:
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QRectF(0, 0, width, geometry.row_h * 2), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("GanttView", "No initiatives yet."))
        return
    first = max(0, geometry.row_at(0))
    last = min(len(rows) - 1, geometry.row_at(height))
    bottom = min(float(height), geometry.row_top(len(rows)))
    for n in range(first, last + 1):
        top = geometry.row_top(n)
        if rows[n].id == style.selected:
            painter.fillRect(QRectF(0, top, width, geometry.row_h), QColor(theme.HIGHLIGHT_BG))
        elif n % 2:
            painter.fillRect(QRectF(0, top, width, geometry.row_h), QColor(STRIPE_BG))
    _paint_grid(painter, width, bottom, geometry)
    scale = geometry.scale
    if scale.first <= style.today <= scale.last:  # behind the bars: it never hides a name or a date
        x = geometry.x(style.today) + scale.px_per_day / 2
        painter.setPen(QPen(QColor(TODAY_COLOUR), max(1, theme.px(2)), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for n in range(first, last + 1):
        _paint_row(painter, width, geometry, n, rows[n], style, preview if preview and preview.row == n else None)


def _paint_grid(painter: QPainter, width: int, bottom: float, geometry: Geometry) -> None:
    scale = geometry.scale
    painter.setPen(QPen(QColor(theme.LINE), 1))
    for column in scale.columns():
        x = geometry.x(column.first)
        if 0 <= x <= width:
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    painter.setPen(QPen(QColor(theme.MUTED), 1))
    for year in scale.years()[1:]:
        x = geometry.x(year.first)
        if 0 <= x <= width:
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    end = geometry.x(scale.last) + scale.px_per_day
    if end <= width:
        painter.drawLine(QPointF(end, 0), QPointF(end, bottom))


def _paint_row(painter: QPainter, width: int, geometry: Geometry, n: int, row: GanttRow, style: RowStyle,
               preview: Preview | None) -> None:
    top = geometry.row_top(n)
    bar = row.bar
    translate = QCoreApplication.translate
    if bar is None:
        painter.setFont(style.small)
        painter.setPen(QColor(theme.MUTED))
        if row.start is None and row.end is None:
            text = translate("GanttView", "No dates yet")
        elif row.end is None:
            text = translate("GanttView", "Start: %1, no end yet").replace("%1", fmt.short_date(row.start))
        else:
            text = translate("GanttView", "End: %1, no start yet").replace("%1", fmt.short_date(row.end))
        painter.drawText(QRectF(theme.px(8), top, width, geometry.row_h), Qt.AlignmentFlag.AlignVCenter, text)
        return
    if row.baseline is not None:
        ghost = geometry.bar_rect(n, row.baseline)
        thin = max(2, theme.px(3))
        painter.fillRect(QRectF(ghost.left(), ghost.bottom() + 1, ghost.width(), thin), QColor(BASELINE_COLOUR))
    shown = preview.bar if preview else bar
    rect = geometry.bar_rect(n, shown)
    if preview:
        painter.setPen(QPen(QColor(theme.MUTED), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(geometry.bar_rect(n, bar), 5, 5)
    colour = QColor(STATUS_BAR_COLOURS.get(row.status, theme.ACCENT))
    painter.setPen(QPen(QColor(theme.INK), max(1, theme.px(2))) if row.id == style.selected else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern) if row.status == InitiativeStatus.CANCELLED
                     else QBrush(colour))
    painter.drawRoundedRect(rect, 5, 5)
    painter.setFont(style.small)
    if preview:
        painter.setPen(QColor(theme.INK))
        text = f"{fmt.short_date(shown.start)} – {fmt.short_date(shown.end)}"
    else:
        painter.setPen(QColor(theme.MUTED))
        text = row.owner
    if text:
        _paint_beside(painter, rect, text, min(float(width), geometry.content_width() - geometry.dx))
    dates = preview.milestones if preview else tuple(m.date for m in row.milestones)
    for mark, day in zip(row.milestones, dates, strict=True):  # over the owner: the marks stay whole
        if day is not None:
            _paint_milestone(painter, geometry, top, day, mark.done)


def _paint_milestone(painter: QPainter, geometry: Geometry, top: float, day: dt.date, done: bool) -> None:
    x = geometry.x(day) + geometry.scale.px_per_day / 2
    d, mid = theme.px(6), top + geometry.row_h / 2
    reach = geometry.row_h / 2 - theme.px(4)
    painter.setPen(QPen(QColor(theme.INK), 1))
    painter.setBrush(QColor(theme.INK) if done else QColor("#ffffff"))
    painter.drawPolygon(QPolygonF([QPointF(x, mid - reach), QPointF(x + d, mid), QPointF(x, mid + reach),
                                   QPointF(x - d, mid)]))


def _paint_beside(painter: QPainter, rect: QRectF, text: str, right_edge: float) -> None:
    """``text`` right of the bar, else left of it, else (a bar as wide as the view)
    inside it, in white; the gap clears a milestone's diamond on the bar's last day."""
    gap = theme.px(14)
    advance = painter.fontMetrics().horizontalAdvance(text)
    align = Qt.AlignmentFlag.AlignVCenter
    if rect.right() + gap + advance <= right_edge:
        target = QRectF(rect.right() + gap, rect.top() - 4, advance + 2, rect.height() + 8)
    elif rect.left() - gap - advance >= 0:
        target = QRectF(rect.left() - gap - advance - 2, rect.top() - 4, advance + 2, rect.height() + 8)
        align |= Qt.AlignmentFlag.AlignRight
    else:
        painter.setPen(QColor("#ffffff"))
        left = max(rect.left(), 0.0) + gap
        target = QRectF(left, rect.top(), max(0.0, min(rect.right(), right_edge) - left - gap / 2), rect.height())
        text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(target.width()))
    painter.drawText(target, align, text)


def tooltip(row: GanttRow, money_unit: MoneyUnit, lang: Language) -> str:
    """Name, dates, budget, owner, and the baseline's dates when they differ."""
    translate = QCoreApplication.translate
    lines = [row.name or fmt.DASH,
             translate("GanttView", "%1 – %2").replace("%1", fmt.date(row.start, lang))
             .replace("%2", fmt.date(row.end, lang)),
             translate("GanttView", "Budget: %1").replace("%1", fmt.money(row.budget_yen, money_unit, lang))]
    if row.owner:
        lines.append(translate("GanttView", "Owner: %1").replace("%1", row.owner))
    if row.baseline is not None and row.baseline != row.bar:
        lines.append(translate("GanttView", "Baseline: %1 – %2").replace("%1", fmt.date(row.baseline.start, lang))
                     .replace("%2", fmt.date(row.baseline.end, lang)))
    return "\n".join(lines)


def preview_of(row_index: int, row: GanttRow, bar: Bar) -> Preview:
    """The preview of ``row`` given ``bar``: its milestones follow a move."""
    dates = tuple(m.date for m in row.milestones)
    return Preview(row_index, bar, tuple(milestones_after(row.bar, bar, dates)))
