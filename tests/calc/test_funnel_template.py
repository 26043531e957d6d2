"""The revenue tree templates (calc/funnel_template.py): a valid tree the funnel reads at
once, the root tied to the revenue goal, drivers left for the team to fill in."""

from __future__ import annotations

import pytest

from canvas_app.calc import funnel_template as ft
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.calc.kpi_tree import back_calculate, evaluate
from canvas_app.calc.tree_shape import tree_shape
from canvas_app.model import BusinessGoal, KpiTree, Plan, Strategy
from canvas_app.model.enums import Aggregation, Direction, Formula, FunnelRole, Unit

NAMES = {**{role.value: role.value.replace("_", " ") for role in FunnelRole}, **{k: k for k in ft.EXTRA_NAMES}}


def plan_with_tree(kind: str, target: float = 120_000_000) -> Plan:
    goal = BusinessGoal(id="g-rev", name="Revenue", target=target, unit=Unit.JPY)
    nodes = ft.revenue_tree(kind, NAMES, target=target, goal_id=goal.id)
    return Plan(strategy=Strategy(goals=[goal]), kpis=KpiTree(nodes=nodes))  # validated: a sound tree


def fill(plan: Plan, values: dict[FunnelRole, float]) -> None:
    for node in plan.kpis.nodes:
        if node.role in values:
            node.target = values[node.role]


@pytest.mark.parametrize("kind", ft.TEMPLATES)
def test_a_template_is_a_sound_tree_with_the_goal_at_its_root(kind):
    plan = plan_with_tree(kind)
    shape = tree_shape(plan)
    root = shape.nodes[shape.roots[0]]
    assert root.role == (FunnelRole.TOTAL_REVENUE if kind == ft.NEW_AND_EXISTING else FunnelRole.NEW_REVENUE)
    assert (root.target, root.goal_id) == (120_000_000, "g-rev")
    assert [shape.nodes[r].name for r in shape.roots] == [root.name, "cycle_days"]
    assert list(shape.order) == [n.id for n in plan.kpis.nodes]  # stored in outline order
    roles = {n.role for n in plan.kpis.nodes if n.role is not None}
    assert len(roles) == len([n for n in plan.kpis.nodes if n.role is not None])  # each role once
    inputs = [n for n in plan.kpis.nodes if n.is_input and n.name != "expansion_base"]
    assert all(n.target is None for n in inputs)  # the team types its own numbers


def test_units_directions_and_aggregations_follow_the_roles():
    nodes = {n.role: n for n in plan_with_tree(ft.NEW_AND_EXISTING).kpis.nodes if n.role}
    assert nodes[FunnelRole.WIN_RATE].unit == Unit.PERCENT
    assert nodes[FunnelRole.WIN_RATE].aggregation == Aggregation.NON_ADDITIVE
    assert nodes[FunnelRole.LEADS].aggregation == Aggregation.ADDITIVE
    assert nodes[FunnelRole.AVERAGE_DEAL_SIZE].unit == Unit.JPY
    assert nodes[FunnelRole.DAYS_TO_CLOSE].direction == Direction.LOWER_IS_BETTER
    assert nodes[FunnelRole.EXISTING_REVENUE].formula == Formula.PRODUCT


def test_filled_in_the_tree_back_calculates_the_leads_and_the_funnel_reads_it():
    plan = plan_with_tree(ft.NEW_BUSINESS)
    fill(plan, {FunnelRole.LEADS: 1000, FunnelRole.LEAD_TO_MQL_RATE: 0.4, FunnelRole.MQL_TO_SQL_RATE: 0.3,
                FunnelRole.SQL_TO_OPPORTUNITY_RATE: 0.5, FunnelRole.WIN_RATE: 0.25,
                FunnelRole.AVERAGE_DEAL_SIZE: 2_000_000, FunnelRole.DAYS_TO_MQL: 30, FunnelRole.DAYS_TO_SQL: 7,
                FunnelRole.DAYS_TO_OPPORTUNITY: 14, FunnelRole.DAYS_TO_CLOSE: 60})
    root = tree_shape(plan).roots[0]
    leads = next(n.id for n in plan.kpis.nodes if n.role == FunnelRole.LEADS)
    solved = back_calculate(plan, root, leads)
    assert solved.ok and solved.value == pytest.approx(4000)
    fill(plan, {FunnelRole.LEADS: solved.value})
    assert evaluate(plan).value(root) == pytest.approx(120_000_000)
    analysis = analyse_funnel(plan)
    assert analysis.has_funnel and analysis.revenue_target == 120_000_000
    assert [s.required_whole for s in analysis.stages] == [4000, 1600, 480, 240, 60]
    assert analysis.stages[0].days_to_close == 111


def test_existing_revenue_is_customers_times_retention_times_revenue_times_one_plus_expansion():
    plan = plan_with_tree(ft.NEW_AND_EXISTING)
    fill(plan, {FunnelRole.CUSTOMERS: 100, FunnelRole.RETENTION_RATE: 0.9,
                FunnelRole.REVENUE_PER_CUSTOMER: 500_000, FunnelRole.EXPANSION_RATE: 0.1})
    existing = next(n.id for n in plan.kpis.nodes if n.role == FunnelRole.EXISTING_REVENUE)
    assert evaluate(plan).value(existing) == pytest.approx(100 * 0.9 * 500_000 * 1.1)


def test_a_missing_name_or_an_unknown_kind_is_refused():
    with pytest.raises(KeyError):
        ft.revenue_tree(ft.NEW_BUSINESS, {k: v for k, v in NAMES.items() if k != "leads"})
    with pytest.raises(ValueError):
        ft.revenue_tree("retail", NAMES)
