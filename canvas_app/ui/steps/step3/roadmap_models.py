"""Item models of Step 3's roadmap: the initiatives (施策) table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....model import Plan
from ....model.enums import InitiativeStatus
from ....text.labels import enum_label
from ... import fmt
from ...models.plan_table import RIGHT, Column, PlanTableModel
from ...widgets.gantt import STATUS_BAR_COLOURS

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


class InitiativesModel(PlanTableModel):
    """The roadmap's initiatives (施策), one row each."""

    def __init__(self, plan: Plan, parent=None) -> None:

        def names(ids: list[str], items) -> str:
            by_id = {i.id: i.name for i in items}
            return ", ".join(by_id.get(i, i) for i in ids) or fmt.DASH

        def one(item_id, items) -> str:
            return next((i.name for i in items if i.id == item_id), fmt.DASH) if item_id else fmt.DASH

        columns = [
            Column(lambda: translate("InitiativesModel", "Initiative"), lambda i, p: i.name, bold=lambda i, p: True),
            Column(lambda: translate("InitiativesModel", "Owner"), lambda i, p: i.owner or translate("InitiativesModel", "No owner"),
                   foreground=lambda i, p: None if i.owner else "#a11d1d"),
            Column(lambda: translate("InitiativesModel", "Start"), lambda i, p: fmt.short_date(i.start)),
            Column(lambda: translate("InitiativesModel", "End"), lambda i, p: fmt.short_date(i.end)),
            Column(lambda: translate("InitiativesModel", "Budget"), lambda i, p: fmt.money(i.budget_yen, p.settings.money_unit), RIGHT),
            Column(lambda: translate("InitiativesModel", "Status"), lambda i, p: enum_label(i.status),
                   foreground=lambda i, p: STATUS_BAR_COLOURS.get(i.status) if i.status != InitiativeStatus.PLANNED
                   else None, bold=lambda i, p: True),
            Column(lambda: translate("InitiativesModel", "KPIs"), lambda i, p: names(i.kpi_ids, p.kpis.nodes)),
            Column(lambda: translate("InitiativesModel", "Persona"), lambda i, p: one(i.persona_id, p.customers.personas)),
            Column(lambda: translate("InitiativesModel", "Channel"), lambda i, p: one(i.channel_id, p.customers.channels)),
        ]
        super().__init__(plan, lambda p: p.roadmap.initiatives, columns, parent)
