"""Step 3b — the execution roadmap (実行ロードマップ) of initiatives (施策)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from .base import DomainModel, Id, Item, Label, Text
from .enums import InitiativeStatus

#: Budgets are whole yen; this bound (1,000 trillion yen) only keeps totals exact.
MAX_YEN = 10**15


class Milestone(Item):
    name: Label = ""
    date: dt.date | None = None
    done: bool = False


class Initiative(Item):
    """An initiative on the roadmap.

    Attributes:
        budget_yen: whole yen, never a float, so totals are exact.
        goal_id: the business goal it serves; when empty, budget-per-goal totals follow
            the goals of its linked KPIs.
    """

    name: Label = ""
    description: Text = ""
    owner: Label = ""
    start: dt.date | None = None
    end: dt.date | None = None
    budget_yen: int | None = Field(default=None, ge=0, le=MAX_YEN)
    status: InitiativeStatus = InitiativeStatus.PLANNED
    kpi_ids: list[Id] = Field(default_factory=list)
    persona_id: Id | None = None
    channel_id: Id | None = None
    goal_id: Id | None = None
    milestones: list[Milestone] = Field(default_factory=list)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Initiative:
        if self.start and self.end and self.end < self.start:
            raise ValueError("the initiative ends before it starts")
        return self


def outside(day: dt.date | None, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether ``day`` falls before ``start`` or after ``end`` (an open side bounds nothing)."""
    return day is not None and ((start is not None and day < start) or (end is not None and day > end))


def milestones_outside(milestones: list[Milestone], start: dt.date | None, end: dt.date | None) -> list[Milestone]:
    """The milestones dated outside ``start``–``end``: an initiative's milestones belong
    within its dates. Not a validator, so a plan written before the rule still opens; every
    edit checks it (``references.edit_problem``) and the health check reports the rest."""
    return [m for m in milestones if outside(m.date, start, end)]


class Roadmap(DomainModel):
    initiatives: list[Initiative] = Field(default_factory=list)
