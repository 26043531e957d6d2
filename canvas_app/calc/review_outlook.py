"""The review cycle seen from today (Step 4): the next review, reviews whose date has
passed without being held, and how many action items are still open or overdue.

The overview, the PDF and the workbook's summary all take the next review from here.
When an action item is open or overdue and a meeting upcoming or overdue is decided on
the model (``ActionItem.is_open``, ``ActionItem.is_overdue``, ``ReviewMeeting.is_upcoming``,
``ReviewMeeting.is_overdue``).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from canvas_app.model.plan import Plan
from canvas_app.model.review import ReviewMeeting


class ReviewOutlook(NamedTuple):
    """The review cycle as of one day.

    A NamedTuple rather than a frozen dataclass: the overview needs it before the first
    paint, and a NamedTuple class costs a tenth as much to define.

    Attributes:
        next_meeting: the earliest meeting scheduled for today or later, not yet held
            (the first in the plan's order on a tie); None when none is scheduled.
        overdue: meetings whose date has passed and that are not marked held, earliest first.
        open_actions: action items still open or in progress.
        overdue_actions: those of them past their due date.
    """

    next_meeting: ReviewMeeting | None
    overdue: tuple[ReviewMeeting, ...]
    open_actions: int
    overdue_actions: int


def next_review(plan: Plan, today: dt.date) -> ReviewMeeting | None:
    """The next review meeting scheduled from ``today`` on, not yet held."""
    upcoming = sorted((m for m in plan.review.meetings if m.is_upcoming(today)), key=lambda m: m.date)
    return upcoming[0] if upcoming else None


def review_outlook(plan: Plan, today: dt.date) -> ReviewOutlook:
    meetings = plan.review.meetings
    overdue = sorted((m for m in meetings if m.is_overdue(today)), key=lambda m: m.date)
    actions = [action for meeting in meetings for action in meeting.action_items]
    return ReviewOutlook(next_review(plan, today), tuple(overdue), sum(a.is_open for a in actions),
                         sum(a.is_overdue(today) for a in actions))


__all__ = ["ReviewOutlook", "next_review", "review_outlook"]
