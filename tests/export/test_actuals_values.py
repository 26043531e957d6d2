"""What an Actual cell may say: texts that Python would take for a number but a team
never means as one ("NaN", "inf", "1_000") are not numbers; an overflowing number is
too large; a negative actual of a KPI that cannot be negative (a count, a number of
days, a funnel figure) is a row problem, while other KPIs (money, ratios, plain
percentages) take one."""

from __future__ import annotations

import pytest

from canvas_app.export.excel_actuals import read_actuals
from canvas_app.storage.project_file import load_plan
from canvas_app.text.language import Language
from tests.export.hostile_books import ACTUALS, actual_cell, rewrite
from tests.export.importing import digest, run

ROW = ("kpi-leads-web", "M01")


def _read_with(plan_file, exported, row, value):
    """The export with one Actual set (a text as inline text, a number as a number), and what it imports."""
    edited = exported.with_name("edited.xlsx")
    rewrite(exported, edited, {ACTUALS: lambda xml: actual_cell(xml, *row, value)})
    return edited, read_actuals(load_plan(plan_file).plan, edited, Language("en"))


@pytest.mark.parametrize("text", ["NaN", "nan", "-NaN", "inf", "-inf", "+inf", "Infinity", "-Infinity", "infinity",
                                  "1_000", "0x10", "1e", "--5", "5-", "e5", "١٢٣"])
def test_texts_that_are_not_numbers_say_so(text, capsys, plan_file, exported):
    edited, result = _read_with(plan_file, exported, ROW, text)
    [problem] = result.problems
    assert (problem.code, problem.column) == ("not_a_number", "F")
    assert problem.message.endswith(f": “{text}” is not a number.")
    before = digest(plan_file)
    code, _, err = run(capsys, "import-actuals", plan_file, edited, "--lang", "en")
    assert code == 3 and "is not a number" in err and "too large" not in err
    assert digest(plan_file) == before


@pytest.mark.parametrize("text", ["1e400", "-1e400", "2e15", "1,000,000,000,000,000,000"])
def test_numbers_beyond_the_model_are_too_large(text, plan_file, exported):
    _, result = _read_with(plan_file, exported, ROW, text)
    assert [(p.code, p.message.endswith(f"{text} is too large.")) for p in result.problems] == [("out_of_range", True)]


@pytest.mark.parametrize("text, value", [("1,500", 1500), ("１，５００", 1500), (" 12 ", 12), ("+7", 7), ("1.5e3", 1500),
                                         ("25%", 0.25), (".5", 0.5)])
def test_texts_that_are_numbers_are_read(text, value, plan_file, exported):
    _, result = _read_with(plan_file, exported, ROW, text)
    assert result.problem_count == 0
    assert [(c.kpi_id, c.period, c.new.value) for c in result.changes] == [(*ROW, pytest.approx(value))]


#: KPI of the sample → why it cannot be negative (None: it may be)
NEGATIVE = {
    "kpi-leads-web": "a count cannot be negative",           # counted, typed in
    "kpi-won-deals": "a count cannot be negative",           # counted, computed (a product)
    "kpi-branded-search": "a count cannot be negative",      # counted, no funnel role
    "kpi-days-close": "a number of days cannot be negative",
    "kpi-cycle-days": "a number of days cannot be negative",  # a sum of days
    "kpi-win-rate": "a funnel volume, rate or amount cannot be negative",      # a percentage with a funnel role
    "kpi-deal-size": "a funnel volume, rate or amount cannot be negative",     # money with a funnel role
    "kpi-revenue": "a funnel volume, rate or amount cannot be negative",       # revenue
    "kpi-cac": None,                   # money without a funnel role (a saving, a profit look the same)
    "kpi-remaining-target": None,
    "kpi-expansion-base": None,        # a percentage without a role (growth can be negative)
    "kpi-pipeline-coverage": None,     # a ratio
}


@pytest.mark.parametrize("kpi_id", list(NEGATIVE))
def test_a_negative_actual_is_refused_only_where_it_cannot_be(kpi_id, capsys, plan_file, exported):
    reason = NEGATIVE[kpi_id]
    edited, result = _read_with(plan_file, exported, (kpi_id, "M01"), -5)
    before = digest(plan_file)
    code, _, err = run(capsys, "import-actuals", plan_file, edited, "--lang", "en")
    if reason is None:
        assert result.problem_count == 0 and [c.new.value for c in result.changes] == [-5] and code == 0
        return
    [problem] = result.problems
    assert (problem.code, problem.column) == ("negative", "F")
    assert problem.message.endswith(f": -5 is below zero: {reason}.")
    assert code == 3 and reason in err and digest(plan_file) == before


def test_zero_is_not_negative(plan_file, exported):
    _, result = _read_with(plan_file, exported, ROW, 0)
    assert result.problem_count == 0 and [c.new.value for c in result.changes] == [0]
