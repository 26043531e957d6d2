"""Step 1 page: every field edited through the UI, refusals at the field, undo/redo,
keyboard tables (Enter adds, Delete removes with references, Ctrl+D duplicates,
Alt+arrows reorder), read-only plans, navigation, and no rebuild under the cursor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_app.commands import EditField
from canvas_app.document import DocumentSession
from canvas_app.model import Plan
from canvas_app.model.enums import Unit
from canvas_app.ui.steps.step1.strategy import StrategyPage
from tests.ui.typing import replace_text, type_text
from tests.ui.workshop import fill_strategy


def show(qtbot, session) -> StrategyPage:
    page = StrategyPage(session)
    qtbot.addWidget(page)
    page.resize(1030, 720)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    QApplication.processEvents()
    return page


@pytest.fixture
def page(qtbot, session):
    return show(qtbot, session)


def key(widget, k, modifiers=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, k, modifiers)
    QApplication.processEvents()


# -- filling every field, both languages, undo all and redo all -----------------------------------
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_workshop_fills_step_1_from_a_blank_plan_then_undoes_and_redoes_it_all(qtbot, lang):
    session = DocumentSession(Plan())
    blank = session.plan.model_copy(deep=True)
    page = show(qtbot, session)
    fill_strategy.fill(page, qtbot, lang)
    fill_strategy.assert_filled(session.plan, lang)
    assert not session.undo_stack.isClean()
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.undo_stack.isClean() and session.plan == blank
    assert page.vision.toPlainText() == "" and page.goals_model.rowCount() == 0
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    fill_strategy.assert_filled(session.plan, lang)
    assert page.goals_model.rowCount() == 2 and page.midterm_card.end_year.text() == "2028"


def test_typing_in_a_field_is_one_undo_step_and_the_field_follows_undo(page, session):
    replace_text(page.mission, "Predictable maintenance")
    assert session.plan.strategy.mission == "Predictable maintenance"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert page.mission.toPlainText() == "Make maintenance predictable"
    session.undo_stack.redo()
    assert page.mission.toPlainText() == "Predictable maintenance"


def test_the_page_does_not_rebuild_under_the_cursor(page, session):
    field = page.vision
    field.setFocus()
    key(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(field, " now")
    cursor = field.textCursor().position()
    children = len(page.findChildren(field.__class__))
    session.push(EditField(session, "g-rev", "name", "Sales"))  # an edit from elsewhere
    QApplication.processEvents()
    assert QApplication.focusWidget() is field
    assert field.textCursor().position() == cursor
    assert len(page.findChildren(field.__class__)) == children
    type_text(field, "!")
    assert session.plan.strategy.vision == "Every factory runs without downtime now!"
    assert page.goals_model.data(page.goals_model.index(0, 0)) == "Sales"


# -- refusals at the field ----------------------------------------------------------------------------
def test_a_goal_target_that_is_not_a_number_is_refused(page, session):
    before = session.plan.model_copy(deep=True)
    fill_strategy.edit_cell(page.goals_editor, 0, 3, "abc")
    assert session.plan == before and session.undo_stack.count() == 0
    assert page.goals_editor.message.isVisible() and "number" in page.goals_editor.message.text()


def test_a_goal_target_is_typed_in_the_money_unit(page, session):
    fill_strategy.edit_cell(page.goals_editor, 0, 3, "1,200,000")
    assert session.plan.strategy.goals[0].target == 1_200_000_000  # thousand yen
    assert page.goals_model.data(page.goals_model.index(0, 3)) == "1,200,000"


def test_a_deadline_that_is_not_a_date_is_refused(page, session):
    fill_strategy.edit_cell(page.goals_editor, 1, 5, "2027/2/30")
    assert session.plan.strategy.goals[1].deadline == dt.date(2027, 3, 31)
    assert "date" in page.goals_editor.message.text() and page.goals_editor.message.isVisible()
    fill_strategy.edit_cell(page.goals_editor, 1, 5, "2027/2/28")
    assert session.plan.strategy.goals[1].deadline == dt.date(2027, 2, 28)
    assert session.undo_stack.count() == 1


def test_an_end_year_before_the_start_year_is_refused_at_the_field(page, session):
    card = page.midterm_card
    replace_text(card.end_year, "2020")
    key(card.end_year, Qt.Key.Key_Return)
    assert session.plan.strategy.mid_term_plan.end_year == 2028
    assert card.end_row.message.isVisible() and "before" in card.end_row.message.text()
    assert session.undo_stack.count() == 0
    page.vision.setFocus()
    QApplication.processEvents()
    assert card.end_year.text() == "2028"  # the kept value is back
    replace_text(card.start_year, "2025")
    key(card.start_year, Qt.Key.Key_Return)
    assert session.plan.strategy.mid_term_plan.start_year == 2025


def test_a_headline_target_value_follows_its_unit(page, session):
    targets = page.midterm_card.targets
    fill_strategy.edit_cell(targets, 0, 2, Unit.PERCENT)
    fill_strategy.edit_cell(targets, 0, 1, "35")
    assert session.plan.strategy.mid_term_plan.headline_targets[0].value == pytest.approx(0.35)
    fill_strategy.edit_cell(targets, 0, 3, "2029")
    assert session.plan.strategy.mid_term_plan.headline_targets[0].year == 2029


# -- structural edits ----------------------------------------------------------------------------------
def test_enter_adds_a_goal_and_delete_removes_it_with_its_references(page, session):
    table = page.goals_table
    table.setFocus()
    table.setCurrentIndex(page.goals_model.index(1, 0))
    key(table, Qt.Key.Key_Return)
    assert len(session.plan.strategy.goals) == 3 and session.undo_stack.count() == 1
    key(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the opened cell
    session.undo_stack.undo()
    table.setCurrentIndex(page.goals_model.index(0, 0))
    key(table, Qt.Key.Key_Delete)
    assert [g.id for g in session.plan.strategy.goals] == ["g-new"]
    assert all(k.goal_id != "g-rev" for k in session.plan.kpis.nodes)  # the reference is cleared
    assert all(i.goal_id != "g-rev" for i in session.plan.roadmap.initiatives)
    assert session.undo_stack.count() == 1  # the undone add is replaced by the removal: one step
    session.undo_stack.undo()
    assert [g.id for g in session.plan.strategy.goals] == ["g-rev", "g-new"]
    assert any(k.goal_id == "g-rev" for k in session.plan.kpis.nodes)


def test_ctrl_d_duplicates_a_goal_with_a_copy_name(page, session):
    table = page.goals_table
    table.setFocus()
    table.setCurrentIndex(page.goals_model.index(0, 0))
    key(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    goals = session.plan.strategy.goals
    assert len(goals) == 3 and goals[1].name == "Revenue (copy)" and goals[1].id != "g-rev"
    assert goals[1].agreed_department_ids == ["d-sales", "d-mkt"]
    assert page.goals_editor.current_id() == goals[1].id
    session.undo_stack.undo()
    assert len(session.plan.strategy.goals) == 2


def test_priorities_reorder_with_alt_arrows_and_buttons(page, session):
    priorities = page.strategy_card.priorities
    fill_strategy.add_row(priorities, ["Launch the service plan"])
    assert [p.text for p in session.plan.strategy.priorities] == ["Win 40 new plants", "Launch the service plan"]
    key(priorities.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.text for p in session.plan.strategy.priorities] == ["Launch the service plan", "Win 40 new plants"]
    assert priorities.current_id() == session.plan.strategy.priorities[0].id
    priorities.down_button.click()
    assert [p.text for p in session.plan.strategy.priorities][0] == "Win 40 new plants"
    session.undo_stack.undo()
    assert session.plan.strategy.priorities[0].text == "Launch the service plan"


# -- the selected goal's detail ----------------------------------------------------------------------
def test_the_detail_follows_the_selected_goal_and_edits_it(page, session):
    detail = page.goals_card.detail
    page.goals_editor.select_item("g-new")
    assert detail.goal_id == "g-new" and detail.contribution.toPlainText() == ""
    assert "not agreed yet" in detail.gaps.text() and "contribution" in detail.gaps.text()
    type_text(detail.contribution, "Leads for sales")
    type_text(detail.notes, "Count only plants")
    detail.departments.setFocus()
    detail.departments.setCurrentRow(1)
    key(detail.departments, Qt.Key.Key_Space)
    goal = session.plan.strategy.goals[1]
    assert (goal.marketing_contribution, goal.notes, goal.agreed_department_ids) == \
        ("Leads for sales", "Count only plants", ["d-mkt"])
    assert detail.gaps.text().startswith("✓")
    page.goals_editor.select_item("g-rev")
    assert detail.contribution.toPlainText() == "Pipeline"


def test_without_departments_the_page_says_where_to_add_them(qtbot):
    session = DocumentSession(Plan())
    page = show(qtbot, session)
    detail = page.goals_card.detail
    assert detail.no_departments.isVisible() and "New plan" in detail.no_departments.text()
    type_text(detail.new_department, "Sales")
    key(detail.new_department, Qt.Key.Key_Return)
    assert [d.name for d in session.plan.settings.departments] == ["Sales"]
    assert not detail.no_departments.isVisible() and detail.departments.count() == 1
    session.undo_stack.undo()
    assert session.plan.settings.departments == []


# -- read-only, navigation, guidance, models ------------------------------------------------------------
def test_a_read_only_plan_cannot_be_edited_from_the_page(qtbot, plan):
    session = DocumentSession(plan, read_only=True)
    page = show(qtbot, session)
    before = plan.model_copy(deep=True)
    type_text(page.vision, "changed")
    page.goals_table.setFocus()
    key(page.goals_table, Qt.Key.Key_Return)
    key(page.goals_table, Qt.Key.Key_Delete)
    page.goals_card.detail.new_department.setText("X")
    page.goals_card.detail.add_department.click()
    assert session.plan == before and session.undo_stack.count() == 0
    assert page.vision.isReadOnly() and not page.goals_editor.add_button.isEnabled()
    assert not page.goals_card.detail.add_department.isEnabled()


@pytest.mark.parametrize(("item_id", "part"), [("g-new", "goals_editor"), ("pr1", "priorities"), ("h1", "targets")])
def test_select_item_selects_and_reveals_goals_priorities_and_targets(page, item_id, part):
    editor = {"goals_editor": page.goals_editor, "priorities": page.strategy_card.priorities,
              "targets": page.midterm_card.targets}[part]
    assert page.select_item(item_id)
    assert editor.current_id() == item_id
    assert editor.table.selectionModel().isRowSelected(editor.model.row_of(item_id))
    assert not editor.table.visibleRegion().isEmpty()
    assert not page.select_item("p1")  # a persona is on step 2


def test_the_guidance_follows_the_part_being_edited(page):
    assert "What this step is for" in page.guidance.texts()
    page.midterm_card.title_field.setFocus()
    QApplication.processEvents()
    assert page.guidance.topic.text() == "Mid-term business plan"
    page.goals_card.detail.contribution.setFocus()
    QApplication.processEvents()
    assert "Vanity" not in page.guidance.texts() and "agreed" in page.guidance.texts()
    page.goals_table.setFocus()
    QApplication.processEvents()
    assert "Vanity metrics" in page.guidance.texts()


def test_every_model_of_the_page_passes_the_model_tester(page, qtmodeltester):
    for model in (page.goals_model, page.strategy_card.priorities.model, page.midterm_card.targets.model):
        qtmodeltester.check(model)
