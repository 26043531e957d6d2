"""Item models of Step 4: KPI progress at a period, and a review's action items."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from ....calc.progress import KpiProgress
from ....model import KpiNode, Plan, ReviewMeeting
from ....model.enums import Status
from ....text.labels import enum_label
from ....text.language import Language
from ... import facts, fmt, theme
from ...editing.binder import Binder
from ...editing.table_model import RIGHT, Column, ItemTableModel

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them



def progress_rows(plan: Plan, period: str | None) -> list[tuple[KpiNode, KpiProgress]]:
    """KPIs with a target to date or an actual at ``period``, in tree order."""
    if period is None:
        return []
    progress = facts.kpi_progress_at(plan, period)
    order = {node.id: node for node in plan.kpis.nodes}
    from ....calc.kpi_tree import tree_shape

    rows = []
    for node_id in tree_shape(plan).order:
        p = progress.get(node_id)
        if p is not None and (p.actual_to_date is not None):
            rows.append((order[node_id], p))
    return rows


class ProgressRow(NamedTuple):
    """A row of the progress table: a KPI and its progress at the period."""

    node: KpiNode
    progress: KpiProgress

    @property
    def id(self) -> str:
        return self.node.id


class ProgressModel(ItemTableModel):
    """Actual vs target to date per KPI at one period, with the traffic light; read-only,
    reloaded by the page (``set_period``)."""

    def __init__(self, binder: Binder, period: str | None, parent=None) -> None:
        self.period = period

        def tint(row, p):
            return theme.STATUS_TINTS.get(row[1].status) if row[1].status != Status.NO_DATA else None

        columns = [
            Column(lambda: translate("ReviewModels", "KPI"), display=lambda r, p: r[0].name, bold=True),
            Column(lambda: translate("ReviewModels", "Target to date"),
                   display=lambda r, p: fmt.value(r[1].target_to_date, r[0].unit, p, binder.language), align=RIGHT),
            Column(lambda: translate("ReviewModels", "Actual to date"),
                   display=lambda r, p: fmt.value(r[1].actual_to_date, r[0].unit, p, binder.language), align=RIGHT, bold=True),
            Column(lambda: translate("ReviewModels", "Variance"), display=lambda r, p: _signed(r[1].variance, r[0], p, binder.language),
                   align=RIGHT, foreground=lambda r, p: theme.STATUS_COLOURS[Status.OFF_TRACK]
                   if r[1].status == Status.OFF_TRACK else None),
            Column(lambda: translate("ReviewModels", "Achievement"),
                   display=lambda r, p: fmt.percent(r[1].achievement, 0), align=RIGHT),
            Column(lambda: translate("ReviewModels", "Status"), display=lambda r, p: "● " + enum_label(r[1].status, binder.language),
                   background=tint, foreground=lambda r, p: theme.STATUS_COLOURS.get(r[1].status), bold=True),
            Column(lambda: translate("ReviewModels", "Owner"), display=lambda r, p: r[0].owner or fmt.DASH),
        ]
        super().__init__(binder, None, columns, parent,
                         rows=lambda p: [ProgressRow(*row) for row in progress_rows(p, self.period)])

    def set_period(self, period: str | None) -> None:
        self.period = period
        self.reset()


def _signed(variance: float | None, node: KpiNode, plan: Plan, lang: Language) -> str:
    if variance is None:
        return fmt.DASH
    text = fmt.value(abs(variance), node.unit, plan, lang)
    return ("+" if variance >= 0 else "−") + text


class ActionItemsModel(ItemTableModel):
    """A review's action items; open ones past their due date are marked overdue.
    Read-only, reloaded by the page."""

    def __init__(self, binder: Binder, meeting: ReviewMeeting, today: dt.date, parent=None) -> None:
        self.today = today

        def overdue(a) -> bool:
            return a.is_overdue(self.today)

        def status(a, p) -> str:
            if not overdue(a):
                return enum_label(a.status, binder.language)
            return enum_label(a.status, binder.language) + " · " + translate("ReviewModels", "Overdue")

        def tint(a, p):
            if overdue(a):
                return theme.STATUS_TINTS[Status.OFF_TRACK]
            if a.is_open:
                return theme.STATUS_TINTS[Status.AT_RISK]
            return None

        columns = [
            Column(lambda: translate("ReviewModels", "Action item"), display=lambda a, p: a.text, background=tint),
            Column(lambda: translate("ReviewModels", "Owner"), display=lambda a, p: a.owner or fmt.DASH, background=tint),
            Column(lambda: translate("ReviewModels", "Due"), display=lambda a, p: fmt.short_date(a.due), background=tint),
            Column(lambda: translate("ReviewModels", "Status"), display=status, background=tint,
                   bold=lambda a, p: overdue(a),
                   foreground=lambda a, p: theme.STATUS_COLOURS[Status.OFF_TRACK] if overdue(a) else None),
        ]
        meeting_id = meeting.id

        def rows(p: Plan):
            found = next((m for m in p.review.meetings if m.id == meeting_id), None)
            return found.action_items if found else []

        super().__init__(binder, None, columns, parent, rows=rows)
