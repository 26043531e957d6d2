"""The main window: navigation, title and modified mark, undo/redo through the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from canvas_app.commands import EditField
from canvas_app.settings import STEPS
from canvas_app.ui.steps.base import StepPage


def test_the_navigator_walks_through_every_page(window, qtbot):
    seen = []
    for row, step in enumerate(STEPS):
        window.navigator.setCurrentRow(row)
        page = window.pages.currentWidget()
        assert isinstance(page, StepPage)
        assert page.step == step
        assert page.isVisible()
        assert page.title.text()  # a real heading, not an empty stub
        seen.append(type(page).__name__)
    assert seen == ["OverviewPage", "StrategyPage", "CustomersPage", "KpiPage", "ReviewPage", "FunnelPage"]
    assert window.current_step() == "funnel"


def test_keyboard_shortcuts_switch_pages(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "3"
    window.menus.actions["next_page"].trigger()
    assert window.current_step() == "4"
    window.menus.actions["previous_page"].trigger()
    window.menus.actions["previous_page"].trigger()
    assert window.current_step() == "2"
    assert window.navigator.current_step() == "2"


def test_each_step_shows_how_complete_it_is(window):
    for step in ("1", "2", "3", "4"):
        done, total = window.navigator.completion(step)
        assert 0 <= done <= total and total >= 3
    assert window.navigator.completion("overview") is None
    done_before, _ = window.navigator.completion("1")
    # Step 1's "contributions" part: every goal says how marketing contributes.
    window.session.push(EditField(window.session, "g-new", "marketing_contribution", "Leads for sales"))
    assert window.navigator.completion("1")[0] == done_before + 1
    window.session.undo_stack.undo()
    assert window.navigator.completion("1")[0] == done_before


def test_title_names_the_file_and_shows_the_modified_mark(window):
    assert window.windowTitle() == "Untitled[*] — Strategy Canvas"
    assert not window.isWindowModified()
    window.session.push(EditField(window.session, "g-rev", "owner", "CEO"))
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert not window.isWindowModified()


def test_an_edit_then_undo_and_redo_update_the_overview(window):
    overview = window.page("overview")
    window.show_step("overview")

    def goal_names() -> list[str]:
        return [w.text() for w in overview.goal_rows.values()]

    assert "Revenue" in goal_names()
    window.session.push(EditField(window.session, "g-rev", "name", "Net sales"))
    assert "Net sales" in goal_names() and "Revenue" not in goal_names()
    undo, redo = window.menus.actions["undo"], window.menus.actions["redo"]
    assert undo.isEnabled()
    undo.trigger()
    assert "Revenue" in goal_names()
    assert not window.isWindowModified()
    assert redo.isEnabled()
    redo.trigger()
    assert "Net sales" in goal_names()
    assert window.isWindowModified()


def test_undo_and_redo_use_the_standard_shortcuts(window):
    undo, redo = window.menus.actions["undo"], window.menus.actions["redo"]
    assert QKeySequence(QKeySequence.StandardKey.Undo) in undo.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Redo) in redo.shortcuts()
    assert undo in window.menus.edit_menu.actions()


def test_a_hidden_page_catches_up_when_shown(window):
    window.show_step("1")
    strategy = window.page("1")
    window.show_step("overview")
    window.session.push(EditField(window.session, None, "strategy.vision", "Zero downtime everywhere"))
    window.show_step("1")
    assert strategy.vision.toPlainText() == "Zero downtime everywhere"


def test_standard_shortcuts_are_on_the_file_actions(window):
    expected = {
        "new": QKeySequence.StandardKey.New,
        "open": QKeySequence.StandardKey.Open,
        "save": QKeySequence.StandardKey.Save,
        "save_as": QKeySequence.StandardKey.SaveAs,
        "close": QKeySequence.StandardKey.Close,
        "quit": QKeySequence.StandardKey.Quit,
    }
    for name, key in expected.items():
        shortcuts = window.menus.actions[name].shortcuts()
        assert shortcuts, name
        platform = QKeySequence.keyBindings(key)
        assert shortcuts == platform if platform else len(shortcuts) == 1, name
    assert window.menus.actions["quit"].shortcuts()[0] in (QKeySequence("Ctrl+Q"), *QKeySequence.keyBindings(
        QKeySequence.StandardKey.Quit))
    assert QKeySequence("Ctrl+Shift+S") in window.menus.actions["save_as"].shortcuts()
