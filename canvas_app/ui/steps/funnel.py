"""The revenue funnel (the CRO view): Marketing → Inside Sales → Sales → Customer
Success, worked back from the revenue target — and edited where it shows its inputs.

The page is built once: its fields (conversion rates, days per stage, deal size, the
existing-customer drivers, ``funnel_inputs``) follow their KPIs, and ``fill`` only
writes the computed figures again — required volumes, by-when dates, coverage, weak
links, what blocks the funnel — so a committed edit never takes the focus or a
half-typed value away. A plan without a funnel tree is offered one from step 1's
revenue goal (one undo step).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...calc import funnel_template
from ...calc.funnel import FunnelAnalysis
from ...calc.funnel_roles import CHAIN, nodes_by_role
from ...commands.kpi_tree import start_from_template
from ...model import Plan
from ...model.enums import FunnelRole as R
from ...model.enums import Status, Unit
from ...text.funnel_blocks import block_message
from ...text.kpi_templates import template_titles
from ...text.labels import enum_label
from .. import facts, fmt, theme
from ..widgets.card import Card, clear_layout, text_label
from ..widgets.funnel_chart import FunnelChart
from ..widgets.grid import FlowLayout, stacked
from ..widgets.link_row import LinkRow
from .base import StepPage
from .funnel_inputs import InputCell, LinkEditor

#: The existing-customer drivers edited on the page, in the formula's order.
EXISTING_INPUTS = (R.CUSTOMERS, R.RETENTION_RATE, R.REVENUE_PER_CUSTOMER, R.EXPANSION_RATE)


class FunnelPage(StepPage):
    """Required volumes per stage, conversion rates, coverage and weak links.

    Attributes:
        links: volume → the editor of its link to the next stage (rate and days).
        deal_size, existing: the other inputs (``InputCell``), by role for the latter.
        blocked_rows: the sentences saying what keeps a volume from being worked out.
    """

    step = "funnel"

    def build(self) -> None:
        self.today = dt.date.today()
        self.analysis: FunnelAnalysis | None = None
        self._build_offer()
        self._build_summary()
        self.chart_card = self.add_card()
        self.chart = FunnelChart()
        self.links = {volume: LinkEditor(self.binder) for volume, *_ in CHAIN[:-1]}
        self.chart.set_links(self.links)
        self.chart_card.add(self.chart)
        self.blocked_box = QVBoxLayout()
        self.chart_card.add_layout(self.blocked_box)
        self.blocked_rows: list[LinkRow] = []

        row = QHBoxLayout()
        row.setSpacing(16)
        self.existing_card, self.weak_card = Card(), Card()
        row.addWidget(self.existing_card, 1)
        row.addWidget(self.weak_card, 1)
        self.layout_.addLayout(row)
        self._build_existing()
        self.weak_body = QVBoxLayout()
        self.weak_card.add_layout(self.weak_body)
        self.weak_rows: list[LinkRow] = []
        for link in self.links.values():  # a refusal under a field makes its link taller
            for cell in (link.rate, link.days):
                cell.errorShown.connect(lambda _message: self.chart.relayout())

    def _build_offer(self) -> None:
        """Shown on a plan without a funnel tree: what is missing, and a tree to start from."""
        self.offer_card = self.add_card()
        self.offer_text = self.offer_card.add(text_label(selectable=False))
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        self.template_buttons: dict[str, QPushButton] = {}
        for kind in funnel_template.TEMPLATES:
            button = QPushButton()
            button.setObjectName(f"template-{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: self.start_tree(k))
            buttons.addWidget(button)
            self.template_buttons[kind] = button
        self.offer_card.add_layout(buttons)

    def _build_summary(self) -> None:
        self.summary_card = self.add_card()
        self.summary = FlowLayout(spacing=28)  # wraps on a narrow (zoomed-in) page
        self.summary_card.add_layout(self.summary)
        self.captions: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        for key in ("target", "coverage", "actual_coverage", "as_of"):
            self.captions[key] = text_label(name="muted", wrap=False)
            self.figures[key] = text_label(bold=True, scale=1.3, wrap=False)
            self.summary.addWidget(stacked(self.captions[key], self.figures[key]))
            if key == "target":  # the deal size, an input, right after the target
                self.captions["deal"] = text_label(name="muted", wrap=False)
                self.deal_size = InputCell(self.binder)
                self.summary.addWidget(stacked(self.captions["deal"], self.deal_size))

    def _build_existing(self) -> None:
        self.existing_hint = self.existing_card.add(text_label(name="emptyHint", selectable=False))
        self.existing_grid = QWidget()
        grid = QGridLayout(self.existing_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        self.existing_labels: dict[R, QLabel] = {}
        self.existing: dict[R, InputCell] = {}
        for n, role in enumerate(EXISTING_INPUTS):
            self.existing_labels[role] = text_label()
            self.existing[role] = InputCell(self.binder)
            grid.addWidget(self.existing_labels[role], n, 0)
            grid.addWidget(self.existing[role], n, 1)
        self.existing_total_label = text_label(bold=True)
        self.existing_total = text_label(bold=True, scale=1.25)
        grid.addWidget(self.existing_total_label, len(EXISTING_INPUTS), 0)
        grid.addWidget(self.existing_total, len(EXISTING_INPUTS), 1)
        grid.setColumnStretch(2, 1)
        self.existing_card.add(self.existing_grid)

    def _cells(self) -> list[InputCell]:
        return [self.deal_size, *self.existing.values(), *(c for link in self.links.values()
                                                           for c in (link.rate, link.days))]

    def retranslate_static(self) -> None:
        self.offer_card.set_title(self.tr("No revenue funnel yet"))
        self.summary_card.set_title(self.tr("Revenue target and coverage"))
        self.chart_card.set_title(self.tr("What each stage must deliver"))
        self.existing_card.set_title(self.tr("Existing customers (Customer Success)"))
        self.weak_card.set_title(self.tr("Weak links"))
        self.captions["deal"].setText(self.tr("Average deal size"))
        self.captions["coverage"].setText(self.tr("Required pipeline coverage"))
        self.captions["actual_coverage"].setText(self.tr("Actual pipeline coverage"))
        self.captions["as_of"].setText(self.tr("Actuals as of"))
        for link in self.links.values():
            link.set_captions(self.tr("conversion to the next stage"), self.tr("days to the next stage"))
        self.existing_hint.setText(self.tr(
            "No existing-customer KPIs yet: customers × retention × revenue per customer × (1 + expansion)."))
        for kind, title in template_titles(self.binder.language).items():
            self.template_buttons[kind].setText(title)

    # -- following the plan (nothing is rebuilt: see the module docstring) ---------------
    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Revenue funnel"), self.tr("One revenue process"),
                        self.tr("Revenue is the result of one flow: Marketing → Inside Sales → Sales → Customer "
                                "Success. From the revenue target, what each stage must produce, and where it leaks."))
        analysis = self.analysis = facts.analyse_funnel(plan, None)
        has = analysis.has_funnel
        self.offer_card.setVisible(not has)
        self.chart_card.setVisible(has)
        self.existing_card.setVisible(has)
        self._fill_offer(plan)
        self._fill_summary(plan, analysis)
        if has:
            self._fill_links(plan, analysis)
            self.chart.set_analysis(plan, analysis, self.binder.language)
            self._fill_blocked(plan, analysis)
            self._fill_existing(plan, analysis)
        self._fill_weak_links(plan, analysis)

    def _fill_offer(self, plan: Plan) -> None:
        goal = funnel_template.revenue_goal(plan)
        if goal is None:
            text = self.tr("No KPI has a funnel role yet, and step 1 has no revenue goal to work back from. Start "
                           "a revenue tree here and give its root a target, or add a revenue goal in step 1 first.")
        elif goal.target is None:
            text = self.tr("No KPI has a funnel role yet. Step 1's revenue goal “%1” has no target: start a "
                           "revenue tree from it here, then give it a target.").replace("%1", goal.name)
        else:
            text = self.tr("No KPI has a funnel role yet. Start a revenue tree from step 1's revenue goal “%1” "
                           "(%2): the funnel is worked back from it as soon as you type the conversion rates "
                           "and the deal size.").replace("%1", goal.name).replace(
                               "%2", fmt.money(goal.target, plan.settings.money_unit, self.binder.language))
        self.offer_text.setText(text)
        read_only = self.binder.read_only
        for button in self.template_buttons.values():
            button.setEnabled(not read_only)

    def start_tree(self, kind: str) -> None:
        """Build the revenue tree ``kind`` from step 1's revenue goal (one undo step)."""
        self.binder.run(lambda: start_from_template(self.session, kind, self.binder.language)[0])

    def _fill_summary(self, plan: Plan, analysis: FunnelAnalysis) -> None:
        lang = self.binder.language
        money = plan.settings.money_unit
        target = analysis.revenue_target
        self.captions["target"].setText(self.tr("New-business revenue target"))
        if not analysis.has_funnel:  # step 1's goal, so the page is not blank
            goal = funnel_template.revenue_goal(plan)
            target = goal.target if goal is not None else None
            self.captions["target"].setText(self.tr("Revenue goal (step 1)"))
        self.figures["target"].setText(fmt.money(target, money, lang))
        deal = nodes_by_role(plan).get(R.AVERAGE_DEAL_SIZE)
        self.deal_size.show_node(deal, fmt.money(analysis.average_deal_size, money, lang),
                                 self._unit(Unit.JPY) if deal is not None and deal.is_input else "")
        self.figures["coverage"].setText(fmt.value(analysis.required_coverage, Unit.RATIO, plan, lang))
        self.figures["actual_coverage"].setText(fmt.value(analysis.actual_coverage, Unit.RATIO, plan, lang))
        short = (analysis.actual_coverage is not None and analysis.required_coverage is not None
                 and analysis.actual_coverage < analysis.required_coverage)
        self.figures["actual_coverage"].setStyleSheet(f"color: {theme.STATUS_COLOURS[Status.OFF_TRACK]};"
                                                      if short else "")
        self.figures["as_of"].setText(fmt.period(analysis.as_of, plan, lang))

    def _fill_links(self, plan: Plan, analysis: FunnelAnalysis) -> None:
        nodes = nodes_by_role(plan)
        weak = {link.between: link for link in analysis.weak_links if link.between is not None}
        for volume, rate_role, _, days_role in CHAIN[:-1]:
            stage = analysis.stage(volume)
            editor = self.links[volume]
            editor.rate.show_node(nodes.get(rate_role), fmt.percent(stage.rate) if stage else fmt.DASH, "%")
            days = nodes.get(days_role)
            value = days.target if days is not None else None
            editor.days.show_node(days, fmt.number(value, 1) if value is not None else fmt.DASH, "")
            next_label = enum_label(CHAIN[[c[0] for c in CHAIN].index(volume) + 1][0], self.binder.language)
            editor.set_weak(self.tr("Weak link: %1 → %2").replace("%1", enum_label(volume, self.binder.language))
                            .replace("%2", next_label) if volume in weak else "")

    def _fill_blocked(self, plan: Plan, analysis: FunnelAnalysis) -> None:
        messages = [(block, block_message(block, plan, self.binder.language)) for block in analysis.blocks]
        if [row.text() for row in self.blocked_rows] == [message for _, message in messages]:
            return  # unchanged: keep the rows (and a keyboard focus on one)
        clear_layout(self.blocked_box)
        self.blocked_rows = []
        for block, message in messages:
            row = LinkRow(message, theme.SEVERITY_COLOURS["warning"])
            row.activated.connect(lambda node_id=block.node_id or "": self.go_to_input(node_id))
            self.blocked_rows.append(row)
            self.blocked_box.addWidget(row)

    def _fill_existing(self, plan: Plan, analysis: FunnelAnalysis) -> None:
        lang = self.binder.language
        e = analysis.existing
        self.existing_hint.setVisible(not e.node_ids)
        self.existing_grid.setVisible(bool(e.node_ids))
        nodes = nodes_by_role(plan)
        money = plan.settings.money_unit
        shown = {R.CUSTOMERS: fmt.number(e.customers, 1) if e.customers is not None else fmt.DASH,
                 R.RETENTION_RATE: fmt.percent(e.retention_rate),
                 R.REVENUE_PER_CUSTOMER: fmt.money(e.revenue_per_customer, money, lang),
                 R.EXPANSION_RATE: fmt.percent(e.expansion_rate)}
        units = {R.RETENTION_RATE: "%", R.EXPANSION_RATE: "%", R.REVENUE_PER_CUSTOMER: self._unit(Unit.JPY)}
        for role in EXISTING_INPUTS:
            node = nodes.get(role)
            self.existing_labels[role].setText(enum_label(role, lang))
            self.existing[role].show_node(node, shown[role], units.get(role, "") if node and node.is_input else "")
        self.existing_total_label.setText(enum_label(R.EXISTING_REVENUE, lang))
        self.existing_total.setText(fmt.money(e.existing_revenue, money, lang))

    def _fill_weak_links(self, plan: Plan, analysis: FunnelAnalysis) -> None:
        if not analysis.has_funnel:
            texts = [self.tr("Nothing to check yet: weak links are found in a funnel's actuals.")]
            found = []
        else:
            found = [f for f in facts.findings(plan, self.today, self.binder.language)
                     if f.code.startswith("funnel_") and f.code != "funnel_blocked"]
            texts = [f.message for f in found] or [
                self.tr("No actuals yet: weak links are judged from the actuals entered in step 4.")
                if analysis.as_of is None else self.tr("No weak links found in the revenue process.")]
        if [row.text() for row in self.weak_rows] == texts:
            return
        clear_layout(self.weak_body)
        self.weak_rows = []
        if not found:
            self.weak_body.addWidget(text_label(texts[0]))
            return
        for finding in found:
            row = LinkRow(finding.message, theme.SEVERITY_COLOURS.get(finding.severity, theme.MUTED))
            target = finding.item_id or ""
            row.activated.connect(lambda t=target: self.navigateRequested.emit("3", t) if t else None)
            self.weak_rows.append(row)
            self.weak_body.addWidget(row)

    def _unit(self, unit: Unit) -> str:
        """What follows a typed value: the plan's money unit (百万円, million yen …)."""
        return fmt.unit_name(unit, self.plan, self.binder.language)

    # -- going to an input -------------------------------------------------------------
    def field_of(self, node_id: str) -> InputCell | None:
        """The cell editing KPI ``node_id`` on this page, if any."""
        return next((cell for cell in self._cells() if node_id and cell.node_id == node_id), None)

    def go_to_input(self, node_id: str) -> None:
        """Focus the field of ``node_id`` here, or show the KPI in step 3 when it has none."""
        if not self.select_item(node_id) and node_id:
            self.navigateRequested.emit("3", node_id)

    def select_item(self, item_id: str) -> bool:
        cell = self.field_of(item_id)
        if cell is None:
            return False
        self.ensureWidgetVisible(cell, 50, 80)
        assert cell.field is not None  # a cell with a KPI has its field
        cell.field.setFocus()
        cell.field.selectAll()
        return True


