"""Property: back-calculation is the exact inverse of evaluation.

For a random small tree, a computed target node, one free input below it and a target
value: when back_calculate succeeds, evaluating the tree with the solved input gives the
target (within 1e-9 relative to the magnitudes involved — float rounding only).
"""

from __future__ import annotations

import itertools
import math

from hypothesis import assume, given
from hypothesis import strategies as st

from canvas_app.calc import kpi_tree as kt
from canvas_app.calc.kpi_tree import back_calculate, evaluate
from canvas_app.model import KpiNode, KpiTree, Plan
from canvas_app.model.enums import Formula

ALL_FORMULAS = (Formula.SUM, Formula.PRODUCT, Formula.RATIO, Formula.DIFFERENCE)


@st.composite
def small_trees(draw, values, formulas=ALL_FORMULAS, max_depth=3):
    """A plan holding one tree of at most ``max_depth`` levels below the root; the root
    is always computed. Returns (plan, root id, input ids)."""
    counter = itertools.count()
    nodes: list[KpiNode] = []
    inputs: list[str] = []

    def build(depth: int) -> str:
        node_id = f"n{next(counter)}"
        if depth > 0 and (depth >= max_depth or draw(st.booleans())):
            nodes.append(KpiNode(id=node_id, target=draw(values)))
            inputs.append(node_id)
            return node_id
        formula = draw(st.sampled_from(formulas))
        count = 2 if formula in (Formula.RATIO, Formula.DIFFERENCE) else draw(st.integers(1, 3))
        children = [build(depth + 1) for _ in range(count)]
        nodes.append(KpiNode(id=node_id, formula=formula, children=children))
        return node_id

    root = build(0)
    return Plan(kpis=KpiTree(nodes=nodes)), root, inputs


def _scale(*trees: kt.TreeValues) -> float:
    return max([1.0] + [abs(v) for tree in trees for v in tree.values.values() if v is not None])


def _well_conditioned(plan: Plan, values: kt.TreeValues) -> bool:
    """No computed node is the tiny remainder of much larger operands (cancellation),
    which would amplify rounding beyond any fixed tolerance."""
    for node in plan.kpis.nodes:
        if node.is_input or values.value(node.id) is None:
            continue
        operands = [abs(values.value(child)) for child in node.children]
        result = abs(values.value(node.id))
        if node.formula in (Formula.SUM, Formula.DIFFERENCE) and result and result < 1e-6 * max(operands):
            return False
        if node.formula == Formula.RATIO and operands[1] and operands[1] < 1e-6:
            return False
    return True


@given(data=st.data(), tree=small_trees(st.floats(0.01, 1000), (Formula.PRODUCT, Formula.RATIO)),
       factor=st.floats(0.5, 2.0))
def test_positive_multiplicative_trees_always_solve_exactly(data, tree, factor):
    # Positive inputs under products and ratios: no value on the path can be 0, so a
    # solution always exists. The target is the current value × 0.5–2, as a planner moves it.
    plan, root, inputs = tree
    free = data.draw(st.sampled_from(inputs))
    before = evaluate(plan)
    target = before.value(root) * factor
    result = back_calculate(plan, root, free, target)
    assert result.ok, result
    after = evaluate(plan, {free: result.value})
    assert math.isclose(after.value(root), target, rel_tol=1e-9)


@given(data=st.data(), tree=small_trees(st.floats(0.01, 1000), (Formula.SUM, Formula.PRODUCT, Formula.RATIO)),
       factor=st.floats(0.5, 2.0))
def test_positive_trees_with_sums_solve_exactly(data, tree, factor):
    # With sums, lowering a target can require a ratio of 0 (e.g. 1 ÷ b + 2 = 2), or a
    # count below zero (a + b = 2 with a = 3): the failures allowed are then a zero
    # divisor, or a value out of range that still solves the equation but is refused.
    plan, root, inputs = tree
    free = data.draw(st.sampled_from(inputs))
    before = evaluate(plan)
    target = before.value(root) * factor
    result = back_calculate(plan, root, free, target)
    if not result.ok and result.reason == kt.OUT_OF_RANGE:
        assert result.value < 0 and result.bound == "below_zero"
    elif not result.ok:
        assert result.reason == kt.ZERO_DIVISOR
        return
    after = evaluate(plan, {free: result.value})
    assert math.isclose(after.value(root), target, rel_tol=1e-9, abs_tol=1e-9 * _scale(before, after))


@given(
    data=st.data(),
    tree=small_trees(st.integers(-20, 20).map(float)),
    target=st.integers(-1000, 1000).map(float),
)
def test_any_tree_solves_exactly_or_says_why(data, tree, target):
    plan, root, inputs = tree
    free = data.draw(st.sampled_from(inputs))
    before = evaluate(plan)
    result = back_calculate(plan, root, free, target)
    if not result.ok and result.reason == kt.OUT_OF_RANGE:
        # Solved, but to a value the input cannot take (a count below zero): refused,
        # and the value it would need still meets the target.
        assert result.value < 0 and result.bound == "below_zero"
    elif not result.ok:
        assert result.value is None
        assert result.reason in (kt.ZERO_DIVISOR, kt.MISSING_VALUE, kt.OVERFLOW)
        if result.reason == kt.MISSING_VALUE:
            # Only a sibling on the path can be missing (a division by zero below it).
            assert before.value(result.blocked_by) is None or before.problem(result.blocked_by)
        return
    after = evaluate(plan, {free: result.value})
    assert after.value(root) is not None, (result, after)
    assume(_well_conditioned(plan, before) and _well_conditioned(plan, after))
    scale = _scale(before, after)
    assert abs(after.value(root) - target) <= 1e-9 * max(abs(target), scale)


@given(tree=small_trees(st.integers(-20, 20).map(float)))
def test_evaluation_never_leaves_inf_or_nan(tree):
    plan, root, _ = tree
    values = evaluate(plan)
    for node_id, value in values.items():
        assert value is None or math.isfinite(value)
        assert (value is None) == (values.problem(node_id) is not None)
