"""The roadmap's initiatives, edited in the window: from a plan with no initiatives
three are added from the keyboard in Japanese and English, every field filled in the
table and the form, linked to KPIs, a persona, a channel and a goal, with milestones;
each edit is one undo step, refusals are said at the field in the UI language and
never stored, everything undoes to the plan byte for byte and redoes. The table's rows
are all one height (for the chart beside it), and every model passes qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_app.model import Initiative, Milestone, find_problems
from canvas_app.model.enums import InitiativeStatus
from canvas_app.ui.editing.binder import Binder
from canvas_app.ui.language import apply_language
from canvas_app.ui.steps.step3.initiatives import ROW, VISIBLE_ROWS
from canvas_app.ui.steps.step3.roadmap_models import InitiativesModel, MilestonesModel
from canvas_app.ui.steps.step3.roadmap_section import RoadmapSection
from tests.saved import saved_bytes
from tests.ui.steps.hosting import host_section, press
from tests.ui.typing import type_text

D = dt.date
# Per language: three initiatives (name, owner, start, end, budget typed in 千円, description)
WORKSHOP = {
    "ja": [("展示会出展", "佐藤", "2026/5/1", "2026/6/30", "1500", "大阪の展示会で見込み客を集める"),
           ("ウェビナー", "高橋", "2026/7/1", "2026/9/30", "800", "毎月のウェビナー"),
           ("導入事例制作", "中村", "2026/10/1", "2027/3/31", "0", "事例を5社分")],
    "en": [("Trade show", "Sato", "2026/5/1", "2026/6/30", "1500", "Meet buyers at the Osaka show"),
           ("Webinars", "Takahashi", "2026/7/1", "2026/9/30", "800", "One webinar a month"),
           ("Case studies", "Nakamura", "2026/10/1", "2027/3/31", "0", "Five customer stories")],
}
REFUSALS = {  # what the form says, per language
    "ja": ("終了日が開始日より前になっています。", "開始日が終了日より後になっています。",
           "0 以上の金額を入力してください。", "マイルストーン「{}」が施策の期間（2026/5/1 – 2026/6/30）の外になります。"),
    "en": ("The end date is before the start date.", "The start date is after the end date.",
           "Please enter an amount of zero or more.",
           "Milestone “{}” would lie outside the initiative's dates (2026/5/1 – 2026/6/30)."),
}


@pytest.fixture
def empty_roadmap(session):
    session.plan.roadmap.initiatives = []
    session.items.invalidate()
    return session


def host(qtbot, session, lang: str = "en") -> RoadmapSection:
    apply_language(lang)
    section = host_section(qtbot, session, RoadmapSection, lang=lang)
    section.retranslate()
    return section


@pytest.fixture
def section(qtbot, session) -> RoadmapSection:
    return host(qtbot, session)


def edit_cell(view, row: int, column: int, text: str) -> None:
    """Open a cell's editor from the keyboard (F2), type as a user does, press Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    press(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)


