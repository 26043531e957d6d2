"""The plan's settings: company, fiscal year, granularity, money unit, status thresholds
and departments.

Apart from ``plan.py`` so that the reference rules (``references.py``) can name a
department without importing the plan, which imports them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import DomainModel, Item, Label
from .enums import Granularity, MoneyUnit

__all__ = ["Department", "PlanSettings", "StatusThresholds"]


class Department(Item):
    name: Label = ""


class StatusThresholds(DomainModel):
    """Actual ÷ target-to-date at or above ``on_track`` is on track, at or above
    ``at_risk`` is at risk, below is off track (inverted for lower-is-better KPIs)."""

    on_track: float = Field(default=0.95, gt=0, le=10)
    at_risk: float = Field(default=0.80, gt=0, le=10)

    @model_validator(mode="after")
    def _ordered(self) -> StatusThresholds:
        if self.at_risk > self.on_track:
            raise ValueError("the at-risk threshold must not exceed the on-track threshold")
        return self


class PlanSettings(DomainModel):
    """Company-wide settings of the plan.

    Attributes:
        fiscal_year: calendar year in which the fiscal year starts (FY2026 = Apr 2026–Mar 2027).
        language: the plan's own language (exports, samples); the UI language is separate.
    """

    title: Label = ""
    company_name: Label = ""
    language: Literal["ja", "en"] = "ja"
    fiscal_year: int = Field(default=2026, ge=1900, le=2200)
    fiscal_year_start_month: int = Field(default=4, ge=1, le=12)
    granularity: Granularity = Granularity.MONTH
    money_unit: MoneyUnit = MoneyUnit.THOUSAND
    thresholds: StatusThresholds = Field(default_factory=StatusThresholds)
    departments: list[Department] = Field(default_factory=list)
