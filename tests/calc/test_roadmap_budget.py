"""Roadmap budgets: exact whole-yen splits per month, fiscal period and goal."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from canvas_app.calc import roadmap as rm
from canvas_app.model import BusinessGoal, Initiative
from canvas_app.model.enums import Granularity, InitiativeStatus

from .builders import day, kpi, plan_with


def _initiatives():
    return [
        # 15 Apr – 14 Jun 2026: 16 + 31 + 14 = 61 days.
        Initiative(id="a", start=day("2026-04-15"), end=day("2026-06-14"), budget_yen=1_000_000),
        # 1 Mar – 30 Apr 2027 crosses the end of FY2026: 31 + 30 = 61 days.
        Initiative(id="b", start=day("2027-03-01"), end=day("2027-04-30"), budget_yen=600_000),
        Initiative(id="c", budget_yen=50_000),                                    # no dates
        Initiative(id="d", start=day("2026-05-10"), budget_yen=10_000),           # a start only
        Initiative(id="e", start=day("2025-01-01"), end=day("2025-01-31"), budget_yen=999,
                   status=InitiativeStatus.CANCELLED),
        Initiative(id="f", start=day("2026-09-01"), end=day("2026-09-30")),      # no budget
        # 20 Mar – 9 Apr 2026 starts before FY2026: 12 + 9 = 21 days for 21 yen.
        Initiative(id="g", start=day("2026-03-20"), end=day("2026-04-09"), budget_yen=21),
    ]


def _plan(**kwargs):
    return plan_with([], initiatives=_initiatives(), **kwargs)


def test_span_and_total():
    plan = _plan()
    # Every initiative is on the Gantt chart, the cancelled one too.
    assert rm.roadmap_span(plan) == rm.RoadmapSpan(day("2025-01-01"), day("2027-04-30"))
    assert rm.roadmap_span(plan_with([])) is None
    # 1,000,000 + 600,000 + 50,000 + 10,000 + 21 (the cancelled 999 left out).
    assert rm.total_budget(plan) == 1_660_021
    assert rm.total_budget(plan, include_cancelled=True) == 1_661_020


def test_monthly_split_rounds_down_cumulatively():
    a = _initiatives()[0]
    # April 1,000,000 × 16 ÷ 61 = 262,295.08 → 262,295; May × 31 ÷ 61 = 508,196.72 → 508,196;
    # June gets the rest: 1,000,000 − 262,295 − 508,196 = 229,509.
    assert rm.monthly_split(a) == [
        (day("2026-04-01"), 262_295), (day("2026-05-01"), 508_196), (day("2026-06-01"), 229_509),
    ]
    assert rm.monthly_split(_initiatives()[2]) == []                              # undated
    assert rm.monthly_split(_initiatives()[3]) == [(day("2026-05-01"), 10_000)]   # a start only
    assert rm.monthly_split(_initiatives()[5]) == []                              # no budget


def test_budget_by_calendar_month():
    assert rm.budget_by_month(_plan()) == {
        day("2026-03-01"): 12,                   # g: 21 × 12 ÷ 21
        day("2026-04-01"): 262_295 + 9,          # a + g
        day("2026-05-01"): 508_196 + 10_000,     # a + d
        day("2026-06-01"): 229_509,
        day("2027-03-01"): 304_918,              # b: 600,000 × 31 ÷ 61 = 304,918.03
        day("2027-04-01"): 295_082,              # b: the rest
    }


def test_budget_by_fiscal_month_and_quarter():
    by_month = rm.budget_by_period(_plan())
    assert by_month.periods["M01"] == 262_304
    assert by_month.periods["M02"] == 518_196
    assert by_month.periods["M03"] == 229_509
    assert by_month.periods["M12"] == 304_918
    assert by_month.periods["M06"] == 0
    assert list(by_month.periods) == [f"M{i:02d}" for i in range(1, 13)]
    assert (by_month.before_year, by_month.after_year, by_month.undated) == (12, 295_082, 50_000)
    assert by_month.total == 1_660_021 == sum(by_month.periods.values()) + 12 + 295_082 + 50_000
    by_quarter = rm.budget_by_period(_plan(), Granularity.QUARTER)
    # Q1 = 262,304 + 518,196 + 229,509 = 1,010,009; Q4 = 304,918 (March 2027).
    assert by_quarter.periods == {"Q1": 1_010_009, "Q2": 0, "Q3": 0, "Q4": 304_918}
    assert by_quarter.total == by_month.total


def test_budget_by_period_with_a_january_year():
    plan = _plan(fiscal_year_start_month=1)  # FY2026 = Jan–Dec 2026
    result = rm.budget_by_period(plan)
    assert result.periods["M03"] == 12 and result.periods["M04"] == 262_304
    assert result.after_year == 600_000 and result.before_year == 0


def test_split_evenly():
    assert rm.split_evenly(100, 3) == [33, 33, 34]
    assert rm.split_evenly(21, 2) == [10, 11]
    assert rm.split_evenly(5, 0) == []


def _goal_plan():
    goals = [BusinessGoal(id=g) for g in ("g1", "g2", "g3")]
    nodes = [
        kpi("rev", "sum", ("leads", "web"), goal_id="g1"),
        kpi("leads", target=1),                         # inherits g1 from its parent
        kpi("web", target=1, goal_id="g3"),             # its own goal wins over the parent's
        kpi("brand", "sum", ("followers",), goal_id="g2"),
        kpi("followers", target=1),
        kpi("orphan", target=1),
    ]
    initiatives = [
        Initiative(id="own", goal_id="g2", kpi_ids=["leads"], budget_yen=1_000_000),  # its own goal wins
        Initiative(id="two", kpi_ids=["followers", "leads"], budget_yen=21),         # g1 10, g2 11
        Initiative(id="three", kpi_ids=["web", "leads", "followers"], budget_yen=100),  # 33 / 33 / 34
        Initiative(id="lost", kpi_ids=["orphan"], budget_yen=50_000),
        Initiative(id="none", budget_yen=7),
        Initiative(id="free", kpi_ids=["leads"]),                                     # no budget
        Initiative(id="gone", kpi_ids=["leads"], budget_yen=5, status=InitiativeStatus.CANCELLED),
    ]
    return plan_with(nodes, goals=goals, initiatives=initiatives)


def test_goals_of_kpis_and_initiatives():
    plan = _goal_plan()
    assert rm.kpi_goals(plan) == {"rev": "g1", "leads": "g1", "web": "g3", "brand": "g2", "followers": "g2"}
    initiatives = {ini.id: ini for ini in plan.roadmap.initiatives}
    assert rm.initiative_goals(plan, initiatives["own"]) == ["g2"]
    # Goals in the order of the plan's goals, not of the KPIs.
    assert rm.initiative_goals(plan, initiatives["two"]) == ["g1", "g2"]
    assert rm.initiative_goals(plan, initiatives["lost"]) == []


def test_budget_by_goal():
    result = rm.budget_by_goal(_goal_plan())
    # g1: two 10 + three 33 = 43; g2: own 1,000,000 + two 11 + three 33 = 1,000,044;
    # g3: three 34; unassigned: lost 50,000 + none 7.
    assert result.by_goal == {"g1": 43, "g2": 1_000_044, "g3": 34}
    assert result.unassigned == 50_007
    assert result.total == 1_050_128 == rm.total_budget(_goal_plan())
    assert rm.budget_by_goal(_goal_plan(), include_cancelled=True).by_goal["g1"] == 48


@given(
    start=st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
    length=st.integers(0, 800),
    budget=st.integers(0, 10**15),
)
def test_monthly_split_is_exact_and_proportional(start, length, budget):
    end = start + dt.timedelta(days=length)
    initiative = Initiative(id="x", start=start, end=end, budget_yen=budget)
    split = rm.monthly_split(initiative)
    assert sum(yen for _, yen in split) == budget
    if not budget:
        assert split == []
        return
    months = [month for month, _ in split]
    assert months[0] == start.replace(day=1) and months[-1] == end.replace(day=1)
    assert all(m.day == 1 for m in months) and months == sorted(set(months))
    total_days = length + 1
    spent = 0
    for month, yen in split:
        # Cumulative rounding down: what is spent by the month's last day (rounded down to
        # whole yen) minus what was spent before it; the same rule as the Excel formulas.
        following = (month + dt.timedelta(days=32)).replace(day=1)
        elapsed = (min(following - dt.timedelta(days=1), end) - start).days + 1
        assert yen == budget * elapsed // total_days - spent
        spent += yen
        days = (min(following - dt.timedelta(days=1), end) - max(month, start)).days + 1
        # Within one yen of the month's exact share of the days.
        assert abs(yen - budget * days / total_days) < 1 + budget * 1e-12


def _slow_by_period(plan):
    """The definition: monthly_split of every initiative, each month put in its period."""
    from canvas_app.model.periods import fiscal_month_of

    settings = plan.settings
    periods = {f"M{i:02d}": 0 for i in range(1, 13)}
    before = after = 0
    for initiative in plan.roadmap.initiatives:
        for month, yen in rm.monthly_split(initiative):
            index = fiscal_month_of(month, settings.fiscal_year, settings.fiscal_year_start_month)
            if index is not None:
                periods[f"M{index:02d}"] += yen
            elif month < dt.date(settings.fiscal_year, settings.fiscal_year_start_month, 1):
                before += yen
            else:
                after += yen
    return periods, before, after


spans = st.tuples(st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
                  st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31))).map(sorted)


@given(
    spans=st.lists(spans, min_size=1, max_size=4),
    budgets=st.lists(st.integers(0, 10**15), min_size=4, max_size=4),
    start_month=st.integers(1, 12),
    fiscal_year=st.integers(2020, 2030),
)
def test_budget_by_period_matches_the_monthly_split(spans, budgets, start_month, fiscal_year):
    initiatives = [Initiative(id=f"i{n}", start=s, end=e, budget_yen=b)
                   for n, ((s, e), b) in enumerate(zip(spans, budgets))]
    plan = plan_with([], initiatives=initiatives, fiscal_year=fiscal_year, fiscal_year_start_month=start_month)
    fast = rm.budget_by_period(plan)
    periods, before, after = _slow_by_period(plan)
    assert (fast.periods, fast.before_year, fast.after_year) == (periods, before, after)


def test_budget_by_period_over_thousands_of_years():
    # 1 Jan 0001 – 31 Dec 9999 with 10**15 yen: exact without walking 120,000 months.
    ini = Initiative(id="long", start=dt.date.min, end=dt.date.max, budget_yen=10**15)
    result = rm.budget_by_period(plan_with([], initiatives=[ini]))
    assert result.total == 10**15
    total_days = (dt.date.max - dt.date.min).days + 1  # 3,652,059
    # April 2026 (30 days): spent by 30 April minus spent by 31 March (cumulative rule).
    elapsed = (dt.date(2026, 4, 30) - dt.date.min).days + 1
    assert result.periods["M01"] == 10**15 * elapsed // total_days - 10**15 * (elapsed - 30) // total_days
    periods, before, after = _slow_by_period(plan_with([], initiatives=[ini]))
    assert (result.periods, result.before_year, result.after_year) == (periods, before, after)
