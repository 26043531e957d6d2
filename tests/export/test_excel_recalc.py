"""The exported workbook stays live and correct: LibreOffice recalculates it headlessly
and its values equal the app's own (``canvas-app kpis --json`` / ``funnel --json`` and
the calc functions behind the other sheets), for both sample plans.

Needs LibreOffice (``soffice``); ./test.sh and .ci/run install it. Without it these
tests fail with the install command — they are never skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import math
from pathlib import Path

import openpyxl
import pytest
from lo_helpers import convert

from canvas_app.calc import roadmap as rm
from canvas_app.calc.kpi_tree import evaluate
from canvas_app.calc.progress import ProgressContext
from canvas_app.cli import main
from canvas_app.export.excel import TAB_ORDER
from canvas_app.model.enums import Granularity
from canvas_app.storage.project_file import load_plan

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def cli_json(*argv: str) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json"]) == 0
    return json.loads(out.getvalue())


def close(actual, expected, money: bool = False) -> bool:
    """Relative 1e-9, or half a yen for money."""
    if not isinstance(actual, (int, float)) or isinstance(actual, bool):
        return False
    return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=0.5 if money else 1e-9)


class Recalculated:
    """A sample exported by the CLI and recalculated by LibreOffice."""

    def __init__(self, name: str, folder: Path) -> None:
        self.source = SAMPLES / f"{name}.scanvas"
        self.plan = load_plan(self.source).plan
        self.exported = folder / f"{name}.xlsx"
        assert main(["export", str(self.source), "--xlsx", str(self.exported)]) == 0
        self.converted = convert(self.exported, "xlsx", folder / "lo")
        self.book = openpyxl.load_workbook(self.converted, data_only=True)

    def sheet(self, key: str):
        return self.book.worksheets[TAB_ORDER.index(key)]

    def rows_by_key(self, key: str, column: int) -> dict[str, tuple]:
        """Rows of a sheet by the text in (1-based) ``column``."""
        return {row[column - 1]: row for row in self.sheet(key).iter_rows(values_only=True)
                if len(row) >= column and isinstance(row[column - 1], str)}


@pytest.fixture(scope="module", params=["manufacturer_ja", "saas_en"])
def sample(request, tmp_path_factory) -> Recalculated:
    return Recalculated(request.param, tmp_path_factory.mktemp(request.param))


def test_the_kpi_tree_recalculates_to_the_apps_values(sample):
    report = cli_json("kpis", str(sample.source))
    rows = sample.rows_by_key("kpis", 2)  # column B: the KPI id
    assert report["nodes"]
    for node in report["nodes"]:
        row = rows[node["id"]]
        value, target = row[6], row[7]
        if node["value"] is None:
            assert value is None or str(value).startswith("#"), node["id"]
        else:
            assert close(value, node["value"], node["unit"] == "jpy"), (node["id"], value, node["value"])
        if node["formula"] != "input" and node["target"] is not None:
            assert close(target, node["target"], node["unit"] == "jpy"), node["id"]


def test_computed_kpis_are_formulas_over_their_children(sample):
    book = openpyxl.load_workbook(sample.exported)
    sheet = book.worksheets[TAB_ORDER.index("kpis")]
    rows = {sheet.cell(r, 2).value: r for r in range(4, sheet.max_row + 1)}
    for node in sample.plan.kpis.nodes:
        cell = sheet.cell(rows[node.id], 7)
        if node.is_input:
            assert cell.data_type == "n"
            continue
        assert cell.data_type == "f", node.id
        for child in node.children:
            assert f"G{rows[child]}" in cell.value, (node.id, child, cell.value)


def test_period_targets_follow_the_apps_rules(sample):
    context = ProgressContext(sample.plan)
    rows = sample.rows_by_key("kpis", 2)
    for node in sample.plan.kpis.nodes:
        for index, key in enumerate(context.keys):
            expected = context.period_target(node, key)
            value = rows[node.id][9 + index]
            if expected is None:
                assert value is None or str(value).startswith("#")
            else:
                assert close(value, expected, node.unit == "jpy"), (node.id, key, value, expected)


def test_the_funnel_recalculates_to_the_apps_values(sample):
    report = cli_json("funnel", str(sample.source))
    rows = sample.rows_by_key("funnel", 10)  # column J: hidden keys
    for key in ("revenue_target", "average_deal_size", "required_coverage", "actual_coverage", "remaining_target"):
        if report[key] is not None:
            assert close(rows[key][1], report[key], "coverage" not in key), (key, rows[key][1], report[key])
    for stage in report["stages"]:
        row = rows[f"stage:{stage['role']}"]
        rate, required, whole, planned, actual, days, needed_by = row[2:9]
        assert close(required, stage["required"]), (stage["role"], required, stage["required"])
        assert whole == stage["required_whole"]
        assert close(planned, stage["planned"])
        if stage["rate"] is not None and stage["role"] != "won_deals":
            assert close(rate, stage["rate"])
        if stage["actual_to_date"] is not None:
            assert close(actual, stage["actual_to_date"])
        assert close(days, stage["days_to_close"])
        assert needed_by.date() == dt.date.fromisoformat(stage["generate_by"])
    existing = report["existing"]
    assert close(rows["existing_formula"][1], existing["formula_value"], money=True)
    assert close(rows["existing_revenue"][1], existing["existing_revenue"], money=True)
    for role in ("customers", "retention_rate", "revenue_per_customer", "expansion_rate"):
        assert close(rows[role][1], existing[role], money=role == "revenue_per_customer")


def test_roadmap_budgets_equal_the_apps_split(sample):
    plan = sample.plan
    rows = sample.rows_by_key("roadmap", 29)  # column AC: hidden row keys (initiative id, totals)
    settings = plan.settings
    first = rm.year_start(settings.fiscal_year, settings.fiscal_year_start_month)
    last = rm.year_end(settings.fiscal_year, settings.fiscal_year_start_month)
    for initiative in plan.roadmap.initiatives:
        inside, before, after = rm._fiscal_split(initiative, first, last)
        if initiative.status == "cancelled" or not (initiative.start or initiative.end):
            inside, before, after = {}, 0, 0
        months = rows[initiative.id][8:20]
        assert [m or 0 for m in months] == [inside.get(i, 0) for i in range(1, 13)], initiative.id
        assert (rows[initiative.id][24], rows[initiative.id][25]) == (before, after), initiative.id
    by_month = rm.budget_by_period(plan, Granularity.MONTH)
    assert [v or 0 for v in rows["total"][8:20]] == list(by_month.periods.values())
    assert rows["total"][4] == rm.total_budget(plan)
    by_quarter = rm.budget_by_period(plan, Granularity.QUARTER)
    assert [rows[q][1] for q in ("Q1", "Q2", "Q3", "Q4")] == list(by_quarter.periods.values())
    assert (rows["before"][1], rows["after"][1], rows["undated"][1]) == (
        by_month.before_year, by_month.after_year, by_month.undated)
    by_goal = rm.budget_by_goal(plan)
    for goal_id, yen in by_goal.by_goal.items():
        assert rows[f"goal:{goal_id}"][1] == yen, goal_id
    assert rows["goal:"][1] == by_goal.unassigned


def test_review_traffic_lights_equal_the_apps_status(sample):
    context = ProgressContext(sample.plan)
    sheet = sample.sheet("reviews")
    checked = 0
    for row in sheet.iter_rows(min_row=7, values_only=True):
        if not (isinstance(row[11], str) and isinstance(row[12], str)) or row[11] == "kpi_id":
            continue
        if row[11] not in context.nodes:
            break  # the meetings table below
        progress = context.status(row[11], row[12])
        key = {"on_track": "on", "at_risk": "risk", "off_track": "off", "no_data": "none"}[progress.status.value]
        assert row[10] == key, (row[11], row[12], row[10], progress)
        if progress.target_to_date is not None:
            assert close(row[6], progress.target_to_date), (row[11], row[12])
        if progress.actual_to_date is not None:
            assert close(row[5], progress.actual_to_date), (row[11], row[12])
        checked += 1
    assert checked == len(sample.plan.review.actuals)


def test_an_edited_input_flows_through_the_workbook(tmp_path):
    """Change the win rate in the KPI tree sheet: LibreOffice recomputes revenue as the
    app does with the same what-if, and the funnel's required volumes follow."""
    sample = Recalculated("saas_en", tmp_path)
    book = openpyxl.load_workbook(sample.exported)
    sheet = book.worksheets[TAB_ORDER.index("kpis")]
    rows = {sheet.cell(r, 2).value: r for r in range(4, sheet.max_row + 1)}
    sheet.cell(rows["kpi-win-rate"], 7).value = 0.4
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    recalculated = openpyxl.load_workbook(convert(edited, "xlsx", tmp_path / "lo2"), data_only=True)
    kpis = {row[1]: row for row in recalculated.worksheets[TAB_ORDER.index("kpis")].iter_rows(values_only=True)}
    expected = evaluate(sample.plan, {"kpi-win-rate": 0.4})
    for node_id in ("kpi-won-deals", "kpi-new-revenue", "kpi-revenue"):
        assert close(kpis[node_id][6], expected.value(node_id), money=True), node_id
    funnel = {row[9]: row for row in recalculated.worksheets[TAB_ORDER.index("funnel")].iter_rows(values_only=True)
              if len(row) > 9}
    assert close(funnel["required_coverage"][1], 1 / 0.4)
