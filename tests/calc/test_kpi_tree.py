"""KPI tree: structure, evaluation (annual and per period), back-calculation and gaps."""

from __future__ import annotations

import pytest

from canvas_app.calc import kpi_tree as kt
from canvas_app.calc.kpi_tree import back_calculate, evaluate, evaluate_period, gap
from canvas_app.model.enums import Aggregation, Direction, Granularity

from .builders import funnel_plan, kpi, plan_with, rate

# ---------------------------------------------------------------------------- structure


def _forest():
    # Document order: b1, root_a, a2, root_b, a1, b2.
    #   root_a = sum(a1, a2);  root_b = product(b1, b2)
    return plan_with([
        kpi("b1", target=2),
        kpi("root_a", "sum", ("a1", "a2")),
        kpi("a2", target=5),
        kpi("root_b", "product", ("b1", "b2")),
        kpi("a1", target=3),
        kpi("b2", target=7),
    ])


def test_structure_helpers_follow_document_order():
    plan = _forest()
    assert kt.roots(plan) == ["root_a", "root_b"]
    assert kt.children_map(plan)["root_a"] == ("a1", "a2")
    assert kt.children_map(plan)["a1"] == ()
    assert kt.parent_map(plan) == {"a1": "root_a", "a2": "root_a", "b1": "root_b", "b2": "root_b"}
    # Pre-order: a root, then its children in their listed order.
    assert kt.depth_first(plan) == ["root_a", "a1", "a2", "root_b", "b1", "b2"]
    assert kt.depth_first(plan, "root_b") == ["root_b", "b1", "b2"]
    shape = kt.tree_shape(plan)
    assert shape.ancestors("a2") == ["root_a"]
    assert shape.path("root_b", "b2") == ("root_b", "b2")
    assert shape.path("root_a", "b2") is None
    assert shape.root_of("b1") == "root_b"


def test_a_10000_deep_chain_needs_no_recursion():
    depth = 10_000
    # n0 = sum(n1), n1 = sum(n2), … n9999 = input 1.0 → every node evaluates to 1.0.
    nodes = [kpi(f"n{i}", "sum", (f"n{i + 1}",)) for i in range(depth - 1)] + [kpi(f"n{depth - 1}", target=1.0)]
    plan = plan_with(nodes)
    order = kt.depth_first(plan)
    assert order[0] == "n0" and order[-1] == f"n{depth - 1}" and len(order) == depth
    values = evaluate(plan)
    assert values.value("n0") == 1.0
    # Back-calculation along the whole chain: target 42 at the top → the bottom input is 42.
    result = back_calculate(plan, "n0", f"n{depth - 1}", 42.0)
    assert result.ok and result.value == 42.0 and len(result.path) == depth


# ---------------------------------------------------------------------------- evaluation


def test_each_formula_by_hand():
    plan = plan_with([
        kpi("s", "sum", ("x", "y", "z")),          # 2 + 3 + 5 = 10
        kpi("p", "product", ("x2", "y2", "z2")),   # 2 × 3 × 5 = 30
        kpi("r", "ratio", ("num", "den")),         # 9 ÷ 4 = 2.25
        kpi("d", "difference", ("a", "b")),        # 4 − 10 = −6 (order matters)
        kpi("x", target=2), kpi("y", target=3), kpi("z", target=5),
        kpi("x2", target=2), kpi("y2", target=3), kpi("z2", target=5),
        kpi("num", target=9), kpi("den", target=4),
        kpi("a", target=4), kpi("b", target=10),
    ])
    values = evaluate(plan)
    assert values.value("s") == 10
    assert values.value("p") == 30
    assert values.value("r") == 2.25
    assert values.value("d") == -6
    assert values["x"] == 2  # TreeValues is a mapping too
    assert dict(values)["d"] == -6
    assert values.problem("s") is None


def test_missing_input_propagates_with_its_cause():
    plan = plan_with([
        kpi("top", "sum", ("mid", "c")),
        kpi("mid", "product", ("a", "b")),
        kpi("a", target=2), kpi("b"), kpi("c", target=1),
    ])
    values = evaluate(plan)
    assert values.value("b") is None and values.problem("b") == kt.MISSING_INPUT
    assert values.value("mid") is None and values.problem("mid") == kt.MISSING_CHILD
    assert values.cause("mid") == "b" and values.cause("top") == "b"
    assert values.value("c") == 1 and values.problem("c") is None


