"""Step 2 — customers, value, channels, differentiation (顧客・価値・チャネル・差別化)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...model import Persona, Plan, ValueProposition
from ...model.enums import PersonaPriority
from ...text.labels import enum_label
from .. import fmt, theme
from ..models.customer_models import ChannelsModel, CompetitorsModel, DifferentiationModel, JourneyModel
from ..widgets.card import Card, clear_layout, empty_hint, text_label
from ..widgets.table import FittedTable
from .base import StepPage


class CustomersPage(StepPage):
    """Personas with their value, competitors and the differentiation matrix, channels
    and customer journeys.

    Attributes:
        persona_cards: persona id → its card (to reveal on navigation).
    """

    step = "2"

    def build(self) -> None:
        self.personas_card = self.add_card()
        self.persona_grid = QGridLayout()
        self.persona_grid.setSpacing(12)
        self.personas_card.add_layout(self.persona_grid)
        self.persona_cards: dict[str, QWidget] = {}

        row = QHBoxLayout()
        row.setSpacing(16)
        self.competitors_card, self.matrix_card = Card(), Card()
        row.addWidget(self.competitors_card, 3)
        row.addWidget(self.matrix_card, 2)
        self.layout_.addLayout(row)
        self.competitors_model = CompetitorsModel(self.session.plan, self)
        self.competitors_table = FittedTable(self.competitors_model, widths=(18, 19, 13, 25, 25))
        self.competitors_hint = self.competitors_card.add(empty_hint(""))
        self.competitors_card.add(self.competitors_table)
        self.matrix_model = DifferentiationModel(self.session.plan, self)
        self.matrix_table = FittedTable(self.matrix_model, fit_columns=0)
        self.matrix_hint = self.matrix_card.add(empty_hint(""))
        self.matrix_card.add(self.matrix_table)
        self.matrix_legend = self.matrix_card.add(text_label(name="muted"))
        self.matrix_card.body.addStretch(1)

        self.channels_card = self.add_card()
        self.channels_model = ChannelsModel(self.session.plan, self)
        self.channels_table = FittedTable(self.channels_model, widths=(20, 14, 14, 14, 14, 24))
        self.channels_hint = self.channels_card.add(empty_hint(""))
        self.channels_card.add(self.channels_table)

        self.journeys_card = self.add_card()
        self.journeys_body = QVBoxLayout()
        self.journeys_card.add_layout(self.journeys_body)
        self.journey_tables: dict[str, FittedTable] = {}

    def retranslate_static(self) -> None:
        self.personas_card.set_title(self.tr("Personas and value propositions"))
        self.competitors_card.set_title(self.tr("Competitors"))
        self.matrix_card.set_title(self.tr("Differentiation matrix"))
        self.channels_card.set_title(self.tr("Channels"))
        self.journeys_card.set_title(self.tr("Customer journey"))
        self.competitors_hint.setText(self.tr("No competitors yet: direct rivals, indirect ones and substitutes."))
        self.matrix_hint.setText(self.tr("No criteria yet: what do customers compare when they choose?"))
        self.matrix_legend.setText(self.tr("Scores 1–5. ★ = our differentiator: we score higher than every competitor."))
        self.channels_hint.setText(self.tr("No channels yet: where do we meet our customers, online and offline?"))

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 2"), self.tr("Customers, value, channels, differentiation"),
                        self.tr("Who we serve and what they struggle with, the value we deliver to each of them, "
                                "through which channels, and why they choose us over the competition."))
        self._fill_personas(plan)
        c = plan.customers
        for model, table, hint, items in (
            (self.competitors_model, self.competitors_table, self.competitors_hint, c.competitors),
            (self.matrix_model, self.matrix_table, self.matrix_hint, c.criteria),
            (self.channels_model, self.channels_table, self.channels_hint, c.channels),
        ):
            model.reload(plan)
            table.setVisible(bool(items))
            hint.setVisible(not items)
        self.matrix_legend.setVisible(bool(c.criteria))
        self._fill_journeys(plan)

    # -- personas ---------------------------------------------------------------------------
    def _fill_personas(self, plan: Plan) -> None:
        clear_layout(self.persona_grid)
        self.persona_cards = {}
        personas = plan.customers.personas
        if not personas:
            self.persona_grid.addWidget(empty_hint(self.tr(
                "No personas yet. Describe the customers you want to win: their challenges, needs, "
                "what triggers a purchase and what holds them back.")), 0, 0)
            return
        values = {}
        for vp in plan.customers.value_propositions:
            values.setdefault(vp.persona_id, vp)
        columns = 2 if len(personas) > 1 else 1
        for n, persona in enumerate(personas):
            card = self._persona_card(persona, values.get(persona.id))
            self.persona_cards[persona.id] = card
            self.persona_grid.addWidget(card, n // columns, n % columns, Qt.AlignmentFlag.AlignTop)
        for col in range(columns):
            self.persona_grid.setColumnStretch(col, 1)

    def _persona_card(self, persona: Persona, value: ValueProposition | None) -> QWidget:
        box = QWidget()
        box.setObjectName("personaBox")
        box.setStyleSheet(f"QWidget#personaBox {{ border: 1px solid {theme.LINE}; border-radius: 8px; "
                          f"background: #fafbfd; }}")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 12)
        head = QHBoxLayout()
        head.addWidget(text_label(persona.name or self.tr("(unnamed persona)"), bold=True, scale=1.2), 1)
        chip = QLabel(enum_label(persona.priority))
        colour = theme.ACCENT if persona.priority == PersonaPriority.PRIMARY else theme.MUTED
        chip.setStyleSheet(f"color: white; background: {colour}; border-radius: 4px; padding: 1px 8px;")
        head.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        who = " · ".join(x for x in (persona.role, persona.segment) if x)
        if who:
            layout.addWidget(text_label(who, name="muted"))
        if persona.description:
            layout.addWidget(text_label(persona.description))
        if value is not None and value.statement:
            statement = text_label(f"“{value.statement}”", bold=True)
            statement.setStyleSheet(f"background: #e8f0fc; color: {theme.INK}; padding: 6px 8px; "
                                    "border-radius: 6px;")
            layout.addWidget(statement)
        facts = [
            (self.tr("Challenges"), persona.challenges),
            (self.tr("Needs"), persona.needs),
            (self.tr("Values"), persona.values),
            (self.tr("Buying triggers"), persona.buying_triggers),
            (self.tr("Objections"), persona.objections),
            (self.tr("Information sources"), persona.information_sources),
        ]
        if value is not None:
            facts += [
                (self.tr("Pains → relievers"), _pairs(value.pains, value.pain_relievers)),
                (self.tr("Gains → creators"), _pairs(value.gains, value.gain_creators)),
                (self.tr("Products and services"), value.products),
            ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        row = 0
        for caption, items in facts:
            if not items:
                continue
            label = text_label(caption, name="muted", bold=True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text_label(fmt.bullets(items)), row, 1)
            row += 1
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return box

    # -- journeys -------------------------------------------------------------------------------
    def _fill_journeys(self, plan: Plan) -> None:
        clear_layout(self.journeys_body)
        self.journey_tables = {}
        journeys = plan.customers.journeys
        if not journeys:
            self.journeys_body.addWidget(empty_hint(self.tr(
                "No customer journey yet: the stages a customer goes through, where they meet us, "
                "what they think and what we do.")))
            return
        names = {p.id: p.name for p in plan.customers.personas}
        for journey in journeys:
            self.journeys_body.addWidget(text_label(
                self.tr("Journey of %1").replace("%1", names.get(journey.persona_id, fmt.DASH)), bold=True))
            if not journey.stages:
                self.journeys_body.addWidget(empty_hint(self.tr("No stages yet.")))
                continue
            table = FittedTable(JourneyModel(plan, journey, self), row_headers=True)
            self.journey_tables[journey.id] = table
            self.journeys_body.addWidget(table)

    def select_item(self, item_id: str) -> bool:
        if item_id in self.persona_cards:
            self.reveal(self.persona_cards[item_id])
            return True
        for vp in self.plan.customers.value_propositions:
            if vp.id == item_id and vp.persona_id in self.persona_cards:
                self.reveal(self.persona_cards[vp.persona_id])
                return True
        for table in (self.competitors_table, self.matrix_table, self.channels_table):
            if table.select_item(item_id):
                self.ensureWidgetVisible(table, 50, 80)
                return True
        for journey in self.plan.customers.journeys:
            if item_id == journey.id or any(s.id == item_id for s in journey.stages):
                table = self.journey_tables.get(journey.id)
                if table is not None:
                    self.ensureWidgetVisible(table, 50, 80)
                    return True
        return False


def _pairs(left: list[str], right: list[str]) -> list[str]:
    rows = []
    for n in range(max(len(left), len(right))):
        a = left[n] if n < len(left) else "…"
        b = right[n] if n < len(right) else "…"
        rows.append(f"{a} → {b}")
    return rows

