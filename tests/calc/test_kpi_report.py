"""The KPI report rows (calc.kpi_report): order, depth, values, latest actual and status
of every KPI, and the KPI that speaks for a business goal."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from canvas_app.calc import kpi_report, kpi_tree, progress
from canvas_app.calc.kpi_report import goal_kpi, kpi_rows
from canvas_app.model import Actual, BusinessGoal, KpiTree, Plan
from canvas_app.model.enums import Status

from .builders import kpi, plan_with
from .strategies import near_dates, plans

#: revenue = deals × size; deals = leads × win; plus a second root and its child.
NODES = [
    kpi("revenue", "product", ("deals", "size"), target=60_000_000, goal_id="g-sales"),
    kpi("deals", "product", ("leads", "win"), goal_id="g-sales"),
    kpi("leads", target=1200),
    kpi("win", target=0.25, aggregation="non_additive"),
    kpi("size", target=200_000, aggregation="non_additive"),
    kpi("brand", "sum", ("search",), target=5000, goal_id="g-brand"),
    kpi("search"),  # no target: the tree cannot compute brand
]
ACTUALS = [("leads", "M01", 90), ("leads", "M03", 110), ("deals", "M02", 20), ("search", "M02", 300)]
GOALS = [BusinessGoal(id=goal_id) for goal_id in ("g-sales", "g-brand", "g-nobody")]


def sample_plan(actuals=ACTUALS, **settings) -> Plan:
    return plan_with(NODES, actuals=actuals, goals=GOALS, **settings)


def with_cycle(*goal_ids: str) -> Plan:
    """root → x, and a → b → a: never in a valid plan (validation refuses cycles, so the
    plan is put together without it), but an edit in progress must not break the report."""
    goal = goal_ids[0] if goal_ids else None
    plan = plan_with([kpi("root", "sum", ("x",)), kpi("x", target=1)],
                     goals=[BusinessGoal(id=goal_id) for goal_id in goal_ids])
    nodes = [*plan.kpis.nodes, kpi("a", "sum", ("b",), goal_id=goal), kpi("b", "sum", ("a",), goal_id=goal)]
    plan.review.actuals.append(Actual(kpi_id="a", period="M01", value=1))
    return plan.model_copy(update={"kpis": KpiTree.model_construct(nodes=nodes)})


def test_rows_follow_the_tree_depth_first_with_depth_and_parent() -> None:
    rows = kpi_rows(sample_plan())
    assert [(r.id, r.depth, r.parent, r.is_root) for r in rows] == [
        ("revenue", 0, None, True), ("deals", 1, "revenue", False), ("leads", 2, "deals", False),
        ("win", 2, "deals", False), ("size", 1, "revenue", False), ("brand", 0, None, True),
        ("search", 1, "brand", False)]
    assert all(r.in_tree for r in rows)


def test_values_and_problems_are_the_trees() -> None:
    plan = sample_plan()
    values = kpi_tree.evaluate(plan)
    rows = {r.id: r for r in kpi_rows(plan)}
    assert rows["revenue"].value == pytest.approx(1200 * 0.25 * 200_000)
    assert rows["leads"].value == 1200 and rows["leads"].problem is None
    assert rows["search"].value is None and rows["search"].problem == kpi_tree.MISSING_INPUT
    assert rows["brand"].value is None and rows["brand"].problem == kpi_tree.MISSING_CHILD
    assert all(r.value == values.value(r.id) and r.problem == values.problem(r.id) for r in rows.values())


@pytest.mark.parametrize(("today", "leads", "status_period"), [
    (None, ("M03", 110), "M03"),                       # the latest recorded
    (dt.date(2026, 4, 20), ("M01", 90), "M01"),         # April: M01 is the reporting period
    (dt.date(2026, 5, 31), ("M01", 90), "M01"),         # M02 has nothing for leads
    (dt.date(2026, 6, 1), ("M03", 110), "M03"),
    (dt.date(2027, 8, 1), ("M03", 110), "M03"),         # after the year: everything counts
    (dt.date(2026, 3, 31), None, None),                 # before the year: nothing is due yet
], ids=["no day", "april", "may", "june", "year over", "before the year"])
def test_the_latest_actual_is_the_latest_up_to_the_reporting_period(today, leads, status_period) -> None:
    plan = sample_plan(fiscal_year=2026, fiscal_year_start_month=4)
    row = {r.id: r for r in kpi_rows(plan, today)}["leads"]
    assert (None if row.latest_period is None else (row.latest_period, row.latest_actual)) == leads
    assert row.progress.period == status_period
    context = progress.ProgressContext(plan)
    if status_period is None:
        assert row.status == Status.NO_DATA and row.progress.reason == progress.NO_ACTUAL
    else:
        assert row.progress == context.status("leads", status_period)


def test_a_kpi_without_actuals_has_no_data() -> None:
    row = {r.id: r for r in kpi_rows(sample_plan())}["size"]
    assert (row.latest_period, row.latest_actual, row.status) == (None, None, Status.NO_DATA)
    assert row.progress.target_to_date is None and row.progress.reason == progress.NO_ACTUAL


@settings(max_examples=40)
@given(plan=plans(), today=near_dates)
def test_rows_agree_with_plan_progress_and_the_tree_shape_on_any_plan(plan: Plan, today: dt.date) -> None:
    """An oracle per field: calc.progress.plan_progress for the progress (document order,
    same day rule), the tree shape for order, parents and depth."""
    shape = kpi_tree.tree_shape(plan)
    for day in (None, today):
        rows = kpi_rows(plan, day)
        expected_order = list(shape.order) + [n for n in shape.nodes if n not in shape.order]
        assert [r.id for r in rows] == expected_order
        by_id = {r.id: r for r in rows}
        for expected in progress.plan_progress(plan, day):
            if expected.node_id in by_id:  # plan_progress lists duplicate ids once too
                assert by_id[expected.node_id].progress == expected
        for row in rows:
            assert row.parent == shape.parent.get(row.id)
            assert row.depth == (len(shape.ancestors(row.id)) if row.in_tree else 0)
            assert row.latest_period == row.progress.period


def test_a_node_on_a_cycle_follows_the_tree_at_depth_zero() -> None:
    rows = kpi_rows(with_cycle())
    assert [(r.id, r.in_tree, r.depth, r.parent) for r in rows] == [
        ("root", True, 0, None), ("x", True, 1, "root"), ("a", False, 0, "b"), ("b", False, 0, "a")]
    assert not any(r.is_root for r in rows[2:])


def test_a_deep_chain_gets_its_depths_in_one_pass(monkeypatch) -> None:
    """A hostile file may hold a 10,000-deep chain: walking up from every node would take
    50 million steps, so a valid tree never walks up."""
    depth = 10_000
    nodes = [kpi(f"k{i}", "sum", (f"k{i + 1}",)) for i in range(depth)] + [kpi(f"k{depth}", target=1)]
    plan = plan_with(nodes)
    monkeypatch.setattr(kpi_tree.TreeShape, "ancestors", lambda self, node_id: pytest.fail("walked up"))
    rows = kpi_rows(plan)
    assert [r.depth for r in rows] == list(range(depth + 1))
    assert rows[-1].value == 1 and rows[0].value == 1


# ----------------------------------------------------------------------------- goal_kpi


@pytest.mark.parametrize(("actuals", "expected"), [
    ([], "revenue"),                                    # nothing recorded: the first in tree order
    ([("deals", "M02", 20)], "deals"),                  # the first with an actual
    ([("deals", "M02", 20), ("revenue", "M01", 1)], "revenue"),
    ([("search", "M01", 5)], "revenue"),                # another goal's KPI does not count
], ids=["no actuals", "deals recorded", "both recorded", "other goal recorded"])
def test_a_goal_is_shown_by_its_first_kpi_with_an_actual(actuals, expected) -> None:
    rows = kpi_rows(sample_plan(actuals))
    assert goal_kpi(rows, "g-sales").id == expected


def test_a_goal_no_kpi_measures_has_none() -> None:
    assert goal_kpi(kpi_rows(sample_plan()), "g-nobody") is None
    assert goal_kpi([], "g-sales") is None


def test_a_kpi_outside_the_tree_never_speaks_for_a_goal() -> None:
    rows = kpi_rows(with_cycle("g"))
    assert rows[2].latest_period == "M01" and rows[2].node.goal_id == "g"
    assert goal_kpi(rows, "g") is None


def test_the_module_lists_what_it_offers() -> None:
    assert set(kpi_report.__all__) == {"KpiRow", "goal_kpi", "kpi_rows"}
