"""The exported workbook stays live and correct: LibreOffice recalculates it headlessly
and its values equal the app's own (``canvas-app kpis --json`` / ``funnel --json`` and
the calc functions behind the other sheets), for both sample plans. Plans with nothing
in a list (no goals, KPIs, initiatives, actuals or meetings, each alone and all at once,
and the blank template) recalculate without a single error cell in any sheet, and their
budget totals are the app's (0 where there is nothing).

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
from lo_helpers import convert, convert_all, error_cells

from canvas_app.calc import roadmap as rm
from canvas_app.calc.kpi_tree import evaluate
from canvas_app.calc.progress import ProgressContext
from canvas_app.cli import main
from canvas_app.commands.structure import remove_items
from canvas_app.document import DocumentSession
from canvas_app.export.excel import TAB_ORDER, write_workbook
from canvas_app.i18n import language
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
        return rows_by_key(self.sheet(key), column)


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


def rows_by_key(sheet, column: int) -> dict[str, tuple]:
    """Rows of a sheet by the text in (1-based) ``column``."""
    return {row[column - 1]: row for row in sheet.iter_rows(values_only=True)
            if len(row) >= column and isinstance(row[column - 1], str)}


def assert_roadmap_equals_the_calc(plan, rows: dict[str, tuple]) -> None:
    """The roadmap sheet's rows (by their hidden key, column AC) after recalculation:
    each initiative's months and the totals per month, quarter and goal are the yen of
    ``calc.roadmap.budget_strip`` over the fiscal year, as the strip under the Gantt."""
    year = range(plan.settings.fiscal_year, plan.settings.fiscal_year + 1)
    for initiative in plan.roadmap.initiatives:
        alone = plan.model_copy(update={"roadmap": plan.roadmap.model_copy(update={"initiatives": [initiative]})})
        strip = rm.budget_strip(alone, Granularity.MONTH, year)
        assert [m or 0 for m in rows[initiative.id][8:20]] == list(strip.amounts), initiative.id
        assert (rows[initiative.id][24], rows[initiative.id][25]) == (strip.before, strip.after), initiative.id
    by_month = rm.budget_strip(plan, Granularity.MONTH, year)
    assert [v or 0 for v in rows["total"][8:20]] == list(by_month.amounts)
    assert rows["total"][4] == rm.total_budget(plan) == by_month.total
    by_quarter = rm.budget_strip(plan, Granularity.QUARTER, year)
    assert [rows[q][1] for q in ("Q1", "Q2", "Q3", "Q4")] == list(by_quarter.amounts)
    assert (rows["before"][1], rows["after"][1], rows["undated"][1]) == (
        by_month.before, by_month.after, by_month.undated)
    for goal_id, yen in by_month.goals.by_goal.items():
        assert rows[f"goal:{goal_id}"][1] == yen, goal_id
    assert rows["goal:"][1] == by_month.goals.unassigned


def test_roadmap_budgets_equal_the_apps_split(sample):
    assert_roadmap_equals_the_calc(sample.plan, sample.rows_by_key("roadmap", 29))


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


# -- plans with nothing in a list: no empty section may break the workbook ----------------

#: The lists a plan can leave empty, each alone and all at once.
EMPTY_LISTS = {
    "goals": lambda plan: [goal.id for goal in plan.strategy.goals],
    "kpis": lambda plan: [node.id for node in plan.kpis.nodes],
    "initiatives": lambda plan: [initiative.id for initiative in plan.roadmap.initiatives],
    "meetings": lambda plan: [meeting.id for meeting in plan.review.meetings],
    "actuals": None,  # not items: the list is cleared
}
EMPTY_CASES = [(sample, emptied) for sample in ("saas_en", "manufacturer_ja", "retail_ja")
               for emptied in (None, *EMPTY_LISTS, "everything")] + [("blank", "template")]


def _emptied(sample: str, emptied: str | None):
    """A sample with one list (or every list) emptied as the app removes items: what
    referred to them is cleared too."""
    session = DocumentSession(load_plan(SAMPLES / f"{sample}.scanvas").plan)
    for name, ids_of in EMPTY_LISTS.items():
        if emptied not in (name, "everything"):
            continue
        if ids_of is None:
            session.plan.review.actuals.clear()
        elif ids := ids_of(session.plan):
            remove_items(session, ids).redo()
    return session.plan


@pytest.fixture(scope="module")
def emptied_books(tmp_path_factory) -> dict[tuple, tuple]:
    """Every case exported and recalculated by LibreOffice in one run: case → (plan, the
    exported workbook, the recalculated one). The blank template goes through the CLI
    as a user's does (canvas-app new, canvas-app export)."""
    folder = tmp_path_factory.mktemp("emptied")
    plans, exported = {}, {}
    for case in EMPTY_CASES:
        path = folder / ("-".join(filter(None, case)) + ".xlsx")
        if case == ("blank", "template"):
            source = folder / "blank.scanvas"
            assert main(["new", str(source)]) == 0
            assert main(["export", str(source), "--xlsx", str(path)]) == 0
            plans[case] = load_plan(source).plan
        else:
            plans[case] = _emptied(*case)
            write_workbook(plans[case], language(plans[case].settings.language), path)
        exported[case] = path
    converted = convert_all(list(exported.values()), "xlsx", folder / "lo")
    return {case: (plans[case], exported[case], recalculated)
            for case, recalculated in zip(EMPTY_CASES, converted)}


def _case_id(case) -> str:
    return "-".join(filter(None, case))


@pytest.mark.parametrize("case", EMPTY_CASES, ids=_case_id)
def test_no_formula_of_a_plan_with_an_empty_list_is_an_error(emptied_books, case):
    plan, exported, recalculated = emptied_books[case]
    assert error_cells(exported, recalculated) == [], "every formula cell recalculates, in every sheet"


@pytest.mark.parametrize("case", EMPTY_CASES, ids=_case_id)
def test_the_budget_totals_of_a_plan_with_an_empty_list_are_the_apps(emptied_books, case):
    plan, _exported, recalculated = emptied_books[case]
    book = openpyxl.load_workbook(recalculated, data_only=True)
    assert_roadmap_equals_the_calc(plan, rows_by_key(book.worksheets[TAB_ORDER.index("roadmap")], 29))
    lang = language(plan.settings.language)
    summary = rows_by_key(book.worksheets[TAB_ORDER.index("summary")], 1)
    total = summary[lang.translate("Export", "Total budget")][1]
    assert total == rm.total_budget(plan)
    if not plan.roadmap.initiatives:
        assert total == 0, "nothing to spend: the summary says 0, not an error"
    by_goal = rm.budget_by_goal(plan)
    for goal in plan.strategy.goals:
        label = lang.translate("Export", "Budget: {goal}").format(goal=goal.name or goal.id)
        assert summary[label][1] == by_goal.by_goal[goal.id], goal.id
