"""Bound fields: typing (keys and input-method commits) becomes one undo step per visit,
wrong values are refused at the field and never reach the plan, undo reloads the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from canvas_app.model.enums import GoalCategory, MoneyUnit, Unit
from canvas_app.text.labels import enum_label
from canvas_app.text.parsing import value_edit_text
from canvas_app.ui.editing.binder import Binder
from canvas_app.ui.editing.choice_fields import CheckListField, ChoiceField
from canvas_app.ui.editing.fields import LineField, TextField
from canvas_app.ui.editing.form import FieldRow, date_field, money_field, value_field, year_field
from tests.ui.typing import replace_text, type_text
from canvas_app.text.language import Language


@pytest.fixture
def host(qtbot, session):
    """A window with a binder and a spare line edit to move the focus to."""
    widget = QWidget()
    widget.setLayout(QVBoxLayout())
    widget.binder = Binder(session, widget)
    widget.elsewhere = QLineEdit()
    widget.layout().addWidget(widget.elsewhere)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)  # focus events (the start of a typing burst) need an active window
    return widget


def add(host, field):
    host.layout().addWidget(field)
    QApplication.processEvents()  # a widget added to a shown window is shown by a queued call
    return field


def test_typing_japanese_and_english_in_a_plan_field_is_one_undo_step(host, session):
    field = add(host, TextField(host.binder, "strategy.vision"))
    session.plan.strategy.vision = ""
    field.reload()
    type_text(field, "製造業の停止ゼロ Zero downtime")
    assert session.plan.strategy.vision == "製造業の停止ゼロ Zero downtime"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.plan.strategy.vision == "" and field.toPlainText() == ""
    session.undo_stack.redo()
    assert field.toPlainText() == "製造業の停止ゼロ Zero downtime"


def test_a_second_visit_to_the_field_is_a_second_step(host, session):
    field = add(host, LineField(host.binder, "name", "g-rev"))
    replace_text(field, "Sales")
    host.elsewhere.setFocus()
    type_text(field, " 2027")
    assert session.plan.strategy.goals[0].name == "Sales 2027"
    assert session.undo_stack.count() == 2


def test_ctrl_z_in_a_field_undoes_the_document_not_the_widget(host, session, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    undo = session.undo_stack.createUndoAction(host)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    host.addAction(undo)
    field = add(host, LineField(host.binder, "name", "g-rev"))
    replace_text(field, "Profit")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.plan.strategy.goals[0].name == "Revenue"
    assert field.text() == "Revenue"
    assert isinstance(undo, QAction)


def test_a_target_that_is_not_a_number_is_refused_at_the_field(host, session):
    field = add(host, value_field(host.binder, "target", "g-rev"))
    row = add(host, FieldRow(field, "Target"))
    before = session.plan.model_copy(deep=True)
    replace_text(field, "たくさん")
    assert field.error and not row.message.isHidden()
    assert "number" in row.message.text()
    assert session.plan == before and session.undo_stack.count() == 0
    host.elsewhere.setFocus()
    assert field.text() == value_edit_text(1e9, Unit.JPY, session.plan.settings.money_unit)  # kept value
    assert "previous value was kept" in row.message.text()


def test_values_are_typed_in_the_plan_money_unit_and_with_full_width_digits(host, session):
    session.plan.settings.money_unit = MoneyUnit.MILLION
    field = add(host, value_field(host.binder, "target", "g-rev"))
    assert field.text() == "1,000"
    replace_text(field, "１２００")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert session.plan.strategy.goals[0].target == 1_200_000_000
    session.plan.strategy.goals[1].unit = Unit.PERCENT
    rate = add(host, value_field(host.binder, "target", "g-new"))
    replace_text(rate, "25%")
    QTest.keyClick(rate, Qt.Key.Key_Return)
    assert session.plan.strategy.goals[1].target == pytest.approx(0.25)


def test_a_value_field_follows_a_change_of_unit(host, session):
    field = add(host, value_field(host.binder, "target", "g-new"))
    assert field.text() == "40"
    unit = add(host, ChoiceField(host.binder, "unit", "g-new", choices=lambda plan: [(u, enum_label(u, Language("en"))) for u in Unit]))
    unit.activated.emit([u for u in Unit].index(Unit.PERCENT))
    assert session.plan.strategy.goals[1].unit == Unit.PERCENT
    assert field.text() == "4,000"


def test_dates_years_and_money(host, session):
    deadline = add(host, date_field(host.binder, "deadline", "g-rev"))
    replace_text(deadline, "2027年6月30日")
    QTest.keyClick(deadline, Qt.Key.Key_Return)
    assert session.plan.strategy.goals[0].deadline == dt.date(2027, 6, 30)
    replace_text(deadline, "2027/2/30")
    QTest.keyClick(deadline, Qt.Key.Key_Return)
    assert deadline.error and session.plan.strategy.goals[0].deadline == dt.date(2027, 6, 30)
    year = add(host, year_field(host.binder, "strategy.mid_term_plan.end_year"))
    replace_text(year, "2025")
    QTest.keyClick(year, Qt.Key.Key_Return)
    assert year.error == "The end year is before the start year."  # the plan starts in 2026
    assert session.plan.strategy.mid_term_plan.end_year == 2028
    replace_text(year, "2030")
    QTest.keyClick(year, Qt.Key.Key_Return)
    assert session.plan.strategy.mid_term_plan.end_year == 2030 and not year.error
    cost = add(host, money_field(host.binder, "monthly_cost_yen", "ch1"))
    replace_text(cost, "30万円")
    QTest.keyClick(cost, Qt.Key.Key_Return)
    assert session.plan.customers.channels[0].monthly_cost_yen == 300_000
    replace_text(cost, "-5")
    QTest.keyClick(cost, Qt.Key.Key_Return)
    assert cost.error == "Please enter an amount of zero or more."
    assert session.plan.customers.channels[0].monthly_cost_yen == 300_000


def test_a_form_follows_the_selected_item(host, session):
    field = add(host, LineField(host.binder, "owner", ""))
    assert not field.isEnabled()
    field.set_item("g-new")
    assert field.isEnabled() and field.text() == "Sales director"
    field.set_item("gone")
    assert not field.isEnabled() and field.text() == ""


def test_choice_and_check_list_fields(host, session):
    category = add(host, ChoiceField(host.binder, "category", "g-new",
                                     choices=lambda plan: [(c, enum_label(c, Language("en"))) for c in GoalCategory]))
    category.activated.emit(list(GoalCategory).index(GoalCategory.NEW_CUSTOMERS))
    assert session.plan.strategy.goals[1].category == GoalCategory.NEW_CUSTOMERS
    agreed = add(host, CheckListField(host.binder, "agreed_department_ids", "g-new",
                                      choices=lambda plan: [(d.id, d.name) for d in plan.settings.departments]))
    agreed.item(1).setCheckState(Qt.CheckState.Checked)
    assert session.plan.strategy.goals[1].agreed_department_ids == ["d-mkt"]
    session.undo_stack.undo()
    assert agreed.checked() == []
    assert session.undo_stack.count() == 2


def test_lines_field_edits_a_list_one_entry_per_line(host, session):
    field = add(host, TextField(host.binder, "challenges", "p1", lines=True))
    replace_text(field, "停止が多い\n・保全の属人化\n\n")
    assert session.plan.customers.personas[0].challenges == ["停止が多い", "保全の属人化"]
    host.elsewhere.setFocus()
    assert field.toPlainText() == "停止が多い\n保全の属人化"


def test_a_read_only_plan_cannot_be_edited(host, session):
    session.read_only = True
    field = add(host, LineField(host.binder, "name", "g-rev"))
    assert field.isReadOnly()
    field.textEdited.emit("x")
    assert session.undo_stack.count() == 0
