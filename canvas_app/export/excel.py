"""The plan as an Excel workbook: print-ready, live formulas, in the plan's language.

::

    data, warnings = workbook_bytes(plan, lang)      # bytes of the .xlsx
    warnings = write_workbook(plan, lang, path)      # atomically, see storage.atomic

One sheet per part (design.md §7, issue 5): Summary · 1 Strategy · 2 Customers ·
Competitors · Channels · 3 KPI tree · Funnel · Roadmap · 4 Reviews · Actions · Actuals
input. Sheets are written in an order that lets each one reference cells of sheets
laid out before it (the KPI tree first, the Summary last) while the tabs keep the
plan's order.

Every word is written in ``lang`` (a ``canvas_app.text.language.Language``): callers pass
the plan's language (``canvas_app.i18n.language(plan.settings.language)``), so the workbook
speaks it whatever the UI shows; nothing here reads the application's translators.
Warnings (text cut at the cell limit, …) are returned as sentences for the caller.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from canvas_app.model import Plan
from canvas_app.text.language import Language

#: Progress callback: (sheets done, sheets in all).
Progress = Callable[[int, int], None]

TAB_ORDER = ("summary", "strategy", "customers", "competitors", "channels", "kpis", "funnel", "roadmap",
             "reviews", "actions", "actuals")
BUILD_ORDER = ("kpis", "actuals", "reviews", "actions", "funnel", "roadmap", "strategy", "customers",
               "competitors", "channels", "summary")


def sheet_titles(lang: Language) -> dict[str, str]:
    return {
        "summary": lang.translate("Export", "Summary"),
        "strategy": lang.translate("Export", "1 Strategy"),
        "customers": lang.translate("Export", "2 Customers"),
        "competitors": lang.translate("Export", "Competitors"),
        "channels": lang.translate("Export", "Channels"),
        "kpis": lang.translate("Export", "3 KPI tree"),
        "funnel": lang.translate("Export", "Funnel"),
        "roadmap": lang.translate("Export", "Roadmap"),
        "reviews": lang.translate("Export", "4 Reviews"),
        "actions": lang.translate("Export", "Actions"),
        "actuals": lang.translate("Export", "Actuals input"),
    }


def _builders() -> dict[str, Callable]:
    from . import (
        sheet_actuals,
        sheet_customers,
        sheet_funnel,
        sheet_kpis,
        sheet_reviews,
        sheet_roadmap,
        sheet_strategy,
        sheet_summary,
    )

    return {
        "summary": sheet_summary.build, "strategy": sheet_strategy.build,
        "customers": sheet_customers.build_customers, "competitors": sheet_customers.build_competitors,
        "channels": sheet_customers.build_channels, "kpis": sheet_kpis.build, "funnel": sheet_funnel.build,
        "roadmap": sheet_roadmap.build, "reviews": sheet_reviews.build_reviews,
        "actions": sheet_reviews.build_actions, "actuals": sheet_actuals.build,
    }


def build_workbook(plan: Plan, stream, lang: Language, progress: Progress | None = None,
                   today: dt.date | None = None) -> list[str]:
    """Write the workbook of ``plan`` in ``lang`` to ``stream`` (a binary file object or a
    path); returns the warnings."""
    from .xlsx_book import Book
    from .xlsx_context import ExportContext

    book = Book(lang, plan.settings.money_unit)
    ctx = ExportContext(plan, book, today)
    titles = sheet_titles(lang)
    for key in TAB_ORDER:
        ctx.sheets[key] = book.sheet(titles[key])
    builders = _builders()
    total = len(BUILD_ORDER) + 1
    for done, key in enumerate(BUILD_ORDER, start=1):
        builders[key](ctx)
        if progress is not None:
            progress(done, total)
    book.save(stream)
    if progress is not None:
        progress(total, total)
    return book.warnings


def workbook_bytes(plan: Plan, lang: Language, progress: Progress | None = None,
                   today: dt.date | None = None) -> tuple[bytes, list[str]]:
    """The .xlsx file of ``plan`` in ``lang`` in memory, and the warnings."""
    buffer = io.BytesIO()
    warnings = build_workbook(plan, buffer, lang, progress, today)
    return buffer.getvalue(), warnings


def write_workbook(plan: Plan, lang: Language, path: Path, progress: Progress | None = None,
                   today: dt.date | None = None) -> list[str]:
    """Write the workbook to ``path`` atomically (the old file stays whole on failure);
    raises OSError when it cannot be written."""
    from canvas_app.storage.atomic import write_atomic

    data, warnings = workbook_bytes(plan, lang, progress, today)
    write_atomic(Path(path), data)
    return warnings
