"""Step 1 — strategy linkage (経営・事業戦略との接続): vision, mission, mid-term plan,
business strategy, priorities and the business goals marketing contributes to."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from ...model import Plan
from .. import fmt
from ..models.strategy_models import GoalsTableModel
from ..widgets.card import Card, clear_layout, empty_hint, text_label
from ..widgets.table import FittedTable
from .base import StepPage


class StrategyPage(StepPage):
    """Shows Step 1 of the plan (read-only for now)."""

    step = "1"

    def build(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(16)
        self.vision_card, self.mission_card = Card(), Card()
        row.addWidget(self.vision_card, 1)
        row.addWidget(self.mission_card, 1)
        self.layout_.addLayout(row)
        self.vision = self.vision_card.add(text_label(scale=1.2))
        self.mission = self.mission_card.add(text_label(scale=1.2))

        row = QHBoxLayout()
        row.setSpacing(16)
        self.midterm_card, self.strategy_card = Card(), Card()
        row.addWidget(self.midterm_card, 1)
        row.addWidget(self.strategy_card, 1)
        self.layout_.addLayout(row)
        self.midterm_body = QVBoxLayout()
        self.midterm_card.add_layout(self.midterm_body)
        self.strategy_body = QVBoxLayout()
        self.strategy_card.add_layout(self.strategy_body)

        self.goals_card = self.add_card()
        self.goals_model = GoalsTableModel(self.session.plan, self)
        self.goals_table = FittedTable(self.goals_model, widths=(14, 8, 9, 9, 7, 9, 12, 20, 12))
        self.goals_hint = empty_hint("")
        self.goals_card.add(self.goals_hint)
        self.goals_card.add(self.goals_table)

    def retranslate_static(self) -> None:
        self.vision_card.set_title(self.tr("Vision"))
        self.mission_card.set_title(self.tr("Mission"))
        self.midterm_card.set_title(self.tr("Mid-term business plan"))
        self.strategy_card.set_title(self.tr("Business strategy and priorities"))
        self.goals_card.set_title(self.tr("Business goals and marketing's contribution"))
        self.goals_hint.setText(self.tr("No business goals yet. Write down what the business must achieve "
                                        "(revenue, new customers, LTV…), with a baseline, a target and an owner."))

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 1"), self.tr("Strategy linkage"),
                        self.tr("Start from the business: the vision, the mid-term plan and the goals marketing "
                                "must contribute to, agreed across departments as a shared language."))
        s = plan.strategy
        self.vision.setText(s.vision or fmt.DASH)
        self.mission.setText(s.mission or fmt.DASH)
        self._fill_midterm(plan)
        self._fill_strategy(plan)
        self.goals_model.reload(plan)
        self.goals_hint.setVisible(not s.goals)
        self.goals_table.setVisible(bool(s.goals))

    def _fill_midterm(self, plan: Plan) -> None:
        body = self.midterm_body
        clear_layout(body)
        mtp = plan.strategy.mid_term_plan
        if not (mtp.title or mtp.summary or mtp.headline_targets or mtp.start_year):
            body.addWidget(empty_hint(self.tr("No mid-term plan yet: its period and headline targets go here.")))
            return
        period = ""
        if mtp.start_year or mtp.end_year:
            period = self.tr("FY%1 – FY%2").replace("%1", str(mtp.start_year or "?")).replace(
                "%2", str(mtp.end_year or "?"))
        body.addWidget(text_label(" · ".join(x for x in (mtp.title, period) if x), bold=True, scale=1.1))
        if mtp.summary:
            body.addWidget(text_label(mtp.summary))
        if mtp.headline_targets:
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            for n, target in enumerate(mtp.headline_targets):
                grid.addWidget(text_label(target.label or fmt.DASH), n, 0)
                grid.addWidget(text_label(fmt.value(target.value, target.unit, plan), bold=True), n, 1)
                grid.addWidget(text_label(self.tr("by FY%1").replace("%1", str(target.year)) if target.year else "",
                                          name="muted"), n, 2)
            grid.setColumnStretch(0, 1)
            body.addLayout(grid)

    def _fill_strategy(self, plan: Plan) -> None:
        body = self.strategy_body
        clear_layout(body)
        s = plan.strategy
        if not (s.business_strategy or s.priorities):
            body.addWidget(empty_hint(self.tr("No business strategy yet: where will the business grow, and how?")))
            return
        if s.business_strategy:
            body.addWidget(text_label(s.business_strategy))
        if s.priorities:
            body.addWidget(text_label(self.tr("Strategic priorities"), name="muted", bold=True))
            for n, priority in enumerate(s.priorities, start=1):
                body.addWidget(text_label(f"{n}. {priority.text}"))

    def select_item(self, item_id: str) -> bool:
        if self.goals_table.select_item(item_id):
            self.reveal_table(self.goals_table)
            return True
        return False

    def reveal_table(self, table: FittedTable) -> None:
        self.ensureWidgetVisible(table, 50, 80)


