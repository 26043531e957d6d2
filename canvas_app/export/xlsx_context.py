"""What every sheet of the export shares: the plan, its calculations once, the names of
items by id, period labels, and the cells one sheet publishes for another to reference
(``anchors``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from canvas_app.calc.kpi_report import KpiRow, kpi_rows
from canvas_app.calc.kpi_tree import TreeShape, TreeValues, evaluate, tree_shape
from canvas_app.calc.progress import ProgressContext
from canvas_app.model import Plan
from canvas_app.model.enums import Unit
from canvas_app.model.periods import month_start, period_keys
from canvas_app.text.formatting import format_date, period_label
from canvas_app.text.labels import unit_name
from canvas_app.text.language import Language

from .xlsx_book import Book, Sheet


@dataclass
class KpiCells:
    """Where one KPI lives on the KPI tree sheet (references usable from any sheet)."""

    row: int
    value: str
    target: str
    periods: dict[str, str]
    period_range: tuple[str, str]  # first and last period cell (same row), sheet-qualified columns


@dataclass
class Anchors:
    """Cells one sheet publishes for others (sheet-qualified absolute references)."""

    kpis: dict[str, KpiCells] = field(default_factory=dict)
    kpi_sheet: str = ""
    #: (kpi id, period) → row of the Actuals input sheet; and its column references.
    actual_rows: dict[tuple[str, str], int] = field(default_factory=dict)
    actuals: dict[str, str] = field(default_factory=dict)
    #: (kpi id, period) → (status cell, status key cell) on the Reviews sheet.
    review_status: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    total_budget: str = ""
    budget_by_goal: dict[str, str] = field(default_factory=dict)
    funnel: dict[str, str] = field(default_factory=dict)


class ExportContext:
    """The plan and everything computed from it once for the whole workbook."""

    def __init__(self, plan: Plan, book: Book, today: dt.date | None = None) -> None:
        self.plan = plan
        self.book = book
        self.lang: Language = book.lang
        self.today = today or dt.date.today()
        settings = plan.settings
        self.settings = settings
        self.keys: tuple[str, ...] = period_keys(settings.granularity)
        self.shape: TreeShape = tree_shape(plan)
        self.values: TreeValues = evaluate(plan)
        self.progress = ProgressContext(plan, self.values)
        #: Every KPI as the report shows it, in tree order (``calc.kpi_report``: the same
        #: rows as the window, the CLI and the PDF).
        self.kpi_rows: list[KpiRow] = kpi_rows(plan, shape=self.shape, values=self.values)
        self.anchors = Anchors()
        self.sheets: dict[str, Sheet] = {}
        self.names: dict[str, str] = {}
        customers = plan.customers
        for group in (settings.departments, plan.strategy.goals, customers.personas, customers.competitors,
                      customers.channels, plan.kpis.nodes, plan.roadmap.initiatives):
            for item in group:
                self.names.setdefault(item.id, getattr(item, "name", "") or item.id)

    # -- words ---------------------------------------------------------------------------
    def name(self, item_id: str | None) -> str:
        return self.names.get(item_id, item_id or "") if item_id else ""

    def names_of(self, ids: list[str]) -> str:
        return self.separator().join(self.name(item_id) for item_id in ids)

    def separator(self) -> str:
        return "、" if self.lang.is_japanese else ", "

    def bullets(self, lines: list[str]) -> str:
        mark = "・" if self.lang.is_japanese else "• "
        return "\n".join(f"{mark}{line}" for line in lines if line)

    def period(self, key: str) -> str:
        return period_label(key, self.settings.fiscal_year, self.settings.fiscal_year_start_month, self.lang.code)

    def short_period(self, key: str) -> str:
        """Column header of a period: "4月" / "Apr" for months, "Q1" for quarters."""
        if key.startswith("Q"):
            return key
        begin = month_start(self.settings.fiscal_year, self.settings.fiscal_year_start_month, int(key[1:]))
        if self.lang.is_japanese:
            return f"{begin.month}月"
        return begin.strftime("%b") if begin.month else key

    def date_text(self, day: dt.date | None) -> str:
        return format_date(day, self.lang.code)

    def date_format(self) -> str:
        return "yyyy/m/d" if self.lang.is_japanese else "d mmm yyyy"

    def unit_label(self, unit: Unit) -> str:
        """The unit column of a KPI: money shows the plan's money unit (百万円)."""
        return unit_name(unit, self.book.money, self.lang)

    def title(self) -> str:
        return self.settings.title or self.lang.translate("Export", "Marketing plan")

    def header_text(self) -> str:
        company = self.settings.company_name
        return f"{company}  {self.title()}" if company else self.title()
