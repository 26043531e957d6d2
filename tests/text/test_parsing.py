"""Typed values: what executives type (full-width digits, unit words, 年月日) is read
right, anything else is refused with a reason, and editing text round-trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canvas_app.model.enums import MoneyUnit, Unit
from canvas_app.text.parsing import (
    ParseError,
    parse_date,
    parse_lines,
    parse_money,
    parse_number,
    parse_value,
    parse_whole_number,
    parse_year,
    value_edit_text,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("1200", 1200.0), ("1,200.5", 1200.5), ("１２００", 1200.0), (" 12 ", 12.0), ("-3", -3.0), ("", None),
    ("　", None), (".5", 0.5),
])
def test_numbers(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["abc", "12a", "1.2.3", "--1", "1e400", "nan", "inf", "十二"])
def test_not_numbers(text):
    with pytest.raises(ParseError):
        parse_number(text)


def test_money_in_the_display_unit_and_with_typed_unit_words():
    assert parse_value("120", Unit.JPY, MoneyUnit.MILLION) == 120_000_000
    assert parse_value("１２０百万円", Unit.JPY, MoneyUnit.THOUSAND) == 120_000_000
    assert parse_value("3億円", Unit.JPY, MoneyUnit.THOUSAND) == 300_000_000
    assert parse_value("5万", Unit.JPY, MoneyUnit.YEN) == 50_000
    assert parse_value("¥1,000", Unit.JPY, MoneyUnit.YEN) == 1000
    assert parse_value("1.5", Unit.JPY, MoneyUnit.THOUSAND) == 1500
    assert parse_money("2,000", MoneyUnit.THOUSAND) == 2_000_000
    with pytest.raises(ParseError) as error:
        parse_money("-5", MoneyUnit.THOUSAND)
    assert error.value.reason == "negative"


def test_percent_ratio_days():
    assert parse_value("25", Unit.PERCENT) == pytest.approx(0.25)
    assert parse_value("２５％", Unit.PERCENT) == pytest.approx(0.25)
    assert parse_value("3.5倍", Unit.RATIO) == 3.5
    assert parse_value("3.5x", Unit.RATIO) == 3.5
    assert parse_value("30日", Unit.DAYS) == 30
    with pytest.raises(ParseError):
        parse_value("ten", Unit.COUNT)


def test_too_large_is_refused():
    with pytest.raises(ParseError) as error:
        parse_value("99999999999", Unit.JPY, MoneyUnit.HUNDRED_MILLION)
    assert error.value.reason == "too_large"


@given(st.integers(min_value=-10**14, max_value=10**14), st.sampled_from(list(MoneyUnit)))
def test_money_edit_text_round_trips(yen, money_unit):
    assert parse_value(value_edit_text(yen, Unit.JPY, money_unit), Unit.JPY, money_unit) == yen


@given(st.integers(min_value=0, max_value=10_000))
def test_percent_edit_text_round_trips(basis_points):
    fraction = basis_points / 10_000
    assert parse_value(value_edit_text(fraction, Unit.PERCENT), Unit.PERCENT) == pytest.approx(fraction)


def test_dates_and_years():
    assert parse_date("2026-03-31") == dt.date(2026, 3, 31)
    assert parse_date("2026/3/31") == dt.date(2026, 3, 31)
    assert parse_date("２０２６年３月３１日") == dt.date(2026, 3, 31)
    assert parse_date("") is None
    for bad in ("2026/2/30", "31/3/2026", "tomorrow"):
        with pytest.raises(ParseError):
            parse_date(bad)
    assert parse_year("FY2028") == 2028
    assert parse_year("２０２８年度") == 2028
    with pytest.raises(ParseError):
        parse_year("28")


def test_whole_numbers_and_lines():
    assert parse_whole_number("3") == 3
    with pytest.raises(ParseError):
        parse_whole_number("3.5")
    assert parse_lines("・価格が高い\n\n- 納期が遅い \n") == ["価格が高い", "納期が遅い"]
