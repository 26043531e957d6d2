"""Helpers shared by the sample-plan content modules (``sample_content_*.py``).

They only shorten the content: each returns an ordinary ``canvas_app.model`` object.
Nothing here is random or time-dependent, so the samples rebuild byte for byte.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from canvas_app.model import (
    Actual,
    Aggregation,
    Direction,
    Formula,
    FunnelRole,
    JourneyStage,
    KpiNode,
    Milestone,
    RevenueStage,
    Unit,
)
from canvas_app.model.periods import month_span

D = dt.date.fromisoformat


def kpi(
    node_id: str,
    name: str,
    *,
    unit: Unit,
    aggregation: Aggregation,
    owner: str,
    department_id: str,
    formula: Formula = Formula.INPUT,
    children: Sequence[str] = (),
    direction: Direction = Direction.HIGHER_IS_BETTER,
    target: float | None = None,
    period_targets: dict[str, float] | None = None,
    stage: RevenueStage | None = None,
    role: FunnelRole | None = None,
    goal_id: str | None = None,
    data_source: str = "",
    description: str = "",
) -> KpiNode:
    return KpiNode(
        id=node_id,
        name=name,
        description=description,
        formula=formula,
        children=list(children),
        unit=unit,
        direction=direction,
        aggregation=aggregation,
        target=target,
        period_targets=dict(period_targets or {}),
        owner=owner,
        department_id=department_id,
        stage=stage,
        role=role,
        goal_id=goal_id,
        data_source=data_source,
    )


def series(kpi_id: str, periods: Sequence[str], values: Sequence[float], notes: dict[str, str] | None = None) -> list[Actual]:
    """Actuals of one KPI over consecutive periods; ``notes`` maps a period to a remark."""
    if len(periods) != len(values):
        raise ValueError(f"{kpi_id}: {len(values)} values for {len(periods)} periods")
    notes = notes or {}
    return [Actual(kpi_id=kpi_id, period=p, value=v, note=notes.get(p, "")) for p, v in zip(periods, values)]


def stage(stage_id: str, name: str, touchpoint: str, channel_id: str | None, thought: str, action: str) -> JourneyStage:
    return JourneyStage(
        id=stage_id, name=name, touchpoint=touchpoint, channel_id=channel_id, customer_thought=thought, our_action=action
    )


def milestones(prefix: str, *rows: tuple[str, str, bool]) -> list[Milestone]:
    """Milestones ``(name, ISO date, done)`` with ids ``<prefix>-1``, ``<prefix>-2`` …"""
    return [Milestone(id=f"{prefix}-{i}", name=n, date=D(d), done=done) for i, (n, d, done) in enumerate(rows, 1)]


# --------------------------------------------------------------------------- snapshots


def _period_last_month(key: str) -> int:
    return month_span(key)[1]


def state_as_of(
    plan_json: dict[str, Any],
    as_of: dt.date,
    last_closed_period: str,
    *,
    drop_initiatives: Iterable[str] = (),
    target_overrides: dict[str, float] | None = None,
) -> dict[str, Any]:
    """The plan's JSON (no snapshots) as it stood on ``as_of``, for a quarterly snapshot.

    Rolls the live plan back: actuals after ``last_closed_period`` are removed, reviews
    held after ``as_of`` become scheduled again (their notes, decisions and actions did
    not exist yet), initiative statuses and milestones are re-derived from the date,
    initiatives born later are dropped and KPI targets changed since are restored.
    """
    data = copy.deepcopy(plan_json)
    data.pop("snapshots", None)
    last_month = _period_last_month(last_closed_period)
    review = data["review"]
    review["actuals"] = [a for a in review["actuals"] if _period_last_month(a["period"]) <= last_month]

    for meeting in review["meetings"]:
        if meeting["date"] and D(meeting["date"]) > as_of and meeting["held"]:
            meeting.update(held=False, attendees=[], summary="", customer_voice="", lost_deal_reasons="",
                           decisions=[], action_items=[])
        for action in meeting["action_items"]:
            # Everything still open at the review itself; only earlier work was done.
            if action["status"] != "done" or (action["due"] and D(action["due"]) > as_of):
                action["status"] = "open"

    dropped = set(drop_initiatives)
    kept = []
    for ini in data["roadmap"]["initiatives"]:
        if ini["id"] in dropped:
            continue
        start, end = D(ini["start"]), D(ini["end"])
        if start > as_of:
            ini["status"] = "planned"
        elif end > as_of and ini["status"] == "done":
            ini["status"] = "in_progress"
        elif ini["status"] == "planned":
            ini["status"] = "in_progress"
        for ms in ini["milestones"]:
            if ms["date"] and D(ms["date"]) > as_of:
                ms["done"] = False
        kept.append(ini)
    data["roadmap"]["initiatives"] = kept

    for node in data["kpis"]["nodes"]:
        if target_overrides and node["id"] in target_overrides:
            node["target"] = float(target_overrides[node["id"]])
    return data
