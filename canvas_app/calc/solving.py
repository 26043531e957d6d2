"""What the "Solve for…" panel (逆算) asks of the KPI tree: which target a KPI is solved
towards, which inputs can be solved for, and a solution that forward evaluation meets
exactly.

- The target: the KPI's own target; for a root without one, the target of the business
  goal it is linked to (step 1's revenue goal), when the goal is in the KPI's unit.
- The inputs: every input below the KPI, in tree order.
- Exactness: inverting the formulas is exact in real numbers, but a float product or
  quotient may land one unit in the last place off the target. ``solve`` then moves
  the solved value by a few such units until evaluating the tree forward gives the
  target to the last digit, so the team sees the target it asked for, not 599,999,999.99.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from canvas_app.model.plan import Plan

from .kpi_bounds import bound_problem, is_whole_constant
from .kpi_tree import BackCalculation, apply_formula, back_calculate, evaluate, tree_shape

__all__ = ["FROM_GOAL", "FROM_KPI", "SolveTarget", "solvable_inputs", "solve", "solve_target"]

# Where the target of a back-calculation comes from (SolveTarget.source).
FROM_KPI = "kpi"
FROM_GOAL = "goal"

#: How many units in the last place ``solve`` tries on each side of the exact inverse.
_ULP_STEPS = 8


@dataclass(frozen=True)
class SolveTarget:
    """The value a KPI is solved towards: ``value`` (None when it has none), ``source``
    (FROM_KPI, FROM_GOAL or None) and, from a goal, the goal's id."""

    node_id: str
    value: float | None
    source: str | None
    goal_id: str | None = None


def solve_target(plan: Plan, node_id: str) -> SolveTarget:
    """The target KPI ``node_id`` is solved towards: its own, else (for a root) that of
    the business goal it measures, when that goal has a target in the KPI's unit."""
    shape = tree_shape(plan)
    node = shape.nodes.get(node_id)
    if node is None:
        return SolveTarget(node_id, None, None)
    if node.target is not None:
        return SolveTarget(node_id, node.target, FROM_KPI)
    if shape.parent.get(node_id) is None and node.goal_id:
        goal = next((g for g in plan.strategy.goals if g.id == node.goal_id), None)
        if goal is not None and goal.target is not None and goal.unit == node.unit:
            return SolveTarget(node_id, float(goal.target), FROM_GOAL, goal.id)
    return SolveTarget(node_id, None, None)


def solvable_inputs(plan: Plan, node_id: str) -> list[str]:
    """Every input below KPI ``node_id``, in tree order (empty for an input or an
    unknown id), but a 100 % constant (the 1 of "1 + expansion rate"): arithmetic, not a
    value a team could be asked to reach (``levers.is_whole_constant``)."""
    shape = tree_shape(plan)
    node = shape.nodes.get(node_id)
    if node is None or node.is_input:
        return []
    return [n for n in shape.subtree(node_id) if shape.nodes[n].is_input and not is_whole_constant(shape.nodes[n])]


def solve(plan: Plan, node_id: str, input_id: str, target_value: float | None = None) -> BackCalculation:
    """``back_calculate`` towards ``target_value`` (else ``solve_target``), with the
    solved value adjusted so that forward evaluation reproduces the target exactly
    whenever a float within a few units in the last place does."""
    if target_value is None:
        target_value = solve_target(plan, node_id).value
    result = back_calculate(plan, node_id, input_id, target_value)
    if not result.ok or result.value is None or result.target_value is None:
        return result
    exact = _exact(plan, node_id, input_id, result.value, result.target_value)
    if exact == result.value or bound_problem(plan, input_id, exact) is not None:
        return result  # 100 % nudged to 100.00000000000001 % is no better
    return replace(result, value=exact)


def _exact(plan: Plan, node_id: str, input_id: str, value: float, target: float) -> float:
    shape = tree_shape(plan)
    values = evaluate(plan)
    path = shape.path(node_id, input_id) or (node_id, input_id)

    def reached(candidate: float) -> float | None:
        """KPI ``node_id`` with the input at ``candidate``: only the path is evaluated
        again, with the same arithmetic as ``evaluate`` (so the same float)."""
        current: float | None = candidate
        below = input_id
        for above in reversed(path[:-1]):
            operands = [current if child == below else values.value(child) for child in shape.children[above]]
            if any(operand is None for operand in operands):
                return None
            current, _ = apply_formula(shape.nodes[above].formula, operands)
            if current is None:
                return None
            below = above
        return current

    first = reached(value)
    if first is None or first == target:
        return value
    best, best_miss = value, abs(first - target)
    for direction in (math.inf, -math.inf):
        candidate = value
        for _ in range(_ULP_STEPS):
            candidate = math.nextafter(candidate, direction)
            got = reached(candidate)
            if got is None:
                break
            if got == target:
                return candidate
            if abs(got - target) < best_miss:
                best, best_miss = candidate, abs(got - target)
    return best
