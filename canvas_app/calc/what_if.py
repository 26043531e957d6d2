"""What-if (試算): the plan as it would be with trial values for some inputs, without
touching the plan.

``what_if(plan, {input id: value}, node_id)`` evaluates a copy of the plan whose inputs
take the trial values, and reports what moves: the selected KPI and its root before →
after, every KPI whose value, traffic light or reaching of its own target changes, and
the funnel's required and planned volumes stage by stage (``analyse_funnel`` on the
copy, so the window, the CLI and the workbook would show the same after "Apply").

The copy is shallow — the same objects everywhere except a new node list with the few
tried inputs replaced — so trying a value on a 500-KPI plan costs two evaluations of the
tree and one funnel analysis, not a deep copy of the plan. ``Baseline`` keeps the "before"
half, computed once per plan change rather than once per keystroke.

A trial value an input cannot take — a rate above 100 %, a count below zero
(``kpi_bounds``) — or a trial for a KPI that is not an input is refused
(``trial_problem``) and left out of the copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from canvas_app.model.enums import FunnelRole, Status
from canvas_app.model.kpi import KpiTree
from canvas_app.model.plan import Plan

from .funnel import FunnelAnalysis, analyse_funnel
from .kpi_bounds import bound_problem
from .kpi_tree import TreeValues, evaluate, finite, node_gap, tree_shape
from .progress import ProgressContext
from .tree_shape import TreeShape

__all__ = [
    "NOT_FINITE", "NOT_INPUT", "UNKNOWN_NODE", "Baseline", "NodeChange", "StageChange", "WhatIf", "baseline",
    "trial_problem", "what_if", "with_trials",
]

# Why a trial value is refused (besides kpi_bounds.BELOW_ZERO / ABOVE_WHOLE).
UNKNOWN_NODE = "unknown_node"
NOT_INPUT = "not_input"
NOT_FINITE = "not_finite"  # never from a typed value; a caller's infinity or NaN


@dataclass(frozen=True)
class NodeChange:
    """One KPI the trial values move: its value, traffic light (progress to date against
    its target) and whether it reaches its own target (None: no target or no value),
    before → after."""

    node_id: str
    before: float | None
    after: float | None
    status_before: Status
    status_after: Status
    reached_before: bool | None
    reached_after: bool | None


@dataclass(frozen=True)
class StageChange:
    """One volume stage of the funnel (leads … won deals): the whole volume the revenue
    target requires and the volume the tree plans, before → after."""

    role: FunnelRole
    node_id: str | None
    required_before: int | None
    required_after: int | None
    planned_before: float | None
    planned_after: float | None


@dataclass(frozen=True)
class Baseline:
    """The plan as it is, evaluated once: reused by every trial until the plan changes."""

    shape: TreeShape
    values: TreeValues
    funnel: FunnelAnalysis
    progress: ProgressContext


@dataclass(frozen=True)
class WhatIf:
    """The plan with trial values against the plan as it is.

    Attributes:
        trials: the trial values used (input id → value), refused ones left out.
        refused: input id → why its trial value was refused (``trial_problem``).
        node_id / root_id: the KPI asked about and the root of its tree (None when
            ``node_id`` is not a KPI).
        before / after: every node's value as planned and with the trials.
        changes: the KPIs whose value, traffic light or reaching of their target
            changes, in tree order.
        stages: the funnel's volume stages, upstream first (empty without a funnel).
    """

    trials: Mapping[str, float]
    refused: Mapping[str, str]
    node_id: str | None
    root_id: str | None
    before: TreeValues
    after: TreeValues
    changes: tuple[NodeChange, ...]
    stages: tuple[StageChange, ...]

    def value(self, node_id: str | None) -> tuple[float | None, float | None]:
        """``node_id``'s value before and after (None, None for no KPI)."""
        if node_id is None:
            return None, None
        return self.before.value(node_id), self.after.value(node_id)


