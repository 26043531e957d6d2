"""Step 2 — channels (チャネル・顧客接点): where we meet the customers, online or
offline, at which stage of their journey, what each costs a month and who owns it.

One table, and under it the total monthly cost, also per funnel stage. Removing a
channel clears it from the journey stages that used it (one undo step, see
``commands.structure.remove_items``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....calc.channel_costs import cost_totals
from ....document import PlanChange
from ....model import Channel, new_id
from ....model.enums import ChannelKind, JourneyPhase, Unit
from ....text import parsing
from ....text.labels import enum_label
from ....text.language import Language
from ... import fmt, theme
from ...editing.binder import Binder
from ...editing.paths import field, plan_slot
from ...editing.table_editor import ItemTable
from ...editing.table_model import RIGHT, Column, ItemTableModel
from ...widgets.card import Card
from .section import Section

translate = QCoreApplication.translate
CHANNELS = plan_slot("customers.channels")
# The fields of a channel the totals under the table add up.
TOTALLED = (field(Channel, "monthly_cost_yen"), field(Channel, "phase"))


def _cost_header(binder: Binder) -> str:
    unit = fmt.money_unit_suffix(binder.plan.settings.money_unit, binder.language)
    return translate("ChannelsSection", "Cost per month (%1)").replace("%1", unit)


class ChannelsModel(ItemTableModel):
    """The channels; long headers (the cost with its money unit) wrap onto two lines."""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        value = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal \
                and value is not None:
            return int(value | Qt.TextFlag.TextWordWrap.value)
        return value


def channels_model(binder: Binder, parent=None) -> ItemTableModel:
    """Name, online/offline, funnel stage, monthly cost (in the plan's money unit), owner, notes."""
    return ChannelsModel(binder, CHANNELS, [
        Column(lambda: translate("ChannelsSection", "Channel"), "name", width=13, bold=True),
        Column(lambda: translate("ChannelsSection", "Online / offline"), "kind", width=8,
                   choices=lambda plan: [(k, enum_label(k, binder.language)) for k in ChannelKind]),
        Column(lambda: translate("ChannelsSection", "Funnel stage"), "phase", width=9,
                   choices=lambda plan: [(p, enum_label(p, binder.language)) for p in JourneyPhase]),
        Column(lambda: _cost_header(binder), "monthly_cost_yen", width=9, align=RIGHT,
                   # exact, not rounded to the unit: 150,000 yen shows as 0.15 (百万円)
                   display=lambda c, p: parsing.value_edit_text(c.monthly_cost_yen, Unit.JPY,
                                                                p.settings.money_unit),
                   parse=lambda text, p, c: parsing.parse_money(text, p.settings.money_unit)),
        Column(lambda: translate("ChannelsSection", "Owner"), "owner", width=11),
        Column(lambda: translate("ChannelsSection", "Notes"), "notes", width=15),
    ], parent)


def exact_money(yen: int, unit, lang: Language) -> str:
    """An amount in the money unit with nothing rounded away, so the totals add up to the
    cells above them (fmt.money rounds 150,000 yen to "0.2百万円")."""
    return fmt.with_money_unit(parsing.value_edit_text(yen, Unit.JPY, unit), unit, lang)


class ChannelsSection(Section):
    """The channels tab.

    Attributes:
        table: the ItemTable of channels.
        totals: the label with the total monthly cost (and per stage).
    """

    name = "channels"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.px(12), 0, 0)
        self.card = Card()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("fieldCaption")
        self.table = ItemTable(channels_model(binder, self), new_item=lambda: Channel(id=new_id("ch")),
                               copy_name=lambda n: translate("ChannelsSection", "%1 (copy)").replace("%1", n))
        self.totals = QLabel()
        self.totals.setObjectName("channelTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.stage_totals = QLabel()
        self.stage_totals.setWordWrap(True)
        self.stage_totals.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.help, self.table, self.totals, self.stage_totals):
            self.card.add(widget)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self.table.table.wrap_header(5)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Channels")

    def retranslate(self) -> None:
        self.card.set_title(self.tr("Channels and touchpoints"))
        self.help.setText(self.tr("Where we meet our customers: online or offline, at which stage of their "
                                  "journey, what it costs a month (in the plan's money unit) and who owns it."))
        model = self.table.model
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self.update_totals()

    def update_totals(self) -> None:
        plan = self.binder.plan
        total, per_stage = cost_totals(plan)
        unit, lang = plan.settings.money_unit, self.binder.language
        self.totals.setText(self.tr("Total cost per month: %1").replace("%1", exact_money(total, unit, lang)))
        self.stage_totals.setText("  ·  ".join(f"{enum_label(p, lang)} {exact_money(v, unit, lang)}" for p, v in per_stage.items()))
        self.stage_totals.setVisible(len(per_stage) > 1)

    def select_item(self, item_id: str) -> bool:
        if self.table.select_item(item_id):
            self.table.table.setFocus()
            return True
        return False

    def plan_changed(self, change: PlanChange) -> None:
        if change.path in ("", *TOTALLED) or change.item_id is None:
            self.update_totals()  # not on every keystroke in a note or a persona
        if change.item_id is None and change.path.startswith("settings"):
            model = self.table.model  # the money unit is in the cost header
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def rebound(self) -> None:
        self.update_totals()
