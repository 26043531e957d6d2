"""The PDF's roadmap pages: the Gantt chart as the window draws it (pdf.py writes them
after the plan on a page), landscape and fit to the page's width.

The same scale as the window's chart (``calc.gantt_drag.time_scale``: the plan's fiscal
year, and the mid-term plan's years when they reach further), the same colours
(``text.palette``), bars by status, the latest snapshot's dates as thin ghost bars,
milestones as diamonds, today as a dashed red line, and the budget of every period
under the columns (``calc.roadmap.budget_strip``, the window's strip to the yen).

Paper: A4 while every row fits at a legible height (``ROW`` points, 7 pt names), else
A3; more initiatives than an A3 page holds go on as many further A3 pages, each with
the heading, the budget strip and the legend. One fiscal year is shown by month; several
by quarter (36 months in 60 % of an A4 page would be 13 pt each, too narrow for a label).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QPolygonF
from pydantic import ValidationError

from canvas_app.calc.compare import snapshot_plan
from canvas_app.calc.gantt_drag import Bar, TimeScale, Zoom, baseline_bars, latest_snapshot, time_scale
from canvas_app.calc.roadmap import budget_strip
from canvas_app.model import Initiative, Plan
from canvas_app.model.enums import Granularity, InitiativeStatus
from canvas_app.text import palette
from canvas_app.text.formatting import MISSING, fiscal_year_label, format_date, format_money, money_unit_suffix, month_heading
from canvas_app.text.labels import enum_label
from canvas_app.text.language import Language

__all__ = ["GanttPaper", "gantt_paper", "write_gantt_pages"]

#: Page sizes in points, landscape.
A4 = (842.0, 595.0)
A3 = (1191.0, 842.0)
MARGIN, TITLE, HEADER, STRIP, LEGEND = 26.0, 30.0, 28.0, 34.0, 16.0
ROW = 19.0  # a name (7 pt) over its dates (6 pt): the least a row gets
TALLEST_ROW = 26.0  # a few initiatives get roomier rows, not one stretched over the page
LABEL_SHARE = 0.26  # the names' column, of the page's width


@dataclass(frozen=True)
class GanttPaper:
    """The paper the roadmap is printed on and how many rows each page takes."""

    size: QPageSize.PageSizeId
    width: float
    height: float
    rows_per_page: int
    pages: int
    row: float  # its rows' height in points


def _rows_fitting(height: float) -> int:
    return int((height - 2 * MARGIN - TITLE - HEADER - STRIP - LEGEND) // ROW)


def gantt_paper(initiatives: int) -> GanttPaper:
    """A4 landscape while every initiative fits on one page, else A3 landscape, over as
    many pages as it takes."""
    rows = max(1, initiatives)
    if rows <= _rows_fitting(A4[1]):
        return GanttPaper(QPageSize.PageSizeId.A4, *A4, _rows_fitting(A4[1]), 1, _row_height(A4[1], rows))
    per_page = _rows_fitting(A3[1])
    return GanttPaper(QPageSize.PageSizeId.A3, *A3, per_page, -(-rows // per_page),
                      _row_height(A3[1], min(rows, per_page)))


def _row_height(height: float, rows: int) -> float:
    room = height - 2 * MARGIN - TITLE - HEADER - STRIP - LEGEND
    return max(ROW, min(TALLEST_ROW, room / rows))


def write_gantt_pages(writer: QPdfWriter, painter: QPainter, page, plan: Plan, today: dt.date,
                      lang: Language) -> None:
    """Start a new page (or pages) on ``writer`` and draw the roadmap there; ``page`` is
    pdf.py's ``_Page`` (text helpers in points)."""
    paper = gantt_paper(len(plan.roadmap.initiatives))
    writer.setPageLayout(QPageLayout(QPageSize(paper.size), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    initiatives = plan.roadmap.initiatives
    chart = _Chart(page, plan, today, lang, paper)
    for number in range(paper.pages):
        writer.newPage()
        chart.draw(initiatives[number * paper.rows_per_page:(number + 1) * paper.rows_per_page], number)


class _Chart:
    """The parts of every roadmap page, read once."""

    def __init__(self, page, plan: Plan, today: dt.date, lang: Language, paper: GanttPaper) -> None:
        self.page, self.plan, self.today, self.lang, self.paper = page, plan, today, lang, paper
        self.left = MARGIN + (paper.width - 2 * MARGIN) * LABEL_SHARE
        chart_width = paper.width - MARGIN - self.left
        probe = time_scale(plan, Zoom.MONTH, 1.0)
        self.zoom = Zoom.MONTH if probe.first_fiscal_year == probe.last_fiscal_year else Zoom.QUARTER
        years = probe.last_fiscal_year - probe.first_fiscal_year + 1
        self.scale: TimeScale = time_scale(plan, self.zoom, chart_width / (years * (12 if self.zoom == Zoom.MONTH
                                                                                    else 4)))
        # the scale's average column is a 365.25th of a year: fit its exact days to the width
        self.scale = TimeScale(self.scale.first, self.scale.last, chart_width / self.scale.days, self.scale.zoom,
                               self.scale.first_fiscal_year, self.scale.last_fiscal_year, self.scale.start_month)
        granularity = Granularity.MONTH if self.zoom == Zoom.MONTH else Granularity.QUARTER
        self.strip = budget_strip(plan, granularity, range(probe.first_fiscal_year, probe.last_fiscal_year + 1))
        self.baseline = _baseline(plan)

    def x(self, day: dt.date) -> float:
        return self.left + self.scale.x_of(day)

    def draw(self, initiatives: list[Initiative], number: int) -> None:
        page, lang, paper = self.page, self.lang, self.paper
        p = page.p
        p.fillRect(QRectF(0, 0, paper.width, paper.height), QColor("#ffffff"))
        title = lang.translate("Export", "Roadmap")
        if paper.pages > 1:
            title += "  " + lang.translate("Export", "({page} of {pages})").format(page=number + 1,
                                                                                 pages=paper.pages)
        page.text(QRectF(MARGIN, MARGIN - 6, paper.width - 2 * MARGIN, 22), title, 14, True, wrap=False)
        settings = self.plan.settings
        subtitle = "  ·  ".join(part for part in (settings.title, lang.translate("Export", "Money in {unit}").format(
            unit=money_unit_suffix(settings.money_unit, lang.code))) if part)
        page.text(QRectF(MARGIN, MARGIN - 4, paper.width - 2 * MARGIN, 20), subtitle, 8.5,
                  color=QColor(palette.MUTED), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                  wrap=False)
        top = MARGIN + TITLE
        self._heading(top)
        rows_top = top + HEADER
        rows_bottom = rows_top + max(1, len(initiatives)) * paper.row
        self._grid(rows_top, rows_bottom, len(initiatives))
        if not initiatives:
            page.text(QRectF(MARGIN, rows_top + 3, paper.width - 2 * MARGIN, ROW), lang.translate(
                "Export", "No initiatives yet."), 8, color=QColor(palette.MUTED), wrap=False)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n, initiative in enumerate(initiatives):
            self._row(rows_top + n * paper.row, initiative)
        self._budget(rows_bottom)
        self._legend(rows_bottom + STRIP + 4)

    def _heading(self, top: float) -> None:
        page, scale, code = self.page, self.scale, self.lang.code
        band = HEADER / 2
        for n, year in enumerate(scale.years()):
            left, right = self.x(year.first), self.x(year.last) + scale.px_per_day
            page.p.fillRect(QRectF(left, top, right - left, band), QColor(("#e6eaf1", "#dde2ec")[n % 2]))
            page.text(QRectF(left + 4, top, right - left - 8, band), fiscal_year_label(year.fiscal_year, code), 7.5,
                      True, align=Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, wrap=False)
        for column in scale.columns():
            left, right = self.x(column.first), self.x(column.last) + scale.px_per_day
            label = month_heading(column.first, code) if scale.zoom == Zoom.MONTH else f"Q{column.number}"
            page.text(QRectF(left, top + band, right - left, band), label, 6.5, color=QColor(palette.MUTED),
                      align=Qt.AlignmentFlag.AlignCenter, wrap=False)
        page.text(QRectF(MARGIN, top + band, self.left - MARGIN, band), self.lang.translate("Export", "Initiative"),
                  7, True, color=QColor(palette.MUTED), align=Qt.AlignmentFlag.AlignVCenter, wrap=False)
        if scale.first <= self.today <= scale.last:
            x, d = self.x(self.today) + scale.px_per_day / 2, 3.5
            page.p.setPen(Qt.PenStyle.NoPen)
            page.p.setBrush(QColor(palette.TODAY))
            page.p.drawPolygon(QPolygonF([QPointF(x - d, top + HEADER - d), QPointF(x + d, top + HEADER - d),
                                          QPointF(x, top + HEADER)]))
            page.p.setBrush(Qt.BrushStyle.NoBrush)

    def _grid(self, top: float, bottom: float, rows: int) -> None:
        p, scale, right, row = self.page.p, self.scale, self.paper.width - MARGIN, self.paper.row
        for n in range(1, rows, 2):
            p.fillRect(QRectF(MARGIN, top + n * row, right - MARGIN, row), QColor("#f7f9fc"))
        p.setPen(QPen(QColor(palette.LINE), 0.5))
        for column in scale.columns():
            p.drawLine(QPointF(self.x(column.first), top), QPointF(self.x(column.first), bottom))
        p.setPen(QPen(QColor(palette.MUTED), 0.6))
        for year in scale.years()[1:]:
            p.drawLine(QPointF(self.x(year.first), top - HEADER / 2), QPointF(self.x(year.first), bottom))
        p.drawLine(QPointF(MARGIN, top), QPointF(right, top))
        p.drawLine(QPointF(right, top), QPointF(right, bottom))
        p.drawLine(QPointF(MARGIN, bottom), QPointF(right, bottom))
        if scale.first <= self.today <= scale.last:  # behind the bars, as in the window
            x = self.x(self.today) + scale.px_per_day / 2
            p.setPen(QPen(QColor(palette.TODAY), 1.0, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _row(self, top: float, initiative: Initiative) -> None:
        page, code, row = self.page, self.lang.code, self.paper.row
        label_w = self.left - MARGIN - 6
        lines = (row - ROW) / 2 + 1.5  # the two lines, centred in the row
        page.text(QRectF(MARGIN + 3, top + lines, label_w, 10), initiative.name or MISSING, 7, True, wrap=False)
        dates = f"{format_date(initiative.start, code)} – {format_date(initiative.end, code)}"
        page.text(QRectF(MARGIN + 3, top + lines + 8.5, label_w, 9), "  ·  ".join(
            part for part in (dates, initiative.owner) if part), 6, color=QColor(palette.MUTED), wrap=False)
        if initiative.start is None or initiative.end is None:
            page.text(QRectF(self.left + 4, top, self.paper.width - MARGIN - self.left, row), self.lang.translate(
                "Export", "No dates yet"), 6.5, color=QColor(palette.MUTED),
                align=Qt.AlignmentFlag.AlignVCenter, wrap=False)
            return
        inset = row * 0.22
        ghost = self.baseline.get(initiative.id)
        if ghost is not None:
            left, right = self._span(ghost)
            page.p.fillRect(QRectF(left, top + row - inset + 0.6, right - left, 1.8), QColor(palette.BASELINE))
        left, right = self._span(Bar(initiative.start, initiative.end))
        colour = QColor(palette.INITIATIVE_COLOURS.get(initiative.status, palette.ACCENT))
        page.p.setPen(Qt.PenStyle.NoPen)
        page.p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern) if initiative.status == InitiativeStatus.CANCELLED
                        else QBrush(colour))
        page.p.drawRoundedRect(QRectF(left, top + inset, max(right - left, 1.5), row - 2 * inset), 2.5, 2.5)
        for milestone in initiative.milestones:
            if milestone.date is not None and self.scale.first <= milestone.date <= self.scale.last:
                x, d, mid = self.x(milestone.date) + self.scale.px_per_day / 2, 3.2, top + row / 2
                page.p.setPen(QPen(QColor(palette.INK), 0.6))
                page.p.setBrush(QColor(palette.INK) if milestone.done else QColor("#ffffff"))
                page.p.drawPolygon(QPolygonF([QPointF(x, mid - 4.5), QPointF(x + d, mid), QPointF(x, mid + 4.5),
                                              QPointF(x - d, mid)]))
        page.p.setBrush(Qt.BrushStyle.NoBrush)

    def _span(self, bar: Bar) -> tuple[float, float]:
        """A bar's left and right, kept within the chart (a bar may run past the years shown)."""
        scale = self.scale
        start, end = max(bar.start, scale.first), min(bar.end, scale.last)
        if start > end:  # wholly outside: a sliver at the edge it lies beyond
            edge = self.x(scale.first) if bar.end < scale.first else self.x(scale.last) + scale.px_per_day
            return edge - 0.75, edge + 0.75
        return self.x(start), self.x(end) + scale.px_per_day

    def _budget(self, top: float) -> None:
        page, strip, code = self.page, self.strip, self.lang.code
        caption = (self.lang.translate("Export", "Budget per month") if self.zoom == Zoom.MONTH
                   else self.lang.translate("Export", "Budget per quarter"))
        page.text(QRectF(MARGIN, top + 3, self.left - MARGIN - 6, 12), caption, 7, True,
                  color=QColor(palette.MUTED), wrap=False)
        page.text(QRectF(MARGIN, top + 15, self.left - MARGIN - 6, 12), self.lang.translate(
            "Export", "Total {amount}").format(amount=self._money(strip.total)), 7, wrap=False)
        size = 6.0 if self.zoom == Zoom.MONTH and self.paper.size == QPageSize.PageSizeId.A4 else 6.5
        for period, yen in zip(strip.periods, strip.amounts, strict=True):
            left, right = self.x(period.start), self.x(period.end) + self.scale.px_per_day
            page.text(QRectF(left, top + 3, right - left, 12), self._money(yen), size,
                      bold=bool(yen), color=QColor(palette.INK if yen else palette.MUTED),
                      align=Qt.AlignmentFlag.AlignCenter, wrap=False)

    def _money(self, yen: int) -> str:
        """Money without its unit, as on the plan's page (its title band names the unit)."""
        return format_money(yen, self.plan.settings.money_unit, self.lang.code, with_unit=False)

    def _legend(self, top: float) -> None:
        page, x = self.page, MARGIN
        entries = [(palette.INITIATIVE_COLOURS[s], enum_label(s, self.lang)) for s in InitiativeStatus]
        for colour, name in entries:
            page.p.fillRect(QRectF(x, top + 3, 12, 6), QColor(colour))
            page.text(QRectF(x + 16, top, 120, 12), name, 6.5, color=QColor(palette.MUTED), wrap=False)
            x += 28 + QFontMetricsF(page.font(6.5)).horizontalAdvance(name)
        for mark, words in ((palette.BASELINE, self.lang.translate("Export", "Baseline (latest snapshot)")),
                            (palette.TODAY, self.lang.translate("Export", "Today"))):
            page.p.fillRect(QRectF(x + 8, top + 5, 14, 1.6), QColor(mark))
            page.text(QRectF(x + 26, top, 160, 12), words, 6.5, color=QColor(palette.MUTED), wrap=False)
            x += 38 + QFontMetricsF(page.font(6.5)).horizontalAdvance(words)


def _baseline(plan: Plan) -> dict[str, Bar]:
    """The latest snapshot's dates per initiative, none when the snapshot cannot be read."""
    snapshot = latest_snapshot(plan)
    if snapshot is None:
        return {}
    try:
        return baseline_bars(snapshot_plan(snapshot))
    except ValidationError:
        return {}
