"""references.find_problems: every rule, and that a Plan refuses to load with one."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from canvas_app.model import (
    Actual,
    edit_problem,
    BusinessGoal,
    KpiNode,
    Plan,
    ReviewMeeting,
    find_problems,
)
from canvas_app.model.enums import DecisionSubject, Formula, FunnelRole

from .full_plan import full_plan


def _problems(plan):
    return [(p.code, p.item_kind, p.item_id, p.field, p.ref) for p in find_problems(plan)]


def test_the_full_plan_is_sound():
    assert find_problems(full_plan()) == []


def _set(path):
    """A mutation that points one reference field at 'ghost'."""
    def apply(plan):
        obj, attribute = path(plan)
        value = getattr(obj, attribute)
        if isinstance(value, list):
            value.append("ghost")
        elif isinstance(value, dict):
            value["ghost"] = 3
        else:
            setattr(obj, attribute, "ghost")
    return apply


REFERENCE_FIELDS = [
    # (item kind, item id, field, where it lives)
    ("goal", "g1", "agreed_department_ids", lambda p: (p.strategy.goals[0], "agreed_department_ids")),
    ("value_proposition", "vp1", "persona_id", lambda p: (p.customers.value_propositions[0], "persona_id")),
    ("journey", "j1", "persona_id", lambda p: (p.customers.journeys[0], "persona_id")),
    ("criterion", "c1", "competitor_scores", lambda p: (p.customers.criteria[0], "competitor_scores")),
    ("journey_stage", "js1", "channel_id", lambda p: (p.customers.journeys[0].stages[0], "channel_id")),
    ("kpi", "rev", "children", lambda p: (p.kpis.nodes[0], "children")),
    ("kpi", "rev", "department_id", lambda p: (p.kpis.nodes[0], "department_id")),
    ("kpi", "rev", "goal_id", lambda p: (p.kpis.nodes[0], "goal_id")),
    ("initiative", "ini1", "kpi_ids", lambda p: (p.roadmap.initiatives[0], "kpi_ids")),
    ("initiative", "ini1", "persona_id", lambda p: (p.roadmap.initiatives[0], "persona_id")),
    ("initiative", "ini1", "channel_id", lambda p: (p.roadmap.initiatives[0], "channel_id")),
    ("initiative", "ini1", "goal_id", lambda p: (p.roadmap.initiatives[0], "goal_id")),
    ("decision", "d1", "subject_id", lambda p: (p.review.meetings[0].decisions[0], "subject_id")),  # a KPI
    ("decision", "d2", "subject_id", lambda p: (p.review.meetings[0].decisions[1], "subject_id")),  # an initiative
    ("action", "a2", "carried_from", lambda p: (p.review.meetings[1].action_items[0], "carried_from")),
    ("snapshot", "snap1", "review_id", lambda p: (p.snapshots[0], "review_id")),
    ("cadence", "", "participant_department_ids", lambda p: (p.review.cadence, "participant_department_ids")),
]


@pytest.mark.parametrize(("kind", "item_id", "field", "where"), REFERENCE_FIELDS,
                         ids=[f"{k}.{f}" for k, _, f, _ in REFERENCE_FIELDS])
def test_a_dangling_reference_in_every_field(kind, item_id, field, where):
    plan = full_plan()
    _set(where)(plan)
    assert _problems(plan) == [("dangling_reference", kind, item_id, field, "ghost")]
    with pytest.raises(ValidationError) as error:
        Plan.model_validate(plan.model_dump(mode="json"))
    assert error.value.errors()[0]["type"] == "dangling_reference"


def test_a_dangling_actual():
    plan = full_plan()
    plan.review.actuals.append(Actual(kpi_id="ghost", period="M01", value=1))
    [problem] = find_problems(plan)
    assert (problem.code, problem.field, problem.ref) == ("dangling_reference", "kpi_id", "ghost")


def test_a_reference_to_the_wrong_kind_of_item():
    plan = full_plan()
    plan.roadmap.initiatives[0].persona_id = "ch1"  # a channel, not a persona
    plan.review.meetings[0].decisions[0].subject = DecisionSubject.INITIATIVE  # subject_id is a KPI
    assert _problems(plan) == [
        ("wrong_reference_kind", "initiative", "ini1", "persona_id", "ch1"),
        ("wrong_reference_kind", "decision", "d1", "subject_id", "deals"),
    ]
    # A decision about the whole plan refers to nothing, so its subject_id is not checked.
    plan = full_plan()
    plan.review.meetings[0].decisions[0].subject = DecisionSubject.PLAN
    assert find_problems(plan) == []


def test_duplicate_id_across_sections():
    plan = full_plan()
    plan.strategy.goals.append(BusinessGoal(id="p1"))  # p1 is the persona's id
    problems = find_problems(plan)
    assert [(p.code, p.item_id) for p in problems][:1] == [("duplicate_id", "p1")]
    with pytest.raises(ValidationError) as error:
        Plan.model_validate(plan.model_dump(mode="json"))
    assert error.value.errors()[0]["type"] == "duplicate_id"


def test_a_kpi_with_two_parents():
    plan = full_plan()
    plan.kpis.nodes.append(KpiNode(id="other", formula=Formula.SUM, children=["deals"]))
    assert _problems(plan) == [("kpi_two_parents", "kpi", "deals", "", "")]


def test_a_cycle_in_the_kpi_tree():
    plan = full_plan()
    plan.kpis.nodes += [KpiNode(id="a", formula=Formula.SUM, children=["b"]),
                        KpiNode(id="b", formula=Formula.SUM, children=["a"])]
    assert ("kpi_cycle", "kpi") in [(p.code, p.item_kind) for p in find_problems(plan)]
    with pytest.raises(ValidationError) as error:
        Plan.model_validate(plan.model_dump(mode="json"))
    assert error.value.errors()[0]["type"] == "kpi_cycle"


def test_a_self_loop_is_a_cycle():
    plan = full_plan()
    plan.kpis.nodes.append(KpiNode(id="selfish", formula=Formula.SUM, children=["selfish"]))
    assert [(p.code, p.item_id) for p in find_problems(plan)] == [("kpi_cycle", "selfish")]


def test_a_deep_chain_is_checked_without_recursion():
    nodes = [KpiNode(id=f"n{i}", formula=Formula.SUM, children=[f"n{i + 1}"]) for i in range(9_999)]
    nodes.append(KpiNode(id="n9999", target=1))
    plan = Plan.model_validate({"kpis": {"nodes": [n.model_dump() for n in nodes]}})
    assert find_problems(plan) == []


def test_a_funnel_role_used_twice():
    plan = full_plan()
    plan.kpis.nodes.append(KpiNode(id="deals2", role=FunnelRole.WON_DEALS))
    assert _problems(plan) == [("duplicate_funnel_role", "kpi", "deals2", "role", "won_deals")]


@pytest.mark.parametrize("role", list(FunnelRole))
@pytest.mark.parametrize("holder_has", ["same", "other", "none"])
def test_an_edit_giving_a_kpi_a_taken_funnel_role_is_a_problem_exactly_when_load_would_refuse(role, holder_has):
    """edit_problem answers before the edit what find_problems would say after it."""
    other = next(r for r in FunnelRole if r != role)
    holder_role = {"same": role, "other": other, "none": None}[holder_has]
    plan = Plan.model_validate({"kpis": {"nodes": [
        {"id": "holder", "name": "Leads", "role": holder_role}, {"id": "picker", "name": "Picker"}]}})
    picker = plan.kpis.nodes[1]
    problem = edit_problem(plan, picker, "role", role)
    picker.role = role
    after = [p for p in find_problems(plan) if p.code == "duplicate_funnel_role"]
    assert (problem is not None) == bool(after)
    if problem is not None:  # it names the KPI that already has the role
        assert (problem.code, problem.item_id, problem.item_name, problem.ref) == (
            "duplicate_funnel_role", "holder", "Leads", role.value)


@pytest.mark.parametrize("name, value", [
    ("role", None),  # clearing a role never clashes
    ("name", "Leads"),  # only the role is unique
    ("stage", "marketing"),
])
def test_edits_that_keep_the_plan_sound_are_no_problem(name, value):
    plan = full_plan()
    holder = next(n for n in plan.kpis.nodes if n.role is not None)
    other = next(n for n in plan.kpis.nodes if n is not holder)
    assert edit_problem(plan, other, name, value) is None
    # A KPI keeping its own role, and an item that is not a KPI, are no problem either.
    assert edit_problem(plan, holder, "role", holder.role) is None
    assert edit_problem(plan, plan.strategy.goals[0], "role", holder.role) is None


def test_bad_periods():
    plan = full_plan()  # monthly
    plan.kpis.nodes[1].period_targets["Q1"] = 5                  # a quarter in a monthly plan
    plan.review.actuals.append(Actual(kpi_id="size", period="M13", value=1))
    plan.review.meetings.append(ReviewMeeting(id="r3", period="2026-07"))
    assert _problems(plan) == [
        ("bad_period", "kpi", "deals", "period_targets", "Q1"),
        ("bad_period", "kpi", "size", "actuals", "M13"),
        ("bad_period", "review", "r3", "period", "2026-07"),
    ]
    # A meeting may review a quarter in a monthly plan (the quarterly strategy review).
    plan = full_plan()
    plan.review.meetings.append(ReviewMeeting(id="r3", period="Q2"))
    assert find_problems(plan) == []


def test_a_duplicate_actual():
    plan = full_plan()
    plan.review.actuals.append(Actual(kpi_id="deals", period="M01", value=3))
    assert _problems(plan) == [("duplicate_actual", "kpi", "deals", "actuals", "M01")]


def test_problem_text_and_context_name_the_item():
    plan = full_plan()
    plan.roadmap.initiatives[0].goal_id = "ghost"
    [problem] = find_problems(plan)
    assert problem.english() == "initiative 'ウェビナー' (ini1) refers in 'goal_id' to 'ghost', which does not exist"
    assert problem.context() == {"item_kind": "initiative", "item_id": "ini1", "item_name": "ウェビナー",
                                 "field": "goal_id", "ref": "ghost"}
