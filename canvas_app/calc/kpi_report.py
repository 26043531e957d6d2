"""The KPI report: every KPI as the overview, step 3's tree, the CLI's ``kpis``, the PDF
and the workbook show it — one row per node, assembled once here so that they cannot
disagree.

A row holds the node, where it sits (tree order, depth, parent), what the tree computes
for it, its latest actual and its progress at that period (target and actual to date,
achievement, the traffic light). Rows come in the tree's depth-first order from the roots
in document order; a node the roots do not reach (only on a cycle, never in a valid plan)
follows, in document order, at depth 0.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from canvas_app.model.enums import Status
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan

from .kpi_tree import TreeShape, TreeValues, evaluate, tree_shape
from .progress import NO_ACTUAL, KpiProgress, ProgressContext, reporting_period


class KpiRow(NamedTuple):
    """One KPI in the report.

    A NamedTuple rather than a frozen dataclass: the overview needs it before the first
    paint, and a NamedTuple class costs a tenth as much to define.

    Attributes:
        node: the KPI.
        depth: levels below its root (0 for a root and for a node outside the tree).
        parent: the id of the node that lists it as a child, if any.
        in_tree: reached from a root (False only on a cycle, never in a valid plan).
        value: what the tree computes for it (for an input, its target).
        problem: why ``value`` is None (a ``kpi_tree`` problem key), if it is.
        latest_period / latest_actual: its latest recorded actual (not after the
            reporting period when the rows were made for a day).
        progress: target and actual to date, achievement and traffic light at
            ``latest_period``; NO_DATA without an actual.
    """

    node: KpiNode
    depth: int
    parent: str | None
    in_tree: bool
    value: float | None
    problem: str | None
    latest_period: str | None
    latest_actual: float | None
    progress: KpiProgress

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def status(self) -> Status:
        return self.progress.status

    @property
    def is_root(self) -> bool:
        return self.parent is None


def _depths(shape: TreeShape) -> dict[str, int]:
    """``len(shape.ancestors(id))`` of every node whose parents lead up to a root, found
    in one pass over the tree order (a parent comes before its children): a 10,000-deep
    chain costs 10,000 steps, not 50 million."""
    depths: dict[str, int] = {}
    for node_id in shape.order:
        parent = shape.parent.get(node_id)
        if parent is None:
            depths[node_id] = 0
        elif parent in depths:
            depths[node_id] = depths[parent] + 1
    return depths


def kpi_rows(plan: Plan, today: dt.date | None = None, *, shape: TreeShape | None = None,
             values: TreeValues | None = None) -> list[KpiRow]:
    """Every KPI of ``plan`` as a report row, in tree order (then any node outside it).

    The latest actual is the latest one recorded; with ``today``, the latest up to the
    reporting period of that day (none before the fiscal year starts). ``shape`` and
    ``values``: the plan's ``tree_shape`` and ``evaluate``, when the caller has them.
    """
    shape = shape if shape is not None else tree_shape(plan)
    values = values if values is not None else evaluate(plan)
    context = ProgressContext(plan, values)
    limit = reporting_period(plan, today) if today is not None else None
    in_tree = set(shape.order)
    order = list(shape.order) + [node_id for node_id in shape.nodes if node_id not in in_tree]
    depths = _depths(shape)
    rows: list[KpiRow] = []
    for node_id in order:
        # Before the fiscal year starts (a day given, no reporting period) nothing is due yet.
        latest = None if today is not None and limit is None else context.latest_actual(node_id, limit)
        if latest is None:
            progress = KpiProgress(node_id, None, None, None, None, None, Status.NO_DATA, NO_ACTUAL)
        else:
            progress = context.status(node_id, latest[0])
        reached = node_id in in_tree
        depth = (depths[node_id] if node_id in depths else len(shape.ancestors(node_id))) if reached else 0
        rows.append(KpiRow(
            node=shape.nodes[node_id], depth=depth, parent=shape.parent.get(node_id), in_tree=reached,
            value=values.value(node_id), problem=values.problem(node_id),
            latest_period=latest[0] if latest else None, latest_actual=latest[1] if latest else None,
            progress=progress,
        ))
    return rows


def goal_kpi(rows: list[KpiRow], goal_id: str) -> KpiRow | None:
    """The KPI that shows how a business goal is doing: the first of the goal's KPIs in
    tree order that has an actual, else the first of them; None when no KPI measures it."""
    measuring = [row for row in rows if row.in_tree and row.node.goal_id == goal_id]
    with_actual = [row for row in measuring if row.latest_period is not None]
    return (with_actual or measuring or [None])[0]


__all__ = ["KpiRow", "goal_kpi", "kpi_rows"]
