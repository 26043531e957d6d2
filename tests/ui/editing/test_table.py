"""Editable tables: cells edit through commands, refusals never reach the plan, keys add,
remove (with references), duplicate and move rows — each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_app.model import BusinessGoal, find_problems, new_id, ops
from canvas_app.model.enums import GoalCategory, Unit
from canvas_app.text import parsing
from canvas_app.text.labels import enum_label
from canvas_app.ui.editing.binder import Binder
from canvas_app.ui.editing.table_editor import ItemTable
from canvas_app.ui.editing.table_model import Column, ItemTableModel
from canvas_app.text.language import Language


def goal_columns():
    return [
        Column(lambda: "Goal", "name"),
        Column(lambda: "Category", "category", choices=lambda plan: [(c, enum_label(c, Language("en"))) for c in GoalCategory]),
        Column(lambda: "Target", "target",
                   display=lambda g, p: parsing.value_edit_text(g.target, g.unit, p.settings.money_unit),
                   parse=lambda text, p, g: parsing.parse_value(text, g.unit, p.settings.money_unit)),
    ]


@pytest.fixture
def table(qtbot, session):
    binder = Binder(session)
    model = ItemTableModel(binder, ops.Slot(None, "strategy.goals"), goal_columns())
    widget = ItemTable(model, new_item=lambda: BusinessGoal(id=new_id("goal")), copy_name=lambda n: f"{n} (copy)")
    widget.binder_ref = binder
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def names(session):
    return [g.name for g in session.plan.strategy.goals]


def test_the_model_passes_the_model_tester(qtmodeltester, table, session):
    qtmodeltester.check(table.model)
    table.add_row()
    table.remove_rows()
    qtmodeltester.check(table.model)


def test_editing_a_cell_is_one_command(table, session):
    model = table.model
    assert model.setData(model.index(0, 0), "売上高")
    assert names(session)[0] == "売上高" and session.undo_stack.count() == 1
    assert model.setData(model.index(0, 0), "売上高")  # unchanged: no empty step
    assert session.undo_stack.count() == 1
    assert model.setData(model.index(1, 1), GoalCategory.PROFIT)
    assert session.plan.strategy.goals[1].category == GoalCategory.PROFIT


def test_a_bad_value_is_refused_with_a_message(table, session):
    before = session.plan.model_copy(deep=True)
    model = table.model
    assert not model.setData(model.index(0, 2), "lots")
    assert session.plan == before and session.undo_stack.count() == 0
    assert "number" in table.message.text() and not table.message.isHidden()


def test_enter_adds_a_row_below_and_opens_its_first_cell(table, session, qtbot):
    table.select_item("g-rev")
    table.table.setFocus()
    QTest.keyClick(table.table, Qt.Key.Key_Return)
    assert len(session.plan.strategy.goals) == 3
    assert session.plan.strategy.goals[1].name == ""
    assert table.table.is_editing()
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is not table.table
    QTest.keyClicks(editor, "Profit")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes its editor by a queued call
    assert names(session) == ["Revenue", "Profit", "New customers"]
    assert session.undo_stack.count() == 2


def test_delete_removes_the_selected_rows_and_their_references_in_one_step(table, session):
    session.plan.kpis.nodes[0].goal_id = "g-rev"
    before = session.plan.model_copy(deep=True)
    table.select_item("g-rev")
    table.table.setFocus()
    QTest.keyClick(table.table, Qt.Key.Key_Delete)
    assert names(session) == ["New customers"]
    assert session.plan.kpis.nodes[0].goal_id is None
    assert find_problems(session.plan) == []
    session.undo_stack.undo()
    assert session.plan == before


def test_ctrl_d_duplicates_and_alt_arrows_move(table, session):
    table.select_item("g-rev")
    table.table.setFocus()
    QTest.keyClick(table.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert names(session) == ["Revenue", "Revenue (copy)", "New customers"]
    assert table.current_id() == session.plan.strategy.goals[1].id
    QTest.keyClick(table.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(session) == ["Revenue", "New customers", "Revenue (copy)"]
    assert table.current_id() == session.plan.strategy.goals[2].id
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert names(session) == ["Revenue", "New customers"]


def test_the_selection_follows_the_item_through_undo(table, session):
    table.select_item("g-new")
    table.remove_rows()
    session.undo_stack.undo()
    assert table.model.row_of("g-new") == 1


def test_a_read_only_plan_has_no_editable_cells_and_no_buttons(qtbot, session):
    session.read_only = True
    binder = Binder(session)
    model = ItemTableModel(binder, ops.Slot(None, "strategy.goals"), goal_columns())
    widget = ItemTable(model, new_item=lambda: BusinessGoal(id=new_id("goal")))
    qtbot.addWidget(widget)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not widget.add_button.isEnabled()
    assert widget.add_row() is None and session.undo_stack.count() == 0


def test_the_model_follows_edits_made_elsewhere(table, session, qtbot):
    from canvas_app.commands import EditField

    with qtbot.waitSignal(table.model.dataChanged):
        session.push(EditField(session, "g-new", "unit", Unit.PERCENT, merge=False))
    assert table.model.data(table.model.index(1, 2)) == "4,000"
