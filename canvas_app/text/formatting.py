"""Numbers, money, dates and periods as people read them, in Japanese or English.

The language is an explicit argument (``"ja"`` or ``"en"``), not the translator, so
exports and the CLI can format in the plan's language whatever the UI shows.

Forms (one per kind, everywhere):

=============  ==========================  ==============================
kind           ja                          en
=============  ==========================  ==============================
money          ``120百万円`` ``1,250万円``     ``120 million yen`` ``1,250 ten thousand yen``
               ``3,000円`` ``1.25億円``        ``3,000 yen`` ``1.25 hundred million yen``
percent        ``25.0%`` (stored 0.25)     ``25.0%``
count          ``1,234`` / ``12.5``        same
days           ``30日``                    ``30 days`` / ``1 day``
ratio          ``4.0×``                    ``4.0×``
date           ``2026年4月1日``             ``1 Apr 2026``
quarter        ``2026年度 Q1（4〜6月）``      ``FY2026 Q1 (Apr–Jun)``
month          ``2027年1月``                ``Jan 2027`` (the calendar month)
=============  ==========================  ==============================

Money is divided by the unit and shown with up to one decimal (two for 億円), trailing
zeros dropped; whole yen have no decimals. A missing value is an em dash "—".
"""

from __future__ import annotations

import re

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from canvas_app.model.enums import MoneyUnit, Unit
from canvas_app.model.periods import QUARTERS, month_span, month_start

__all__ = [
    "MISSING",
    "format_number",
    "format_money",
    "format_value",
    "format_date",
    "month_heading",
    "period_label",
    "fiscal_year_label",
    "money_unit_suffix",
    "with_money_unit",
    "MONEY_UNIT_NAMES",
]

MISSING = "—"

#: Each money unit's name, as written after a number or in a header, in Japanese and
#: English: the one table of them (the window's labels, the input parser, the CLI and the
#: exports all read it).
MONEY_UNIT_NAMES: dict[MoneyUnit, dict[str, str]] = {
    MoneyUnit.YEN: {"ja": "円", "en": "yen"},
    MoneyUnit.THOUSAND: {"ja": "千円", "en": "thousand yen"},
    MoneyUnit.TEN_THOUSAND: {"ja": "万円", "en": "ten thousand yen"},
    MoneyUnit.MILLION: {"ja": "百万円", "en": "million yen"},
    MoneyUnit.HUNDRED_MILLION: {"ja": "億円", "en": "hundred million yen"},
}
_MONEY_DECIMALS = {
    MoneyUnit.YEN: 0,
    MoneyUnit.THOUSAND: 1,
    MoneyUnit.TEN_THOUSAND: 1,
    MoneyUnit.MILLION: 1,
    MoneyUnit.HUNDRED_MILLION: 2,
}
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _decimal(value: int | float | Decimal) -> Decimal | None:
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() else None


def format_number(value: int | float | Decimal | None, decimals: int = 0, *, trim: bool = False) -> str:
    """``1234567.891`` → ``"1,234,567.89"`` (decimals=2). ``trim`` drops trailing zeros
    after the point (``12.50`` → ``12.5``, ``12.00`` → ``12``)."""
    if value is None:
        return MISSING
    number = _decimal(value)
    if number is None:
        return MISSING
    with localcontext() as context:
        context.prec = 400  # floats reach 1e308: quantize must not run out of digits
        rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0"
    text = f"{rounded:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money_unit_suffix(unit: MoneyUnit, lang: str) -> str:
    """"百万円" / "million yen": the unit as written after a number or in a header."""
    return MONEY_UNIT_NAMES[MoneyUnit(unit)]["ja" if lang == "ja" else "en"]


def with_money_unit(number: str, unit: MoneyUnit, lang: str) -> str:
    """A number already written out, followed by the money unit the way each language
    writes it: no space in Japanese (``120百万円``), a space in English (``120 million yen``)."""
    space = "" if lang == "ja" else " "
    return f"{number}{space}{money_unit_suffix(unit, lang)}"


def format_money(yen: int | float | Decimal | None, unit: MoneyUnit, lang: str, *, with_unit: bool = True) -> str:
    """Whole yen shown in ``unit``: 120,000,000 yen in 百万円 → ``120百万円`` (ja),
    ``120 million yen`` (en). ``with_unit=False`` gives the number alone (for a table
    whose header names the unit)."""
    unit = MoneyUnit(unit)
    number = None if yen is None else _decimal(yen)
    if number is None:
        return MISSING
    text = format_number(number / unit.divisor, _MONEY_DECIMALS[unit], trim=True)
    return with_money_unit(text, unit, lang) if with_unit else text


def format_value(
    value: int | float | Decimal | None,
    unit: Unit,
    money_unit: MoneyUnit = MoneyUnit.YEN,
    lang: str = "en",
) -> str:
    """A goal's or KPI's value in its unit. Percentages are stored as fractions."""
    if value is None or _decimal(value) is None:
        return MISSING
    unit = Unit(unit)
    if unit == Unit.JPY:
        return format_money(value, money_unit, lang)
    if unit == Unit.PERCENT:
        return f"{format_number(_decimal(value) * 100, 1)}%"
    if unit == Unit.RATIO:
        return f"{format_number(value, 1)}×"
    if unit == Unit.DAYS:
        text = format_number(value, 1, trim=True)
        if lang == "ja":
            return f"{text}日"
        return f"{text} day" if text == "1" else f"{text} days"
    if unit in (Unit.COUNT, Unit.SCORE):
        return format_number(value, 1, trim=True)
    return format_number(value, 2, trim=True)


def month_heading(month_start: dt.date, lang: str) -> str:
    """A month over a chart's column: ``4月`` (ja), ``Apr`` (en)."""
    return f"{month_start.month}月" if lang == "ja" else _EN_MONTHS[month_start.month - 1]


def format_date(day: dt.date | None, lang: str) -> str:
    """``2026年4月1日`` (ja), ``1 Apr 2026`` (en)."""
    if day is None:
        return MISSING
    if lang == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def fiscal_year_label(fiscal_year: int, lang: str) -> str:
    """``2026年度`` (ja), ``FY2026`` (en): named by the calendar year it starts in."""
    return f"{fiscal_year}年度" if lang == "ja" else f"FY{fiscal_year}"


def period_label(key: str, fiscal_year: int, start_month: int, lang: str) -> str:
    """A fiscal period for people: quarters name their months, months their calendar
    month and year. Raises ``ValueError`` for a key that is not a period."""
    first, last = month_span(key)  # raises ValueError for a bad key
    begin = month_start(fiscal_year, start_month, first)
    if key in QUARTERS:
        end = month_start(fiscal_year, start_month, last)
        if lang == "ja":
            return f"{fiscal_year_label(fiscal_year, lang)} {key}（{begin.month}〜{end.month}月）"
        return f"{fiscal_year_label(fiscal_year, lang)} {key} ({_EN_MONTHS[begin.month - 1]}–{_EN_MONTHS[end.month - 1]})"
    if lang == "ja":
        return f"{begin.year}年{begin.month}月"
    return f"{_EN_MONTHS[begin.month - 1]} {begin.year}"


def fill_in(template: str, *values: object) -> str:
    """A translated sentence's %1, %2 … filled in one pass (Qt's ``arg`` convention): a
    value that itself holds "%2" — a KPI named "Share %2" — stays as typed."""
    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)
