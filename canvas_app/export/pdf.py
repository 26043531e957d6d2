"""The plan on one A4 landscape page, then its roadmap's Gantt chart (pdf_gantt.py), as a
PDF (Qt's own QPdfWriter, no extra dependency).

Six panels under a title band: business goals with status, personas and value, KPI
roots, the revenue funnel, the roadmap (span, budget per quarter) and the next review
with the top findings of the health check. Text is drawn with a Japanese-capable
font, embedded in the PDF (a subset), so the page prints the same everywhere.

Needs a QGuiApplication (fonts); the CLI makes one on Qt's offscreen platform. Every
word is written in the ``Language`` passed in (callers pass the plan's).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from canvas_app.calc import funnel as funnel_calc
from canvas_app.calc import health, roadmap
from canvas_app.calc.kpi_report import goal_kpi, kpi_rows
from canvas_app.calc.review_outlook import next_review
from canvas_app.export.pdf_gantt import write_gantt_pages
from canvas_app.model import Plan
from canvas_app.model.enums import Granularity, Status, Unit
from canvas_app.text import palette
from canvas_app.text.findings import finding_message
from canvas_app.text.formatting import (
    MISSING,
    fiscal_year_label,
    format_date,
    format_money,
    format_value,
    money_unit_suffix,
    period_label,
)
from canvas_app.text.labels import enum_label
from canvas_app.text.language import Language

__all__ = ["pdf_bytes", "FONT_FAMILIES"]

#: Japanese-capable families, best first (Windows, macOS, Linux).
FONT_FAMILIES = ("Yu Gothic", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP", "IPAPGothic", "IPAexGothic",
                 "IPAGothic", "TakaoPGothic", "VL PGothic")
INK, MUTED, LINE, ACCENT, BAND = (QColor(c) for c in (palette.INK, palette.MUTED, palette.LINE, palette.ACCENT,
                                                       palette.BAND))
PAGE_W, PAGE_H, MARGIN, GAP = 842.0, 595.0, 26.0, 12.0  # points (1/72 inch), A4 landscape


def _family() -> str:
    available = set(QFontDatabase.families())
    return next((f for f in FONT_FAMILIES if f in available), QFont().defaultFamily())


class _Page:
    """Drawing helpers in points on one page."""

    def __init__(self, painter: QPainter, family: str) -> None:
        self.p = painter
        self.family = family

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text(self, rect: QRectF, text: str, size: float = 8.0, bold: bool = False, color: QColor = INK,
             align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, wrap: bool = True) -> float:
        """Draw ``text`` inside ``rect`` (cut with "…" when it does not fit); returns the
        height used."""
        font = self.font(size, bold)
        self.p.setFont(font)
        self.p.setPen(color)
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        metrics = QFontMetricsF(font)
        text = " ".join(text.split()) if not wrap else text
        if not wrap:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        else:
            bound = metrics.boundingRect(rect, flags, text)
            if bound.height() > rect.height() + 0.5:
                low, high = 0, len(text)
                while low < high:  # the longest prefix that fits with "…"
                    mid = (low + high + 1) // 2
                    if metrics.boundingRect(rect, flags, text[:mid] + "…").height() <= rect.height() + 0.5:
                        low = mid
                    else:
                        high = mid - 1
                text = text[:low].rstrip() + "…"
        used = metrics.boundingRect(rect, flags, text)
        self.p.drawText(rect, flags, text)
        return min(used.height(), rect.height())

    def dot(self, x: float, y: float, color: str, radius: float = 3.2) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(color))
        self.p.drawEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def panel(self, rect: QRectF, title: str) -> QRectF:
        """A panel's frame and title; returns the area for its content."""
        self.p.setPen(QPen(LINE, 0.8))
        self.p.setBrush(QColor("#ffffff"))
        self.p.drawRoundedRect(rect, 4, 4)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(ACCENT)
        self.p.drawRect(QRectF(rect.left(), rect.top() + 8, 3, 14))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.text(QRectF(rect.left() + 10, rect.top() + 6, rect.width() - 20, 18), title, 10.5, True, INK, wrap=False)
        return QRectF(rect.left() + 10, rect.top() + 28, rect.width() - 20, rect.height() - 36)


