"""Fiscal periods: keys, spans, calendar dates, the period of a date."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.model.enums import Granularity
from canvas_app.model.periods import (
    MONTHS,
    QUARTERS,
    fiscal_month_of,
    is_period_key,
    month_span,
    month_start,
    period_end,
    period_keys,
    period_of,
    period_start,
    periods_in,
    year_end,
    year_start,
)

D = dt.date


def test_keys():
    assert period_keys(Granularity.MONTH) == MONTHS and MONTHS[0] == "M01" and MONTHS[-1] == "M12"
    assert period_keys(Granularity.QUARTER) == QUARTERS == ("Q1", "Q2", "Q3", "Q4")
    assert periods_in(Granularity.MONTH) == 12 and periods_in(Granularity.QUARTER) == 4
    assert is_period_key("M07") and is_period_key("Q4")
    assert not any(is_period_key(k) for k in ("M00", "M13", "Q0", "Q5", "m01", "", "2026-04"))
    assert month_span("Q1") == (1, 3) and month_span("Q4") == (10, 12) and month_span("M05") == (5, 5)
    with pytest.raises(ValueError):
        month_span("Q5")


def test_april_start():
    # FY2026 runs from 1 April 2026 to 31 March 2027.
    assert year_start(2026, 4) == D(2026, 4, 1) and year_end(2026, 4) == D(2027, 3, 31)
    assert period_start("M01", 2026, 4) == D(2026, 4, 1)        # M01 = April 2026
    assert period_end("M01", 2026, 4) == D(2026, 4, 30)
    assert period_start("M10", 2026, 4) == D(2027, 1, 1)        # M10 = January 2027
    assert period_start("M12", 2026, 4) == D(2027, 3, 1)
    assert period_start("Q4", 2026, 4) == D(2027, 1, 1)
    assert period_end("Q4", 2026, 4) == D(2027, 3, 31)           # Q4 ends 31 March 2027
    assert period_end("Q1", 2026, 4) == D(2026, 6, 30)
    assert period_end("M11", 2027, 4) == D(2028, 2, 29)          # February 2028 is a leap month


def test_january_and_other_starts():
    assert period_start("M01", 2026, 1) == D(2026, 1, 1)
    assert period_end("Q4", 2026, 1) == D(2026, 12, 31) == year_end(2026, 1)
    assert period_end("M12", 2026, 1) == D(2026, 12, 31)
    assert period_start("M04", 2026, 10) == D(2027, 1, 1)       # October start: M04 = January
    assert month_start(2026, 12, 2) == D(2027, 1, 1)             # December start: M02 = January


@pytest.mark.parametrize(("day", "month", "quarter"), [
    (D(2026, 4, 1), "M01", "Q1"),
    (D(2026, 6, 30), "M03", "Q1"),
    (D(2026, 7, 1), "M04", "Q2"),
    (D(2027, 1, 15), "M10", "Q4"),
    (D(2027, 3, 31), "M12", "Q4"),
    (D(2027, 4, 1), None, None),     # the next fiscal year
    (D(2026, 3, 31), None, None),    # the previous one
])
def test_period_of_with_april_start(day, month, quarter):
    assert period_of(day, 2026, 4, Granularity.MONTH) == month
    assert period_of(day, 2026, 4, Granularity.QUARTER) == quarter


def test_period_of_with_january_start():
    assert period_of(D(2026, 1, 1), 2026, 1, Granularity.MONTH) == "M01"
    assert period_of(D(2026, 12, 31), 2026, 1, Granularity.QUARTER) == "Q4"
    assert period_of(D(2027, 1, 1), 2026, 1, Granularity.QUARTER) is None
    assert fiscal_month_of(D(2026, 9, 9), 2026, 1) == 9
    assert fiscal_month_of(D(2026, 9, 9), 2026, 4) == 6


def test_every_period_tiles_the_year():
    for start_month in range(1, 13):
        for granularity in Granularity:
            keys = period_keys(granularity)
            assert period_start(keys[0], 2026, start_month) == year_start(2026, start_month)
            assert period_end(keys[-1], 2026, start_month) == year_end(2026, start_month)
            for before, after in zip(keys, keys[1:]):
                assert period_end(before, 2026, start_month) + dt.timedelta(days=1) == period_start(after, 2026, start_month)
            for key in keys:
                assert period_of(period_start(key, 2026, start_month), 2026, start_month, granularity) == key
                assert period_of(period_end(key, 2026, start_month), 2026, start_month, granularity) == key
