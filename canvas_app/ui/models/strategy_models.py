"""Item models of Step 1: the business goals table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...model import Plan
from ...text.labels import enum_label
from .. import fmt
from .plan_table import RIGHT, Column, PlanTableModel

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


def department_names(plan: Plan, ids: list[str]) -> str:
    names = {d.id: d.name for d in plan.settings.departments}
    return "、".join(names.get(i, i) for i in ids) if plan.settings.language == "ja" else \
        ", ".join(names.get(i, i) for i in ids)


class GoalsTableModel(PlanTableModel):
    """The business goals of Step 1, one row per goal."""

    def __init__(self, plan: Plan, parent=None) -> None:
        v = fmt.bare
        columns = [
            Column(lambda: translate("GoalsTableModel", "Goal"), lambda g, p: g.name, bold=lambda g, p: True),
            Column(lambda: translate("GoalsTableModel", "Category"), lambda g, p: enum_label(g.category)),
            Column(lambda: translate("GoalsTableModel", "Baseline"), lambda g, p: v(g.baseline, g.unit, p), RIGHT),
            Column(lambda: translate("GoalsTableModel", "Target"), lambda g, p: v(g.target, g.unit, p), RIGHT, bold=lambda g, p: True),
            Column(lambda: translate("GoalsTableModel", "Unit"), lambda g, p: fmt.unit_name(g.unit, p)),
            Column(lambda: translate("GoalsTableModel", "Deadline"), lambda g, p: fmt.short_date(g.deadline)),
            Column(lambda: translate("GoalsTableModel", "Owner"), lambda g, p: g.owner or fmt.DASH),
            Column(lambda: translate("GoalsTableModel", "Contribution"), lambda g, p: g.marketing_contribution or fmt.DASH),
            Column(lambda: translate("GoalsTableModel", "Agreed by"),
                   lambda g, p: department_names(p, g.agreed_department_ids) or translate("GoalsTableModel", "Not agreed yet"),
                   foreground=lambda g, p: None if g.agreed_department_ids else "#a11d1d"),
        ]
        super().__init__(plan, lambda p: p.strategy.goals, columns, parent)
