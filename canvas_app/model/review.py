"""Step 4 — the review cycle (改善サイクル): cadence, actuals, meetings, decisions, actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field

from .base import DomainModel, Id, Item, Label, Text
from .enums import ActionStatus, Decision, DecisionSubject, ReviewKind


class ReviewCadence(DomainModel):
    """How often the plan is reviewed, and who takes part from which department."""

    kpi_review: ReviewKind = ReviewKind.MONTHLY
    strategy_review: ReviewKind = ReviewKind.QUARTERLY
    meeting_day: int | None = Field(default=None, ge=1, le=28)
    participant_department_ids: list[Id] = Field(default_factory=list)
    participants: list[Label] = Field(default_factory=list)


class Actual(DomainModel):
    """The actual value of a KPI in one period ("Q1".."Q4" or "M01".."M12", fiscal)."""

    kpi_id: Id
    period: str
    value: float
    note: Text = ""


class ReviewDecision(Item):
    """What the review decided about a KPI, an initiative or the whole plan.

    ``revisit_step`` names the step (1–3) to go back to when the decision is to
    revisit the strategy (成果が出ていないなら戦略設計に立ち返る).
    """

    subject: DecisionSubject = DecisionSubject.KPI
    subject_id: Id | None = None
    decision: Decision = Decision.CONTINUE
    revisit_step: int | None = Field(default=None, ge=1, le=3)
    rationale: Text = ""


#: The states in which an action item still has to be done.
OPEN_ACTION_STATES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})


class ActionItem(Item):
    text: Text = ""
    owner: Label = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    #: the action item of an earlier review this one carries over, if any
    carried_from: Id | None = None

    @property
    def is_open(self) -> bool:
        """Still to be done: open or in progress (neither done nor dropped)."""
        return self.status in OPEN_ACTION_STATES

    def is_overdue(self, today: dt.date) -> bool:
        """Open and past its due date (due yesterday or earlier; due today is not late)."""
        return self.is_open and self.due is not None and self.due < today


class ReviewMeeting(Item):
    """One review (定例レビュー). ``held`` is false while it is only scheduled."""

    kind: ReviewKind = ReviewKind.MONTHLY
    period: str = ""
    date: dt.date | None = None
    held: bool = False
    attendees: list[Label] = Field(default_factory=list)
    summary: Text = ""
    customer_voice: Text = ""
    lost_deal_reasons: Text = ""
    decisions: list[ReviewDecision] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)

    def is_upcoming(self, today: dt.date) -> bool:
        """Scheduled for today or later and not yet held."""
        return not self.held and self.date is not None and self.date >= today

    def is_overdue(self, today: dt.date) -> bool:
        """Its date has passed and it is not marked held."""
        return not self.held and self.date is not None and self.date < today


class Snapshot(Item):
    """The whole plan as it stood at a quarterly review, so quarters can be compared.

    ``plan`` is the plan's JSON (without snapshots); it is migrated with the file.
    """

    label: Label = ""
    taken_at: dt.datetime
    review_id: Id | None = None
    plan: dict[str, Any]


class ReviewCycle(DomainModel):
    cadence: ReviewCadence = Field(default_factory=ReviewCadence)
    actuals: list[Actual] = Field(default_factory=list)
    meetings: list[ReviewMeeting] = Field(default_factory=list)
