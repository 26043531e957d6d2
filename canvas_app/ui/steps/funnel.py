"""The revenue funnel (the CRO view): Marketing → Inside Sales → Sales → Customer
Success, worked back from the revenue target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from ...model import Plan
from ...model.enums import FunnelRole, Status, Unit
from ...text.labels import enum_label
from .. import facts, fmt, theme
from ..widgets.card import Card, clear_layout, empty_hint, text_label
from ..widgets.funnel_chart import FunnelChart
from ..widgets.grid import FlowLayout, stacked
from ..widgets.link_row import LinkRow
from .base import StepPage


class FunnelPage(StepPage):
    """Required volumes per stage, conversion rates, coverage and weak links."""

    step = "funnel"

    def build(self) -> None:
        self.today = dt.date.today()
        self.summary_card = self.add_card()
        self.summary = FlowLayout(spacing=28)  # wraps on a narrow (zoomed-in) page
        self.summary_card.add_layout(self.summary)

        self.chart_card = self.add_card()
        self.chart = FunnelChart()
        self.chart_card.add(self.chart)
        self.chart_hint = self.chart_card.add(empty_hint(""))

        row = QHBoxLayout()
        row.setSpacing(16)
        self.existing_card, self.weak_card = Card(), Card()
        row.addWidget(self.existing_card, 1)
        row.addWidget(self.weak_card, 1)
        self.layout_.addLayout(row)
        self.existing_body = QVBoxLayout()
        self.existing_card.add_layout(self.existing_body)
        self.weak_body = QVBoxLayout()
        self.weak_card.add_layout(self.weak_body)
        self.weak_rows: list[LinkRow] = []

    def retranslate_static(self) -> None:
        self.summary_card.set_title(self.tr("Revenue target and coverage"))
        self.chart_card.set_title(self.tr("What each stage must deliver"))
        self.existing_card.set_title(self.tr("Existing customers (Customer Success)"))
        self.weak_card.set_title(self.tr("Weak links"))
        self.chart_hint.setText(self.tr(
            "No funnel yet. Give the KPIs of the revenue process their funnel roles (leads, MQLs, SQLs, "
            "opportunities, won deals, deal size) and the funnel is worked back from the revenue target."))

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Revenue funnel"), self.tr("One revenue process"),
                        self.tr("Revenue is the result of one flow: Marketing → Inside Sales → Sales → Customer "
                                "Success. From the revenue target, what each stage must produce, and where it leaks."))
        analysis = facts.analyse_funnel(plan, None)
        self._fill_summary(plan, analysis)
        has = analysis.has_funnel and any(s.node_id for s in analysis.stages)
        self.chart.setVisible(has)
        self.chart_hint.setVisible(not has)
        if has:
            self.chart.set_analysis(plan, analysis, self.binder.language)
        self._fill_existing(plan, analysis)
        self._fill_weak_links(plan)

    def _fill_summary(self, plan: Plan, analysis) -> None:
        lang = self.binder.language
        clear_layout(self.summary)
        money = plan.settings.money_unit
        coverage_ok = (analysis.actual_coverage is None or analysis.required_coverage is None
                       or analysis.actual_coverage >= analysis.required_coverage)
        figures = [
            (self.tr("New-business revenue target"), fmt.money(analysis.revenue_target, money, lang), None),
            (self.tr("Average deal size"), fmt.money(analysis.average_deal_size, money, lang), None),
            (self.tr("Required pipeline coverage"),
             fmt.value(analysis.required_coverage, Unit.RATIO, plan, lang), None),
            (self.tr("Actual pipeline coverage"), fmt.value(analysis.actual_coverage, Unit.RATIO, plan, lang),
             None if coverage_ok else theme.STATUS_COLOURS[Status.OFF_TRACK]),
            (self.tr("Actuals as of"), fmt.period(analysis.as_of, plan, lang), None),
        ]
        for caption, value, colour in figures:
            label = text_label(value, bold=True, scale=1.3, wrap=False)
            if colour:
                label.setStyleSheet(f"color: {colour};")
            self.summary.addWidget(stacked(text_label(caption, name="muted", wrap=False), label))

    def _fill_existing(self, plan: Plan, analysis) -> None:
        lang = self.binder.language
        clear_layout(self.existing_body)
        e = analysis.existing
        if not e.node_ids:
            self.existing_body.addWidget(empty_hint(self.tr(
                "No existing-customer KPIs yet: customers × retention × revenue per customer × (1 + expansion).")))
            return
        money = plan.settings.money_unit
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        rows = [
            (FunnelRole.CUSTOMERS, fmt.number(e.customers, 1) if e.customers is not None else fmt.DASH),
            (FunnelRole.RETENTION_RATE, fmt.percent(e.retention_rate)),
            (FunnelRole.REVENUE_PER_CUSTOMER, fmt.money(e.revenue_per_customer, money, lang)),
            (FunnelRole.EXPANSION_RATE, fmt.percent(e.expansion_rate)),
        ]
        for n, (role, text) in enumerate(rows):
            grid.addWidget(text_label(enum_label(role, lang)), n, 0)
            grid.addWidget(text_label(text, bold=True), n, 1)
        grid.addWidget(text_label(enum_label(FunnelRole.EXISTING_REVENUE, lang), bold=True), len(rows), 0)
        grid.addWidget(text_label(fmt.money(e.existing_revenue, money, lang), bold=True, scale=1.25), len(rows), 1)
        grid.setColumnStretch(2, 1)
        self.existing_body.addLayout(grid)

    def _fill_weak_links(self, plan: Plan) -> None:
        clear_layout(self.weak_body)
        self.weak_rows = []
        found = [f for f in facts.findings(plan, self.today, self.binder.language) if f.code.startswith("funnel_")]
        if not found:
            self.weak_body.addWidget(text_label(self.tr("No weak links found in the revenue process.")))
            return
        for finding in found:
            row = LinkRow(finding.message, theme.SEVERITY_COLOURS.get(finding.severity, theme.MUTED))
            target = finding.item_id or ""
            row.activated.connect(lambda t=target: self.navigateRequested.emit("3", t) if t else None)
            self.weak_rows.append(row)
            self.weak_body.addWidget(row)
