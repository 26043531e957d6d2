"""The budget strip under the roadmap: each period of the chart's scale (months or
quarters of the fiscal year, or of the mid-term plan's years when longer) with every
initiative's budget spread over its days in whole yen, adding up to the total exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canvas_app.calc import roadmap as rm
from canvas_app.model import BusinessGoal, Initiative
from canvas_app.model.enums import Granularity, InitiativeStatus
from canvas_app.model.strategy import MidTermPlan

from .builders import day, plan_with

MONTH, QUARTER = Granularity.MONTH, Granularity.QUARTER


def _plan(initiatives, mid_term: tuple[int | None, int | None] = (None, None), **settings):
    plan = plan_with([], initiatives=initiatives, goals=[BusinessGoal(id="g1"), BusinessGoal(id="g2")], **settings)
    plan.strategy.mid_term_plan = MidTermPlan(start_year=mid_term[0], end_year=mid_term[1])
    return plan


@pytest.mark.parametrize(("mid_term", "years"), [
    ((None, None), [2026]),           # no mid-term plan: the fiscal year
    ((2026, 2028), [2026, 2027, 2028]),  # longer: its years
    ((2025, 2027), [2025, 2026, 2027]),
    ((2026, 2026), [2026]),           # the same year
    ((2024, 2025), [2024, 2025, 2026]),  # ending before the plan's year: still shows it
    ((None, 2027), [2026, 2027]),     # only an end year
])
@pytest.mark.parametrize(("granularity", "per_year"), [(MONTH, 12), (QUARTER, 4)])
@pytest.mark.parametrize("start_month", [1, 4, 10])
def test_the_scale_covers_the_plans_years_without_gaps(mid_term, years, granularity, per_year, start_month):
    plan = _plan([], mid_term, fiscal_year_start_month=start_month)
    assert list(rm.roadmap_years(plan)) == years
    scale = rm.roadmap_scale(plan, granularity)
    assert len(scale) == per_year * len(years)
    assert scale[0].start == dt.date(years[0], start_month, 1)
    assert scale[-1].end == dt.date(years[-1] + 1, start_month, 1) - dt.timedelta(days=1)
    for previous, following in zip(scale, scale[1:]):
        assert following.start == previous.end + dt.timedelta(days=1)
    assert [p.fiscal_year for p in scale] == [y for y in years for _ in range(per_year)]


# Each kind of initiative, with the yen it puts in FY2026 (Apr 2026 – Mar 2027) by month,
# before the year, after it and undated.
KINDS = {
    # 15 Apr – 14 Jun: 16 + 31 + 14 = 61 days; cumulative rounding down.
    "inside": (Initiative(id="x", start=day("2026-04-15"), end=day("2026-06-14"), budget_yen=1_000_000),
               {1: 262_295, 2: 508_196, 3: 229_509}, 0, 0, 0),
    # 20 Mar – 9 Apr 2026: 12 days before the year, 9 inside, 21 yen.
    "starts before": (Initiative(id="x", start=day("2026-03-20"), end=day("2026-04-09"), budget_yen=21),
                      {1: 9}, 12, 0, 0),
    # 1 Mar – 30 Apr 2027: 31 days in March, 30 after the year.
    "ends after": (Initiative(id="x", start=day("2027-03-01"), end=day("2027-04-30"), budget_yen=600_000),
                   {12: 304_918}, 0, 295_082, 0),
    "a start only": (Initiative(id="x", start=day("2026-05-10"), budget_yen=10_000), {2: 10_000}, 0, 0, 0),
    "an end only": (Initiative(id="x", end=day("2027-02-01"), budget_yen=7), {11: 7}, 0, 0, 0),
    "undated": (Initiative(id="x", budget_yen=50_000), {}, 0, 0, 50_000),
    "no budget": (Initiative(id="x", start=day("2026-09-01"), end=day("2026-09-30")), {}, 0, 0, 0),
    "one day": (Initiative(id="x", start=day("2026-07-31"), end=day("2026-07-31"), budget_yen=3), {4: 3}, 0, 0, 0),
    "cancelled": (Initiative(id="x", start=day("2026-04-01"), end=day("2026-04-30"), budget_yen=999,
                             status=InitiativeStatus.CANCELLED), {}, 0, 0, 0),
    "long ago": (Initiative(id="x", start=day("2020-01-01"), end=day("2020-12-31"), budget_yen=5), {}, 5, 0, 0),
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_initiative_lands_in_its_months(kind):
    initiative, months, before, after, undated = KINDS[kind]
    strip = rm.budget_strip(_plan([initiative]), MONTH)
    assert dict(enumerate(strip.amounts, start=1)) == {m: months.get(m, 0) for m in range(1, 13)}
    assert (strip.before, strip.after, strip.undated) == (before, after, undated)
    assert strip.total == rm.total_budget(_plan([initiative]))
    quarters = rm.budget_strip(_plan([initiative]), QUARTER)
    assert list(quarters.amounts) == [sum(strip.amounts[q * 3:q * 3 + 3]) for q in range(4)]


def test_a_cancelled_initiative_counts_when_asked_for():
    initiative = KINDS["cancelled"][0]
    strip = rm.budget_strip(_plan([initiative]), MONTH, include_cancelled=True)
    assert strip.amounts[0] == 999 and strip.total == 999
    assert strip.goals.unassigned == 999


def test_the_mid_term_years_take_what_falls_after_the_fiscal_year():
    initiative = KINDS["ends after"][0]
    strip = rm.budget_strip(_plan([initiative], (2026, 2027)), MONTH)
    assert strip.amounts[11] == 304_918 and strip.amounts[12] == 295_082  # March 2027, April 2027
    assert strip.after == 0


def test_goals_beside_the_periods_are_the_budget_by_goal():
    initiatives = [Initiative(id="a", goal_id="g1", start=day("2026-04-01"), end=day("2026-04-30"), budget_yen=100),
                   Initiative(id="b", goal_id="g2", budget_yen=30),
                   Initiative(id="c", start=day("2026-05-01"), budget_yen=5)]
    strip = rm.budget_strip(_plan(initiatives), QUARTER)
    assert strip.goals.by_goal == {"g1": 100, "g2": 30} and strip.goals.unassigned == 5
    assert strip.goals == rm.budget_by_goal(_plan(initiatives))
    assert strip.goals.total == strip.total == 135


def _by_definition(plan, scale):
    """Each initiative's monthly split put into the period holding the month."""
    amounts, before, after = [0] * len(scale), 0, 0
    for initiative in plan.roadmap.initiatives:
        if initiative.status == InitiativeStatus.CANCELLED:
            continue
        for month, yen in rm.monthly_split(initiative):
            index = next((i for i, p in enumerate(scale) if p.start <= month <= p.end), None)
            if index is not None:
                amounts[index] += yen
            elif month < scale[0].start:
                before += yen
            else:
                after += yen
    return amounts, before, after


