"""Step 3, part 2 — the execution roadmap (実行ロードマップ): a summary, the table of
initiatives edited from the keyboard with the chart beside it (``gantt_slot``), the
selected initiative's form below, and the budget per business goal.

The table and the form follow the plan by themselves; the summary, the chart and the
budgets are worked out again after an edit only while the tab is shown (else when it is
shown next).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....document import PlanChange
from ....model import Plan
from ....model.references import milestone_owner
from ... import facts, fmt, theme
from ...editing.binder import Binder
from ...widgets.card import Card, clear_layout, empty_hint, text_label
from ...widgets.gantt import status_legend
from ...widgets.gantt_view import GanttView
from ...widgets.side_by_side import SideBySide
from ...widgets.grid import FlowLayout, stacked
from ...widgets.status import dot_pixmap
from ..step2.section import Section
from .budget_strip import BudgetStrip
from .initiative_form import InitiativeForm
from .initiatives import InitiativesTable

#: The chart's least width beside the table (pixels at 100 %): narrower, it scrolls sideways.
GANTT_MIN_WIDTH = 330
#: From this page width (pixels at 100 %) the chart sits beside the table, else under it.
SIDE_BY_SIDE_WIDTH = 900
#: The chart's zooms, in the order of the zoom list.
ZOOMS = ("month", "quarter")


class RoadmapSection(Section):
    """The roadmap of initiatives and the budget per goal.

    Attributes:
        initiatives: the table of initiatives with its buttons (``InitiativesTable``).
        initiatives_model / initiatives_table: its model and its view.
        gantt_slot: the layout to the right of the table where the chart sits.
        gantt: the chart now in ``gantt_slot``.
        form: the selected initiative's form (``InitiativeForm``).
    """

    name = "roadmap"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.px(8), 0, 0)
        self.roadmap_card = Card()
        layout.addWidget(self.roadmap_card)
        self.summary = FlowLayout(spacing=32)
        self.roadmap_card.add_layout(self.summary)
        self.roadmap_hint = self.roadmap_card.add(empty_hint(""))

        zoom_row = QHBoxLayout()
        zoom_row.addStretch(1)
        self.zoom_caption = QLabel()
        zoom_row.addWidget(self.zoom_caption)
        self.zoom_choice = QComboBox()
        self.zoom_choice.addItems(["", ""])
        self.zoom_caption.setBuddy(self.zoom_choice)
        zoom_row.addWidget(self.zoom_choice)
        self.roadmap_card.add_layout(zoom_row)

        # Side by side on a page wide enough; zoomed in on a 1280 px window the chart goes
        # under the table (still row for row, sharing its scroll) instead of pushing the
        # page past the window's edge.
        beside = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        beside.setSpacing(theme.px(8))
        self.initiatives = InitiativesTable(binder)
        self.initiatives_model = self.initiatives.model
        self.initiatives_table = self.initiatives.view
        beside.addWidget(self.initiatives, 5, Qt.AlignmentFlag.AlignTop)
        # The chart beside the table, row for row: the same row and heading heights, one
        # vertical scroll, one selection; the budget strip under the chart's periods.
        self.gantt_slot = QVBoxLayout()
        self.gantt_slot.setSpacing(0)
        self.gantt = GanttView(binder)
        self.gantt.setMinimumWidth(theme.px(GANTT_MIN_WIDTH))
        self.gantt_slot.addWidget(self.gantt)
        self.budget_strip = BudgetStrip(binder)
        self.gantt_slot.addWidget(self.budget_strip)
        self.gantt_slot.addStretch(1)
        beside.addLayout(self.gantt_slot, 4)
        self.roadmap_card.add_layout(beside)
        self.arrangement = SideBySide(self, beside, SIDE_BY_SIDE_WIDTH, lambda wide: self._line_up())
        self.initiatives_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.gantt.share_vertical_scroll(self.initiatives_table.verticalScrollBar())
        self.gantt.selectionChanged.connect(self._chart_selected)
        self.gantt.refused.connect(self.initiatives.show_refusal)
        self.gantt.horizontalScrollBar().valueChanged.connect(lambda _v: self._line_up())
        self.zoom_choice.currentIndexChanged.connect(self._zoom_chosen)
        self.legend = FlowLayout(spacing=16)
        self.roadmap_card.add_layout(self.legend)
        self.keys_hint = self.roadmap_card.add(text_label(name="muted"))

        self.form = InitiativeForm(binder)
        layout.addWidget(self.form)
        self.goal_budget_card = Card()
        layout.addWidget(self.goal_budget_card)
        self.goal_budget_body = QVBoxLayout()
        self.goal_budget_card.add_layout(self.goal_budget_body)
        layout.addStretch(1)
        self._dirty = True
        self._fill_pending = False
        self.initiatives.selectionChanged.connect(self._follow)

    def title(self) -> str:
        return self.tr("Roadmap")

    def retranslate(self) -> None:
        self.roadmap_card.set_title(self.tr("Execution roadmap"))
        self.zoom_caption.setText(self.tr("&Chart by"))
        self.zoom_choice.setItemText(0, self.tr("Month"))
        self.zoom_choice.setItemText(1, self.tr("Quarter"))
        self.goal_budget_card.set_title(self.tr("Budget per business goal"))
        self.roadmap_hint.setText(self.tr("No initiatives yet: what will the team do to move the KPIs, "
                                          "who is responsible, when, and with what budget? Press Enter in the "
                                          "table to add the first one."))
        self.keys_hint.setText(self.tr("Keys in the table: Enter adds an initiative, Delete removes it, Ctrl+D "
                                       "duplicates it, Alt+↑/↓ move it; type in a cell to change it. Its other "
                                       "fields and its milestones are in the form below."))
        self.initiatives.retranslate()
        self.form.retranslate()
        model = self.initiatives_model
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._dirty = True
        if self.isVisible():
            self.fill()

    def plan_changed(self, change: PlanChange) -> None:
        # Once per turn of the event loop, not per announcement: a drag or a removal is
        # several field edits in one command, and 1,000 initiatives cost milliseconds a fill.
        self._dirty = True
        if self.isVisible() and not self._fill_pending:
            self._fill_pending = True
            QTimer.singleShot(0, self._catch_up)

    def _catch_up(self) -> None:
        self._fill_pending = False
        if self._dirty and self.isVisible():
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
        """Select an initiative in the table, or a milestone's initiative and the milestone."""
        if self._dirty:
            self.fill()
        if self.initiatives.select(item_id):
            self.initiatives_table.setFocus()
            return True
        owner = milestone_owner(self.binder.plan, item_id)
        if owner is not None and self.select_item(owner.id):
            self.form.milestones.select_item(item_id)
            return True
        return False

    def _follow(self, initiative_id: str) -> None:
        self.form.set_initiative(initiative_id)
        if self.gantt.selected() != (initiative_id or None):
            self.gantt.select(initiative_id or None)

    def _chart_selected(self, initiative_id: str) -> None:
        if initiative_id and self.initiatives.view.currentIndex().isValid() \
                and self.initiatives.current_id() == initiative_id:
            return
        if initiative_id:
            self.initiatives.select(initiative_id)

    def _zoom_chosen(self, index: int) -> None:
        zoom = ZOOMS[index] if 0 <= index < len(ZOOMS) else ZOOMS[0]
        self.gantt.set_zoom(zoom)
        self.budget_strip.set_zoom(zoom)
        self._line_up()

    def _line_up(self) -> None:
        """The chart as tall as the table, row for row; the strip's columns under the
        chart's periods (also after a scroll sideways, a zoom or a resize)."""
        view = self.initiatives_table
        self.gantt.set_row_height(self.initiatives.row_height())
        self.gantt.set_header_height(self.initiatives.header_height())
        self.gantt.setFixedHeight(view.height())
        scale = self.gantt.geometry_now().scale
        periods = max(1, len(self.budget_strip.figures.periods))
        left = self.gantt.viewport().x() + self.gantt.viewport_x(scale.first)
        self.budget_strip.set_column_geometry(left, scale.width / periods)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._line_up()

    def _fill_roadmap(self, plan: Plan) -> None:
        lang = self.binder.language
        clear_layout(self.summary)
        clear_layout(self.legend)
        has = bool(plan.roadmap.initiatives)
        self.gantt.setVisible(has)
        self.budget_strip.setVisible(has)
        self._line_up()
        self.roadmap_hint.setVisible(not has)
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
        for colour, label in status_legend(lang):
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
        budgets = self.budget_strip.figures.goals  # worked out once for the strip and this card
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
