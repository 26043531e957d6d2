"""Step 3's "Solve for…" panel (逆算): the inputs below the selected KPI, the solved
value with the path before → after, the reasons it cannot be solved, a value typed to
reach without storing it, Apply as one undo step that forward evaluation confirms, and
the keyboard (Tab to the list, Enter applies)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from canvas_app.calc.kpi_tree import evaluate
from canvas_app.model import BusinessGoal
from tests.saved import saved_bytes as serialize
from canvas_app.ui.steps.step3.solve_panel import SolvePanel
from tests.calc.builders import funnel_nodes, funnel_plan, kpi, plan_with
from tests.ui.steps.hosting import host_section, press
from tests.ui.typing import replace_text


@pytest.fixture
def plan():
    return funnel_plan()


def host(qtbot, session, lang="en") -> SolvePanel:
    return host_section(qtbot, session, SolvePanel, lang=lang)


def node(session, node_id):
    return next(n for n in session.plan.kpis.nodes if n.id == node_id)


def test_the_models_pass_qtmodeltester(qtbot, session, qtmodeltester):
    panel = host(qtbot, session)
    panel.set_node("new")
    panel.choose_input("leads")
    qtmodeltester.check(panel.inputs_model)
    qtmodeltester.check(panel.path_model)


@pytest.mark.parametrize("node_id, inputs", [
    ("new", ["leads", "lead_mql", "mql_sql", "sql_opp", "win", "deal"]),
    ("mqls", ["leads", "lead_mql"]),
    ("leads", []),
    (None, []),
])
def test_the_list_holds_every_input_below_the_kpi_with_its_value(qtbot, session, node_id, inputs):
    panel = host(qtbot, session)
    panel.set_node(node_id)
    rows = [panel.inputs_model.id_at(r) for r in range(panel.inputs_model.rowCount())]
    assert rows == inputs
    if inputs:
        assert panel.inputs_model.index(0, 1).data() == {"leads": "4,000"}.get(inputs[0], "4,000")


@pytest.mark.parametrize("node_id, input_id, target_text, solved", [
    ("new", "leads", "", 4000),  # already at target
    ("new", "leads", "1.5億", 5000),
    ("new", "deal", "180,000千円", 3_000_000),
    ("won", "win", "90", 0.375),  # won has no target: the typed value
    ("mqls", "lead_mql", "2000", 0.5),
])
def test_choosing_an_input_shows_the_solved_value_and_the_path(qtbot, session, node_id, input_id, target_text,
                                                               solved):
    panel = host(qtbot, session)
    panel.set_node(node_id)
    if target_text:
        replace_text(panel.target_edit, target_text)
    panel.choose_input(input_id)
    assert panel.result.ok and panel.result.value == pytest.approx(solved)
    path = [panel.path_model.id_at(r) for r in range(panel.path_model.rowCount())]
    assert path[0] == node_id and path[-1] == input_id
    assert "must be" in panel.result_label.text() and not panel.reason_label.isVisible()


def test_apply_stores_the_solved_value_in_one_undo_step_and_meets_the_target_exactly(qtbot, session):
    # A three-level chain and more: total ← new ← won ← opps ← sqls ← mqls ← leads.
    panel = host(qtbot, session)
    before = serialize(session.plan)
    panel.set_node("total")
    replace_text(panel.target_edit, "180,000,000")  # a count: total has no unit here
    panel.choose_input("leads")
    assert serialize(session.plan) == before  # nothing stored by asking
    depth = session.undo_stack.count()
    assert panel.apply() == ""
    assert session.undo_stack.count() == depth + 1
    assert evaluate(session.plan).value("total") == 180_000_000
    after = serialize(session.plan)
    session.undo_stack.undo()
    assert serialize(session.plan) == before
    session.undo_stack.redo()
    assert serialize(session.plan) == after


def test_enter_in_the_list_applies_and_tab_reaches_it(qtbot, session):
    panel = host(qtbot, session)
    panel.set_node("new")
    replace_text(panel.target_edit, "1.6億円")
    panel.target_edit.setFocus()
    press(panel.target_edit, Qt.Key.Key_Tab)
    assert panel.inputs_view.hasFocus()
    press(panel.inputs_view, Qt.Key.Key_Down)  # the arrows choose
    chosen = panel.input_id
    assert chosen is not None
    press(panel.inputs_view, Qt.Key.Key_Return)
    assert evaluate(session.plan).value("new") == pytest.approx(160_000_000, rel=1e-15)
    assert node(session, chosen).target == panel.result.value


@pytest.mark.parametrize("plan, node_id, input_id, text, reason", [
    (funnel_plan(), "won", "win", "300", "it would need a rate above 100 %, which this KPI cannot be. "
                                         "It would need 125.0%."),
    (plan_with([kpi("x", "product", ("a", "b"), 10), kpi("a", target=1), kpi("b", target=0)]), "x", "a", "",
     "A value on the way is zero, so no input value can reach the target."),
    (funnel_plan(), "won", "deal", "", "The input is not below the KPI to reach."),
])
def test_an_unsolvable_input_says_why_and_cannot_be_applied(qtbot, session, node_id, input_id, text, reason):
    panel = host(qtbot, session)
    panel.set_node(node_id)
    replace_text(panel.target_edit, text or panel.target_edit.text() or "10")
    panel.choose_input(input_id)
    assert panel.reason_label.isVisible()
    assert panel.reason_label.text().lower().endswith(reason.lower())
    assert not panel.apply_button.isEnabled()
    before = serialize(session.plan)
    assert panel.apply() != "" and serialize(session.plan) == before


def test_a_root_without_a_target_uses_its_business_goal_and_says_so(qtbot):
    from canvas_app.document import DocumentSession

    nodes = funnel_nodes()
    nodes[0] = kpi("total", "sum", ("new", "existing"), goal_id="g1", unit="jpy")
    session = DocumentSession(plan_with(nodes, goals=[BusinessGoal(id="g1", name="FY revenue", target=200_000_000)]))
    panel = host(qtbot, session)
    panel.set_node("total")
    assert panel.target_edit.text() == "200,000"  # in the plan's money unit, thousand yen
    assert "business goal “FY revenue”" in panel.hint.text()
    panel.choose_input("leads")
    assert panel.apply() == ""
    assert evaluate(session.plan).value("total") == pytest.approx(200_000_000, rel=1e-15)
    session.undo_stack.clear()


@pytest.mark.parametrize("node_id, hint", [
    ("leads", "“leads” is an input"),
    ("won", "“won” has no target yet"),
    (None, "Select a computed KPI"),
])
def test_what_to_do_instead(qtbot, session, node_id, hint):
    panel = host(qtbot, session)
    panel.set_node(node_id)
    assert hint in panel.hint.text()
    assert panel.inputs_view.isHidden() == (node_id != "won")


def test_a_value_typed_to_reach_is_refused_at_the_field_when_unreadable(qtbot, session):
    panel = host(qtbot, session)
    panel.set_node("new")
    panel.choose_input("leads")
    replace_text(panel.target_edit, "lots")
    assert panel.target_message.isVisible() and panel.result is None
    assert not panel.apply_button.isEnabled()


def test_the_panel_catches_up_with_changes_made_while_hidden(qtbot, session):
    panel = host(qtbot, session)
    panel.set_node("new")
    panel.choose_input("leads")
    panel.host_area.hide()
    node(session, "deal").target = 4_000_000  # noqa: direct: the signal below says it changed
    from canvas_app.document import PlanChange

    calls = []
    original = panel.refresh
    panel.refresh = lambda: (calls.append(1), original())[1]
    session.notify(PlanChange("deal", "target"))
    assert calls == []  # hidden: no work per keystroke
    panel.host_area.show()
    qtbot.waitUntil(lambda: calls == [1])
    assert panel.result.value == pytest.approx(2000)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_texts_follow_the_language(qtbot, session, lang):
    panel = host(qtbot, session, lang)
    panel.set_node("won")
    replace_text(panel.target_edit, "300")
    panel.choose_input("win")
    japanese = any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in panel.reason_label.text())
    assert japanese == (lang == "ja")
