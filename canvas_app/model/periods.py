"""Fiscal periods. A plan covers one fiscal year, which starts in a chosen month.

Period keys are fiscal, not calendar: "M01" is the first month of the fiscal year (April
when the year starts in April), "Q1" its first quarter. Keys stay valid when the start
month changes, which is what users expect of "Q1".
"""

from __future__ import annotations

import datetime as dt

from .enums import Granularity

QUARTERS = ("Q1", "Q2", "Q3", "Q4")
MONTHS = tuple(f"M{i:02d}" for i in range(1, 13))


def period_keys(granularity: Granularity) -> tuple[str, ...]:
    return MONTHS if granularity == Granularity.MONTH else QUARTERS


def is_period_key(key: str) -> bool:
    return key in QUARTERS or key in MONTHS


def month_span(key: str) -> tuple[int, int]:
    """First and last fiscal month index (1–12) a period covers."""
    if key in QUARTERS:
        q = int(key[1])
        return 3 * q - 2, 3 * q
    if key in MONTHS:
        m = int(key[1:])
        return m, m
    raise ValueError(f"not a period: {key!r}")


def month_start(fiscal_year: int, start_month: int, fiscal_month: int) -> dt.date:
    """The calendar date on which fiscal month ``fiscal_month`` (1–12) begins."""
    offset = start_month - 1 + fiscal_month - 1
    return dt.date(fiscal_year + offset // 12, offset % 12 + 1, 1)


def period_start(key: str, fiscal_year: int, start_month: int) -> dt.date:
    return month_start(fiscal_year, start_month, month_span(key)[0])


def period_end(key: str, fiscal_year: int, start_month: int) -> dt.date:
    """The last day of the period (inclusive)."""
    last = month_span(key)[1]
    if last == 12:
        return month_start(fiscal_year + 1, start_month, 1) - dt.timedelta(days=1)
    return month_start(fiscal_year, start_month, last + 1) - dt.timedelta(days=1)


def year_start(fiscal_year: int, start_month: int) -> dt.date:
    return month_start(fiscal_year, start_month, 1)


def year_end(fiscal_year: int, start_month: int) -> dt.date:
    return period_end("M12", fiscal_year, start_month)


def fiscal_month_of(day: dt.date, fiscal_year: int, start_month: int) -> int | None:
    """Fiscal month index (1–12) of a date, or None when it lies outside the year."""
    index = (day.year - fiscal_year) * 12 + day.month - start_month + 1
    return index if 1 <= index <= 12 else None


def period_of(day: dt.date, fiscal_year: int, start_month: int, granularity: Granularity) -> str | None:
    month = fiscal_month_of(day, fiscal_year, start_month)
    if month is None:
        return None
    if granularity == Granularity.MONTH:
        return MONTHS[month - 1]
    return QUARTERS[(month - 1) // 3]


def periods_in(granularity: Granularity) -> int:
    return len(period_keys(granularity))
