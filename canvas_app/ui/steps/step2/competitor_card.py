"""Step 2 — the competitors: a table (name, kind, price position) and, beside it, the
strengths, weaknesses and notes of the competitor selected in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....model import Competitor, new_id
from ....model.enums import CompetitorKind, PricePosition
from ....text.labels import enum_label
from ... import theme
from ...editing.binder import Binder
from ...editing.fields import TextField
from ...editing.form import FieldRow
from ...editing.paths import plan_slot
from ...editing.table_editor import ItemTable
from ...editing.table_model import Column, ItemTableModel
from ...widgets.card import Card
from ...widgets.side_by_side import SideBySide

translate = QCoreApplication.translate
COMPETITORS = plan_slot("customers.competitors")
# Page width (at 100 % zoom) from which the details sit beside the table.
SIDE_BY_SIDE_MIN_WIDTH = 860


def competitors_model(binder: Binder, parent=None) -> ItemTableModel:
    return ItemTableModel(binder, COMPETITORS, [
        Column(lambda: translate("CompetitorsSection", "Competitor"), "name", width=14, bold=True),
        Column(lambda: translate("CompetitorsSection", "Type"), "kind", width=9,
                   choices=lambda plan: [(k, enum_label(k, binder.language)) for k in CompetitorKind]),
        Column(lambda: translate("CompetitorsSection", "Price"), "price_position", width=8,
                   choices=lambda plan: [(p, enum_label(p, binder.language)) for p in PricePosition]),
    ], parent)


def copy_name(name: str) -> str:
    return translate("CompetitorsSection", "%1 (copy)").replace("%1", name)


class CompetitorsCard(Card):
    """The competitors table and the detail form of the selected one.

    Attributes:
        table: the ItemTable of competitors.
        strengths, weaknesses, notes: the detail fields (follow the table's current row).
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.binder = binder
        self.table = ItemTable(competitors_model(binder, self), new_item=lambda: Competitor(id=new_id("comp")),
                               copy_name=copy_name)
        self.strengths = TextField(binder, "strengths", "", rows=3, lines=True)
        self.weaknesses = TextField(binder, "weaknesses", "", rows=3, lines=True)
        self.notes = TextField(binder, "notes", "", rows=2)
        self.strengths_row, self.weaknesses_row = FieldRow(self.strengths), FieldRow(self.weaknesses)
        self.notes_row = FieldRow(self.notes)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("fieldCaption")
        self.detail_title.setWordWrap(True)
        self.detail_title.setFont(theme.scaled_font(self.font(), 1.0, bold=True))

        row = QHBoxLayout()
        row.setSpacing(theme.px(16))
        table_column = QVBoxLayout()
        table_column.addWidget(self.table)
        table_column.addStretch(1)  # the table and its buttons stay at the top
        row.addLayout(table_column, 3)
        detail = QVBoxLayout()
        detail.setSpacing(theme.px(6))
        for widget in (self.detail_title, self.strengths_row, self.weaknesses_row, self.notes_row):
            detail.addWidget(widget)
        detail.addStretch(1)
        row.addLayout(detail, 2)
        self.add_layout(row)
        self.arrangement = SideBySide(self, row, SIDE_BY_SIDE_MIN_WIDTH)
        self.table.currentItemChanged.connect(self.follow)
        binder.changed.connect(lambda _change: self._update_detail_title())
        binder.rebound.connect(lambda: self.follow(self.table.current_id()))
        self.follow(self.table.current_id())

    def follow(self, item_id: str | None) -> None:
        """Show the details of ``item_id`` (None: nothing selected)."""
        for field in (self.strengths, self.weaknesses, self.notes):
            field.set_item(item_id or "")
        self._update_detail_title()

    def _update_detail_title(self) -> None:
        item_id = self.strengths.binding.item_id
        item = self.strengths.binding.item()
        if not item_id or item is None:
            self.detail_title.setText(self.tr("Select a competitor to describe it."))
        else:
            self.detail_title.setText(self.tr("Details of %1").replace("%1", item.name or self.tr("(no name)")))

    def retranslate(self) -> None:
        self.set_title(self.tr("Competitors"))
        self.strengths_row.set_caption(self.tr("&Strengths (one per line)"))
        self.weaknesses_row.set_caption(self.tr("&Weaknesses (one per line)"))
        self.notes_row.set_caption(self.tr("N&otes"))
        self._update_detail_title()
        model = self.table.model
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
