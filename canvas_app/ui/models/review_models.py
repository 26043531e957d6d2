"""Item models of Step 4: KPI progress at a period, and a review's action items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...calc.progress import KpiProgress
from ...model import KpiNode, Plan, ReviewMeeting
from ...model.enums import Status
from ...text.labels import enum_label
from .. import facts, fmt, theme
from .plan_table import RIGHT, Column, PlanTableModel

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them



def progress_rows(plan: Plan, period: str | None) -> list[tuple[KpiNode, KpiProgress]]:
    """KPIs with a target to date or an actual at ``period``, in tree order."""
    if period is None:
        return []
    progress = facts.kpi_progress_at(plan, period)
    order = {node.id: node for node in plan.kpis.nodes}
    from ...calc.kpi_tree import tree_shape

    rows = []
    for node_id in tree_shape(plan).order:
        p = progress.get(node_id)
        if p is not None and (p.actual_to_date is not None):
            rows.append((order[node_id], p))
    return rows


class ProgressModel(PlanTableModel):
    """Actual vs target to date per KPI at one period, with the traffic light."""

    def __init__(self, plan: Plan, period: str | None, parent=None) -> None:
        self.period = period

        def tint(row, p):
            return theme.STATUS_TINTS.get(row[1].status) if row[1].status != Status.NO_DATA else None

        columns = [
            Column(lambda: translate("ReviewModels", "KPI"), lambda r, p: r[0].name, bold=lambda r, p: True),
            Column(lambda: translate("ReviewModels", "Target to date"), lambda r, p: fmt.value(r[1].target_to_date, r[0].unit, p), RIGHT),
            Column(lambda: translate("ReviewModels", "Actual to date"), lambda r, p: fmt.value(r[1].actual_to_date, r[0].unit, p), RIGHT,
                   bold=lambda r, p: True),
            Column(lambda: translate("ReviewModels", "Variance"), lambda r, p: _signed(r[1].variance, r[0], p), RIGHT,
                   foreground=lambda r, p: theme.STATUS_COLOURS[Status.OFF_TRACK]
                   if r[1].status == Status.OFF_TRACK else None),
            Column(lambda: translate("ReviewModels", "Achievement"), lambda r, p: fmt.percent(r[1].achievement, 0), RIGHT),
            Column(lambda: translate("ReviewModels", "Status"), lambda r, p: "● " + enum_label(r[1].status), background=tint,
                   foreground=lambda r, p: theme.STATUS_COLOURS.get(r[1].status), bold=lambda r, p: True),
            Column(lambda: translate("ReviewModels", "Owner"), lambda r, p: r[0].owner or fmt.DASH),
        ]
        super().__init__(plan, lambda p: progress_rows(p, self.period), columns, parent)

    def set_period(self, plan: Plan, period: str | None) -> None:
        self.period = period
        self.reload(plan)

    def row_of(self, item_id: str) -> int:
        return next((n for n in range(self.rowCount()) if self.row_object(n)[0].id == item_id), -1)


def _signed(variance: float | None, node: KpiNode, plan: Plan) -> str:
    if variance is None:
        return fmt.DASH
    text = fmt.value(abs(variance), node.unit, plan)
    return ("+" if variance >= 0 else "−") + text


class ActionItemsModel(PlanTableModel):
    """A review's action items; open ones past their due date are marked overdue."""

    def __init__(self, plan: Plan, meeting: ReviewMeeting, today: dt.date, parent=None) -> None:
        self.today = today

        def overdue(a) -> bool:
            return a.is_overdue(self.today)

        def status(a, p) -> str:
            if not overdue(a):
                return enum_label(a.status)
            return enum_label(a.status) + " · " + translate("ReviewModels", "Overdue")

        def tint(a, p):
            if overdue(a):
                return theme.STATUS_TINTS[Status.OFF_TRACK]
            if a.is_open:
                return theme.STATUS_TINTS[Status.AT_RISK]
            return None

        columns = [
            Column(lambda: translate("ReviewModels", "Action item"), lambda a, p: a.text, background=tint),
            Column(lambda: translate("ReviewModels", "Owner"), lambda a, p: a.owner or fmt.DASH, background=tint),
            Column(lambda: translate("ReviewModels", "Due"), lambda a, p: fmt.short_date(a.due), background=tint),
            Column(lambda: translate("ReviewModels", "Status"), status, background=tint, bold=lambda a, p: overdue(a),
                   foreground=lambda a, p: theme.STATUS_COLOURS[Status.OFF_TRACK] if overdue(a) else None),
        ]
        meeting_id = meeting.id

        def rows(p: Plan):
            found = next((m for m in p.review.meetings if m.id == meeting_id), None)
            return found.action_items if found else []

        super().__init__(plan, rows, columns, parent)
