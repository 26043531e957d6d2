"""Targets per period of one KPI: defaults and overrides in fiscal order, whether the
periods add up to the annual target, spreading the remainder, setting and clearing one
override."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_app.calc import kpi_bounds
from canvas_app.calc import period_targets as pt
from canvas_app.calc import progress as pg
from canvas_app.model.enums import Aggregation, FunnelRole, Granularity, Unit
from canvas_app.model.periods import MONTHS, QUARTERS

from .builders import funnel_plan, kpi, plan_with, rate

GRANULARITIES = [(Granularity.MONTH, MONTHS), (Granularity.QUARTER, QUARTERS)]


def _one(node, granularity=Granularity.MONTH, **settings_):
    return plan_with([node], granularity=granularity, **settings_)


# ---------------------------------------------------------------------------- the periods


@pytest.mark.parametrize(("granularity", "keys"), GRANULARITIES)
@pytest.mark.parametrize("start_month", [1, 4, 10])
def test_periods_come_in_fiscal_order_whatever_the_start_month(granularity, keys, start_month):
    plan = _one(kpi("leads", target=1200), granularity, fiscal_year_start_month=start_month)
    targets = pt.period_targets_of(plan, "leads")
    assert [p.key for p in targets.periods] == list(keys)


@pytest.mark.parametrize(("granularity", "keys"), GRANULARITIES)
def test_an_additive_kpi_splits_its_annual_target_evenly(granularity, keys):
    plan = _one(kpi("leads", target=1200), granularity)
    targets = pt.period_targets_of(plan, "leads")
    share = 1200 / len(keys)
    assert [(p.value, p.default, p.overridden) for p in targets.periods] == [(share, share, False)] * len(keys)
    assert (targets.annual, targets.total, targets.difference, targets.adds_up) == (1200, 1200, 0.0, True)
    assert targets.overrides == {}


@pytest.mark.parametrize(("granularity", "keys"), GRANULARITIES)
@pytest.mark.parametrize("level", [0.25, 0.0, 2_000_000, 30])
def test_a_non_additive_kpi_keeps_its_level_every_period_and_is_never_summed(granularity, keys, level):
    plan = _one(rate("level", level), granularity)
    targets = pt.period_targets_of(plan, "level")
    assert [p.value for p in targets.periods] == [level] * len(keys)
    assert (targets.additive, targets.total, targets.difference, targets.adds_up) == (False, None, None, None)


@pytest.mark.parametrize(("granularity", "overrides"), [
    (Granularity.MONTH, {"M03": 300}),
    (Granularity.MONTH, {"M01": 0, "M12": 500}),
    (Granularity.QUARTER, {"Q2": 100}),
    (Granularity.QUARTER, {"Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4}),
])
@pytest.mark.parametrize("aggregation", list(Aggregation))
def test_an_override_replaces_the_default_of_its_period_only(granularity, overrides, aggregation):
    plan = _one(kpi("k", target=1200, period_targets=overrides, aggregation=aggregation), granularity)
    targets = pt.period_targets_of(plan, "k")
    for period in targets.periods:
        assert period.overridden == (period.key in overrides)
        assert period.value == overrides.get(period.key, period.default)
    assert targets.overrides == overrides


@pytest.mark.parametrize(("overrides", "total", "difference"), [
    ({"M03": 300}, 1400, 200),        # 11 × 100 + 300: 200 over
    ({"M03": 0}, 1100, -100),         # 100 short
    ({"M03": 100}, 1200, 0.0),        # the default typed in: still adds up
])
def test_the_total_is_compared_with_the_annual_target(overrides, total, difference):
    targets = pt.period_targets_of(_one(kpi("leads", target=1200, period_targets=overrides)), "leads")
    assert (targets.total, targets.difference, targets.adds_up) == (total, difference, difference == 0)


@pytest.mark.parametrize("annual", [1000, 1, 7, 123_456_789, 0.1])
def test_an_even_split_that_is_not_whole_still_adds_up(annual):
    targets = pt.period_targets_of(_one(kpi("k", target=annual)), "k")
    assert targets.adds_up is True and targets.difference == 0.0


@pytest.mark.parametrize("overrides", [{}, {"M02": 10}])
def test_an_input_without_an_annual_target_has_only_its_overrides(overrides):
    targets = pt.period_targets_of(_one(kpi("k", period_targets=overrides)), "k")
    assert targets.annual is None and all(p.default is None for p in targets.periods)
    assert [p.value for p in targets.periods if p.value is not None] == list(overrides.values())
    assert (targets.total, targets.adds_up) == (None, None)


def test_an_unknown_kpi_is_a_key_error():
    with pytest.raises(KeyError):
        pt.period_targets_of(_one(kpi("k", target=1)), "nope")


# ---------------------------------------------------------------------------- computed KPIs


def _computed_plan(**revenue):
    return plan_with([kpi("revenue", "product", ("deals", "size"), unit=Unit.JPY, **revenue),
                      kpi("deals", target=120), rate("size", 500_000, unit=Unit.JPY)])


@pytest.mark.parametrize(("revenue", "annual", "is_target"), [
    ({}, 60_000_000, False),                     # the tree's value: 120 × 500,000
    ({"target": 72_000_000}, 72_000_000, True),  # its own target
])
def test_a_computed_kpi_splits_its_target_or_else_the_trees_value(revenue, annual, is_target):
    targets = pt.period_targets_of(_computed_plan(**revenue), "revenue")
    assert (targets.annual, targets.annual_is_target) == (annual, is_target)
    assert all(p.value == annual / 12 for p in targets.periods)


def test_a_computed_kpi_takes_overrides_like_an_input():
    plan = _computed_plan(target=72_000_000, period_targets={"M12": 30_000_000})
    targets = pt.period_targets_of(plan, "revenue")
    assert targets.periods[-1].value == 30_000_000 and targets.periods[-1].overridden
    spread = pt.spread_remainder(plan, "revenue")
    assert spread.ok and math.fsum(spread.targets.values()) == 72_000_000


@pytest.mark.parametrize(("granularity", "keys"), GRANULARITIES)
def test_every_kpi_shows_the_targets_progress_judges_against(granularity, keys):
    plan = funnel_plan()
    plan.settings.granularity = granularity
    plan.kpis.nodes[2].period_targets = {keys[1]: 7.0}  # "won", a computed KPI
    plan.kpis.nodes[10].period_targets = {keys[0]: 500.0}  # "leads", an input
    for node in plan.kpis.nodes:
        shown = {p.key: p.value for p in pt.period_targets_of(plan, node.id).periods}
        assert shown == pg.period_targets(plan, node.id), node.id


# ---------------------------------------------------------------------------- one override


@pytest.mark.parametrize(("before", "key", "value", "after"), [
    ({}, "M05", 80.0, {"M05": 80.0}),
    ({"M09": 1.0}, "M02", 2.0, {"M02": 2.0, "M09": 1.0}),  # fiscal order, whatever came first
    ({"M02": 2.0}, "M02", 3.0, {"M02": 3.0}),
    ({"M02": 2.0, "M09": 1.0}, "M02", None, {"M09": 1.0}),  # cleared: back to the default
    ({}, "M02", None, {}),
    ({"M01": 5.0}, "M01", 0.0, {"M01": 0.0}),  # zero is a target, not a clearing
])
def test_with_override_sets_or_clears_one_period(before, key, value, after):
    plan = _one(kpi("k", target=1200, period_targets=before))
    result = pt.with_override(plan, "k", key, value)
    assert result == after and list(result) == list(after)
    assert plan.kpis.nodes[0].period_targets == before  # the plan is not touched


@pytest.mark.parametrize(("granularity", "key"), [(Granularity.MONTH, "Q1"), (Granularity.QUARTER, "M01"),
                                                  (Granularity.MONTH, "M13"), (Granularity.MONTH, "")])
def test_with_override_refuses_a_key_that_is_not_a_period_of_the_plan(granularity, key):
    with pytest.raises(ValueError):
        pt.with_override(_one(kpi("k", target=1), granularity), "k", key, 1.0)


@pytest.mark.parametrize(("node", "value", "problem"), [
    (kpi("leads", target=10), -1, kpi_bounds.BELOW_ZERO),
    (kpi("days", target=10, unit=Unit.DAYS), -0.5, kpi_bounds.BELOW_ZERO),
    (rate("deal", 10, unit=Unit.JPY, role=FunnelRole.AVERAGE_DEAL_SIZE), -1, kpi_bounds.BELOW_ZERO),
    (rate("win", 0.2, unit=Unit.PERCENT, role=FunnelRole.WIN_RATE), 1.01, kpi_bounds.ABOVE_WHOLE),
    (rate("ret", 0.9, unit=Unit.PERCENT, role=FunnelRole.RETENTION_RATE), 1.5, kpi_bounds.ABOVE_WHOLE),
    (rate("win", 0.2, unit=Unit.PERCENT, role=FunnelRole.WIN_RATE), 1.0, None),
    (rate("growth", 0.2, unit=Unit.PERCENT), 1.5, None),  # a growth rate may exceed 100 %
    (kpi("profit", target=10, unit=Unit.JPY), -5, None),   # money in general may be negative
    (kpi("leads", target=10), 0, None),
])
def test_override_problem_names_the_bound_a_value_breaks(node, value, problem):
    assert pt.override_problem(_one(node), node.id, value) == problem


# ---------------------------------------------------------------------------- spreading


@pytest.mark.parametrize(("node", "reason"), [
    (rate("win", 0.25), pt.NOT_ADDITIVE),
    (kpi("leads"), pt.NO_ANNUAL),
    (kpi("leads", period_targets={"M01": 5}), pt.NO_ANNUAL),
    (kpi("leads", target=12, period_targets={k: 1.0 for k in MONTHS}), pt.ALL_OVERRIDDEN),
    (kpi("leads", target=12, period_targets={k: 2.0 for k in MONTHS}), pt.ALL_OVERRIDDEN),
    (kpi("leads", target=100, period_targets={"M01": 101}), pt.OVER_TARGET),
    (kpi("money", target=0, unit=Unit.JPY, period_targets={"M01": 1}), pt.OVER_TARGET),
])
def test_spread_refuses_with_a_reason(node, reason):
    spread = pt.spread_remainder(_one(node), node.id)
    assert (spread.ok, spread.targets, spread.reason, spread.changes) == (False, None, reason, False)


def test_over_target_says_by_how_much():
    spread = pt.spread_remainder(_one(kpi("leads", target=100, period_targets={"M01": 130})), "leads")
    assert spread.remainder == -30


@pytest.mark.parametrize(("annual", "overrides", "unit", "expected"), [
    # 1,000 − 300 − 50 = 650 over 10 months: 65 each.
    (1000, {"M03": 300, "M04": 50}, Unit.COUNT, {"M03": 300, "M04": 50} | {k: 65 for k in MONTHS if k not in
                                                                            ("M03", "M04")}),
    # 1,000 over 12 months: 84 in the first four, 83 in the other eight.
    (1000, {}, Unit.COUNT, {k: 84 if i < 4 else 83 for i, k in enumerate(MONTHS)}),
    # Money in whole yen, the odd yen to the earliest months: 10,000,000 = 10 × 909,091 + 909,090.
    (10_000_001, {"M01": 1}, Unit.JPY, {"M01": 1} | {k: 909_091 if i < 10 else 909_090
                                                      for i, k in enumerate(MONTHS[1:])}),
    # Nothing left: the other months get zero.
    (100, {"M06": 100}, Unit.COUNT, {k: 100 if k == "M06" else 0 for k in MONTHS}),
    # A planned loss is spread as negative months.
    (-12, {}, Unit.JPY, {k: -1 for k in MONTHS}),
    (-13, {}, Unit.JPY, {k: -1 if i else -2 for i, k in enumerate(MONTHS)}),
])
def test_spread_whole_units(annual, overrides, unit, expected):
    spread = pt.spread_remainder(_one(kpi("k", target=annual, unit=unit, period_targets=overrides)), "k")
    assert spread.ok and spread.targets == expected and list(spread.targets) == list(MONTHS)
    assert all(float(v).is_integer() for v in spread.targets.values())
    assert math.fsum(spread.targets.values()) == annual


@pytest.mark.parametrize("unit", [Unit.DAYS, Unit.PERCENT, Unit.RATIO, Unit.SCORE, Unit.OTHER])
def test_spread_other_units_evenly_without_rounding(unit):
    spread = pt.spread_remainder(_one(kpi("k", target=10, unit=unit, period_targets={"Q1": 1}),
                                      Granularity.QUARTER), "k")
    assert spread.targets == {"Q1": 1, "Q2": 3, "Q3": 3, "Q4": 3}


@pytest.mark.parametrize(("annual", "overrides"), [(100.5, {}), (1000, {"M01": 0.5}), (0.3, {"M02": 0.1})])
def test_a_remainder_with_decimals_is_split_evenly_and_still_adds_up(annual, overrides):
    plan = _one(kpi("k", target=annual, period_targets=overrides))
    spread = pt.spread_remainder(plan, "k")
    plan.kpis.nodes[0].period_targets = spread.targets
    assert pt.period_targets_of(plan, "k").adds_up is True


@pytest.mark.parametrize(("annual", "overrides", "changes"), [
    (1200, {}, False),                           # 100 a month already
    (1200, {"M01": 100}, False),                 # the default typed in
    (1000, {}, True),                            # 83.33… → 84 / 83
    (1200, {"M01": 300}, True),                  # 200 over: the others give it back
    (1200, {k: 100.0 for k in MONTHS[:11]}, False),  # the one left keeps its 100
])
def test_spread_says_whether_it_changes_any_period(annual, overrides, changes):
    assert pt.spread_remainder(_one(kpi("k", target=annual, period_targets=overrides)), "k").changes is changes


def test_a_second_spread_changes_nothing():
    plan = _one(kpi("k", target=1000, period_targets={"M03": 7}))
    plan.kpis.nodes[0].period_targets = pt.spread_remainder(plan, "k").targets
    again = pt.spread_remainder(plan, "k")
    assert again.reason == pt.ALL_OVERRIDDEN and again.changes is False


@settings(max_examples=300, deadline=None)
@given(
    granularity=st.sampled_from(list(Granularity)),
    unit=st.sampled_from(sorted(pt.WHOLE_UNITS)),
    annual=st.integers(min_value=-10**15, max_value=10**15),
    data=st.data(),
)
def test_after_a_spread_whole_periods_add_up_to_the_annual_target_exactly(granularity, unit, annual, data):
    keys = MONTHS if granularity == Granularity.MONTH else QUARTERS
    chosen = data.draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys) - 1))
    limit = abs(annual) // len(keys) + 1
    overrides = {key: float(data.draw(st.integers(min_value=-limit if annual < 0 else 0, max_value=limit)))
                 for key in chosen}
    plan = _one(kpi("k", target=float(annual), unit=unit, period_targets=overrides), granularity)
    spread = pt.spread_remainder(plan, "k")
    if annual >= 0 and math.fsum(overrides.values()) > annual:
        assert spread.reason == pt.OVER_TARGET
        return
    assert spread.ok
    assert all(spread.targets[key] == value for key, value in overrides.items())
    assert all(float(value).is_integer() for value in spread.targets.values())
    assert math.fsum(spread.targets.values()) == annual
    shares = [spread.targets[key] for key in keys if key not in overrides]
    assert max(shares) - min(shares) <= 1  # evenly: no period more than one unit apart
    plan.kpis.nodes[0].period_targets = spread.targets
    after = pt.period_targets_of(plan, "k")
    assert (after.adds_up, after.difference) == (True, 0.0)
