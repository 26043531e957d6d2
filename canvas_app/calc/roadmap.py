"""Roadmap budgets (実行ロードマップの予算): span, totals, per month / quarter, per goal.

Money is whole yen (int) and every split is exact: an initiative's budget is spread over
the calendar months it spans in proportion to its days, by *cumulative* rounding down:
the budget spent by the end of day ``d`` is ``floor(budget × days elapsed ÷ total days)``
and a month gets what is spent by its last day minus what was spent before its first
day. The months therefore always add up to the budget (the last month ends at the
whole budget), and each month's share depends only on the dates and the budget, so the
Excel export computes the very same numbers with one formula per cell
(``INT(budget × MIN(total, MAX(0, day − start + 1)) ÷ total)``, see
``canvas_app.export.sheet_roadmap``). Splitting one budget among several goals gives
even shares, the remainder to the last goal.
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


def spent_by(budget: int, start: dt.date, total_days: int, day: dt.date) -> int:
    """The part of ``budget`` spent from ``start`` through ``day`` (inclusive), when it is
    spread evenly over ``total_days`` days: ``floor(budget × days elapsed ÷ total_days)``."""
    elapsed = min(total_days, max(0, (day - start).days + 1))
    return budget * elapsed // total_days


def monthly_split(initiative: Initiative) -> list[tuple[dt.date, int]]:
    """The initiative's budget per calendar month it spans: (first day of month, yen).

    Proportional to the days, by cumulative rounding down (see the module docstring):
    each month gets ``spent_by(its last day) − spent_by(the day before it)``, so the
    months add up to the budget exactly. With only a start or only an end date, that
    month gets everything; with no date or no budget, the list is empty.
    """
    budget = initiative.budget_yen or 0
    start, end = initiative.start or initiative.end, initiative.end or initiative.start
    if start is None or end is None or budget == 0:
        return []
    total_days = (end - start).days + 1
    result: list[tuple[dt.date, int]] = []
    spent = elapsed = 0
    for month, days in _months(start, end):
        elapsed += days
        now = budget * elapsed // total_days
        result.append((month, now - spent))
        spent = now
    return result


def budget_by_month(plan: Plan, include_cancelled: bool = False) -> dict[dt.date, int]:
    """Budget per calendar month (first day of the month → yen), in date order."""
    result: dict[dt.date, int] = {}
    for initiative in plan.roadmap.initiatives:
        if _counts(initiative, include_cancelled):
            for month, yen in monthly_split(initiative):
                result[month] = result.get(month, 0) + yen
    return dict(sorted(result.items()))


def _fiscal_split(initiative: Initiative, first_day: dt.date, last_day: dt.date) -> tuple[dict[int, int], int, int]:
    """The same split as ``monthly_split``, gathered as (fiscal month 1–12 → yen, before
    the year, after the year); the cumulative rule needs no walk over months outside
    the year."""
    budget = initiative.budget_yen or 0
    start, end = initiative.start or initiative.end, initiative.end or initiative.start
    if start is None or end is None or budget == 0:
        return {}, 0, 0
    total_days = (end - start).days + 1
    before = spent_by(budget, start, total_days, first_day - dt.timedelta(days=1))
    after = budget - spent_by(budget, start, total_days, last_day)
    inside: dict[int, int] = {}
    if end >= first_day and start <= last_day:
        offset = first_day.year * 12 + first_day.month - 1
        spent = before
        for month, _days in _months(max(start, first_day), min(end, last_day)):
            month_end = _month_end(month)
            now = spent_by(budget, start, total_days, month_end)
            inside[month.year * 12 + month.month - 1 - offset + 1] = now - spent
            spent = now
    return inside, before, after


def _month_end(month: dt.date) -> dt.date:
    if month.month == 12:
        return dt.date(month.year, 12, 31)
    return dt.date(month.year, month.month + 1, 1) - dt.timedelta(days=1)


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
