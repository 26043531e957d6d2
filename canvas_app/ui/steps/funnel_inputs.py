"""The funnel page's inputs, edited where the funnel shows them: a conversion rate and
the days to the next stage on each link between two stages, the deal size, the
existing-customer drivers.

Each input is a KPI with a funnel role; its field edits that KPI's target through the
same command as step 3 (``EditField`` via ``value_field``: one undo step per value
committed with Enter or on leaving the field). A role without a KPI, or whose KPI is
computed, shows its value instead of a field. The fields are made once and follow
their KPI (``set_item``), so a change elsewhere never takes the focus or the
half-typed text away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...model import KpiNode
from ...model.enums import Status
from .. import theme
from ..editing.binder import Binder
from ..editing.fields import INVALID_RED, LineField
from ..editing.form import kpi_target_field
from ..widgets.card import text_label
from ..widgets.grid import FlowLayout


def input_field(binder: Binder, node_id: str) -> LineField:
    """A KPI's target typed in its unit, refusing what the KPI cannot be (a rate above
    100 %, a count below zero) at the field, in the UI language."""
    field = kpi_target_field(binder, node_id)
    field.setMinimumWidth(theme.px(64))
    field.setMaximumWidth(theme.px(110))
    return field


class InputCell(QWidget):
    """One funnel input: a field for an input KPI, else its value as text; the unit
    after it and, under it, why a typed value was refused.

    Attributes:
        field: the bound field, made the first time the role has an input KPI (a field
            is only ever bound to a KPI that exists); hidden when it has none.
        node_id: the KPI the field edits ("" for none).

    Signals:
        errorShown(str): a refusal appeared or went (the cell changed height).
    """

    errorShown = Signal(str)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.node_id = ""
        self.field: LineField | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.value = text_label(wrap=False, bold=True)
        self.unit = text_label(wrap=False, name="muted", selectable=False)
        self.row.addWidget(self.value)
        self.row.addWidget(self.unit)
        box.addLayout(self.row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_RED};")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        box.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.errorShown.emit(message)

    def show_node(self, node: KpiNode | None, shown: str, unit: str) -> None:
        """Edit ``node`` when it is an input, else show ``shown``; ``unit`` after it."""
        editable = node is not None and node.is_input
        node_id = node.id if editable else ""
        if editable and self.field is None:
            self.field = input_field(self.binder, node_id)
            self.field.errorChanged.connect(self._show_error)
            self.row.insertWidget(0, self.field)
        elif node_id != self.node_id and self.field is not None:  # never reset a field still on its KPI
            self.field.set_item(node_id)
        self.node_id = node_id
        if self.field is not None:
            self.field.setVisible(editable)
        self.value.setVisible(not editable)
        self.value.setText(shown)
        self.unit.setText(unit)
        self.unit.setVisible(bool(unit))


def _beside(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side, kept together on one line of a FlowLayout."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for widget in widgets:
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
    return holder


class LinkEditor(QWidget):
    """The link from one stage to the next: its conversion rate and the days it takes,
    and — when the link is weak — why, in red.

    Attributes:
        rate, days: the two inputs.
        weak: whether the link is marked weak (``set_weak``).
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weak = False
        flow = FlowLayout(self, spacing=theme.px(12))  # wraps on a narrow (zoomed-in) page
        flow.setContentsMargins(0, 0, 0, 0)
        self.arrow = text_label("↓", bold=True, wrap=False, selectable=False, scale=1.2)
        self.rate = InputCell(binder)
        self.rate_caption = text_label(wrap=False, name="muted", selectable=False)
        self.days = InputCell(binder)
        self.days_caption = text_label(wrap=False, name="muted", selectable=False)
        self.note = text_label(wrap=False, selectable=False)
        self.note.setStyleSheet(f"color: {theme.STATUS_COLOURS[Status.OFF_TRACK]}; font-weight: bold;")
        flow.addWidget(_beside(self.arrow, self.rate, self.rate_caption))
        flow.addWidget(_beside(self.days, self.days_caption))
        flow.addWidget(self.note)

    def set_captions(self, rate: str, days: str) -> None:
        self.rate_caption.setText(rate)
        self.days_caption.setText(days)

    def set_weak(self, note: str) -> None:
        """Mark the link weak with ``note`` saying why ("" for a sound link)."""
        self.weak = bool(note)
        self.note.setText(note)
        self.note.setVisible(self.weak)
        self.arrow.setStyleSheet(f"color: {theme.STATUS_COLOURS[Status.OFF_TRACK]};" if self.weak else "")
