"""Which lever matters (calc/levers.py) and the bounds of a proposed value (kpi_bounds),
worked by hand on small trees and the issue's funnel."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_app.calc import kpi_tree
from canvas_app.calc.kpi_bounds import ABOVE_WHOLE, BELOW_ZERO, bound_problem, share_of_whole
from canvas_app.calc.levers import NO_VALUE, NOT_COMPUTED, UNKNOWN_NODE, rank_levers, trial_value
from canvas_app.model.enums import Direction

from .builders import funnel_plan, kpi, plan_with, rate


def test_the_win_rate_moves_revenue_more_than_leads_when_it_has_more_room():
    # revenue = leads × conversion × deal size; conversion already at 95 % cannot get
    # 10 % better (capped at 100 %), leads can.
    from canvas_app.model.enums import FunnelRole as R

    plan = plan_with([
        kpi("revenue", "product", ("leads", "win", "deal"), unit="jpy"),
        kpi("leads", target=1000),
        rate("win", 0.95, role=R.WIN_RATE, unit="percent"),
        rate("deal", 100_000, unit="jpy"),
    ])
    ranking = rank_levers(plan, "revenue")
    assert [lever.input_id for lever in ranking.levers] == ["leads", "deal", "win"]
    by_id = {lever.input_id: lever for lever in ranking.levers}
    assert by_id["leads"].trial == pytest.approx(1100)
    assert by_id["win"].trial == 1.0  # capped: a win rate is a share of a whole
    assert by_id["leads"].before == pytest.approx(1000 * 0.95 * 100_000)
    assert by_id["leads"].after == pytest.approx(1100 * 0.95 * 100_000)
    assert by_id["leads"].improvement == pytest.approx(0.10)
    assert by_id["win"].improvement == pytest.approx(1.0 / 0.95 - 1)


def test_a_lower_is_better_input_is_tried_lower_and_a_ratio_denominator_ranks_by_its_real_effect():
    # cost per lead = spend ÷ leads (lower is better): 10 % more leads is better, 10 %
    # less spend is better; a smaller spend moves it by 10 %, more leads by 1 − 1/1.1.
    plan = plan_with([
        kpi("cpl", "ratio", ("spend", "leads"), unit="jpy", direction=Direction.LOWER_IS_BETTER),
        kpi("spend", target=1_000_000, unit="jpy", direction=Direction.LOWER_IS_BETTER),
        kpi("leads", target=500),
    ])
    ranking = rank_levers(plan, "cpl")
    by_id = {lever.input_id: lever for lever in ranking.levers}
    assert by_id["spend"].trial == pytest.approx(900_000)
    assert by_id["leads"].trial == pytest.approx(550)
    assert by_id["spend"].improvement == pytest.approx(0.10)
    assert by_id["leads"].improvement == pytest.approx(1 - 1 / 1.1)
    assert [lever.input_id for lever in ranking.levers] == ["spend", "leads"]


def test_the_effect_on_the_root_is_reported_for_a_node_below_it():
    plan = funnel_plan()
    ranking = rank_levers(plan, "won")
    assert {lever.root_id for lever in ranking.levers} == {"total"}
    values = kpi_tree.evaluate(plan)
    for lever in ranking.levers:
        after = kpi_tree.evaluate(plan, {lever.input_id: lever.trial})
        assert lever.after == pytest.approx(after.value("won"))
        assert lever.root_before == pytest.approx(values.value("total"))
        assert lever.root_after == pytest.approx(after.value("total"))
        assert lever.root_effect == pytest.approx(after.value("total") - values.value("total"))
    # Only the inputs below "won": leads and the four rates (not the deal size).
    assert {lever.input_id for lever in ranking.levers} == {"leads", "lead_mql", "mql_sql", "sql_opp", "win"}


def test_an_input_at_zero_ranks_last_with_no_effect():
    plan = plan_with([kpi("total", "sum", ("a", "b")), kpi("a", target=0), kpi("b", target=10)])
    ranking = rank_levers(plan, "total")
    assert [lever.input_id for lever in ranking.levers] == ["b", "a"]
    assert ranking.levers[-1].at_zero and ranking.levers[-1].effect == 0


def test_reasons_when_there_is_nothing_to_rank():
    plan = plan_with([kpi("total", "sum", ("a", "b")), kpi("a", target=1), kpi("b")])
    assert rank_levers(plan, "nope").reason == UNKNOWN_NODE
    assert rank_levers(plan, "a").reason == NOT_COMPUTED
    missing = rank_levers(plan, "total")
    assert missing.reason == NO_VALUE and missing.missing == ("b",) and missing.levers == ()


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.floats(min_value=0.01, max_value=1e6), min_size=4, max_size=4),
       formulas=st.sampled_from([("sum", "product"), ("product", "ratio"), ("ratio", "difference"),
                                 ("difference", "sum")]))
def test_each_lever_equals_a_full_evaluation_with_that_input_tried(values, formulas):
    top, inner = formulas
    plan = plan_with([
        kpi("root", top, ("x", "inner")), kpi("inner", inner, ("y", "z")),
        kpi("x", target=values[0]), kpi("y", target=values[1]), kpi("z", target=values[2]),
    ])
    ranking = rank_levers(plan, "root")
    if ranking.reason is not None:
        assert kpi_tree.evaluate(plan).value("root") is None
        return
    for lever in ranking.levers:
        expected = kpi_tree.evaluate(plan, {lever.input_id: lever.trial}).value("root")
        if expected is None:
            assert lever.after is None
        else:
            assert lever.after == pytest.approx(expected, rel=1e-12, abs=1e-9)
    improvements = [round(lever.improvement, 12) for lever in ranking.levers if lever.improvement is not None]
    assert improvements == sorted(improvements, reverse=True)


def test_trial_values_by_direction_and_share():
    plan = funnel_plan()
    assert trial_value(plan, "leads", 4000) == pytest.approx(4400)
    assert trial_value(plan, "d_close", 60) == pytest.approx(54)
    assert trial_value(plan, "win", 0.95) == 1.0
    assert trial_value(plan, "expansion", 0.95) == pytest.approx(1.045)  # expansion may exceed 100 %


def test_bounds_of_a_proposed_value():
    plan = funnel_plan()
    assert share_of_whole(plan) == {"win", "sql_opp", "mql_sql", "lead_mql", "retention"}
    assert bound_problem(plan, "win", 1.25) == ABOVE_WHOLE
    assert bound_problem(plan, "win", 1.0) is None
    assert bound_problem(plan, "leads", -1) == BELOW_ZERO
    assert bound_problem(plan, "expansion", 1.5) is None


def test_back_calculation_refuses_a_rate_above_100_percent_and_says_what_it_would_need():
    # 120 M ÷ 2 M = 60 deals from 50 opportunities would need a 120 % win rate.
    plan = funnel_plan()
    plan.kpis.nodes[[n.id for n in plan.kpis.nodes].index("leads")].target = 4000 * 50 / 240
    result = kpi_tree.back_calculate(plan, "new", "win")
    assert not result.ok and result.reason == kpi_tree.OUT_OF_RANGE and result.bound == ABOVE_WHOLE
    assert result.value == pytest.approx(1.2)


def test_back_calculation_refuses_a_negative_count():
    plan = plan_with([kpi("total", "sum", ("a", "b"), 100), kpi("a", target=150), kpi("b", target=1)])
    result = kpi_tree.back_calculate(plan, "total", "b")
    assert result.reason == kpi_tree.OUT_OF_RANGE and result.bound == BELOW_ZERO and result.value == -50


def test_path_values_show_each_node_before_and_after_and_reproduce_the_target_exactly():
    plan = funnel_plan(new_revenue_target=150_000_000)
    result = kpi_tree.back_calculate(plan, "new", "leads")
    assert result.ok
    rows = kpi_tree.path_values(plan, result)
    assert [node_id for node_id, _, _ in rows] == ["new", "won", "opps", "sqls", "mqls", "leads"]
    new_before, new_after = rows[0][1], rows[0][2]
    assert new_before == pytest.approx(120_000_000) and math.isclose(new_after, 150_000_000, rel_tol=1e-12)
    assert rows[-1][1] == 4000 and rows[-1][2] == pytest.approx(5000)


def test_a_hundred_percent_constant_is_not_offered_as_a_lever():
    """The "1" of "1 + expansion rate" (a 100 % input without a funnel role) is arithmetic:
    tried 10 % better it would top the ranking of every revenue tree built from the template."""
    from canvas_app.calc import funnel_template
    from canvas_app.calc.levers import is_whole_constant, rank_levers
    from canvas_app.model import KpiTree, Plan
    from canvas_app.text.kpi_templates import template_names
    from canvas_app.text.language import Language

    nodes = funnel_template.revenue_tree(funnel_template.NEW_AND_EXISTING, template_names(Language("en")),
                                         target=100_000_000)
    for node in nodes:
        if node.is_input and node.target is None:
            node.target = 0.3 if node.unit.value == "percent" else 1000
    plan = Plan(kpis=KpiTree(nodes=nodes))
    base = next(n for n in nodes if n.name == "Base (100 %)")
    assert is_whole_constant(base)
    ranked = rank_levers(plan, nodes[0].id)
    ids = [lever.input_id for lever in ranked.levers]
    assert base.id not in ids
    from canvas_app.calc.tree_shape import tree_shape

    below = set(tree_shape(plan).subtree(nodes[0].id))
    assert {n.id for n in nodes if n.is_input and n.id in below} - set(ids) == {base.id}  # the others are levers
