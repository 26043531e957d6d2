"""The rules of an initiative, checked below the UI on every edit path: an end before
the start (either date moved), a negative budget, a milestone outside the initiative's
dates (its own date moved, the initiative's start or end moved, a milestone added) — each
refused with one sentence before anything reaches the plan or the undo stack; dates on
the edge are taken. A plan written before the milestone rule still opens, and the health
check names the stray milestone. Removing what an initiative links to clears the link in
the same undo step."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.calc.health import check_plan
from canvas_app.commands import AddItem, EditField, InvalidEdit
from canvas_app.commands.structure import duplicate_item, remove_items
from canvas_app.model import Channel, Milestone, find_problems, ops
from canvas_app.storage.project_file import load_bytes
from canvas_app.text.findings import finding_message
from canvas_app.text.language import Language
from tests.saved import saved_bytes

D = dt.date
START, END = D(2026, 5, 1), D(2026, 6, 30)  # the trade show "i1" of the small plan


@pytest.fixture
def dated(session):
    """The trade show with a dated milestone inside its dates."""
    session.plan.roadmap.initiatives[0].milestones[0].date = D(2026, 5, 20)
    return session


def refused(session, build) -> str:
    before, count = saved_bytes(session.plan), session.undo_stack.count()
    with pytest.raises(InvalidEdit) as caught:
        session.push(build())
    assert saved_bytes(session.plan) == before and session.undo_stack.count() == count
    return caught.value.message


# (item, field, value, the sentence)
REFUSED = [
    ("i1", "end", D(2026, 4, 30), "The end date is before the start date."),
    ("i1", "start", D(2026, 7, 1), "The start date is after the end date."),
    ("i1", "budget_yen", -1, "A budget cannot be negative."),
    ("i1", "budget_yen", -10**9, "A budget cannot be negative."),
    ("m1", "date", D(2026, 4, 30), "Milestone “Booth booked” would lie outside the initiative's dates "
                                   "(2026/5/1 – 2026/6/30)."),
    ("m1", "date", D(2026, 7, 1), "Milestone “Booth booked” would lie outside the initiative's dates "
                                  "(2026/5/1 – 2026/6/30)."),
    ("i1", "start", D(2026, 5, 21), "Milestone “Booth booked” would lie outside the initiative's dates "
                                    "(2026/5/21 – 2026/6/30)."),
    ("i1", "end", D(2026, 5, 19), "Milestone “Booth booked” would lie outside the initiative's dates "
                                  "(2026/5/1 – 2026/5/19)."),
    ("i1", "milestones", [Milestone(id="m9", name="Late", date=D(2026, 8, 1))],
     "Milestone “Late” would lie outside the initiative's dates (2026/5/1 – 2026/6/30)."),
]


@pytest.mark.parametrize("item_id, path, value, message", REFUSED, ids=[f"{r[1]}-{r[2]}" for r in REFUSED])
def test_an_edit_that_breaks_a_rule_is_refused_in_one_sentence_and_the_plan_is_untouched(dated, item_id, path,
                                                                                             value, message):
    assert refused(dated, lambda: EditField(dated, item_id, path, value)) == message


# (item, field, value) on the edge of a rule: taken
TAKEN = [
    ("i1", "start", D(2026, 5, 20)), ("i1", "end", D(2026, 5, 20)),
    ("i1", "budget_yen", 0), ("m1", "date", START), ("m1", "date", END), ("m1", "date", None),
    ("i1", "start", None), ("i1", "end", None),
]


@pytest.mark.parametrize("item_id, path, value", TAKEN, ids=[f"{t[1]}-{t[2]}" for t in TAKEN])
def test_a_value_on_the_edge_of_a_rule_is_taken_and_undone_byte_equal(dated, item_id, path, value):
    before = saved_bytes(dated.plan)
    dated.push(EditField(dated, item_id, path, value))
    assert ops.get_value(dated.plan, item_id, path) == value and find_problems(dated.plan) == []
    dated.undo_stack.undo()
    assert saved_bytes(dated.plan) == before


@pytest.mark.parametrize("path, day", [("end", START), ("start", END)])
def test_an_initiative_may_start_and_end_on_the_same_day(session, path, day):
    session.push(EditField(session, "i1", path, day))
    initiative = session.plan.roadmap.initiatives[0]
    assert initiative.start == initiative.end == day


def test_a_milestone_without_dates_on_the_initiative_may_have_any_date(session):
    session.push(EditField(session, "i1", "start", None))
    session.push(EditField(session, "i1", "end", None))
    session.push(EditField(session, "m1", "date", D(2030, 1, 1)))
    assert session.plan.roadmap.initiatives[0].milestones[0].date == D(2030, 1, 1)


@pytest.mark.parametrize("day, taken", [(D(2026, 4, 30), False), (START, True), (D(2026, 6, 1), True),
                                        (END, True), (D(2026, 7, 1), False), (None, True)])
def test_a_milestone_added_to_an_initiative_is_checked_against_its_dates(session, day, taken):
    milestone = Milestone(id="m2", name="Leaflets printed", date=day)
    add = lambda: AddItem(session, ops.Slot("i1", "milestones"), milestone)  # noqa: E731
    if taken:
        session.push(add())
        assert [m.id for m in session.plan.roadmap.initiatives[0].milestones] == ["m1", "m2"]
    else:
        assert "Leaflets printed" in refused(session, add)


def test_a_plan_written_before_the_rule_opens_and_the_health_check_names_the_stray_milestone(dated):
    dated.plan.roadmap.initiatives[0].milestones[0].date = D(2026, 9, 1)  # as an older file may hold it
    plan = load_bytes(saved_bytes(dated.plan), "older.scanvas").plan
    found = [f for f in check_plan(plan, D(2026, 5, 1)) if f.code == "initiative_milestone_outside"]
    assert [(f.item_kind, f.item_id) for f in found] == [("initiative", "i1")]
    assert finding_message(found[0], plan, Language("en")) == (
        "Milestone “Booth booked” (1 Sep 2026) lies outside the dates of initiative “Trade show”.")
    # A duplicate keeps it as it was (the finding names it), instead of being refused.
    command, _new = duplicate_item(dated, "i1", "Trade show (copy)")
    dated.push(command)
    assert len(dated.plan.roadmap.initiatives) == 2


# An initiative's link → the item removed elsewhere, how to make the link, the cleared value
LINKS = {
    "kpi_ids": ("k-deals", ["k-deals", "k-size"], ["k-size"]),
    "persona_id": ("p1", "p1", None),
    "channel_id": ("ch1", "ch1", None),
    "goal_id": ("g1", "g1", None),
}


@pytest.mark.parametrize("link", list(LINKS))
def test_removing_what_an_initiative_links_to_clears_the_link_in_the_same_undo_step(session, link):
    target, value, cleared = LINKS[link]
    session.plan.customers.channels = [Channel(id="ch1", name="Web")]
    setattr(session.plan.roadmap.initiatives[0], link, value)
    assert find_problems(session.plan) == []
    before, count = saved_bytes(session.plan), session.undo_stack.count()
    session.push(remove_items(session, [target]))
    assert getattr(session.plan.roadmap.initiatives[0], link) == cleared
    assert find_problems(session.plan) == [] and session.undo_stack.count() == count + 1
    session.undo_stack.undo()
    assert saved_bytes(session.plan) == before
    assert getattr(session.plan.roadmap.initiatives[0], link) == value
