"""Progress against targets (Step 4): period targets, target to date, actual to date,
variance and the traffic light (順調 / 注意 / 要対策).

Rules (design.md §3):

- An additive KPI (counts, money) splits its annual value evenly over the plan's periods
  (12 months or 4 quarters) unless ``period_targets[key]`` overrides a period; its target
  to date is the sum of the period targets from the first period to ``key``, and its
  actual to date the sum of the actuals recorded up to ``key``.
- A non-additive KPI (rates, averages) has the same target every period (unless
  overridden); its target to date is that period's target and its actual to date is the
  latest actual at or before ``key``.
- The annual value of an input is its ``target``; of a computed node, its own ``target``
  when set, else the value the tree computes.
- Achievement is actual ÷ target (higher is better) or target ÷ actual (lower is better);
  at or above ``thresholds.on_track`` the KPI is on track, at or above ``at_risk`` at risk,
  below that off track. No actual: NO_DATA.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from canvas_app.model.enums import Aggregation, Direction, Status
from canvas_app.model.kpi import KpiNode
from canvas_app.model.periods import period_keys, period_of, year_end, year_start
from canvas_app.model.plan import Plan, StatusThresholds

from .kpi_tree import TreeValues, evaluate, finite, period_share

# Why a KpiProgress has no status (KpiProgress.reason).
NO_ACTUAL = "no_actual"
NO_TARGET = "no_target"
UNKNOWN_NODE = "unknown_node"


@dataclass(frozen=True)
class KpiProgress:
    """One KPI against its target to date.

    Attributes:
        period: the period key compared ("M06", "Q2"), None when the KPI has no actual.
        variance: actual − target to date.
        achievement: actual ÷ target (target ÷ actual when lower is better); None when it
            is not a meaningful ratio (a zero or negative target, a zero actual).
        reason: NO_ACTUAL or NO_TARGET when the status is NO_DATA.
    """

    node_id: str
    period: str | None
    target_to_date: float | None
    actual_to_date: float | None
    variance: float | None
    achievement: float | None
    status: Status
    reason: str | None = None


class ProgressContext:
    """What every progress calculation on one plan shares: the evaluated tree, the
    nodes by id and the actuals by KPI and period. Build one to compute many KPIs."""

    def __init__(self, plan: Plan, values: TreeValues | None = None) -> None:
        self.plan = plan
        self.keys = period_keys(plan.settings.granularity)
        self.index = {key: i for i, key in enumerate(self.keys)}
        self.values = values if values is not None else evaluate(plan)
        self.nodes: dict[str, KpiNode] = {}
        for node in plan.kpis.nodes:
            self.nodes.setdefault(node.id, node)
        self.actuals: dict[str, dict[str, float]] = {}
        for actual in plan.review.actuals:
            if actual.period in self.index:
                self.actuals.setdefault(actual.kpi_id, {}).setdefault(actual.period, actual.value)

    def position(self, key: str) -> int:
        if key not in self.index:
            raise ValueError(f"not a period of this plan: {key!r}")
        return self.index[key]

    def annual(self, node: KpiNode) -> float | None:
        if node.is_input or node.target is not None:
            return node.target
        return self.values.value(node.id)

    def period_target(self, node: KpiNode, key: str) -> float | None:
        return finite(period_share(self.plan, node, self.annual(node), key))

    def target_to_date(self, node: KpiNode, key: str) -> float | None:
        end = self.position(key)
        if node.aggregation != Aggregation.ADDITIVE:
            return self.period_target(node, key)
        targets = [self.period_target(node, k) for k in self.keys[: end + 1]]
        if any(t is None for t in targets):
            return None
        return _fsum(targets)

    def latest_actual(self, node_id: str, up_to: str | None = None) -> tuple[str, float] | None:
        recorded = self.actuals.get(node_id, {})
        end = len(self.keys) - 1 if up_to is None else self.position(up_to)
        for key in reversed(self.keys[: end + 1]):
            if key in recorded:
                return key, recorded[key]
        return None

    def actual_to_date(self, node: KpiNode, key: str) -> float | None:
        end = self.position(key)
        if node.aggregation != Aggregation.ADDITIVE:
            latest = self.latest_actual(node.id, key)
            return None if latest is None else latest[1]
        recorded = self.actuals.get(node.id, {})
        values = [recorded[k] for k in self.keys[: end + 1] if k in recorded]
        return _fsum(values) if values else None

    def status(self, node_id: str, key: str | None = None) -> KpiProgress:
        node = self.nodes.get(node_id)
        if node is None:
            return KpiProgress(node_id, key, None, None, None, None, Status.NO_DATA, UNKNOWN_NODE)
        if key is None:
            latest = self.latest_actual(node_id)
            if latest is None:
                return KpiProgress(node_id, None, None, None, None, None, Status.NO_DATA, NO_ACTUAL)
            key = latest[0]
        target = self.target_to_date(node, key)
        actual = self.actual_to_date(node, key)
        if actual is None:
            return KpiProgress(node_id, key, target, None, None, None, Status.NO_DATA, NO_ACTUAL)
        if target is None:
            return KpiProgress(node_id, key, None, actual, None, None, Status.NO_DATA, NO_TARGET)
        achievement, status = judge(target, actual, node.direction, self.plan.settings.thresholds)
        return KpiProgress(node_id, key, target, actual, finite(actual - target), achievement, status)


def _fsum(values: list[float | None]) -> float | None:
    try:
        return finite(math.fsum(values))  # type: ignore[arg-type]
    except OverflowError:
        return None


def judge(
    target: float, actual: float, direction: Direction, thresholds: StatusThresholds
) -> tuple[float | None, Status]:
    """Achievement and traffic light of ``actual`` against ``target``.

    Where a ratio means nothing, the status is a plain comparison: a higher-is-better
    target ≤ 0 is on track when actual ≥ target; a lower-is-better KPI is on track at an
    actual ≤ 0 (nothing to reduce) and, with a negative target, when actual ≤ target.
    """
    if direction == Direction.LOWER_IS_BETTER:
        if target < 0:
            return None, Status.ON_TRACK if actual <= target else Status.OFF_TRACK
        if actual <= 0:
            return None, Status.ON_TRACK
        achievement = finite(target / actual)
        if achievement is None:  # never: target ≥ 0 and actual > 0; kept for safety
            return None, Status.ON_TRACK if actual <= target else Status.OFF_TRACK
    else:
        if target <= 0:
            return None, Status.ON_TRACK if actual >= target else Status.OFF_TRACK
        achievement = finite(actual / target)
        if achievement is None:  # overflow: actual is astronomically above target
            return None, Status.ON_TRACK if actual >= target else Status.OFF_TRACK
    return achievement, status_of(achievement, thresholds)


def status_of(achievement: float, thresholds: StatusThresholds) -> Status:
    if achievement >= thresholds.on_track:
        return Status.ON_TRACK
    if achievement >= thresholds.at_risk:
        return Status.AT_RISK
    return Status.OFF_TRACK


# ---------------------------------------------------------------------------- public API


def _node(plan: Plan, node_id: str) -> KpiNode:
    for node in plan.kpis.nodes:
        if node.id == node_id:
            return node
    raise KeyError(node_id)


def period_target(plan: Plan, node: KpiNode, key: str, values: TreeValues | None = None) -> float | None:
    """The target of ``node`` for period ``key`` (see the module rules)."""
    return ProgressContext(plan, values).period_target(node, key)


def period_targets(plan: Plan, node_id: str, values: TreeValues | None = None) -> dict[str, float | None]:
    """Every period's target of a node, in period order."""
    context = ProgressContext(plan, values)
    node = _node(plan, node_id)
    return {key: context.period_target(node, key) for key in context.keys}


