"""What the pages show that is computed: a thin adapter over ``canvas_app.calc``.

Pages ask this module, never the calc modules directly, so the UI has one place that
knows the calc API. Functions are pure (plan in, values out). The records they return are
NamedTuples, not dataclasses: this module is imported before the first paint, and a
frozen dataclass costs about a millisecond to create (bench/startup.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from types import MappingProxyType
from typing import NamedTuple

from ..calc import completion, funnel, health, kpi_report, kpi_tree, progress, roadmap
from ..calc import review_outlook as outlook
from ..model import KpiNode, Plan
from ..model.enums import Granularity, InitiativeStatus
from ..model.walk import ItemIndex, index_items, item_kind
from ..text.language import Language

# ------------------------------------------------------------------------------ KPIs


#: One KPI as the pages show it: the report row every view takes from ``calc.kpi_report``
#: (value, problem, latest actual, progress and status), so the window, the CLI, the PDF
#: and the workbook cannot disagree.
KpiFacts = kpi_report.KpiRow


def kpi_facts(plan: Plan) -> dict[str, KpiFacts]:
    return {row.id: row for row in kpi_report.kpi_rows(plan)}


def kpi_roots(plan: Plan) -> list[KpiNode]:
    shape = kpi_tree.tree_shape(plan)
    return [shape.nodes[node_id] for node_id in shape.roots]


def kpi_progress_at(plan: Plan, period: str) -> dict[str, progress.KpiProgress]:
    """Every KPI's progress at ``period`` (for the review page's latest period)."""
    context = progress.ProgressContext(plan)
    return {node_id: context.status(node_id, period) for node_id in context.nodes}


def latest_period(plan: Plan) -> str | None:
    return progress.latest_period(plan)


# ------------------------------------------------------------------------- steps


#: Which page holds each kind of item (health findings navigate there).
STEP_OF_KIND = MappingProxyType({
    "department": "1", "headline_target": "1", "priority": "1", "goal": "1",
    "persona": "2", "value_proposition": "2", "competitor": "2", "criterion": "2",
    "channel": "2", "journey": "2", "journey_stage": "2",
    "kpi": "3", "initiative": "3", "milestone": "3",
    "review": "4", "decision": "4", "action": "4", "snapshot": "4", "actual": "4", "cadence": "4",
    "plan": "funnel",
})


def step_of_item(plan: Plan, item_id: str | None, kind: str = "", *, index: ItemIndex | None = None) -> str:
    """The page that shows ``item_id`` (or an item of ``kind``); "overview" when unknown.
    ``index``: ``index_items(plan)``, when the caller looks up many items."""
    if item_id:
        found = (index_items(plan) if index is None else index).get(item_id)
        if found is not None:
            kind = item_kind(found[0])
    return STEP_OF_KIND.get(kind, "overview")


def step_completion(plan: Plan) -> dict[str, completion.StepCompletion]:
    """How complete each step is (parts done, parts, the mean score, what is missing),
    keyed by page ("1".."4")."""
    return {str(step.step): step for step in completion.plan_completion(plan)}


# ------------------------------------------------------------------------- roadmap


class RoadmapSummary(NamedTuple):
    start: dt.date | None
    end: dt.date | None
    total_budget: int
    by_status: dict[InitiativeStatus, int]


def roadmap_summary(plan: Plan) -> RoadmapSummary:
    span = roadmap.roadmap_span(plan)
    return RoadmapSummary(
        start=span.start if span else None,
        end=span.end if span else None,
        total_budget=roadmap.total_budget(plan),
        by_status=dict(Counter(i.status for i in plan.roadmap.initiatives)),
    )


def quarter_budgets(plan: Plan) -> roadmap.BudgetByPeriod:
    """Budget per fiscal quarter (cancelled initiatives left out)."""
    return roadmap.budget_by_period(plan, Granularity.QUARTER)


def goal_budgets(plan: Plan) -> roadmap.BudgetByGoal:
    return roadmap.budget_by_goal(plan)


# ------------------------------------------------------------------------- reviews


def review_outlook(plan: Plan, today: dt.date) -> outlook.ReviewOutlook:
    """The next review, overdue reviews, open and overdue action items."""
    return outlook.review_outlook(plan, today)


# ------------------------------------------------------------------------- health check


class FindingView(NamedTuple):
    """A plan health finding as the overview lists it."""

    code: str
    severity: str  # "error" | "warning" | "info"
    title: str
    message: str
    item_id: str | None
    step: str


def findings(plan: Plan, today: dt.date, lang: Language) -> list[FindingView]:
    from ..text.findings import finding_messages, finding_title

    found = health.check_plan(plan, today)
    # One walk of the plan for every lookup below (start-up time: the overview lists these).
    index = index_items(plan)
    titles: dict[str, str] = {}
    result = []
    for finding, message in zip(found, finding_messages(found, plan, lang, index=index), strict=True):
        item_id = finding.item_id or None
        if finding.code not in titles:
            titles[finding.code] = finding_title(finding.code, lang)
        result.append(FindingView(
            finding.code, finding.severity, titles[finding.code], message, item_id,
            "funnel" if finding.code.startswith("funnel_")
            else step_of_item(plan, item_id, finding.item_kind, index=index),
        ))
    return result


# ------------------------------------------------------------------------- funnel


def analyse_funnel(plan: Plan, today: dt.date | None = None) -> funnel.FunnelAnalysis:
    return funnel.analyse_funnel(plan, today)