def _rows(page: _Page, area: QRectF, rows: list[tuple[str, str, str | None]], size: float = 8.8,
          right_width: float = 96) -> None:
    """Lines of "label … value" with an optional status dot; stops when the area is full."""
    y = area.top()
    line = QFontMetricsF(page.font(size)).height() + 3
    for label, value, color in rows:
        if y + line > area.bottom():
            page.text(QRectF(area.left(), y - 2, area.width(), line), "…", size, color=MUTED, wrap=False)
            return
        left = area.left() + (10 if color else 0)
        if color:
            page.dot(area.left() + 3, y + line / 2 - 1.5, color)
        value_width = min(right_width, QFontMetricsF(page.font(size, True)).horizontalAdvance(value) + 2)
        label_width = area.width() - (left - area.left()) - (value_width + 6 if value else 0)
        page.text(QRectF(left, y, label_width, line), label, size, wrap=False)
        if value:
            page.text(QRectF(area.right() - value_width, y, value_width, line), value, size, bold=True,
                      align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, wrap=False)
        y += line


def _value(value: float | None, unit: Unit, plan: Plan, code: str) -> str:
    """A value for the page: money without its unit (the title band names the unit)."""
    money = plan.settings.money_unit
    if unit == Unit.JPY:
        return format_money(value, money, code, with_unit=False)
    return format_value(value, unit, money, code)


def roadmap_rows(plan: Plan, lang: Language) -> list[tuple[str, str, None]]:
    """The roadmap panel's lines: its span, how many initiatives, the total budget and
    each quarter's budget of the fiscal year — the yen of ``calc.roadmap.budget_strip``,
    as the strip under the Gantt and the workbook's roadmap sheet show them."""
    code, settings = lang.code, plan.settings
    span = roadmap.roadmap_span(plan)
    quarters = roadmap.budget_by_period(plan, Granularity.QUARTER)
    when = f"{format_date(span.start, code)} – {format_date(span.end, code)}" if span else MISSING
    rows = [(when, "", None),
            (lang.translate("Export", "{count} initiatives").format(count=len(plan.roadmap.initiatives)),
             "", None),
            (lang.translate("Export", "Total budget"), _value(quarters.total, Unit.JPY, plan, code), None)]
    rows += [(period_label(q, settings.fiscal_year, settings.fiscal_year_start_month, code),
              _value(yen, Unit.JPY, plan, code), None) for q, yen in quarters.periods.items()]
    return rows


