"""Step 2 — customer journey: a journey per persona, created with five default stages in
one step; every cell edited through commands; stages added, removed, duplicated and moved
by keys and buttons, each one undo step; the grid follows undo, channels and personas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_app import i18n
from canvas_app.commands.structure import remove_items
from canvas_app.document import DocumentSession
from canvas_app.model import Channel, Persona, Plan, find_problems
from canvas_app.ui.editing.binder import Binder
from canvas_app.ui.steps.step2.journey import JourneySection
from canvas_app.ui.steps.step2.journey_grid import CellEditor
from canvas_app.ui.steps.step2.journey_model import CHANNEL_ROW, NAME_ROW, default_stage_names
from tests.ui.typing import replace_text, type_text
from tests.ui.workshop import fill_journey

DEFAULTS = {"en": ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
            "ja": ["認知", "比較検討", "購入", "継続利用", "推奨"]}


def make_section(qtbot, session) -> JourneySection:
    section = JourneySection(Binder(session))
    qtbot.addWidget(section)
    section.resize(1000, 700)
    section.show()
    section.activateWindow()
    qtbot.waitActive(section)
    QApplication.processEvents()
    return section


@pytest.fixture
def section(qtbot, session):
    return make_section(qtbot, session)


def blank_with_personas() -> Plan:
    plan = Plan()
    plan.customers.personas = [Persona(id="pa", name="Design engineer"), Persona(id="pb", name="Buyer"),
                               Persona(id="pc", name="QA manager")]
    plan.customers.channels = [Channel(id="cha", name="Trade shows"), Channel(id="chb", name="Webinars")]
    return plan


@pytest.fixture
def blank(qtbot):
    session = DocumentSession(blank_with_personas())
    yield session
    session.undo_stack.clear()


@pytest.fixture
def japanese(qapp):
    i18n.install_translators(qapp, "ja")
    yield
    i18n.install_translators(qapp, "en")


def stages(session, persona_id="p1"):
    journey = next(j for j in session.plan.customers.journeys if j.persona_id == persona_id)
    return journey.stages


def names(session, persona_id="p1"):
    return [s.name for s in stages(session, persona_id)]


def cell_text(section, row, column):
    return section.model.index(row, column).data()


# -- creating and removing a journey -------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_create_journey_is_one_step_with_the_default_stages(qtbot, blank, qapp, lang):
    if lang == "ja":
        i18n.install_translators(qapp, "ja")
    try:
        section = make_section(qtbot, blank)
        assert default_stage_names() == DEFAULTS[lang]
        assert section.create_button.isVisible() and not section.grid.isVisible()
        section.create_button.click()
        assert blank.undo_stack.count() == 1
        assert names(blank, "pa") == DEFAULTS[lang]
        assert section.grid.isVisible() and section.model.columnCount() == 5
        assert [cell_text(section, NAME_ROW, c) for c in range(5)] == DEFAULTS[lang]
        assert not section.create_button.isVisible()
        assert find_problems(blank.plan) == []
        blank.undo_stack.undo()
        assert blank.plan.customers.journeys == [] and section.create_button.isVisible()
        assert section.model.columnCount() == 0
    finally:
        i18n.install_translators(qapp, "en")


def test_no_personas_points_to_the_personas_tab(qtbot):
    session = DocumentSession(Plan())
    section = make_section(qtbot, session)
    assert section.hint.isVisible() and "Personas tab" in section.hint.text()
    assert not section.create_button.isVisible() and not section.grid.isVisible()
    assert section.create_journey() is None and session.undo_stack.count() == 0


def test_remove_journey_is_undoable(section, session):
    assert section.model.journey_id == "j1"
    section.remove_journey_button.click()
    assert session.plan.customers.journeys == [] and session.undo_stack.count() == 1
    assert section.create_button.isVisible() and section.model.columnCount() == 0
    session.undo_stack.undo()
    assert section.model.journey_id == "j1" and cell_text(section, NAME_ROW, 0) == "Notice"


def test_a_persona_removed_elsewhere_takes_its_journey_along(section, session):
    session.push(remove_items(session, ["p1"]))
    assert session.plan.customers.journeys == []
    assert section.model.columnCount() == 0 and section.hint.isVisible()
    session.undo_stack.undo()
    assert section.model.journey_id == "j1"


# -- editing cells -------------------------------------------------------------------------------------
def test_every_aspect_is_edited_through_the_model(section, session):
    model = section.model
    assert model.setData(model.index(0, 0), "気づく")
    assert model.setData(model.index(1, 0), "展示会\nWeb")
    assert model.setData(model.index(CHANNEL_ROW, 0), None)
    assert model.setData(model.index(3, 0), "止めたくない")
    assert model.setData(model.index(4, 0), "デモを見せる")
    stage = stages(session)[0]
    assert (stage.name, stage.touchpoint, stage.channel_id, stage.customer_thought, stage.our_action) == \
        ("気づく", "展示会\nWeb", None, "止めたくない", "デモを見せる")
    assert cell_text(section, CHANNEL_ROW, 0) == "—"
    assert session.undo_stack.count() == 5
    assert model.setData(model.index(3, 0), "止めたくない")  # unchanged: no empty step
    assert session.undo_stack.count() == 5
    for _ in range(5):
        session.undo_stack.undo()
    assert stages(session)[0].name == "Notice" and cell_text(section, CHANNEL_ROW, 0) == "Trade shows"
    for _ in range(5):
        session.undo_stack.redo()
    assert cell_text(section, 4, 0) == "デモを見せる"


def test_typing_in_cells_enter_stores_shift_enter_breaks_the_line(section, session):
    grid = section.grid
    grid.setFocus()
    grid.setCurrentIndex(section.model.index(1, 0))
    QTest.keyClick(grid, Qt.Key.Key_Return)
    editor = grid.indexWidget(grid.currentIndex())
    assert isinstance(editor, CellEditor)
    replace_text(editor, "展示会ブース")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, "Tech column")
    assert session.undo_stack.count() == 0  # nothing stored while typing
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert stages(session)[0].touchpoint == "展示会ブース\nTech column"
    assert session.undo_stack.count() == 1
    assert grid.currentIndex().row() == CHANNEL_ROW  # Enter moved on to the next aspect
    # Esc cancels an edit
    grid.setCurrentIndex(section.model.index(3, 0))
    QTest.keyClick(grid, Qt.Key.Key_Return)
    editor = grid.indexWidget(grid.currentIndex())
    type_text(editor, " never stored")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert stages(session)[0].customer_thought == "Could this stop our downtime?"
    assert session.undo_stack.count() == 1


def test_a_stage_name_is_typed_in_one_line(section, session):
    grid = section.grid
    grid.setFocus()
    grid.setCurrentIndex(section.model.index(NAME_ROW, 0))
    QTest.keyClick(grid, Qt.Key.Key_F2)
    editor = grid.indexWidget(grid.currentIndex())
    replace_text(editor, "認知 Awareness")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # a one-line editor is stored by a queued call
    assert names(session) == ["認知 Awareness"] and session.undo_stack.count() == 1


def test_channel_is_picked_from_the_plans_channels(section, session, qtbot):
    session.plan.customers.channels.append(Channel(id="ch2", name="Webinars"))
    section.grid.setFocus()
    section.grid.setCurrentIndex(section.model.index(CHANNEL_ROW, 0))
    fill_journey._pick(section, qtbot, 2)  # none, Trade shows, Webinars
    assert stages(session)[0].channel_id == "ch2" and cell_text(section, CHANNEL_ROW, 0) == "Webinars"
    assert section.grid.currentIndex().row() == CHANNEL_ROW + 1
    section.grid.setCurrentIndex(section.model.index(CHANNEL_ROW, 0))
    fill_journey._pick(section, qtbot, 0)
    assert stages(session)[0].channel_id is None and cell_text(section, CHANNEL_ROW, 0) == "—"
    assert session.undo_stack.count() == 2


def test_channels_renamed_or_removed_elsewhere_show_in_the_grid(section, session):
    binder = Binder(session)
    binder.edit("ch1", "name", "Expos")
    assert cell_text(section, CHANNEL_ROW, 0) == "Expos"
    binder.run(lambda: remove_items(session, ["ch1"]))
    assert stages(session)[0].channel_id is None and cell_text(section, CHANNEL_ROW, 0) == "—"
    session.undo_stack.undo()
    assert cell_text(section, CHANNEL_ROW, 0) == "Expos"


# -- structure: add, remove, duplicate, move -------------------------------------------------------------
def test_stages_are_added_removed_duplicated_and_moved_by_keys(section, session):
    grid = section.grid
    grid.setFocus()
    grid.setCurrentIndex(section.model.index(2, 0))
    QTest.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = grid.indexWidget(grid.currentIndex())
    assert editor is not None and grid.currentIndex().column() == 1
    type_text(editor, "Compare")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert names(session) == ["Notice", "Compare"] and session.undo_stack.count() == 2
    grid.setCurrentIndex(section.model.index(NAME_ROW, 1))
    QTest.keyClick(grid, Qt.Key.Key_Insert)  # Insert adds too
    QTest.keyClick(grid.indexWidget(grid.currentIndex()), Qt.Key.Key_Escape)
    assert len(names(session)) == 3 and names(session)[2] == ""
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert names(session) == ["Notice", "Compare"]
    grid.setCurrentIndex(section.model.index(NAME_ROW, 0))
    QTest.keyClick(grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert names(session) == ["Notice", "Notice (copy)", "Compare"]
    copy = stages(session)[1]
    assert copy.id != "js1" and copy.touchpoint == "Trade show" and copy.channel_id == "ch1"
    assert grid.currentIndex().column() == 1
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert names(session) == ["Notice", "Compare", "Notice (copy)"] and grid.currentIndex().column() == 2
    QTest.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert names(session) == ["Notice (copy)", "Notice", "Compare"] and grid.currentIndex().column() == 0
    QTest.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # at the edge: nothing
    count = session.undo_stack.count()
    assert count == 8  # add+name, add, remove, duplicate, three moves (none at the edge)
    assert find_problems(session.plan) == []
    for _ in range(count):
        session.undo_stack.undo()
    assert names(session) == ["Notice"] and session.undo_stack.isClean()
    for _ in range(count):
        session.undo_stack.redo()
    assert names(session) == ["Notice (copy)", "Notice", "Compare"]
    assert [cell_text(section, NAME_ROW, c) for c in range(3)] == names(session)


def test_stage_buttons(section, session):
    section.add_button.click()
    QTest.keyClick(section.grid.indexWidget(section.grid.currentIndex()), Qt.Key.Key_Escape)
    section.model.setData(section.model.index(NAME_ROW, 1), "Buy")
    section.grid.setCurrentIndex(section.model.index(NAME_ROW, 1))
    assert section.left_button.isEnabled() and not section.right_button.isEnabled()
    section.left_button.click()
    assert names(session) == ["Buy", "Notice"]
    section.right_button.click()
    assert names(session) == ["Notice", "Buy"]
    section.duplicate_button.click()
    assert names(session) == ["Notice", "Buy", "Buy (copy)"]
    section.remove_button.click()
    assert names(session) == ["Notice", "Buy"]
    assert session.undo_stack.count() == 6  # add, name, two moves, duplicate, remove
    section.remove_button.click()
    section.remove_button.click()
    assert names(session) == [] and section.hint.isVisible() and not section.grid.isVisible()
    assert section.add_button.isEnabled() and not section.remove_button.isEnabled()
    section.add_button.click()
    assert len(names(session)) == 1


# -- personas, navigation, read-only ---------------------------------------------------------------------------
def test_switching_personas_shows_their_journeys(qtbot, blank):
    section = make_section(qtbot, blank)
    assert section._persona_labels == ["Design engineer", "Buyer", "QA manager"]
    section.create_button.click()
    section.model.setData(section.model.index(NAME_ROW, 0), "Search")
    section.persona_combo.setCurrentIndex(1)
    assert section.model.journey_id is None and section.create_button.isVisible()
    section.create_button.click()
    assert [cell_text(section, NAME_ROW, c) for c in range(5)] == DEFAULTS["en"]
    section.persona_combo.setCurrentIndex(0)
    assert cell_text(section, NAME_ROW, 0) == "Search"
    # undoing the second journey's creation shows that persona again
    blank.undo_stack.undo()
    assert section.persona_id() == "pb" and section.create_button.isVisible()
    # undoing an edit in the first journey shows the first persona
    blank.undo_stack.undo()
    assert section.persona_id() == "pa" and cell_text(section, NAME_ROW, 0) == "Awareness"
    # a persona renamed elsewhere: the picker follows
    Binder(blank).edit("pa", "name", "Designer")
    assert section.persona_combo.itemText(0) == "Designer" and section.persona_id() == "pa"


def test_select_item_shows_the_persona_and_the_stage(qtbot, blank):
    section = make_section(qtbot, blank)
    section.persona_combo.setCurrentIndex(2)
    section.create_button.click()
    third = stages(blank, "pc")[3].id
    section.persona_combo.setCurrentIndex(0)
    assert section.select_item(third)
    assert section.persona_id() == "pc" and section.grid.currentIndex().column() == 3
    journey_id = blank.plan.customers.journeys[0].id
    section.persona_combo.setCurrentIndex(1)
    assert section.select_item(journey_id) and section.persona_id() == "pc"
    assert not section.select_item("pa")  # personas belong to the Personas tab
    assert not section.select_item("nope")


def test_read_only_plan_cannot_be_edited(qtbot, plan):
    session = DocumentSession(plan, read_only=True)
    section = make_section(qtbot, session)
    model = section.model
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "x")
    for button in (section.add_button, section.remove_button, section.duplicate_button,
                   section.remove_journey_button):
        assert not button.isEnabled()
    section.grid.setFocus()
    QTest.keyClick(section.grid, Qt.Key.Key_Delete)
    QTest.keyClick(section.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert names(session) == ["Notice"] and session.undo_stack.count() == 0


def test_the_grid_model_passes_the_model_tester(qtmodeltester, section, session):
    qtmodeltester.check(section.model)
    section.add_stage()
    section.remove_stage()
    section.remove_journey()
    qtmodeltester.check(section.model)
    session.undo_stack.undo()
    qtmodeltester.check(section.model)


def test_five_stages_fit_a_projector_page_without_scrolling(qtbot, blank):
    section = make_section(qtbot, blank)
    section.resize(1000, 700)
    section.create_button.click()
    QApplication.processEvents()
    assert not section.grid.horizontalScrollBar().isVisible()
    right = section.grid.columnViewportPosition(4) + section.grid.columnWidth(4)
    assert right <= section.grid.viewport().width()


# -- the workshop: fill everything from the keyboard, undo it all, redo it all ------------------------------------
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fill_every_field_then_undo_and_redo_everything(qtbot, blank, lang):
    before = blank.plan.model_dump()
    section = make_section(qtbot, blank)
    fill_journey.fill(section, qtbot, lang)
    fill_journey.assert_filled(blank.plan, lang)
    assert find_problems(blank.plan) == []
    after = blank.plan.model_dump()
    steps = blank.undo_stack.count()
    while blank.undo_stack.canUndo():
        blank.undo_stack.undo()
    assert blank.undo_stack.isClean() and blank.plan.model_dump() == before
    assert section.model.journey_id is None
    for _ in range(steps):
        blank.undo_stack.redo()
    assert blank.plan.model_dump() == after
    fill_journey.assert_filled(blank.plan, lang)


def test_translations_are_set_up(japanese):
    assert QCoreApplication.translate("JourneyGrid", "Awareness") == "認知"
