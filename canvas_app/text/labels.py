"""Display labels for the domain's keys: every enum value, item kind, step and stage.

The model stores keys; people read these labels. Source strings are English and use the
glossary's words (shared/glossary.md) so the Japanese translation can follow it. Each
string is a literal ``lang.translate("Labels", ...)`` call so that
pyside6-lupdate finds it, and each function builds its dict on every call so that a
language switch at run time takes effect.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

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
from canvas_app.text.language import Language

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


def goal_category_labels(lang: Language) -> dict[GoalCategory, str]:
    return {
        GoalCategory.REVENUE: lang.translate("Labels", "Revenue"),
        GoalCategory.NEW_CUSTOMERS: lang.translate("Labels", "New customers"),
        GoalCategory.REPEAT: lang.translate("Labels", "Repeat purchases"),
        GoalCategory.LTV: lang.translate("Labels", "LTV"),
        GoalCategory.BRAND: lang.translate("Labels", "Brand"),
        GoalCategory.PROFIT: lang.translate("Labels", "Profit"),
        GoalCategory.OTHER: lang.translate("Labels", "Other"),
    }


def unit_labels(lang: Language) -> dict[Unit, str]:
    return {
        Unit.JPY: lang.translate("Labels", "Yen"),
        Unit.COUNT: lang.translate("Labels", "Count"),
        Unit.PERCENT: lang.translate("Labels", "Percent"),
        Unit.RATIO: lang.translate("Labels", "Ratio (×)"),
        Unit.DAYS: lang.translate("Labels", "Days"),
        Unit.SCORE: lang.translate("Labels", "Score"),
        Unit.OTHER: lang.translate("Labels", "Other unit"),
    }


def unit_name(unit: Unit, money_unit: MoneyUnit, lang: Language) -> str:
    """A value's unit as a table column or a caption names it: money by the plan's money
    unit in ``lang`` (百万円), any other unit by its label."""
    if Unit(unit) == Unit.JPY:
        return money_unit_suffix(money_unit, lang.code)
    return enum_label(Unit(unit), lang)


def money_unit_labels(lang: Language) -> dict[MoneyUnit, str]:
    return {
        MoneyUnit.YEN: lang.translate("Labels", "yen"),
        MoneyUnit.THOUSAND: lang.translate("Labels", "thousand yen"),
        MoneyUnit.TEN_THOUSAND: lang.translate("Labels", "ten thousand yen"),
        MoneyUnit.MILLION: lang.translate("Labels", "million yen"),
        MoneyUnit.HUNDRED_MILLION: lang.translate("Labels", "hundred million yen"),
    }


def granularity_labels(lang: Language) -> dict[Granularity, str]:
    return {
        Granularity.MONTH: lang.translate("Labels", "Monthly"),
        Granularity.QUARTER: lang.translate("Labels", "Quarterly"),
    }


def persona_priority_labels(lang: Language) -> dict[PersonaPriority, str]:
    return {
        PersonaPriority.PRIMARY: lang.translate("Labels", "Primary"),
        PersonaPriority.SECONDARY: lang.translate("Labels", "Secondary"),
        PersonaPriority.OTHER: lang.translate("Labels", "Other persona"),
    }


def competitor_kind_labels(lang: Language) -> dict[CompetitorKind, str]:
    return {
        CompetitorKind.DIRECT: lang.translate("Labels", "Direct competitor"),
        CompetitorKind.INDIRECT: lang.translate("Labels", "Indirect competitor"),
        CompetitorKind.SUBSTITUTE: lang.translate("Labels", "Substitute"),
    }


def price_position_labels(lang: Language) -> dict[PricePosition, str]:
    return {
        PricePosition.LOWER: lang.translate("Labels", "Lower price"),
        PricePosition.SIMILAR: lang.translate("Labels", "Similar price"),
        PricePosition.HIGHER: lang.translate("Labels", "Higher price"),
    }


def channel_kind_labels(lang: Language) -> dict[ChannelKind, str]:
    return {
        ChannelKind.ONLINE: lang.translate("Labels", "Online"),
        ChannelKind.OFFLINE: lang.translate("Labels", "Offline"),
    }


def journey_phase_labels(lang: Language) -> dict[JourneyPhase, str]:
    return {
        JourneyPhase.AWARENESS: lang.translate("Labels", "Awareness"),
        JourneyPhase.CONSIDERATION: lang.translate("Labels", "Consideration"),
        JourneyPhase.PURCHASE: lang.translate("Labels", "Purchase"),
        JourneyPhase.RETENTION: lang.translate("Labels", "Retention"),
        JourneyPhase.ADVOCACY: lang.translate("Labels", "Advocacy"),
    }


def formula_labels(lang: Language) -> dict[Formula, str]:
    return {
        Formula.INPUT: lang.translate("Labels", "Input value"),
        Formula.SUM: lang.translate("Labels", "Sum (a + b + …)"),
        Formula.PRODUCT: lang.translate("Labels", "Product (a × b × …)"),
        Formula.RATIO: lang.translate("Labels", "Ratio (a ÷ b)"),
        Formula.DIFFERENCE: lang.translate("Labels", "Difference (a − b)"),
    }


def direction_labels(lang: Language) -> dict[Direction, str]:
    return {
        Direction.HIGHER_IS_BETTER: lang.translate("Labels", "Higher is better"),
        Direction.LOWER_IS_BETTER: lang.translate("Labels", "Lower is better"),
    }


def aggregation_labels(lang: Language) -> dict[Aggregation, str]:
    return {
        Aggregation.ADDITIVE: lang.translate("Labels", "Adds up over periods"),
        Aggregation.NON_ADDITIVE: lang.translate("Labels", "Does not add up (rate or average)"),
    }


def revenue_stage_labels(lang: Language) -> dict[RevenueStage, str]:
    return {
        RevenueStage.MARKETING: lang.translate("Labels", "Marketing"),
        RevenueStage.INSIDE_SALES: lang.translate("Labels", "Inside Sales"),
        RevenueStage.SALES: lang.translate("Labels", "Sales"),
        RevenueStage.CUSTOMER_SUCCESS: lang.translate("Labels", "Customer Success"),
    }


def funnel_role_labels(lang: Language) -> dict[FunnelRole, str]:
    return {
        FunnelRole.LEADS: lang.translate("Labels", "Leads"),
        FunnelRole.LEAD_TO_MQL_RATE: lang.translate("Labels", "Lead → MQL conversion rate"),
        FunnelRole.MQLS: lang.translate("Labels", "MQLs"),
        FunnelRole.MQL_TO_SQL_RATE: lang.translate("Labels", "MQL → SQL conversion rate"),
        FunnelRole.SQLS: lang.translate("Labels", "SQLs"),
        FunnelRole.SQL_TO_OPPORTUNITY_RATE: lang.translate("Labels", "SQL → opportunity conversion rate"),
        FunnelRole.OPPORTUNITIES: lang.translate("Labels", "Opportunities"),
        FunnelRole.WIN_RATE: lang.translate("Labels", "Win rate"),
        FunnelRole.WON_DEALS: lang.translate("Labels", "Won deals"),
        FunnelRole.AVERAGE_DEAL_SIZE: lang.translate("Labels", "Average deal size"),
        FunnelRole.NEW_REVENUE: lang.translate("Labels", "New revenue"),
        FunnelRole.CUSTOMERS: lang.translate("Labels", "Existing customers"),
        FunnelRole.RETENTION_RATE: lang.translate("Labels", "Retention rate"),
        FunnelRole.REVENUE_PER_CUSTOMER: lang.translate("Labels", "Revenue per customer"),
        FunnelRole.EXPANSION_RATE: lang.translate("Labels", "Expansion rate"),
        FunnelRole.EXISTING_REVENUE: lang.translate("Labels", "Existing revenue"),
        FunnelRole.TOTAL_REVENUE: lang.translate("Labels", "Total revenue"),
        FunnelRole.PIPELINE_VALUE: lang.translate("Labels", "Pipeline value"),
        FunnelRole.DAYS_TO_MQL: lang.translate("Labels", "Days from lead to MQL"),
        FunnelRole.DAYS_TO_SQL: lang.translate("Labels", "Days from MQL to SQL"),
        FunnelRole.DAYS_TO_OPPORTUNITY: lang.translate("Labels", "Days from SQL to opportunity"),
        FunnelRole.DAYS_TO_CLOSE: lang.translate("Labels", "Days from opportunity to won deal"),
    }


def initiative_status_labels(lang: Language) -> dict[InitiativeStatus, str]:
    return {
        InitiativeStatus.PLANNED: lang.translate("Labels", "Planned"),
        InitiativeStatus.IN_PROGRESS: lang.translate("Labels", "In progress"),
        InitiativeStatus.DONE: lang.translate("Labels", "Done"),
        InitiativeStatus.ON_HOLD: lang.translate("Labels", "On hold"),
        InitiativeStatus.CANCELLED: lang.translate("Labels", "Cancelled"),
    }


def review_kind_labels(lang: Language) -> dict[ReviewKind, str]:
    return {
        ReviewKind.MONTHLY: lang.translate("Labels", "Monthly review"),
        ReviewKind.QUARTERLY: lang.translate("Labels", "Quarterly review"),
    }


def decision_labels(lang: Language) -> dict[Decision, str]:
    return {
        Decision.CONTINUE: lang.translate("Labels", "Continue"),
        Decision.SCALE: lang.translate("Labels", "Scale what works"),
        Decision.FIX_TACTICS: lang.translate("Labels", "Fix tactics"),
        Decision.REVISIT_STRATEGY: lang.translate("Labels", "Revisit strategy"),
    }


def decision_subject_labels(lang: Language) -> dict[DecisionSubject, str]:
    return {
        DecisionSubject.KPI: lang.translate("Labels", "KPI"),
        DecisionSubject.INITIATIVE: lang.translate("Labels", "Initiative"),
        DecisionSubject.PLAN: lang.translate("Labels", "Whole plan"),
    }


def action_status_labels(lang: Language) -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: lang.translate("Labels", "Open"),
        ActionStatus.IN_PROGRESS: lang.translate("Labels", "In progress"),
        ActionStatus.DONE: lang.translate("Labels", "Done"),
        ActionStatus.DROPPED: lang.translate("Labels", "Dropped"),
    }


def status_labels(lang: Language) -> dict[Status, str]:
    return {
        Status.ON_TRACK: lang.translate("Labels", "On track"),
        Status.AT_RISK: lang.translate("Labels", "At risk"),
        Status.OFF_TRACK: lang.translate("Labels", "Off track"),
        Status.NO_DATA: lang.translate("Labels", "No data"),
    }


_BY_ENUM: dict[type[Enum], Callable[[Language], dict]] = {
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


def labels_for(enum_class: type[Enum], lang: Language) -> dict:
    """All labels of one enum, in the enum's order (for combo boxes)."""
    return _BY_ENUM[enum_class](lang)


