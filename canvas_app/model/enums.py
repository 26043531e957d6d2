"""Closed vocabularies of the domain. Values are stable keys stored in the file;
their display text lives in the UI's translations, never here."""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class GoalCategory(StrEnum):
    REVENUE = "revenue"
    NEW_CUSTOMERS = "new_customers"
    REPEAT = "repeat"
    LTV = "ltv"
    BRAND = "brand"
    PROFIT = "profit"
    OTHER = "other"


class Unit(StrEnum):
    """Unit of a goal or KPI value. Percentages are stored as fractions (0.25 = 25 %)."""

    JPY = "jpy"
    COUNT = "count"
    PERCENT = "percent"
    RATIO = "ratio"  # a multiple, e.g. pipeline coverage 3.5×
    DAYS = "days"
    SCORE = "score"
    OTHER = "other"


class MoneyUnit(StrEnum):
    """How money is displayed; storage is always whole yen."""

    YEN = "yen"  # 円
    THOUSAND = "thousand"  # 千円
    TEN_THOUSAND = "ten_thousand"  # 万円
    MILLION = "million"  # 百万円
    HUNDRED_MILLION = "hundred_million"  # 億円

    @property
    def divisor(self) -> int:
        return _MONEY_DIVISORS[self]


_MONEY_DIVISORS = MappingProxyType({
    MoneyUnit.YEN: 1,
    MoneyUnit.THOUSAND: 1_000,
    MoneyUnit.TEN_THOUSAND: 10_000,
    MoneyUnit.MILLION: 1_000_000,
    MoneyUnit.HUNDRED_MILLION: 100_000_000,
})


class Granularity(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


class PersonaPriority(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    OTHER = "other"


class CompetitorKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    SUBSTITUTE = "substitute"


class PricePosition(StrEnum):
    LOWER = "lower"
    SIMILAR = "similar"
    HIGHER = "higher"


class ChannelKind(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


class JourneyPhase(StrEnum):
    """The customer-side funnel a channel serves (awareness → advocacy)."""

    AWARENESS = "awareness"
    CONSIDERATION = "consideration"
    PURCHASE = "purchase"
    RETENTION = "retention"
    ADVOCACY = "advocacy"


class Formula(StrEnum):
    """How a KPI node gets its value: typed in, or computed from its children in order."""

    INPUT = "input"
    SUM = "sum"
    PRODUCT = "product"
    RATIO = "ratio"  # first child ÷ second child
    DIFFERENCE = "difference"  # first child − second child


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Aggregation(StrEnum):
    """How period values combine into the year: counts and money add up, rates do not."""

    ADDITIVE = "additive"
    NON_ADDITIVE = "non_additive"


class RevenueStage(StrEnum):
    """Who owns a KPI in the one revenue process (the CRO view)."""

    MARKETING = "marketing"
    INSIDE_SALES = "inside_sales"
    SALES = "sales"
    CUSTOMER_SUCCESS = "customer_success"


class FunnelRole(StrEnum):
    """What a KPI node means in the revenue funnel, so the funnel analysis can find it.

    The tree's own formulas do the arithmetic; roles only name the nodes.
    """

    LEADS = "leads"
    LEAD_TO_MQL_RATE = "lead_to_mql_rate"
    MQLS = "mqls"
    MQL_TO_SQL_RATE = "mql_to_sql_rate"
    SQLS = "sqls"
    SQL_TO_OPPORTUNITY_RATE = "sql_to_opportunity_rate"
    OPPORTUNITIES = "opportunities"
    WIN_RATE = "win_rate"
    WON_DEALS = "won_deals"
    AVERAGE_DEAL_SIZE = "average_deal_size"
    NEW_REVENUE = "new_revenue"
    CUSTOMERS = "customers"
    RETENTION_RATE = "retention_rate"
    REVENUE_PER_CUSTOMER = "revenue_per_customer"
    EXPANSION_RATE = "expansion_rate"
    EXISTING_REVENUE = "existing_revenue"
    TOTAL_REVENUE = "total_revenue"
    PIPELINE_VALUE = "pipeline_value"
    DAYS_TO_MQL = "days_to_mql"
    DAYS_TO_SQL = "days_to_sql"
    DAYS_TO_OPPORTUNITY = "days_to_opportunity"
    DAYS_TO_CLOSE = "days_to_close"


class InitiativeStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


class ReviewKind(StrEnum):
    MONTHLY = "monthly"  # KPI review
    QUARTERLY = "quarterly"  # strategy review


class Decision(StrEnum):
    CONTINUE = "continue"
    SCALE = "scale"  # 成功要因を再現しスケール化
    FIX_TACTICS = "fix_tactics"
    REVISIT_STRATEGY = "revisit_strategy"  # 戦略設計に立ち返る


class DecisionSubject(StrEnum):
    KPI = "kpi"
    INITIATIVE = "initiative"
    PLAN = "plan"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Status(StrEnum):
    """Traffic light of a KPI against its target to date."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"
