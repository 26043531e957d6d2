"""Step 3's KPI form: every field of the selected KPI edits the plan as one undo step,
undone byte-equal and redone; the formula and the funnel role are refused at the field
(the choice snaps back) when they would break the tree or give a role twice; the target
is typed in its displayed unit; the line under the formula says what the tree makes of
it; the choices follow the UI language; the form works out its line only when seen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from canvas_app import i18n
from canvas_app.commands import EditField
from canvas_app.model import KpiNode, find_problems
from canvas_app.model.enums import Aggregation, Direction, Formula, FunnelRole, MoneyUnit, RevenueStage, Unit
from canvas_app.storage.project_file import serialize
from canvas_app.ui.steps.step3.kpi_form import KpiNodeForm
from tests.ui.steps.hosting import host_section
from tests.ui.typing import replace_text


def host(qtbot, session, lang: str = "en", node_id: str = "k-followers") -> KpiNodeForm:
    form = host_section(qtbot, session, KpiNodeForm, lang=lang)
    form.set_node(node_id)
    return form


@pytest.fixture
def form(qtbot, session) -> KpiNodeForm:
    return host(qtbot, session)


def saved(session) -> bytes:
    """The plan as saved, at a fixed time: only the plan's own bytes are compared."""
    return serialize(session.plan, saved_at="2026-01-01T00:00:00")


def node(session, node_id: str = "k-followers") -> KpiNode:
    return next(n for n in session.plan.kpis.nodes if n.id == node_id)


def pick(combo, value: Any) -> None:
    """Choose ``value`` in a ChoiceField as a click on its entry does."""
    index = combo._values.index(value)  # noqa: SLF001 - the values behind the labels
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QApplication.processEvents()


def type_into(field, text: str) -> None:
    """Type ``text`` over the field's text and leave it, as a user moving on does."""
    replace_text(field, text)
    if hasattr(field, "returnPressed"):
        QTest.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()
    QApplication.processEvents()


# field path → (the KPI edited, how the user sets it, the value the plan then holds)
EDITS: dict[str, tuple[str, str | Any, Any]] = {
    "name": ("k-followers", "Newsletter sign-ups", "Newsletter sign-ups"),
    "description": ("k-followers", "People who asked for it", "People who asked for it"),
    "formula": ("k-new", Formula.SUM, Formula.SUM),
    "unit": ("k-followers", Unit.PERCENT, Unit.PERCENT),
    "target": ("k-followers", "7,500", 7500),
    "direction": ("k-followers", Direction.LOWER_IS_BETTER, Direction.LOWER_IS_BETTER),
    "aggregation": ("k-followers", Aggregation.NON_ADDITIVE, Aggregation.NON_ADDITIVE),
    "owner": ("k-followers", "Digital team", "Digital team"),
    "department_id": ("k-followers", "d-mkt", "d-mkt"),
    "stage": ("k-followers", RevenueStage.MARKETING, RevenueStage.MARKETING),
    "role": ("k-followers", FunnelRole.PIPELINE_VALUE, FunnelRole.PIPELINE_VALUE),
    "goal_id": ("k-followers", "g-new", "g-new"),
    "data_source": ("k-followers", "Newsletter tool export", "Newsletter tool export"),
}


def test_the_family_covers_every_field_of_a_kpi(form):
    editable = set(KpiNode.model_fields) - {"id", "children", "period_targets"}  # the tree and the periods tab
    assert set(EDITS) == set(form.fields) == editable


@pytest.mark.parametrize("path", list(EDITS))
def test_every_field_edits_the_plan_in_one_step_undone_byte_equal_and_redone(qtbot, session, path):
    node_id, user_value, stored = EDITS[path]
    form = host(qtbot, session, node_id=node_id)
    field = form.fields[path]
    before, count = saved(session), session.undo_stack.count()
    if isinstance(user_value, str) and not hasattr(field, "_values"):
        type_into(field, user_value)
    else:
        pick(field, user_value)
    assert getattr(node(session, node_id), path) == stored
    assert session.undo_stack.count() == count + 1 and find_problems(session.plan) == []
    edited = saved(session)
    session.undo_stack.undo()
    assert saved(session) == before
    assert getattr(node(session, node_id), path) != stored
    session.undo_stack.redo()
    assert saved(session) == edited
    assert not form.rows[path].message.isVisible()


def shown(field) -> Any:
    return field._values[field.currentIndex()] if hasattr(field, "_values") else (  # noqa: SLF001
        field.toPlainText() if hasattr(field, "toPlainText") else field.text())