def pdf_bytes(plan: Plan, lang: Language, today: dt.date | None = None) -> bytes:
    """The PDF of ``plan``, written in ``lang``: the plan on one A4 page, then its
    roadmap as a Gantt chart (pdf_gantt.py)."""
    today = today or dt.date.today()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(plan.settings.title or lang.translate("Export", "Marketing plan"))
    writer.setCreator("Strategy Canvas")
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = _Page(painter, _family())
        _draw(page, plan, today, lang)
        write_gantt_pages(writer, painter, page, plan, today, lang)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _draw(page: _Page, plan: Plan, today: dt.date, lang: Language) -> None:
    settings = plan.settings
    code, money = lang.code, settings.money_unit
    kpis = kpi_rows(plan)

    # Title band.
    page.p.fillRect(QRectF(0, 0, PAGE_W, 62), BAND)
    page.text(QRectF(MARGIN, 12, PAGE_W - 2 * MARGIN - 150, 26), settings.title or lang.translate(
        "Export", "Marketing plan"), 17, True, QColor("#ffffff"), wrap=False)
    subtitle = "  ·  ".join(p for p in (settings.company_name, fiscal_year_label(settings.fiscal_year, code),
                                        lang.translate("Export", "Money in {unit}").format(
                                            unit=money_unit_suffix(money, code)),
                                        format_date(today, code)) if p)
    page.text(QRectF(MARGIN, 38, PAGE_W - 2 * MARGIN - 150, 16), subtitle, 8.5, color=QColor("#c9d3e6"), wrap=False)
    page.text(QRectF(PAGE_W - MARGIN - 150, 14, 150, 16), lang.translate("Export", "Strategy Canvas"),
              9, True, QColor("#c9d3e6"), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, wrap=False)

    top = 62 + GAP
    width = (PAGE_W - 2 * MARGIN - 2 * GAP) / 3
    height = (PAGE_H - top - MARGIN - 14 - GAP) / 2
    cells = [QRectF(MARGIN + c * (width + GAP), top + r * (height + GAP), width, height)
             for r in range(2) for c in range(3)]

    # 1. Goals.
    area = page.panel(cells[0], lang.translate("Export", "Business goals"))
    rows = []
    for goal in plan.strategy.goals:
        measured_by = goal_kpi(kpis, goal.id)
        status = measured_by.status if measured_by is not None else Status.NO_DATA
        rows.append((goal.name or goal.id, _value(goal.target, goal.unit, plan, code), palette.STATUS_COLOURS[status]))
    _rows(page, area, rows)

    # 2. Personas and value.
    area = page.panel(cells[1], lang.translate("Export", "Personas and value"))
    statements = {}
    for vp in plan.customers.value_propositions:
        statements.setdefault(vp.persona_id, vp.statement)
    y = area.top()
    for persona in plan.customers.personas:
        if y + 24 > area.bottom():
            break
        y += page.text(QRectF(area.left(), y, area.width(), 14), persona.name or persona.id, 9.2, True, wrap=False) + 2
        statement = statements.get(persona.id, "")
        if statement:
            y += page.text(QRectF(area.left(), y, area.width(), min(42, area.bottom() - y)), statement, 8.3,
                           color=MUTED)
        y += 7

    # 3. KPI roots.
    area = page.panel(cells[2], lang.translate("Export", "KPI tree roots"))
    rows = []
    for row in kpis:
        if row.is_root:
            node = row.node
            shown = node.target if node.target is not None else row.value
            rows.append((node.name or node.id, _value(shown, node.unit, plan, code), palette.STATUS_COLOURS[row.status]))
    _rows(page, area, rows)

    # 4. Funnel.
    area = page.panel(cells[3], lang.translate("Export", "Revenue funnel"))
    analysis = funnel_calc.analyse_funnel(plan, today)
    rows = [(lang.translate("Export", "New-business revenue target"),
             _value(analysis.revenue_target, Unit.JPY, plan, code), None)]
    for stage in analysis.stages:
        needed = stage.required_whole if stage.required_whole is not None else stage.required
        rate = f"  ({format_value(stage.rate, Unit.PERCENT, money, code)})" if stage.rate is not None else ""
        rows.append((f"{enum_label(stage.role, lang)}{rate}", format_value(needed, Unit.COUNT, money, code), None))
    rows.append((lang.translate("Export", "Required pipeline coverage (1 ÷ win rate)"),
                 format_value(analysis.required_coverage, Unit.RATIO, money, code), None))
    _rows(page, area, rows)

    # 5. Roadmap.
    area = page.panel(cells[4], lang.translate("Export", "Roadmap"))
    quarters = roadmap.budget_by_period(plan, Granularity.QUARTER)
    rows = roadmap_rows(plan, lang)
    _rows(page, area, rows)
    biggest = max(quarters.periods.values(), default=0)
    if biggest:  # a small bar per quarter under the figures
        bar_top = area.top() + len(rows) * (QFontMetricsF(page.font(8.8)).height() + 3) + 6
        bar_w = (area.width() - 3 * 8) / 4
        for i, yen in enumerate(quarters.periods.values()):
            h = max(1.0, (area.bottom() - bar_top - 4) * yen / biggest)
            if area.bottom() - bar_top > 12:
                page.p.fillRect(QRectF(area.left() + i * (bar_w + 8), area.bottom() - h, bar_w, h), QColor("#7ea6e0"))

    # 6. Next review and findings.
    area = page.panel(cells[5], lang.translate("Export", "Next review and health check"))
    nxt = next_review(plan, today)
    if nxt is not None:
        line = f"{format_date(nxt.date, code)}  {enum_label(nxt.kind, lang)}"
    else:
        line = lang.translate("Export", "None scheduled")
    y = area.top()
    y += page.text(QRectF(area.left(), y, area.width(), 13), lang.translate(
        "Export", "Next review: {when}").format(when=line), 9.2, True, wrap=False) + 7
    for finding in health.check_plan(plan, today)[:6]:
        if y + 22 > area.bottom():
            break
        colour = palette.SEVERITY_COLOURS.get(finding.severity, palette.STATUS_COLOURS[Status.NO_DATA])
        page.dot(area.left() + 3, y + 6, colour)
        y += page.text(QRectF(area.left() + 10, y, area.width() - 10, min(33, area.bottom() - y)),
                       finding_message(finding, plan, lang), 8) + 5

    page.text(QRectF(MARGIN, PAGE_H - MARGIN + 4, PAGE_W - 2 * MARGIN, 12), lang.translate(
        "Export", "Strategy Canvas — the plan on a page, exported {date}").format(date=format_date(today, code)),
        7, color=MUTED, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, wrap=False)
