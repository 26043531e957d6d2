"""The plan's domain model (pydantic v2, no Qt): what a .scanvas file holds.

Import the parts from here: ``from canvas_app.model import Plan, KpiNode, ...``.
"""

from .base import DomainModel, Id, Item, new_id
from .customer import (
    Channel,
    Competitor,
    CustomerDesign,
    CustomerJourney,
    DifferentiationCriterion,
    JourneyStage,
    Persona,
    ValueProposition,
)
from .enums import *  # noqa: F403 - the vocabularies are part of the model's surface
from .kpi import KpiNode, KpiTree
from .plan import Department, Plan, PlanSettings, StatusThresholds
from .references import Problem, edit_problem, find_problems
from .review import (
    ActionItem,
    Actual,
    ReviewCadence,
    ReviewCycle,
    ReviewDecision,
    ReviewMeeting,
    Snapshot,
)
from .roadmap import Initiative, Milestone, Roadmap
from .strategy import BusinessGoal, HeadlineTarget, MidTermPlan, StrategicPriority, Strategy
from .walk import index_items, item_kind, item_label, iter_items
