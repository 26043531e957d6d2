"""Which lever matters (感度): the inputs below a KPI ranked by how much a better value of
each moves that KPI, and the revenue root above it.

``rank_levers(plan, node_id)`` tries each input below ``node_id`` 10 % better — up for a
higher-is-better input, down for a lower-is-better one (days, cost) — with every other
input as planned, and ranks the inputs by how much the KPI improves in its own direction.
A team sees at a glance that the win rate moves revenue more than the number of leads.

Only the path from the input up to the root is evaluated again for each trial (the other
branches keep their values), so ranking every input of a 500-node tree stays cheap.

A rate that is a share of a whole (a conversion or retention rate, ``kpi_bounds``) is
never tried above 100 %; an input at 0 cannot be made 10 % better and ranks last with no
effect (``Lever.at_zero``).
"""

from __future__ import annotations

from dataclasses import dataclass

from canvas_app.model.enums import Direction, Formula
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan

from .kpi_bounds import is_whole_constant, share_of_whole
from .kpi_tree import TreeValues, apply_formula, evaluate, finite, tree_shape
from .tree_shape import TreeShape

__all__ = ["DEFAULT_STEP", "Lever", "LeverRanking", "is_whole_constant", "rank_levers", "trial_value"]

#: How much better each input is tried: 10 %.
DEFAULT_STEP = 0.10

# Why there is no ranking (LeverRanking.reason).
UNKNOWN_NODE = "unknown_node"
NOT_COMPUTED = "not_computed"  # an input has no levers below it
NO_VALUE = "no_value"  # the KPI has no value to move (see TreeValues.problem)


@dataclass(frozen=True)
class Lever:
    """One input tried better, and what it does to the KPI and to its root.

    Attributes:
        input_id: the input tried.
        base / trial: its planned value and the better value tried.
        before / after: the KPI's value with the planned and the tried input.
        effect: ``after − before`` (signed).
        improvement: the effect in the KPI's own direction, relative to ``|before|``
            (0.05 = the KPI gets 5 % better); None when ``before`` is 0.
        root_id / root_before / root_after: the same for the root of the KPI's tree
            (the KPI itself when it is the root).
        at_zero: the input is 0, so 10 % better is still 0 (no effect, ranked last).
    """

    input_id: str
    base: float
    trial: float
    before: float
    after: float | None
    effect: float | None
    improvement: float | None
    root_id: str
    root_before: float | None
    root_after: float | None
    at_zero: bool = False

    @property
    def root_effect(self) -> float | None:
        if self.root_before is None or self.root_after is None:
            return None
        return finite(self.root_after - self.root_before)


@dataclass(frozen=True)
class LeverRanking:
    """The inputs below ``node_id``, most effective first; ``reason`` when there are none
    to rank (UNKNOWN_NODE, NOT_COMPUTED, NO_VALUE). ``missing`` lists inputs below the
    KPI that have no value (they block the KPI's value; see ``TreeValues``)."""

    node_id: str
    levers: tuple[Lever, ...] = ()
    reason: str | None = None
    missing: tuple[str, ...] = ()


def trial_value(plan: Plan, node_id: str, base: float, step: float = DEFAULT_STEP) -> float:
    """``base`` made ``step`` better in the direction of input ``node_id`` (capped at 100 %
    for a share of a whole such as a conversion rate)."""
    node = next(n for n in plan.kpis.nodes if n.id == node_id)
    return _trial(node, base, step, node_id in share_of_whole(plan))


def _trial(node: KpiNode, base: float, step: float, is_share: bool) -> float:
    factor = 1 - step if node.direction == Direction.LOWER_IS_BETTER else 1 + step
    value = base * factor
    if is_share and base <= 1.0:
        value = min(value, 1.0)
    return value


def _value_with(shape: TreeShape, values: TreeValues, chain: list[str], changed: str,
                trial: float) -> dict[str, float | None]:
    """The values along ``chain`` (the changed input's ancestors, nearest first) with
    input ``changed`` at ``trial`` and every other node as evaluated.

    A sum or product with many children (a root adding up 30 branches) is updated from
    its old value and the one child that changed, not added up again: ranking the levers
    of a 500-node tree then stays within a keystroke's budget."""
    planned = values.values
    current: dict[str, float | None] = {changed: trial}
    below = changed
    for node_id in chain:
        formula = shape.nodes[node_id].formula
        old_node, old_child, new_child = planned.get(node_id), planned.get(below), current[below]
        value = None
        if new_child is not None and old_node is not None and old_child is not None and (
                formula == Formula.SUM or (formula == Formula.PRODUCT and old_child != 0)):
            value = finite(old_node - old_child + new_child if formula == Formula.SUM
                           else old_node / old_child * new_child)
        else:
            operands = [new_child if child == below else planned.get(child) for child in shape.children[node_id]]
            if all(operand is not None for operand in operands):
                value, _ = apply_formula(formula, operands)
        current[node_id] = value
        below = node_id
    return current


def rank_levers(plan: Plan, node_id: str, step: float = DEFAULT_STEP) -> LeverRanking:
    """Rank the inputs below ``node_id`` by how much a ``step`` better value of each
    improves ``node_id`` (in its own direction), the best first; ties keep tree order."""
    shape = tree_shape(plan)
    node = shape.nodes.get(node_id)
    if node is None:
        return LeverRanking(node_id, reason=UNKNOWN_NODE)
    if node.is_input:
        return LeverRanking(node_id, reason=NOT_COMPUTED)
    values = evaluate(plan)
    inputs = [n for n in shape.subtree(node_id) if shape.nodes[n].is_input]
    missing = tuple(n for n in inputs if values.value(n) is None)
    before = values.value(node_id)
    if before is None:
        return LeverRanking(node_id, reason=NO_VALUE, missing=missing)
    root_id = shape.root_of(node_id)
    root_before = values.value(root_id)
    sign = -1.0 if node.direction == Direction.LOWER_IS_BETTER else 1.0
    shares = share_of_whole(plan)

    levers: list[Lever] = []
    for input_id in inputs:
        base = values.value(input_id)
        if base is None or is_whole_constant(shape.nodes[input_id]):
            continue
        chain = shape.ancestors(input_id)
        trial = _trial(shape.nodes[input_id], base, step, input_id in shares)
        after_values = _value_with(shape, values, chain, input_id, trial)
        after = after_values.get(node_id)
        root_after = after_values.get(root_id, after if root_id == node_id else None)
        effect = finite(after - before) if after is not None else None
        improvement = finite(sign * effect / abs(before)) if effect is not None and before != 0 else None
        levers.append(Lever(
            input_id=input_id, base=base, trial=trial, before=before, after=after, effect=effect,
            improvement=improvement, root_id=root_id, root_before=root_before, root_after=root_after,
            at_zero=base == 0,
        ))

    def rank(lever: Lever) -> float:
        if lever.improvement is not None:
            return lever.improvement
        if lever.effect is not None:  # the KPI is 0 before: rank by the signed effect
            return sign * lever.effect
        return float("-inf")

    # Rounded so that float noise does not reorder equal effects (ties keep tree order).
    ordered = sorted(levers, key=lambda lever: (lever.at_zero, -round(rank(lever), 12)))
    return LeverRanking(node_id, tuple(ordered), None, missing)
