"""Actuals imported from a workbook, as one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..document import PlanChange
from ..model.review import Actual
from .base import InvalidEdit, PlanCommand

if TYPE_CHECKING:
    from ..document import DocumentSession


class ReplaceActuals(PlanCommand):
    """Replace the plan's actuals with ``actuals`` (an import's result); undo puts the
    previous list back exactly. The new list is validated before the push."""

    def __init__(self, session: DocumentSession, actuals: list[Actual], text: str = "") -> None:
        super().__init__(session, text or QCoreApplication.translate("Commands", "Import actuals"))
        keys = set()
        for actual in actuals:
            key = (actual.kpi_id, actual.period)
            if key in keys:
                raise InvalidEdit(QCoreApplication.translate(
                    "Commands", "The imported actuals list a KPI and period twice."))
            keys.add(key)
        known = {node.id for node in session.plan.kpis.nodes}
        if any(actual.kpi_id not in known for actual in actuals):
            raise InvalidEdit(QCoreApplication.translate("Commands", "An imported actual names an unknown KPI."))
        self.old = [a.model_copy() for a in session.plan.review.actuals]
        self.new = [a.model_copy() for a in actuals]

    def _set(self, actuals: list[Actual]) -> None:
        self.plan.review.actuals = [a.model_copy() for a in actuals]
        self.session.notify(PlanChange(None, "review.actuals", "review.actuals"))

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)
