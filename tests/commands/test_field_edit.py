"""EditField: validated before it is pushed, typing bursts merged, no-op bursts dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.commands import EditField, InvalidEdit
from canvas_app.document import PlanChange


def goal(session, goal_id="g1"):
    return next(g for g in session.plan.strategy.goals if g.id == goal_id)


def test_a_typing_burst_in_one_field_is_one_undo_step(session):
    for text in ("R", "Re", "Rev", "Reve"):
        session.push(EditField(session, "g1", "name", text))
    assert goal(session).name == "Reve"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert goal(session).name == "Revenue"
    session.undo_stack.redo()
    assert goal(session).name == "Reve"


def test_edits_of_different_fields_or_items_stay_separate(session):
    session.push(EditField(session, "g1", "name", "A"))
    session.push(EditField(session, "g2", "name", "B"))
    session.push(EditField(session, "g2", "owner", "Sato"))
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert goal(session, "g2").owner == ""
    assert goal(session, "g2").name == "B"


def test_merge_false_keeps_every_edit_as_its_own_step(session):
    session.push(EditField(session, "g1", "target", 1.0, merge=False))
    session.push(EditField(session, "g1", "target", 2.0, merge=False))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert goal(session).target == 1.0


def test_a_burst_back_to_the_original_value_disappears_from_the_stack(session):
    before = session.plan.model_copy(deep=True)
    session.push(EditField(session, "g1", "name", "Revenu"))
    assert session.modified
    session.push(EditField(session, "g1", "name", "Revenue"))
    assert session.undo_stack.count() == 0
    assert not session.modified
    assert session.plan == before


def test_plan_level_fields_are_edited_with_no_item_id(session):
    session.push(EditField(session, None, "settings.company_name", "ACME"))
    assert session.plan.settings.company_name == "ACME"
    session.undo_stack.undo()
    assert session.plan.settings.company_name == ""


@pytest.mark.parametrize(
    ("item_id", "path", "value", "message"),
    [
        ("g1", "target", "a lot", "Please enter a number."),
        ("g1", "deadline", "next spring", "Please enter a date."),
        ("i1", "budget_yen", -5, "A budget cannot be negative."),
        ("i1", "end", dt.date(2026, 4, 1), "The end date is before the start date."),
        ("g1", "category", "fame", "Please choose one of the listed values."),
        ("g1", "name", "x" * 501, "The text is too long."),
    ],
)
def test_a_bad_value_is_refused_before_it_touches_plan_or_stack(session, item_id, path, value, message):
    before = session.plan.model_copy(deep=True)
    with pytest.raises(InvalidEdit) as refused:
        EditField(session, item_id, path, value)
    assert refused.value.message == message
    assert refused.value.field == path
    assert session.undo_stack.count() == 0
    assert session.plan == before
    assert not session.modified


def test_each_redo_and_undo_tells_the_session_what_changed(session):
    seen: list[PlanChange] = []
    session.changed.connect(seen.append)
    session.push(EditField(session, "g1", "owner", "Tanaka"))
    session.undo_stack.undo()
    assert seen == [PlanChange("g1", "owner"), PlanChange("g1", "owner")]


def test_modified_follows_the_clean_state_of_the_stack(session):
    marks: list[bool] = []
    session.modifiedChanged.connect(marks.append)
    session.push(EditField(session, "g1", "owner", "Tanaka"))
    session.undo_stack.setClean()
    assert not session.modified
    session.undo_stack.undo()
    assert session.modified
    session.undo_stack.redo()
    assert marks == [True, False, True, False]


def test_the_value_is_copied_so_later_mutation_of_the_argument_changes_nothing(session):
    values = ["x"]
    session.push(EditField(session, "p1", "challenges", values))
    values.append("y")
    assert session.plan.customers.personas[0].challenges == ["x"]
    session.undo_stack.undo()
    assert session.plan.customers.personas[0].challenges == []
