"""The plan: the root of everything a .scanvas file holds."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .base import DomainModel
from .customer import CustomerDesign
from .kpi import KpiTree
from .plan_settings import Department, PlanSettings, StatusThresholds
from .references import find_problems
from .review import ReviewCycle, Snapshot
from .roadmap import Roadmap
from .strategy import Strategy

__all__ = ["Department", "Plan", "PlanSettings", "StatusThresholds"]


class Plan(DomainModel):
    """A whole marketing plan: settings, the four steps, and snapshots for comparison."""

    settings: PlanSettings = Field(default_factory=PlanSettings)
    strategy: Strategy = Field(default_factory=Strategy)
    customers: CustomerDesign = Field(default_factory=CustomerDesign)
    kpis: KpiTree = Field(default_factory=KpiTree)
    roadmap: Roadmap = Field(default_factory=Roadmap)
    review: ReviewCycle = Field(default_factory=ReviewCycle)
    snapshots: list[Snapshot] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_resolve(self) -> Plan:
        problems = find_problems(self)
        if problems:
            first = problems[0]
            raise PydanticCustomError(first.code, first.english(), first.context())
        return self
