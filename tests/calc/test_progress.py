"""Progress: period targets, target and actual to date, status, periods."""

from __future__ import annotations

import pytest

from canvas_app.calc import progress as pg
from canvas_app.model import StatusThresholds
from canvas_app.model.enums import Aggregation, Direction, Granularity, Status

from .builders import day, kpi, plan_with, rate


def _plan(**kwargs):
    return plan_with([
        kpi("leads", target=1200, period_targets={"M03": 300}),
        rate("win", 0.25),
        kpi("cpa", target=5000, direction=Direction.LOWER_IS_BETTER, aggregation=Aggregation.NON_ADDITIVE),
        kpi("revenue", "product", ("deals", "size")),
        kpi("deals", target=120),
        rate("size", 500_000),
        kpi("no_target"),
    ], **kwargs)


def _node(plan, node_id):
    return next(node for node in plan.kpis.nodes if node.id == node_id)


def test_period_targets_split_additive_and_keep_non_additive():
    plan = _plan()
    # 1,200 ÷ 12 = 100 a month, except M03 which is set to 300.
    assert pg.period_target(plan, _node(plan, "leads"), "M01") == 100
    assert pg.period_target(plan, _node(plan, "leads"), "M03") == 300
    assert pg.period_targets(plan, "leads")["M12"] == 100
    # A rate keeps its level every month.
    assert pg.period_target(plan, _node(plan, "win"), "M07") == 0.25
    # A computed node without a target uses the tree: 120 × 500,000 = 60,000,000 a year
    # → 5,000,000 a month.
    assert pg.period_target(plan, _node(plan, "revenue"), "M05") == 5_000_000
    assert pg.period_target(plan, _node(plan, "no_target"), "M01") is None


def test_computed_node_with_its_own_target_splits_that_target():
    plan = _plan()
    _node(plan, "revenue").target = 72_000_000
    assert pg.period_target(plan, _node(plan, "revenue"), "M01") == 6_000_000  # 72,000,000 ÷ 12


def test_target_to_date():
    plan = _plan()
    assert pg.target_to_date(plan, "leads", "M03") == 500          # 100 + 100 + 300
    assert pg.target_to_date(plan, "leads", "M12") == 1400         # 11 × 100 + 300 (M03 overrides)
    assert pg.target_to_date(plan, "win", "M06") == 0.25           # non-additive: the period's own
    assert pg.target_to_date(plan, "revenue", "M02") == 10_000_000  # 2 × 5,000,000
    assert pg.target_to_date(plan, "no_target", "M02") is None
    with pytest.raises(ValueError):
        pg.target_to_date(plan, "leads", "Q1")


def test_quarterly_targets():
    plan = plan_with([kpi("leads", target=4000)], granularity=Granularity.QUARTER)
    assert pg.period_target(plan, plan.kpis.nodes[0], "Q2") == 1000   # 4,000 ÷ 4
    assert pg.target_to_date(plan, "leads", "Q3") == 3000             # 3 × 1,000


def test_actual_to_date_sums_or_takes_the_latest():
    plan = _plan(actuals=[("leads", "M01", 90), ("leads", "M03", 250), ("leads", "M02", 110),
                          ("win", "M01", 0.2), ("win", "M03", 0.3)])
    assert pg.actual_to_date(plan, "leads", "M01") == 90
    assert pg.actual_to_date(plan, "leads", "M03") == 450           # 90 + 110 + 250
    assert pg.actual_to_date(plan, "leads", "M12") == 450
    assert pg.actual_to_date(plan, "win", "M02") == 0.2             # latest at or before M02
    assert pg.actual_to_date(plan, "win", "M09") == 0.3
    assert pg.actual_to_date(plan, "cpa", "M09") is None            # none recorded
    assert pg.latest_actual(plan, "win") == ("M03", 0.3)
    assert pg.latest_actual(plan, "win", "M02") == ("M01", 0.2)


def test_kpi_status_additive_at_risk():
    plan = _plan(actuals=[("leads", "M01", 90), ("leads", "M02", 110), ("leads", "M03", 250)])
    result = pg.kpi_status(plan, "leads")  # latest period with an actual: M03
    # target to date 500, actual 450: variance −50, achievement 0.9 → at risk (0.80 ≤ 0.9 < 0.95).
    assert result.period == "M03"
    assert result.target_to_date == 500 and result.actual_to_date == 450
    assert result.variance == -50 and result.achievement == pytest.approx(0.9)
    assert result.status == Status.AT_RISK
    # At M02: 200 against 200 → on track.
    assert pg.kpi_status(plan, "leads", "M02").status == Status.ON_TRACK


