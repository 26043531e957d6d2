"""The values a KPI can take at all: never below zero (``kpi_sign``), and never above
100 % for a share of a whole — a conversion rate (lead→MQL, MQL→SQL, SQL→opportunity),
the win rate, the retention rate. (An expansion rate or a growth percentage may well
exceed 100 %, so a percentage alone is not capped.)

Used where the app proposes a value rather than reading one: back-calculation (逆算) says
"would need 125 %, which a conversion rate cannot be" instead of storing it, and the
lever ranking never tries a rate above 100 %.
"""

from __future__ import annotations

from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.enums import Unit
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan

from .kpi_sign import never_negative

__all__ = ["SHARE_ROLES", "BELOW_ZERO", "ABOVE_WHOLE", "bound_problem", "share_of_whole"]

#: Funnel roles whose value is a share of a whole (0–1, shown as 0–100 %).
SHARE_ROLES = frozenset({R.LEAD_TO_MQL_RATE, R.MQL_TO_SQL_RATE, R.SQL_TO_OPPORTUNITY_RATE, R.WIN_RATE,
                         R.RETENTION_RATE})

# Why a value is impossible (bound_problem).
BELOW_ZERO = "below_zero"
ABOVE_WHOLE = "above_whole"


def share_of_whole(plan: Plan) -> set[str]:
    """The KPIs of ``plan`` whose value is a share of a whole (at most 1 = 100 %)."""
    return {node.id for node in plan.kpis.nodes if node.role in SHARE_ROLES}


def bound_problem(plan: Plan, node_id: str, value: float) -> str | None:
    """Why ``value`` is impossible for KPI ``node_id`` (BELOW_ZERO, ABOVE_WHOLE), or None."""
    if value < 0 and node_id in never_negative(plan):
        return BELOW_ZERO
    if value > 1 and node_id in share_of_whole(plan):
        return ABOVE_WHOLE
    return None


def is_whole_constant(node: KpiNode) -> bool:
    """A 100 % input without a funnel role: the "1" of "1 + expansion rate" or of
    "100 % − churn". It is arithmetic, not something a team can improve, so it is not
    offered as a lever (tried 10 % better it would top the ranking)."""
    return node.is_input and node.unit == Unit.PERCENT and node.role is None and node.target == 1.0