def pick_cell(view, row: int, column: int, value) -> None:
    """Choose ``value`` in a cell's drop-down list, as a click on the entry does."""
    view.setCurrentIndex(view.model().index(row, column))
    press(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()
    view.setFocus()


def pick(combo, value) -> None:
    index = combo._values.index(value)  # noqa: SLF001 - the values behind the labels
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QApplication.processEvents()


def type_into(field, text: str) -> None:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(field, text)
    else:
        QTest.keyClick(field, Qt.Key.Key_Delete)
    if hasattr(field, "returnPressed"):
        QTest.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()
    QApplication.processEvents()


def tick(field, value: str) -> None:
    entry = next(field.item(n) for n in range(field.count()) if field.item(n).data(Qt.ItemDataRole.UserRole) == value)
    entry.setCheckState(Qt.CheckState.Checked)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_three_initiatives_from_the_keyboard_filled_linked_refused_undone_and_redone(qtbot, empty_roadmap, lang):
    session = empty_roadmap
    try:
        section = host(qtbot, session, lang)
        view, form = section.initiatives_table, section.form
        before, steps = saved_bytes(session.plan), 0
        assert section.roadmap_hint.isVisible() and view.isVisible()
        for n, (name, owner, start, end, budget, description) in enumerate(WORKSHOP[lang]):
            view.setFocus()
            press(view, Qt.Key.Key_Return)  # adds a row below and opens its name
            type_text(QApplication.focusWidget(), name)
            press(QApplication.focusWidget(), Qt.Key.Key_Return)
            for column, text in ((1, owner), (2, start), (3, end), (4, budget)):
                edit_cell(view, n, column, text)
            steps += 6
            assert session.undo_stack.count() == steps
            initiative = session.plan.roadmap.initiatives[n]
            assert (initiative.name, initiative.owner, initiative.budget_yen) == (name, owner, int(budget) * 1000)
            assert form.initiative_id == initiative.id  # the form follows the table
            type_into(form.fields["description"], description)
            pick(form.fields["status"], InitiativeStatus.IN_PROGRESS)
            pick(form.fields["goal_id"], "g-rev")
            pick(form.fields["persona_id"], "p1")
            pick(form.fields["channel_id"], "ch1")
            tick(form.fields["kpi_ids"], "k-leads")
            tick(form.fields["kpi_ids"], "k-mql")
            steps += 7
            assert session.undo_stack.count() == steps
        first = session.plan.roadmap.initiatives[0]
        assert first.description == WORKSHOP[lang][0][5] and first.start == D(2026, 5, 1) and first.end == D(2026, 6, 30)
        assert (first.status, first.goal_id, first.persona_id, first.channel_id, first.kpi_ids) == (
            InitiativeStatus.IN_PROGRESS, "g-rev", "p1", "ch1", ["k-mql", "k-leads"])  # in the tree's order
        assert section.initiatives_model.rowCount() == 3 and not section.roadmap_hint.isVisible()

        # A milestone of the first: added from the keyboard in its table, named, dated, done.
        section.select_item(first.id)
        milestones = form.milestones
        milestones.table.setFocus()
        press(milestones.table, Qt.Key.Key_Return)
        type_text(QApplication.focusWidget(), WORKSHOP[lang][0][0] + " 1")
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        edit_cell(milestones.table, 0, 1, "2026/6/1")
        pick_cell(milestones.table, 0, 2, True)
        steps += 4
        assert session.undo_stack.count() == steps
        assert first.milestones[0].date == D(2026, 6, 1) and first.milestones[0].done

        # Refusals, at the field, in the UI language; the plan and the stack untouched.
        end_before, start_after, negative, outside = REFUSALS[lang]
        edited = saved_bytes(session.plan)
        for path, text, message in (("end", "2026/4/30", end_before), ("start", "2026/7/1", start_after),
                                    ("budget_yen", "-5", negative)):
            type_into(form.fields[path], text)
            assert form.rows[path].message.text().startswith(message), path
            assert form.rows[path].message.isVisible()
        edit_cell(milestones.table, 0, 1, "2026/7/15")
        assert milestones.message.text() == outside.format(WORKSHOP[lang][0][0] + " 1")
        assert saved_bytes(session.plan) == edited and session.undo_stack.count() == steps
        assert find_problems(session.plan) == []

        while session.undo_stack.canUndo():
            session.undo_stack.undo()
        assert saved_bytes(session.plan) == before
        assert section.initiatives_model.rowCount() == 0
        while session.undo_stack.canRedo():
            session.undo_stack.redo()
        assert saved_bytes(session.plan) == edited
    finally:
        apply_language("en")


@pytest.mark.parametrize("key, modifiers, ids", [
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, ["i-show", "i-case"]),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier, ["i-web", "i-show", "i-case"]),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier, ["i-show", "i-case", "i-web"]),
    (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier, ["i-show", "i-web", None, "i-case"]),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, ["i-show", "i-web", None, "i-case"]),
])
def test_each_key_of_the_table_is_one_undo_step_undone_byte_equal(section, key, modifiers, ids):
    session = section.binder.session
    before = saved_bytes(session.plan)
    section.select_item("i-web")
    press(section.initiatives_table, key, modifiers)
    QApplication.processEvents()
    shown = [i.id for i in session.plan.roadmap.initiatives]
    assert [i if i in ("i-show", "i-web", "i-case") else None for i in shown] == ids
    assert session.undo_stack.count() == 1 and find_problems(session.plan) == []
    session.undo_stack.undo()
    assert saved_bytes(session.plan) == before


