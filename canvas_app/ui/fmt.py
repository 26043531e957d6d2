"""Display formatting for the pages: a thin adapter over ``canvas_app.text.formatting``.

Every function that writes words takes the language to write in (``lang: Language``,
like ``text/labels``); pages pass ``self.binder.language``, the window's UI language.
"""

from __future__ import annotations

import datetime as dt

from ..model import Plan
from ..model.enums import MoneyUnit, Unit
from ..text import formatting
from ..text.language import Language

DASH = formatting.MISSING


def bullets(items: list[str], lang: Language) -> str:
    """One line per item: "・" in Japanese, "•" in English."""
    mark = "・" if lang.code == "ja" else "• "
    return "\n".join(f"{mark}{item}" for item in items)


def money_unit_suffix(unit: MoneyUnit, lang: Language) -> str:
    return formatting.money_unit_suffix(unit, lang.code)


def with_money_unit(number: str, unit: MoneyUnit, lang: Language) -> str:
    """A number written out, then the money unit: "0.15百万円" / "0.15 million yen"."""
    return formatting.with_money_unit(number, unit, lang.code)


def money(yen: float | None, unit: MoneyUnit, lang: Language, with_unit: bool = True) -> str:
    return formatting.format_money(yen, unit, lang.code, with_unit=with_unit)


def value(amount: float | None, unit: Unit, plan: Plan, lang: Language) -> str:
    """A goal or KPI value in its unit (money in the plan's money unit)."""
    return formatting.format_value(amount, unit, plan.settings.money_unit, lang.code)


def bare(amount: float | None, unit: Unit, plan: Plan, lang: Language) -> str:
    """A value without its unit word, for a table whose unit column names it
    (money in the plan's money unit, days as a number; % and × stay)."""
    if unit == Unit.JPY:
        return formatting.format_money(amount, plan.settings.money_unit, lang.code, with_unit=False)
    if unit == Unit.DAYS:
        return formatting.format_number(amount, 1, trim=True)
    return formatting.format_value(amount, unit, plan.settings.money_unit, lang.code)


def unit_name(unit: Unit, plan: Plan, lang: Language) -> str:
    """The unit as a column shows it: the money unit for yen ("千円"), else its label."""
    from ..text import labels

    return labels.unit_name(unit, plan.settings.money_unit, lang)


def change(baseline: float | None, target: float | None, unit: Unit, plan: Plan, lang: Language) -> str:
    """"800 → 1,000百万円" / "800 → 1,000 million yen": baseline to target with the unit
    written once."""
    if unit in (Unit.JPY, Unit.DAYS):
        text = f"{bare(baseline, unit, plan, lang)} → {bare(target, unit, plan, lang)}"
        if unit == Unit.JPY:
            return with_money_unit(text, plan.settings.money_unit, lang)
        return f"{text} {unit_name(unit, plan, lang)}"
    return f"{value(baseline, unit, plan, lang)} → {value(target, unit, plan, lang)}"


def number(amount: float | None, decimals: int = 0) -> str:
    return formatting.format_number(amount, decimals, trim=True)


def percent(fraction: float | None, decimals: int = 1) -> str:
    return DASH if fraction is None else f"{formatting.format_number(fraction * 100, decimals)}%"


def date(day: dt.date | None, lang: Language) -> str:
    return formatting.format_date(day, lang.code)


def short_date(day: dt.date | None) -> str:
    """"2026/5/1" — compact, for tables and chart labels (same in both languages)."""
    return DASH if day is None else f"{day.year}/{day.month}/{day.day}"


def period(key: str | None, plan: Plan, lang: Language) -> str:
    if not key:
        return DASH
    try:
        return formatting.period_label(key, plan.settings.fiscal_year, plan.settings.fiscal_year_start_month, lang.code)
    except ValueError:
        return key


def fiscal_year(plan: Plan, lang: Language) -> str:
    """"FY2026 (Apr 2026 – Mar 2027)" / "2026年度（2026年4月〜2027年3月）"."""
    s = plan.settings
    label = formatting.fiscal_year_label(s.fiscal_year, lang.code)
    first = formatting.period_label("M01", s.fiscal_year, s.fiscal_year_start_month, lang.code)
    last = formatting.period_label("M12", s.fiscal_year, s.fiscal_year_start_month, lang.code)
    if lang.code == "ja":
        return f"{label}（{first}〜{last}）"
    return f"{label} ({first} – {last})"


def month_label(month_start: dt.date, lang: Language) -> str:
    """Column heading of a month in the Gantt chart: "4月" / "Apr"."""
    if lang.code == "ja":
        return f"{month_start.month}月"
    return _EN_MONTHS[month_start.month - 1]


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