dates = st.dates(dt.date(2018, 1, 1), dt.date(2034, 12, 31))
initiatives = st.builds(
    lambda n, start, end, budget, status: Initiative(
        id=f"i{n}", start=start, end=max(start, end) if start and end else end, budget_yen=budget, status=status),
    st.integers(0, 10**6), st.none() | dates, st.none() | dates, st.none() | st.integers(0, 10**13),
    st.sampled_from(list(InitiativeStatus)))


@given(
    items=st.lists(initiatives, max_size=8),
    granularity=st.sampled_from([MONTH, QUARTER]),
    start_month=st.integers(1, 12),
    fiscal_year=st.integers(2020, 2030),
    mid_term=st.tuples(st.none() | st.integers(2018, 2032), st.none() | st.integers(0, 4)),
)
def test_the_strip_adds_up_to_the_total_to_the_yen(items, granularity, start_month, fiscal_year, mid_term):
    items = [ini.model_copy(update={"id": f"i{n}"}) for n, ini in enumerate(items)]
    first, extra = mid_term
    plan = _plan(items, (first, None if first is None or extra is None else first + extra), fiscal_year=fiscal_year,
                 fiscal_year_start_month=start_month)
    strip = rm.budget_strip(plan, granularity)
    assert sum(strip.amounts) + strip.before + strip.after + strip.undated == strip.total
    assert strip.total == rm.total_budget(plan) == strip.goals.total
    assert all(isinstance(yen, int) and yen >= 0 for yen in strip.amounts)
    assert (list(strip.amounts), strip.before, strip.after) == _by_definition(plan, strip.periods)
    # The plan's own year on that scale is what the workbook and the PDF show.
    fiscal = rm.budget_by_period(plan, granularity)
    on_scale = {p.key: yen for p, yen in zip(strip.periods, strip.amounts) if p.fiscal_year == fiscal_year}
    assert on_scale == fiscal.periods