@pytest.mark.parametrize("path", list(EDITS))
def test_every_field_shows_the_selected_kpi_and_follows_undo(qtbot, session, path):
    node_id, user_value, stored = EDITS[path]
    form = host(qtbot, session, node_id=node_id)
    field = form.fields[path]
    first = shown(field)
    if path == "formula":
        from canvas_app.commands.kpi_tree import tree_edit
        from canvas_app.model import kpi_structure as ks

        session.push(tree_edit(session, ks.set_formula, node_id, stored, text="Formula"))
    else:
        session.push(EditField(session, node_id, path, stored, merge=False))
    assert shown(field) != first
    session.undo_stack.undo()
    assert shown(field) == first
    form.set_node(None)
    assert not field.isEnabled()
    form.set_node(node_id)
    assert field.isEnabled() and shown(field) == first


@pytest.mark.parametrize("node_id, formula, message", [
    ("k-existing", Formula.RATIO, "A ratio or a difference needs exactly two KPIs below it."),  # three below it
    ("k-new", Formula.INPUT, "Move or remove the KPIs below it first, then make it an input."),
    ("k-followers", Formula.PRODUCT,
     "A computed KPI needs at least one KPI below it: add one first, or make it an input."),
])
def test_a_formula_that_does_not_fit_is_refused_at_the_field_and_the_choice_snaps_back(qtbot, session, node_id,
                                                                                      formula, message):
    form = host(qtbot, session, node_id=node_id)
    combo = form.fields["formula"]
    before, kept = saved(session), node(session, node_id).formula
    pick(combo, formula)
    assert form.rows["formula"].message.text() == message and form.rows["formula"].message.isVisible()
    assert combo._values[combo.currentIndex()] == kept  # noqa: SLF001
    assert saved(session) == before and session.undo_stack.count() == 0


def test_a_funnel_role_another_kpi_has_is_refused_naming_it(form, session):
    combo = form.fields["role"]
    before = saved(session)
    pick(combo, FunnelRole.LEADS)
    assert form.rows["role"].message.text() == "“Leads” already has this funnel role."
    assert combo.currentIndex() == 0 and node(session).role is None  # back on "no funnel role"
    assert saved(session) == before and session.undo_stack.count() == 0
    pick(combo, FunnelRole.EXPANSION_RATE)  # a free role is taken, and the message goes
    assert node(session).role == FunnelRole.EXPANSION_RATE and not form.rows["role"].message.isVisible()


def test_a_role_brings_its_usual_stage_when_the_kpi_has_none(form, session):
    pick(form.fields["role"], FunnelRole.DAYS_TO_MQL)
    assert node(session).stage == RevenueStage.MARKETING
    assert shown(form.fields["stage"]) == RevenueStage.MARKETING
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert (node(session).role, node(session).stage) == (None, None)
    assert shown(form.fields["stage"]) is None


@pytest.mark.parametrize("money_unit, shown_text, typed, stored", [
    (MoneyUnit.YEN, "5,000,000", "6,000,000", 6_000_000),
    (MoneyUnit.THOUSAND, "5,000", "6,000", 6_000_000),
    (MoneyUnit.TEN_THOUSAND, "500", "600", 6_000_000),
    (MoneyUnit.MILLION, "5", "6.5", 6_500_000),
    (MoneyUnit.HUNDRED_MILLION, "0.05", "0.07", 7_000_000),
])
def test_the_target_is_money_in_the_plans_money_unit(qtbot, session, money_unit, shown_text, typed, stored):
    session.plan.settings.money_unit = money_unit
    form = host(qtbot, session, node_id="k-size")
    target = form.fields["target"]
    assert target.text() == shown_text
    type_into(target, typed)
    assert node(session, "k-size").target == stored


