"""The "Solve for…" panel's calc (calc/solving.py): the target a KPI is solved towards
(its own, or a root's business goal), the inputs that can be solved for, and solutions
that forward evaluation meets to the last digit."""

from __future__ import annotations

import math

import pytest

from canvas_app.calc.kpi_tree import NOT_DESCENDANT, OUT_OF_RANGE, ZERO_DIVISOR, back_calculate, evaluate
from canvas_app.calc.solving import FROM_GOAL, FROM_KPI, solvable_inputs, solve, solve_target
from canvas_app.model import BusinessGoal
from canvas_app.model.enums import Unit

from .builders import funnel_nodes, funnel_plan, kpi, plan_with, rate

FUNNEL_INPUTS = ["leads", "lead_mql", "mql_sql", "sql_opp", "win", "deal"]


def goal_plan(*, goal_target: float | None = 300_000_000, goal_unit: Unit = Unit.JPY, root_target=None):
    nodes = funnel_nodes()
    nodes[0] = kpi("total", "sum", ("new", "existing"), root_target, goal_id="g1", unit="jpy")
    return plan_with(nodes, goals=[BusinessGoal(id="g1", name="Revenue", target=goal_target, unit=goal_unit)])


@pytest.mark.parametrize("plan, node_id, expected", [
    (funnel_plan(), "new", (120_000_000, FROM_KPI, None)),
    (funnel_plan(), "won", (None, None, None)),  # computed, no target
    (funnel_plan(), "nope", (None, None, None)),
    (goal_plan(), "total", (300_000_000, FROM_GOAL, "g1")),
    (goal_plan(root_target=250_000_000), "total", (250_000_000, FROM_KPI, None)),  # its own target first
    (goal_plan(goal_target=None), "total", (None, None, None)),
    (goal_plan(goal_unit=Unit.PERCENT), "total", (None, None, None)),  # a goal in another unit
])
def test_the_target_solved_towards(plan, node_id, expected):
    target = solve_target(plan, node_id)
    assert (target.value, target.source, target.goal_id) == expected


def test_only_a_root_takes_its_goals_target():
    nodes = funnel_nodes()
    nodes[2] = kpi("won", "product", ("opps", "win"), goal_id="g1")  # below the root
    plan = plan_with(nodes, goals=[BusinessGoal(id="g1", name="Deals", target=100, unit=Unit.COUNT)])
    assert solve_target(plan, "won").value is None


@pytest.mark.parametrize("node_id, inputs", [
    ("new", FUNNEL_INPUTS),
    ("won", ["leads", "lead_mql", "mql_sql", "sql_opp", "win"]),
    ("mqls", ["leads", "lead_mql"]),
    ("leads", []),  # an input has nothing below it
    ("nope", []),
])
def test_the_inputs_below_a_kpi_in_tree_order(node_id, inputs):
    assert solvable_inputs(funnel_plan(), node_id) == inputs


def test_solving_a_root_uses_its_goals_target():
    plan = goal_plan()
    result = solve(plan, "total", "leads")
    assert result.ok and result.target_value == 300_000_000
    assert evaluate(plan, {"leads": result.value}).value("total") == 300_000_000


@pytest.mark.parametrize("target", [130_000_000.0, 123_456_789.0, 99_999_999.0, 150_000_000.0, 6e8])
@pytest.mark.parametrize("input_id", FUNNEL_INPUTS)
def test_forward_evaluation_meets_the_target_to_the_last_digit(target, input_id):
    # Exactly where a float can (the three-level chain new ← won ← opportunities ← …
    # below); where the product's float steps jump over the target, one unit in the
    # last place away.
    plan = funnel_plan()
    result = solve(plan, "new", input_id, target)
    if not result.ok:
        assert result.reason == OUT_OF_RANGE  # a rate above 100 % is refused, not stored
        return
    reached = evaluate(plan, {input_id: result.value}).value("new")
    assert abs(reached - target) <= math.ulp(target)


@pytest.mark.parametrize("node_id, input_id, target", [
    ("new", "leads", 150_000_000.0), ("new", "win", 170_000_000.0), ("won", "sql_opp", 75.0),
    ("opps", "mql_sql", 333.0), ("total", "leads", 130_000_000.0), ("total", "deal", 99_999_999.0),
])
def test_a_chain_of_three_levels_and_more_reaches_its_target_exactly(node_id, input_id, target):
    plan = funnel_plan()
    result = solve(plan, node_id, input_id, target)
    assert result.ok and len(result.path) >= 3
    assert evaluate(plan, {input_id: result.value}).value(node_id) == target


def test_the_exact_value_differs_from_the_plain_inverse_where_floats_round():
    # 130,000,000 ÷ 2,000,000 ÷ 0.25 ÷ 0.5 ÷ 0.3 ÷ 0.4 lands one unit in the last place
    # high; forward evaluation of that gives 130,000,000.00000001.
    plan = funnel_plan()
    plain = back_calculate(plan, "total", "leads", 130_000_000.0)
    assert evaluate(plan, {"leads": plain.value}).value("total") != 130_000_000.0
    exact = solve(plan, "total", "leads", 130_000_000.0)
    assert exact.value != plain.value and exact.value == pytest.approx(plain.value, rel=1e-15)
    assert evaluate(plan, {"leads": exact.value}).value("total") == 130_000_000.0


@pytest.mark.parametrize("plan, node_id, input_id, target, reason", [
    (funnel_plan(), "won", "win", 300, OUT_OF_RANGE),  # would need a rate above 100 %
    (funnel_plan(), "won", "deal", 10, NOT_DESCENDANT),
    (plan_with([kpi("x", "product", ("a", "b"), 10), kpi("a", target=1), rate("b", 0)]), "x", "a", None,
     ZERO_DIVISOR),
])
def test_unsolvable_cases_keep_the_reason(plan, node_id, input_id, target, reason):
    result = solve(plan, node_id, input_id, target)
    assert not result.ok and result.reason == reason


def test_a_hundred_percent_constant_is_not_offered_to_solve_for():
    """The "1" of "1 + expansion rate" is arithmetic: no team can be asked to reach it."""
    from canvas_app.calc import funnel_template
    from canvas_app.calc.solving import solvable_inputs
    from canvas_app.model import KpiTree, Plan
    from canvas_app.text.kpi_templates import template_names
    from canvas_app.text.language import Language

    nodes = funnel_template.revenue_tree(funnel_template.NEW_AND_EXISTING, template_names(Language("en")),
                                         target=100_000_000)
    plan = Plan(kpis=KpiTree(nodes=nodes))
    offered = {next(n.name for n in nodes if n.id == i) for i in solvable_inputs(plan, nodes[0].id)}
    assert "Base (100 %)" not in offered
    assert {"Leads", "Win rate", "Expansion rate", "Retention rate"} <= offered
