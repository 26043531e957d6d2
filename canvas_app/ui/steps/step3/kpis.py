"""Step 3 — KPIs, the KPI tree and the execution roadmap (KPI・KPIツリー・実行ロードマップ)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....model import Plan
from ... import facts, fmt, theme
from ...widgets.card import clear_layout, empty_hint, text_label
from ...widgets.gantt import GanttChart
from ...widgets.grid import FlowLayout, stacked
from ...widgets.status import dot_pixmap
from ...widgets.table import FittedTable, FittedTree
from ..base import StepPage
from .kpi_tree_model import KpiTreeModel
from .roadmap_models import InitiativesModel


class KpiPage(StepPage):
    """The KPI tree with computed values and status; the roadmap as table and Gantt."""

    step = "3"

    def build(self) -> None:
        lang = self.binder.language
        self.tree_card = self.add_card()
        self.tree_model = KpiTreeModel(self.session.plan, self, language=lang)
        self.tree = FittedTree(self.tree_model, flexible={0: 7, 1: 3, 7: 2})
        self.tree_hint = self.tree_card.add(empty_hint(""))
        self.tree_card.add(self.tree)
        self.tree_note = self.tree_card.add(text_label(name="muted"))

        self.roadmap_card = self.add_card()
        self.summary = FlowLayout(spacing=32)
        self.roadmap_card.add_layout(self.summary)
        self.gantt = GanttChart(self.session.plan, lang)
        self.roadmap_card.add(self.gantt)
        self.legend = FlowLayout(spacing=16)
        self.roadmap_card.add_layout(self.legend)
        self.initiatives_model = InitiativesModel(self.binder, self)
        self.initiatives_table = FittedTable(self.initiatives_model, widths=(20, 11, 9, 9, 10, 9, 14, 9, 9))
        self.roadmap_card.add(self.initiatives_table)
        self.roadmap_hint = self.roadmap_card.add(empty_hint(""))

        self.goal_budget_card = self.add_card()
        self.goal_budget_body = QVBoxLayout()
        self.goal_budget_card.add_layout(self.goal_budget_body)

    def retranslate_static(self) -> None:
        self.tree_card.set_title(self.tr("KPI tree"))
        self.roadmap_card.set_title(self.tr("Execution roadmap"))
        self.goal_budget_card.set_title(self.tr("Budget per business goal"))
        self.tree_hint.setText(self.tr("No KPI tree yet. Start from a business goal and break it down: "
                                       "revenue = deals × deal size, deals = opportunities × win rate, …"))
        self.tree_note.setText(self.tr("Plan (tree) is what the tree computes from its inputs; "
                                       "status compares the latest actual with the target to date."))
        self.roadmap_hint.setText(self.tr("No initiatives yet: what will the team do to move the KPIs, "
                                          "who is responsible, when, and with what budget?"))

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 3"), self.tr("KPIs and roadmap"),
                        self.tr("Break the business goal down into a KPI tree, work back from the target "
                                "(back-calculation), and plan the initiatives that move each KPI."))
        self.tree_model.reload(plan, self.binder.language)
        has_tree = bool(plan.kpis.nodes)
        self.tree.setVisible(has_tree)
        self.tree_note.setVisible(has_tree)
        self.tree_hint.setVisible(not has_tree)
        self._fill_roadmap(plan)
        self._fill_goal_budgets(plan)

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

    def select_item(self, item_id: str) -> bool:
        index = self.tree_model.index_of(item_id)
        if index.isValid():
            self.tree.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.setCurrentIndex(index)
            rect = self.tree.visualRect(index)
            self.ensureVisible(0, self.tree.mapTo(self.widget(), rect.center()).y(), 50, 120)
            return True
        if self.initiatives_table.select_item(item_id):
            self.gantt.highlighted = item_id
            self.gantt.update()
            self.ensureWidgetVisible(self.gantt, 50, 80)
            return True
        for initiative in self.plan.roadmap.initiatives:
            if any(m.id == item_id for m in initiative.milestones):
                return self.select_item(initiative.id)
        return False


