"""Step 1 — the mid-term business plan (中期経営計画): its title, period, summary and
headline targets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ....model import HeadlineTarget, new_id
from ... import theme
from ...editing.binder import Binder
from ...editing.fields import LineField, TextField
from ...editing.form import FieldRow, year_field
from ...editing.paths import plan_slot
from ...editing.table_editor import ItemTable
from ...editing.table_model import ItemTableModel
from ...widgets.card import Card
from .columns import text_column, unit_column, value_column, year_column

translate = QCoreApplication.translate
HEADLINE_TARGETS = plan_slot("strategy.mid_term_plan.headline_targets")


def headline_target_model(binder: Binder, parent=None) -> ItemTableModel:
    """The headline targets of the mid-term plan: label, value in its unit, unit, year."""
    return ItemTableModel(binder, HEADLINE_TARGETS, [
        text_column(lambda: translate("StrategyPage", "Headline target"), "label", 14, bold=True),
        value_column(binder, lambda: translate("StrategyPage", "Value"), "value", 8),
        unit_column(binder, lambda: translate("StrategyPage", "Unit"), width=7),
        year_column(lambda: translate("StrategyPage", "Year"), width=5),
    ], parent)


class MidTermCard(Card):
    """The mid-term plan's fields and its headline targets.

    Attributes:
        title_field, start_year, end_year, summary: the bound fields.
        targets: the headline targets table (``targets.model``, ``targets.table``).
        topic: the guidance shown while editing here.
    """

    topic = "midterm"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setProperty("guidanceTopic", self.topic)
        base = "strategy.mid_term_plan."
        self.title_field = LineField(binder, base + "title")
        self.start_year = year_field(binder, base + "start_year")
        self.end_year = year_field(binder, base + "end_year")
        self.start_year.setPlaceholderText("2026")
        self.summary = TextField(binder, base + "summary", rows=3)
        self.title_row = FieldRow(self.title_field)
        self.start_row = FieldRow(self.start_year)
        self.end_row = FieldRow(self.end_year)
        self.summary_row = FieldRow(self.summary)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(12))
        grid.setVerticalSpacing(theme.px(6))
        grid.addWidget(self.title_row, 0, 0)
        grid.addWidget(self.start_row, 0, 1)
        grid.addWidget(self.end_row, 0, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.add_layout(grid)
        self.add(self.summary_row)
        self.targets_caption = QLabel()
        self.targets_caption.setObjectName("fieldCaption")
        self.add(self.targets_caption)
        self.targets = ItemTable(headline_target_model(binder, self),
                                 new_item=lambda: HeadlineTarget(id=new_id("target")))
        self.targets_caption.setBuddy(self.targets.table)
        self.add(self.targets)

    def retranslate(self) -> None:
        self.set_title(self.tr("Mid-term business plan"))
        self.title_row.set_caption(self.tr("&Title of the plan"))
        self.title_field.setPlaceholderText(self.tr("e.g. Mid-term plan 2028"))
        self.start_row.set_caption(self.tr("&Start year"))
        self.end_row.set_caption(self.tr("E&nd year"))
        self.summary_row.set_caption(self.tr("S&ummary: what must change to get there"))
        self.targets_caption.setText(self.tr("&Headline targets (a number, its unit and the year)"))
