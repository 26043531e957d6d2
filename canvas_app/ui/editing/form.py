"""Form building blocks: a captioned field with its refusal message, and the typed
fields (values in their unit, money, years, dates) built on ``LineField``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...calc.kpi_bounds import bound_problem
from ...model import Plan
from ...model.enums import Unit
from ...text import parsing
from ...text.funnel_blocks import bound_refusal
from ...text.language import Language
from .binder import Binder
from .fields import INVALID_RED, LineField


class FieldRow(QWidget):
    """A caption above a field and, below it, why the last value was refused.

    The caption is the field's buddy, so "&Vision" gives Alt+V to jump to it.
    """

    def __init__(self, field: QWidget, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("fieldCaption")
        self.caption.setBuddy(field)
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(field)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_RED};")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        layout.addWidget(self.message)
        self.field = field
        if hasattr(field, "errorChanged"):
            field.errorChanged.connect(self.show_error)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))


def value_field(binder: Binder, path: str, item_id: str | None = None, *, unit_path: str = "unit",
                unit: Unit | None = None) -> LineField:
    """A goal's or KPI's value typed in its displayed unit (money in the plan's money
    unit, 25 for 25 %); the unit is the item's ``unit_path`` field unless ``unit`` is given."""

    def unit_of(item) -> Unit:
        return unit if unit is not None else getattr(item, unit_path, Unit.COUNT)

    def parse(text, plan, item):
        return parsing.parse_value(text, unit_of(item), plan.settings.money_unit)

    def show(value, plan, item):
        return parsing.value_edit_text(value, unit_of(item), plan.settings.money_unit)

    field = LineField(binder, path, item_id, parse=parse, show=show,
                      depends=() if unit is not None else (unit_path,))
    field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return field


class OutOfBounds(parsing.ParseError):
    """A value that reads as a number but that the KPI can never take (a conversion rate
    above 100 %, a count below zero); ``message`` says so in the UI language."""

    def __init__(self, message: str) -> None:
        super().__init__("bound")
        self.message = message


def check_kpi_value(plan: Plan, node_id: str, value: float | None, lang: Language) -> None:
    """Raise ``OutOfBounds`` when KPI ``node_id`` can never take ``value`` (``calc.kpi_bounds``)."""
    bound = bound_problem(plan, node_id, value) if value is not None else None
    if bound is not None:
        raise OutOfBounds(bound_refusal(bound, lang))


def kpi_target_field(binder: Binder, item_id: str | None = None) -> LineField:
    """A KPI's target typed in its unit (``value_field``), refusing at the field what the
    KPI can never be — the same check wherever a target is typed: the KPI form, the
    outliner, the funnel page."""
    field = value_field(binder, "target", item_id)
    typed = field.parse

    def parse(text, plan, item):
        value = typed(text, plan, item)
        check_kpi_value(plan, item.id, value, binder.language)
        return value

    field.parse = parse
    return field


def money_field(binder: Binder, path: str, item_id: str | None = None) -> LineField:
    """Whole yen typed in the plan's money unit (or with a unit word: "30万円")."""

    def parse(text, plan, item):
        return parsing.parse_money(text, plan.settings.money_unit)

    def show(value, plan, item):
        return parsing.value_edit_text(value, Unit.JPY, plan.settings.money_unit)

    field = LineField(binder, path, item_id, parse=parse, show=show, depends=("settings",))
    field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return field


def year_field(binder: Binder, path: str, item_id: str | None = None) -> LineField:
    field = LineField(binder, path, item_id, parse=lambda text, plan, item: parsing.parse_year(text))
    field.setPlaceholderText("2028")
    return field


def date_field(binder: Binder, path: str, item_id: str | None = None) -> LineField:
    field = LineField(binder, path, item_id, parse=lambda text, plan, item: parsing.parse_date(text),
                      show=lambda value, plan, item: parsing.date_edit_text(value))
    field.setPlaceholderText("2027/3/31")
    return field

