"""The revenue process (the CRO view): Marketing → Inside Sales → Sales → Customer Success.

Not a second engine: the funnel reads the KPI tree's nodes by their ``role`` and
``stage``. From the revenue target it works backwards to the volumes each stage must
produce (won deals = target ÷ deal size, opportunities = won ÷ win rate, SQLs =
opportunities ÷ SQL→opportunity rate, MQLs = SQLs ÷ MQL→SQL rate, leads = MQLs ÷
lead→MQL rate; rates are fractions), and, with the days each stage takes, the latest
date by which each stage's volume must exist for deals to close within the fiscal year.

Weak links (``WeakLink.code``), each judged with the plan's own thresholds:

====================  ==========================================================
low_mql_to_sql        the actual MQL→SQL rate is below the planned rate × the
                      at-risk threshold (default 80 %); with no planned rate,
                      below 20 % (MIN_MQL_TO_SQL).
stagnation            the actual days a stage takes exceed the planned days ÷
                      the at-risk threshold (default: 25 % longer than planned),
                      i.e. the stage would be off track as a lower-is-better KPI.
win_rate_out_of_line  the latest actual win rate deviates from the planned rate
                      by more than 20 % of it (WIN_RATE_TOLERANCE), either way.
low_coverage          pipeline ÷ remaining revenue target is below the required
                      coverage 1 ÷ win rate.
untapped_expansion    the plan has revenue KPIs but no expansion-rate KPI, an
                      expansion rate of 0 (or none), or no initiative linked to a
                      KPI of the existing-customer side.
====================  ==========================================================

Actual rates come from the rate KPI's own actuals, or else from the volumes' actuals
to date (SQLs ÷ MQLs, won deals ÷ opportunities).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.enums import InitiativeStatus, RevenueStage
from canvas_app.model.periods import year_end
from canvas_app.model.plan import Plan

from .funnel_blocks import FunnelBlock, find_blocks
from .funnel_roles import (
    CHAIN,
    DEFAULT_STAGE,
    EXISTING_ROLES,
    REVENUE_ROLES,
    RoleReader,
    minus_days,
    nodes_by_role,
    safe_div,
    whole_units,
)
from .kpi_tree import finite, tree_shape

__all__ = [
    "CHAIN", "DEFAULT_STAGE", "ExistingRevenue", "FunnelAnalysis", "FunnelBlock", "FunnelStage", "WeakLink",
    "analyse_funnel", "nodes_by_role",
]

MIN_MQL_TO_SQL = 0.2
WIN_RATE_TOLERANCE = 0.2

# Why a stage has no required volume (FunnelStage.reason).
NO_REVENUE_TARGET = "no_revenue_target"
NO_DEAL_SIZE = "no_deal_size"
NO_RATE = "no_rate"
OVERFLOW = "overflow"

# Where the revenue target came from (FunnelAnalysis.revenue_target_source).
FROM_NEW_REVENUE = "new_revenue"
FROM_TOTAL_MINUS_EXISTING = "total_minus_existing"

@dataclass(frozen=True)
class FunnelStage:
    """One volume stage of the new-business funnel.

    Attributes:
        role: the volume's role (leads, MQLs, SQLs, opportunities, won deals).
        stage: who owns it (the node's own ``stage``, else the usual owner).
        required: the volume the revenue target needs, exactly.
        required_whole: the whole volume: won deals rounded up, and each stage upstream
            worked from the whole figure below it ÷ its rate, rounded up (one chain).
        planned: the volume the KPI tree plans (None when the node is absent).
        actual_to_date: actuals recorded up to the reporting period.
        rate: planned conversion from this stage to the next (None for won deals).
        days_to_close: days from this stage to a closed deal (sum of the stage times).
        generate_by: the latest date this stage's volume must exist to close by year end.
        reason: why ``required`` is None (NO_REVENUE_TARGET, NO_DEAL_SIZE, NO_RATE, OVERFLOW).
    """

    role: R
    stage: RevenueStage
    node_id: str | None
    required: float | None
    required_whole: int | None
    planned: float | None
    actual_to_date: float | None
    rate_role: R | None
    rate_node_id: str | None
    rate: float | None
    days_to_close: float | None
    generate_by: dt.date | None
    reason: str | None


@dataclass(frozen=True)
class ExistingRevenue:
    """The existing-customer side: customers × retention × revenue per customer ×
    (1 + expansion) = existing revenue.

    Attributes:
        formula_value: the product above from the four drivers (expansion counts as 0
            when absent); None when a driver is missing.
        existing_revenue: the existing-revenue node's value in the tree (else its target).
        node_ids: role → node id for the roles present.
    """

    customers: float | None
    retention_rate: float | None
    revenue_per_customer: float | None
    expansion_rate: float | None
    existing_revenue: float | None
    formula_value: float | None
    node_ids: Mapping[R, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WeakLink:
    """A weak link in the revenue process: a stable ``code`` (see the module table), the
    KPI it concerns (None when the KPI is missing) and the numbers behind it.

    ``between``: the volume the weak conversion starts from (MQLS for MQL→SQL; the
    stage whose days run long for a stagnation) — the link from it to the next stage is
    what is weak, not the stage; None for what is no link (coverage, expansion)."""

    code: str
    node_id: str | None
    stage: RevenueStage | None
    params: Mapping[str, float | str] = field(default_factory=dict)
    between: R | None = None


@dataclass(frozen=True)
class FunnelAnalysis:
    """The revenue funnel worked backwards from the revenue target.

    Attributes:
        has_funnel: whether any KPI carries a funnel role.
        revenue_target: new-business revenue to win (``new_revenue`` target, else
            ``total_revenue`` target − existing revenue); ``revenue_target_source`` says which.
        stages: leads → won deals, upstream first.
        required_coverage: 1 ÷ planned win rate.
        actual_coverage: latest pipeline actual ÷ remaining target, when a pipeline
            actual exists and the target is not yet reached.
        as_of: the reporting period used for actuals.
        blocks: the inputs that keep required volumes from being worked out, nearest
            the target first (``funnel_blocks``).
    """

    has_funnel: bool
    revenue_target: float | None
    revenue_target_source: str | None
    average_deal_size: float | None
    stages: tuple[FunnelStage, ...]
    required_coverage: float | None
    actual_coverage: float | None
    pipeline_actual: float | None
    new_revenue_actual: float | None
    remaining_target: float | None
    as_of: str | None
    fiscal_year_end: dt.date
    existing: ExistingRevenue
    weak_links: tuple[WeakLink, ...]
    blocks: tuple[FunnelBlock, ...] = ()

    def stage(self, role: R) -> FunnelStage | None:
        return next((stage for stage in self.stages if stage.role == role), None)


def _revenue_target(reader: RoleReader) -> tuple[float | None, str | None]:
    new = reader.nodes.get(R.NEW_REVENUE)
    if new is not None and new.target is not None:
        return new.target, FROM_NEW_REVENUE
    total = reader.nodes.get(R.TOTAL_REVENUE)
    existing = reader.planned(R.EXISTING_REVENUE)
    if total is not None and total.target is not None and existing is not None:
        return finite(total.target - existing), FROM_TOTAL_MINUS_EXISTING
    return None, None


def _stages(reader: RoleReader, revenue_target: float | None
            ) -> tuple[tuple[FunnelStage, ...], float | None, dict[R, float | None]]:
    deal_size = reader.planned(R.AVERAGE_DEAL_SIZE)
    if deal_size is None:
        deal_size = safe_div(reader.planned(R.NEW_REVENUE), reader.planned(R.WON_DEALS))
    rates: dict[R, float | None] = {}
    for index, (volume, rate_role, _, _) in enumerate(CHAIN[:-1]):
        rate = reader.planned(rate_role)
        if rate is None:  # no rate KPI: the planned volumes imply one
            rate = safe_div(reader.planned(CHAIN[index + 1][0]), reader.planned(volume))
        rates[volume] = rate

    # Work backwards from won deals.
    required: dict[R, float | None] = {}
    reasons: dict[R, str | None] = {}
    if revenue_target is None:
        value, reason = None, NO_REVENUE_TARGET
    elif deal_size is None or deal_size <= 0:
        value, reason = None, NO_DEAL_SIZE
    else:
        value = safe_div(max(revenue_target, 0.0), deal_size)
        reason = None if value is not None else OVERFLOW
    required[R.WON_DEALS], reasons[R.WON_DEALS] = value, reason
    for volume, _, _, _ in reversed(CHAIN[:-1]):
        rate = rates[volume]
        if reason is None and (rate is None or rate <= 0):
            value, reason = None, NO_RATE
        elif reason is None:
            value = safe_div(value, rate)
            reason = None if value is not None else OVERFLOW
        required[volume], reasons[volume] = value, reason

    # Whole units form one chain a sales head can check by hand: won deals rounded up,
    # then each stage upstream worked from the whole figure below it (not from its own
    # exact figure, which can round to one chain link fewer).
    wholes: dict[R, int | None] = {R.WON_DEALS: whole_units(required[R.WON_DEALS])}
    below = wholes[R.WON_DEALS]
    for volume, _, _, _ in reversed(CHAIN[:-1]):
        rate = rates[volume]
        below = whole_units(safe_div(below, rate)) if below is not None and required[volume] is not None else None
        wholes[volume] = below

    end = year_end(reader.plan.settings.fiscal_year, reader.plan.settings.fiscal_year_start_month)
    stages: list[FunnelStage] = []
    days: float | None = 0.0
    cycle: dict[R, float | None] = {R.WON_DEALS: 0.0}
    for volume, _, _, days_role in reversed(CHAIN[:-1]):
        step = reader.planned(days_role)
        days = None if days is None or step is None or step < 0 else finite(days + step)
        cycle[volume] = days
    for volume, rate_role, _, _ in CHAIN:
        stages.append(FunnelStage(
            role=volume,
            stage=reader.stage(volume),
            node_id=reader.node_id(volume),
            required=required[volume],
            required_whole=wholes[volume],
            planned=reader.planned(volume),
            actual_to_date=reader.to_date(volume),
            rate_role=rate_role,
            rate_node_id=reader.node_id(rate_role),
            rate=rates.get(volume),
            days_to_close=cycle[volume],
            generate_by=minus_days(end, cycle[volume]),
            reason=reasons[volume],
        ))
    return tuple(stages), deal_size, rates


def _existing(reader: RoleReader) -> ExistingRevenue:
    customers = reader.planned(R.CUSTOMERS)
    retention = reader.planned(R.RETENTION_RATE)
    per_customer = reader.planned(R.REVENUE_PER_CUSTOMER)
    expansion = reader.planned(R.EXPANSION_RATE)
    formula_value = None
    if customers is not None and retention is not None and per_customer is not None:
        formula_value = finite(customers * retention * per_customer * (1 + (expansion or 0.0)))
    node_ids = {role: reader.nodes[role].id for role in EXISTING_ROLES if role in reader.nodes}
    return ExistingRevenue(
        customers, retention, per_customer, expansion, reader.planned(R.EXISTING_REVENUE),
        formula_value, node_ids,
    )


def analyse_funnel(plan: Plan, today: dt.date | None = None) -> FunnelAnalysis:
    """Work the revenue funnel backwards from the revenue target and find its weak links.

    Actuals count up to ``today``'s period (the latest period with actuals when None).
    """
    reader = RoleReader(plan, today)
    revenue_target, source = _revenue_target(reader)
    stages, deal_size, rates = _stages(reader, revenue_target)
    win_rate = reader.planned(R.WIN_RATE)
    if win_rate is None:
        win_rate = next(s.rate for s in stages if s.role == R.OPPORTUNITIES)
    required_coverage = safe_div(1.0, win_rate) if win_rate is not None and win_rate > 0 else None

    pipeline = reader.latest(R.PIPELINE_VALUE)
    new_actual = reader.to_date(R.NEW_REVENUE)
    remaining = actual_coverage = None
    if revenue_target is not None and pipeline is not None:
        remaining = finite(revenue_target - (new_actual or 0.0))
        if remaining is not None and remaining > 0:
            actual_coverage = safe_div(pipeline, remaining)

    analysis = FunnelAnalysis(
        has_funnel=bool(reader.nodes),
        revenue_target=revenue_target,
        revenue_target_source=source,
        average_deal_size=deal_size,
        stages=stages,
        required_coverage=required_coverage,
        actual_coverage=actual_coverage,
        pipeline_actual=pipeline,
        new_revenue_actual=new_actual,
        remaining_target=remaining,
        as_of=reader.as_of,
        fiscal_year_end=year_end(plan.settings.fiscal_year, plan.settings.fiscal_year_start_month),
        existing=_existing(reader),
        weak_links=(),
        blocks=find_blocks(reader, revenue_target, deal_size, rates),
    )
    return _with_weak_links(analysis, reader)


def _with_weak_links(analysis: FunnelAnalysis, reader: RoleReader) -> FunnelAnalysis:
    links: list[WeakLink] = []
    at_risk = reader.thresholds.at_risk

    planned = next(s.rate for s in analysis.stages if s.role == R.MQLS)
    actual = reader.actual_rate(R.MQL_TO_SQL_RATE, R.SQLS, R.MQLS)
    if actual is not None:
        bar = planned * at_risk if planned is not None and planned > 0 else MIN_MQL_TO_SQL
        if actual < bar:
            params: dict[str, float | str] = {"actual": actual, "threshold": bar}
            if planned is not None:
                params["planned"] = planned
            node_id = reader.node_id(R.MQL_TO_SQL_RATE) or reader.node_id(R.SQLS)
            links.append(WeakLink("low_mql_to_sql", node_id, reader.stage(R.MQL_TO_SQL_RATE), params, R.MQLS))

    for volume, _, _, days_role in CHAIN[:-1]:
        planned_days, actual_days = reader.planned(days_role), reader.latest(days_role)
        if planned_days is None or actual_days is None or planned_days <= 0:
            continue
        limit = finite(planned_days / at_risk)
        if limit is not None and actual_days > limit:
            links.append(WeakLink("stagnation", reader.node_id(days_role), reader.stage(days_role), {
                "actual": actual_days, "planned": planned_days, "limit": limit, "role": days_role.value,
            }, volume))

    planned = next(s.rate for s in analysis.stages if s.role == R.OPPORTUNITIES)
    actual = reader.actual_rate(R.WIN_RATE, R.WON_DEALS, R.OPPORTUNITIES)
    if planned is not None and planned > 0 and actual is not None:
        # finite(): a denormal planned rate would make the deviation infinite.
        deviation = finite(abs(actual - planned) / planned)
        if deviation is not None and deviation > WIN_RATE_TOLERANCE:
            node_id = reader.node_id(R.WIN_RATE) or reader.node_id(R.WON_DEALS)
            links.append(WeakLink("win_rate_out_of_line", node_id, reader.stage(R.WIN_RATE), {
                "actual": actual, "planned": planned, "deviation": deviation,
            }, R.OPPORTUNITIES))

    if (analysis.actual_coverage is not None and analysis.required_coverage is not None
            and analysis.actual_coverage < analysis.required_coverage):
        links.append(WeakLink("low_coverage", reader.node_id(R.PIPELINE_VALUE), reader.stage(R.PIPELINE_VALUE), {
            "actual": analysis.actual_coverage, "required": analysis.required_coverage,
            "pipeline": analysis.pipeline_actual or 0.0, "remaining": analysis.remaining_target or 0.0,
        }))

    expansion = _untapped_expansion(analysis, reader)
    if expansion is not None:
        links.append(expansion)
    return dataclasses.replace(analysis, weak_links=tuple(links))


def _untapped_expansion(analysis: FunnelAnalysis, reader: RoleReader) -> WeakLink | None:
    if not any(role in reader.nodes for role in REVENUE_ROLES):
        return None
    stage = RevenueStage.CUSTOMER_SUCCESS
    expansion_node = reader.nodes.get(R.EXPANSION_RATE)
    anchor = reader.node_id(R.EXPANSION_RATE) or reader.node_id(R.EXISTING_REVENUE)
    if expansion_node is None:
        return WeakLink("untapped_expansion", anchor, stage, {"reason": "no_expansion_kpi"})
    rate = analysis.existing.expansion_rate
    if rate is None or rate <= 0:
        return WeakLink("untapped_expansion", anchor, stage, {"reason": "zero_expansion"})
    shape = tree_shape(reader.plan)
    side: set[str] = set(analysis.existing.node_ids.values())
    existing_node = reader.nodes.get(R.EXISTING_REVENUE)
    if existing_node is not None:
        side.update(shape.subtree(existing_node.id))
    linked = any(
        initiative.status != InitiativeStatus.CANCELLED and side.intersection(initiative.kpi_ids)
        for initiative in reader.plan.roadmap.initiatives
    )
    if not linked:
        return WeakLink("untapped_expansion", anchor, stage, {"reason": "no_initiative"})
    return None
