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
from canvas_app.model.periods import fiscal_month_of, period_keys
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


def budget_by_period(plan: Plan, granularity: Granularity | None = None,
                     include_cancelled: bool = False) -> BudgetByPeriod:
    """Budget per fiscal month or quarter of the plan's year (the plan's own review
    granularity unless given)."""
    settings = plan.settings
    granularity = granularity or settings.granularity
    keys = period_keys(granularity)
    periods = dict.fromkeys(keys, 0)
    before = after = undated = 0
    for initiative in plan.roadmap.initiatives:
        if not _counts(initiative, include_cancelled):
            continue
        if initiative.start is None and initiative.end is None:
            undated += initiative.budget_yen or 0
            continue
        for month, yen in monthly_split(initiative):
            index = fiscal_month_of(month, settings.fiscal_year, settings.fiscal_year_start_month)
            if index is not None:
                key = keys[index - 1] if granularity == Granularity.MONTH else keys[(index - 1) // 3]
                periods[key] += yen
            elif month < dt.date(settings.fiscal_year, settings.fiscal_year_start_month, 1):
                before += yen
            else:
                after += yen
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
