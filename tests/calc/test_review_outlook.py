"""The review cycle seen from today: next review, overdue reviews, open and overdue actions."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from canvas_app.calc.health import check_plan
from canvas_app.calc.review_outlook import next_review, review_outlook
from canvas_app.model import ActionItem, Plan, ReviewMeeting
from canvas_app.model.enums import ActionStatus

TODAY = dt.date(2026, 7, 1)
DAY = dt.timedelta(days=1)


def plan_of(*meetings: ReviewMeeting) -> Plan:
    plan = Plan()
    plan.review.meetings = list(meetings)
    return plan


def test_an_empty_plan_has_nothing_ahead() -> None:
    assert review_outlook(Plan(), TODAY) == (None, (), 0, 0)
    assert next_review(Plan(), TODAY) is None


@pytest.mark.parametrize("held", [False, True], ids=["scheduled", "held"])
@pytest.mark.parametrize("offset", [-30, -1, 0, 1, 30], ids=lambda d: f"{d:+d}d")
def test_one_meeting_is_next_or_overdue_by_its_date(offset: int, held: bool) -> None:
    meeting = ReviewMeeting(id="r", date=TODAY + offset * DAY, held=held)
    outlook = review_outlook(plan_of(meeting), TODAY)
    assert outlook.next_meeting is (meeting if not held and offset >= 0 else None)
    assert outlook.overdue == ((meeting,) if not held and offset < 0 else ())
    assert next_review(plan_of(meeting), TODAY) is outlook.next_meeting


def test_the_earliest_upcoming_meeting_is_next_the_first_in_the_plan_on_a_tie() -> None:
    later = ReviewMeeting(id="later", date=TODAY + 20 * DAY)
    soon = ReviewMeeting(id="soon", date=TODAY + 3 * DAY)
    also_soon = ReviewMeeting(id="also_soon", date=TODAY + 3 * DAY)
    undated = ReviewMeeting(id="undated")
    assert next_review(plan_of(later, undated, soon, also_soon), TODAY) is soon
    assert next_review(plan_of(later, also_soon, soon), TODAY) is also_soon


def test_overdue_meetings_earliest_first() -> None:
    june = ReviewMeeting(id="june", date=TODAY - 20 * DAY)
    may = ReviewMeeting(id="may", date=TODAY - 50 * DAY)
    held = ReviewMeeting(id="held", date=TODAY - 80 * DAY, held=True)
    assert [m.id for m in review_outlook(plan_of(june, held, may), TODAY).overdue] == ["may", "june"]


@pytest.mark.parametrize("statuses", list(itertools.combinations_with_replacement(list(ActionStatus), 2)),
                         ids=lambda s: "+".join(map(str, s)))
def test_open_and_overdue_actions_are_counted_over_every_meeting(statuses) -> None:
    dues = (TODAY - DAY, TODAY + DAY)  # the first is late, the second not yet
    meetings = [ReviewMeeting(id=f"r{n}", action_items=[ActionItem(id=f"a{n}", status=status, due=due)])
                for n, (status, due) in enumerate(zip(statuses, dues))]
    outlook = review_outlook(plan_of(*meetings), TODAY)
    still_to_do = [s in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) for s in statuses]
    assert outlook.open_actions == sum(still_to_do)
    assert outlook.overdue_actions == int(still_to_do[0])
    assert outlook.overdue_actions == sum(f.code == "action_overdue" for f in check_plan(plan_of(*meetings), TODAY))


def test_the_health_check_and_the_outlook_agree_on_overdue_reviews() -> None:
    meetings = [ReviewMeeting(id=f"r{d}", date=TODAY + d * DAY, held=d % 2 == 0) for d in range(-5, 6)]
    plan = plan_of(*meetings)
    flagged = {f.item_id for f in check_plan(plan, TODAY) if f.code == "review_overdue"}
    assert flagged == {m.id for m in review_outlook(plan, TODAY).overdue} == {"r-5", "r-3", "r-1"}
