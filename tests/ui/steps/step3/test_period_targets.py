"""Step 3 targets per period: a cell per period in fiscal order, the default split greyed
and overrides typed in, one undo step per committed cell, refusals at the cell in the UI
language, the line saying whether the periods add up, spreading the remainder and
clearing the overrides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from canvas_app import i18n
from canvas_app.document import DocumentSession
from canvas_app.model import KpiNode, KpiTree, Plan, PlanSettings
from canvas_app.model.enums import Aggregation, Formula, FunnelRole, Granularity, MoneyUnit, Unit
from canvas_app.model.periods import MONTHS, QUARTERS
from tests.saved import saved_bytes as serialize
from canvas_app.text import formatting
from canvas_app.ui.steps.step3.period_targets import PeriodTargetsPanel
from tests.ui.steps.hosting import host_section, press
from tests.ui.typing import replace_text

KEYS = {Granularity.MONTH: MONTHS, Granularity.QUARTER: QUARTERS}


def _plan(granularity=Granularity.MONTH, start_month=4, money_unit=MoneyUnit.YEN) -> Plan:
    return Plan(
        settings=PlanSettings(granularity=granularity, fiscal_year=2026, fiscal_year_start_month=start_month,
                              money_unit=money_unit),
        kpis=KpiTree(nodes=[
            KpiNode(id="revenue", name="Revenue", formula=Formula.PRODUCT, children=["won", "deal"], unit=Unit.JPY),
            KpiNode(id="won", name="Won deals", formula=Formula.PRODUCT, children=["leads", "win"],
                    role=FunnelRole.WON_DEALS),
            KpiNode(id="leads", name="Leads", target=1200, role=FunnelRole.LEADS),
            KpiNode(id="win", name="Win rate", target=0.2, unit=Unit.PERCENT, role=FunnelRole.WIN_RATE,
                    aggregation=Aggregation.NON_ADDITIVE),
            KpiNode(id="deal", name="Deal size", target=2_000_000, unit=Unit.JPY, role=FunnelRole.AVERAGE_DEAL_SIZE,
                    aggregation=Aggregation.NON_ADDITIVE),
            KpiNode(id="budget", name="Event budget", target=120_000_000, unit=Unit.JPY),
            KpiNode(id="nps", name="NPS", unit=Unit.SCORE),
        ]))


def _host(qtbot, plan=None, lang="en", node="leads", **session) -> PeriodTargetsPanel:
    panel = host_section(qtbot, DocumentSession(plan or _plan(), **session), PeriodTargetsPanel, width=1000,
                         lang=lang)
    panel.set_node(node)
    return panel


@pytest.fixture
def japanese(qapp):
    from canvas_app.ui.language import apply_language

    apply_language("ja")
    yield
    apply_language("en")


def _node(panel, node_id):
    return next(n for n in panel.binder.plan.kpis.nodes if n.id == node_id)


def _commit(panel, key, text):
    cell = panel.cells[key]
    replace_text(cell, text)
    press(cell, Qt.Key.Key_Return)


def _stack(panel):
    return panel.binder.session.undo_stack


# ---------------------------------------------------------------------------- the workshop


def test_two_overrides_a_spread_then_undo_to_the_same_bytes_and_redo(qtbot):
    panel = _host(qtbot)
    stack = _stack(panel)
    start, count = serialize(panel.binder.plan), stack.count()
    assert panel.status.text() == "Periods add up to the annual target, 1,200."
    assert [panel.cells[k].placeholderText() for k in MONTHS] == ["100"] * 12
    assert all(panel.cells[k].text() == "" for k in MONTHS)
    assert not panel.spread_button.isEnabled() and not panel.clear_button.isEnabled()

    _commit(panel, "M03", "300")
    assert _node(panel, "leads").period_targets == {"M03": 300}
    assert panel.status.text() == "Periods add up to 1,400 — 200 over the annual target 1,200."
    _commit(panel, "M05", "１５")  # full-width digits, as the input method gives them
    assert _node(panel, "leads").period_targets == {"M03": 300, "M05": 15}
    assert panel.status.text() == "Periods add up to 1,315 — 115 over the annual target 1,200."
    assert stack.count() == count + 2  # one undo step per committed cell
    overridden = serialize(panel.binder.plan)

    assert panel.spread_button.isEnabled()
    qtbot.mouseClick(panel.spread_button, Qt.MouseButton.LeftButton)
    targets = _node(panel, "leads").period_targets
    assert stack.count() == count + 3
    assert sum(targets.values()) == 1200 and targets["M03"] == 300 and targets["M05"] == 15
    assert sorted(set(v for k, v in targets.items() if k not in ("M03", "M05"))) == [88, 89]  # 885 over 10
    assert panel.status.text() == "Periods add up to the annual target, 1,200."
    assert not panel.spread_button.isEnabled()
    assert all(panel.cells[k].text() for k in MONTHS)  # every period typed in now
    spread = serialize(panel.binder.plan)

    stack.undo()
    assert serialize(panel.binder.plan) == overridden
    assert panel.cells["M01"].text() == "" and panel.cells["M03"].text() == "300"
    stack.undo()
    stack.undo()
    assert serialize(panel.binder.plan) == start
    assert panel.status.text() == "Periods add up to the annual target, 1,200."
    for _ in range(3):
        stack.redo()
    assert serialize(panel.binder.plan) == spread


def test_an_emptied_cell_goes_back_to_the_default(qtbot):
    plan = _plan()
    plan.kpis.nodes[2].period_targets = {"M02": 50, "M07": 150}
    panel = _host(qtbot, plan)
    assert panel.cells["M02"].text() == "50"
    _commit(panel, "M02", "")
    assert _node(panel, "leads").period_targets == {"M07": 150}
    assert panel.cells["M02"].text() == "" and panel.cells["M02"].placeholderText() == "100"
    assert panel.status.text() == "Periods add up to 1,250 — 50 over the annual target 1,200."


def test_clear_overrides_is_one_step_back_to_the_even_split(qtbot):
    plan = _plan()
    plan.kpis.nodes[2].period_targets = {"M02": 50, "M07": 150}
    panel = _host(qtbot, plan)
    before, count = serialize(panel.binder.plan), _stack(panel).count()
    assert panel.clear_button.isEnabled()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert _node(panel, "leads").period_targets == {} and _stack(panel).count() == count + 1
    assert not panel.clear_button.isEnabled()
    assert panel.status.text() == "Periods add up to the annual target, 1,200."
    _stack(panel).undo()
    assert serialize(panel.binder.plan) == before


# ---------------------------------------------------------------------------- periods


@pytest.mark.parametrize("granularity", list(Granularity))
@pytest.mark.parametrize("start_month", [4, 1, 10])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_one_cell_per_period_in_fiscal_order_named_like_everywhere_else(qtbot, granularity, start_month, lang):
    panel = _host(qtbot, _plan(granularity, start_month), lang=lang)
    keys = KEYS[granularity]
    assert tuple(panel.cells) == keys
    captions = [panel.rows[k].caption.text() for k in keys]
    assert captions == [formatting.period_label(k, 2026, start_month, lang) for k in keys]
    # The default split: 1,200 a year.
    assert {panel.cells[k].placeholderText() for k in keys} == {"100" if len(keys) == 12 else "300"}
    # Months in two rows of six, quarters in one row: all on a 1000 px page.
    rows = {panel.grid.getItemPosition(panel.grid.indexOf(panel.rows[k]))[0] for k in keys}
    assert rows == ({0, 1} if len(keys) == 12 else {0})


@pytest.mark.parametrize("granularity", list(Granularity))
def test_tab_moves_from_period_to_period(qtbot, granularity):
    panel = _host(qtbot, _plan(granularity))
    keys = KEYS[granularity]
    panel.cells[keys[0]].setFocus(Qt.FocusReason.OtherFocusReason)
    for key in keys[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is panel.cells[key], key


def test_a_quarter_override_in_a_quarterly_plan(qtbot):
    panel = _host(qtbot, _plan(Granularity.QUARTER))
    _commit(panel, "Q4", "600")
    assert _node(panel, "leads").period_targets == {"Q4": 600}
    assert panel.status.text() == "Periods add up to 1,500 — 300 over the annual target 1,200."
    qtbot.mouseClick(panel.spread_button, Qt.MouseButton.LeftButton)
    assert _node(panel, "leads").period_targets == {"Q1": 200, "Q2": 200, "Q3": 200, "Q4": 600}


# ---------------------------------------------------------------------------- values and refusals


@pytest.mark.parametrize(("money_unit", "placeholder", "typed", "stored"), [
    (MoneyUnit.YEN, "10,000,000", "15000000", 15_000_000),
    (MoneyUnit.MILLION, "10", "15", 15_000_000),
    (MoneyUnit.MILLION, "10", "1.5億円", 150_000_000),
    (MoneyUnit.TEN_THOUSAND, "1,000", "1,500", 15_000_000),
])
def test_money_is_typed_and_shown_in_the_plans_money_unit(qtbot, money_unit, placeholder, typed, stored):
    panel = _host(qtbot, _plan(money_unit=money_unit), node="budget")
    assert panel.cells["M01"].placeholderText() == placeholder
    _commit(panel, "M01", typed)
    assert _node(panel, "budget").period_targets == {"M01": stored}


@pytest.mark.parametrize(("node", "typed", "message"), [
    ("leads", "abc", "Please enter a number, e.g. 1200 or 1,200."),
    ("leads", "12..5", "Please enter a number, e.g. 1200 or 1,200."),
    ("leads", "1e400", "Please enter a number, e.g. 1200 or 1,200."),
    ("leads", "99999999999999999", "This number is too large."),
    ("leads", "-5", "This KPI cannot be below zero."),
    ("deal", "-1", "This KPI cannot be below zero."),
    ("win", "120", "A rate cannot be above 100 %."),
    ("win", "100.5%", "A rate cannot be above 100 %."),
])
def test_a_refused_value_is_shown_at_the_cell_and_never_stored(qtbot, node, typed, message):
    panel = _host(qtbot, node=node)
    before, count = serialize(panel.binder.plan), _stack(panel).count()
    cell = panel.cells["M04"]
    replace_text(cell, typed)
    assert cell.error == message and panel.rows["M04"].message.text() == message
    assert panel.rows["M04"].message.isVisibleTo(panel)
    press(cell, Qt.Key.Key_Return)
    press(cell, Qt.Key.Key_Tab)  # leaving the cell keeps the plan's value
    assert cell.text() == "" and cell.error == f"{message} The previous value was kept."
    assert serialize(panel.binder.plan) == before and _stack(panel).count() == count


@pytest.mark.parametrize(("node", "typed", "stored"), [("win", "100", 1.0), ("win", "0", 0.0), ("leads", "0", 0)])
def test_values_at_the_bounds_are_taken(qtbot, node, typed, stored):
    panel = _host(qtbot, node=node)
    _commit(panel, "M04", typed)
    assert _node(panel, node).period_targets == {"M04": stored}


def test_a_refusal_speaks_japanese_in_the_japanese_ui(qtbot, japanese):
    panel = _host(qtbot, lang="ja", node="win")
    replace_text(panel.cells["M01"], "120")
    assert panel.cells["M01"].error == "率は100%を超えられません。"
    replace_text(panel.cells["M01"], "abc")
    assert panel.cells["M01"].error == "数値を入力してください（例：1200 または 1,200）。"


# ---------------------------------------------------------------------------- kinds of KPI


def test_a_rate_keeps_its_level_and_has_nothing_to_spread(qtbot):
    panel = _host(qtbot, node="win")
    assert {panel.cells[k].placeholderText() for k in MONTHS} == {"20.0%"}
    assert not panel.spread_button.isVisibleTo(panel)
    assert panel.status.text() == ""
    assert "not added up" in panel.explanation.text()


def test_an_input_without_an_annual_target_says_so(qtbot):
    panel = _host(qtbot, node="nps")
    assert panel.status.text() == "No annual target yet: set one and the periods share it."
    assert {panel.cells[k].placeholderText() for k in MONTHS} == {""}
    assert not panel.spread_button.isEnabled()


def test_a_computed_kpi_splits_the_value_from_the_tree(qtbot):
    panel = _host(qtbot, node="won")  # 1,200 leads × 20 % = 240 won deals
    assert panel.status.text() == "Periods add up to the annual value from the tree, 240."
    assert {panel.cells[k].placeholderText() for k in MONTHS} == {"20"}
    _commit(panel, "M12", "40")
    assert panel.status.text() == "Periods add up to 260 — 20 over the annual value from the tree 240."
    # The tree follows its inputs: more leads, a larger default.
    panel.binder.edit("leads", "target", 2400.0, merge=False)
    assert panel.cells["M01"].placeholderText() == "40"


@pytest.mark.parametrize(("overrides", "enabled", "note"), [
    ({"M01": 100}, False, ""),                                         # adds up already
    ({"M01": 1500}, False, "The typed-in periods alone exceed the annual target: lower one, or raise the "
                           "annual target."),
    ({k: 1.0 for k in MONTHS}, False, "Every period has its own target: empty one to take the rest."),
    ({"M01": 0}, True, ""),
])
def test_spread_is_offered_only_when_it_changes_something(qtbot, overrides, enabled, note):
    plan = _plan()
    plan.kpis.nodes[2].period_targets = overrides
    panel = _host(qtbot, plan)
    assert panel.spread_button.isEnabled() is enabled
    assert panel.spread_note.text() == note and panel.spread_note.isVisibleTo(panel) is bool(note)


# ---------------------------------------------------------------------------- following and refreshing


def test_without_a_kpi_the_panel_says_what_to_do(qtbot):
    panel = _host(qtbot, node=None)
    assert panel.hint.isVisibleTo(panel) and not panel.body.isVisibleTo(panel)
    panel.set_node("leads")
    assert not panel.hint.isVisibleTo(panel) and panel.body.isVisibleTo(panel)
    panel.set_node("")
    assert panel.hint.isVisibleTo(panel)
    panel.set_node("no-such-kpi")
    assert panel.hint.isVisibleTo(panel)


def test_following_another_kpi_edits_that_kpi(qtbot):
    panel = _host(qtbot)
    panel.set_node("budget")
    _commit(panel, "M02", "5000000")
    assert _node(panel, "budget").period_targets == {"M02": 5_000_000}
    assert _node(panel, "leads").period_targets == {}


def test_a_hidden_panel_catches_up_when_shown(qtbot):
    panel = _host(qtbot)
    panel.hide()
    panel.binder.edit("leads", "target", 2400.0, merge=False)
    assert panel.status.text() == "Periods add up to the annual target, 1,200."  # not recomputed while hidden
    panel.show()
    assert panel.status.text() == "Periods add up to the annual target, 2,400."
    assert panel.cells["M01"].placeholderText() == "200"


def test_a_read_only_plan_cannot_be_changed_here(qtbot):
    plan = _plan()
    plan.kpis.nodes[2].period_targets = {"M01": 0}
    panel = _host(qtbot, plan, read_only=True)
    assert all(cell.isReadOnly() for cell in panel.cells.values())
    assert not panel.spread_button.isEnabled() and not panel.clear_button.isEnabled()
    assert panel.spread_remainder() == "" and panel.clear_overrides() == ""
    assert _node(panel, "leads").period_targets == {"M01": 0}


def test_the_japanese_ui_shows_japanese(qtbot, japanese):
    plan = _plan()
    plan.kpis.nodes[2].period_targets = {"M01": 500}
    panel = _host(qtbot, plan, lang="ja")
    assert panel.heading.text() == "期間別目標：Leads（件数）"
    assert panel.status.text() == "期間別目標の合計は1,600で、年間目標1,200より400多くなっています。"
    assert panel.rows["M01"].caption.text() == "2026年4月"
    assert panel.spread_button.text() == "残りを均等に配分"


@pytest.fixture
def zoom(qapp):
    from canvas_app.ui import theme

    yield lambda percent: theme.set_zoom(qapp, percent)
    theme.set_zoom(qapp, 100)


@pytest.mark.parametrize("granularity", list(Granularity))
@pytest.mark.parametrize("percent", [100, 150, 200])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_period_name_shows_whole_on_a_1000_px_page(qtbot, request, zoom, granularity, percent, lang):
    if lang == "ja":
        request.getfixturevalue("japanese")
    zoom(percent)
    panel = _host(qtbot, _plan(granularity), lang=lang)
    QApplication.processEvents()
    assert panel.width() <= 1000
    for row in panel.rows.values():
        assert row.caption.wordWrap() is False
        assert row.caption.width() >= row.caption.sizeHint().width(), row.caption.text()
        assert row.geometry().right() <= panel.width()


def test_a_language_change_retranslates_texts_and_figures(qtbot):
    from canvas_app.ui.language import apply_language

    plan = _plan()
    plan.kpis.nodes[2].period_targets = {"M01": 0}
    panel = _host(qtbot, plan)
    assert panel.status.text() == "Periods add up to 1,100 — 100 short of the annual target 1,200."
    try:
        apply_language("ja")
        panel.binder.language = i18n.language("ja")
        panel.retranslate()
        assert panel.status.text() == "期間別目標の合計は1,100で、年間目標1,200に100足りません。"
        assert panel.clear_button.text() == "個別の目標をクリア"
        assert panel.rows["M01"].caption.text() == "2026年4月"
    finally:
        apply_language("en")
    panel.binder.language = i18n.language("en")
    panel.retranslate()
    assert panel.rows["M01"].caption.text() == "Apr 2026"
