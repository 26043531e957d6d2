"""Step 1 — strategy linkage (経営・事業戦略との接続)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from .base import DomainModel, Id, Item, Label, Text
from .enums import GoalCategory, Unit


class HeadlineTarget(Item):
    """A headline number of the mid-term plan, e.g. 'Revenue 3.0 bn yen by FY2028'."""

    label: Label = ""
    value: float | None = None
    unit: Unit = Unit.JPY
    year: int | None = Field(default=None, ge=1900, le=2200)


class MidTermPlan(DomainModel):
    """中期経営計画: the period it covers and its headline targets."""

    title: Label = ""
    start_year: int | None = Field(default=None, ge=1900, le=2200)
    end_year: int | None = Field(default=None, ge=1900, le=2200)
    summary: Text = ""
    headline_targets: list[HeadlineTarget] = Field(default_factory=list)

    @model_validator(mode="after")
    def _period_in_order(self) -> MidTermPlan:
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValueError("the mid-term plan ends before it starts")
        return self


class StrategicPriority(Item):
    text: Text = ""


class BusinessGoal(Item):
    """A business goal (経営・事業ゴール) that marketing contributes to.

    Attributes:
        marketing_contribution: how marketing contributes to this goal, in words.
        agreed_department_ids: departments that agreed to the goal — the shared
            language across departments (共通言語化).
    """

    name: Label = ""
    category: GoalCategory = GoalCategory.REVENUE
    baseline: float | None = None
    target: float | None = None
    unit: Unit = Unit.JPY
    deadline: dt.date | None = None
    owner: Label = ""
    marketing_contribution: Text = ""
    agreed_department_ids: list[Id] = Field(default_factory=list)
    notes: Text = ""


class Strategy(DomainModel):
    vision: Text = ""
    mission: Text = ""
    mid_term_plan: MidTermPlan = Field(default_factory=MidTermPlan)
    business_strategy: Text = ""
    priorities: list[StrategicPriority] = Field(default_factory=list)
    goals: list[BusinessGoal] = Field(default_factory=list)
