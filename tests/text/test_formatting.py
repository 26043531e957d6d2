"""Money, values, dates and periods in Japanese and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from canvas_app.model.enums import MoneyUnit, Unit
from canvas_app.text.formatting import (
    MISSING,
    fiscal_year_label,
    format_date,
    format_money,
    format_number,
    format_value,
    money_unit_suffix,
    period_label,
)


@pytest.mark.parametrize(
    ("yen", "unit", "ja", "en"),
    [
        (120_000_000, MoneyUnit.MILLION, "120百万円", "120 million yen"),
        (125_500_000, MoneyUnit.MILLION, "125.5百万円", "125.5 million yen"),
        (12_500_000, MoneyUnit.TEN_THOUSAND, "1,250万円", "1,250 ten thousand yen"),
        (3_000, MoneyUnit.YEN, "3,000円", "3,000 yen"),
        (1_234_567, MoneyUnit.THOUSAND, "1,234.6千円", "1,234.6 thousand yen"),
        (125_000_000, MoneyUnit.HUNDRED_MILLION, "1.25億円", "1.25 hundred million yen"),
        (3_000_000_000, MoneyUnit.HUNDRED_MILLION, "30億円", "30 hundred million yen"),
        (-5_000_000, MoneyUnit.MILLION, "-5百万円", "-5 million yen"),
        (0, MoneyUnit.MILLION, "0百万円", "0 million yen"),
        (-1, MoneyUnit.MILLION, "0百万円", "0 million yen"),
        (1_000.4, MoneyUnit.YEN, "1,000円", "1,000 yen"),
        (Decimal("2500"), MoneyUnit.THOUSAND, "2.5千円", "2.5 thousand yen"),
    ],
)
def test_format_money(yen, unit: MoneyUnit, ja: str, en: str) -> None:
    assert format_money(yen, unit, "ja") == ja
    assert format_money(yen, unit, "en") == en


def test_money_without_unit_and_missing_values() -> None:
    assert format_money(120_000_000, MoneyUnit.MILLION, "ja", with_unit=False) == "120"
    assert format_money(None, MoneyUnit.MILLION, "ja") == MISSING
    assert format_money(float("nan"), MoneyUnit.MILLION, "en") == MISSING
    assert format_money(1e300, MoneyUnit.YEN, "en").endswith(" yen")
    assert money_unit_suffix(MoneyUnit.TEN_THOUSAND, "ja") == "万円"
    assert money_unit_suffix("million", "en") == "million yen"


@pytest.mark.parametrize(
    ("value", "unit", "ja", "en"),
    [
        (0.25, Unit.PERCENT, "25.0%", "25.0%"),
        (0.3333, Unit.PERCENT, "33.3%", "33.3%"),
        (1.5, Unit.PERCENT, "150.0%", "150.0%"),
        (1234, Unit.COUNT, "1,234", "1,234"),
        (1234.0, Unit.COUNT, "1,234", "1,234"),
        (12.5, Unit.COUNT, "12.5", "12.5"),
        (30, Unit.DAYS, "30日", "30 days"),
        (1, Unit.DAYS, "1日", "1 day"),
        (4, Unit.RATIO, "4.0×", "4.0×"),
        (3.25, Unit.RATIO, "3.3×", "3.3×"),
        (4, Unit.SCORE, "4", "4"),
        (1234.567, Unit.OTHER, "1,234.57", "1,234.57"),
        (5_000_000, Unit.JPY, "500万円", "500 ten thousand yen"),
        (None, Unit.COUNT, MISSING, MISSING),
    ],
)
def test_format_value(value, unit: Unit, ja: str, en: str) -> None:
    assert format_value(value, unit, MoneyUnit.TEN_THOUSAND, "ja") == ja
    assert format_value(value, unit, MoneyUnit.TEN_THOUSAND, "en") == en


def test_format_number() -> None:
    assert format_number(1234567.891, 2) == "1,234,567.89"
    assert format_number(2.5, 0) == "3"  # half up, not banker's rounding
    assert format_number(12.50, 2, trim=True) == "12.5"
    assert format_number(-0.01, 1) == "0.0"
    assert format_number(float("inf")) == MISSING


def test_format_date() -> None:
    assert format_date(dt.date(2026, 4, 1), "ja") == "2026年4月1日"
    assert format_date(dt.date(2026, 4, 1), "en") == "1 Apr 2026"
    assert format_date(dt.date(2027, 12, 31), "en") == "31 Dec 2027"
    assert format_date(None, "en") == MISSING


def test_period_labels() -> None:
    assert period_label("Q1", 2026, 4, "ja") == "2026年度 Q1（4〜6月）"
    assert period_label("Q1", 2026, 4, "en") == "FY2026 Q1 (Apr–Jun)"
    assert period_label("Q4", 2026, 4, "ja") == "2026年度 Q4（1〜3月）"
    assert period_label("Q4", 2026, 11, "en") == "FY2026 Q4 (Aug–Oct)"
    assert period_label("Q1", 2026, 1, "en") == "FY2026 Q1 (Jan–Mar)"
    assert period_label("M01", 2026, 4, "ja") == "2026年4月"
    assert period_label("M10", 2026, 4, "ja") == "2027年1月"
    assert period_label("M10", 2026, 4, "en") == "Jan 2027"
    assert fiscal_year_label(2026, "ja") == "2026年度" and fiscal_year_label(2026, "en") == "FY2026"
    with pytest.raises(ValueError):
        period_label("Q5", 2026, 4, "en")


def test_a_sentence_is_filled_in_one_pass_so_a_value_holding_a_placeholder_stays_as_typed():
    from canvas_app.text.formatting import fill_in

    assert fill_in("“%1” is computed from %2 KPIs below it.", "Share %2", 3) == \
        "“Share %2” is computed from 3 KPIs below it."
    assert fill_in("%2 before %1", "a", "b") == "b before a"
    assert fill_in("%1 and %3", "only") == "only and %3"  # a missing value leaves its mark
