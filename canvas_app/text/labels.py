"""Display labels for the domain's keys: every enum value, item kind, step and stage.

The model stores keys; people read these labels. Source strings are English and use the
glossary's words (shared/glossary.md) so the Japanese translation can follow it. Each
string is a literal ``QCoreApplication.translate("Labels", ...)`` call so that
pyside6-lupdate finds it, and each function builds its dict on every call so that a
language switch at run time takes effect.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication

from canvas_app.model.enums import (
    ActionStatus,
    Aggregation,
    ChannelKind,
    CompetitorKind,
    Decision,
    DecisionSubject,
    Direction,
    Formula,
    FunnelRole,
    GoalCategory,
    Granularity,
    InitiativeStatus,
    JourneyPhase,
    MoneyUnit,
    PersonaPriority,
    PricePosition,
    RevenueStage,
    ReviewKind,
    Status,
    Unit,
)
from canvas_app.text.formatting import money_unit_suffix

__all__ = [
    "enum_label",
    "labels_for",
    "item_kind_label",
    "item_kind_labels",
    "step_label",
    "step_labels",
    "unit_name",
    "STEP_KEYS",
]


#: Keys of the pages of the main window, as the CLI's ``--step`` names them.
STEP_KEYS = ("overview", "1", "2", "3", "4", "funnel")


def goal_category_labels() -> dict[GoalCategory, str]:
    return {
        GoalCategory.REVENUE: QCoreApplication.translate("Labels", "Revenue"),
        GoalCategory.NEW_CUSTOMERS: QCoreApplication.translate("Labels", "New customers"),
        GoalCategory.REPEAT: QCoreApplication.translate("Labels", "Repeat purchases"),
        GoalCategory.LTV: QCoreApplication.translate("Labels", "LTV"),
        GoalCategory.BRAND: QCoreApplication.translate("Labels", "Brand"),
        GoalCategory.PROFIT: QCoreApplication.translate("Labels", "Profit"),
        GoalCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def unit_labels() -> dict[Unit, str]:
    return {
        Unit.JPY: QCoreApplication.translate("Labels", "Yen"),
        Unit.COUNT: QCoreApplication.translate("Labels", "Count"),
        Unit.PERCENT: QCoreApplication.translate("Labels", "Percent"),
        Unit.RATIO: QCoreApplication.translate("Labels", "Ratio (×)"),
        Unit.DAYS: QCoreApplication.translate("Labels", "Days"),
        Unit.SCORE: QCoreApplication.translate("Labels", "Score"),
        Unit.OTHER: QCoreApplication.translate("Labels", "Other unit"),
    }


def unit_name(unit: Unit, money_unit: MoneyUnit, lang: str) -> str:
    """A value's unit as a table column or a caption names it: money by the plan's money
    unit in ``lang`` (百万円), any other unit by its label."""
    if Unit(unit) == Unit.JPY:
        return money_unit_suffix(money_unit, lang)
    return enum_label(Unit(unit))


def money_unit_labels() -> dict[MoneyUnit, str]:
    return {
        MoneyUnit.YEN: QCoreApplication.translate("Labels", "yen"),
        MoneyUnit.THOUSAND: QCoreApplication.translate("Labels", "thousand yen"),
        MoneyUnit.TEN_THOUSAND: QCoreApplication.translate("Labels", "ten thousand yen"),
        MoneyUnit.MILLION: QCoreApplication.translate("Labels", "million yen"),
        MoneyUnit.HUNDRED_MILLION: QCoreApplication.translate("Labels", "hundred million yen"),
    }


def granularity_labels() -> dict[Granularity, str]:
    return {
        Granularity.MONTH: QCoreApplication.translate("Labels", "Monthly"),
        Granularity.QUARTER: QCoreApplication.translate("Labels", "Quarterly"),
    }


def persona_priority_labels() -> dict[PersonaPriority, str]:
    return {
        PersonaPriority.PRIMARY: QCoreApplication.translate("Labels", "Primary"),
        PersonaPriority.SECONDARY: QCoreApplication.translate("Labels", "Secondary"),
        PersonaPriority.OTHER: QCoreApplication.translate("Labels", "Other persona"),
    }


def competitor_kind_labels() -> dict[CompetitorKind, str]:
    return {
        CompetitorKind.DIRECT: QCoreApplication.translate("Labels", "Direct competitor"),
        CompetitorKind.INDIRECT: QCoreApplication.translate("Labels", "Indirect competitor"),
        CompetitorKind.SUBSTITUTE: QCoreApplication.translate("Labels", "Substitute"),
    }


def price_position_labels() -> dict[PricePosition, str]:
    return {
        PricePosition.LOWER: QCoreApplication.translate("Labels", "Lower price"),
        PricePosition.SIMILAR: QCoreApplication.translate("Labels", "Similar price"),
        PricePosition.HIGHER: QCoreApplication.translate("Labels", "Higher price"),
    }


def channel_kind_labels() -> dict[ChannelKind, str]:
    return {
        ChannelKind.ONLINE: QCoreApplication.translate("Labels", "Online"),
        ChannelKind.OFFLINE: QCoreApplication.translate("Labels", "Offline"),
    }


def journey_phase_labels() -> dict[JourneyPhase, str]:
    return {
        JourneyPhase.AWARENESS: QCoreApplication.translate("Labels", "Awareness"),
        JourneyPhase.CONSIDERATION: QCoreApplication.translate("Labels", "Consideration"),
        JourneyPhase.PURCHASE: QCoreApplication.translate("Labels", "Purchase"),
        JourneyPhase.RETENTION: QCoreApplication.translate("Labels", "Retention"),
        JourneyPhase.ADVOCACY: QCoreApplication.translate("Labels", "Advocacy"),
    }


def formula_labels() -> dict[Formula, str]:
    return {
        Formula.INPUT: QCoreApplication.translate("Labels", "Input value"),
        Formula.SUM: QCoreApplication.translate("Labels", "Sum (a + b + …)"),
        Formula.PRODUCT: QCoreApplication.translate("Labels", "Product (a × b × …)"),
        Formula.RATIO: QCoreApplication.translate("Labels", "Ratio (a ÷ b)"),
        Formula.DIFFERENCE: QCoreApplication.translate("Labels", "Difference (a − b)"),
    }


def direction_labels() -> dict[Direction, str]:
    return {
        Direction.HIGHER_IS_BETTER: QCoreApplication.translate("Labels", "Higher is better"),
        Direction.LOWER_IS_BETTER: QCoreApplication.translate("Labels", "Lower is better"),
    }


def aggregation_labels() -> dict[Aggregation, str]:
    return {
        Aggregation.ADDITIVE: QCoreApplication.translate("Labels", "Adds up over periods"),
        Aggregation.NON_ADDITIVE: QCoreApplication.translate("Labels", "Does not add up (rate or average)"),
    }


def revenue_stage_labels() -> dict[RevenueStage, str]:
    return {
        RevenueStage.MARKETING: QCoreApplication.translate("Labels", "Marketing"),
        RevenueStage.INSIDE_SALES: QCoreApplication.translate("Labels", "Inside Sales"),
        RevenueStage.SALES: QCoreApplication.translate("Labels", "Sales"),
        RevenueStage.CUSTOMER_SUCCESS: QCoreApplication.translate("Labels", "Customer Success"),
    }


def funnel_role_labels() -> dict[FunnelRole, str]:
    return {
        FunnelRole.LEADS: QCoreApplication.translate("Labels", "Leads"),
        FunnelRole.LEAD_TO_MQL_RATE: QCoreApplication.translate("Labels", "Lead → MQL conversion rate"),
        FunnelRole.MQLS: QCoreApplication.translate("Labels", "MQLs"),
        FunnelRole.MQL_TO_SQL_RATE: QCoreApplication.translate("Labels", "MQL → SQL conversion rate"),
        FunnelRole.SQLS: QCoreApplication.translate("Labels", "SQLs"),
        FunnelRole.SQL_TO_OPPORTUNITY_RATE: QCoreApplication.translate("Labels", "SQL → opportunity conversion rate"),
        FunnelRole.OPPORTUNITIES: QCoreApplication.translate("Labels", "Opportunities"),
        FunnelRole.WIN_RATE: QCoreApplication.translate("Labels", "Win rate"),
        FunnelRole.WON_DEALS: QCoreApplication.translate("Labels", "Won deals"),
        FunnelRole.AVERAGE_DEAL_SIZE: QCoreApplication.translate("Labels", "Average deal size"),
        FunnelRole.NEW_REVENUE: QCoreApplication.translate("Labels", "New revenue"),
        FunnelRole.CUSTOMERS: QCoreApplication.translate("Labels", "Existing customers"),
        FunnelRole.RETENTION_RATE: QCoreApplication.translate("Labels", "Retention rate"),
        FunnelRole.REVENUE_PER_CUSTOMER: QCoreApplication.translate("Labels", "Revenue per customer"),
        FunnelRole.EXPANSION_RATE: QCoreApplication.translate("Labels", "Expansion rate"),
        FunnelRole.EXISTING_REVENUE: QCoreApplication.translate("Labels", "Existing revenue"),
        FunnelRole.TOTAL_REVENUE: QCoreApplication.translate("Labels", "Total revenue"),
        FunnelRole.PIPELINE_VALUE: QCoreApplication.translate("Labels", "Pipeline value"),
        FunnelRole.DAYS_TO_MQL: QCoreApplication.translate("Labels", "Days from lead to MQL"),
        FunnelRole.DAYS_TO_SQL: QCoreApplication.translate("Labels", "Days from MQL to SQL"),
        FunnelRole.DAYS_TO_OPPORTUNITY: QCoreApplication.translate("Labels", "Days from SQL to opportunity"),
        FunnelRole.DAYS_TO_CLOSE: QCoreApplication.translate("Labels", "Days from opportunity to won deal"),
    }


def initiative_status_labels() -> dict[InitiativeStatus, str]:
    return {
        InitiativeStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        InitiativeStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        InitiativeStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        InitiativeStatus.ON_HOLD: QCoreApplication.translate("Labels", "On hold"),
        InitiativeStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }


def review_kind_labels() -> dict[ReviewKind, str]:
    return {
        ReviewKind.MONTHLY: QCoreApplication.translate("Labels", "Monthly review"),
        ReviewKind.QUARTERLY: QCoreApplication.translate("Labels", "Quarterly review"),
    }


def decision_labels() -> dict[Decision, str]:
    return {
        Decision.CONTINUE: QCoreApplication.translate("Labels", "Continue"),
        Decision.SCALE: QCoreApplication.translate("Labels", "Scale what works"),
        Decision.FIX_TACTICS: QCoreApplication.translate("Labels", "Fix tactics"),
        Decision.REVISIT_STRATEGY: QCoreApplication.translate("Labels", "Revisit strategy"),
    }


def decision_subject_labels() -> dict[DecisionSubject, str]:
    return {
        DecisionSubject.KPI: QCoreApplication.translate("Labels", "KPI"),
        DecisionSubject.INITIATIVE: QCoreApplication.translate("Labels", "Initiative"),
        DecisionSubject.PLAN: QCoreApplication.translate("Labels", "Whole plan"),
    }


def action_status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }


def status_labels() -> dict[Status, str]:
    return {
        Status.ON_TRACK: QCoreApplication.translate("Labels", "On track"),
        Status.AT_RISK: QCoreApplication.translate("Labels", "At risk"),
        Status.OFF_TRACK: QCoreApplication.translate("Labels", "Off track"),
        Status.NO_DATA: QCoreApplication.translate("Labels", "No data"),
    }


_BY_ENUM: dict[type[Enum], Callable[[], dict]] = {
    GoalCategory: goal_category_labels,
    Unit: unit_labels,
    MoneyUnit: money_unit_labels,
    Granularity: granularity_labels,
    PersonaPriority: persona_priority_labels,
    CompetitorKind: competitor_kind_labels,
    PricePosition: price_position_labels,
    ChannelKind: channel_kind_labels,
    JourneyPhase: journey_phase_labels,
    Formula: formula_labels,
    Direction: direction_labels,
    Aggregation: aggregation_labels,
    RevenueStage: revenue_stage_labels,
    FunnelRole: funnel_role_labels,
    InitiativeStatus: initiative_status_labels,
    ReviewKind: review_kind_labels,
    Decision: decision_labels,
    DecisionSubject: decision_subject_labels,
    ActionStatus: action_status_labels,
    Status: status_labels,
}


def labels_for(enum_class: type[Enum]) -> dict:
    """All labels of one enum, in the enum's order (for combo boxes)."""
    return _BY_ENUM[enum_class]()


