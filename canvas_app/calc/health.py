"""The plan health check (計画チェック / CMO思考チェック): the pitfalls of the seeds.

``check_plan(plan, today)`` returns findings ordered by severity (errors first), then by
where the item sits in the plan (Step 1 → Step 4). Each finding carries a stable code,
the item it concerns (so the UI can take the user there) and numbers or keys for the
message; ``canvas_app.text.findings`` turns it into one translated sentence.

It never raises on a valid plan (tested with generated plans).
"""

from __future__ import annotations

import math
from types import MappingProxyType

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from canvas_app.model.enums import Decision, Formula, InitiativeStatus, Status
from canvas_app.model.periods import is_period_key, period_keys, period_start
from canvas_app.model.plan import Plan
from canvas_app.model.review import ReviewMeeting
from canvas_app.model.roadmap import milestones_outside
from canvas_app.model.walk import iter_items

from .funnel import FunnelAnalysis, analyse_funnel
from .funnel_blocks import NO_EXISTING_REVENUE, NO_REVENUE_TARGET, FunnelBlock
from .kpi_sign import never_negative
from .kpi_tree import node_gap
from .progress import ProgressContext, latest_period
from .tree_shape import tree_shape

Severity = Literal["error", "warning", "info"]

#: Every finding code: severity, and what it means. The order is the order of checks
#: for one item when several apply.
FINDING_CODES: MappingProxyType[str, tuple[Severity, str]] = MappingProxyType({
    "goal_no_kpi": ("error", "A business goal that no KPI measures (no KPI has its goal_id)."),
    "goal_no_contribution": ("warning", "A goal without words on how marketing contributes to it."),
    "goal_not_agreed": ("warning", "A goal no department has agreed to (no shared language)."),
    "kpi_not_linked_to_goal": ("error", "A KPI tree (reported at its root) in which no node has a goal_id: "
                               "marketing metrics not tied to a business result, e.g. SNS followers."),
    "kpi_no_target": ("warning", "An input KPI, or a computed root KPI, without a target."),
    "kpi_no_owner": ("warning", "A KPI without an owner."),
    "kpi_tree_gap": ("warning", "A computed KPI whose tree does not reach its own target "
                     "(direction-aware: below it, or above it when lower is better)."),
    "kpi_negative_actual": ("warning", "A KPI that cannot be negative (a count, a number of days, a funnel "
                            "figure: calc.kpi_sign) with a negative actual (reported once, at its first period)."),
    "funnel_low_mql_to_sql": ("warning", "MQL→SQL conversion below plan (funnel weak link)."),
    "funnel_stagnation": ("warning", "Deals stay in a stage much longer than planned (funnel weak link)."),
    "funnel_win_rate_out_of_line": ("warning", "Actual win rate more than 20 % away from the planned one."),
    "funnel_low_coverage": ("warning", "Pipeline ÷ remaining revenue target below the required 1 ÷ win rate."),
    "funnel_blocked": ("warning", "A conversion rate or the average deal size is missing or zero, so the "
                       "funnel cannot work the required volumes back from the revenue target (calc.funnel_blocks)."),
    "funnel_untapped_expansion": ("info", "No expansion KPI, an expansion rate of 0, or no initiative for "
                                  "existing customers."),
    "initiative_no_persona": ("error", "An initiative (campaign) with no target persona."),
    "initiative_persona_no_value": ("warning", "An initiative whose persona has no value proposition "
                                    "(no statement, pain reliever or gain creator)."),
    "initiative_not_linked": ("warning", "An initiative linked to neither a KPI nor a goal."),
    "initiative_no_owner": ("warning", "An initiative without an owner (責任者)."),
    "initiative_no_dates": ("warning", "An initiative without a start or an end date."),
    "initiative_no_budget": ("warning", "An initiative without a budget (0 yen is a budget)."),
    "initiative_milestone_outside": ("warning", "A milestone dated before its initiative starts or after it "
                                     "ends (a plan written before edits refused it)."),
    "no_review_scheduled": ("warning", "No future review meeting scheduled and no monthly meeting day set."),
    "review_overdue": ("warning", "A review meeting whose date has passed but that is not marked held."),
    "action_overdue": ("warning", "An open or in-progress action item past its due date."),
    "strategy_not_revisited": ("error", "A KPI is off track in the latest period with actuals and no held "
                               "review since that period began decided to revisit the strategy."),
})

SEVERITY_ORDER: MappingProxyType[str, int] = MappingProxyType({"error": 0, "warning": 1, "info": 2})


