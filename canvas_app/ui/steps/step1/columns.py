"""Columns of the step 1 tables: values typed in their unit, units, years, dates.

Headers are passed in as callables with literal ``translate`` calls (so lupdate finds
them at the place they are used).
"""

from __future__ import annotations

from collections.abc import Callable

from ....model import Plan
from ....model.enums import Unit
from ....text import parsing
from ....text.language import Language
from ... import fmt
from ...editing.binder import Binder
from ...editing.table_model import RIGHT, Column

#: The gentle tint of a cell that still needs filling in (not an error: a reminder).
MISSING_TINT = "#fff4d6"

Header = Callable[[], str]


def unit_choices(plan: Plan, lang: Language) -> list[tuple[Unit, str]]:
    """Every unit, money named in the plan's money unit ("百万円")."""
    return [(unit, fmt.unit_name(unit, plan, lang)) for unit in Unit]


def text_column(header: Header, path: str, width: int = 10, *, bold: bool = False,
                required: bool = False) -> Column:
    tint = (lambda item, plan: None if getattr(item, path) else MISSING_TINT) if required else None
    return Column(header=header, path=path, width=width, bold=bold, background=tint)


def value_column(binder: Binder, header: Header, path: str, width: int = 8, *, unit_path: str = "unit",
                 bold: bool = False, required: bool = False) -> Column:
    """A value typed in its row's unit: money in the plan's money unit, 25 for 25 %."""

    def display(item, plan):
        return fmt.bare(getattr(item, path), getattr(item, unit_path), plan, binder.language)

    def edit_text(item, plan):
        return parsing.value_edit_text(getattr(item, path), getattr(item, unit_path), plan.settings.money_unit)

    def parse(text, plan, item):
        return parsing.parse_value(text, getattr(item, unit_path), plan.settings.money_unit)

    tint = (lambda item, plan: None if getattr(item, path) is not None else MISSING_TINT) if required else None
    return Column(header=header, path=path, display=display, edit_text=edit_text, parse=parse, align=RIGHT,
                      width=width, bold=bold, background=tint)


def unit_column(binder: Binder, header: Header, path: str = "unit", width: int = 7) -> Column:
    return Column(header=header, path=path, choices=lambda plan: unit_choices(plan, binder.language), width=width)


def year_column(header: Header, path: str = "year", width: int = 5) -> Column:
    return Column(header=header, path=path,
                      display=lambda item, plan: "" if getattr(item, path) is None else str(getattr(item, path)),
                      parse=lambda text, plan, item: parsing.parse_year(text), align=RIGHT, width=width)


def date_column(header: Header, path: str, width: int = 8, *, required: bool = False) -> Column:
    tint = (lambda item, plan: None if getattr(item, path) else MISSING_TINT) if required else None
    return Column(header=header, path=path,
                      display=lambda item, plan: fmt.short_date(getattr(item, path)) if getattr(item, path) else "",
                      edit_text=lambda item, plan: parsing.date_edit_text(getattr(item, path)),
                      parse=lambda text, plan, item: parsing.parse_date(text), width=width, background=tint)
