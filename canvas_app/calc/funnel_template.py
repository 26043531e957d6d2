"""A revenue tree to start from (KPIツリーのひな形), wired with funnel roles so the funnel
page works at once.

Two shapes, as the seeds decompose a revenue goal:

- ``NEW_BUSINESS``: new revenue = won deals × average deal size; won deals =
  opportunities × win rate; opportunities = SQLs × SQL→opportunity rate; SQLs = MQLs ×
  MQL→SQL rate; MQLs = leads × lead→MQL rate — plus the days each stage takes, summed
  into a lead-to-close cycle (the funnel's "needed by" dates).
- ``NEW_AND_EXISTING``: the above plus existing revenue = customers × retention rate ×
  revenue per customer × (1 + expansion rate), and total revenue = new + existing.

The root takes the revenue goal's target and link; the drivers start without values
(the team types its own numbers — a made-up conversion rate on a projector is read as
a fact). Names come from the caller in the plan's language (``names``: a role's value or
one of the extra keys below → text), so this module stays free of words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from canvas_app.model.base import new_id
from canvas_app.model.enums import GoalCategory
from canvas_app.model.enums import Aggregation, Direction, Formula
from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.enums import Unit
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan
from canvas_app.model.strategy import BusinessGoal

from .funnel_roles import DEFAULT_STAGE

__all__ = ["NEW_BUSINESS", "NEW_AND_EXISTING", "TEMPLATES", "EXTRA_NAMES", "revenue_goal", "revenue_tree"]

NEW_BUSINESS = "new_business"
NEW_AND_EXISTING = "new_and_existing"
TEMPLATES = (NEW_BUSINESS, NEW_AND_EXISTING)

# Nodes without a funnel role, named by these keys in ``names``.
EXPANSION_FACTOR = "expansion_factor"  # 1 + expansion rate
EXPANSION_BASE = "expansion_base"  # the constant 100 % in it
CYCLE_DAYS = "cycle_days"  # lead-to-close days, the sum of the stage days
EXTRA_NAMES = (EXPANSION_FACTOR, EXPANSION_BASE, CYCLE_DAYS)

_RATES = (R.LEAD_TO_MQL_RATE, R.MQL_TO_SQL_RATE, R.SQL_TO_OPPORTUNITY_RATE, R.WIN_RATE, R.RETENTION_RATE,
          R.EXPANSION_RATE)
_MONEY = (R.AVERAGE_DEAL_SIZE, R.NEW_REVENUE, R.REVENUE_PER_CUSTOMER, R.EXISTING_REVENUE, R.TOTAL_REVENUE)
_DAYS = (R.DAYS_TO_MQL, R.DAYS_TO_SQL, R.DAYS_TO_OPPORTUNITY, R.DAYS_TO_CLOSE)
# Levels, not amounts over the year: never split across periods.
_LEVELS = (*_RATES, *_DAYS, R.AVERAGE_DEAL_SIZE, R.REVENUE_PER_CUSTOMER, R.CUSTOMERS)


def _node(role: R | None, name: str, formula: Formula = Formula.INPUT, children: list[str] | None = None,
          **fields) -> KpiNode:
    unit = Unit.PERCENT if role in _RATES else Unit.JPY if role in _MONEY else Unit.DAYS if role in _DAYS \
        else fields.pop("unit", Unit.COUNT)
    return KpiNode(
        id=new_id("kpi"), name=name, formula=formula, children=children or [], unit=unit, role=role,
        stage=DEFAULT_STAGE.get(role) if role is not None else fields.pop("stage", None),
        aggregation=Aggregation.NON_ADDITIVE if role in _LEVELS else fields.pop("aggregation", Aggregation.ADDITIVE),
        direction=Direction.LOWER_IS_BETTER if role in _DAYS else Direction.HIGHER_IS_BETTER,
        **fields,
    )


def revenue_tree(kind: str, names: Mapping[str, str], *, target: float | None = None,
                 goal_id: str | None = None) -> list[KpiNode]:
    """The nodes of a revenue tree of ``kind`` (root first, then depth first), with fresh
    ids. ``names[key]`` names each node (a funnel role's value, or an EXTRA_NAMES key)."""
    if kind not in TEMPLATES:
        raise ValueError(f"no revenue tree template {kind!r}")
    name: Callable[[str], str] = lambda key: names[key]  # noqa: E731 - a KeyError names the missing key
    nodes: list[KpiNode] = []

    def add(role: R | None, formula: Formula = Formula.INPUT, children: list[KpiNode] = (), key: str = "",
            **fields) -> KpiNode:
        node = _node(role, name(key or role.value), formula, [child.id for child in children], **fields)
        nodes.append(node)
        return node

    leads = add(R.LEADS)
    mqls = add(R.MQLS, Formula.PRODUCT, [leads, add(R.LEAD_TO_MQL_RATE)])
    sqls = add(R.SQLS, Formula.PRODUCT, [mqls, add(R.MQL_TO_SQL_RATE)])
    opportunities = add(R.OPPORTUNITIES, Formula.PRODUCT, [sqls, add(R.SQL_TO_OPPORTUNITY_RATE)])
    won = add(R.WON_DEALS, Formula.PRODUCT, [opportunities, add(R.WIN_RATE)])
    new_revenue = add(R.NEW_REVENUE, Formula.PRODUCT, [won, add(R.AVERAGE_DEAL_SIZE)])
    root = new_revenue
    if kind == NEW_AND_EXISTING:
        factor = add(None, Formula.SUM, [add(None, key=EXPANSION_BASE, target=1.0, unit=Unit.PERCENT,
                                              aggregation=Aggregation.NON_ADDITIVE),
                                          add(R.EXPANSION_RATE)],
                     key=EXPANSION_FACTOR, unit=Unit.PERCENT, aggregation=Aggregation.NON_ADDITIVE)
        existing = add(R.EXISTING_REVENUE, Formula.PRODUCT,
                       [add(R.CUSTOMERS), add(R.RETENTION_RATE), add(R.REVENUE_PER_CUSTOMER), factor])
        root = add(R.TOTAL_REVENUE, Formula.SUM, [new_revenue, existing])
    root.target, root.goal_id = target, goal_id
    days = [add(role) for role in _DAYS]
    cycle = add(None, Formula.SUM, days, key=CYCLE_DAYS, unit=Unit.DAYS, aggregation=Aggregation.NON_ADDITIVE)
    cycle.direction = Direction.LOWER_IS_BETTER
    # Root first, then each node before its children (as the outliner shows them).
    by_id = {node.id: node for node in nodes}
    ordered: list[KpiNode] = []
    for top in (root, cycle):
        stack = [top.id]
        while stack:
            current = by_id[stack.pop()]
            ordered.append(current)
            stack.extend(reversed(current.children))
    return ordered


def revenue_goal(plan: Plan) -> BusinessGoal | None:
    """The step 1 goal a revenue tree starts from: the first revenue goal in yen, the
    first one with a target if several (a goal without a number gives the tree nothing
    to work back from)."""
    revenue = [g for g in plan.strategy.goals if g.category == GoalCategory.REVENUE and g.unit == Unit.JPY]
    return next((g for g in revenue if g.target is not None), revenue[0] if revenue else None)
