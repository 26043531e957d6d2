"""The money units' names live in one table (text/formatting.py): every number written
with its unit, the typed unit words the parser accepts and the Labels translation of the
money-unit setting agree with it, in both languages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from canvas_app.model.enums import MoneyUnit, Unit
from canvas_app.text.formatting import MONEY_UNIT_NAMES, format_money, money_unit_suffix, with_money_unit
from canvas_app.text.labels import enum_label, unit_name
from canvas_app.text.parsing import parse_money
from canvas_app.text.language import Language

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "strategy_canvas_ja.ts"
LANGS = ("ja", "en")


def test_every_money_unit_has_a_name_in_each_language() -> None:
    assert list(MONEY_UNIT_NAMES) == list(MoneyUnit)
    for names in MONEY_UNIT_NAMES.values():
        assert set(names) == set(LANGS) and all(name.strip() == name and name for name in names.values())
    for lang in LANGS:
        assert len({names[lang] for names in MONEY_UNIT_NAMES.values()}) == len(MoneyUnit)


@pytest.mark.parametrize("lang", [*LANGS, "fr", ""])
@pytest.mark.parametrize("unit", list(MoneyUnit), ids=str)
def test_a_number_and_its_unit_are_written_together_in_japanese_apart_in_english(unit: MoneyUnit, lang: str) -> None:
    name = MONEY_UNIT_NAMES[unit]["ja" if lang == "ja" else "en"]  # any other language writes English
    assert money_unit_suffix(unit, lang) == name
    assert with_money_unit("1,250", unit, lang) == ("1,250" + name if lang == "ja" else f"1,250 {name}")
    assert format_money(12_500_000, unit, lang) == with_money_unit(format_money(12_500_000, unit, lang,
                                                                                with_unit=False), unit, lang)


@pytest.mark.parametrize("unit", list(MoneyUnit), ids=str)
def test_the_japanese_name_is_a_unit_word_a_user_may_type(unit: MoneyUnit) -> None:
    """Typed after an amount, the name shown in the window switches the amount to that unit."""
    name = MONEY_UNIT_NAMES[unit]["ja"]
    for plan_unit in MoneyUnit:
        assert parse_money(f"3{name}", plan_unit) == 3 * unit.divisor
        assert parse_money(f"3{name.removesuffix('円') or name}", plan_unit) == 3 * unit.divisor


def _labels_translations() -> dict[str, str]:
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "Labels":
            return {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    raise AssertionError("no Labels context in the translation")


@pytest.mark.parametrize("unit", list(MoneyUnit), ids=str)
def test_the_money_unit_setting_is_labelled_with_the_same_names(unit: MoneyUnit) -> None:
    """The setting's label stays a literal translate() call (lupdate must find every enum
    label), so it is held to the table here: English as written, Japanese as translated."""
    english = enum_label(unit, Language("en"))
    assert english == MONEY_UNIT_NAMES[unit]["en"]
    assert _labels_translations()[english] == MONEY_UNIT_NAMES[unit]["ja"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("money_unit", list(MoneyUnit), ids=str)
def test_a_unit_column_names_money_by_the_plans_money_unit(money_unit: MoneyUnit, lang: str) -> None:
    for unit in Unit:
        expected = MONEY_UNIT_NAMES[money_unit][lang] if unit == Unit.JPY else enum_label(unit, Language("en"))
        assert unit_name(unit, money_unit, Language(lang)) == expected
