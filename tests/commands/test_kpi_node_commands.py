"""Edits the KPI form makes that need more than one field: the formula (a structural
change: it decides how many KPIs may sit below) and the funnel role (one KPI per role;
the role's usual revenue stage comes along). Each is one undo step, undone byte-equal,
and a refusal never reaches the stack."""

from __future__ import annotations

import pytest

from canvas_app.calc.funnel_roles import DEFAULT_STAGE
from canvas_app.commands import EditField, InvalidEdit
from canvas_app.commands.kpi_tree import choose_funnel_role, tree_edit
from canvas_app.model import KpiNode, find_problems
from canvas_app.model import kpi_structure as ks
from canvas_app.model.enums import Formula, FunnelRole, RevenueStage
from canvas_app.storage.project_file import serialize


def saved(session) -> bytes:
    """The plan as saved, at a fixed time: only the plan's own bytes are compared."""
    return serialize(session.plan, saved_at="2026-01-01T00:00:00")


def node(session, node_id: str) -> KpiNode:
    return next(n for n in session.plan.kpis.nodes if n.id == node_id)


@pytest.fixture
def three(session):
    """The small plan (revenue = deals × deal size) and a sum of three."""
    session.plan.kpis.nodes += [
        KpiNode(id="k-mix", name="Mix", formula=Formula.SUM, children=["k-a", "k-b", "k-c"]),
        KpiNode(id="k-a", name="A", target=1), KpiNode(id="k-b", name="B", target=2),
        KpiNode(id="k-c", name="C", target=3)]
    return session


@pytest.mark.parametrize("node_id, formula", [
    ("k-rev", Formula.SUM), ("k-rev", Formula.RATIO), ("k-rev", Formula.DIFFERENCE),
    ("k-mix", Formula.PRODUCT),
])
def test_a_formula_change_is_one_step_undone_byte_equal_and_redone(three, node_id, formula):
    session = three
    before = saved(session)
    session.push(tree_edit(session, ks.set_formula, node_id, formula, text="Formula"))
    assert node(session, node_id).formula == formula and find_problems(session.plan) == []
    edited = saved(session)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert saved(session) == before
    session.undo_stack.redo()
    assert saved(session) == edited


@pytest.mark.parametrize("node_id, formula, message", [
    ("k-mix", Formula.RATIO, "A ratio or a difference needs exactly two KPIs below it."),
    ("k-mix", Formula.DIFFERENCE, "A ratio or a difference needs exactly two KPIs below it."),
    ("k-rev", Formula.INPUT, "Move or remove the KPIs below it first, then make it an input."),
    ("k-deals", Formula.SUM, "A computed KPI needs at least one KPI below it: add one first, or make it an input."),
    ("k-deals", Formula.RATIO, "A computed KPI needs at least one KPI below it: add one first, or make it an input."),
])
def test_a_formula_that_does_not_fit_the_kpis_below_is_refused_in_one_sentence(three, node_id, formula, message):
    session = three
    before = saved(session)
    with pytest.raises(InvalidEdit) as refused:
        tree_edit(session, ks.set_formula, node_id, formula, text="Formula")
    assert refused.value.message == message
    assert session.undo_stack.count() == 0 and saved(session) == before


@pytest.fixture
def funnel(session):
    """Deals are the won deals (stage Sales); deal size has no role and no stage."""
    node(session, "k-deals").role = FunnelRole.WON_DEALS
    node(session, "k-deals").stage = RevenueStage.SALES
    return session


@pytest.mark.parametrize("role", [r for r in FunnelRole if r != FunnelRole.WON_DEALS])
def test_a_role_brings_its_usual_stage_to_a_kpi_without_one_in_the_same_step(funnel, role):
    session = funnel
    before = saved(session)
    session.push(choose_funnel_role(session, "k-size", role, "Funnel role"))
    size = node(session, "k-size")
    assert (size.role, size.stage) == (role, DEFAULT_STAGE[role])
    assert session.undo_stack.count() == 1 and find_problems(session.plan) == []
    session.undo_stack.undo()
    assert saved(session) == before


@pytest.mark.parametrize("role", [FunnelRole.LEADS, FunnelRole.WIN_RATE, None])
def test_a_stage_the_team_chose_is_kept_and_no_role_clears_only_the_role(funnel, role):
    session = funnel
    node(session, "k-size").stage = RevenueStage.CUSTOMER_SUCCESS
    session.push(choose_funnel_role(session, "k-size", role, "Funnel role"))
    assert (node(session, "k-size").role, node(session, "k-size").stage) == (role, RevenueStage.CUSTOMER_SUCCESS)
    session.push(choose_funnel_role(session, "k-deals", None, "Funnel role"))
    assert (node(session, "k-deals").role, node(session, "k-deals").stage) == (None, RevenueStage.SALES)


@pytest.mark.parametrize("build", [
    lambda s: choose_funnel_role(s, "k-size", FunnelRole.WON_DEALS, "Funnel role"),
    lambda s: EditField(s, "k-size", "role", FunnelRole.WON_DEALS),  # any edit path
    lambda s: EditField(s, "k-rev", "role", "won_deals", merge=False),
])
def test_a_funnel_role_another_kpi_has_is_refused_naming_that_kpi(funnel, build):
    session = funnel
    before = saved(session)
    with pytest.raises(InvalidEdit) as refused:
        build(session)
    assert refused.value.message == "“Deals” already has this funnel role."
    assert session.undo_stack.count() == 0 and saved(session) == before
    # The KPI that has it may pick it again; once it lets go, another may take it.
    session.push(choose_funnel_role(session, "k-deals", FunnelRole.WON_DEALS, "Funnel role"))
    session.push(choose_funnel_role(session, "k-deals", None, "Funnel role"))
    session.push(build(session))
    assert find_problems(session.plan) == []