def trial_problem(plan: Plan, node_id: str, value: float) -> str | None:
    """Why ``value`` cannot be tried for KPI ``node_id``: UNKNOWN_NODE, NOT_INPUT, NOT_FINITE, or the
    bound it breaks (``kpi_bounds.BELOW_ZERO``, ``ABOVE_WHOLE``); None when it can."""
    node = next((n for n in plan.kpis.nodes if n.id == node_id), None)
    if node is None:
        return UNKNOWN_NODE
    if not node.is_input:
        return NOT_INPUT
    if finite(value) is None:
        return NOT_FINITE
    return bound_problem(plan, node_id, value)


def with_trials(plan: Plan, trials: Mapping[str, float]) -> Plan:
    """A shallow copy of ``plan`` whose inputs in ``trials`` take those values as their
    targets; ``plan`` itself is not touched (its node objects are shared, not changed)."""
    nodes = [node.model_copy(update={"target": float(trials[node.id])}) if node.id in trials else node
             for node in plan.kpis.nodes]
    return plan.model_copy(update={"kpis": KpiTree.model_construct(nodes=nodes)})


def baseline(plan: Plan, today: dt.date | None = None) -> Baseline:
    """The "before" half of every what-if on ``plan`` as it is now."""
    values = evaluate(plan)
    return Baseline(tree_shape(plan), values, analyse_funnel(plan, today), ProgressContext(plan, values))


def what_if(plan: Plan, trials: Mapping[str, float], node_id: str | None = None, *,
            today: dt.date | None = None, base: Baseline | None = None) -> WhatIf:
    """``plan`` with ``trials`` (input id → trial value) against ``plan`` as it is.

    ``base``: ``baseline(plan, today)`` when the caller keeps one (it must be of this
    very plan, unchanged since)."""
    base = base if base is not None else baseline(plan, today)
    refused = {input_id: problem for input_id, value in trials.items()
               if (problem := trial_problem(plan, input_id, value)) is not None}
    accepted = {input_id: float(value) for input_id, value in trials.items() if input_id not in refused}
    trial_plan = with_trials(plan, accepted) if accepted else plan
    after_values = evaluate(trial_plan) if accepted else base.values
    after_progress = ProgressContext(trial_plan, after_values) if accepted else base.progress
    after_funnel = analyse_funnel(trial_plan, today) if accepted else base.funnel

    shape = base.shape
    known = node_id if node_id in shape.nodes else None
    # Only a tried input and the nodes above it can change.
    moved: set[str] = set()
    for input_id in accepted:
        moved.add(input_id)
        moved.update(shape.ancestors(input_id))
    changes = []
    for moved_id in (n for n in shape.order if n in moved):
        change = _node_change(moved_id, shape, base, after_values, after_progress)
        if (change.before != change.after or change.status_before != change.status_after
                or change.reached_before != change.reached_after):
            changes.append(change)
    return WhatIf(
        trials=accepted, refused=refused, node_id=known, root_id=shape.root_of(known) if known else None,
        before=base.values, after=after_values, changes=tuple(changes),
        stages=_stages(base.funnel, after_funnel) if base.funnel.has_funnel else (),
    )


def _node_change(node_id: str, shape: TreeShape, base: Baseline, after: TreeValues,
                 after_progress: ProgressContext) -> NodeChange:
    before_node = shape.nodes[node_id]
    after_node = after_progress.nodes.get(node_id, before_node)
    return NodeChange(
        node_id=node_id, before=base.values.value(node_id), after=after.value(node_id),
        status_before=base.progress.status(node_id).status, status_after=after_progress.status(node_id).status,
        reached_before=node_gap(before_node, base.values).reached, reached_after=node_gap(after_node, after).reached,
    )


def _stages(before: FunnelAnalysis, after: FunnelAnalysis) -> tuple[StageChange, ...]:
    later = {stage.role: stage for stage in after.stages}
    stages = []
    for stage in before.stages:
        other = later.get(stage.role)
        stages.append(StageChange(
            role=stage.role, node_id=stage.node_id,
            required_before=stage.required_whole, required_after=other.required_whole if other else None,
            planned_before=stage.planned, planned_after=other.planned if other else None,
        ))
    return tuple(stages)
