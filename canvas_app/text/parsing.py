"""Reading what a user typed into a field: numbers, money, percentages, dates, years.

The inverse of ``formatting``: a value is edited in the unit it is shown in (money in
the plan's money unit, percentages as 25 for 25 %), and typed the way people type in a
Japanese office — full-width digits from the input method, "１２０百万円", "2026年3月31日",
thousands separators. Nothing here knows Qt; a refusal is a ``ParseError`` whose
``reason`` the UI turns into a sentence in its language.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from ..model.enums import MoneyUnit, Unit
from .formatting import MONEY_UNIT_NAMES, format_number

#: Money unit words a user may type after an amount: the Japanese names numbers are
#: shown with, the same without 円, and "yen"; longest first (so 百万円 wins over 万円).
_MONEY_WORDS = tuple(sorted(
    [(names["ja"], unit) for unit, names in MONEY_UNIT_NAMES.items()]
    + [(names["ja"].removesuffix("円"), unit) for unit, names in MONEY_UNIT_NAMES.items() if unit != MoneyUnit.YEN]
    + [("yen", MoneyUnit.YEN)],
    key=lambda word: -len(word[0])))
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
)
#: Largest magnitude accepted in a number field: far above any plan, far below overflow.
MAX_MAGNITUDE = 10**15


class ParseError(ValueError):
    """What was typed is not a value of the field. ``reason``: "number", "date",
    "year", "whole_number", "too_large", "negative"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalize(text: str) -> str:
    """Full-width to half-width (NFKC), no spaces or thousands separators."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s,_'、]", "", text)


def parse_number(text: str) -> float | None:
    """A plain number ("1,200.5", "１２００"); empty → None."""
    cleaned = normalize(text)
    if not cleaned:
        return None
    return _to_float(cleaned)


def _to_float(cleaned: str) -> float:
    if not _NUMBER.match(cleaned):
        raise ParseError("number")
    try:
        number = float(Decimal(cleaned))
    except (InvalidOperation, ValueError):
        raise ParseError("number") from None
    if not math.isfinite(number) or abs(number) > MAX_MAGNITUDE:
        raise ParseError("too_large")
    return number


def parse_value(text: str, unit: Unit, money_unit: MoneyUnit = MoneyUnit.YEN) -> float | None:
    """A goal's or KPI's value as typed in its displayed unit, in the stored unit:
    money in ``money_unit`` unless a unit word is typed ("3億円"), to whole yen;
    percentages "25" / "25%" → 0.25; ratios "3.5" / "3.5x" / "3.5倍"."""
    cleaned = normalize(text)
    if not cleaned:
        return None
    unit = Unit(unit)
    if unit == Unit.JPY:
        divisor = MoneyUnit(money_unit).divisor
        lowered = cleaned.lower()
        for word, typed_unit in _MONEY_WORDS:
            if lowered.endswith(word):
                cleaned, divisor = cleaned[: -len(word)], typed_unit.divisor
                break
        cleaned = cleaned.lstrip("¥\\")
        yen = _to_float(cleaned) * divisor
        if abs(yen) > MAX_MAGNITUDE:
            raise ParseError("too_large")
        return float(round(yen))
    if unit == Unit.PERCENT:
        return _to_float(cleaned.removesuffix("%")) / 100
    if unit == Unit.RATIO:
        for suffix in ("×", "x", "X", "倍"):
            cleaned = cleaned.removesuffix(suffix)
        return _to_float(cleaned)
    if unit == Unit.DAYS:
        for suffix in ("日", "days", "day"):
            cleaned = cleaned.removesuffix(suffix)
    return _to_float(cleaned)


def value_edit_text(amount: float | None, unit: Unit, money_unit: MoneyUnit = MoneyUnit.YEN) -> str:
    """The text an editor starts with: the value in its displayed unit, no unit word,
    nothing rounded away (``parse_value`` of it gives ``amount`` back)."""
    if amount is None:
        return ""
    unit = Unit(unit)
    if unit == Unit.JPY:
        number = Decimal(str(amount)) / MoneyUnit(money_unit).divisor
    elif unit == Unit.PERCENT:
        number = Decimal(str(amount)) * 100
    else:
        number = Decimal(str(amount))
    return format_number(number, 8, trim=True)


def parse_money(text: str, money_unit: MoneyUnit = MoneyUnit.YEN) -> int | None:
    """A non-negative amount of money (e.g. a channel's monthly cost) in whole yen."""
    yen = parse_value(text, Unit.JPY, money_unit)
    if yen is not None and yen < 0:
        raise ParseError("negative")
    return None if yen is None else int(yen)


def parse_whole_number(text: str) -> int | None:
    number = parse_number(text)
    if number is None:
        return None
    if number != int(number):
        raise ParseError("whole_number")
    return int(number)


def parse_year(text: str) -> int | None:
    """A year such as 2028 (also "2028年", "FY2028", "２０２８年度")."""
    cleaned = normalize(text).upper().removeprefix("FY").removesuffix("年度").removesuffix("年")
    if not cleaned:
        return None
    if not cleaned.isdigit() or not 1900 <= int(cleaned) <= 2200:
        raise ParseError("year")
    return int(cleaned)


def parse_date(text: str) -> dt.date | None:
    """"2026-03-31", "2026/3/31", "2026.3.31", "2026年3月31日"; empty → None."""
    cleaned = normalize(text)
    if not cleaned:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                break
    raise ParseError("date")


def date_edit_text(day: dt.date | None) -> str:
    return "" if day is None else f"{day.year}/{day.month}/{day.day}"


def parse_lines(text: str) -> list[str]:
    """One entry per non-empty line (bullets a user may paste are dropped)."""
    entries = []
    for line in text.splitlines():
        entry = line.strip().lstrip("・•-*").strip()
        if entry:
            entries.append(entry)
    return entries
