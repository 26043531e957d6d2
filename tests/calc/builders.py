"""Small, explicit plan builders for the calc tests.

``funnel_plan()`` is the issue's worked example: a revenue target of 120,000,000 yen,
deal size 2,000,000, win rate 25 %, SQL→opportunity 50 %, MQL→SQL 30 %, lead→MQL 40 %.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from canvas_app.model import (
    Actual,
    BusinessGoal,
    Initiative,
    KpiNode,
    KpiTree,
    Plan,
    PlanSettings,
    ReviewCycle,
    Roadmap,
    Strategy,
)
from canvas_app.model.customer import CustomerDesign
from canvas_app.model.enums import Aggregation, Direction, Formula, FunnelRole, Granularity


def kpi(node_id: str, formula: str = "input", children: tuple[str, ...] = (), target: float | None = None,
        **fields: Any) -> KpiNode:
    return KpiNode(id=node_id, name=fields.pop("name", node_id), formula=Formula(formula),
                   children=list(children), target=target, **fields)


def rate(node_id: str, target: float | None, **fields: Any) -> KpiNode:
    """A non-additive input (a conversion rate, a deal size, days in a stage)."""
    return kpi(node_id, target=target, aggregation=Aggregation.NON_ADDITIVE, **fields)


def plan_with(nodes: list[KpiNode], *, actuals: list[tuple[str, str, float]] = (),
              granularity: Granularity = Granularity.MONTH, goals: list[BusinessGoal] = (),
              initiatives: list[Initiative] = (), customers: CustomerDesign | None = None,
              **settings: Any) -> Plan:
    return Plan(
        settings=PlanSettings(granularity=granularity, **settings),
        strategy=Strategy(goals=list(goals)),
        customers=customers or CustomerDesign(),
        kpis=KpiTree(nodes=nodes),
        roadmap=Roadmap(initiatives=list(initiatives)),
        review=ReviewCycle(actuals=[Actual(kpi_id=k, period=p, value=v) for k, p, v in actuals]),
    )


def funnel_nodes(*, leads: float | None = 4000, new_revenue_target: float | None = 120_000_000,
                 with_days: bool = True, with_existing: bool = True) -> list[KpiNode]:
    """new revenue = won × deal size; won = opportunities × win rate; opportunities =
    SQLs × SQL→opp; SQLs = MQLs × MQL→SQL; MQLs = leads × lead→MQL.
    Existing revenue = customers × retention × revenue per customer × (1 + expansion).
    Total revenue = new + existing."""
    R = FunnelRole
    nodes = [
        kpi("total", "sum", ("new", "existing") if with_existing else ("new",), role=R.TOTAL_REVENUE, goal_id=None),
        kpi("new", "product", ("won", "deal"), new_revenue_target, role=R.NEW_REVENUE, unit="jpy"),
        kpi("won", "product", ("opps", "win"), role=R.WON_DEALS),
        rate("deal", 2_000_000, role=R.AVERAGE_DEAL_SIZE, unit="jpy"),
        kpi("opps", "product", ("sqls", "sql_opp"), role=R.OPPORTUNITIES),
        rate("win", 0.25, role=R.WIN_RATE, unit="percent"),
        kpi("sqls", "product", ("mqls", "mql_sql"), role=R.SQLS),
        rate("sql_opp", 0.5, role=R.SQL_TO_OPPORTUNITY_RATE, unit="percent"),
        kpi("mqls", "product", ("leads", "lead_mql"), role=R.MQLS),
        rate("mql_sql", 0.3, role=R.MQL_TO_SQL_RATE, unit="percent"),
        kpi("leads", target=leads, role=R.LEADS),
        rate("lead_mql", 0.4, role=R.LEAD_TO_MQL_RATE, unit="percent"),
    ]
    if with_existing:
        nodes += [
            kpi("existing", "product", ("customers", "retention", "per_customer", "expansion_factor"),
                role=R.EXISTING_REVENUE, unit="jpy"),
            kpi("customers", target=100, role=R.CUSTOMERS, aggregation=Aggregation.NON_ADDITIVE),
            rate("retention", 0.9, role=R.RETENTION_RATE, unit="percent"),
            rate("per_customer", 500_000, role=R.REVENUE_PER_CUSTOMER, unit="jpy"),
            kpi("expansion_factor", "sum", ("one", "expansion"), aggregation=Aggregation.NON_ADDITIVE),
            rate("one", 1.0),
            rate("expansion", 0.1, role=R.EXPANSION_RATE, unit="percent"),
        ]
    if with_days:
        nodes += [
            rate("d_mql", 30, role=R.DAYS_TO_MQL, unit="days", direction=Direction.LOWER_IS_BETTER),
            rate("d_sql", 7, role=R.DAYS_TO_SQL, unit="days", direction=Direction.LOWER_IS_BETTER),
            rate("d_opp", 14, role=R.DAYS_TO_OPPORTUNITY, unit="days", direction=Direction.LOWER_IS_BETTER),
            rate("d_close", 60, role=R.DAYS_TO_CLOSE, unit="days", direction=Direction.LOWER_IS_BETTER),
            rate("pipeline", None, role=R.PIPELINE_VALUE, unit="jpy"),
        ]
    return nodes


def funnel_plan(**kwargs: Any) -> Plan:
    actuals = kwargs.pop("actuals", ())
    initiatives = kwargs.pop("initiatives", ())
    return plan_with(funnel_nodes(**kwargs), actuals=actuals, initiatives=initiatives)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
