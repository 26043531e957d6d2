"""When an action item is open or overdue, and a review meeting upcoming or overdue:
decided once, on the model, for the health check, the pages and the workbook."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.model import ActionItem, ReviewMeeting
from canvas_app.model.enums import ActionStatus

TODAY = dt.date(2026, 6, 15)
DAY = dt.timedelta(days=1)
#: Due dates around today, and no due date at all.
DUES = {"long ago": TODAY - 90 * DAY, "yesterday": TODAY - DAY, "today": TODAY, "tomorrow": TODAY + DAY, "none": None}
STILL_TO_DO = {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}


@pytest.mark.parametrize("status", list(ActionStatus), ids=str)
def test_an_action_is_open_until_done_or_dropped(status: ActionStatus) -> None:
    assert ActionItem(id="a", status=status).is_open is (status in STILL_TO_DO)


@pytest.mark.parametrize("due", DUES.values(), ids=DUES.keys())
@pytest.mark.parametrize("status", list(ActionStatus), ids=str)
def test_an_action_is_overdue_when_open_and_due_before_today(status: ActionStatus, due: dt.date | None) -> None:
    action = ActionItem(id="a", status=status, due=due)
    expected = status in STILL_TO_DO and due is not None and due < TODAY
    assert action.is_overdue(TODAY) is expected


def test_the_rule_follows_an_edit_of_the_status() -> None:
    action = ActionItem(id="a", due=TODAY - DAY)
    assert action.is_overdue(TODAY)
    action.status = ActionStatus.DONE
    assert not action.is_open and not action.is_overdue(TODAY)


@pytest.mark.parametrize("date", DUES.values(), ids=DUES.keys())
@pytest.mark.parametrize("held", [False, True], ids=["scheduled", "held"])
def test_a_meeting_is_upcoming_or_overdue_until_held(held: bool, date: dt.date | None) -> None:
    meeting = ReviewMeeting(id="r", date=date, held=held)
    assert meeting.is_upcoming(TODAY) is (not held and date is not None and date >= TODAY)
    assert meeting.is_overdue(TODAY) is (not held and date is not None and date < TODAY)
    assert not (meeting.is_upcoming(TODAY) and meeting.is_overdue(TODAY))


def test_the_rules_are_not_stored() -> None:
    """Methods, not fields: the file keeps only what the user entered."""
    data = ActionItem(id="a", due=TODAY).model_dump()
    assert not {"is_open", "is_overdue"} & set(data)
    assert not {"is_upcoming", "is_overdue"} & set(ReviewMeeting(id="r").model_dump())
