"""The KPI tree (KPIツリー): evaluation, back-calculation (逆算) and gaps to targets.

The structure helpers (children, parents, roots, depth-first order) live in
``tree_shape`` and are re-exported here.

One engine for marketing KPIs and the revenue funnel (design.md §3). A node is an input
(its value is its ``target``) or computed from its children in order: ``sum``,
``product``, ``ratio`` (first ÷ second) or ``difference`` (first − second).

Everything here walks the tree without recursion: a hostile file may hold a
10,000-deep chain. A valid plan's tree has no cycles and no node with two parents
(``model.references`` rejects them on load); the code still terminates if an edit in
progress breaks that, and marks the nodes it cannot evaluate.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from canvas_app.model.enums import Aggregation, Direction, Formula
from canvas_app.model.kpi import KpiNode
from canvas_app.model.periods import period_keys
from canvas_app.model.plan import Plan

from .kpi_bounds import bound_problem
from .tree_shape import TreeShape, children_map, depth_first, parent_map, roots, tree_shape

__all__ = [
    "BackCalculation", "Gap", "TreeShape", "TreeValues", "apply_formula", "back_calculate",
    "children_map", "default_share", "depth_first", "evaluate", "evaluate_period", "finite", "gap", "node_gap",
    "parent_map", "path_values", "period_share", "roots", "tree_shape",
]

# Why a node has no value (TreeValues.problem). Stable keys; the UI translates them.
MISSING_INPUT = "missing_input"  # an input without a target
MISSING_CHILD = "missing_child"  # a child has no value (see TreeValues.cause)
DIVISION_BY_ZERO = "division_by_zero"  # a ratio whose second child is 0
OVERFLOW = "overflow"  # the result is too large for a float
UNKNOWN_CHILD = "unknown_child"  # a child id that is not a KPI (never in a valid plan)
CYCLE = "cycle"  # the node is on a cycle (never in a valid plan)

# Why a back-calculation failed (BackCalculation.reason).
UNKNOWN_NODE = "unknown_node"
NOT_INPUT = "not_input"
NO_TARGET = "no_target"
NOT_DESCENDANT = "not_descendant"
ZERO_DIVISOR = "zero_divisor"
MISSING_VALUE = "missing_value"
OUT_OF_RANGE = "out_of_range"  # solved, but to a value the input cannot take (see ``bound``)

#: Relative tolerance under which a computed value counts as reaching its target
#: (only float rounding, not a business tolerance).
REACH_TOLERANCE = 1e-9


# ---------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class TreeValues(Mapping[str, "float | None"]):
    """The value of every node, and why a node has none.

    Behaves as a read-only mapping ``node id → value`` (None when it cannot be computed).

    Attributes:
        values: node id → value or None.
        problems: node id → problem key (MISSING_INPUT, MISSING_CHILD, DIVISION_BY_ZERO, …)
            for every node whose value is None.
        causes: node id → the node where the problem started (itself, or the descendant
            whose missing value propagated up).
    """

    values: Mapping[str, float | None]
    problems: Mapping[str, str] = field(default_factory=dict)
    causes: Mapping[str, str] = field(default_factory=dict)

    def value(self, node_id: str) -> float | None:
        return self.values.get(node_id)

    def problem(self, node_id: str) -> str | None:
        return self.problems.get(node_id)

    def cause(self, node_id: str) -> str | None:
        return self.causes.get(node_id)

    def __getitem__(self, node_id: str) -> float | None:
        return self.values[node_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


def finite(value: float | None) -> float | None:
    """The value when it is a finite float, else None (inf/nan never leave calc)."""
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def apply_formula(formula: Formula, operands: list[float]) -> tuple[float | None, str | None]:
    """Apply a computed node's formula to its children's values (in order).

    Returns ``(value, None)`` or ``(None, problem key)``.
    """
    try:
        if formula == Formula.SUM:
            result = math.fsum(operands)
        elif formula == Formula.PRODUCT:
            result = math.prod(operands)
        elif formula == Formula.RATIO:
            if operands[1] == 0:
                return None, DIVISION_BY_ZERO
            result = operands[0] / operands[1]
        elif formula == Formula.DIFFERENCE:
            result = operands[0] - operands[1]
        else:  # an input has no formula to apply
            return None, MISSING_INPUT
    except OverflowError:
        return None, OVERFLOW
    if not math.isfinite(result):
        return None, OVERFLOW
    return result, None


def _evaluate(shape: TreeShape, input_value: Callable[[KpiNode], float | None]) -> TreeValues:
    values: dict[str, float | None] = {}
    problems: dict[str, str] = {}
    causes: dict[str, str] = {}

    def fail(node_id: str, problem: str, cause: str) -> None:
        values[node_id] = None
        problems[node_id] = problem
        causes[node_id] = cause

    # Reversed pre-order visits every node after all of its descendants.
    for node_id in reversed(shape.order):
        node = shape.nodes[node_id]
        if node.is_input:
            value = finite(input_value(node))
            if value is None:
                fail(node_id, MISSING_INPUT, node_id)
            else:
                values[node_id] = value
            continue
        if len(shape.children[node_id]) != len(node.children):
            fail(node_id, UNKNOWN_CHILD, node_id)
            continue
        missing = next((child for child in node.children if values.get(child) is None), None)
        if missing is not None:
            fail(node_id, MISSING_CHILD, causes.get(missing, missing))
            continue
        value, problem = apply_formula(node.formula, [values[child] for child in node.children])
        if problem is not None:
            fail(node_id, problem, node_id)
        else:
            values[node_id] = value
    for node_id in shape.nodes:
        if node_id not in values:
            fail(node_id, CYCLE, node_id)
    return TreeValues(values, problems, causes)


def evaluate(plan: Plan, overrides: Mapping[str, float] | None = None) -> TreeValues:
    """Evaluate the whole tree with annual values: inputs take their ``target`` (or the
    value in ``overrides``, used to try a what-if without editing the plan)."""
    overrides = overrides or {}

    def input_value(node: KpiNode) -> float | None:
        return overrides.get(node.id, node.target)

    return _evaluate(tree_shape(plan), input_value)


def period_share(plan: Plan, node: KpiNode, annual: float | None, key: str) -> float | None:
    """A node's target for one period: ``period_targets[key]`` when set, else the
    default split (``default_share``)."""
    if key not in period_keys(plan.settings.granularity):
        raise ValueError(f"not a period of this plan: {key!r}")
    if key in node.period_targets:
        return node.period_targets[key]
    return default_share(plan, node, annual)


def default_share(plan: Plan, node: KpiNode, annual: float | None) -> float | None:
    """What a period without an override gets: an additive KPI an even split of
    ``annual`` over the plan's periods (12 months or 4 quarters), a non-additive KPI
    ``annual`` itself every period."""
    if annual is None:
        return None
    if node.aggregation == Aggregation.ADDITIVE:
        return annual / len(period_keys(plan.settings.granularity))
    return annual


def evaluate_period(plan: Plan, period_key: str) -> TreeValues:
    """Evaluate the tree for one period: each input takes its period target
    (``period_share``), computed nodes apply their formulas to those."""
    if period_key not in period_keys(plan.settings.granularity):
        raise ValueError(f"not a period of this plan: {period_key!r}")

    def input_value(node: KpiNode) -> float | None:
        return period_share(plan, node, node.target, period_key)

    return _evaluate(tree_shape(plan), input_value)


# ---------------------------------------------------------------------------- back-calculation


@dataclass(frozen=True)
class BackCalculation:
    """The result of solving one free input so that a computed node meets a target.

    Attributes:
        ok: whether a value was found that the input can take.
        value: the value the free input must take; with OUT_OF_RANGE the impossible
            value it would need (so a user reads "would need 125 %"); else None unless ok.
        reason: why not (UNKNOWN_NODE, NOT_INPUT, NO_TARGET, NOT_DESCENDANT, ZERO_DIVISOR,
            MISSING_VALUE, OVERFLOW, OUT_OF_RANGE), None when ok.
        bound: with OUT_OF_RANGE, which bound it breaks (``kpi_bounds.BELOW_ZERO``: a count,
            days or a funnel figure below zero; ``ABOVE_WHOLE``: a rate above 100 %).
        target_value: the target used (the node's own target unless one was given).
        current_value: the free input's value before solving (its target).
        path: node ids from the target node down to the free input.
        blocked_by: the node whose value is missing or zero, when that is the reason.
    """

    ok: bool
    value: float | None
    reason: str | None
    target_node_id: str
    free_input_id: str
    target_value: float | None = None
    current_value: float | None = None
    path: tuple[str, ...] = ()
    blocked_by: str | None = None
    bound: str | None = None


def _invert(
    formula: Formula, position: int, required: float, others: list[tuple[str, float]]
) -> tuple[float | None, str | None, str | None]:
    """The value child number ``position`` must take so that the node equals ``required``,
    given the other children's values. Returns (value, reason, blocking node id)."""
    try:
        if formula == Formula.SUM:
            result = required - math.fsum(value for _, value in others)
        elif formula == Formula.PRODUCT:
            factor = math.prod(value for _, value in others)
            if factor == 0:
                zero = next((node_id for node_id, value in others if value == 0), None)
                return None, ZERO_DIVISOR, zero
            result = required / factor
        elif formula == Formula.RATIO:
            other_id, other = others[0]
            if position == 0:  # a = required × b; b = 0 leaves a ÷ b undefined for every a
                if other == 0:
                    return None, ZERO_DIVISOR, other_id
                result = required * other
            else:  # b = a ÷ required; required 0, or a = 0 (then b would be 0), has no solution
                if required == 0:
                    return None, ZERO_DIVISOR, None
                if other == 0:
                    return None, ZERO_DIVISOR, other_id
                result = other / required
        else:  # DIFFERENCE: a − b
            _, other = others[0]
            result = required + other if position == 0 else other - required
    except OverflowError:
        return None, OVERFLOW, None
    if not math.isfinite(result):
        return None, OVERFLOW, None
    return result, None, None


def back_calculate(
    plan: Plan,
    target_node_id: str,
    free_input_id: str,
    target_value: float | None = None,
) -> BackCalculation:
    """Solve exactly for the input ``free_input_id`` so that ``target_node_id`` equals
    ``target_value`` (its own ``target`` when None), inverting each formula on the path
    down from the target node; every other input keeps its value."""
    shape = tree_shape(plan)

    def result(reason: str | None, value: float | None = None, **extra) -> BackCalculation:
        return BackCalculation(
            ok=reason is None, value=value, reason=reason, target_node_id=target_node_id,
            free_input_id=free_input_id, target_value=target_value, **extra,
        )

    if target_node_id not in shape.nodes or free_input_id not in shape.nodes:
        return result(UNKNOWN_NODE)
    free = shape.nodes[free_input_id]
    current = finite(free.target)
    if not free.is_input:
        return result(NOT_INPUT, current_value=current)
    if target_value is None:
        target_value = shape.nodes[target_node_id].target
    if target_value is None:
        return result(NO_TARGET, current_value=current)
    path = shape.path(target_node_id, free_input_id)
    if path is None:
        return result(NOT_DESCENDANT, current_value=current)

    values = _evaluate(shape, lambda node: node.target)
    required = float(target_value)
    for node_id, child_id in zip(path, path[1:]):
        node = shape.nodes[node_id]
        kids = node.children
        others: list[tuple[str, float]] = []
        for kid in kids:
            if kid == child_id:
                continue
            value = values.value(kid)
            if value is None:
                blocker = values.cause(kid) or kid
                return result(MISSING_VALUE, current_value=current, path=path, blocked_by=blocker)
            others.append((kid, value))
        solved, reason, blocker = _invert(node.formula, kids.index(child_id), required, others)
        if reason is not None:
            return result(reason, current_value=current, path=path, blocked_by=blocker)
        required = solved
    bound = bound_problem(plan, free_input_id, required)
    if bound is not None:
        return result(OUT_OF_RANGE, required, current_value=current, path=path, bound=bound)
    return result(None, required, current_value=current, path=path)


def path_values(plan: Plan, calculation: BackCalculation) -> list[tuple[str, float | None, float | None]]:
    """Each node on a back-calculation's path, from the target node down to the input,
    with its value as planned and with the solved input: ``(node id, before, after)``.
    Empty unless a value was solved (``ok``, or OUT_OF_RANGE to show what it would take)."""
    if calculation.value is None or not calculation.path:
        return []
    before = evaluate(plan)
    after = evaluate(plan, {calculation.free_input_id: calculation.value})
    return [(node_id, before.value(node_id), after.value(node_id)) for node_id in calculation.path]


# ---------------------------------------------------------------------------- gap


@dataclass(frozen=True)
class Gap:
    """A node's computed value against its own target.

    Attributes:
        difference: value − target.
        achievement: value ÷ target (None when the target is 0 or a value is missing).
        reached: direction-aware (higher/lower is better) within float rounding; None
            when the target or the value is missing.
        problem: NO_TARGET, or the tree problem that left the value empty.
    """

    node_id: str
    target: float | None
    value: float | None
    difference: float | None
    achievement: float | None
    reached: bool | None
    problem: str | None


def gap(plan: Plan, node_id: str, values: TreeValues | None = None) -> Gap:
    """The computed value of ``node_id`` against its own target."""
    node = next((n for n in plan.kpis.nodes if n.id == node_id), None)
    if node is None:
        return Gap(node_id, None, None, None, None, None, UNKNOWN_NODE)
    return node_gap(node, evaluate(plan) if values is None else values)


def node_gap(node: KpiNode, values: TreeValues) -> Gap:
    """``gap`` for a node at hand, with the tree already evaluated."""
    value, target = values.value(node.id), node.target
    if value is None:
        return Gap(node.id, target, None, None, None, None, values.problem(node.id))
    if target is None:
        return Gap(node.id, None, value, None, None, None, NO_TARGET)
    difference = finite(value - target)
    achievement = finite(value / target) if target != 0 else None
    tolerance = REACH_TOLERANCE * max(1.0, abs(target))
    if node.direction == Direction.LOWER_IS_BETTER:
        reached = value <= target + tolerance
    else:
        reached = value >= target - tolerance
    return Gap(node.id, target, value, difference, achievement, reached, None)
