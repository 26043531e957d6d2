"""The revenue funnel read from the KPI tree, worked backwards from the revenue target."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.calc import funnel as fn
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.model import Initiative
from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.enums import InitiativeStatus, RevenueStage

from .builders import day, funnel_nodes, funnel_plan, kpi, plan_with, rate


def _node(plan, node_id):
    return next(node for node in plan.kpis.nodes if node.id == node_id)


def _links(analysis):
    return {link.code: link for link in analysis.weak_links}


def test_issue_example_required_volumes_and_coverage():
    analysis = analyse_funnel(funnel_plan())
    assert analysis.has_funnel
    assert analysis.revenue_target == 120_000_000
    assert analysis.revenue_target_source == fn.FROM_NEW_REVENUE
    assert analysis.average_deal_size == 2_000_000
    required = {stage.role: stage.required for stage in analysis.stages}
    # 120,000,000 ÷ 2,000,000 = 60 won deals; 60 ÷ 0.25 = 240 opportunities;
    # 240 ÷ 0.5 = 480 SQLs; 480 ÷ 0.3 = 1,600 MQLs; 1,600 ÷ 0.4 = 4,000 leads.
    assert required[R.WON_DEALS] == pytest.approx(60)
    assert required[R.OPPORTUNITIES] == pytest.approx(240)
    assert required[R.SQLS] == pytest.approx(480)
    assert required[R.MQLS] == pytest.approx(1600)
    assert required[R.LEADS] == pytest.approx(4000)
    assert [stage.required_whole for stage in analysis.stages] == [4000, 1600, 480, 240, 60]
    assert [stage.role for stage in analysis.stages] == [R.LEADS, R.MQLS, R.SQLS, R.OPPORTUNITIES, R.WON_DEALS]
    # Required pipeline coverage = 1 ÷ 0.25 = 4×.
    assert analysis.required_coverage == 4.0
    # The tree plans exactly this (4,000 leads), so planned equals required.
    assert [stage.planned for stage in analysis.stages] == pytest.approx([4000, 1600, 480, 240, 60])
    assert [stage.stage for stage in analysis.stages] == [
        RevenueStage.MARKETING, RevenueStage.MARKETING, RevenueStage.INSIDE_SALES,
        RevenueStage.SALES, RevenueStage.SALES,
    ]
    assert analysis.stage(R.MQLS).rate == 0.3 and analysis.stage(R.MQLS).rate_node_id == "mql_sql"
    assert analysis.stage(R.WON_DEALS).rate is None


def test_by_when_each_stage_must_be_generated():
    analysis = analyse_funnel(funnel_plan())
    # FY2026 from April ends 2027-03-31. Days: lead→MQL 30, MQL→SQL 7, SQL→opp 14, opp→won 60.
    assert analysis.fiscal_year_end == dt.date(2027, 3, 31)
    by_when = {stage.role: (stage.days_to_close, stage.generate_by) for stage in analysis.stages}
    assert by_when[R.WON_DEALS] == (0, dt.date(2027, 3, 31))
    # 60 days before 31 Mar: 31 in March → 28 Feb is −31, Feb has 28 → 31 Jan is −59, 30 Jan −60.
    assert by_when[R.OPPORTUNITIES] == (60, dt.date(2027, 1, 30))
    assert by_when[R.SQLS] == (74, dt.date(2027, 1, 16))     # 60 + 14: 30 Jan − 14
    assert by_when[R.MQLS] == (81, dt.date(2027, 1, 9))      # + 7
    assert by_when[R.LEADS] == (111, dt.date(2026, 12, 10))  # + 30: 9 Jan − 30 = 10 Dec


def test_by_when_unknown_without_stage_times():
    analysis = analyse_funnel(funnel_plan(with_days=False))
    assert analysis.stage(R.WON_DEALS).generate_by == dt.date(2027, 3, 31)
    assert analysis.stage(R.OPPORTUNITIES).generate_by is None


def test_revenue_target_from_total_minus_existing():
    plan = funnel_plan(new_revenue_target=None)
    _node(plan, "total").target = 169_500_000
    analysis = analyse_funnel(plan)
    # Existing: 100 customers × 0.9 × 500,000 × (1 + 0.1) = 49,500,000;
    # new = 169,500,000 − 49,500,000 = 120,000,000 → the same 60 won deals.
    assert analysis.existing.existing_revenue == pytest.approx(49_500_000)
    assert analysis.existing.formula_value == pytest.approx(49_500_000)
    assert analysis.revenue_target == pytest.approx(120_000_000)
    assert analysis.revenue_target_source == fn.FROM_TOTAL_MINUS_EXISTING
    assert analysis.stage(R.WON_DEALS).required_whole == 60
    assert analysis.stage(R.LEADS).required_whole == 4000


def test_without_a_revenue_target_or_with_a_zero_rate():
    analysis = analyse_funnel(funnel_plan(new_revenue_target=None))
    assert analysis.revenue_target is None
    assert all(s.required is None and s.reason == fn.NO_REVENUE_TARGET for s in analysis.stages)

    plan = funnel_plan()
    _node(plan, "sql_opp").target = 0
    analysis = analyse_funnel(plan)
    # Won and opportunities still follow (60, 240); SQLs cannot: 240 ÷ 0 — and so neither upstream.
    assert analysis.stage(R.OPPORTUNITIES).required == pytest.approx(240)
    for role in (R.SQLS, R.MQLS, R.LEADS):
        assert analysis.stage(role).required is None and analysis.stage(role).reason == fn.NO_RATE


def test_rates_implied_by_planned_volumes_when_no_rate_kpi():
    # MQLs 1,000 and SQLs 250 typed as inputs: the implied MQL→SQL rate is 250 ÷ 1,000 = 0.25.
    plan = plan_with([
        kpi("new", "product", ("won", "deal"), 10_000_000, role=R.NEW_REVENUE),
        kpi("won", target=10, role=R.WON_DEALS), rate("deal", 1_000_000, role=R.AVERAGE_DEAL_SIZE),
        kpi("mqls", target=1000, role=R.MQLS), kpi("sqls", target=250, role=R.SQLS),
    ])
    analysis = analyse_funnel(plan)
    assert analysis.stage(R.MQLS).rate == 0.25
    assert analysis.stage(R.WON_DEALS).required == 10            # 10,000,000 ÷ 1,000,000
    assert analysis.stage(R.OPPORTUNITIES).reason == fn.NO_RATE  # no opportunities or win rate
    assert analysis.required_coverage is None


def test_actual_pipeline_coverage_and_low_coverage():
    actuals = [("new", "M01", 10_000_000), ("new", "M02", 10_000_000), ("new", "M03", 10_000_000),
               ("pipeline", "M02", 500_000_000), ("pipeline", "M05", 300_000_000)]
    analysis = analyse_funnel(funnel_plan(actuals=actuals))
    # As of M05: won so far 30,000,000; remaining 90,000,000; pipeline 300,000,000
    # → coverage 300 ÷ 90 = 3.33× < required 4×.
    assert analysis.as_of == "M05"
    assert analysis.new_revenue_actual == 30_000_000
    assert analysis.remaining_target == 90_000_000
    assert analysis.pipeline_actual == 300_000_000
    assert analysis.actual_coverage == pytest.approx(10 / 3)
    link = _links(analysis)["low_coverage"]
    assert link.node_id == "pipeline" and link.params["required"] == 4.0
    # As of 15 May 2026 (M02) the pipeline was 500,000,000 against 100,000,000 left: 5× — fine.
    in_may = analyse_funnel(funnel_plan(actuals=actuals), today=day("2026-05-15"))
    assert in_may.as_of == "M02"
    assert in_may.actual_coverage == pytest.approx(5.0)
    assert "low_coverage" not in _links(in_may)


def test_no_coverage_once_the_target_is_reached():
    actuals = [("new", "M01", 130_000_000), ("pipeline", "M01", 10)]
    analysis = analyse_funnel(funnel_plan(actuals=actuals))
    assert analysis.remaining_target == -10_000_000 and analysis.actual_coverage is None


@pytest.mark.parametrize(("actual", "weak"), [(0.2, True), (0.25, False), (0.24, False)])
def test_low_mql_to_sql_against_plan(actual, weak):
    # Planned 0.3; the bar is 0.3 × 0.8 (at-risk threshold) = 0.24.
    analysis = analyse_funnel(funnel_plan(actuals=[("mql_sql", "M02", actual)]))
    link = _links(analysis).get("low_mql_to_sql")
    assert (link is not None) == weak
    if weak:
        assert link.node_id == "mql_sql" and link.stage == RevenueStage.INSIDE_SALES
        assert link.params == {"actual": 0.2, "threshold": pytest.approx(0.24), "planned": 0.3}


def test_low_mql_to_sql_from_volume_actuals():
    # No rate actual: SQLs 20 ÷ MQLs 100 = 0.2 < 0.24.
    analysis = analyse_funnel(funnel_plan(actuals=[("mqls", "M01", 100), ("sqls", "M01", 20)]))
    assert _links(analysis)["low_mql_to_sql"].params["actual"] == 0.2


def test_low_mql_to_sql_without_a_plan_uses_twenty_percent():
    plan = plan_with([kpi("mqls", role=R.MQLS), kpi("sqls", role=R.SQLS)],
                     actuals=[("mqls", "M01", 100), ("sqls", "M01", 15)])
    link = _links(analyse_funnel(plan))["low_mql_to_sql"]
    assert link.params == {"actual": 0.15, "threshold": 0.2}   # 15 ÷ 100 < 0.2
    plan.review.actuals[1].value = 25                          # 0.25 ≥ 0.2
    assert "low_mql_to_sql" not in _links(analyse_funnel(plan))


@pytest.mark.parametrize(("days", "weak"), [(80, True), (75, False), (70, False)])
def test_stagnation(days, weak):
    # Planned 60 days to close; the limit is 60 ÷ 0.8 = 75 days.
    analysis = analyse_funnel(funnel_plan(actuals=[("d_close", "M03", days)]))
    link = _links(analysis).get("stagnation")
    assert (link is not None) == weak
    if weak:
        assert link.node_id == "d_close" and link.params["limit"] == 75 and link.params["role"] == "days_to_close"


@pytest.mark.parametrize(("actual", "weak"), [(0.18, True), (0.21, False), (0.29, False), (0.31, True)])
def test_win_rate_out_of_line(actual, weak):
    # Planned 0.25: |0.18 − 0.25| ÷ 0.25 = 0.28 > 0.2; 0.21 → 0.16; 0.29 → 0.16; 0.31 → 0.24.
    analysis = analyse_funnel(funnel_plan(actuals=[("win", "M04", actual)]))
    assert ("win_rate_out_of_line" in _links(analysis)) == weak


def test_win_rate_from_volume_actuals():
    # 9 won of 60 opportunities = 0.15: 40 % under the planned 0.25.
    analysis = analyse_funnel(funnel_plan(actuals=[("opps", "M01", 60), ("won", "M01", 9)]))
    assert _links(analysis)["win_rate_out_of_line"].params["deviation"] == pytest.approx(0.4)


def test_untapped_expansion():
    assert _links(analyse_funnel(funnel_plan()))["untapped_expansion"].params == {"reason": "no_initiative"}
    linked = Initiative(id="i1", name="Success program", kpi_ids=["retention"])
    assert "untapped_expansion" not in _links(analyse_funnel(funnel_plan(initiatives=[linked])))
    # A cancelled initiative does not count.
    cancelled = linked.model_copy(update={"status": InitiativeStatus.CANCELLED})
    assert "untapped_expansion" in _links(analyse_funnel(funnel_plan(initiatives=[cancelled])))
    zero = funnel_plan(initiatives=[linked])
    _node(zero, "expansion").target = 0
    link = _links(analyse_funnel(zero))["untapped_expansion"]
    assert link.params == {"reason": "zero_expansion"} and link.node_id == "expansion"
    none = analyse_funnel(funnel_plan(with_existing=False))
    link = _links(none)["untapped_expansion"]
    assert link.params == {"reason": "no_expansion_kpi"} and link.node_id is None


def test_a_plan_without_funnel_roles():
    analysis = analyse_funnel(plan_with([kpi("followers", target=10_000)]))
    assert not analysis.has_funnel and analysis.weak_links == ()
    assert analysis.revenue_target is None and analysis.required_coverage is None
    assert all(stage.node_id is None and stage.planned is None for stage in analysis.stages)


def test_stage_of_the_node_overrides_the_usual_owner():
    nodes = funnel_nodes()
    next(node for node in nodes if node.id == "sqls").stage = RevenueStage.SALES
    assert analyse_funnel(plan_with(nodes)).stage(R.SQLS).stage == RevenueStage.SALES


def test_whole_volumes_form_one_chain_worked_up_from_the_rounded_won_deals():
    # 144 M ÷ 2 M = 72 won deals at an 18 % win rate: 400 opportunities, 800 SQLs,
    # 2,667 MQLs (2,666.7 up), 6,668 leads (2,667 ÷ 0.4 = 6,667.5 up) — each stage from
    # the whole figure below it, so a sales head multiplying back never comes up short.
    plan = funnel_plan(new_revenue_target=144_000_000)
    win = next(node for node in plan.kpis.nodes if node.id == "win")
    win.target = 0.18
    analysis = analyse_funnel(plan)
    wholes = {stage.role: stage.required_whole for stage in analysis.stages}
    assert [wholes[role] for role in (R.LEADS, R.MQLS, R.SQLS, R.OPPORTUNITIES, R.WON_DEALS)] == [
        6668, 2667, 800, 400, 72]
    # The exact figures stay exact (for --json): leads 72 ÷ 0.18 ÷ 0.5 ÷ 0.3 ÷ 0.4.
    assert analysis.stage(R.LEADS).required == pytest.approx(72 / 0.18 / 0.5 / 0.3 / 0.4)
    for upstream, downstream in zip(analysis.stages, analysis.stages[1:]):
        assert upstream.required_whole * upstream.rate >= downstream.required_whole - 1e-9


def test_a_stage_without_a_required_volume_has_no_whole_volume_above_it():
    plan = funnel_plan()
    next(node for node in plan.kpis.nodes if node.id == "mql_sql").target = 0
    wholes = {stage.role: stage.required_whole for stage in analyse_funnel(plan).stages}
    assert wholes[R.SQLS] == 480 and wholes[R.MQLS] is None and wholes[R.LEADS] is None