@dataclass(frozen=True)
class Finding:
    """One health-check finding.

    Attributes:
        code: a key of FINDING_CODES.
        severity: "error", "warning" or "info".
        item_kind: the kind of item (``model.walk`` kinds: "goal", "kpi", "initiative",
            "review", "action"), "cadence" for the review cadence, or "plan" for a
            funnel weak link whose KPI is missing.
        item_id: the item's id ("" for the cadence and the plan).
        params: numbers and keys for the message (dates as ISO strings).
    """

    code: str
    severity: Severity
    item_kind: str
    item_id: str
    params: Mapping[str, str | float] = field(default_factory=dict)


def _finding(code: str, kind: str, item_id: str, **params: str | float) -> Finding:
    # Extreme but valid inputs (a target of 1e308) can overflow a derived number; a
    # finding must still be reportable, so non-finite numbers are left out of it.
    clean = {key: value for key, value in params.items() if isinstance(value, str) or math.isfinite(value)}
    return Finding(code, FINDING_CODES[code][0], kind, item_id, clean)


def _blank(text: str) -> bool:
    return not text.strip()


def check_plan(plan: Plan, today: dt.date) -> list[Finding]:
    """Every pitfall found in ``plan`` as of ``today``, errors first, then in plan order."""
    findings: list[Finding] = []
    findings += _goal_findings(plan)
    findings += _kpi_findings(plan)
    findings += _funnel_findings(plan, today)
    findings += _initiative_findings(plan)
    findings += _review_findings(plan, today)
    position = {item.id: index for index, (item, _) in enumerate(iter_items(plan))}
    code_rank = {code: index for index, code in enumerate(FINDING_CODES)}
    end = len(position)

    def key(finding: Finding) -> tuple[int, int, int]:
        return SEVERITY_ORDER[finding.severity], position.get(finding.item_id, end), code_rank[finding.code]

    return sorted(findings, key=key)


# ---------------------------------------------------------------------------- Step 1


def _goal_findings(plan: Plan) -> list[Finding]:
    measured = {node.goal_id for node in plan.kpis.nodes if node.goal_id is not None}
    result: list[Finding] = []
    for goal in plan.strategy.goals:
        if goal.id not in measured:
            result.append(_finding("goal_no_kpi", "goal", goal.id))
        if _blank(goal.marketing_contribution):
            result.append(_finding("goal_no_contribution", "goal", goal.id))
        if not goal.agreed_department_ids:
            result.append(_finding("goal_not_agreed", "goal", goal.id))
    return result


# ---------------------------------------------------------------------------- Step 3: KPIs


def _kpi_findings(plan: Plan) -> list[Finding]:
    shape = tree_shape(plan)
    result: list[Finding] = []
    for root in shape.roots:
        members = list(shape.subtree(root))
        if not any(shape.nodes[node_id].goal_id for node_id in members):
            result.append(_finding("kpi_not_linked_to_goal", "kpi", root, node_count=len(members)))
    context = ProgressContext(plan)
    for node_id, node in shape.nodes.items():
        if node.target is None and (node.is_input or node_id not in shape.parent):
            result.append(_finding("kpi_no_target", "kpi", node_id))
        if _blank(node.owner):
            result.append(_finding("kpi_no_owner", "kpi", node_id))
        if node.formula != Formula.INPUT and node.target is not None:
            found = node_gap(node, context.values)
            if found.reached is False and found.value is not None and found.difference is not None:
                result.append(_finding("kpi_tree_gap", "kpi", node_id, target=node.target,
                                       value=found.value, difference=found.difference,
                                       direction=node.direction.value))
    return result + _negative_actuals(plan)


def _negative_actuals(plan: Plan) -> list[Finding]:
    """Negative actuals of KPIs that cannot be negative: typed in before the import
    refused them, or entered by hand (one finding per KPI, at its first such period)."""
    rules = never_negative(plan)
    order = {key: index for index, key in enumerate(period_keys(plan.settings.granularity))}
    found: dict[str, list[tuple[int, str, float]]] = {}
    for actual in plan.review.actuals:
        if actual.value < 0 and actual.kpi_id in rules:
            found.setdefault(actual.kpi_id, []).append((order.get(actual.period, len(order)), actual.period,
                                                        actual.value))
    result: list[Finding] = []
    for kpi_id, negatives in found.items():
        _, period, value = min(negatives)
        result.append(_finding("kpi_negative_actual", "kpi", kpi_id, period=period, value=value,
                               count=len(negatives), rule=rules[kpi_id]))
    return result


def _funnel_findings(plan: Plan, today: dt.date) -> list[Finding]:
    result: list[Finding] = []
    analysis = analyse_funnel(plan, today)
    for link in analysis.weak_links:
        params = dict(link.params)
        if link.stage is not None:
            params["stage"] = link.stage.value
        kind, item_id = ("kpi", link.node_id) if link.node_id else ("plan", "")
        result.append(_finding(f"funnel_{link.code}", kind, item_id, **params))
    return result + [_blocked(block, analysis) for block in analysis.blocks
                     if block.code not in (NO_REVENUE_TARGET, NO_EXISTING_REVENUE)]