def test_kpi_status_thresholds_and_non_additive():
    plan = _plan(actuals=[("win", "M01", 0.2), ("win", "M02", 0.18), ("win", "M03", 0.24)])
    assert pg.kpi_status(plan, "win", "M01").status == Status.AT_RISK    # 0.2 ÷ 0.25 = 0.80, the boundary
    assert pg.kpi_status(plan, "win", "M02").status == Status.OFF_TRACK  # 0.18 ÷ 0.25 = 0.72
    assert pg.kpi_status(plan, "win", "M03").status == Status.ON_TRACK   # 0.24 ÷ 0.25 = 0.96
    # With thresholds 0.7 / 0.6 the same 0.72 is on track.
    plan.settings.thresholds = StatusThresholds(on_track=0.7, at_risk=0.6)
    assert pg.kpi_status(plan, "win", "M02").status == Status.ON_TRACK


def test_kpi_status_lower_is_better():
    plan = _plan(actuals=[("cpa", "M01", 6000), ("cpa", "M02", 4000), ("cpa", "M03", 0)])
    first = pg.kpi_status(plan, "cpa", "M01")
    assert first.achievement == pytest.approx(5000 / 6000)               # 0.833 → at risk
    assert first.status == Status.AT_RISK and first.variance == 1000
    assert pg.kpi_status(plan, "cpa", "M02").achievement == 1.25         # 5,000 ÷ 4,000 → on track
    zero = pg.kpi_status(plan, "cpa", "M03")                              # nothing spent per lead
    assert zero.status == Status.ON_TRACK and zero.achievement is None


def test_kpi_status_without_data():
    plan = _plan(actuals=[("no_target", "M01", 5)])
    assert pg.kpi_status(plan, "leads").status == Status.NO_DATA
    assert pg.kpi_status(plan, "leads").reason == pg.NO_ACTUAL
    assert pg.kpi_status(plan, "leads").period is None
    # Known even without actuals: 100 + 100 + 300 (M03 is set) + 100 = 600.
    assert pg.kpi_status(plan, "leads", "M04").target_to_date == 600
    missing = pg.kpi_status(plan, "no_target")
    assert missing.status == Status.NO_DATA and missing.reason == pg.NO_TARGET
    assert missing.actual_to_date == 5
    assert pg.kpi_status(plan, "ghost").reason == pg.UNKNOWN_NODE


@pytest.mark.parametrize(("target", "actual", "direction", "expected"), [
    (0, 0, Direction.HIGHER_IS_BETTER, Status.ON_TRACK),         # nothing expected yet
    (0, -1, Direction.HIGHER_IS_BETTER, Status.OFF_TRACK),
    (-100, -50, Direction.HIGHER_IS_BETTER, Status.ON_TRACK),    # a smaller loss than planned
    (0, 3, Direction.LOWER_IS_BETTER, Status.OFF_TRACK),         # 0 ÷ 3 = 0 achievement
    (-10, -20, Direction.LOWER_IS_BETTER, Status.ON_TRACK),
    (-10, -5, Direction.LOWER_IS_BETTER, Status.OFF_TRACK),
    (1e-300, 1e300, Direction.HIGHER_IS_BETTER, Status.ON_TRACK),  # the ratio overflows
])
def test_judge_where_a_ratio_means_nothing(target, actual, direction, expected):
    assert pg.judge(target, actual, direction, StatusThresholds())[1] == expected


def test_periods_of_the_year():
    plan = _plan(actuals=[("leads", "M02", 1), ("win", "M05", 0.2)])
    assert pg.latest_period(plan) == "M05"
    assert pg.latest_period(_plan()) is None
    assert pg.current_period(plan, day("2026-04-01")) == "M01"   # April start
    assert pg.current_period(plan, day("2026-07-15")) == "M04"
    assert pg.current_period(plan, day("2027-03-31")) == "M12"
    assert pg.current_period(plan, day("2026-03-31")) is None
    assert pg.reporting_period(plan) == "M05"
    assert pg.reporting_period(plan, day("2026-03-31")) is None   # before the year
    assert pg.reporting_period(plan, day("2027-06-01")) == "M12"  # after the year
    quarterly = plan_with([], granularity=Granularity.QUARTER)
    assert pg.current_period(quarterly, day("2026-10-01")) == "Q3"
    january = plan_with([], fiscal_year_start_month=1)
    assert pg.current_period(january, day("2026-07-15")) == "M07"


def test_plan_progress_lists_every_kpi_at_its_latest_actual():
    plan = _plan(actuals=[("leads", "M01", 100), ("leads", "M02", 60), ("leads", "M06", 500),
                          ("win", "M01", 0.25)])
    by_id = {p.node_id: p for p in pg.plan_progress(plan)}
    assert list(by_id) == [node.id for node in plan.kpis.nodes]
    assert by_id["leads"].period == "M06"
    assert by_id["win"].status == Status.ON_TRACK
    assert by_id["deals"].status == Status.NO_DATA
    # As of 15 May 2026 (M02), June's actual does not count yet: 160 of 200 → 0.8, at risk.
    may = {p.node_id: p for p in pg.plan_progress(plan, day("2026-05-15"))}
    assert may["leads"].period == "M02" and may["leads"].actual_to_date == 160
    assert may["leads"].status == Status.AT_RISK
    # Before the fiscal year starts nothing is due.
    assert all(p.status == Status.NO_DATA for p in pg.plan_progress(plan, day("2026-01-01")))
