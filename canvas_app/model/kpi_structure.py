"""Structural edits of the KPI tree, as an outliner makes them: add a sibling or a child,
indent (Tab) under the previous sibling, outdent (Shift+Tab) after the parent, move among
siblings (Alt+↑/↓), remove a node with its subtree or lift its children, duplicate a
subtree with fresh ids — and change a node's formula, which decides how many children
it may have.

Each function leaves the plan untouched and returns the whole new node list, already
checked: a ratio or difference with other than two children, a computed node without
children, a cycle or a second parent is refused with ``TreeEditRefused`` (a stable
``code`` the UI words), never returned. A command stores the old and the new list, so
every structural edit is one symmetric undo step.

Sibling order is the order of a parent's ``children`` (it matters for ratio and
difference); the roots' order is the order of ``plan.kpis.nodes``. A node that gets its
first child becomes a ``sum`` (an outliner cannot ask for the formula mid-keystroke; the
user picks another one in the form), and a sum or product whose last child leaves becomes
an input again. References to a removed node elsewhere in the plan
(initiatives, actuals, decisions) are cleared by the command, like every removal
(``model.referrers``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError

from .base import new_id
from .enums import Formula
from .kpi import BINARY_FORMULAS, KpiNode
from .plan import Plan

__all__ = [
    "TreeEditRefused", "add_child", "add_sibling", "check_nodes", "duplicate_subtree", "indent",
    "move_among_siblings", "move_node", "outdent", "remove_node", "set_formula",
]

# Why an edit is refused (TreeEditRefused.code). Stable keys; text/ words them.
UNKNOWN_NODE = "unknown_node"
NEEDS_TWO = "needs_two_children"  # a ratio or difference with other than two children
NEEDS_CHILDREN = "needs_children"  # a computed node left without children
CYCLE = "cycle"  # a node would be its own ancestor
SECOND_PARENT = "second_parent"  # a node listed as a child by two nodes
NO_PREVIOUS_SIBLING = "no_previous_sibling"  # indent: nothing above to go under
AT_TOP = "at_top"  # outdent of a root
AT_EDGE = "at_edge"  # move past the first or last sibling
INPUT_WITH_CHILDREN = "input_with_children"  # made an input while KPIs sit below it


class TreeEditRefused(ValueError):
    """A structural edit that would break the tree; ``code`` says why, ``node_id`` where."""

    def __init__(self, code: str, node_id: str = "") -> None:
        super().__init__(f"{code}: {node_id}")
        self.code, self.node_id = code, node_id


class _Tree:
    """A working copy of the tree's structure: node order, children, formulas."""

    def __init__(self, plan: Plan) -> None:
        self.nodes = {node.id: node for node in plan.kpis.nodes}
        self.order = [node.id for node in plan.kpis.nodes]
        self.children = {node.id: list(node.children) for node in plan.kpis.nodes}
        self.formula = {node.id: node.formula for node in plan.kpis.nodes}
        self.parent = {child: node_id for node_id, kids in self.children.items() for child in kids}

    def require(self, node_id: str) -> None:
        if node_id not in self.nodes:
            raise TreeEditRefused(UNKNOWN_NODE, node_id)

    def siblings(self, node_id: str) -> list[str]:
        """The list ``node_id`` sits in: its parent's children, or the roots."""
        parent = self.parent.get(node_id)
        if parent is not None:
            return self.children[parent]
        return [n for n in self.order if n not in self.parent]

    def attach(self, parent_id: str, child_id: str, index: int | None = None) -> None:
        kids = self.children[parent_id]
        kids.insert(len(kids) if index is None else index, child_id)
        self.parent[child_id] = parent_id
        if self.formula[parent_id] == Formula.INPUT:
            self.formula[parent_id] = Formula.SUM

    def detach(self, node_id: str) -> None:
        parent = self.parent.pop(node_id, None)
        if parent is not None:
            self.children[parent].remove(node_id)
            if not self.children[parent] and self.formula[parent] in (Formula.SUM, Formula.PRODUCT):
                # The mirror of attach: a sum or product left with nothing below it is
                # an input again (indent then outdent gives the tree back). A ratio or a
                # difference keeps its formula and the edit is refused (two KPIs needed).
                self.formula[parent] = Formula.INPUT

    def place_root_after(self, node_id: str, anchor_id: str | None) -> None:
        """Put root ``node_id`` right after ``anchor_id``'s place in the node list (first
        when None), so it comes next among the roots."""
        self.order.remove(node_id)
        position = self.order.index(anchor_id) + 1 if anchor_id is not None else 0
        self.order.insert(position, node_id)

    def result(self, added: Iterable[KpiNode] = ()) -> list[KpiNode]:
        extra = {node.id: node for node in added}
        nodes: list[KpiNode] = []
        for node_id in self.order:
            node = self.nodes.get(node_id) or extra[node_id]
            kids, formula = self.children[node_id], self.formula[node_id]
            if kids != node.children or formula != node.formula:
                try:
                    node = KpiNode.model_validate({**node.model_dump(), "children": kids, "formula": formula})
                except ValidationError:
                    code = NEEDS_TWO if formula in BINARY_FORMULAS else NEEDS_CHILDREN
                    raise TreeEditRefused(code, node_id) from None
            nodes.append(node)
        check_nodes(nodes)
        return nodes


