"""Asking how to remove a computed KPI: with the KPIs below it, or keeping them (they
move up into its place). An input needs no question (Undo brings it back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ....model import KpiNode
from ....text.formatting import fill_in

#: Remove a computed KPI: take its subtree, or keep the KPIs below it (lifted into its place).
WITH_SUBTREE, LIFT_CHILDREN = "subtree", "lift"


def ask_removal(parent: QWidget, node: KpiNode, below: int) -> str | None:
    """WITH_SUBTREE, LIFT_CHILDREN, or None when the user cancels. Keeping the KPIs below
    is the default: it loses nothing. Worded in the tree section's own context."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("KpiTreeSection", "Remove KPI"),
                      fill_in(translate("KpiTreeSection", "“%1” is computed from %2 KPIs below it. Remove them "
                                        "too, or keep them and move them up into its place?"),
                              node.name or "—", below),
                      QMessageBox.StandardButton.Cancel, parent)
    subtree = box.addButton(translate("KpiTreeSection", "Remove with the KPIs below"),
                            QMessageBox.ButtonRole.DestructiveRole)
    lift = box.addButton(translate("KpiTreeSection", "Keep the KPIs below"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(lift)
    box.exec()
    clicked = box.clickedButton()
    return WITH_SUBTREE if clicked is subtree else LIFT_CHILDREN if clicked is lift else None


def subtree_size(nodes: list[KpiNode], node_id: str) -> int:
    """``node_id`` and every KPI below it."""
    children = {node.id: node.children for node in nodes}
    count, stack = 0, [node_id]
    while stack:
        count += 1
        stack.extend(children.get(stack.pop(), ()))
    return count
