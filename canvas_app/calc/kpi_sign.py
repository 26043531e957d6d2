"""KPIs whose values can never be negative, and why: the actuals import refuses a negative
actual for one of them (a row problem), the health check points at one already in a plan.

A KPI cannot be below zero when it counts things (unit "count": leads, deals,
customers), measures a duration (unit "days"), or has a role in the revenue funnel
(every role is a volume, a conversion or retention rate, a number of days, a deal size
or an amount of revenue) — unless a difference is computed on the way down its tree:
"net new customers" = won − churned, or a profit, may well be negative.

Everything else may be negative: money in general (a profit or a saving typed in as an
input looks like any other amount), percentages (growth), scores (an NPS runs from −100
to 100), ratios (a return on investment) and "other".
"""

from __future__ import annotations

from typing import Literal

from canvas_app.model.enums import Formula, Unit
from canvas_app.model.plan import Plan

from .tree_shape import tree_shape

#: Why a KPI cannot be negative: it is a count, a number of days, or a funnel figure.
SignRule = Literal["count", "days", "funnel"]

__all__ = ["SignRule", "never_negative"]


def never_negative(plan: Plan) -> dict[str, SignRule]:
    """The KPIs of ``plan`` that cannot be negative, by id, with the reason."""
    shape = tree_shape(plan)
    differs: dict[str, bool] = {}  # a difference at or below the node
    for node_id in reversed(shape.order):  # children before their parents
        differs[node_id] = shape.nodes[node_id].formula == Formula.DIFFERENCE or any(
            differs.get(child, True) for child in shape.children[node_id])
    result: dict[str, SignRule] = {}
    for node_id in shape.order:  # nodes in a cycle (an edit in progress) get the benefit of the doubt
        node = shape.nodes[node_id]
        if differs[node_id]:
            continue
        if node.unit == Unit.COUNT:
            result[node_id] = "count"
        elif node.unit == Unit.DAYS:
            result[node_id] = "days"
        elif node.role is not None:
            result[node_id] = "funnel"
    return result
