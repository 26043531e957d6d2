"""Display formatting for the pages, in the UI language: a thin adapter over
``canvas_app.text.formatting`` (which takes the language explicitly).

The UI language is kept as a property of the application (set by ``ui.language.apply_language``)
because the translators it goes with are application-wide too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..model import Plan
from ..model.enums import MoneyUnit, Unit
from ..text import formatting
from ..text.language import Language

DASH = formatting.MISSING
LANGUAGE_PROPERTY = "canvasLanguage"


def lang() -> str:
    """The UI language in use: "ja" or "en"."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return "ja" if value == "ja" else "en"


def language() -> Language:
    """The UI language as a ``Language`` for labels, findings and messages."""
    from .. import i18n

    return i18n.language(lang())


def set_lang(language: str) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(LANGUAGE_PROPERTY, "ja" if language == "ja" else "en")


def bullets(items: list[str]) -> str:
    """One line per item: "・" in Japanese, "•" in English."""
    mark = "・" if lang() == "ja" else "• "
    return "\n".join(f"{mark}{item}" for item in items)


def money_unit_suffix(unit: MoneyUnit) -> str:
    return formatting.money_unit_suffix(unit, lang())


def with_money_unit(number: str, unit: MoneyUnit) -> str:
    """A number written out, then the money unit: "0.15百万円" / "0.15 million yen"."""
    return formatting.with_money_unit(number, unit, lang())


def money(yen: float | None, unit: MoneyUnit, with_unit: bool = True) -> str:
    return formatting.format_money(yen, unit, lang(), with_unit=with_unit)


def value(amount: float | None, unit: Unit, plan: Plan) -> str:
    """A goal or KPI value in its unit (money in the plan's money unit)."""
    return formatting.format_value(amount, unit, plan.settings.money_unit, lang())


def bare(amount: float | None, unit: Unit, plan: Plan) -> str:
    """A value without its unit word, for a table whose unit column names it
    (money in the plan's money unit, days as a number; % and × stay)."""
    if unit == Unit.JPY:
        return formatting.format_money(amount, plan.settings.money_unit, lang(), with_unit=False)
    if unit == Unit.DAYS:
        return formatting.format_number(amount, 1, trim=True)
    return formatting.format_value(amount, unit, plan.settings.money_unit, lang())


def unit_name(unit: Unit, plan: Plan) -> str:
    """The unit as a column shows it: the money unit for yen ("千円"), else its label."""
    from ..text import labels

    return labels.unit_name(unit, plan.settings.money_unit, language())


def change(baseline: float | None, target: float | None, unit: Unit, plan: Plan) -> str:
    """"800 → 1,000百万円" / "800 → 1,000 million yen": baseline to target with the unit
    written once."""
    if unit in (Unit.JPY, Unit.DAYS):
        text = f"{bare(baseline, unit, plan)} → {bare(target, unit, plan)}"
        if unit == Unit.JPY:
            return with_money_unit(text, plan.settings.money_unit)
        return f"{text} {unit_name(unit, plan)}"
    return f"{value(baseline, unit, plan)} → {value(target, unit, plan)}"


def number(amount: float | None, decimals: int = 0) -> str:
    return formatting.format_number(amount, decimals, trim=True)


def percent(fraction: float | None, decimals: int = 1) -> str:
    return DASH if fraction is None else f"{formatting.format_number(fraction * 100, decimals)}%"


def date(day: dt.date | None) -> str:
    return formatting.format_date(day, lang())


def short_date(day: dt.date | None) -> str:
    """"2026/5/1" — compact, for tables and chart labels (same in both languages)."""
    return DASH if day is None else f"{day.year}/{day.month}/{day.day}"


def period(key: str | None, plan: Plan) -> str:
    if not key:
        return DASH
    try:
        return formatting.period_label(key, plan.settings.fiscal_year, plan.settings.fiscal_year_start_month, lang())
    except ValueError:
        return key


def fiscal_year(plan: Plan) -> str:
    """"FY2026 (Apr 2026 – Mar 2027)" / "2026年度（2026年4月〜2027年3月）"."""
    s = plan.settings
    label = formatting.fiscal_year_label(s.fiscal_year, lang())
    first = formatting.period_label("M01", s.fiscal_year, s.fiscal_year_start_month, lang())
    last = formatting.period_label("M12", s.fiscal_year, s.fiscal_year_start_month, lang())
    if lang() == "ja":
        return f"{label}（{first}〜{last}）"
    return f"{label} ({first} – {last})"


def month_label(month_start: dt.date) -> str:
    """Column heading of a month in the Gantt chart: "4月" / "Apr"."""
    if lang() == "ja":
        return f"{month_start.month}月"
    return _EN_MONTHS[month_start.month - 1]


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