def target_to_date(plan: Plan, node_id: str, key: str, values: TreeValues | None = None) -> float | None:
    return ProgressContext(plan, values).target_to_date(_node(plan, node_id), key)


def actual_to_date(plan: Plan, node_id: str, key: str) -> float | None:
    """Sum of actuals up to ``key`` (additive) or the latest actual at or before it;
    None when no actual is recorded up to ``key``."""
    return ProgressContext(plan, TreeValues({})).actual_to_date(_node(plan, node_id), key)


def latest_actual(plan: Plan, node_id: str, up_to: str | None = None) -> tuple[str, float] | None:
    """The latest (period, value) recorded for a KPI, at or before ``up_to``."""
    return ProgressContext(plan, TreeValues({})).latest_actual(node_id, up_to)


def kpi_status(plan: Plan, node_id: str, key: str | None = None, values: TreeValues | None = None) -> KpiProgress:
    """Progress of one KPI at period ``key`` (default: its latest period with an actual)."""
    return ProgressContext(plan, values).status(node_id, key)


def latest_period(plan: Plan) -> str | None:
    """The latest period of the plan for which any actual is recorded."""
    keys = period_keys(plan.settings.granularity)
    recorded = {actual.period for actual in plan.review.actuals}
    return next((key for key in reversed(keys) if key in recorded), None)


def current_period(plan: Plan, today: dt.date) -> str | None:
    """The period ``today`` falls in; None outside the plan's fiscal year."""
    settings = plan.settings
    return period_of(today, settings.fiscal_year, settings.fiscal_year_start_month, settings.granularity)


def reporting_period(plan: Plan, today: dt.date | None = None) -> str | None:
    """The period up to which progress is reported: ``today``'s period (the last one
    once the year is over, None before it starts), or without ``today`` the latest
    period with an actual."""
    if today is None:
        return latest_period(plan)
    settings = plan.settings
    if today < year_start(settings.fiscal_year, settings.fiscal_year_start_month):
        return None
    if today > year_end(settings.fiscal_year, settings.fiscal_year_start_month):
        return period_keys(settings.granularity)[-1]
    return current_period(plan, today)


def plan_progress(plan: Plan, today: dt.date | None = None) -> list[KpiProgress]:
    """Every KPI's progress, in document order, each at its latest period with an actual
    (not later than ``today``'s period when given)."""
    context = ProgressContext(plan)
    limit = reporting_period(plan, today) if today is not None else None
    result: list[KpiProgress] = []
    for node_id in context.nodes:
        # Before the year starts (today given, no reporting period) nothing is due yet.
        latest = None if today is not None and limit is None else context.latest_actual(node_id, limit)
        if latest is None:
            result.append(KpiProgress(node_id, None, None, None, None, None, Status.NO_DATA, NO_ACTUAL))
        else:
            result.append(context.status(node_id, latest[0]))
    return result