def enum_label(value: Enum, lang: Language) -> str:
    """The label of one enum value; an unknown enum falls back to its stored key."""
    builder = _BY_ENUM.get(type(value))
    return builder(lang).get(value, str(value.value)) if builder else str(value.value)


def item_kind_labels(lang: Language) -> dict[str, str]:
    """Labels of the item kinds of canvas_app.model.walk.KIND_BY_CLASS (and "item")."""
    return {
        "department": lang.translate("Labels", "Department"),
        "headline_target": lang.translate("Labels", "Headline target"),
        "priority": lang.translate("Labels", "Strategic priority"),
        "goal": lang.translate("Labels", "Business goal"),
        "persona": lang.translate("Labels", "Persona"),
        "value_proposition": lang.translate("Labels", "Value proposition"),
        "competitor": lang.translate("Labels", "Competitor"),
        "criterion": lang.translate("Labels", "Differentiation criterion"),
        "channel": lang.translate("Labels", "Channel"),
        "journey": lang.translate("Labels", "Customer journey"),
        "journey_stage": lang.translate("Labels", "Journey stage"),
        "kpi": lang.translate("Labels", "KPI"),
        "initiative": lang.translate("Labels", "Initiative"),
        "milestone": lang.translate("Labels", "Milestone"),
        "review": lang.translate("Labels", "Review meeting"),
        "decision": lang.translate("Labels", "Decision"),
        "action": lang.translate("Labels", "Action item"),
        "snapshot": lang.translate("Labels", "Snapshot"),
        "actual": lang.translate("Labels", "Actual"),
        "cadence": lang.translate("Labels", "Review cadence"),
        "item": lang.translate("Labels", "Item"),
    }


def item_kind_label(kind: str, lang: Language) -> str:
    return item_kind_labels(lang).get(kind, kind)


def step_labels(lang: Language) -> dict[str, str]:
    """Names of the main window's pages, keyed as in :data:`STEP_KEYS`."""
    return {
        "overview": lang.translate("Labels", "Overview"),
        "1": lang.translate("Labels", "Step 1: Strategy linkage"),
        "2": lang.translate("Labels", "Step 2: Customers, value, channels, differentiation"),
        "3": lang.translate("Labels", "Step 3: KPIs and roadmap"),
        "4": lang.translate("Labels", "Step 4: Review cycle"),
        "funnel": lang.translate("Labels", "Revenue funnel"),
    }


def step_label(key: str, lang: Language) -> str:
    return step_labels(lang).get(str(key), str(key))
