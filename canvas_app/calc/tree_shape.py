"""The KPI tree's structure: children, parents, roots and depth-first order.

Walks the tree without recursion: a hostile file may hold a 10,000-deep chain. A valid
plan's tree has no cycles and no node with two parents (``model.references`` rejects
them on load); these helpers still terminate if an edit in progress breaks that.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan


@dataclass(frozen=True)
class TreeShape:
    """The tree's structure, computed once.

    Attributes:
        nodes: KPI nodes by id (with duplicate ids, the first wins).
        children: child ids per node, in order, only those that are KPI nodes.
        parent: the parent of every node that has one.
        roots: nodes nobody lists as a child, in document order.
        order: depth-first pre-order from the roots in document order; every parent
            comes before its descendants. Nodes reachable from no root (a cycle) are left out.
    """

    nodes: Mapping[str, KpiNode]
    children: Mapping[str, tuple[str, ...]]
    parent: Mapping[str, str]
    roots: tuple[str, ...]
    order: tuple[str, ...]

    def subtree(self, node_id: str) -> Iterator[str]:
        """``node_id`` and all its descendants, depth first (pre-order)."""
        seen: set[str] = set()
        stack = [node_id] if node_id in self.nodes else []
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            yield current
            stack.extend(reversed(self.children.get(current, ())))

    def ancestors(self, node_id: str) -> list[str]:
        """Parent, grandparent, … up to the root (nearest first)."""
        result: list[str] = []
        seen = {node_id}
        current = self.parent.get(node_id)
        while current is not None and current not in seen:
            result.append(current)
            seen.add(current)
            current = self.parent.get(current)
        return result

    def path(self, ancestor_id: str, descendant_id: str) -> tuple[str, ...] | None:
        """Node ids from ``ancestor_id`` down to ``descendant_id`` (both included), or
        None when ``descendant_id`` is not below (or equal to) ``ancestor_id``."""
        if ancestor_id not in self.nodes or descendant_id not in self.nodes:
            return None
        if ancestor_id == descendant_id:
            return (ancestor_id,)
        up = self.ancestors(descendant_id)
        if ancestor_id not in up:
            return None
        chain = up[: up.index(ancestor_id) + 1]
        return tuple(reversed(chain)) + (descendant_id,)

    def root_of(self, node_id: str) -> str:
        up = self.ancestors(node_id)
        return up[-1] if up else node_id


def tree_shape(plan: Plan) -> TreeShape:
    nodes: dict[str, KpiNode] = {}
    for node in plan.kpis.nodes:
        nodes.setdefault(node.id, node)
    children: dict[str, tuple[str, ...]] = {}
    parent: dict[str, str] = {}
    for node_id, node in nodes.items():
        kids = tuple(child for child in node.children if child in nodes)
        children[node_id] = kids
        for child in kids:
            parent.setdefault(child, node_id)
    roots = tuple(node_id for node_id in nodes if node_id not in parent)
    order: list[str] = []
    seen: set[str] = set()
    for root in roots:
        stack = [root]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            order.append(current)
            stack.extend(reversed(children[current]))
    return TreeShape(nodes, children, parent, roots, tuple(order))


def children_map(plan: Plan) -> dict[str, tuple[str, ...]]:
    return dict(tree_shape(plan).children)


def parent_map(plan: Plan) -> dict[str, str]:
    return dict(tree_shape(plan).parent)


def roots(plan: Plan) -> list[str]:
    return list(tree_shape(plan).roots)


def depth_first(plan: Plan, start: str | None = None) -> list[str]:
    """Pre-order ids from ``start`` (or every root, in document order)."""
    shape = tree_shape(plan)
    if start is None:
        return list(shape.order)
    return list(shape.subtree(start))