@pytest.mark.parametrize("node_id, typed, message", [
    ("k-leads", "-3", "This KPI cannot be below zero."),
    ("k-size", "-3", "This KPI cannot be below zero."),
    ("k-win", "130", "A conversion, win or retention rate cannot be above 100 %."),
])
def test_a_target_the_kpi_can_never_take_is_refused_as_on_the_funnel_page(qtbot, session, node_id, typed,
                                                                           message):
    before = saved(session)
    form = host(qtbot, session, node_id=node_id)
    target = form.fields["target"]
    replace_text(target, typed)
    QTest.keyClick(target, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert form.rows["target"].message.text() == message and form.rows["target"].message.isVisible()
    assert saved(session) == before and session.undo_stack.count() == 0


def test_a_rate_is_typed_as_25_for_25_percent_and_the_target_follows_the_unit(qtbot, session):
    form = host(qtbot, session, node_id="k-win")
    target = form.fields["target"]
    assert target.text() == "30"
    type_into(target, "25")
    assert node(session, "k-win").target == pytest.approx(0.25)
    pick(form.fields["unit"], Unit.COUNT)  # the same value, now shown as a count
    assert target.text() == "0.25"
    session.push(EditField(session, None, "settings.money_unit", MoneyUnit.MILLION, merge=False))
    pick(form.fields["unit"], Unit.JPY)
    assert target.text() == "0.00000025"  # ¥0.25 in millions of yen, exactly
    session.undo_stack.undo()
    assert target.text() == "0.25"


def test_the_line_under_the_formula_says_what_the_tree_makes_of_it(qtbot, session):
    form = host(qtbot, session, node_id="k-new")
    line = form.formula_line
    assert line.text() == "Won deals × Average deal size = 150,000 thousand yen (plan)"
    session.push(EditField(session, "k-size", "name", "Deal size", merge=False))
    assert line.text().startswith("Won deals × Deal size = ")
    session.push(EditField(session, "k-win", "target", None, merge=False))
    assert line.text() == "Won deals × Deal size = — (“Win rate” has no target yet)"
    form.set_node("k-leads")
    assert line.text() == "Input value: its target is typed, not computed."
    form.set_node(None)
    assert not line.isVisible()


def test_the_line_is_worked_out_only_while_the_form_is_seen(qtbot, session, monkeypatch):
    form = host(qtbot, session, node_id="k-new")
    refreshed = []
    original = form.refresh
    monkeypatch.setattr(form, "refresh", lambda: (refreshed.append(1), original()))
    form.host_area.hide()
    for n in range(5):
        session.push(EditField(session, "k-leads", "target", 2000 + n))
    assert refreshed == []  # hidden: marked, not worked out
    form.host_area.show()
    QApplication.processEvents()
    assert refreshed == [1]  # caught up once, on showing
    assert form.formula_line.text().startswith("Won deals × Average deal size = ")


def test_switching_the_language_relabels_the_choices_and_captions(qtbot, session, qapp):
    form = host(qtbot, session, node_id="k-win")
    assert form.fields["formula"].currentText() == "Input value"
    assert form.fields["role"].currentText() == "Win rate"
    assert form.fields["stage"].itemText(0) == "— (none)"
    try:
        i18n.install_translators(qapp, "ja")
        form.binder.language = i18n.language("ja")
        form.retranslate()
        assert form.fields["formula"].currentText() == "入力値"
        assert form.fields["role"].currentText() == "受注率"
        assert form.fields["stage"].itemText(0) == "—（なし）"
        assert form.rows["target"].caption.text() == "目標(&T)"
        assert form.formula_line.text() == "入力値：目標を入力します（計算しません）。"
    finally:
        i18n.install_translators(qapp, "en")


def test_each_caption_jumps_to_its_field_with_its_own_alt_key(form):
    keys = {}
    for path, row in form.rows.items():
        assert row.caption.buddy() is form.fields[path]
        text = row.caption.text()
        assert "&" in text, path
        keys[path] = text[text.index("&") + 1].lower()
    assert len(set(keys.values())) == len(keys)
    assert not set(keys.values()) & set("fevh")  # the menu bar's File, Edit, View, Help


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("zoom", [100, 150])
def test_nothing_is_clipped_on_a_1000_px_page(qtbot, session, qapp, lang, zoom):
    from canvas_app.ui import theme

    try:
        theme.set_zoom(qapp, zoom)
        form = host(qtbot, session, lang=lang, node_id="k-sql-opp")
        form.host_area.resize(1000, 700)
        QApplication.processEvents()
        assert form.host_area.horizontalScrollBar().maximum() == 0
        for path, field in form.fields.items():
            if hasattr(field, "_values"):  # the chosen label fits its combo
                width = field.fontMetrics().horizontalAdvance(field.currentText())
                assert width < field.width() - theme.px(24), (path, field.currentText())
            row = form.rows[path]
            assert row.caption.width() >= row.caption.fontMetrics().horizontalAdvance(
                row.caption.text().replace("&", "")) or row.caption.wordWrap()
    finally:
        theme.set_zoom(qapp, 100)


def test_a_read_only_plan_shows_the_kpi_without_editing_it(qtbot, session):
    session.read_only = True
    form = host(qtbot, session, node_id="k-win")
    assert form.fields["name"].isReadOnly() and not form.fields["formula"].isEnabled()
    assert form.fields["name"].text() == "Win rate"


def test_a_removed_kpi_leaves_the_form_empty(qtbot, session):
    from canvas_app.commands.kpi_tree import remove_kpi

    form = host(qtbot, session, node_id="k-followers")
    session.push(remove_kpi(session, "k-followers"))
    assert all(not field.isEnabled() for field in form.fields.values())
    session.undo_stack.undo()
    assert all(isinstance(f, QWidget) and f.isEnabled() for f in form.fields.values())


def test_picking_the_formula_a_kpi_already_has_adds_no_undo_step(qtbot, session):
    form = host(qtbot, session, node_id="k-new")
    pick(form.fields["formula"], Formula.PRODUCT)
    assert session.undo_stack.count() == 0 and not form.rows["formula"].message.isVisible()
