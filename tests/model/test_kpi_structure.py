"""Outliner edits of the KPI tree (model/kpi_structure.py): each one by hand, each
refusal, and a property: whatever sequence of edits, the result is a valid plan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_app.calc.tree_shape import tree_shape
from canvas_app.model import KpiNode, KpiTree, Plan
from canvas_app.model import kpi_structure as ks
from canvas_app.model.enums import Formula, FunnelRole


def node(node_id: str, formula: str = "input", children: tuple[str, ...] = (), **fields) -> KpiNode:
    return KpiNode(id=node_id, name=node_id, formula=Formula(formula), children=list(children), **fields)


def plan_of(*nodes: KpiNode) -> Plan:
    return Plan(kpis=KpiTree(nodes=list(nodes)))


def outline(nodes: list[KpiNode]) -> list[tuple[int, str]]:
    """(depth, id) in tree order: what the outliner shows."""
    plan = plan_of(*nodes)
    shape = tree_shape(plan)
    return [(len(shape.ancestors(n)), n) for n in shape.order]


@pytest.fixture
def revenue() -> Plan:
    # revenue = won × deal; won = opps × win
    return plan_of(
        node("revenue", "product", ("won", "deal")),
        node("won", "product", ("opps", "win")),
        node("opps", target=100), node("win", target=0.25), node("deal", target=2_000_000),
        node("cost", target=5),
    )


def test_add_sibling_and_child(revenue):
    nodes = ks.add_sibling(revenue, "won", node("new"))
    assert next(n for n in nodes if n.id == "revenue").children == ["won", "new", "deal"]
    nodes = ks.add_child(revenue, "cost", node("part", target=1))
    cost = next(n for n in nodes if n.id == "cost")
    assert cost.formula == Formula.SUM and cost.children == ["part"]  # an input with a child becomes a sum
    nodes = ks.add_sibling(revenue, None, node("root2"))
    assert [d for d in outline(nodes) if d[0] == 0] == [(0, "revenue"), (0, "cost"), (0, "root2")]


def test_indent_goes_under_the_sibling_above_and_outdent_comes_back_after_the_parent(revenue):
    nodes = ks.indent(revenue, "cost")  # cost's sibling above among the roots is revenue
    assert outline(nodes)[-1] == (1, "cost")
    back = ks.outdent(plan_of(*nodes), "cost")
    assert outline(back) == outline(revenue.kpis.nodes)
    assert ks.outdent(revenue, "won") and outline(ks.outdent(revenue, "won"))[0] == (0, "revenue")


def test_move_among_siblings_changes_a_ratios_order(revenue):
    nodes = ks.move_among_siblings(revenue, "deal", -1)
    assert next(n for n in nodes if n.id == "revenue").children == ["deal", "won"]
    nodes = ks.move_among_siblings(revenue, "cost", -1)  # roots move in the node list
    assert [n for d, n in outline(nodes) if d == 0] == ["cost", "revenue"]


def test_remove_a_subtree_or_lift_its_children(revenue):
    nodes, removed = ks.remove_node(revenue, "cost")
    assert removed == ["cost"] and "cost" not in {n.id for n in nodes}
    grown = plan_of(*ks.add_child(revenue, "cost", node("c1", target=1)))
    grown = plan_of(*ks.add_child(grown, "cost", node("c2", target=2)))
    nodes, removed = ks.remove_node(grown, "cost", lift_children=True)
    assert removed == ["cost"] and [n for d, n in outline(nodes) if d == 0] == ["revenue", "c1", "c2"]
    nodes, removed = ks.remove_node(grown, "cost")
    assert sorted(removed) == ["c1", "c2", "cost"]


def test_duplicate_a_subtree_with_fresh_ids_next_to_it(revenue):
    plan = plan_of(*[n.model_copy(update={"role": FunnelRole.WON_DEALS}) if n.id == "won" else n
                     for n in revenue.kpis.nodes])
    total = plan_of(node("total", "sum", ("a",)), node("a", "product", ("x", "y")), node("x", target=1),
                    node("y", target=2))
    nodes, mapping = ks.duplicate_subtree(total, "a")
    assert set(mapping) == {"a", "x", "y"} and not set(mapping.values()) & {"a", "x", "y"}
    assert next(n for n in nodes if n.id == "total").children == ["a", mapping["a"]]
    copy = next(n for n in nodes if n.id == mapping["a"])
    assert copy.children == [mapping["x"], mapping["y"]]
    Plan(kpis=KpiTree(nodes=nodes))  # a valid plan
    # A copy never takes the funnel role along (a role belongs to one KPI).
    nodes, mapping = ks.duplicate_subtree(plan, "won")
    assert next(n for n in nodes if n.id == "won").role == FunnelRole.WON_DEALS
    assert next(n for n in nodes if n.id == mapping["won"]).role is None
    Plan(kpis=KpiTree(nodes=nodes))


@pytest.mark.parametrize("edit, code", [
    (lambda p: ks.add_child(p, "ratio", node("third", target=1)), ks.NEEDS_TWO),
    (lambda p: ks.indent(p, "loose"), ks.NEEDS_TWO),  # under the ratio above it: a third child
    (lambda p: ks.remove_node(p, "b"), ks.NEEDS_TWO),
    (lambda p: ks.indent(p, "ratio"), ks.NO_PREVIOUS_SIBLING),
    (lambda p: ks.outdent(p, "ratio"), ks.AT_TOP),
    (lambda p: ks.move_among_siblings(p, "a", -1), ks.AT_EDGE),
    (lambda p: ks.indent(p, "nope"), ks.UNKNOWN_NODE),
])
def test_edits_that_would_break_the_tree_are_refused(edit, code):
    plan = plan_of(
        node("ratio", "ratio", ("a", "b")), node("a", target=1), node("b", target=2),
        node("loose", target=3),
        node("sum", "sum", ("only",)), node("only", target=4),
    )
    before = plan.model_dump()
    with pytest.raises(ks.TreeEditRefused) as refused:
        edit(plan)
    assert refused.value.code == code
    assert plan.model_dump() == before  # the plan itself is never touched


@pytest.mark.parametrize("edit", [
    lambda p: ks.remove_node(p, "only")[0],
    lambda p: ks.outdent(p, "only"),
    lambda p: ks.move_node(p, "only", None),
])
def test_a_sum_left_without_kpis_below_becomes_an_input_again(edit):
    plan = plan_of(node("sum", "sum", ("only",), target=9), node("only", target=4))
    nodes = edit(plan)
    total = next(n for n in nodes if n.id == "sum")
    assert total.formula == Formula.INPUT and total.children == [] and total.target == 9
    indented = ks.indent(plan_of(*nodes), "only") if len(nodes) == 2 else None
    if indented is not None:  # and Tab gives the sum back
        assert next(n for n in indented if n.id == "sum").formula == Formula.SUM


def test_check_nodes_refuses_a_cycle_and_a_second_parent():
    a = KpiNode.model_construct(id="a", name="a", formula=Formula.SUM, children=["b"])
    b = KpiNode.model_construct(id="b", name="b", formula=Formula.SUM, children=["a"])
    with pytest.raises(ks.TreeEditRefused) as refused:
        ks.check_nodes([a, b])
    assert refused.value.code == ks.CYCLE
    with pytest.raises(ks.TreeEditRefused) as refused:
        ks.check_nodes([node("p", "sum", ("x",)), node("q", "sum", ("x",)), node("x", target=1)])
    assert refused.value.code == ks.SECOND_PARENT


def test_drag_and_drop_moves_a_subtree_under_another_node_or_to_the_roots(revenue):
    nodes = ks.move_node(revenue, "cost", "won", 1)  # between opps and win
    assert next(n for n in nodes if n.id == "won").children == ["opps", "cost", "win"]
    nodes = ks.move_node(revenue, "won", None, 0)  # to the top, first among the roots
    assert [d for d in outline(nodes) if d[0] == 0] == [(0, "won"), (0, "revenue"), (0, "cost")]
    assert outline(nodes)[:3] == [(0, "won"), (1, "opps"), (1, "win")]  # with its subtree
    assert next(n for n in nodes if n.id == "revenue").children == ["deal"]
    nodes = ks.move_node(revenue, "deal", "revenue", 0)  # the same parent, earlier
    assert next(n for n in nodes if n.id == "revenue").children == ["deal", "won"]
    nodes = ks.move_node(revenue, "won", "revenue", 2)  # the same parent, counted with it in place
    assert next(n for n in nodes if n.id == "revenue").children == ["deal", "won"]


@pytest.mark.parametrize("node_id, parent, code", [
    ("won", "opps", ks.CYCLE),  # under its own child
    ("revenue", "revenue", ks.CYCLE),  # under itself
    ("opps", "cost", None),  # won would keep one child: a product may (no refusal)
    ("win", None, None),
    ("ghost", None, ks.UNKNOWN_NODE),
])
def test_drag_and_drop_refusals(revenue, node_id, parent, code):
    if code is None:
        assert ks.move_node(revenue, node_id, parent)
        return
    with pytest.raises(ks.TreeEditRefused) as refused:
        ks.move_node(revenue, node_id, parent)
    assert refused.value.code == code


def test_a_drop_that_leaves_a_ratio_with_one_child_is_refused():
    plan = plan_of(node("r", "ratio", ("a", "b")), node("a", target=1), node("b", target=2), node("c", target=3))
    with pytest.raises(ks.TreeEditRefused) as refused:
        ks.move_node(plan, "a", "c")
    assert refused.value.code == ks.NEEDS_TWO
    with pytest.raises(ks.TreeEditRefused) as refused:
        ks.move_node(plan, "c", "r", 1)
    assert refused.value.code == ks.NEEDS_TWO


# -- the formula ---------------------------------------------------------------------------

def shapes() -> Plan:
    """A node of every shape: no children, one, two, three."""
    return plan_of(
        node("none", target=1),
        node("one", "sum", ("o1",)), node("o1", target=1),
        node("two", "product", ("t1", "t2")), node("t1", target=2), node("t2", target=3),
        node("three", "sum", ("h1", "h2", "h3")), node("h1", target=1), node("h2", target=2), node("h3", target=3),
    )


# What each formula makes of a node with 0, 1, 2 or 3 children: None = allowed, else the refusal.
FORMULA_RULES = {
    Formula.INPUT: (None, ks.INPUT_WITH_CHILDREN, ks.INPUT_WITH_CHILDREN, ks.INPUT_WITH_CHILDREN),
    Formula.SUM: (ks.NEEDS_CHILDREN, None, None, None),
    Formula.PRODUCT: (ks.NEEDS_CHILDREN, None, None, None),
    Formula.RATIO: (ks.NEEDS_CHILDREN, ks.NEEDS_TWO, None, ks.NEEDS_TWO),
    Formula.DIFFERENCE: (ks.NEEDS_CHILDREN, ks.NEEDS_TWO, None, ks.NEEDS_TWO),
}


@pytest.mark.parametrize("formula", list(Formula))
@pytest.mark.parametrize("children", [0, 1, 2, 3])
def test_set_formula_takes_what_fits_the_children_and_refuses_the_rest(formula, children):
    plan = shapes()
    node_id = ("none", "one", "two", "three")[children]
    before = plan.model_dump()
    expected = FORMULA_RULES[formula][children]
    if expected is None:
        nodes = ks.set_formula(plan, node_id, formula)
        changed = next(n for n in nodes if n.id == node_id)
        assert changed.formula == formula and len(changed.children) == children
        # Nothing else moves: the other nodes are the very same objects.
        assert [n for n in nodes if n.id != node_id] == [n for n in plan.kpis.nodes if n.id != node_id]
        assert all(a is b for a, b in zip(nodes, plan.kpis.nodes) if a.id != node_id)
        Plan(kpis=KpiTree(nodes=nodes))
    else:
        with pytest.raises(ks.TreeEditRefused) as refused:
            ks.set_formula(plan, node_id, formula)
        assert (refused.value.code, refused.value.node_id) == (expected, node_id)
    assert plan.model_dump() == before  # the plan itself is never touched


def test_set_formula_keeps_every_other_field_and_refuses_an_unknown_node(revenue):
    nodes = ks.set_formula(revenue, "won", Formula.RATIO)
    won = next(n for n in nodes if n.id == "won")
    assert won.model_dump(exclude={"formula"}) == revenue.kpis.nodes[1].model_dump(exclude={"formula"})
    with pytest.raises(ks.TreeEditRefused) as refused:
        ks.set_formula(revenue, "nope", Formula.SUM)
    assert refused.value.code == ks.UNKNOWN_NODE


EDITS = st.lists(st.tuples(st.sampled_from(["sibling", "child", "indent", "outdent", "up", "down", "remove",
                                             "lift", "duplicate", "formula", "move"]), st.integers(0, 50)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(edits=EDITS)
def test_any_sequence_of_edits_leaves_a_valid_plan(edits):
    plan = plan_of(node("root", "sum", ("a", "b")), node("a", target=1), node("b", "ratio", ("c", "d")),
                   node("c", target=2), node("d", target=3))
    counter = 0
    for action, pick in edits:
        ids = [n.id for n in plan.kpis.nodes]
        target = ids[pick % len(ids)] if ids else None
        counter += 1
        try:
            if action == "sibling":
                nodes = ks.add_sibling(plan, target, node(f"n{counter}", target=1))
            elif action == "child" and target:
                nodes = ks.add_child(plan, target, node(f"n{counter}", target=1))
            elif action in ("indent", "outdent") and target:
                nodes = getattr(ks, action)(plan, target)
            elif action in ("up", "down") and target:
                nodes = ks.move_among_siblings(plan, target, -1 if action == "up" else 1)
            elif action in ("remove", "lift") and target:
                nodes, _ = ks.remove_node(plan, target, lift_children=action == "lift")
            elif action == "move" and target:  # drag and drop: under another node, or a root
                parent = ids[(pick // 7) % len(ids)] if pick % 3 else None
                nodes = ks.move_node(plan, target, parent, pick % 4 if pick % 2 else None)
            elif action == "duplicate" and target:
                nodes, _ = ks.duplicate_subtree(plan, target)
            elif action == "formula" and target:
                nodes = ks.set_formula(plan, target, list(Formula)[pick % len(Formula)])
            else:
                continue
        except ks.TreeEditRefused:
            continue
        plan = Plan(kpis=KpiTree(nodes=nodes))  # the full plan validation, references included
        assert len({n.id for n in plan.kpis.nodes}) == len(plan.kpis.nodes)
