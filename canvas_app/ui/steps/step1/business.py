"""Step 1 — vision and mission, and the business strategy with its strategic priorities
(an ordered list: the first gets resources first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ....model import StrategicPriority, new_id
from ... import theme
from ...editing.binder import Binder
from ...editing.fields import TextField
from ...editing.form import FieldRow
from ...editing.paths import plan_slot
from ...editing.table_editor import ItemTable
from ...editing.table_model import ItemTableModel
from ...widgets.card import Card
from .columns import text_column

translate = QCoreApplication.translate
PRIORITIES = plan_slot("strategy.priorities")


class VisionCard(Card):
    """Vision and mission side by side (two short texts read together)."""

    topic = "vision"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setProperty("guidanceTopic", self.topic)
        self.vision = TextField(binder, "strategy.vision", rows=3)
        self.mission = TextField(binder, "strategy.mission", rows=3)
        self.vision_row, self.mission_row = FieldRow(self.vision), FieldRow(self.mission)
        row = QHBoxLayout()
        row.setSpacing(theme.px(12))
        row.addWidget(self.vision_row, 1)
        row.addWidget(self.mission_row, 1)
        self.add_layout(row)

    def retranslate(self) -> None:
        self.set_title(self.tr("Vision and mission"))
        self.vision_row.set_caption(self.tr("V&ision: where the company wants to be"))
        self.mission_row.set_caption(self.tr("&Mission: why it exists, for whom"))
        self.vision.setPlaceholderText(self.tr("e.g. Every factory in our region runs without unplanned downtime"))
        self.mission.setPlaceholderText(self.tr("e.g. Make maintenance predictable for mid-size plants"))


def priority_model(binder: Binder, parent=None) -> ItemTableModel:
    return ItemTableModel(binder, PRIORITIES, [
        text_column(lambda: translate("StrategyPage", "Strategic priority (most important first)"), "text", 10),
    ], parent)


class BusinessStrategyCard(Card):
    """Where the business grows and how it wins, and its ordered priorities.

    Attributes:
        business_strategy: the bound text.
        priorities: the priorities table (Alt+Up/Down and the buttons reorder).
    """

    topic = "strategy"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setProperty("guidanceTopic", self.topic)
        self.business_strategy = TextField(binder, "strategy.business_strategy", rows=3)
        self.strategy_row = FieldRow(self.business_strategy)
        self.add(self.strategy_row)
        self.priorities_caption = QLabel()
        self.priorities_caption.setObjectName("fieldCaption")
        self.add(self.priorities_caption)
        self.priorities = ItemTable(priority_model(binder, self),
                                    new_item=lambda: StrategicPriority(id=new_id("priority")))
        self.priorities_caption.setBuddy(self.priorities.table)
        self.add(self.priorities)

    def retranslate(self) -> None:
        self.set_title(self.tr("Business strategy and priorities"))
        self.strategy_row.set_caption(self.tr("&Business strategy: where the business grows and how it wins"))
        self.business_strategy.setPlaceholderText(self.tr("e.g. Grow with mid-size plants in our region through "
                                                          "predictive maintenance"))
        self.priorities_caption.setText(self.tr("Strategic &priorities (Alt+Up / Alt+Down reorder them)"))