def enum_label(value: Enum) -> str:
    """The label of one enum value; an unknown enum falls back to its stored key."""
    builder = _BY_ENUM.get(type(value))
    return builder().get(value, str(value.value)) if builder else str(value.value)


def item_kind_labels() -> dict[str, str]:
    """Labels of the item kinds of canvas_app.model.walk.KIND_BY_CLASS (and "item")."""
    return {
        "department": QCoreApplication.translate("Labels", "Department"),
        "headline_target": QCoreApplication.translate("Labels", "Headline target"),
        "priority": QCoreApplication.translate("Labels", "Strategic priority"),
        "goal": QCoreApplication.translate("Labels", "Business goal"),
        "persona": QCoreApplication.translate("Labels", "Persona"),
        "value_proposition": QCoreApplication.translate("Labels", "Value proposition"),
        "competitor": QCoreApplication.translate("Labels", "Competitor"),
        "criterion": QCoreApplication.translate("Labels", "Differentiation criterion"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
        "journey": QCoreApplication.translate("Labels", "Customer journey"),
        "journey_stage": QCoreApplication.translate("Labels", "Journey stage"),
        "kpi": QCoreApplication.translate("Labels", "KPI"),
        "initiative": QCoreApplication.translate("Labels", "Initiative"),
        "milestone": QCoreApplication.translate("Labels", "Milestone"),
        "review": QCoreApplication.translate("Labels", "Review meeting"),
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "action": QCoreApplication.translate("Labels", "Action item"),
        "snapshot": QCoreApplication.translate("Labels", "Snapshot"),
        "actual": QCoreApplication.translate("Labels", "Actual"),
        "cadence": QCoreApplication.translate("Labels", "Review cadence"),
        "item": QCoreApplication.translate("Labels", "Item"),
    }


def item_kind_label(kind: str) -> str:
    return item_kind_labels().get(kind, kind)


def step_labels() -> dict[str, str]:
    """Names of the main window's pages, keyed as in :data:`STEP_KEYS`."""
    return {
        "overview": QCoreApplication.translate("Labels", "Overview"),
        "1": QCoreApplication.translate("Labels", "Step 1: Strategy linkage"),
        "2": QCoreApplication.translate("Labels", "Step 2: Customers, value, channels, differentiation"),
        "3": QCoreApplication.translate("Labels", "Step 3: KPIs and roadmap"),
        "4": QCoreApplication.translate("Labels", "Step 4: Review cycle"),
        "funnel": QCoreApplication.translate("Labels", "Revenue funnel"),
    }


def step_label(key: str) -> str:
    return step_labels().get(str(key), str(key))
