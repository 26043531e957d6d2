"""Overview (全体像 / 1枚計画): the whole plan on one page, as cards in two columns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...model import Plan
from ...model.enums import InitiativeStatus, PersonaPriority, Status
from ...text.labels import enum_label
from .. import facts, fmt, theme
from ..widgets.card import Card, clear_layout, empty_hint, text_label
from ..widgets.gantt import STATUS_BAR_COLOURS
from ..widgets.grid import LabelGrid
from ..widgets import side_by_side
from ..widgets.link_row import LinkRow
from ..widgets.status import StatusLight, dot_pixmap
from .base import StepPage


#: Findings listed before "Show all" (the overview must stay one page on a projector).
FINDINGS_SHOWN = 5

#: Below this page width (pixels at 100 % zoom) the two columns are stacked: a zoomed-in
#: overview on a 1280-pixel projector would otherwise be cut off at the right.
TWO_COLUMNS_MIN_WIDTH = 950


class OverviewPage(StepPage):
    """Goals, personas, top KPIs, roadmap, next review and the health check.

    Attributes:
        finding_rows: one row per health finding (click → go to the item).
        goal_rows: goal id → the first widget of its row.
    """

    step = "overview"

    def build(self) -> None:
        self.today = dt.date.today()
        self.columns = columns = QHBoxLayout()
        columns.setSpacing(16)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        for column, stretch in ((self.left, 6), (self.right, 5)):
            column.setSpacing(16)
            columns.addLayout(column, stretch)
        self.layout_.addLayout(columns)
        self.goals_card, self.personas_card, self.roadmap_card = Card(), Card(), Card()
        self.kpi_card, self.review_card, self.health_card = Card(), Card(), Card()
        for card in (self.goals_card, self.kpi_card, self.personas_card):
            self.left.addWidget(card)
        for card in (self.health_card, self.review_card, self.roadmap_card):
            self.right.addWidget(card)
        self.show_all_findings = False
        self.left.addStretch(1)
        self.right.addStretch(1)
        self.finding_rows: list[LinkRow] = []
        self.goal_rows: dict[str, QWidget] = {}

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_columns()

    def _apply_zoom_sizes(self) -> None:
        super()._apply_zoom_sizes()
        if hasattr(self, "columns"):
            self._arrange_columns()

    def _arrange_columns(self) -> None:
        """Side by side when the page is wide enough at this zoom, else one under the other."""
        side_by_side.arrange(self.columns, self.viewport().width(), TWO_COLUMNS_MIN_WIDTH)
        self.columns.setSpacing(theme.px(16))

    def retranslate_static(self) -> None:
        self.goals_card.set_title(self.tr("Business goals"))
        self.personas_card.set_title(self.tr("Personas and value"))
        self.roadmap_card.set_title(self.tr("Execution roadmap"))
        self.kpi_card.set_title(self.tr("Key KPIs"))
        self.review_card.set_title(self.tr("Review cycle"))
        self.health_card.set_title(self.tr("CMO thinking check"))

    def fill(self, plan: Plan) -> None:
        lang = self.binder.language
        s = plan.settings
        title = s.title.strip() or self.tr("Untitled plan")
        subtitle = " · ".join(x for x in (s.company_name.strip(), fmt.fiscal_year(plan, lang),
                                          self.tr("Amounts in %1").replace("%1", fmt.money_unit_suffix(s.money_unit, lang))) if x)
        self.set_header(self.tr("Overview"), title, subtitle)
        self._fill_goals(plan)
        self._fill_personas(plan)
        self._fill_kpis(plan)
        self._fill_roadmap(plan)
        self._fill_review(plan)
        self._fill_health(plan)

    # -- cards ---------------------------------------------------------------------------
    def _fill_goals(self, plan: Plan) -> None:
        body = self.goals_card.body
        clear_layout(body)
        self.goal_rows = {}
        if not plan.strategy.goals:
            body.addWidget(empty_hint(self.tr("No business goals yet. Step 1 starts from them.")))
            return
        rows = []
        for goal in plan.strategy.goals:
            change = fmt.change(goal.baseline, goal.target, goal.unit, plan, self.binder.language)
            name = text_label(goal.name or self.tr("(unnamed goal)"), bold=True)
            rows.append([name, change, fmt.short_date(goal.deadline), goal.owner or fmt.DASH])
        grid = LabelGrid([self.tr("Goal"), self.tr("Baseline → target"), self.tr("Deadline"), self.tr("Owner")],
                         rows, stretch=(4, 3, 2, 3))
        body.addWidget(grid)
        self.goal_rows = {g.id: w for g, w in zip(plan.strategy.goals, grid.row_widgets, strict=False)}

    def _fill_personas(self, plan: Plan) -> None:
        body = self.personas_card.body
        clear_layout(body)
        personas = plan.customers.personas
        if not personas:
            body.addWidget(empty_hint(self.tr("No personas yet: who are the customers we win? (Step 2)")))
            return
        statements = {vp.persona_id: vp.statement for vp in plan.customers.value_propositions if vp.statement}
        for persona in personas:
            row = QHBoxLayout()
            name = text_label(persona.name or self.tr("(unnamed persona)"), bold=True, scale=1.05)
            row.addWidget(name, 1)
            priority = QLabel(enum_label(persona.priority, self.binder.language))
            colour = theme.ACCENT if persona.priority == PersonaPriority.PRIMARY else theme.MUTED
            priority.setStyleSheet(f"color: white; background: {colour}; border-radius: 4px; padding: 1px 8px;")
            row.addWidget(priority, 0, Qt.AlignmentFlag.AlignTop)
            body.addLayout(row)
            if persona.segment:
                body.addWidget(text_label(persona.segment, name="muted"))
            statement = statements.get(persona.id)
            if statement:
                body.addWidget(text_label(f"“{statement}”"))

    def _fill_kpis(self, plan: Plan) -> None:
        lang = self.binder.language
        body = self.kpi_card.body
        clear_layout(body)
        roots = facts.kpi_roots(plan)
        if not roots:
            body.addWidget(empty_hint(self.tr("No KPI tree yet: break a business goal down in Step 3.")))
            return
        all_facts = facts.kpi_facts(plan)
        rows = []
        for node in roots:
            f = all_facts[node.id]
            target = node.target if node.target is not None else f.value
            name = QWidget()
            box = QVBoxLayout(name)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            box.addWidget(text_label(node.name or node.id, bold=True))
            box.addWidget(text_label(fmt.unit_name(node.unit, plan, lang), name="muted", scale=0.9))
            rows.append([
                name,
                fmt.bare(f.value, node.unit, plan, lang),
                fmt.bare(target, node.unit, plan, lang),
                fmt.bare(f.latest_actual, node.unit, plan, lang),
                StatusLight(f.status, lang),
            ])
        body.addWidget(LabelGrid([self.tr("KPI"), self.tr("Plan (tree)"), self.tr("Target"),
                                  self.tr("Latest actual"), self.tr("Status")], rows,
                                 stretch=(3, 2, 2, 2, 2), right_aligned=(1, 2, 3)))

    def _fill_roadmap(self, plan: Plan) -> None:
        lang = self.binder.language
        body = self.roadmap_card.body
        clear_layout(body)
        summary = facts.roadmap_summary(plan)
        count = len(plan.roadmap.initiatives)
        if not count:
            body.addWidget(empty_hint(self.tr("No initiatives yet: plan what will move the KPIs (Step 3).")))
            return
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        figures.setVerticalSpacing(2)
        span = f"{fmt.date(summary.start, lang)} – {fmt.date(summary.end, lang)}"
        for col, (caption, value) in enumerate([
            (self.tr("Initiatives"), str(count)),
            (self.tr("Total budget"), fmt.money(summary.total_budget, plan.settings.money_unit, lang)),
            (self.tr("Schedule"), span),
        ]):
            figures.addWidget(text_label(caption, name="muted", wrap=False), 0, col)
            figures.addWidget(text_label(value, name="bigNumber", scale=1.2, bold=True), 1, col)
        body.addLayout(figures)
        statuses = QHBoxLayout()
        statuses.setSpacing(8)
        for status in InitiativeStatus:
            n = summary.by_status.get(status, 0)
            if n:
                chip = QLabel(f"{enum_label(status, lang)}  {n}")
                colour = STATUS_BAR_COLOURS[status]
                chip.setStyleSheet(f"border: 1px solid {colour}; color: {theme.INK}; border-radius: 4px; "
                                   "padding: 1px 8px;")
                statuses.addWidget(chip)
        statuses.addStretch(1)
        body.addLayout(statuses)

    def _fill_review(self, plan: Plan) -> None:
        lang = self.binder.language
        body = self.review_card.body
        clear_layout(body)
        outlook = facts.review_outlook(plan, self.today)
        cadence = plan.review.cadence
        body.addWidget(text_label(self.tr("KPI review: %1 · Strategy review: %2").replace(
            "%1", enum_label(cadence.kpi_review, lang)).replace("%2", enum_label(cadence.strategy_review, lang))))
        if outlook.next_meeting is not None:
            meeting = outlook.next_meeting
            body.addWidget(text_label(self.tr("Next review: %1 (%2)").replace("%1", fmt.date(meeting.date, lang)).replace(
                "%2", enum_label(meeting.kind, lang)), bold=True, scale=1.15))
        else:
            body.addWidget(text_label(self.tr("No review scheduled. Put the next one in the calendar (Step 4)."),
                                      name="muted"))
        for meeting in outlook.overdue:
            warn = text_label(self.tr("Overdue: review planned for %1 has not been held.").replace(
                "%1", fmt.date(meeting.date, lang)))
            warn.setStyleSheet(f"color: {theme.STATUS_COLOURS[Status.OFF_TRACK]}; font-weight: bold;")
            body.addWidget(warn)
        if outlook.open_actions:
            text = self.tr("Open action items: %1").replace("%1", str(outlook.open_actions))
            if outlook.overdue_actions:
                text += " · " + self.tr("overdue: %1").replace("%1", str(outlook.overdue_actions))
            body.addWidget(text_label(text))

    def _fill_health(self, plan: Plan) -> None:
        body = self.health_card.body
        clear_layout(body)
        self.finding_rows = []
        found = facts.findings(plan, self.today, self.binder.language)
        if not found:
            ok = QHBoxLayout()
            dot = QLabel()
            dot.setPixmap(dot_pixmap(theme.STATUS_COLOURS[Status.ON_TRACK], 16))
            ok.addWidget(dot)
            ok.addWidget(text_label(self.tr("No gaps found: goals, KPIs, initiatives and reviews are connected.")), 1)
            body.addLayout(ok)
            return
        intro = text_label(self.tr("%1 points to look at. Click one to go to it.").replace("%1", str(len(found))),
                           name="muted")
        body.addWidget(intro)
        shown = found if self.show_all_findings else found[:FINDINGS_SHOWN]
        for finding in shown:
            row = LinkRow(finding.message, theme.SEVERITY_COLOURS.get(finding.severity, theme.MUTED))
            row.setProperty("item_id", finding.item_id or "")
            row.setProperty("step", finding.step)
            row.activated.connect(lambda f=finding: self.navigateRequested.emit(f.step, f.item_id or ""))
            self.finding_rows.append(row)
            body.addWidget(row)
        if len(found) > FINDINGS_SHOWN:
            toggle = QPushButton(self.tr("Show fewer") if self.show_all_findings else
                                 self.tr("Show all %1 points").replace("%1", str(len(found))))
            toggle.setObjectName("findingsToggle")
            toggle.setFlat(True)
            toggle.setStyleSheet(f"color: {theme.ACCENT}; font-weight: bold; text-align: left; padding: 4px;")
            toggle.clicked.connect(self._toggle_findings)
            self.findings_toggle = toggle
            body.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)

    def _toggle_findings(self) -> None:
        self.show_all_findings = not self.show_all_findings
        self._fill_health(self.plan)

    def select_item(self, item_id: str) -> bool:
        widget = self.goal_rows.get(item_id)
        if widget is None:
            return False
        self.reveal(widget)
        return True