def test_division_by_zero_and_overflow():
    plan = plan_with([
        kpi("cpa", "ratio", ("cost", "leads")),
        kpi("cost", target=100_000), kpi("leads", target=0),
        kpi("huge", "product", ("h1", "h2")),
        kpi("h1", target=1e200), kpi("h2", target=1e200),  # 1e400 does not fit a float
        kpi("above", "sum", ("cpa2",)),
        kpi("cpa2", "ratio", ("one", "zero")), kpi("one", target=1), kpi("zero", target=0),
    ])
    values = evaluate(plan)
    assert values.value("cpa") is None and values.problem("cpa") == kt.DIVISION_BY_ZERO
    assert values.value("huge") is None and values.problem("huge") == kt.OVERFLOW
    assert values.problem("above") == kt.MISSING_CHILD and values.cause("above") == "cpa2"


def test_overrides_try_a_value_without_editing_the_plan():
    plan = funnel_plan()
    # 5,000 leads × 0.4 × 0.3 × 0.5 × 0.25 = 75 won deals × 2,000,000 = 150,000,000 yen.
    assert evaluate(plan, {"leads": 5000}).value("new") == pytest.approx(150_000_000)
    assert plan.kpis.nodes[10].target == 4000  # unchanged


def test_evaluate_period_splits_additive_inputs_and_keeps_rates():
    plan = plan_with([
        kpi("revenue", "product", ("deals", "size")),
        kpi("deals", target=120, period_targets={"M03": 30}),
        rate("size", 500_000),
    ])
    # M01: 120 deals ÷ 12 = 10 deals × 500,000 = 5,000,000 yen (deal size is not split).
    m01 = evaluate_period(plan, "M01")
    assert m01.value("deals") == 10 and m01.value("size") == 500_000
    assert m01.value("revenue") == 5_000_000
    # M03 is overridden: 30 deals × 500,000 = 15,000,000.
    assert evaluate_period(plan, "M03").value("revenue") == 15_000_000
    with pytest.raises(ValueError):
        evaluate_period(plan, "Q1")  # a monthly plan has no quarters


def test_evaluate_period_by_quarter():
    plan = plan_with([kpi("leads", target=4000)], granularity=Granularity.QUARTER)
    assert evaluate_period(plan, "Q2").value("leads") == 1000  # 4,000 ÷ 4


# ---------------------------------------------------------------------------- back-calculation


def test_issue_example_back_calculates_leads():
    plan = funnel_plan(leads=1)  # any starting value: leads is what we solve for
    result = back_calculate(plan, "new", "leads")
    # 120,000,000 ÷ 2,000,000 = 60 won; ÷ 0.25 = 240 opportunities; ÷ 0.5 = 480 SQLs;
    # ÷ 0.3 = 1,600 MQLs; ÷ 0.4 = 4,000 leads.
    assert result.ok and result.reason is None
    assert result.value == pytest.approx(4000)
    assert result.target_value == 120_000_000 and result.current_value == 1
    assert result.path == ("new", "won", "opps", "sqls", "mqls", "leads")


def test_back_calculate_with_an_explicit_target_and_a_rate_as_free_input():
    plan = funnel_plan()
    # 150,000,000 ÷ 2,000,000 = 75 won; 75 ÷ 0.25 = 300 opp; ÷ 0.5 = 600; ÷ 0.3 = 2,000; ÷ 0.4 = 5,000.
    assert back_calculate(plan, "new", "leads", 150_000_000).value == pytest.approx(5000)
    # Keep 4,000 leads (240 opportunities) and solve the win rate: 75 ÷ 240 = 0.3125.
    assert back_calculate(plan, "new", "win", 150_000_000).value == pytest.approx(0.3125)
    # Or the deal size: 150,000,000 ÷ 60 won deals = 2,500,000.
    assert back_calculate(plan, "new", "deal", 150_000_000).value == pytest.approx(2_500_000)


