"""Step 3's lever panel (感度) and its what-if (試算): inputs ranked by how much 10 %
better moves the KPI and the root, the strongest first; trial values move the root, the
KPI, the funnel's required volumes and the traffic lights live without touching the plan;
Apply stores them all as one undo step, Reset forgets them; a rate above 100 % is refused
at the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvas_app.calc.kpi_tree import evaluate
from canvas_app.calc.levers import rank_levers
from canvas_app.document import DocumentSession
from canvas_app.storage.project_file import load_plan, serialize
from canvas_app.ui.steps.step3.lever_panel import LeverPanel
from tests.calc.builders import funnel_plan
from tests.ui.steps.hosting import host_section
from tests.ui.typing import replace_text

SAAS = Path(__file__).resolve().parents[4] / "resources" / "samples" / "saas_en.scanvas"


@pytest.fixture
def plan():
    return funnel_plan(actuals=[("leads", "M01", 1000.0)])


def host(qtbot, session, lang="en") -> LeverPanel:
    return host_section(qtbot, session, LeverPanel, lang=lang)


def ranked(panel) -> list[str]:
    return [panel.levers_model.id_at(r) for r in range(panel.levers_model.rowCount())]


def results(panel) -> dict[str, tuple[str, str]]:
    model = panel.results_model
    return {model.id_at(r): (model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}


def test_the_models_pass_qtmodeltester(qtbot, session, qtmodeltester):
    panel = host(qtbot, session)
    panel.set_node("new")
    panel.set_trial("win", "30")
    qtmodeltester.check(panel.levers_model)
    qtmodeltester.check(panel.results_model)


@pytest.mark.parametrize("node_id", ["total", "new", "won", "mqls", "existing"])
def test_the_levers_are_ranked_as_calc_ranks_them_the_first_standing_out(qtbot, session, node_id):
    panel = host(qtbot, session)
    panel.set_node(node_id)
    expected = [lever.input_id for lever in rank_levers(session.plan, node_id).levers]
    assert ranked(panel) == expected and expected
    first_font = panel.levers_model.index(0, 0).data(0x0006)  # FontRole
    assert first_font is not None and first_font.bold()
    assert panel.levers_model.index(1, 0).data(0x0006) is None


def test_on_the_saas_sample_the_win_rate_moves_new_revenue_more_than_any_lead_source(qtbot):
    session = DocumentSession(load_plan(SAAS).plan)
    panel = host(qtbot, session)
    panel.set_node("kpi-new-revenue")
    order = ranked(panel)
    assert order.index("kpi-win-rate") < min(order.index(i) for i in order if i.startswith("kpi-leads-"))
    row = order.index("kpi-win-rate")
    assert panel.levers_model.index(row, 0).data(0x0003) == "Now 25.0% → 10 % better 27.5%"  # ToolTipRole
    assert panel.levers_model.index(row, 1).data() == "+27,720"  # thousand yen of new revenue
    panel.set_trial("kpi-win-rate", "26")
    assert panel.lever_note.text() == "Now 25.0% → 10 % better 27.5%"
    session.undo_stack.clear()


@pytest.mark.parametrize("node_id, hint", [("leads", "is an input"), (None, "Select a computed KPI")])
def test_an_input_or_nothing_says_what_to_do_instead(qtbot, session, node_id, hint):
    panel = host(qtbot, session)
    panel.set_node(node_id)
    assert hint in panel.heading.text() and panel.levers_view.isHidden()


def test_trial_values_move_the_root_the_kpi_the_funnel_and_the_statuses_live(qtbot, session):
    panel = host(qtbot, session)
    before = serialize(session.plan)
    panel.set_node("new")
    panel.set_trial("win", "50")  # double the win rate: half the leads needed
    shown = results(panel)
    assert shown["value:new"] == ("120,000", "240,000")  # thousand yen
    assert shown["value:total"][1] == "289,500,000"  # a count here: no unit on total
    assert shown["stage:leads"] == ("4,000", "2,000")
    # typed in the field, one keystroke at a time, like a person
    panel.levers_view.setCurrentIndex(panel.levers_model.index(ranked(panel).index("leads"), 0))
    replace_text(panel.trial_edit, "40000")
    shown = results(panel)
    assert shown["status:leads"] == ("On track", "Off track")
    assert shown["value:new"][1] == "2,400,000"
    assert panel.trials == {"win": 0.5, "leads": 40000.0}
    assert panel.levers_model.index(ranked(panel).index("leads"), 3).data() == "40,000"
    assert serialize(session.plan) == before  # the plan is not touched


@pytest.mark.parametrize("input_id, text", [("win", "130"), ("lead_mql", "100.5%"), ("leads", "-5"),
                                            ("deal", "lots")])
def test_a_value_the_plan_would_refuse_is_refused_at_the_field(qtbot, session, input_id, text):
    panel = host(qtbot, session)
    panel.set_node("new")
    message = panel.set_trial(input_id, text)
    assert message and panel.trial_message.isVisible() and panel.trial_message.text() == message
    assert input_id not in panel.trials and not panel.apply_button.isEnabled()
    assert panel.trial_edit.text() == text


def test_apply_stores_every_trial_value_as_one_undo_step(qtbot, session):
    panel = host(qtbot, session)
    before = serialize(session.plan)
    panel.set_node("new")
    panel.set_trial("win", "30")
    panel.set_trial("deal", "2,500")
    depth = session.undo_stack.count()
    assert panel.apply() == ""
    assert session.undo_stack.count() == depth + 1
    targets = {n.id: n.target for n in session.plan.kpis.nodes}
    assert (targets["win"], targets["deal"]) == (0.3, 2_500_000)
    assert evaluate(session.plan).value("new") == pytest.approx(4000 * .4 * .3 * .5 * .3 * 2_500_000)
    assert panel.trials == {} and results(panel)["value:new"][0] == results(panel)["value:new"][1]
    after = serialize(session.plan)
    session.undo_stack.undo()
    assert serialize(session.plan) == before
    session.undo_stack.redo()
    assert serialize(session.plan) == after


def test_reset_returns_to_the_plans_values(qtbot, session):
    panel = host(qtbot, session)
    panel.set_node("new")
    panel.set_trial("win", "30")
    panel.set_trial("leads", "5000")
    panel.reset()
    assert panel.trials == {}
    assert all(plan_value == trial for plan_value, trial in results(panel).values())
    assert panel.trial_edit.text() == {"win": "25", "leads": "4,000"}[panel.lever_id]
    assert not panel.apply_button.isEnabled()


def test_the_panel_catches_up_with_changes_made_while_hidden(qtbot, session):
    from canvas_app.document import PlanChange

    panel = host(qtbot, session)
    panel.set_node("new")
    panel.host_area.hide()
    calls = []
    original = panel.refresh
    panel.refresh = lambda: (calls.append(1), original())[1]
    session.notify(PlanChange("win", "target"))
    assert calls == []
    panel.host_area.show()
    qtbot.waitUntil(lambda: calls == [1])


@pytest.mark.parametrize("percent", [100, 150])
def test_every_what_if_row_is_named_whole_on_a_1280_px_window(qtbot, qapp, percent):
    """On the SaaS sample (figures in the millions of thousand yen) the figures must not
    squeeze the names of the funnel's required volumes down to "Requ…" — five rows a team
    cannot tell apart. At 150 % the levers go above the what-if instead of beside it."""
    from PySide6.QtWidgets import QApplication

    from canvas_app.ui import theme

    theme.set_zoom(qapp, percent)
    try:
        session = DocumentSession(load_plan(SAAS).plan)
        panel = host_section(qtbot, session, LeverPanel, width=1280 - theme.px(250), height=720)
        panel.set_node("kpi-new-revenue")
        panel.set_trial("kpi-win-rate", "30")
        QApplication.processEvents()
        view, model = panel.results_view, panel.results_model
        metrics = view.fontMetrics()
        stages = [model.index(row, 0).data() for row in range(model.rowCount())
                  if model.id_at(row).startswith("stage:")]
        assert len(stages) == 5
        for label in stages:  # "Required: Opportunities" whole (a KPI's long name may be elided)
            assert view.columnWidth(0) >= metrics.horizontalAdvance(label), label
        session.undo_stack.clear()
    finally:
        theme.set_zoom(qapp, 100)
