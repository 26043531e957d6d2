"""File ▸ New: the New plan wizard (built and driven by keyboard, never exec'd) and
the new plan it opens."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from canvas_app.model import MoneyUnit, find_problems
from canvas_app.storage.project_file import load_plan
from canvas_app.ui import templates
from canvas_app.ui.dialogs.new_plan_dialog import NewPlanChoice, NewPlanDialog, month_names

#: The real ``ask`` (tests/ui/conftest.py replaces it with a failure for every other test).
REAL_ASK = NewPlanDialog.__dict__["ask"]
BLANK_EN = ["Corporate Planning", "Marketing", "Sales", "Customer Success"]


@pytest.fixture
def dialog(qtbot):
    dlg = NewPlanDialog(None, templates.available())
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def select(dialog, name: str) -> None:
    names = [dialog.templates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.templates.count())]
    dialog.templates.setCurrentRow(names.index(name))


def dept_names(dialog) -> list[str]:
    return [name for _id, name in dialog.department_specs()]


def test_templates_are_blank_first_then_the_samples_each_with_a_description(qapp):
    choices = templates.available()
    assert [c.name for c in choices] == ["blank", "manufacturer_ja", "retail_ja", "saas_en"]
    assert all(c.description for c in choices)
    retail = choices[2]
    assert retail.company_name == "株式会社こむぎ堂" and retail.money_unit == MoneyUnit.YEN
    assert all(dept_id for dept_id, _ in retail.departments)


def test_blank_defaults(dialog):
    assert dialog.current_template().name == "blank"
    assert dialog.company.text() == ""
    assert dialog.month.currentData() == 4 and dialog.month.currentText() == "April"
    assert dialog.money_unit.currentData() == MoneyUnit.THOUSAND
    assert dept_names(dialog) == BLANK_EN
    assert all(dept_id is None for dept_id, _ in dialog.department_specs())
    assert dialog.create_button.isEnabled() and dialog.create_button.isDefault()
    assert dialog.choice() == NewPlanChoice("blank", "", 4, MoneyUnit.THOUSAND, tuple((None, n) for n in BLANK_EN))


@pytest.mark.parametrize("name", ["manufacturer_ja", "retail_ja", "saas_en"])
def test_a_sample_fills_the_form_with_its_settings(dialog, samples_dir, name):
    select(dialog, name)
    settings = load_plan(samples_dir / f"{name}.scanvas").plan.settings
    assert dialog.company.text() == settings.company_name
    assert dialog.month.currentData() == settings.fiscal_year_start_month
    assert dialog.money_unit.currentData() == settings.money_unit
    assert dialog.department_specs() == tuple((d.id, d.name) for d in settings.departments)


def test_a_typed_company_name_survives_a_change_of_template(dialog, qtbot):
    qtbot.keyClicks(dialog.company, "Minato Trading")
    select(dialog, "retail_ja")
    assert dialog.company.text() == "Minato Trading"
    assert dialog.money_unit.currentData() == MoneyUnit.YEN  # the rest follows the template


def test_months_and_money_units_speak_the_ui_language(qapp):
    assert month_names("ja")[3] == "4月" and month_names("ja")[0] == "1月"
    assert month_names("en")[9] == "October"


def test_departments_by_keyboard(dialog, qtbot):
    dialog.new_department.setFocus()
    qtbot.keyClicks(dialog.new_department, "Inside Sales")
    qtbot.keyClick(dialog.new_department, Qt.Key.Key_Return)  # adds, does not create the plan
    assert dialog.result() == 0 and dialog.isVisible()
    assert dept_names(dialog) == [*BLANK_EN, "Inside Sales"]
    assert dialog.new_department.text() == ""
    assert dialog.departments.currentItem().text() == "Inside Sales"

    # Delete in the list removes the current department
    dialog.departments.setFocus()
    dialog.departments.setCurrentRow(0)
    qtbot.keyClick(dialog.departments, Qt.Key.Key_Delete)
    assert dept_names(dialog) == ["Marketing", "Sales", "Customer Success", "Inside Sales"]

    # F2 renames in place; Enter commits the edit
    dialog.departments.setCurrentRow(1)
    qtbot.keyClick(dialog.departments, Qt.Key.Key_F2)
    editor = dialog.departments.findChild(QLineEdit)
    assert editor is not None and editor.hasFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Field Sales")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Field Sales" in dept_names(dialog))  # the view commits queued
    assert dept_names(dialog) == ["Marketing", "Field Sales", "Customer Success", "Inside Sales"]
    assert dialog.isVisible()

    # Add and Remove buttons
    dialog.new_department.setText("経営企画")
    dialog.add_button.click()
    assert dept_names(dialog)[-1] == "経営企画"
    dialog.remove_button.click()
    assert "経営企画" not in dept_names(dialog)


def test_renaming_a_sample_department_keeps_its_id(dialog):
    select(dialog, "retail_ja")
    dept_id, _ = dialog.department_specs()[1]
    dialog.departments.item(1).setText("広報・販促")
    assert dialog.choice().departments[1] == (dept_id, "広報・販促")


def test_validation_messages_at_the_departments(dialog):
    dialog.departments.item(1).setText("  ")
    assert dialog.error.isVisible() and dialog.error.text() == "Every department needs a name."
    assert not dialog.create_button.isEnabled()
    assert dialog.choice() is None
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.departments.item(1).setText("sales")
    assert "two departments called “sales”" in dialog.error.text().lower()
    assert not dialog.create_button.isEnabled()
    dialog.departments.item(1).setText("Marketing")
    assert not dialog.error.isVisible() and dialog.create_button.isEnabled()


def test_company_name_is_bounded_like_the_model(dialog):
    assert dialog.company.maxLength() == 500


def test_no_departments_is_fine(dialog):
    while dialog.departments.count():
        dialog.remove_department()
    assert not dialog.remove_button.isEnabled()
    assert dialog.choice().departments == ()


def test_tab_order_runs_down_the_form(dialog, qtbot):
    order = [dialog.templates]
    widget = dialog.templates
    for _ in range(8):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:8] == [dialog.templates, dialog.company, dialog.month, dialog.money_unit, dialog.departments,
                         dialog.new_department, dialog.add_button, dialog.remove_button]


def _answer_later(qtbot, act) -> None:
    def run():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, NewPlanDialog)
        act(dlg)
    QTimer.singleShot(0, run)


def test_ask_returns_the_choice_on_enter(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(NewPlanDialog, "ask", REAL_ASK)

    def act(dlg):
        select(dlg, "retail_ja")
        dlg.company.setText("Bakery K")
        dlg.month.setCurrentIndex(0)
        qtbot.keyClick(dlg.company, Qt.Key.Key_Return)

    _answer_later(qtbot, act)
    choice = NewPlanDialog.ask(None, templates.available())
    assert choice.template == "retail_ja" and choice.company_name == "Bakery K"
    assert choice.fiscal_year_start_month == 1 and choice.money_unit == MoneyUnit.YEN


def test_ask_returns_none_on_escape(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(NewPlanDialog, "ask", REAL_ASK)
    _answer_later(qtbot, lambda dlg: qtbot.keyClick(dlg.templates, Qt.Key.Key_Escape))
    assert NewPlanDialog.ask(None, templates.available()) is None


# --------------------------------------------------------------------------- File ▸ New


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", ["blank", "manufacturer_ja", "retail_ja"])
def test_file_new_opens_an_unsaved_plan_with_the_chosen_settings(window, dialogs, samples_dir, name):
    files = {p: _digest(p) for p in samples_dir.glob("*.scanvas")}
    template = next(t for t in templates.available() if t.name == name)
    kept = template.departments[:1]
    dialogs.new_plan = NewPlanChoice(name, "山田ベーカリー株式会社", 10, MoneyUnit.TEN_THOUSAND,
                                     (*kept, (None, "店舗運営部")))
    assert window.new_from_template()
    assert "template" in dialogs.asked
    session = window.session
    assert session.path is None and not session.modified
    assert window.windowTitle().startswith("Untitled")
    s = session.plan.settings
    assert (s.company_name, s.fiscal_year_start_month, s.money_unit) == ("山田ベーカリー株式会社", 10, MoneyUnit.TEN_THOUSAND)
    assert [d.name for d in s.departments] == [*(n for _, n in kept), "店舗運営部"]
    if name != "blank":
        assert s.departments[0].id == kept[0][0]
    assert find_problems(session.plan) == []
    if name != "blank":
        sample = load_plan(samples_dir / f"{name}.scanvas").plan
        assert [g.id for g in session.plan.strategy.goals] == [g.id for g in sample.strategy.goals]
        ids = {d.id for d in s.departments}
        assert all(set(g.agreed_department_ids) <= ids for g in session.plan.strategy.goals)
        assert session.plan.customers == sample.customers
    # editing the new plan never touches the template on disk
    session.plan.strategy.vision = "changed"
    assert {p: _digest(p) for p in samples_dir.glob("*.scanvas")} == files


def test_file_new_cancelled_keeps_the_document(window, dialogs):
    before = window.session
    dialogs.new_plan = None
    assert not window.new_from_template()
    assert window.session is before


def test_file_new_reports_an_unknown_template(window, dialogs):
    dialogs.new_plan = NewPlanChoice("gone", "", 4, MoneyUnit.THOUSAND, ())
    before = window.session
    assert not window.new_from_template()
    assert window.session is before
    assert dialogs.errors and "gone" in dialogs.errors[0]
