"""What the revenue funnel reads from the KPI tree: the funnel chain, the usual owner of
each role, and a reader that gives a role's planned value (the evaluated tree) and its
actuals (up to the reporting period). Used by ``funnel``.
"""

from __future__ import annotations

import datetime as dt
import math
from types import MappingProxyType

from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.enums import RevenueStage
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan

from .kpi_tree import TreeValues, finite
from .progress import ProgressContext, reporting_period

#: The new-business funnel, upstream first: (volume role, rate converting it into the
#: next stage, default revenue stage, days it takes to reach the next stage).
CHAIN: tuple[tuple[R, R | None, RevenueStage, R | None], ...] = (
    (R.LEADS, R.LEAD_TO_MQL_RATE, RevenueStage.MARKETING, R.DAYS_TO_MQL),
    (R.MQLS, R.MQL_TO_SQL_RATE, RevenueStage.MARKETING, R.DAYS_TO_SQL),
    (R.SQLS, R.SQL_TO_OPPORTUNITY_RATE, RevenueStage.INSIDE_SALES, R.DAYS_TO_OPPORTUNITY),
    (R.OPPORTUNITIES, R.WIN_RATE, RevenueStage.SALES, R.DAYS_TO_CLOSE),
    (R.WON_DEALS, None, RevenueStage.SALES, None),
)

DEFAULT_STAGE: MappingProxyType[R, RevenueStage] = MappingProxyType({
    **{volume: stage for volume, _, stage, _ in CHAIN},
    R.LEAD_TO_MQL_RATE: RevenueStage.MARKETING,
    R.MQL_TO_SQL_RATE: RevenueStage.INSIDE_SALES,
    R.SQL_TO_OPPORTUNITY_RATE: RevenueStage.SALES,
    R.WIN_RATE: RevenueStage.SALES,
    R.AVERAGE_DEAL_SIZE: RevenueStage.SALES,
    R.NEW_REVENUE: RevenueStage.SALES,
    R.PIPELINE_VALUE: RevenueStage.SALES,
    R.DAYS_TO_MQL: RevenueStage.MARKETING,
    R.DAYS_TO_SQL: RevenueStage.INSIDE_SALES,
    R.DAYS_TO_OPPORTUNITY: RevenueStage.SALES,
    R.DAYS_TO_CLOSE: RevenueStage.SALES,
    R.CUSTOMERS: RevenueStage.CUSTOMER_SUCCESS,
    R.RETENTION_RATE: RevenueStage.CUSTOMER_SUCCESS,
    R.REVENUE_PER_CUSTOMER: RevenueStage.CUSTOMER_SUCCESS,
    R.EXPANSION_RATE: RevenueStage.CUSTOMER_SUCCESS,
    R.EXISTING_REVENUE: RevenueStage.CUSTOMER_SUCCESS,
    R.TOTAL_REVENUE: RevenueStage.SALES,
})

EXISTING_ROLES = (R.CUSTOMERS, R.RETENTION_RATE, R.REVENUE_PER_CUSTOMER, R.EXPANSION_RATE, R.EXISTING_REVENUE)
REVENUE_ROLES = (R.NEW_REVENUE, R.EXISTING_REVENUE, R.TOTAL_REVENUE)


def nodes_by_role(plan: Plan) -> dict[R, KpiNode]:
    """Funnel KPIs by role (the first node wins; a valid plan has each role once)."""
    result: dict[R, KpiNode] = {}
    for node in plan.kpis.nodes:
        if node.role is not None:
            result.setdefault(node.role, node)
    return result


def safe_div(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    try:
        return finite(a / b)
    except OverflowError:
        return None


def whole_units(value: float | None) -> int | None:
    """Round a required volume up to whole units, ignoring float noise (60.0000000001 → 60)."""
    if value is None:
        return None
    return math.ceil(round(value, 6))


def minus_days(end: dt.date, days: float | None) -> dt.date | None:
    if days is None or days < 0:
        return None
    try:
        return end - dt.timedelta(days=math.ceil(days))
    except (OverflowError, ValueError):
        return None


class RoleReader:
    """Values by role: planned (the evaluated tree) and actual (up to the reporting period)."""

    def __init__(self, plan: Plan, today: dt.date | None) -> None:
        self.plan = plan
        self.context = ProgressContext(plan)
        self.values: TreeValues = self.context.values
        self.nodes = nodes_by_role(plan)
        self.as_of = reporting_period(plan, today)
        self.thresholds = plan.settings.thresholds

    def node_id(self, role: R | None) -> str | None:
        node = self.nodes.get(role) if role is not None else None
        return node.id if node else None

    def stage(self, role: R) -> RevenueStage:
        node = self.nodes.get(role)
        return node.stage if node is not None and node.stage is not None else DEFAULT_STAGE[role]

    def planned(self, role: R | None) -> float | None:
        node = self.nodes.get(role) if role is not None else None
        if node is None:
            return None
        value = self.values.value(node.id)
        return value if value is not None else finite(node.target)

    def to_date(self, role: R) -> float | None:
        node = self.nodes.get(role)
        if node is None or self.as_of is None:
            return None
        return self.context.actual_to_date(node, self.as_of)

    def latest(self, role: R) -> float | None:
        node = self.nodes.get(role)
        if node is None or self.as_of is None:
            return None
        found = self.context.latest_actual(node.id, self.as_of)
        return None if found is None else found[1]

    def actual_rate(self, rate_role: R, numerator: R, denominator: R) -> float | None:
        direct = self.latest(rate_role)
        if direct is not None:
            return direct
        return safe_div(self.to_date(numerator), self.to_date(denominator))
