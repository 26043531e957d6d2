"""Step 2 — competitors and differentiation (競合・差別化ポイント): who the customers
compare us with, on which criteria, and where we win.

Competitors on top (a table and the details of the selected one); below, the
differentiation matrix beside its radar chart and the list of our differentiators.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....document import PlanChange
from ... import theme
from ...editing.binder import Binder
from .competitor_card import CompetitorsCard
from .matrix_card import MatrixCard
from .section import Section


class CompetitorsSection(Section):
    """The competitors tab.

    Attributes:
        competitors: the CompetitorsCard (``competitors.table`` is the ItemTable).
        matrix: the MatrixCard (``matrix.table``, ``matrix.radar``, ``matrix.differentiator_list``).
    """

    name = "competitors"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.px(12), 0, 0)
        layout.setSpacing(theme.px(16))
        self.competitors = CompetitorsCard(binder)
        self.matrix = MatrixCard(binder)
        layout.addWidget(self.competitors)
        layout.addWidget(self.matrix)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Competitors and differentiation")

    def retranslate(self) -> None:
        self.competitors.retranslate()
        self.matrix.retranslate()

    def select_item(self, item_id: str) -> bool:
        if self.competitors.table.select_item(item_id):
            self.competitors.table.table.setFocus()
            return True
        if self.matrix.table.select_item(item_id):
            self.matrix.table.table.setFocus()
            return True
        return False

    def plan_changed(self, change: PlanChange) -> None:
        if self._touches_matrix(change):
            self.matrix.refresh()

    def _touches_matrix(self, change: PlanChange) -> bool:
        """The radar and the differentiators show criteria, scores and competitors'
        names: redrawn for those, not on every keystroke in a note or a persona."""
        if change.item_id is None or change.path == "":
            return True
        customers = self.binder.plan.customers
        if any(c.id == change.item_id for c in customers.criteria):
            return True
        return change.path == "name" and any(c.id == change.item_id for c in customers.competitors)

    def rebound(self) -> None:
        self.matrix.refresh()
