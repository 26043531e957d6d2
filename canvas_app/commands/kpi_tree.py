"""The KPI tree's structural edits as undo steps.

``model.kpi_structure`` works out the whole new node list of an outliner edit (add,
indent, outdent, move, remove, duplicate) and refuses one that would break the tree;
here that list becomes ONE command that swaps the node lists both ways, so undo gives
back the very same node objects and a redo after undo is byte-equal. Removing KPIs also
clears every reference to them elsewhere in the plan — initiatives' KPIs, actuals,
review decisions — in the same step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..document import PlanChange
from ..model import KpiNode
from ..model import kpi_structure as ks
from ..calc import funnel_template
from ..calc.funnel_roles import DEFAULT_STAGE
from ..model.enums import FunnelRole
from ..model.referrers import removal_plan
from ..text.kpi_templates import template_names
from ..text.language import Language
from .base import InvalidEdit, PlanCommand
from .field_edit import EditField
from .structure import CompositeEdit

if TYPE_CHECKING:
    from ..document import DocumentSession

__all__ = ["KPI_NODES", "ReplaceKpiNodes", "choose_funnel_role", "refusal_text", "remove_kpi", "start_from_template",
           "tree_edit"]

# The list every structural edit of the tree changes (PlanChange.slot).
KPI_NODES = "kpis.nodes"


def refusal_text(code: str) -> str:
    """One sentence for the user saying why a structural edit was refused."""
    translate = QCoreApplication.translate
    texts = {
        ks.UNKNOWN_NODE: translate("KpiTreeEdit", "This KPI no longer exists."),
        ks.NEEDS_TWO: translate("KpiTreeEdit", "A ratio or a difference needs exactly two KPIs below it."),
        ks.NEEDS_CHILDREN: translate(
            "KpiTreeEdit", "A computed KPI needs at least one KPI below it: add one first, or make it an input."),
        ks.CYCLE: translate("KpiTreeEdit", "A KPI cannot be placed under itself."),
        ks.SECOND_PARENT: translate("KpiTreeEdit", "A KPI can sit under only one other KPI."),
        ks.NO_PREVIOUS_SIBLING: translate("KpiTreeEdit", "There is no KPI above it to move it under."),
        ks.AT_TOP: translate("KpiTreeEdit", "This KPI is already at the top level."),
        ks.AT_EDGE: translate("KpiTreeEdit", "This KPI cannot move further."),
        ks.INPUT_WITH_CHILDREN: translate("KpiTreeEdit",
                                          "Move or remove the KPIs below it first, then make it an input."),
    }
    return texts.get(code, texts[ks.UNKNOWN_NODE])


class ReplaceKpiNodes(PlanCommand):
    """The tree's node list replaced by ``nodes`` (already checked); undo puts the old
    list back — the same objects, so nothing drifts across undo and redo."""

    def __init__(self, session: DocumentSession, nodes: list[KpiNode], text: str) -> None:
        super().__init__(session, text)
        self.old = list(session.plan.kpis.nodes)
        self.new = list(nodes)

    def _set(self, nodes: list[KpiNode]) -> None:
        self.plan.kpis.nodes = list(nodes)
        self.items.invalidate()
        self.session.notify(PlanChange(None, "", KPI_NODES))

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


def tree_edit(session: DocumentSession, edit: Callable[..., list[KpiNode]], *args, text: str, **kwargs) -> ReplaceKpiNodes:
    """The command for ``edit(plan, *args)`` (a ``kpi_structure`` function), or
    ``InvalidEdit`` with the reason in the UI language."""
    try:
        nodes = edit(session.plan, *args, **kwargs)
    except ks.TreeEditRefused as refused:
        raise InvalidEdit(refusal_text(refused.code)) from None
    if isinstance(nodes, tuple):  # remove_node / duplicate_subtree also say what they did
        nodes = nodes[0]
    return ReplaceKpiNodes(session, nodes, text)


def remove_kpi(session: DocumentSession, node_id: str, *, lift_children: bool = False) -> CompositeEdit:
    """Remove a KPI (with its subtree, or lifting its children into its place) and clear
    every reference to the removed KPIs, as one step."""
    try:
        nodes, removed = ks.remove_node(session.plan, node_id, lift_children=lift_children)
    except ks.TreeEditRefused as refused:
        raise InvalidEdit(refusal_text(refused.code)) from None
    gone = set(removed)
    parts: list[PlanCommand] = []
    for kpi_id in removed:
        for edit in removal_plan(session.plan, kpi_id).edits:
            if edit.owner_id in gone or (edit.path == "children" and _is_kpi(session, edit.owner_id)):
                continue  # the new node list already has these
            parts.append(EditField(session, edit.owner_id, edit.path, _without(edit.value, gone), merge=False))
    actuals = session.plan.review.actuals
    if any(actual.kpi_id in gone for actual in actuals):
        kept = [actual.model_copy() for actual in actuals if actual.kpi_id not in gone]
        parts.append(EditField(session, None, "review.actuals", kept, merge=False))
    for meeting in session.plan.review.meetings:
        for decision in meeting.decisions:
            if decision.subject_id in gone:
                parts.append(EditField(session, decision.id, "subject_id", None, merge=False))
    text = QCoreApplication.translate("KpiTreeEdit", "Remove KPI")
    parts = _merged(parts)
    parts.append(ReplaceKpiNodes(session, nodes, text))
    return CompositeEdit(session, parts, text)


def _is_kpi(session: DocumentSession, item_id: str | None) -> bool:
    return any(node.id == item_id for node in session.plan.kpis.nodes)


def _without(value, gone: set[str]):
    """A list of ids without the removed ones (a subtree removal clears several at once)."""
    return [i for i in value if i not in gone] if isinstance(value, list) else value


def _merged(parts: list[PlanCommand]) -> list[PlanCommand]:
    """One edit per item and field: removing a subtree names an initiative's KPI list
    once per removed KPI; the last (which drops them all) is the one to keep."""
    last: dict[tuple[str | None, str], PlanCommand] = {}
    for part in parts:
        last[(getattr(part, "item_id", None), getattr(part, "path", ""))] = part
    return list(last.values())


def start_from_template(session: DocumentSession, kind: str, lang: Language) -> tuple[ReplaceKpiNodes, str]:
    """The revenue tree ``kind`` (``funnel_template.TEMPLATES``) added after the plan's
    KPIs as one step, its root taking step 1's revenue goal (target and link), named in
    ``lang``. Returns the command and the new root's id. Refused when the plan already
    has a KPI in one of the template's funnel roles (a role belongs to one KPI only)."""
    goal = funnel_template.revenue_goal(session.plan)
    added = funnel_template.revenue_tree(kind, template_names(lang), target=goal.target if goal else None,
                                         goal_id=goal.id if goal else None)
    taken = {node.role for node in session.plan.kpis.nodes if node.role is not None}
    if any(node.role in taken for node in added):
        raise InvalidEdit(QCoreApplication.translate(
            "KpiTreeEdit", "This plan already has a revenue funnel tree; edit it, or remove it before starting "
            "from a template."))
    nodes = [*session.plan.kpis.nodes, *added]
    ks.check_nodes(nodes)
    return ReplaceKpiNodes(session, nodes, QCoreApplication.translate("KpiTreeEdit", "Start KPI tree from template")), \
        added[0].id


def choose_funnel_role(session: DocumentSession, node_id: str, role: FunnelRole | None, text: str) -> PlanCommand:
    """Give KPI ``node_id`` the funnel ``role`` (None: no role) as one step. A KPI without
    a revenue stage takes the role's usual one (leads → Marketing, win rate → Sales), so
    the funnel page places it at once; a stage the team chose is kept. Refused
    (``InvalidEdit``) when another KPI already has the role."""
    role_edit = EditField(session, node_id, "role", role, merge=False, text=text)
    node = next((n for n in session.plan.kpis.nodes if n.id == node_id), None)
    if role is None or node is None or node.stage is not None:
        return role_edit
    stage_edit = EditField(session, node_id, "stage", DEFAULT_STAGE[FunnelRole(role)], merge=False)
    return CompositeEdit(session, [role_edit, stage_edit], text)
