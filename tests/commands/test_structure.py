"""Removing with references and duplicating: one undo step each, the plan stays sound
(find_problems empty) and undo gives back exactly the plan before."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvas_app.commands import EditField, InvalidEdit
from canvas_app.commands.structure import duplicate_item, remove_items
from canvas_app.model import (
    Channel,
    Competitor,
    CustomerJourney,
    Department,
    DifferentiationCriterion,
    JourneyStage,
    Persona,
    ValueProposition,
    find_problems,
)
from canvas_app.model.referrers import removal_plan


@pytest.fixture
def rich(session):
    plan = session.plan
    plan.settings.departments = [Department(id="d-mkt", name="Marketing"), Department(id="d-sales", name="Sales")]
    plan.strategy.goals[0].agreed_department_ids = ["d-mkt", "d-sales"]
    plan.kpis.nodes[1].department_id = "d-sales"
    plan.review.cadence.participant_department_ids = ["d-sales"]
    c = plan.customers
    c.personas.append(Persona(id="p2", name="Buyer"))
    c.value_propositions = [ValueProposition(id="vp1", persona_id="p1", statement="Fast"),
                            ValueProposition(id="vp2", persona_id="p2")]
    c.competitors = [Competitor(id="c1", name="A"), Competitor(id="c2", name="B")]
    c.criteria = [DifferentiationCriterion(id="cr1", name="Speed", our_score=5, competitor_scores={"c1": 3, "c2": 4})]
    c.channels = [Channel(id="ch1", name="Web")]
    c.journeys = [CustomerJourney(id="j1", persona_id="p1",
                                  stages=[JourneyStage(id="s1", name="Aware", channel_id="ch1")])]
    plan.roadmap.initiatives[0].persona_id = "p1"
    plan.roadmap.initiatives[0].channel_id = "ch1"
    plan.roadmap.initiatives[0].goal_id = "g1"
    plan.roadmap.initiatives[0].kpi_ids = ["k-deals"]
    assert find_problems(plan) == []
    return session


def test_removing_a_persona_takes_its_value_proposition_and_journey_in_one_step(rich):
    before = rich.plan.model_copy(deep=True)
    rich.push(remove_items(rich, ["p1"]))
    plan = rich.plan
    assert [p.id for p in plan.customers.personas] == ["p2"]
    assert [v.id for v in plan.customers.value_propositions] == ["vp2"]
    assert plan.customers.journeys == []
    assert plan.roadmap.initiatives[0].persona_id is None
    assert find_problems(plan) == []
    assert rich.undo_stack.count() == 1
    rich.undo_stack.undo()
    assert rich.plan == before
    rich.undo_stack.redo()
    assert find_problems(rich.plan) == []


def test_removing_two_competitors_clears_both_scores(rich):
    rich.push(remove_items(rich, ["c1", "c2"]))
    assert rich.plan.customers.criteria[0].competitor_scores == {}
    assert find_problems(rich.plan) == []


def test_removing_a_department_clears_goals_kpis_and_the_cadence(rich):
    before = rich.plan.model_copy(deep=True)
    rich.push(remove_items(rich, ["d-sales"]))
    plan = rich.plan
    assert plan.strategy.goals[0].agreed_department_ids == ["d-mkt"]
    assert plan.kpis.nodes[1].department_id is None
    assert plan.review.cadence.participant_department_ids == []
    assert find_problems(plan) == []
    rich.undo_stack.undo()
    assert rich.plan == before


def test_removing_a_channel_and_a_goal_clears_their_references(rich):
    rich.push(remove_items(rich, ["ch1", "g1"]))
    plan = rich.plan
    assert plan.customers.journeys[0].stages[0].channel_id is None
    assert plan.roadmap.initiatives[0].channel_id is None and plan.roadmap.initiatives[0].goal_id is None
    assert find_problems(plan) == []


def test_removing_an_unknown_item_is_refused_before_the_push(rich):
    with pytest.raises(InvalidEdit):
        remove_items(rich, ["nope"])
    assert rich.undo_stack.count() == 0


def test_the_removal_plan_does_not_touch_the_plan(rich):
    before = rich.plan.model_copy(deep=True)
    removal_plan(rich.plan, "p1")
    command = remove_items(rich, ["p1", "c1"])
    assert rich.plan == before
    assert command.parts


def test_duplicating_a_persona_copies_its_value_proposition_and_journey_with_new_ids(rich):
    before = rich.plan.model_copy(deep=True)
    command, new_id = duplicate_item(rich, "p1", name="Plant manager (copy)")
    rich.push(command)
    c = rich.plan.customers
    assert [p.id for p in c.personas] == ["p1", new_id, "p2"]
    assert c.personas[1].name == "Plant manager (copy)"
    copies = [v for v in c.value_propositions if v.persona_id == new_id]
    assert len(copies) == 1 and copies[0].statement == "Fast" and copies[0].id != "vp1"
    journeys = [j for j in c.journeys if j.persona_id == new_id]
    assert len(journeys) == 1 and journeys[0].stages[0].id != "s1"
    assert journeys[0].stages[0].channel_id == "ch1"
    assert find_problems(rich.plan) == []
    assert rich.undo_stack.count() == 1
    rich.undo_stack.undo()
    assert rich.plan == before


def test_typing_again_in_a_field_later_is_a_new_step(session):
    first, second = object(), object()
    for text in ("R", "Re", "Rev"):
        session.push(EditField(session, "g1", "name", text, burst=first))
    for text in ("Reve", "Reven"):
        session.push(EditField(session, "g1", "name", text, burst=second))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.plan.strategy.goals[0].name == "Rev"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["p1", "p2", "c1", "c2", "ch1", "g1", "g2", "d-mkt", "d-sales", "cr1", "s1",
                                 "vp1", "j1", "k-deals", "i1"]), min_size=1, max_size=5, unique=True))
def test_any_removal_keeps_the_plan_sound_and_undoes_exactly(rich, ids):
    before = rich.plan.model_copy(deep=True)
    rich.push(remove_items(rich, ids))
    assert find_problems(rich.plan) == []
    rich.undo_stack.undo()
    assert rich.plan == before
    rich.undo_stack.clear()
