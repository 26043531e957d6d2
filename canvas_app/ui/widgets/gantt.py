"""The roadmap as a Gantt chart: the fiscal year's months as columns, one bar per
initiative, milestones as diamonds, today as a line, budget per quarter underneath."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...model import Plan
from ...model.enums import InitiativeStatus
from ...model.periods import month_start
from ...text import palette
from ...text.labels import enum_label
from ...text.language import Language
from .. import facts, fmt, theme

STATUS_BAR_COLOURS = palette.INITIATIVE_COLOURS  # the PDF's roadmap page too


class GanttChart(QWidget):
    """Paints ``plan.roadmap`` for the plan's fiscal year (read-only). ``ROW``, ``HEADER``
    and ``FOOTER`` are pixels at 100 % zoom (theme.px).

    Attributes:
        highlighted: id of an initiative drawn with a highlight (navigation), or "".
    """

    ROW = 34
    HEADER = 50
    FOOTER = 40

    def __init__(self, plan: Plan, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.language = plan, language
        self.today = dt.date.today()
        self.highlighted = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_height()

    def set_plan(self, plan: Plan, language: Language) -> None:
        self.plan, self.language = plan, language
        self._update_height()
        self.update()

    def _update_height(self) -> None:
        rows = max(1, len(self.plan.roadmap.initiatives))
        self.setMinimumWidth(480)  # not zoomed: a zoomed-in page on a 1280-pixel screen is narrow
        self.setFixedHeight(theme.px(self.HEADER + rows * self.ROW + self.FOOTER + 8))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._update_height()  # the zoom changed
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(theme.px(900), self.height())

    # -- geometry -------------------------------------------------------------------------------
    def _months(self) -> list[dt.date]:
        s = self.plan.settings
        return [month_start(s.fiscal_year, s.fiscal_year_start_month, m) for m in range(1, 13)] + \
            [month_start(s.fiscal_year + 1, s.fiscal_year_start_month, 1)]

    def _x_of(self, day: dt.date, left: float, width: float, months: list[dt.date]) -> float:
        """x of a date: linear within its month column; clipped to the year."""
        if day <= months[0]:
            return left
        if day >= months[-1]:
            return left + width
        column = width / 12
        for m in range(12):
            if months[m] <= day < months[m + 1]:
                days = (months[m + 1] - months[m]).days
                return left + column * (m + (day - months[m]).days / days)
        return left + width

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.CARD_BG))
        plan, months = self.plan, self._months()
        row_h, header_h, footer_h, band_h = (theme.px(n) for n in (self.ROW, self.HEADER, self.FOOTER, 22))
        label_w = min(theme.px(300), self.width() * 0.28)
        left, width = label_w + 8, self.width() - label_w - 16
        column = width / 12
        initiatives = plan.roadmap.initiatives
        top = float(header_h)
        bottom = top + max(1, len(initiatives)) * row_h
        fm = painter.fontMetrics()
        small = theme.scaled_font(self.font(), 0.85)

        # quarter bands and month headings
        for q in range(4):
            band = QRectF(left + q * 3 * column, 0, 3 * column, band_h)
            painter.fillRect(band, QColor("#e6eaf1" if q % 2 == 0 else "#dde2ec"))
            painter.setPen(QColor(theme.INK))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, f"Q{q + 1}")
        painter.setFont(small)
        for m in range(12):
            cell = QRectF(left + m * column, band_h, column, header_h - band_h - 2)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, fmt.month_label(months[m], self.language))
            painter.setPen(QPen(QColor(theme.LINE), 1))
            painter.drawLine(QPointF(cell.left(), top), QPointF(cell.left(), bottom))
        painter.drawLine(QPointF(left + width, top), QPointF(left + width, bottom))
        painter.setFont(self.font())

        if not initiatives:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRectF(left, top, width, row_h), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No initiatives yet."))
        for n, initiative in enumerate(initiatives):
            y = top + n * row_h
            if n % 2:
                painter.fillRect(QRectF(0, y, self.width(), row_h), QColor("#f7f9fc"))
            if initiative.id == self.highlighted:
                painter.fillRect(QRectF(0, y, self.width(), row_h), QColor(theme.HIGHLIGHT_BG))
            painter.setPen(QColor(theme.INK))
            name = fm.elidedText(initiative.name or fmt.DASH, Qt.TextElideMode.ElideRight, int(label_w - 12))
            painter.drawText(QRectF(8, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter, name)
            if initiative.start is None or initiative.end is None:
                painter.setPen(QColor(theme.MUTED))
                painter.setFont(small)
                painter.drawText(QRectF(left + 6, y, width, row_h), Qt.AlignmentFlag.AlignVCenter,
                                 self.tr("No dates yet"))
                painter.setFont(self.font())
                continue
            x1 = self._x_of(initiative.start, left, width, months)
            x2 = self._x_of(initiative.end + dt.timedelta(days=1), left, width, months)
            if x2 - x1 < 4:
                x2 = x1 + 4
            inset = row_h * 7 / 34
            bar = QRectF(x1, y + inset, x2 - x1, row_h - 2 * inset)
            colour = QColor(STATUS_BAR_COLOURS.get(initiative.status, theme.ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            brush = QBrush(colour, Qt.BrushStyle.BDiagPattern) if initiative.status == InitiativeStatus.CANCELLED \
                else QBrush(colour)
            painter.setBrush(brush)
            painter.drawRoundedRect(bar, 5, 5)
            if initiative.budget_yen:
                text = fmt.money(initiative.budget_yen, plan.settings.money_unit, self.language)
                painter.setFont(small)
                inside = fm.horizontalAdvance(text) + 12 < bar.width()
                painter.setPen(QColor("white") if inside and initiative.status != InitiativeStatus.PLANNED
                               else QColor(theme.INK))
                target = bar.adjusted(6, 0, -6, 0) if inside else QRectF(bar.right() + 6, bar.top(), 400, bar.height())
                if not inside and bar.right() + 6 + fm.horizontalAdvance(text) > self.width():
                    target = QRectF(bar.left() - 406, bar.top(), 400, bar.height())
                    painter.drawText(target, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
                else:
                    painter.drawText(target, Qt.AlignmentFlag.AlignVCenter, text)
                painter.setFont(self.font())
            for milestone in initiative.milestones:
                if milestone.date is None:
                    continue
                mx = self._x_of(milestone.date, left, width, months)
                d = theme.px(6)
                diamond = QPolygonF([QPointF(mx, y + 4), QPointF(mx + d, y + row_h / 2),
                                     QPointF(mx, y + row_h - 4), QPointF(mx - d, y + row_h / 2)])
                painter.setPen(QPen(QColor(theme.INK), 1))
                painter.setBrush(QColor("#ffffff") if not milestone.done else QColor(theme.INK))
                painter.drawPolygon(diamond)

        if months[0] <= self.today < months[-1]:
            tx = self._x_of(self.today, left, width, months)
            painter.setPen(QPen(QColor("#c62828"), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(tx, top - 4), QPointF(tx, bottom))

        # budget per quarter
        budgets = facts.quarter_budgets(plan)
        painter.setPen(QPen(QColor(theme.LINE), 1))
        painter.drawLine(QPointF(0, bottom + 2), QPointF(self.width(), bottom + 2))
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QRectF(8, bottom + 4, label_w - 8, footer_h - 4), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Budget per quarter"))
        painter.setPen(QColor(theme.INK))
        bold = theme.scaled_font(self.font(), 1.0, bold=True)
        painter.setFont(bold)
        for q, key in enumerate(("Q1", "Q2", "Q3", "Q4")):
            cell = QRectF(left + q * 3 * column, bottom + 4, 3 * column, footer_h - 4)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter,
                             fmt.money(budgets.periods.get(key, 0), plan.settings.money_unit, self.language))
        painter.end()

    def legend(self) -> list[tuple[str, str]]:
        return status_legend(self.language)


def status_legend(lang: Language) -> list[tuple[str, str]]:
    """(colour, status name) for every initiative status, as the charts colour their bars."""
    return [(STATUS_BAR_COLOURS[s], enum_label(s, lang)) for s in InitiativeStatus]
