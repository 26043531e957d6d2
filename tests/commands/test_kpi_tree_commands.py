"""The KPI tree's structural edits as undo steps (commands/kpi_tree.py): each is one step,
undo gives back a byte-equal plan, redo the edited one, removals clear every reference,
and refusals never reach the stack."""

from __future__ import annotations

import pytest

from canvas_app.commands import InvalidEdit
from canvas_app.commands.kpi_tree import KPI_NODES, remove_kpi, tree_edit
from canvas_app.model import Actual, KpiNode, ReviewDecision, ReviewMeeting, find_problems
from canvas_app.model import kpi_structure as ks
from canvas_app.model.enums import Formula
from canvas_app.storage.project_file import serialize


def saved(session) -> bytes:
    return serialize(session.plan, saved_at="2026-01-01T00:00:00Z")  # the clock is not the plan


@pytest.fixture
def linked(session):
    """The small plan with an initiative, actuals and a decision that name KPIs."""
    plan = session.plan
    plan.roadmap.initiatives[0].kpi_ids = ["k-deals", "k-size"]
    plan.review.actuals = [Actual(kpi_id="k-deals", period="M01", value=3),
                           Actual(kpi_id="k-rev", period="M01", value=9_000_000)]
    plan.review.meetings = [ReviewMeeting(id="r1", decisions=[ReviewDecision(id="dec1", subject_id="k-deals")])]
    return session


def test_each_outliner_edit_is_one_step_undone_byte_equal_and_redone(session):
    before = saved(session)
    changes = []
    session.changed.connect(changes.append)
    session.push(tree_edit(session, ks.add_child, "k-rev", KpiNode(id="k-new", name="New", target=1), text="Add"))
    session.push(tree_edit(session, ks.move_among_siblings, "k-new", -1, text="Move"))
    session.push(tree_edit(session, ks.duplicate_subtree, "k-deals", text="Duplicate"))
    edited = saved(session)
    assert session.undo_stack.count() == 3
    assert [n.id for n in session.plan.kpis.nodes][:3] == ["k-rev", "k-deals", next(
        n.id for n in session.plan.kpis.nodes if n.id.startswith("kpi-"))]
    assert all(change.slot == KPI_NODES for change in changes)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert saved(session) == before
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert saved(session) == edited and find_problems(session.plan) == []


def test_a_refused_edit_never_reaches_the_stack(session):
    with pytest.raises(InvalidEdit) as refused:
        tree_edit(session, ks.outdent, "k-rev", text="Outdent")
    assert refused.value.message == "This KPI is already at the top level."
    session.plan.kpis.nodes[0].formula = Formula.RATIO  # revenue = deals ÷ size
    with pytest.raises(InvalidEdit) as refused:
        tree_edit(session, ks.add_child, "k-rev", KpiNode(id="k-third", name="Third"), text="Add")
    assert refused.value.message == "A ratio or a difference needs exactly two KPIs below it."
    assert session.undo_stack.count() == 0


def test_removing_a_subtree_clears_initiatives_actuals_and_decisions_in_one_step(linked):
    session = linked
    session.plan.kpis.nodes[0].formula = Formula.SUM  # revenue = deals + size + other
    before = saved(session)
    session.push(tree_edit(session, ks.add_child, "k-rev", KpiNode(id="k-other", name="Other", target=1),
                           text="Add"))
    after_add = saved(session)
    session.push(remove_kpi(session, "k-deals"))
    plan = session.plan
    assert [n.id for n in plan.kpis.nodes] == ["k-rev", "k-size", "k-other"]
    assert plan.roadmap.initiatives[0].kpi_ids == ["k-size"]
    assert [a.kpi_id for a in plan.review.actuals] == ["k-rev"]
    assert plan.review.meetings[0].decisions[0].subject_id is None
    assert find_problems(plan) == []
    session.undo_stack.undo()
    assert saved(session) == after_add
    session.undo_stack.undo()
    assert saved(session) == before


def test_removing_the_root_with_its_subtree_clears_every_reference_to_all_of_it(linked):
    session = linked
    session.push(remove_kpi(session, "k-rev"))
    plan = session.plan
    assert plan.kpis.nodes == [] and plan.roadmap.initiatives[0].kpi_ids == [] and plan.review.actuals == []
    assert find_problems(plan) == []
    assert session.undo_stack.count() == 1


def test_lifting_the_children_of_a_removed_node_keeps_them_and_their_references(linked):
    session = linked
    session.push(remove_kpi(session, "k-rev", lift_children=True))
    plan = session.plan
    assert [n.id for n in plan.kpis.nodes] == ["k-deals", "k-size"]
    assert plan.roadmap.initiatives[0].kpi_ids == ["k-deals", "k-size"]
    assert [a.kpi_id for a in plan.review.actuals] == ["k-deals"]
    assert find_problems(plan) == []


@pytest.mark.parametrize("kind", ["new_business", "new_and_existing"])
def test_a_template_tree_starts_from_the_revenue_goal_in_one_step(session, kind):
    from canvas_app.calc import funnel, funnel_template
    from canvas_app.commands.kpi_tree import start_from_template
    from canvas_app.model.enums import FunnelRole
    from canvas_app.text.language import Language

    session.plan.kpis.nodes = []  # a plan with goals but no tree yet
    before = saved(session)
    command, root_id = start_from_template(session, kind, Language("en"))
    session.push(command)
    plan = session.plan
    root = next(n for n in plan.kpis.nodes if n.id == root_id)
    assert (root.target, root.goal_id) == (100_000_000, "g1")  # step 1's revenue goal
    expected_root = FunnelRole.NEW_REVENUE if kind == "new_business" else FunnelRole.TOTAL_REVENUE
    assert root.role == expected_root and root.name == {FunnelRole.NEW_REVENUE: "New revenue",
                                                         FunnelRole.TOTAL_REVENUE: "Total revenue"}[expected_root]
    assert find_problems(plan) == []
    analysis = funnel.analyse_funnel(plan)
    if kind == "new_business":
        assert analysis.revenue_target == 100_000_000  # the funnel page works at once
    else:  # new = total − existing: nothing to work back from until the existing figures are typed
        assert analysis.has_funnel and analysis.revenue_target is None
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert saved(session) == before
    assert funnel_template.revenue_goal(plan).id == "g1"


def test_a_second_template_tree_is_refused_while_a_funnel_tree_exists(session):
    from canvas_app.commands.kpi_tree import start_from_template
    from canvas_app.text.language import Language

    session.plan.kpis.nodes = []
    session.push(start_from_template(session, "new_business", Language("en"))[0])
    with pytest.raises(InvalidEdit) as refused:
        start_from_template(session, "new_and_existing", Language("en"))
    assert "already has a revenue funnel tree" in refused.value.message
    assert session.undo_stack.count() == 1


def test_without_a_revenue_goal_the_template_root_has_no_target(session):
    from canvas_app.commands.kpi_tree import start_from_template
    from canvas_app.text.language import Language

    session.plan.kpis.nodes = []
    session.plan.strategy.goals = [g for g in session.plan.strategy.goals if g.id != "g1"]
    command, root_id = start_from_template(session, "new_business", Language("en"))
    session.push(command)
    root = next(n for n in session.plan.kpis.nodes if n.id == root_id)
    assert root.target is None and root.goal_id is None
