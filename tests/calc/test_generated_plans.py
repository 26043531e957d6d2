"""Every calculation on any valid plan: no exception, and the invariants that hold
whatever the plan holds (findings well-formed and ordered, budgets that add up, a plan
equal to itself, completion within 0–1)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_app.calc import completion, compare, funnel, health, kpi_tree, progress, roadmap
from canvas_app.model.periods import period_keys
from canvas_app.model import Plan
from canvas_app.model.walk import index_items

from .strategies import near_dates, plans

todays = st.one_of(near_dates, st.dates())


def _finite_or_none(value):
    return value is None or (isinstance(value, (int, float)) and math.isfinite(value))


@given(plan=plans(), today=todays)
def test_check_plan_never_raises_and_findings_are_well_formed(plan, today):
    findings = health.check_plan(plan, today)
    items = index_items(plan)
    ranks = [health.SEVERITY_ORDER[f.severity] for f in findings]
    assert ranks == sorted(ranks)
    for finding in findings:
        assert finding.code in health.FINDING_CODES
        assert finding.severity == health.FINDING_CODES[finding.code][0]
        if finding.item_id:
            assert finding.item_id in items
        else:
            assert finding.item_kind in ("cadence", "plan")
        for key, value in finding.params.items():
            assert isinstance(key, str)
            assert isinstance(value, str) or _finite_or_none(value)


@settings(max_examples=50)  # whole plans are slow to generate; check_plan gets the full 100
@given(plan=plans(), today=todays)
def test_every_calculation_runs_on_any_plan(plan, today):
    values = kpi_tree.evaluate(plan)
    assert all(_finite_or_none(v) for v in values.values.values())
    for key in period_keys(plan.settings.granularity):
        kpi_tree.evaluate_period(plan, key)
    for item in progress.plan_progress(plan, today):
        assert _finite_or_none(item.target_to_date) and _finite_or_none(item.achievement)
    analysis = funnel.analyse_funnel(plan, today)
    for stage in analysis.stages:
        assert _finite_or_none(stage.required) and _finite_or_none(stage.planned)
    shape = kpi_tree.tree_shape(plan)
    for root in shape.roots:
        for node_id in shape.subtree(root):
            if shape.nodes[node_id].is_input:
                kpi_tree.back_calculate(plan, root, node_id, 1.0)
    for step in completion.plan_completion(plan):
        assert 0.0 <= step.fraction <= 1.0


@settings(max_examples=50)  # whole plans are slow to generate; check_plan gets the full 100
@given(plan=plans())
def test_budgets_add_up_exactly(plan):
    total = roadmap.total_budget(plan)
    assert roadmap.budget_by_period(plan).total == total
    assert roadmap.budget_by_goal(plan).total == total
    dated = sum(i.budget_yen or 0 for i in plan.roadmap.initiatives
                if (i.start or i.end) and i.status != "cancelled")
    assert sum(roadmap.budget_by_month(plan).values()) == dated


@settings(max_examples=50)  # whole plans are slow to generate; check_plan gets the full 100
@given(plan=plans())
def test_a_plan_compared_with_itself_and_with_its_json(plan):
    assert compare.compare_plans(plan, plan) == []
    copy = Plan.model_validate(plan.model_dump(mode="json"))
    assert copy == plan
    assert compare.compare_plans(plan, copy) == []
    assert compare.compare_plans(Plan(), plan) == [
        c for c in compare.compare_plans(Plan(), plan) if c.kind == "added"
    ]
