"""Item models of Step 3's roadmap: the initiatives (施策) table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....model.enums import InitiativeStatus
from ....text.labels import enum_label
from ... import fmt
from ...editing.binder import Binder
from ...editing.table_model import RIGHT, Column, ItemTableModel
from ...widgets.gantt import STATUS_BAR_COLOURS

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


class InitiativesModel(ItemTableModel):
    """The roadmap's initiatives (施策), one row each, read-only (the page reloads it)."""

    def __init__(self, binder: Binder, parent=None) -> None:

        def names(ids: list[str], items) -> str:
            by_id = {i.id: i.name for i in items}
            return ", ".join(by_id.get(i, i) for i in ids) or fmt.DASH

        def one(item_id, items) -> str:
            return next((i.name for i in items if i.id == item_id), fmt.DASH) if item_id else fmt.DASH

        columns = [
            Column(lambda: translate("InitiativesModel", "Initiative"), display=lambda i, p: i.name, bold=True),
            Column(lambda: translate("InitiativesModel", "Owner"),
                   display=lambda i, p: i.owner or translate("InitiativesModel", "No owner"),
                   foreground=lambda i, p: None if i.owner else "#a11d1d"),
            Column(lambda: translate("InitiativesModel", "Start"), display=lambda i, p: fmt.short_date(i.start)),
            Column(lambda: translate("InitiativesModel", "End"), display=lambda i, p: fmt.short_date(i.end)),
            Column(lambda: translate("InitiativesModel", "Budget"),
                   display=lambda i, p: fmt.money(i.budget_yen, p.settings.money_unit, binder.language), align=RIGHT),
            Column(lambda: translate("InitiativesModel", "Status"), display=lambda i, p: enum_label(i.status, binder.language),
                   foreground=lambda i, p: STATUS_BAR_COLOURS.get(i.status) if i.status != InitiativeStatus.PLANNED
                   else None, bold=True),
            Column(lambda: translate("InitiativesModel", "KPIs"), display=lambda i, p: names(i.kpi_ids, p.kpis.nodes)),
            Column(lambda: translate("InitiativesModel", "Persona"),
                   display=lambda i, p: one(i.persona_id, p.customers.personas)),
            Column(lambda: translate("InitiativesModel", "Channel"),
                   display=lambda i, p: one(i.channel_id, p.customers.channels)),
        ]
        super().__init__(binder, None, columns, parent, rows=lambda p: p.roadmap.initiatives)
