"""Roadmap budgets (実行ロードマップの予算): span, totals, per month / quarter, per goal.

Money is whole yen (int) and every split is exact: an initiative's budget is spread over
the calendar months it spans in proportion to its days in each month, each month gets
the whole-yen part (rounded down) and the remainder goes to the last month, so the
months always add up to the budget. Splitting one budget among several goals works the
same way (even shares, remainder to the last goal).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from canvas_app.model.enums import Granularity, InitiativeStatus
from canvas_app.model.periods import period_keys, year_end, year_start
from canvas_app.model.plan import Plan
from canvas_app.model.roadmap import Initiative

from .tree_shape import tree_shape


@dataclass(frozen=True)
class RoadmapSpan:
    """The roadmap's first and last day (over all initiatives' start and end dates)."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class BudgetByPeriod:
    """Budget per fiscal period of the plan's year.

    Attributes:
        periods: period key ("M01".."M12" or "Q1".."Q4") → yen, in period order.
        before_year / after_year: budget spent in months before / after the fiscal year.
        undated: budget of initiatives with neither a start nor an end date.
        total: everything (= the plan's total budget).
    """

    periods: dict[str, int]
    before_year: int
    after_year: int
    undated: int
    total: int


@dataclass(frozen=True)
class BudgetByGoal:
    """Budget per business goal (goal id → yen, every goal in document order) and the
    budget no goal can be found for."""

    by_goal: dict[str, int]
    unassigned: int
    total: int = field(default=0)


def _counts(initiative: Initiative, include_cancelled: bool) -> bool:
    return include_cancelled or initiative.status != InitiativeStatus.CANCELLED


def roadmap_span(plan: Plan) -> RoadmapSpan | None:
    """Earliest and latest date among all initiatives' starts and ends; None when no
    initiative has a date."""
    dates = [d for ini in plan.roadmap.initiatives for d in (ini.start, ini.end) if d is not None]
    if not dates:
        return None
    return RoadmapSpan(min(dates), max(dates))


def total_budget(plan: Plan, include_cancelled: bool = False) -> int:
    """Sum of all budgets in yen (cancelled initiatives left out unless asked for)."""
    return sum(ini.budget_yen or 0 for ini in plan.roadmap.initiatives if _counts(ini, include_cancelled))


def split_evenly(amount: int, parts: int) -> list[int]:
    """``amount`` in ``parts`` whole-yen shares: equal, the remainder on the last one."""
    if parts <= 0:
        return []
    share = amount // parts
    return [share] * (parts - 1) + [amount - share * (parts - 1)]


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """(first day of month, days of [start, end] in that month) for each month spanned."""
    result: list[tuple[dt.date, int]] = []
    current = start
    while current <= end:
        month = current.replace(day=1)
        if month.month == 12:
            following = month.replace(year=month.year + 1, month=1) if month.year < dt.MAXYEAR else None
        else:
            following = month.replace(month=month.month + 1)
        last = end if following is None or following > end else following - dt.timedelta(days=1)
        result.append((month, (last - current).days + 1))
        if following is None:
            break
        current = following
    return result