def test_selection_is_told_and_made_by_id(section, qtbot):
    table = section.initiatives
    with qtbot.waitSignal(table.selectionChanged) as told:
        assert table.select("i-case")
    assert told.args == ["i-case"] and section.form.initiative_id == "i-case"
    assert not table.select("nope")
    # A milestone selects its initiative, and itself in the form's table.
    session = section.binder.session
    session.plan.roadmap.initiatives[0].milestones = [Milestone(id="ms-1", name="Booth", date=D(2026, 5, 20))]
    session.items.invalidate()
    assert section.select_item("ms-1")
    assert table.current_id() == "i-show" and section.form.milestones.current_id() == "ms-1"


def test_every_row_is_one_height_scaled_with_the_zoom_and_the_table_scrolls_past_its_rows(qtbot, session):
    from canvas_app.ui import theme

    session.plan.roadmap.initiatives = [Initiative(id=f"ini-{n}", name=f"Initiative {n}" + " long" * (n % 7))
                                        for n in range(40)]
    session.items.invalidate()
    section = host(qtbot, session)
    view = section.initiatives_table
    heights = {view.rowHeight(row) for row in range(40)}
    assert heights == {section.initiatives.row_height()} == {theme.px(ROW)}
    assert view.height() < view.horizontalHeader().height() + (VISIBLE_ROWS + 1) * theme.px(ROW) + 8
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.rowAt(view.viewport().height() - 2) == 39
    view.set_header_height(theme.px(60))
    assert section.initiatives.header_height() == theme.px(60)


def test_the_budget_is_typed_in_the_money_unit_and_shown_exactly(section):
    session = section.binder.session
    edit_cell(section.initiatives_table, 0, 4, "12.5")  # 千円
    assert session.plan.roadmap.initiatives[0].budget_yen == 12_500
    assert section.initiatives_model.index(0, 4).data() == "12.5"
    assert "thousand yen" in section.initiatives_model.headerData(4, Qt.Orientation.Horizontal)
    assert section.form.fields["budget_yen"].isEnabled()


@pytest.mark.parametrize("make", [InitiativesModel, MilestonesModel])
def test_every_model_passes_the_model_tester(qtmodeltester, session, make):
    model = make(Binder(session))
    if isinstance(model, MilestonesModel):
        session.plan.roadmap.initiatives[0].milestones = [Milestone(id="ms-1", name="Booth", date=D(2026, 5, 20)),
                                                          Milestone(id="ms-2", name="Report")]
        session.items.invalidate()
        model.show_initiative("i-show")
        assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_the_chart_beside_the_table_follows_its_selection_and_scroll_and_a_drag_is_one_step(section, qtbot):
    """The Gantt sits beside the table row for row: one selection both ways, one vertical
    scroll, and a bar dragged a month later with real mouse events is one undo step."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from tests.saved import saved_bytes

    table, gantt = section.initiatives, section.gantt
    QApplication.processEvents()
    assert table.select("i-web")
    assert gantt.selected() == "i-web"
    gantt.select("i-show")
    gantt.selectionChanged.emit("i-show")
    assert table.current_id() == "i-show" and section.form.initiative_id == "i-show"
    assert gantt.row_height() == table.row_height()

    session = section.binder.session
    before, steps = saved_bytes(session.plan), session.undo_stack.count()
    bar = gantt.bar_rect("i-show")
    start = QPoint(int(bar.center().x()), int(bar.center().y()))
    month = gantt.viewport_x(D(2026, 6, 1)) - gantt.viewport_x(D(2026, 5, 1))
    end = QPoint(int(start.x() + month), start.y())
    viewport = gantt.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, QPoint(start.x() + 5, start.y()))
    QTest.mouseMove(viewport, end)
    assert saved_bytes(session.plan) == before  # nothing stored while dragging
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    show = next(i for i in session.plan.roadmap.initiatives if i.id == "i-show")
    assert session.undo_stack.count() == steps + 1
    assert D(2026, 5, 25) <= show.start <= D(2026, 6, 7) and (show.end - show.start).days == (D(2026, 6, 30) - D(2026, 5, 1)).days
    assert table.model.data(table.model.index(0, 2)) == f"{show.start:%Y/%-m/%-d}"  # the table follows
    session.undo_stack.undo()
    assert saved_bytes(session.plan) == before
