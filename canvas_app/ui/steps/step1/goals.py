"""Step 1 — the business goals (経営・事業ゴール) marketing contributes to: a table of
goals, each a number with baseline, target, unit, deadline and owner; the selected
goal's detail (marketing's contribution, the departments that agreed) sits below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ....document import PlanChange
from ....model import BusinessGoal, new_id
from ....model.enums import GoalCategory
from ....text.labels import enum_label
from ....text.language import Language
from ...editing.binder import Binder
from ...editing.paths import plan_slot
from ...editing.table_editor import ItemTable
from ...editing.table_model import Column, ItemTableModel
from ...widgets.card import Card
from .columns import date_column, text_column, unit_column, value_column
from .goal_detail import GoalDetail

translate = QCoreApplication.translate
GOALS = plan_slot("strategy.goals")


def category_choices(lang: Language) -> list[tuple[GoalCategory, str]]:
    return [(category, enum_label(category, lang)) for category in GoalCategory]


def goal_model(binder: Binder, parent=None) -> ItemTableModel:
    """One row per business goal; cells still to fill in are tinted, not refused."""
    return ItemTableModel(binder, GOALS, [
        text_column(lambda: translate("StrategyPage", "Goal"), "name", 12, bold=True, required=True),
        Column(header=lambda: translate("StrategyPage", "Category"), path="category",
               choices=lambda plan: category_choices(binder.language), width=8),
        value_column(binder, lambda: translate("StrategyPage", "Baseline"), "baseline", 8, required=True),
        value_column(binder, lambda: translate("StrategyPage", "Target"), "target", 8, bold=True, required=True),
        unit_column(binder, lambda: translate("StrategyPage", "Unit"), width=7),
        date_column(lambda: translate("StrategyPage", "Deadline"), "deadline", 11, required=True),
        text_column(lambda: translate("StrategyPage", "Owner"), "owner", 10, required=True),
    ], parent)


def copy_name(name: str) -> str:
    return translate("StrategyPage", "%1 (copy)").replace("%1", name) if name else ""


class GoalsCard(Card):
    """The goals table and the selected goal's detail.

    Attributes:
        goals: the table with its buttons (``goals.model``, ``goals.table``).
        detail: the selected goal's contribution, agreement and notes.
    """

    topic = "goals"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setProperty("guidanceTopic", self.topic)
        self.binder = binder
        self.lead = QLabel()
        self.lead.setObjectName("muted")
        self.lead.setWordWrap(True)
        self.add(self.lead)
        self.goals = ItemTable(goal_model(binder, self), new_item=self._new_goal, copy_name=copy_name)
        self.add(self.goals)
        self.detail = GoalDetail(binder)
        self.add(self.detail)
        self.goals.currentItemChanged.connect(self.detail.set_goal)
        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(self._rebound)
        self._rebound()

    @staticmethod
    def _new_goal() -> BusinessGoal:
        return BusinessGoal(id=new_id("goal"))

    def retranslate(self) -> None:
        self.set_title(self.tr("Business goals and marketing's contribution"))
        self.lead.setText(self.tr("The business results marketing must contribute to. Enter adds a goal, Delete "
                                  "removes it, Ctrl+D duplicates it; type in a cell to change it."))
        self.detail.retranslate()

    def _plan_changed(self, change: PlanChange) -> None:
        if not self.goals.model.rowCount():
            self.detail.set_goal(None)

    def _rebound(self) -> None:
        """Another plan: show the first goal's detail (or none)."""
        first = self.goals.model.id_at(0)
        if first:
            self.goals.select_item(first)
        self.detail.set_goal(self.goals.current_id())