def check_nodes(nodes: list[KpiNode]) -> None:
    """Refuse a node list that is not a tree: two parents, a cycle, or a formula whose
    children do not fit (walks without recursion)."""
    ids = {node.id for node in nodes}
    parent: dict[str, str] = {}
    for node in nodes:
        if node.formula in BINARY_FORMULAS and len(node.children) != 2:
            raise TreeEditRefused(NEEDS_TWO, node.id)
        if node.formula != Formula.INPUT and not node.children:
            raise TreeEditRefused(NEEDS_CHILDREN, node.id)
        for child in node.children:
            if child not in ids:
                raise TreeEditRefused(UNKNOWN_NODE, child)
            if child in parent:
                raise TreeEditRefused(SECOND_PARENT, child)
            parent[child] = node.id
    for node in nodes:
        seen = {node.id}
        current = parent.get(node.id)
        while current is not None:
            if current in seen:
                raise TreeEditRefused(CYCLE, node.id)
            seen.add(current)
            current = parent.get(current)


def add_sibling(plan: Plan, after_id: str | None, node: KpiNode) -> list[KpiNode]:
    """``node`` right after ``after_id`` among its siblings (a new root when None)."""
    tree = _Tree(plan)
    tree.order.append(node.id)
    tree.children[node.id], tree.formula[node.id] = list(node.children), node.formula
    if after_id is None:
        return tree.result([node])
    tree.require(after_id)
    parent = tree.parent.get(after_id)
    if parent is None:
        tree.place_root_after(node.id, after_id)
    else:
        tree.attach(parent, node.id, tree.children[parent].index(after_id) + 1)
    return tree.result([node])


def add_child(plan: Plan, parent_id: str, node: KpiNode, index: int | None = None) -> list[KpiNode]:
    """``node`` as a child of ``parent_id`` (last unless ``index``); an input parent
    becomes a sum; a ratio or difference that already has two children refuses."""
    tree = _Tree(plan)
    tree.require(parent_id)
    tree.order.append(node.id)
    tree.children[node.id], tree.formula[node.id] = list(node.children), node.formula
    tree.attach(parent_id, node.id, index)
    return tree.result([node])


def indent(plan: Plan, node_id: str) -> list[KpiNode]:
    """Tab: ``node_id`` becomes the last child of the sibling above it."""
    tree = _Tree(plan)
    tree.require(node_id)
    siblings = tree.siblings(node_id)
    position = siblings.index(node_id)
    if position == 0:
        raise TreeEditRefused(NO_PREVIOUS_SIBLING, node_id)
    new_parent = siblings[position - 1]
    tree.detach(node_id)
    tree.attach(new_parent, node_id)
    return tree.result()


def outdent(plan: Plan, node_id: str) -> list[KpiNode]:
    """Shift+Tab: ``node_id`` leaves its parent and comes right after it."""
    tree = _Tree(plan)
    tree.require(node_id)
    parent = tree.parent.get(node_id)
    if parent is None:
        raise TreeEditRefused(AT_TOP, node_id)
    grandparent = tree.parent.get(parent)
    tree.detach(node_id)
    if grandparent is None:
        tree.place_root_after(node_id, parent)
    else:
        tree.attach(grandparent, node_id, tree.children[grandparent].index(parent) + 1)
    return tree.result()


def move_among_siblings(plan: Plan, node_id: str, delta: int) -> list[KpiNode]:
    """Alt+↑/↓: ``node_id`` moves ``delta`` places among its siblings."""
    tree = _Tree(plan)
    tree.require(node_id)
    siblings = tree.siblings(node_id)
    position = siblings.index(node_id)
    target = position + delta
    if not 0 <= target < len(siblings):
        raise TreeEditRefused(AT_EDGE, node_id)
    parent = tree.parent.get(node_id)
    if parent is not None:
        kids = tree.children[parent]
        kids.insert(target, kids.pop(position))
    else:
        # Roots: move in the node list to just before/after the sibling it passes.
        passed = siblings[target]
        tree.order.remove(node_id)
        at = tree.order.index(passed)
        tree.order.insert(at + 1 if delta > 0 else at, node_id)
    return tree.result()