def _blocked(block: FunnelBlock, analysis: FunnelAnalysis) -> Finding:
    """A blocked funnel input as a finding on its KPI — or, when the plan has none, on the
    volume it converts from (where the rate would go). A missing revenue target is
    left to ``kpi_no_target`` and the goal findings."""
    stage = analysis.stage(block.volume)
    item_id = block.node_id or (stage.node_id if stage is not None else None)
    params: dict[str, str | float] = {"reason": block.code, "role": block.role.value, "volume": block.volume.value,
                                      "next": block.next_volume.value if block.next_volume else "",
                                      "input_id": block.node_id or ""}
    if block.value is not None:
        params["value"] = block.value
    return _finding("funnel_blocked", "kpi" if item_id else "plan", item_id or "", **params)


# ---------------------------------------------------------------------------- Step 3: roadmap


def _initiative_findings(plan: Plan) -> list[Finding]:
    designed = {
        vp.persona_id for vp in plan.customers.value_propositions
        if not _blank(vp.statement) or any(not _blank(t) for t in vp.pain_relievers + vp.gain_creators)
    }
    result: list[Finding] = []
    for initiative in plan.roadmap.initiatives:
        if initiative.status == InitiativeStatus.CANCELLED:
            continue
        found = []
        if initiative.persona_id is None:
            found.append("initiative_no_persona")
        elif initiative.persona_id not in designed:
            found.append("initiative_persona_no_value")
        if not initiative.kpi_ids and initiative.goal_id is None:
            found.append("initiative_not_linked")
        if _blank(initiative.owner):
            found.append("initiative_no_owner")
        if initiative.start is None or initiative.end is None:
            found.append("initiative_no_dates")
        if initiative.budget_yen is None:
            found.append("initiative_no_budget")
        params = {"persona_id": initiative.persona_id} if initiative.persona_id else {}
        result += [_finding(code, "initiative", initiative.id, **params) for code in found]
        stray = milestones_outside(initiative.milestones, initiative.start, initiative.end)
        if stray:
            result.append(_finding("initiative_milestone_outside", "initiative", initiative.id,
                                   milestone=stray[0].name, date=stray[0].date.isoformat()))
    return result


# ---------------------------------------------------------------------------- Step 4


def _review_findings(plan: Plan, today: dt.date) -> list[Finding]:
    review = plan.review
    result: list[Finding] = []
    upcoming = any(m.is_upcoming(today) for m in review.meetings)
    if not upcoming and review.cadence.meeting_day is None:
        result.append(_finding("no_review_scheduled", "cadence", ""))
    for meeting in review.meetings:
        if meeting.is_overdue(today):
            result.append(_finding("review_overdue", "review", meeting.id, date=meeting.date.isoformat(),
                                   days_overdue=(today - meeting.date).days))
        for action in meeting.action_items:
            if action.is_overdue(today):
                result.append(_finding("action_overdue", "action", action.id, due=action.due.isoformat(),
                                       days_overdue=(today - action.due).days))
    result += _strategy_not_revisited(plan)
    return result


def _meeting_start(meeting: ReviewMeeting, plan: Plan) -> dt.date | None:
    """When a held meeting took place: its date, else the start of the period it reviewed."""
    if meeting.date is not None:
        return meeting.date
    if meeting.period and is_period_key(meeting.period):
        settings = plan.settings
        return period_start(meeting.period, settings.fiscal_year, settings.fiscal_year_start_month)
    return None


def _strategy_not_revisited(plan: Plan) -> list[Finding]:
    latest = latest_period(plan)
    if latest is None:
        return []
    context = ProgressContext(plan)
    off_track = []
    for node_id in context.nodes:
        found = context.latest_actual(node_id)
        if found is not None and found[0] == latest and context.status(node_id, latest).status == Status.OFF_TRACK:
            off_track.append(node_id)
    if not off_track:
        return []
    settings = plan.settings
    began = period_start(latest, settings.fiscal_year, settings.fiscal_year_start_month)
    for meeting in plan.review.meetings:
        if not meeting.held:
            continue
        if not any(d.decision == Decision.REVISIT_STRATEGY for d in meeting.decisions):
            continue
        held_on = _meeting_start(meeting, plan)
        if held_on is None or held_on >= began:  # an undated revisit gets the benefit of the doubt
            return []
    return [_finding("strategy_not_revisited", "kpi", off_track[0], period=latest,
                     off_track_count=len(off_track))]


__all__ = ["FINDING_CODES", "SEVERITY_ORDER", "Finding", "Severity", "check_plan"]
