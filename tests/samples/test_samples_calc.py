"""The samples seen through canvas_app.calc: the tree meets its revenue target, the
health check finds exactly the pitfalls planted, the funnel agrees with the tree, and
the Q1 snapshot compares with the live plan."""

from __future__ import annotations

import pytest

from canvas_app.calc.compare import compare_with_snapshot
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.calc.health import check_plan
from canvas_app.calc.kpi_tree import evaluate
from canvas_app.calc.progress import kpi_status
from canvas_app.model import FunnelRole, Status
from samples_support import TODAY, by_role, evaluate_targets

#: The pitfalls planted in each sample: (finding code, item id).
PLANTED = {
    "manufacturer_ja": {
        ("kpi_not_linked_to_goal", "kpi-sns-followers"),
        ("goal_no_contribution", "goal-profit"),
        ("goal_not_agreed", "goal-profit"),
        ("initiative_no_persona", "ini-sns"),
        ("initiative_no_budget", "ini-fy27-survey"),
        ("initiative_persona_no_value", "ini-cs-review"),
        ("funnel_low_mql_to_sql", "kpi-mql-to-sql"),
        ("funnel_stagnation", "kpi-days-sql"),
        ("funnel_low_coverage", "kpi-pipeline"),
        ("action_overdue", "act-q2-agency-kit"),
    },
    "saas_en": {
        ("kpi_not_linked_to_goal", "kpi-linkedin-followers"),
        ("goal_not_agreed", "goal-brand"),
        ("initiative_no_persona", "ini-linkedin-organic"),
        ("initiative_no_budget", "ini-fy27-pricing"),
        ("initiative_persona_no_value", "ini-partner"),
        ("funnel_low_mql_to_sql", "kpi-mql-to-sql"),
        ("funnel_stagnation", "kpi-days-close"),
        ("funnel_low_coverage", "kpi-pipeline"),
        ("action_overdue", "act-q2-icp-scoring"),
    },
}
#: Checks the samples are meant to pass: a finding with one of these codes is a mistake.
CLEAN = {"goal_no_kpi", "kpi_no_target", "kpi_no_owner", "kpi_tree_gap", "initiative_not_linked",
         "initiative_no_owner", "initiative_no_dates", "no_review_scheduled", "review_overdue",
         "strategy_not_revisited"}


def test_calc_tree_meets_the_revenue_target(sample):
    _, plan = sample
    total = by_role(plan)[FunnelRole.TOTAL_REVENUE]
    values = evaluate(plan)
    assert values.value(total.id) == pytest.approx(total.target, rel=0.05)
    assert values.value(total.id) == pytest.approx(evaluate_targets(plan)[total.id])
    assert all(values.value(n.id) is not None for n in plan.kpis.nodes)


def test_health_check_finds_the_planted_pitfalls(sample):
    name, plan = sample
    findings = check_plan(plan, TODAY)
    found = {(f.code, f.item_id) for f in findings}
    assert PLANTED[name] <= found
    assert [f for f in findings if f.code in CLEAN] == []
    vanity = [f.item_id for f in findings if f.code == "kpi_not_linked_to_goal"]
    assert vanity == [next(i for c, i in PLANTED[name] if c == "kpi_not_linked_to_goal")]
    overdue = [f.item_id for f in findings if f.code == "action_overdue"]
    assert len(overdue) == 1


def test_mql_to_sql_is_off_track_and_pipeline_at_risk_or_worse(sample):
    _, plan = sample
    r = by_role(plan)
    assert kpi_status(plan, r[FunnelRole.MQL_TO_SQL_RATE].id).status == Status.OFF_TRACK
    assert kpi_status(plan, r[FunnelRole.PIPELINE_VALUE].id).status == Status.OFF_TRACK
    statuses = {kpi_status(plan, n.id).status for n in plan.kpis.nodes}
    assert {Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NO_DATA} <= statuses


def test_funnel_volumes_agree_with_the_tree(sample):
    _, plan = sample
    analysis = analyse_funnel(plan, TODAY)
    values = evaluate(plan)
    r = by_role(plan)
    assert analysis.has_funnel
    tree_new = values.value(r[FunnelRole.NEW_REVENUE].id)
    assert analysis.revenue_target == pytest.approx(
        r[FunnelRole.TOTAL_REVENUE].target - values.value(r[FunnelRole.EXISTING_REVENUE].id))
    assert analysis.revenue_target == pytest.approx(tree_new, rel=0.05)
    assert analysis.average_deal_size == r[FunnelRole.AVERAGE_DEAL_SIZE].target
    won = analysis.stage(FunnelRole.WON_DEALS)
    assert won.required * analysis.average_deal_size == pytest.approx(analysis.revenue_target)
    for stage in analysis.stages:
        assert stage.node_id == r[stage.role].id
        assert stage.planned == pytest.approx(values.value(stage.node_id))
        # the tree plans at least what the target needs, and not wastefully more
        assert stage.required <= stage.planned <= 1.05 * stage.required, stage.role
        assert stage.actual_to_date is not None and stage.generate_by is not None
    dates = [s.generate_by for s in analysis.stages]
    assert dates == sorted(dates) and dates[-1] == analysis.fiscal_year_end
    assert analysis.required_coverage == pytest.approx(1 / r[FunnelRole.WIN_RATE].target)
    assert analysis.actual_coverage < analysis.required_coverage
    assert analysis.existing.formula_value == pytest.approx(values.value(r[FunnelRole.EXISTING_REVENUE].id))
    codes = {link.code for link in analysis.weak_links}
    assert "low_mql_to_sql" in codes and "untapped_expansion" not in codes


def test_snapshot_compares_with_the_live_plan(sample):
    _, plan = sample
    changes = compare_with_snapshot(plan.snapshots[0], plan)
    kinds = {(c.kind, c.item_kind, c.field) for c in changes}
    assert ("changed", "kpi", "target") in kinds
    assert ("added", "initiative", "") in kinds
    assert ("changed", "initiative", "status") in kinds