def move_node(plan: Plan, node_id: str, parent_id: str | None, index: int | None = None) -> list[KpiNode]:
    """Drag and drop: ``node_id`` (with its subtree) becomes child ``index`` of
    ``parent_id`` (last when None), or a root at that place among the roots when
    ``parent_id`` is None. Under itself or its own subtree is refused (a cycle)."""
    tree = _Tree(plan)
    tree.require(node_id)
    if parent_id is not None:
        tree.require(parent_id)
        ancestor: str | None = parent_id
        while ancestor is not None:
            if ancestor == node_id:
                raise TreeEditRefused(CYCLE, node_id)
            ancestor = tree.parent.get(ancestor)
    old_parent, siblings = tree.parent.get(node_id), tree.siblings(node_id)
    if old_parent == parent_id and index is not None and siblings.index(node_id) < index:
        index -= 1  # the index was counted with the node still in its old place
    tree.detach(node_id)
    if parent_id is not None:
        tree.attach(parent_id, node_id, index)
        return tree.result()
    roots = [n for n in tree.order if n not in tree.parent and n != node_id]
    position = len(roots) if index is None else max(0, min(index, len(roots)))
    tree.place_root_after(node_id, roots[position - 1] if position > 0 else None)
    if position == 0 and roots:  # first among the roots: before the first root's place
        tree.order.remove(node_id)
        tree.order.insert(tree.order.index(roots[0]), node_id)
    return tree.result()


def remove_node(plan: Plan, node_id: str, *, lift_children: bool = False) -> tuple[list[KpiNode], list[str]]:
    """Remove ``node_id`` with its subtree, or lift its children into its place. Returns
    the new node list and the ids removed (for the references to clear)."""
    tree = _Tree(plan)
    tree.require(node_id)
    parent = tree.parent.get(node_id)
    siblings = tree.siblings(node_id)
    position = siblings.index(node_id)
    kids = list(tree.children[node_id])
    if lift_children:
        removed = [node_id]
        tree.detach(node_id)
        for offset, child in enumerate(kids):
            tree.parent.pop(child, None)
            if parent is not None:
                tree.children[parent].insert(position + offset, child)
                tree.parent[child] = parent
        if parent is None:
            anchor = node_id
            for child in kids:
                tree.place_root_after(child, anchor)
                anchor = child
    else:
        removed, stack = [], [node_id]
        while stack:
            current = stack.pop()
            removed.append(current)
            stack.extend(tree.children[current])
        tree.detach(node_id)
    tree.order = [n for n in tree.order if n not in set(removed)]
    return tree.result(), removed


def duplicate_subtree(plan: Plan, node_id: str) -> tuple[list[KpiNode], dict[str, str]]:
    """A copy of ``node_id`` and its subtree, with fresh ids, right after it among its
    siblings. Returns the new node list and old id → new id. The copy keeps every field
    but its funnel role (a role belongs to one KPI only)."""
    tree = _Tree(plan)
    tree.require(node_id)
    mapping: dict[str, str] = {}
    stack, subtree = [node_id], []
    while stack:
        current = stack.pop()
        subtree.append(current)
        mapping[current] = new_id("kpi")
        stack.extend(tree.children[current])
    copies = []
    for old in subtree:
        source = tree.nodes[old]
        copy = source.model_copy(deep=True, update={
            "id": mapping[old], "children": [mapping[c] for c in source.children], "role": None})
        copies.append(copy)
        tree.children[copy.id], tree.formula[copy.id] = list(copy.children), copy.formula
        tree.parent.update({child: copy.id for child in copy.children})
    root_copy = mapping[node_id]
    # The copies go after the original's place in the node list, in subtree order.
    anchor = tree.order.index(node_id)
    tree.order[anchor + 1:anchor + 1] = [mapping[old] for old in subtree]
    parent = tree.parent.get(node_id)
    if parent is not None:
        tree.attach(parent, root_copy, tree.children[parent].index(node_id) + 1)
    return tree.result(copies), mapping


def set_formula(plan: Plan, node_id: str, formula: Formula) -> list[KpiNode]:
    """How ``node_id`` is computed from its children. An input has none (its children
    must be moved or removed first: dropping them silently would lose a subtree); a
    ratio or difference needs exactly two, a sum or product at least one."""
    tree = _Tree(plan)
    tree.require(node_id)
    formula = Formula(formula)
    if formula == Formula.INPUT and tree.children[node_id]:
        raise TreeEditRefused(INPUT_WITH_CHILDREN, node_id)
    if formula != Formula.INPUT and not tree.children[node_id]:
        raise TreeEditRefused(NEEDS_CHILDREN, node_id)  # before "needs two": it has none at all
    tree.formula[node_id] = formula
    return tree.result()
