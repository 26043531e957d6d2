"""model.ops: every mutation returns what its exact undo needs."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from canvas_app.model import BusinessGoal, Milestone, Persona
from canvas_app.model.ops import (
    ItemNotFound,
    Slot,
    find,
    get_value,
    insert_item,
    items_in,
    move_item,
    remove_item,
    set_value,
)

from .full_plan import full_plan

GOALS = Slot(None, "strategy.goals")


def test_insert_returns_the_index_and_remove_undoes_it():
    plan, before = full_plan(), full_plan()
    goal = BusinessGoal(id="g2", name="LTV")
    assert insert_item(plan, GOALS, goal, 0) == 0
    assert [g.id for g in plan.strategy.goals] == ["g2", "g1"]
    goal.name = "changed later"                     # the plan holds a copy
    assert find(plan, "g2").name == "LTV"
    slot, index, item = remove_item(plan, "g2")
    assert (slot, index, item.id) == (GOALS, 0, "g2")
    assert plan == before


def test_insert_clamps_the_index_and_appends_by_default():
    plan = full_plan()
    assert insert_item(plan, GOALS, BusinessGoal(id="g2")) == 1
    assert insert_item(plan, GOALS, BusinessGoal(id="g3"), 99) == 2
    assert insert_item(plan, GOALS, BusinessGoal(id="g4"), -5) == 0
    assert [g.id for g in plan.strategy.goals] == ["g4", "g1", "g2", "g3"]


def test_insert_refuses_an_id_already_used_anywhere():
    plan, before = full_plan(), full_plan()
    with pytest.raises(ValueError):
        insert_item(plan, GOALS, BusinessGoal(id="p1"))  # the persona's id
    assert plan == before


def test_remove_then_insert_at_the_returned_place_restores_the_plan():
    for item_id in ("vp1", "js1", "ms1", "d2", "a1", "deals", "ini1", "sales", "snap1", "ht1"):
        plan, before = full_plan(), full_plan()
        slot, index, item = remove_item(plan, item_id)
        assert item_id not in [i.id for i in items_in(plan, slot)]
        insert_item(plan, slot, item, index)
        assert plan == before, item_id


def test_remove_reports_nested_slots():
    plan = full_plan()
    assert remove_item(plan, "ms1")[:2] == (Slot("ini1", "milestones"), 0)
    assert remove_item(plan, "d2")[:2] == (Slot("r1", "decisions"), 1)
    assert remove_item(plan, "sales")[:2] == (Slot(None, "settings.departments"), 0)
    assert remove_item(plan, "k1")[:2] == (Slot(None, "customers.competitors"), 0)


def test_move_returns_the_old_index_for_undo():
    plan, before = full_plan(), full_plan()
    insert_item(plan, GOALS, BusinessGoal(id="g2"))
    insert_item(plan, GOALS, BusinessGoal(id="g3"))
    assert move_item(plan, "g1", 2) == 0
    assert [g.id for g in plan.strategy.goals] == ["g2", "g3", "g1"]
    assert move_item(plan, "g1", 0) == 2
    assert [g.id for g in plan.strategy.goals] == ["g1", "g2", "g3"]
    assert move_item(plan, "g3", 99) == 2   # clamped to the end
    remove_item(plan, "g2"), remove_item(plan, "g3")
    assert plan == before


def test_set_value_returns_the_old_value_for_undo():
    plan, before = full_plan(), full_plan()
    assert set_value(plan, "g1", "target", 1.5e8) == 1.2e8
    assert set_value(plan, None, "settings.fiscal_year", 2027) == 2026
    assert set_value(plan, None, "settings.thresholds.on_track", 0.9) == 0.95
    old = set_value(plan, "p1", "challenges", ["停止", "人手不足"])
    assert old == ["停止"]
    set_value(plan, "p1", "challenges", old)
    set_value(plan, None, "settings.thresholds.on_track", 0.95)
    set_value(plan, None, "settings.fiscal_year", 2026)
    set_value(plan, "g1", "target", 1.2e8)
    assert plan == before


def test_values_are_copies_both_ways():
    plan = full_plan()
    challenges = get_value(plan, "p1", "challenges")
    challenges.append("外から変えた")
    assert find(plan, "p1").challenges == ["停止"]
    new = ["a"]
    set_value(plan, "p1", "challenges", new)
    new.append("b")
    assert find(plan, "p1").challenges == ["a"]


@pytest.mark.parametrize(("item_id", "path", "value"), [
    ("g1", "target", "lots"),                       # a field rule
    ("ini1", "budget_yen", -1),
    ("ini1", "end", dt.date(2026, 4, 1)),           # a model rule: before the start
    ("size", "children", ["deals"]),                # a model rule: an input with children
    (None, "settings.thresholds.at_risk", 0.99),    # above on_track
])
def test_a_refused_value_leaves_the_plan_unchanged(item_id, path, value):
    plan, before = full_plan(), full_plan()
    with pytest.raises(ValidationError):
        set_value(plan, item_id, path, value)
    assert plan == before
    assert plan.model_dump() == before.model_dump()


def test_unknown_items_and_fields():
    plan = full_plan()
    with pytest.raises(ItemNotFound):
        remove_item(plan, "ghost")
    with pytest.raises(ItemNotFound):
        set_value(plan, "ghost", "name", "x")
    with pytest.raises(AttributeError):
        set_value(plan, "g1", "colour", "red")
    assert isinstance(find(plan, "ms1"), Milestone)
    assert isinstance(find(plan, "p1"), Persona)


@pytest.mark.parametrize("with_index", [False, True], ids=["walking the plan", "with the owner's index"])
def test_lookups_stay_right_when_the_plan_changes_around_the_cache(with_index):
    """The item index (``ItemFinder``, kept by the plan's owner) serves lookups between
    changes; changes made through ops clear it, and a change made directly on the lists
    is noticed (a hit is checked, a miss re-walks). Without it every lookup walks."""
    from canvas_app.model import Persona, Plan, ops
    from canvas_app.model.item_finder import ItemFinder

    items = ItemFinder() if with_index else None
    plan = Plan()
    plan.customers.personas = [Persona(id="p1", name="A"), Persona(id="p2", name="B")]
    assert ops.find(plan, "p2", items).name == "B"
    plan.customers.personas.insert(0, Persona(id="p0", name="Z"))  # around ops
    assert ops.find(plan, "p0", items).name == "Z"
    _, where = ops.locate(plan, "p2", items)
    assert where.index == 2
    plan.customers.personas.pop()
    with pytest.raises(ops.ItemNotFound):
        ops.find(plan, "p2", items)
    ops.move_item(plan, "p1", 0, items)
    assert ops.locate(plan, "p0", items)[1].index == 1
    plan.customers.personas = [Persona(id="q", name="Q")]  # a new list, assigned directly
    assert ops.find(plan, "q", items).name == "Q"
    with pytest.raises(ops.ItemNotFound):
        ops.find(plan, "p1", items)


def test_an_index_asked_about_another_plan_indexes_that_one():
    """One finder never answers for a plan with the index of another."""
    from canvas_app.model import Persona, Plan, ops
    from canvas_app.model.item_finder import ItemFinder

    items = ItemFinder()
    first, second = Plan(), Plan()
    first.customers.personas = [Persona(id="p1", name="first")]
    second.customers.personas = [Persona(id="p1", name="second")]
    for plan, name in [(first, "first"), (second, "second"), (first, "first")]:
        assert ops.find(plan, "p1", items).name == name
    assert not ops.contains(second, "p2", items)


def test_a_change_through_ops_with_the_index_is_seen_at_once():
    """Removing an item whose list still holds it elsewhere (a journey with its stages)
    clears the index, so its stages are no longer found."""
    from canvas_app.model import CustomerJourney, JourneyStage, Plan, ops
    from canvas_app.model.item_finder import ItemFinder

    items = ItemFinder()
    plan = Plan()
    plan.customers.journeys = [CustomerJourney(id="j1", persona_id="p1", stages=[JourneyStage(id="s1", name="A")])]
    assert ops.contains(plan, "s1", items)
    ops.remove_item(plan, "j1", items)
    assert not ops.contains(plan, "s1", items)
    ops.insert_item(plan, Slot(None, "customers.journeys"), CustomerJourney(id="j2", persona_id="p1"), items=items)
    assert ops.contains(plan, "j2", items)


def _journey_plan():
    from canvas_app.model import CustomerJourney, JourneyStage, KpiNode, KpiTree, Plan

    plan = Plan(kpis=KpiTree(nodes=[KpiNode(id="k1", target=10)]))
    plan.customers.personas = [Persona(id="p1", name="A", challenges=["cost"])]
    plan.customers.journeys = [CustomerJourney(id="j1", persona_id="p1", stages=[JourneyStage(id="s1", name="A")])]
    return plan


@pytest.mark.parametrize(("item_id", "path", "value", "rebuilt"), [
    ("k1", "period_targets", {"M01": 5.0}, False),   # a map of numbers
    ("k1", "target", 12.0, False),
    ("p1", "challenges", ["cost", "time"], False),    # a list of texts
    ("p1", "challenges", [], False),
    ("j1", "stages", [], True),                       # the stage s1 is gone
])
def test_only_a_value_holding_items_rebuilds_the_item_index(monkeypatch, item_id, path, value, rebuilt):
    """Rebuilding the index walks the whole plan; a keystroke setting numbers or texts
    must not pay for it, and a change of the items a field holds must."""
    from canvas_app.model import item_finder, ops

    plan = _journey_plan()
    items = item_finder.ItemFinder()
    assert ops.contains(plan, "s1", items)
    walks = []
    real = item_finder.index_items
    monkeypatch.setattr(item_finder, "index_items", lambda p: walks.append(p) or real(p))
    ops.set_value(plan, item_id, path, value, items)
    assert ops.contains(plan, "s1", items) is not rebuilt
    assert bool(walks) is rebuilt
