"""Step 3, part 2 — the execution roadmap (実行ロードマップ): the initiatives as a
summary, a Gantt and a table, and the budget per business goal. Shown, not yet edited
here: it fills itself from the plan whenever the plan changes while it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....document import PlanChange
from ....model import Plan
from ... import facts, fmt, theme
from ...editing.binder import Binder
from ...widgets.card import Card, clear_layout, empty_hint, text_label
from ...widgets.gantt import GanttChart
from ...widgets.grid import FlowLayout, stacked
from ...widgets.status import dot_pixmap
from ...widgets.table import FittedTable
from ..step2.section import Section
from .roadmap_models import InitiativesModel


class RoadmapSection(Section):
    """The roadmap of initiatives and the budget per goal."""

    name = "roadmap"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.px(8), 0, 0)
        self.roadmap_card = Card()
        layout.addWidget(self.roadmap_card)
        self.summary = FlowLayout(spacing=32)
        self.roadmap_card.add_layout(self.summary)
        self.gantt = GanttChart(binder.plan, binder.language)
        self.roadmap_card.add(self.gantt)
        self.legend = FlowLayout(spacing=16)
        self.roadmap_card.add_layout(self.legend)
        self.initiatives_model = InitiativesModel(binder, self)
        self.initiatives_table = FittedTable(self.initiatives_model, widths=(20, 11, 9, 9, 10, 9, 14, 9, 9))
        self.roadmap_card.add(self.initiatives_table)
        self.roadmap_hint = self.roadmap_card.add(empty_hint(""))

        self.goal_budget_card = Card()
        layout.addWidget(self.goal_budget_card)
        self.goal_budget_body = QVBoxLayout()
        self.goal_budget_card.add_layout(self.goal_budget_body)
        layout.addStretch(1)
        self._dirty = True

    def title(self) -> str:
        return self.tr("Roadmap")

    def retranslate(self) -> None:
        self.roadmap_card.set_title(self.tr("Execution roadmap"))
        self.goal_budget_card.set_title(self.tr("Budget per business goal"))
        self.roadmap_hint.setText(self.tr("No initiatives yet: what will the team do to move the KPIs, "
                                          "who is responsible, when, and with what budget?"))
        self._dirty = True
        if self.isVisible():
            self.fill()

    def plan_changed(self, change: PlanChange) -> None:
        self._dirty = True
        if self.isVisible():
            self.fill()

    def rebound(self) -> None:
        self.plan_changed(PlanChange())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.fill()
        super().showEvent(event)

    def fill(self) -> None:
        self._dirty = False
        plan = self.binder.plan
        self._fill_roadmap(plan)
        self._fill_goal_budgets(plan)

    def select_item(self, item_id: str) -> bool:
        if self._dirty:
            self.fill()
        if self.initiatives_table.select_item(item_id):
            self.gantt.highlighted = item_id
            self.gantt.update()
            return True
        for initiative in self.binder.plan.roadmap.initiatives:
            if any(m.id == item_id for m in initiative.milestones):
                return self.select_item(initiative.id)
        return False

    def _fill_roadmap(self, plan: Plan) -> None:
        lang = self.binder.language
        clear_layout(self.summary)
        clear_layout(self.legend)
        has = bool(plan.roadmap.initiatives)
        self.gantt.set_plan(plan, lang)
        for widget in (self.gantt, self.initiatives_table):
            widget.setVisible(has)
        self.roadmap_hint.setVisible(not has)
        self.initiatives_model.reset()
        if not has:
            return
        summary = facts.roadmap_summary(plan)
        for caption, value in (
            (self.tr("Initiatives"), str(len(plan.roadmap.initiatives))),
            (self.tr("Total budget"), fmt.money(summary.total_budget, plan.settings.money_unit, lang)),
            (self.tr("Schedule"), f"{fmt.date(summary.start, lang)} – {fmt.date(summary.end, lang)}"),
        ):
            self.summary.addWidget(stacked(text_label(caption, name="muted", wrap=False),
                                           text_label(value, bold=True, scale=1.25, wrap=False)))
        for colour, label in self.gantt.legend():
            entry = QWidget()  # the dot stays with its label when the legend wraps
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            dot = QLabel()
            dot.setPixmap(dot_pixmap(colour, theme.px(14)))
            row.addWidget(dot)
            row.addWidget(QLabel(label))
            self.legend.addWidget(entry)
        self.legend.addWidget(QLabel("◆ " + self.tr("Milestone")))
        line = QLabel("┆ " + self.tr("Today"))
        line.setStyleSheet("color: #c62828;")
        self.legend.addWidget(line)

    def _fill_goal_budgets(self, plan: Plan) -> None:
        lang = self.binder.language
        clear_layout(self.goal_budget_body)
        budgets = facts.goal_budgets(plan)
        self.goal_budget_card.setVisible(bool(plan.roadmap.initiatives))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        names = {g.id: g.name for g in plan.strategy.goals}
        row = 0
        for goal_id, yen in budgets.by_goal.items():
            grid.addWidget(text_label(names.get(goal_id, goal_id)), row, 0)
            grid.addWidget(text_label(fmt.money(yen, plan.settings.money_unit, lang), bold=True), row, 1,
                           Qt.AlignmentFlag.AlignRight)
            row += 1
        if budgets.unassigned:
            muted = text_label(self.tr("Not linked to a goal"), name="muted")
            grid.addWidget(muted, row, 0)
            grid.addWidget(text_label(fmt.money(budgets.unassigned, plan.settings.money_unit, lang)), row, 1,
                           Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(2, 1)
        self.goal_budget_body.addLayout(grid)
