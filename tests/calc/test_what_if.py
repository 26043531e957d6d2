"""What-if (calc/what_if.py): trial values for inputs move the KPIs above them, their
traffic lights and the funnel's volumes — on a copy, never on the plan; values an input
cannot take are refused."""

from __future__ import annotations

import pytest

from canvas_app.calc.funnel import analyse_funnel
from canvas_app.calc.kpi_bounds import ABOVE_WHOLE, BELOW_ZERO
from canvas_app.calc.kpi_tree import evaluate
from canvas_app.calc.what_if import NOT_FINITE, NOT_INPUT, UNKNOWN_NODE, baseline, trial_problem, what_if, with_trials
from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.enums import Status
from tests.saved import saved_bytes as serialize

from .builders import funnel_plan

TRIALS = [
    {"leads": 5000.0},
    {"win": 0.3},
    {"deal": 2_500_000.0, "lead_mql": 0.5},
    {"retention": 0.95, "expansion": 0.2},
    {"leads": 0.0},
]


@pytest.mark.parametrize("trials", TRIALS)
def test_the_values_are_those_of_the_plan_with_the_trial_targets(trials):
    plan = funnel_plan()
    result = what_if(plan, trials, "new")
    expected = funnel_plan()
    for node in expected.kpis.nodes:
        if node.id in trials:
            node.target = trials[node.id]
    assert dict(result.after) == dict(evaluate(expected))
    assert dict(result.before) == dict(evaluate(plan))
    assert result.value("total") == (evaluate(plan).value("total"), evaluate(expected).value("total"))
    assert result.root_id == "total" and result.node_id == "new"


@pytest.mark.parametrize("trials", TRIALS)
def test_the_plan_is_not_touched(trials):
    plan = funnel_plan()
    before = serialize(plan)
    what_if(plan, trials, "total")
    with_trials(plan, trials)
    assert serialize(plan) == before


@pytest.mark.parametrize("trials", TRIALS)
def test_the_funnel_stages_are_those_of_the_plan_with_the_trial_targets(trials):
    plan = funnel_plan()
    expected = analyse_funnel(with_trials(plan, trials))
    result = what_if(plan, trials)
    assert [s.role for s in result.stages] == [R.LEADS, R.MQLS, R.SQLS, R.OPPORTUNITIES, R.WON_DEALS]
    for change, stage in zip(result.stages, expected.stages, strict=True):
        assert (change.required_after, change.planned_after) == (stage.required_whole, stage.planned)
    for change, stage in zip(result.stages, analyse_funnel(plan).stages, strict=True):
        assert (change.required_before, change.planned_before) == (stage.required_whole, stage.planned)


def test_a_better_win_rate_needs_fewer_leads():
    result = what_if(funnel_plan(), {"win": 0.5})
    leads = result.stages[0]
    assert leads.required_before == 4_000 and leads.required_after == 2_000


def test_only_the_tried_inputs_and_what_is_above_them_change():
    result = what_if(funnel_plan(), {"leads": 5000.0}, "new")
    assert [c.node_id for c in result.changes] == ["total", "new", "won", "opps", "sqls", "mqls", "leads"]
    assert what_if(funnel_plan(), {}, "new").changes == ()
    assert what_if(funnel_plan(), {"leads": 4000.0}, "new").changes == ()  # the planned value


def test_the_traffic_light_and_the_target_reached_follow_the_trial():
    # 1,000 leads in the first month: on track against 4,000 a year (333 a month),
    # behind against 40,000.
    plan = funnel_plan(actuals=[("leads", "M01", 1000.0)])
    result = what_if(plan, {"leads": 40_000.0}, "new")
    leads = next(c for c in result.changes if c.node_id == "leads")
    assert (leads.status_before, leads.status_after) == (Status.ON_TRACK, Status.OFF_TRACK)
    new = next(c for c in result.changes if c.node_id == "new")
    assert (new.reached_before, new.reached_after) == (True, True)
    fewer = what_if(plan, {"leads": 3000.0}, "new")
    assert next(c for c in fewer.changes if c.node_id == "new").reached_after is False


@pytest.mark.parametrize("node_id, value, problem", [
    ("win", 1.2, ABOVE_WHOLE),
    ("lead_mql", 1.0000001, ABOVE_WHOLE),
    ("retention", 2.0, ABOVE_WHOLE),
    ("leads", -1.0, BELOW_ZERO),
    ("deal", -5.0, BELOW_ZERO),
    ("new", 100.0, NOT_INPUT),
    ("won", 3.0, NOT_INPUT),
    ("nope", 1.0, UNKNOWN_NODE),
    ("leads", float("inf"), NOT_FINITE),
])
def test_a_value_the_input_cannot_take_is_refused_and_left_out(node_id, value, problem):
    plan = funnel_plan()
    assert trial_problem(plan, node_id, value) == problem
    result = what_if(plan, {node_id: value, "expansion": 0.2}, "new")
    assert result.refused == {node_id: problem}
    assert dict(result.trials) == {"expansion": 0.2}


@pytest.mark.parametrize("value", [0.0, 0.5, 1.0])
def test_a_rate_up_to_100_percent_can_be_tried(value):
    assert trial_problem(funnel_plan(), "win", value) is None


def test_a_kept_baseline_gives_the_same_result():
    plan = funnel_plan()
    base = baseline(plan)
    for trials in TRIALS:
        assert what_if(plan, trials, "new", base=base) == what_if(plan, trials, "new")