def test_back_calculate_inverts_sum_difference_and_both_sides_of_a_ratio():
    plan = plan_with([
        kpi("total", "sum", ("a", "b", "c"), target=100),
        kpi("a", target=20), kpi("b", target=0), kpi("c", target=30),
        kpi("profit", "difference", ("revenue", "cost"), target=30),
        kpi("revenue", target=100), kpi("cost", target=50),
        kpi("cpa", "ratio", ("spend", "leads"), target=5000, direction=Direction.LOWER_IS_BETTER),
        kpi("spend", target=1_000_000), kpi("leads", target=100),
    ])
    assert back_calculate(plan, "total", "b").value == 50             # 100 − 20 − 30
    assert back_calculate(plan, "profit", "revenue").value == 80      # 30 + 50
    assert back_calculate(plan, "profit", "cost").value == 70         # 100 − 30
    assert back_calculate(plan, "cpa", "leads").value == 200          # 1,000,000 ÷ 5,000
    assert back_calculate(plan, "cpa", "spend").value == 500_000      # 5,000 × 100


def test_back_calculate_solving_the_top_input_itself():
    plan = plan_with([kpi("x", target=3)])
    result = back_calculate(plan, "x", "x", 8)
    assert result.ok and result.value == 8 and result.path == ("x",)


def test_back_calculate_reasons():
    plan = plan_with([
        kpi("top", "product", ("a", "zero", "sub"), target=10),
        kpi("a", target=2), kpi("zero", target=0),
        kpi("sub", "sum", ("s1", "s2")), kpi("s1", target=1), kpi("s2"),
        kpi("no_goal", "sum", ("n1",)), kpi("n1", target=4),
        kpi("ratio_top", "ratio", ("num", "den"), target=0), kpi("num", target=6), kpi("den", target=3),
        kpi("ratio_zero_den", "ratio", ("num2", "den2"), target=1), kpi("num2", target=6), kpi("den2", target=0),
        kpi("ratio_zero_num", "ratio", ("num3", "den3"), target=2), kpi("num3", target=0), kpi("den3", target=3),
        kpi("other", target=1),
    ])
    def reason(*args):
        return back_calculate(plan, *args).reason

    assert reason("top", "nope") == kt.UNKNOWN_NODE
    assert reason("top", "sub") == kt.NOT_INPUT                   # a computed node is not free
    assert reason("no_goal", "n1") == kt.NO_TARGET
    assert back_calculate(plan, "no_goal", "n1", 9).value == 9    # an explicit target works
    assert reason("top", "other") == kt.NOT_DESCENDANT
    # Solving a: the other factors are 0 and (1 + None): the first blocker on the path wins.
    result = back_calculate(plan, "top", "a")
    assert result.reason == kt.MISSING_VALUE and result.blocked_by == "s2"
    # Solving s1: the factor "zero" makes 10 unreachable.
    result = back_calculate(plan, "top", "s1")
    assert result.reason == kt.ZERO_DIVISOR and result.blocked_by == "zero"
    assert not result.ok and result.value is None
    assert reason("ratio_top", "den") == kt.ZERO_DIVISOR          # 6 ÷ b = 0 has no solution
    assert back_calculate(plan, "ratio_top", "num").value == 0    # a ÷ 3 = 0 → a = 0
    assert reason("ratio_zero_den", "num2") == kt.ZERO_DIVISOR    # a ÷ 0 is never 1
    assert reason("ratio_zero_num", "den3") == kt.ZERO_DIVISOR    # 0 ÷ b is never 2


# ---------------------------------------------------------------------------- gap


def test_gap_against_the_nodes_own_target():
    plan = funnel_plan(leads=3000)
    # 3,000 leads → 45 won deals × 2,000,000 = 90,000,000 against 120,000,000.
    found = gap(plan, "new")
    assert found.value == pytest.approx(90_000_000)
    assert found.difference == pytest.approx(-30_000_000)
    assert found.achievement == pytest.approx(0.75)
    assert found.reached is False and found.problem is None
    assert gap(funnel_plan(), "new").reached is True  # 4,000 leads → exactly 120,000,000
    assert gap(plan, "total").problem == kt.NO_TARGET
    assert gap(plan, "nope").problem == kt.UNKNOWN_NODE


def test_gap_is_direction_aware():
    plan = plan_with([
        kpi("cpa", "ratio", ("spend", "leads"), target=5000, direction=Direction.LOWER_IS_BETTER,
            aggregation=Aggregation.NON_ADDITIVE),
        kpi("spend", target=1_000_000), kpi("leads", target=250),
    ])
    found = gap(plan, "cpa")
    assert found.value == 4000 and found.reached is True     # 1,000,000 ÷ 250 = 4,000 ≤ 5,000
    plan.kpis.nodes[2].target = 100
    assert gap(plan, "cpa").reached is False                  # 10,000 > 5,000
