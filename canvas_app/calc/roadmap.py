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

``budget_strip`` is the one place periods get their budget: the roadmap's scale (each
month or quarter of the fiscal year, or of the mid-term plan's years when longer) with
each period's total and the totals per goal; the strip under the Gantt, the workbook's
roadmap sheet and the PDF all show its figures.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

from canvas_app.model.enums import Granularity, InitiativeStatus
from canvas_app.model.periods import period_end, period_keys, period_start
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


@dataclass(frozen=True)
class ScalePeriod:
    """One column of the roadmap's time scale: a fiscal month or quarter (days inclusive)."""

    fiscal_year: int
    key: str  # "M01".."M12" or "Q1".."Q4"
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class BudgetStrip:
    """The budget under the roadmap's time scale: each period's total, what falls before
    the first period or after the last, the undated budget, and the budget per goal.
    ``sum(amounts) + before + after + undated == total`` to the yen."""

    periods: tuple[ScalePeriod, ...]
    amounts: tuple[int, ...]
    before: int
    after: int
    undated: int
    goals: BudgetByGoal
    total: int


def roadmap_years(plan: Plan) -> range:
    """The fiscal years the roadmap's scale covers: the plan's year, or the mid-term
    plan's years when they reach further (always including the plan's year)."""
    year, mid_term = plan.settings.fiscal_year, plan.strategy.mid_term_plan
    first, last = mid_term.start_year or year, mid_term.end_year or year
    return range(min(first, year), max(last, year) + 1)


def roadmap_scale(plan: Plan, granularity: Granularity, years: range | None = None) -> tuple[ScalePeriod, ...]:
    """Every month or quarter of ``years`` (the roadmap's years unless given), in order."""
    start_month = plan.settings.fiscal_year_start_month
    return tuple(ScalePeriod(year, key, period_start(key, year, start_month), period_end(key, year, start_month))
                 for year in (roadmap_years(plan) if years is None else years) for key in period_keys(granularity))


def budget_strip(plan: Plan, granularity: Granularity, years: range | None = None,
                 include_cancelled: bool = False) -> BudgetStrip:
    """Each period's budget on the roadmap's scale (``roadmap_scale``): every initiative's
    budget spread over its days by the cumulative rule of ``monthly_split`` — a period
    gets what is spent by its last day minus what was spent before its first — so a
    quarter is exactly its three months, and the strip, the Excel roadmap sheet and the
    PDF show the same yen. Initiatives with only a start or an end spend it all that
    day; cancelled ones count nothing unless asked for."""
    periods = roadmap_scale(plan, granularity, years)
    bounds = [p.start for p in periods] + [periods[-1].end + dt.timedelta(days=1)]
    last_days = [p.end.toordinal() for p in periods]
    amounts = [0] * len(periods)
    before = after = undated = 0
    for initiative in plan.roadmap.initiatives:
        budget = initiative.budget_yen or 0
        start, end = initiative.start or initiative.end, initiative.end or initiative.start
        if not _counts(initiative, include_cancelled):
            continue
        if start is None or end is None:
            undated += budget
            continue
        if budget == 0:
            continue
        days = (end - start).days + 1
        spent = spent_by(budget, start, days, bounds[0] - dt.timedelta(days=1))
        before += spent
        # Only the periods the initiative overlaps: 1,000 initiatives stay cheap.
        first, last = max(bisect_right(bounds, start) - 1, 0), min(bisect_right(bounds, end) - 1, len(periods) - 1)
        origin = start.toordinal() - 1
        for index in range(first, last + 1):
            # spent_by(the period's last day), inlined: this loop is most of a recompute.
            now = budget * min(days, last_days[index] - origin) // days
            amounts[index] += now - spent
            spent = now
        after += budget - spent
    total = sum(amounts) + before + after + undated
    return BudgetStrip(periods, tuple(amounts), before, after, undated,
                       budget_by_goal(plan, include_cancelled), total)


def budget_by_period(plan: Plan, granularity: Granularity | None = None,
                     include_cancelled: bool = False) -> BudgetByPeriod:
    """Budget per fiscal month or quarter of the plan's year (the plan's own review
    granularity unless given): ``budget_strip`` over that one year, by period key."""
    settings = plan.settings
    year = settings.fiscal_year
    strip = budget_strip(plan, granularity or settings.granularity, range(year, year + 1), include_cancelled)
    periods = {period.key: yen for period, yen in zip(strip.periods, strip.amounts)}
    return BudgetByPeriod(periods, strip.before, strip.after, strip.undated, strip.total)


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
