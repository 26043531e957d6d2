"""Rescheduling an initiative (commands/schedule.py): one undo step whatever moves, the
milestones taken along by a move, a refusal in words instead of a half-done edit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvas_app.commands import EditField, InvalidEdit
from canvas_app.commands.schedule import reschedule
from canvas_app.commands.structure import CompositeEdit
from canvas_app.model import Initiative, Milestone, find_problems
from tests.saved import saved_bytes

D = dt.date
START, END = D(2026, 5, 1), D(2026, 6, 30)


@pytest.fixture
def dated(session):
    initiative = session.plan.roadmap.initiatives[0]
    initiative.milestones = [Milestone(id="m1", name="Booth booked", date=D(2026, 5, 15)),
                             Milestone(id="m2", name="Show", date=D(2026, 6, 30)),
                             Milestone(id="m3", name="Someday")]
    session.plan.roadmap.initiatives.append(Initiative(id="i2", name="Undated"))
    session.plan.roadmap.initiatives.append(Initiative(id="i3", name="Half", start=D(2026, 5, 1)))
    session.items.invalidate()  # items added behind the session's back
    return session


def initiative(session, item_id="i1"):
    return next(i for i in session.plan.roadmap.initiatives if i.id == item_id)


def milestone_dates(session):
    return [m.date for m in initiative(session).milestones]


@pytest.mark.parametrize(("start", "end", "kind", "milestones"), [
    # moved later, beyond its old end: the milestones go along
    (D(2026, 8, 1), D(2026, 9, 30), CompositeEdit, [D(2026, 8, 15), D(2026, 9, 30), None]),
    (D(2026, 5, 8), D(2026, 7, 7), CompositeEdit, [D(2026, 5, 22), D(2026, 7, 7), None]),
    # moved earlier, before its old start
    (D(2026, 1, 1), D(2026, 3, 2), CompositeEdit, [D(2026, 1, 15), D(2026, 3, 2), None]),
    # one end: one field, milestones stay
    (START, D(2026, 7, 31), EditField, [D(2026, 5, 15), D(2026, 6, 30), None]),
    (D(2026, 4, 1), END, EditField, [D(2026, 5, 15), D(2026, 6, 30), None]),
    (D(2026, 5, 15), END, EditField, [D(2026, 5, 15), D(2026, 6, 30), None]),
    # both ends apart (not a move): two fields, milestones stay
    (D(2026, 4, 1), D(2026, 7, 31), CompositeEdit, [D(2026, 5, 15), D(2026, 6, 30), None]),
])
def test_a_reschedule_is_one_undo_step_and_undoes_to_the_same_bytes(dated, start, end, kind, milestones):
    before = saved_bytes(dated.plan)
    command = reschedule(dated, "i1", start, end)
    assert type(command) is kind
    assert saved_bytes(dated.plan) == before  # building it touches nothing
    dated.push(command)
    assert (initiative(dated).start, initiative(dated).end) == (start, end)
    assert milestone_dates(dated) == milestones
    assert dated.undo_stack.count() == 1
    assert find_problems(dated.plan) == []
    dated.undo_stack.undo()
    assert saved_bytes(dated.plan) == before
    dated.undo_stack.redo()
    assert (initiative(dated).start, initiative(dated).end) == (start, end)


def test_the_same_dates_are_no_command(dated):
    assert reschedule(dated, "i1", START, END) is None


@pytest.mark.parametrize(("item_id", "start", "end", "message"), [
    ("gone", START, END, "This item no longer exists."),
    ("i2", START, END, "This initiative has no start and end dates to move yet."),
    ("i3", START, END, "This initiative has no start and end dates to move yet."),
    ("i1", START, D(2026, 6, 29), "“Show” would fall outside the initiative's dates: move the milestone first."),
    ("i1", D(2026, 5, 16), END, "“Booth booked” would fall outside the initiative's dates: move the milestone first."),
    ("i1", START, D(2026, 5, 1), "“Booth booked” would fall outside the initiative's dates: "
                                 "move the milestone first."),
])
def test_a_refused_reschedule_says_why_in_one_sentence_and_changes_nothing(dated, item_id, start, end, message):
    before = saved_bytes(dated.plan)
    with pytest.raises(InvalidEdit) as refusal:
        reschedule(dated, item_id, start, end)
    assert refusal.value.message == message
    assert saved_bytes(dated.plan) == before
    assert dated.undo_stack.count() == 0


def test_a_milestone_without_a_name_is_named_as_a_milestone(dated):
    initiative(dated).milestones[1].name = ""
    with pytest.raises(InvalidEdit) as refusal:
        reschedule(dated, "i1", START, D(2026, 6, 1))
    assert refusal.value.message.startswith("“a milestone” would fall outside")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shift=st.integers(-400, 400), earlier=st.integers(0, 400), later=st.integers(0, 400), move=st.booleans())
def test_any_move_or_lengthening_is_accepted_and_undone_exactly(dated, shift, earlier, later, move):
    before = saved_bytes(dated.plan)
    days = dt.timedelta
    start, end = (START + days(shift), END + days(shift)) if move else (START - days(earlier), END + days(later))
    command = reschedule(dated, "i1", start, end)
    if command is None:
        assert (start, end) == (START, END)
        return
    dated.push(command)
    assert (initiative(dated).start, initiative(dated).end) == (start, end)
    assert find_problems(dated.plan) == []
    dated.undo_stack.undo()
    assert saved_bytes(dated.plan) == before
    dated.undo_stack.clear()
