"""AddItem, RemoveItem, MoveItem: each undoes exactly (the plan compares equal)."""

from __future__ import annotations

import pytest

from canvas_app.commands import AddItem, EditField, MoveItem, RemoveItem
from canvas_app.model import BusinessGoal, Milestone, ops
from canvas_app.model.walk import index_items


def ids(items):
    return [item.id for item in items]


def test_add_then_undo_restores_the_plan_exactly(session):
    before = session.plan.model_copy(deep=True)
    slot = ops.Slot(None, "strategy.goals")
    session.push(AddItem(session, slot, BusinessGoal(id="g-new", name="Profit"), index=1))
    assert ids(session.plan.strategy.goals) == ["g1", "g-new", "g2", "g3"]
    session.undo_stack.undo()
    assert session.plan == before
    session.undo_stack.redo()
    assert ids(session.plan.strategy.goals) == ["g1", "g-new", "g2", "g3"]


def test_add_copies_the_item_so_the_caller_cannot_change_the_plan_behind_the_stack(session):
    goal = BusinessGoal(id="g-new", name="Profit")
    session.push(AddItem(session, ops.Slot(None, "strategy.goals"), goal))
    goal.name = "changed outside"
    assert session.plan.strategy.goals[-1].name == "Profit"


def test_add_into_a_nested_list_of_an_item(session):
    before = session.plan.model_copy(deep=True)
    session.push(AddItem(session, ops.Slot("i1", "milestones"), Milestone(id="m2", name="Leads followed"), 0))
    assert ids(session.plan.roadmap.initiatives[0].milestones) == ["m2", "m1"]
    session.undo_stack.undo()
    assert session.plan == before


def test_adding_an_existing_id_is_refused_and_changes_nothing(session):
    before = session.plan.model_copy(deep=True)
    with pytest.raises(ValueError):
        session.push(AddItem(session, ops.Slot(None, "strategy.goals"), BusinessGoal(id="g2")))
    assert session.plan == before


@pytest.mark.parametrize("item_id", ["g1", "g2", "g3", "m1", "p1"])
def test_remove_then_undo_puts_the_same_item_back_in_its_place(session, item_id):
    before = session.plan.model_copy(deep=True)
    session.push(RemoveItem(session, item_id))
    assert item_id not in index_items(session.plan)
    session.undo_stack.undo()
    assert session.plan == before
    session.undo_stack.redo()
    assert item_id not in index_items(session.plan)


@pytest.mark.parametrize(("item_id", "new_index", "order"), [
    ("g1", 2, ["g2", "g3", "g1"]),
    ("g3", 0, ["g3", "g1", "g2"]),
    ("g2", 99, ["g1", "g3", "g2"]),
])
def test_move_then_undo_restores_the_order(session, item_id, new_index, order):
    before = session.plan.model_copy(deep=True)
    session.push(MoveItem(session, item_id, new_index))
    assert ids(session.plan.strategy.goals) == order
    session.undo_stack.undo()
    assert session.plan == before


def test_a_macro_of_small_commands_is_one_undo_step(session):
    before = session.plan.model_copy(deep=True)
    stack = session.undo_stack
    stack.beginMacro("Remove goal")
    session.push(EditField(session, "g2", "name", "Old"))
    session.push(MoveItem(session, "g2", 0))
    session.push(RemoveItem(session, "g2"))
    stack.endMacro()
    assert stack.count() == 1
    assert ids(session.plan.strategy.goals) == ["g1", "g3"]
    stack.undo()
    assert session.plan == before
    stack.redo()
    assert ids(session.plan.strategy.goals) == ["g1", "g3"]


def test_a_long_edit_session_undoes_all_the_way_back(session):
    before = session.plan.model_copy(deep=True)
    session.push(AddItem(session, ops.Slot(None, "strategy.goals"), BusinessGoal(id="g4", name="LTV")))
    session.push(EditField(session, "g4", "target", 3.5))
    session.push(MoveItem(session, "g4", 0))
    session.push(RemoveItem(session, "g1"))
    session.push(EditField(session, None, "settings.title", "FY plan"))
    after = session.plan.model_copy(deep=True)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.plan == before
    assert not session.modified
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert session.plan == after
