"""Targets per period (期間別目標) of one KPI, as the step 3 editor shows and edits them.

Each period of the plan (12 fiscal months or 4 quarters, in the fiscal year's order)
takes the KPI's override (``KpiNode.period_targets[key]``) when one is typed, else the
default split (``kpi_tree.default_share``): an additive KPI an even split (均等割り) of
its annual target (年間目標), a non-additive one the same level every period. The values
are the ones progress judges actuals against (``progress.ProgressContext``) and the
workbook writes in its period columns, so the editor, the statuses and the exports
agree.

Computed KPIs take overrides too, as they always have in progress and in the workbook's
period columns: a period target is a goal to judge that period's actual against, and a
team may well plan a seasonal revenue while its drivers keep an even split. Their
default splits the KPI's own target, or, without one, the annual value the tree
computes from its inputs (``annual_is_target`` is then False). Overrides never feed the
tree's annual figures: those come from the inputs' annual targets.

Spreading the remainder (``spread_remainder``) gives the periods without an override
what the overrides leave of the annual target, evenly; counts and money in whole units,
the odd units to the earliest periods, so the periods add up to the annual target
exactly. It refuses, with a reason key the UI words, when there is nothing to spread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from canvas_app.model.enums import Aggregation, Unit
from canvas_app.model.kpi import KpiNode
from canvas_app.model.periods import period_keys
from canvas_app.model.plan import Plan

from .kpi_bounds import bound_problem
from .kpi_tree import TreeValues, default_share, evaluate, finite
from .progress import ProgressContext

__all__ = [
    "ALL_OVERRIDDEN", "NOT_ADDITIVE", "NO_ANNUAL", "OVER_TARGET", "PeriodTargets", "PeriodValue", "Spread",
    "override_problem", "period_targets_of", "spread_remainder", "with_override",
]

# Why the remainder cannot be spread (Spread.reason). Stable keys; the UI words them.
NOT_ADDITIVE = "not_additive"  # a rate or level: its periods are not meant to add up
NO_ANNUAL = "no_annual"  # no annual target (nor, for a computed KPI, a value) to share
ALL_OVERRIDDEN = "all_overridden"  # every period is typed in: nobody left to take the rest
OVER_TARGET = "over_target"  # the overrides already exceed a non-negative annual target

#: Units whose period targets are whole numbers once spread (nobody plans 83.3 leads).
WHOLE_UNITS = frozenset({Unit.COUNT, Unit.JPY})


@dataclass(frozen=True)
class PeriodValue:
    """One period's target.

    Attributes:
        key: the fiscal period key ("M01".."M12" or "Q1".."Q4").
        value: the target used: the override when there is one, else ``default``.
        default: what the period gets without an override (None without an annual value).
        overridden: whether ``value`` was typed in for this period.
    """

    key: str
    value: float | None
    default: float | None
    overridden: bool


@dataclass(frozen=True)
class PeriodTargets:
    """Every period's target of one KPI and, for an additive KPI, whether they add up.

    Attributes:
        annual: the annual target split by default (for a computed KPI without a target,
            the tree's annual value); None when there is none.
        annual_is_target: False when ``annual`` is a computed KPI's tree value.
        total: additive only: the periods' sum (None when a period has no value).
        difference: additive only: ``total − annual`` (0.0 within float rounding).
        adds_up: additive only: whether ``total`` is the annual target; None when either
            is missing or the KPI is not additive.
    """

    node_id: str
    additive: bool
    annual: float | None
    annual_is_target: bool
    periods: tuple[PeriodValue, ...]
    total: float | None = None
    difference: float | None = None
    adds_up: bool | None = None

    @property
    def overrides(self) -> dict[str, float]:
        """The typed-in targets, in fiscal order (the ``period_targets`` to store)."""
        return {p.key: p.value for p in self.periods if p.overridden and p.value is not None}


@dataclass(frozen=True)
class Spread:
    """The result of spreading what the overrides leave of the annual target.

    Attributes:
        targets: the new ``period_targets`` (every period), None when refused.
        reason: why not (NOT_ADDITIVE, NO_ANNUAL, ALL_OVERRIDDEN, OVER_TARGET), else None.
        remainder: the annual target minus the overrides (None without an annual target
            or for a non-additive KPI); with OVER_TARGET, how far below zero it is.
        changes: whether any period's target would change (a button is offered only then).
    """

    targets: dict[str, float] | None
    reason: str | None
    remainder: float | None = None
    changes: bool = False

    @property
    def ok(self) -> bool:
        return self.reason is None


def _node(plan: Plan, node_id: str) -> KpiNode:
    for node in plan.kpis.nodes:
        if node.id == node_id:
            return node
    raise KeyError(node_id)


def _context(plan: Plan, node: KpiNode, values: TreeValues | None) -> ProgressContext:
    # Only a computed KPI without a target needs the tree's value: spare the others the
    # whole tree's evaluation (the editor asks on every keystroke).
    if values is None and (node.is_input or node.target is not None):
        values = TreeValues({})
    return ProgressContext(plan, values if values is not None else evaluate(plan))


def period_targets_of(plan: Plan, node_id: str, values: TreeValues | None = None) -> PeriodTargets:
    """Every period's target of KPI ``node_id`` in fiscal order (``values``: the tree
    already evaluated, if at hand). Raises KeyError for an unknown KPI."""
    node = _node(plan, node_id)
    context = _context(plan, node, values)
    annual = finite(context.annual(node))
    default = finite(default_share(plan, node, annual))
    periods = tuple(
        PeriodValue(key, context.period_target(node, key), default, key in node.period_targets)
        for key in context.keys)
    additive = node.aggregation == Aggregation.ADDITIVE
    annual_is_target = node.is_input or node.target is not None
    if not additive:
        return PeriodTargets(node_id, False, annual, annual_is_target, periods)
    used = [p.value for p in periods]
    total = None if any(v is None for v in used) else _sum(used)  # type: ignore[arg-type]
    if total is None or annual is None:
        return PeriodTargets(node_id, True, annual, annual_is_target, periods, total)
    difference = finite(total - annual)
    adds_up = difference is not None and math.isclose(total, annual, rel_tol=1e-9, abs_tol=1e-9)
    return PeriodTargets(node_id, True, annual, annual_is_target, periods, total,
                         0.0 if adds_up else difference, adds_up)


def _sum(values: list[float]) -> float | None:
    try:
        return finite(math.fsum(values))
    except OverflowError:
        return None


def override_problem(plan: Plan, node_id: str, value: float) -> str | None:
    """Why ``value`` cannot be a period target of ``node_id``: ``kpi_bounds.BELOW_ZERO``
    (a count, days or a funnel figure) or ``ABOVE_WHOLE`` (a conversion, win or retention
    rate above 100 %); None when it can."""
    return bound_problem(plan, node_id, value)


def with_override(plan: Plan, node_id: str, key: str, value: float | None) -> dict[str, float]:
    """The node's ``period_targets`` with period ``key`` set to ``value``, or cleared
    (back to the default split) when ``value`` is None; in fiscal order."""
    keys = period_keys(plan.settings.granularity)
    if key not in keys:
        raise ValueError(f"not a period of this plan: {key!r}")
    changed = dict(_node(plan, node_id).period_targets)
    if value is None:
        changed.pop(key, None)
    else:
        changed[key] = float(value)
    return {k: changed[k] for k in keys if k in changed}


def spread_remainder(plan: Plan, node_id: str, values: TreeValues | None = None, *,
                     targets: PeriodTargets | None = None) -> Spread:
    """The ``period_targets`` in which the periods without an override share, evenly,
    what the overrides leave of the annual target; every period is then typed in.

    Counts and money are spread in whole units when the remainder is whole (the earliest
    periods take one more), so the periods add up to the annual target exactly; other
    units, or a remainder with decimals, are split evenly with the last period taking the
    rounding. Refused (``Spread.reason``) for a non-additive KPI, without an annual value,
    when every period is overridden, and when the overrides exceed a non-negative annual
    target (the other periods would need targets below zero; a negative annual target,
    a planned loss, may well be spread as negative shares). ``targets``: the node's
    ``period_targets_of`` already computed, if at hand.
    """
    if targets is None or targets.node_id != node_id:
        targets = period_targets_of(plan, node_id, values)
    if not targets.additive:
        return Spread(None, NOT_ADDITIVE)
    annual = targets.annual
    if annual is None:
        return Spread(None, NO_ANNUAL)
    overrides = targets.overrides
    remainder = finite(annual - math.fsum(overrides.values()))
    if remainder is None:
        return Spread(None, NO_ANNUAL)
    free = [p.key for p in targets.periods if p.key not in overrides]
    if not free:
        return Spread(None, ALL_OVERRIDDEN, remainder)
    if remainder < 0 <= annual:
        return Spread(None, OVER_TARGET, remainder)
    unit = _node(plan, node_id).unit
    shares = _whole_shares(remainder, len(free)) if unit in WHOLE_UNITS and remainder.is_integer() \
        else _even_shares(remainder, len(free))
    spread = dict(overrides) | dict(zip(free, shares, strict=True))
    ordered = {p.key: spread[p.key] for p in targets.periods}
    changes = any(ordered[p.key] != p.value for p in targets.periods)
    return Spread(ordered, None, remainder, changes)


def _whole_shares(remainder: float, count: int) -> list[float]:
    """``remainder`` (a whole number) in ``count`` whole shares, the larger ones (in
    size: a planned loss too) first."""
    sign = -1 if remainder < 0 else 1
    base, extra = divmod(abs(int(remainder)), count)
    return [float(sign * (base + 1 if i < extra else base)) for i in range(count)]


def _even_shares(remainder: float, count: int) -> list[float]:
    """``remainder`` in ``count`` even shares, the last one taking the float rounding."""
    share = remainder / count
    shares = [share] * (count - 1)
    return [*shares, remainder - math.fsum(shares)]
