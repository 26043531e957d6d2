"""The KPI tree editor's outliner (ui/steps/step3/kpi_section.py, kpi_outliner.py,
kpi_outline_model.py): the keys build the tree, every edit is one undo step, refusals are
shown in words and never stored, the view keeps its place while figures change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_app.document import DocumentSession
from canvas_app.model import Plan, find_problems
from canvas_app.model.enums import Formula
from canvas_app.storage.project_file import serialize as file_bytes
from canvas_app.ui.steps.step3 import kpi_removal
from canvas_app.ui.steps.step3.kpi_outline_model import KPI_MIME
from canvas_app.ui.steps.step3.kpi_section import KpiTreeSection
from tests.ui.steps.hosting import host_section, press


@pytest.fixture
def section(qtbot, session) -> KpiTreeSection:
    return host_section(qtbot, session, KpiTreeSection)


@pytest.fixture
def blank(qtbot):
    session = DocumentSession(Plan())
    section = host_section(qtbot, session, KpiTreeSection)
    yield section
    session.undo_stack.clear()


def serialize(plan) -> bytes:
    """The plan as saved, with a fixed stamp: a comparison across a second boundary
    must not see the clock."""
    return file_bytes(plan, saved_at="2026-01-01T00:00:00Z")


def node(session, node_id):
    return next(n for n in session.plan.kpis.nodes if n.id == node_id)


def by_name(session, name):
    return next(n for n in session.plan.kpis.nodes if n.name == name)


def type_name(section, text: str) -> None:
    """Type into the in-place editor the outliner opened, and press Enter."""
    editor = QApplication.focusWidget()
    assert editor is not section.tree, "no name editor was opened"
    QTest.keyClicks(editor, text)
    press(editor, Qt.Key.Key_Return)


def outline(section) -> list[tuple[int, str]]:
    """(depth, name) of every visible row, as the user reads the outliner."""
    rows, index = [], section.model.index(0, 0)
    while index.isValid():
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        rows.append((depth, index.data()))
        index = section.tree.indexBelow(index)
    return rows


def test_the_outline_model_passes_qtmodeltester(section, qtmodeltester):
    qtmodeltester.check(section.model, force_py=True)


def test_the_outline_model_of_an_empty_plan_passes_qtmodeltester(blank, qtmodeltester):
    qtmodeltester.check(blank.model, force_py=True)


def test_a_tree_is_built_from_blank_with_the_keys_and_undone_byte_equal(blank):
    session, tree = blank.binder.session, blank.tree
    before = serialize(session.plan)
    tree.setFocus()
    press(tree, Qt.Key.Key_Return)  # the first KPI, its name typed in place
    type_name(blank, "Revenue")
    press(tree, Qt.Key.Key_Insert)  # below it
    type_name(blank, "Won deals")
    press(tree, Qt.Key.Key_Return)  # after it
    type_name(blank, "Deal size")
    press(tree, Qt.Key.Key_Return)
    type_name(blank, "Leads")
    press(tree, Qt.Key.Key_Tab)  # leads under deal size ...
    assert outline(blank)[-1] == (2, "Leads")
    press(tree, Qt.Key.Key_Backtab)  # ... and back
    press(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # before deal size
    assert outline(blank) == [(0, "Revenue"), (1, "Won deals"), (1, "Leads"), (1, "Deal size")]
    revenue = by_name(session, "Revenue")
    assert revenue.formula == Formula.SUM  # an input that got KPIs below it sums them
    assert find_problems(session.plan) == []
    built = serialize(session.plan)
    steps = session.undo_stack.count()
    assert steps == 4 * 2 + 3  # each add and each name one step; tab, shift+tab, alt+up one each
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert serialize(session.plan) == before and blank.model.rowCount() == 0
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert serialize(session.plan) == built
    assert outline(blank) == [(0, "Revenue"), (1, "Won deals"), (1, "Leads"), (1, "Deal size")]


def test_tab_while_typing_a_name_takes_it_and_indents(blank):
    session, tree = blank.binder.session, blank.tree
    blank.add_sibling("Revenue")
    blank.add_sibling("Pipeline")
    blank.add_sibling()  # the editor is open on the new KPI
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "Deals")
    press(editor, Qt.Key.Key_Tab)
    assert outline(blank) == [(0, "Revenue"), (0, "Pipeline"), (1, "Deals")]
    assert tree.hasFocus() and blank.current_id() == by_name(session, "Deals").id


@pytest.mark.parametrize("key, modifiers, check", [
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier,
     lambda session, new: node(session, "k-new").children == ["k-size", "k-won"]),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier,  # a KPI after won deals
     lambda session, new: node(session, "k-new").children == ["k-won", *new, "k-size"]),
    (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier,  # a KPI below won deals
     lambda session, new: node(session, "k-won").children == ["k-opp", "k-win", *new]),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier,
     lambda session, new: node(session, "k-won").children == ["k-opp", "k-win", *new]),
    (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier,  # won deals and its 8 KPIs below, copied
     lambda session, new: len(new) == 9 and node(session, "k-new").children[:2] == ["k-won", next(
         i for i in new if node(session, i).name == "Won deals")]),
])
def test_each_key_is_one_undo_step_undone_byte_equal(section, key, modifiers, check):
    session, tree = section.binder.session, section.tree
    assert section.select_item("k-won")
    before = serialize(session.plan)
    ids = {n.id for n in session.plan.kpis.nodes}
    press(tree, key, modifiers)
    editor = QApplication.focusWidget()
    if editor is not tree:
        press(editor, Qt.Key.Key_Escape)  # leave the new KPI unnamed
    new = [n.id for n in session.plan.kpis.nodes if n.id not in ids]
    assert session.undo_stack.count() == 1
    assert check(session, new)
    assert find_problems(session.plan) == []
    session.undo_stack.undo()
    assert serialize(session.plan) == before


def test_delete_asks_for_a_computed_kpi_and_lifts_or_takes_the_subtree(section, monkeypatch):
    session, tree = section.binder.session, section.tree
    asked = []
    section.ask_removal = lambda node, below: asked.append((node.id, below)) or None
    section.select_item("k-won")
    before = serialize(session.plan)
    press(tree, Qt.Key.Key_Delete)
    assert asked == [("k-won", 8)] and serialize(session.plan) == before  # cancelled: nothing removed
    section.ask_removal = lambda node, below: kpi_removal.LIFT_CHILDREN
    press(tree, Qt.Key.Key_Delete)
    assert node(session, "k-new").children == ["k-opp", "k-win", "k-size"]  # lifted into its place
    session.undo_stack.undo()
    section.select_item("k-won")
    section.ask_removal = lambda node, below: kpi_removal.WITH_SUBTREE
    press(tree, Qt.Key.Key_Delete)
    ids = {n.id for n in session.plan.kpis.nodes}
    assert not ids & {"k-won", "k-opp", "k-sql", "k-mql", "k-leads", "k-win"}
    assert all(not set(i.kpi_ids) - ids for i in session.plan.roadmap.initiatives)  # references cleared
    assert all(a.kpi_id in ids for a in session.plan.review.actuals)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert serialize(session.plan) == before


def test_deleting_an_input_needs_no_question(section):
    session = section.binder.session
    section.ask_removal = lambda node, below: pytest.fail("an input has nothing below it to ask about")
    section.select_item("k-size")
    press(section.tree, Qt.Key.Key_Delete)
    assert "k-size" not in {n.id for n in session.plan.kpis.nodes}
    assert section.current_id() is not None  # a neighbour is selected, the keys go on working


def test_a_ratio_with_a_third_kpi_is_refused_at_the_tree_in_words(section):
    session = section.binder.session
    from canvas_app.commands import EditField

    session.push(EditField(session, "k-won", "formula", Formula.RATIO, merge=False))
    section.select_item("k-won")
    before, steps = serialize(session.plan), session.undo_stack.count()
    press(section.tree, Qt.Key.Key_Insert)
    assert section.message.isVisible()
    assert section.message.text() == "A ratio or a difference needs exactly two KPIs below it."
    assert serialize(session.plan) == before and session.undo_stack.count() == steps


@pytest.mark.parametrize("lang, expected", [
    ("en", "This KPI is already at the top level."),
    ("ja", "このKPIはすでに最上位にあります。"),
])
def test_a_refusal_is_said_in_the_ui_language(qtbot, session, lang, expected):
    from canvas_app.ui.language import apply_language

    apply_language(lang)
    try:
        section = host_section(qtbot, session, KpiTreeSection, lang=lang)
        section.select_item("k-total")
        press(section.tree, Qt.Key.Key_Backtab)
        assert section.message.text() == expected
    finally:
        apply_language("en")


def drop(section, dragged: str, parent_id: str | None, row: int = -1) -> bool:
    data = QMimeData()
    data.setData(KPI_MIME, dragged.encode())
    model = section.model
    parent = model.index_of(parent_id) if parent_id else model.index(-1, -1)
    if not model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent):
        return False
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    return True


def test_drag_and_drop_re_parents_a_kpi_with_its_subtree_in_one_step(section):
    session = section.binder.session
    before = serialize(session.plan)
    assert drop(section, "k-size", "k-won", 1)
    assert node(session, "k-won").children == ["k-opp", "k-size", "k-win"]
    assert section.current_id() == "k-size" and session.undo_stack.count() == 1
    assert not drop(section, "k-won", "k-sql")  # into its own subtree: the view refuses the drop
    assert section.move_node("k-won", "k-sql", None) is False  # and so does the command, in words
    assert section.message.text() == "A KPI cannot be placed under itself."
    session.undo_stack.undo()
    assert serialize(session.plan) == before


def test_typing_a_target_in_place_is_parsed_and_refused_in_words(section):
    session = section.binder.session
    model = section.model
    leads = model.index_of("k-leads", 3)
    assert model.setData(leads, "2,500")
    assert node(session, "k-leads").target == 2500
    size = model.index_of("k-size", 3)
    assert model.data(size, Qt.ItemDataRole.EditRole) == "5,000"  # in this plan's money unit (thousand yen)
    assert not model.setData(size, "lots")
    assert section.message.text() == "Please enter a number, e.g. 1200 or 1,200."
    assert node(session, "k-size").target == 5_000_000


@pytest.mark.parametrize("node_id, typed, message", [
    ("k-leads", "-3", "This KPI cannot be below zero."),
    ("k-win", "130", "A conversion, win or retention rate cannot be above 100 %."),
])
def test_a_target_typed_in_place_that_the_kpi_can_never_take_is_refused(section, node_id, typed, message):
    session = section.binder.session
    before = serialize(session.plan)
    assert not section.model.setData(section.model.index_of(node_id, 3), typed)
    assert section.message.text() == message
    assert serialize(session.plan) == before and session.undo_stack.count() == 0


def test_a_value_edit_keeps_the_selection_and_the_folding(section):
    session, tree = section.binder.session, section.tree
    from canvas_app.commands import EditField

    section.select_item("k-leads")
    tree.collapse(section.model.index_of("k-existing"))
    resets = []
    section.model.modelReset.connect(lambda: resets.append(1))
    session.push(EditField(session, "k-lead-mql", "target", 0.5, merge=False))
    assert resets == []  # figures repainted, the tree not rebuilt
    assert section.current_id() == "k-leads"
    assert not tree.isExpanded(section.model.index_of("k-existing"))
    mqls = section.model.index_of("k-mql", 4)
    assert mqls.data() == "1,000"  # 2,000 leads × 50 %
    session.undo_stack.undo()
    assert section.model.index_of("k-mql", 4).data() == "800"


def test_a_structural_edit_keeps_what_the_user_folded(section):
    tree = section.tree
    tree.collapse(section.model.index_of("k-existing"))
    section.select_item("k-size")
    section.run_action("up")
    assert not tree.isExpanded(section.model.index_of("k-existing"))
    assert section.current_id() == "k-size"


def test_a_template_starts_the_tree_from_the_revenue_goal(blank):
    session = blank.binder.session
    from canvas_app.model import BusinessGoal
    from canvas_app.commands import AddItem
    from canvas_app.ui.editing.paths import plan_slot

    session.push(AddItem(session, plan_slot("strategy.goals"),
                         BusinessGoal(id="g1", name="Revenue", target=300_000_000)))
    assert blank.empty_hint.isVisible()
    root_id = blank.start_from_template("new_business")
    root = node(session, root_id)
    assert root.goal_id == "g1" and root.target == 300_000_000
    assert blank.current_id() == root_id and not blank.empty_hint.isVisible()
    assert outline(blank)[0] == (0, "New revenue") and len(outline(blank)) == len(session.plan.kpis.nodes)
    assert [a.text() for a in blank.template_menu.actions()][0].startswith("New business")


def test_finding_a_kpi_selects_it_and_expands_its_branch(section):
    tree = section.tree
    tree.collapse(section.model.index_of("k-mql"))
    assert section.select_item("k-leads")
    assert tree.isExpanded(section.model.index_of("k-mql")) and section.current_id() == "k-leads"
    assert not section.select_item("i1")