def monthly_split(initiative: Initiative) -> list[tuple[dt.date, int]]:
    """The initiative's budget per calendar month it spans: (first day of month, yen).

    Proportional to the days in each month, rounded down to whole yen, the remainder in
    the last month. With only a start or only an end date, that month gets everything;
    with no date or no budget, the list is empty.
    """
    budget = initiative.budget_yen or 0
    start, end = initiative.start or initiative.end, initiative.end or initiative.start
    if start is None or end is None or budget == 0:
        return []
    months = _months(start, end)
    total_days = sum(days for _, days in months)
    shares = [budget * days // total_days for _, days in months[:-1]]
    shares.append(budget - sum(shares))
    return [(month, share) for (month, _), share in zip(months, shares)]


def budget_by_month(plan: Plan, include_cancelled: bool = False) -> dict[dt.date, int]:
    """Budget per calendar month (first day of the month → yen), in date order."""
    result: dict[dt.date, int] = {}
    for initiative in plan.roadmap.initiatives:
        if _counts(initiative, include_cancelled):
            for month, yen in monthly_split(initiative):
                result[month] = result.get(month, 0) + yen
    return dict(sorted(result.items()))


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _leap_years_before(year: int) -> int:
    """Leap years in [1, year)."""
    y = year - 1
    return y // 4 - y // 100 + y // 400


def _whole_month_shares(budget: int, total_days: int, first: int, stop: int) -> int:
    """Σ floor(budget × days ÷ total_days) over the whole calendar months with index in
    [first, stop) (index = year × 12 + month − 1), counted by month length instead of
    walked one by one, so a span of thousands of years costs nothing."""
    if stop <= first:
        return 0
    total = 0
    for month0 in range(12):  # 0 = January
        count = (stop - 1 - month0) // 12 - (first - 1 - month0) // 12
        if month0 != 1:
            total += count * (budget * _MONTH_DAYS[month0] // total_days)
            continue
        low, high = -((-(first - 1)) // 12), (stop - 2) // 12  # the years of those Februaries
        leap = _leap_years_before(high + 1) - _leap_years_before(low) if count else 0
        total += leap * (budget * 29 // total_days) + (count - leap) * (budget * 28 // total_days)
    return total


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _fiscal_split(initiative: Initiative, first_day: dt.date, last_day: dt.date) -> tuple[dict[int, int], int, int]:
    """The same split as ``monthly_split``, gathered as (fiscal month 1–12 → yen, before
    the year, after the year) without walking the months outside the year."""
    budget = initiative.budget_yen or 0
    start, end = initiative.start or initiative.end, initiative.end or initiative.start
    if start is None or end is None or budget == 0:
        return {}, 0, 0
    if end < first_day:
        return {}, budget, 0
    if start > last_day:
        return {}, 0, budget
    total_days = (end - start).days + 1
    before = 0
    if start < first_day:  # the first month is partial, the rest whole; none is the last month
        first_month_days = (_next_month(start) - start).days
        before = budget * first_month_days // total_days
        before += _whole_month_shares(budget, total_days, _month_index(start) + 1, _month_index(first_day))
    inside: dict[int, int] = {}
    offset = _month_index(first_day)
    for month, days in _months(max(start, first_day), min(end, last_day)):
        inside[_month_index(month) - offset + 1] = budget * days // total_days
    if end <= last_day:  # the initiative's last month is in the year: it takes the remainder
        last = _month_index(end) - offset + 1
        inside[last] = budget - before - sum(share for month, share in inside.items() if month != last)
        return inside, before, 0
    return inside, before, budget - before - sum(inside.values())


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


def budget_by_period(plan: Plan, granularity: Granularity | None = None,
                     include_cancelled: bool = False) -> BudgetByPeriod:
    """Budget per fiscal month or quarter of the plan's year (the plan's own review
    granularity unless given); the same numbers as ``monthly_split`` gathered by period."""
    settings = plan.settings
    granularity = granularity or settings.granularity
    keys = period_keys(granularity)
    first_day = year_start(settings.fiscal_year, settings.fiscal_year_start_month)
    last_day = year_end(settings.fiscal_year, settings.fiscal_year_start_month)
    periods = dict.fromkeys(keys, 0)
    before = after = undated = 0
    for initiative in plan.roadmap.initiatives:
        if not _counts(initiative, include_cancelled):
            continue
        if initiative.start is None and initiative.end is None:
            undated += initiative.budget_yen or 0
            continue
        inside, early, late = _fiscal_split(initiative, first_day, last_day)
        before, after = before + early, after + late
        for index, yen in inside.items():
            periods[keys[index - 1] if granularity == Granularity.MONTH else keys[(index - 1) // 3]] += yen
    total = sum(periods.values()) + before + after + undated
    return BudgetByPeriod(periods, before, after, undated, total)


def kpi_goals(plan: Plan) -> dict[str, str]:
    """For every KPI, the goal of the nearest node on its way to the root (itself
    first) that has a ``goal_id``; KPIs with none are left out."""
    shape = tree_shape(plan)
    result: dict[str, str] = {}
    for node_id in shape.order:  # parents before children
        own = shape.nodes[node_id].goal_id
        inherited = result.get(shape.parent.get(node_id, ""))
        goal = own or inherited
        if goal is not None:
            result[node_id] = goal
    return result


def initiative_goals(plan: Plan, initiative: Initiative, goals_of_kpis: dict[str, str] | None = None) -> list[str]:
    """The goals an initiative serves: its own ``goal_id``, else the goals of its linked
    KPIs (in the order of the goals in the plan)."""
    if initiative.goal_id is not None:
        return [initiative.goal_id]
    goals_of_kpis = kpi_goals(plan) if goals_of_kpis is None else goals_of_kpis
    found = {goals_of_kpis[kpi_id] for kpi_id in initiative.kpi_ids if kpi_id in goals_of_kpis}
    return [goal.id for goal in plan.strategy.goals if goal.id in found]


def budget_by_goal(plan: Plan, include_cancelled: bool = False) -> BudgetByGoal:
    """Budget per goal; an initiative serving several goals is split evenly among them."""
    by_goal = {goal.id: 0 for goal in plan.strategy.goals}
    unassigned = 0
    goals_of_kpis = kpi_goals(plan)
    for initiative in plan.roadmap.initiatives:
        budget = initiative.budget_yen or 0
        if not _counts(initiative, include_cancelled) or budget == 0:
            continue
        goals = [goal for goal in initiative_goals(plan, initiative, goals_of_kpis) if goal in by_goal]
        if not goals:
            unassigned += budget
            continue
        for goal, share in zip(goals, split_evenly(budget, len(goals))):
            by_goal[goal] += share
    return BudgetByGoal(by_goal, unassigned, sum(by_goal.values()) + unassigned)
