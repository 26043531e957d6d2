"""The KPI tree as the outliner edits it: the tree model of ``kpi_tree_model`` plus the
name and target typed in place, and nodes dragged to another parent.

Edits go through the page's ``Binder`` as commands (one undo step each), never into the
plan directly. Two kinds of refresh keep the view cheap on a 500-KPI plan: a change of
the tree's shape (``kpis.nodes`` replaced) resets the model; any other change only
recomputes the figures and repaints (``dataChanged`` over the columns that hold them),
so the selection, the expanded branches and the scroll position stay where they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal

from ....commands.kpi_tree import KPI_NODES
from ....document import PlanChange
from ....text import parsing
from ... import facts
from ...editing.binder import Binder
from ...editing.form import check_kpi_value
from ...editing.messages import parse_message
from ...editing.table_model import Index
from .kpi_tree_model import COLUMNS, KpiTreeModel

#: The drag payload: one KPI's id (the outliner drags one node with its subtree).
KPI_MIME = "application/x-strategy-canvas-kpi"
#: Columns typed in place; the others are computed or edited in the form.
EDITABLE = ("name", "target")
_EDITABLE_COLUMNS = frozenset(COLUMNS.index(c) for c in EDITABLE)
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
              | Qt.ItemFlag.ItemIsDropEnabled)
_EDITABLE_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled


class KpiOutlineModel(KpiTreeModel):
    """The editable tree. ``move_requested(node_id, parent_id, row)`` is called for a
    drop (the section turns it into a command and reports a refusal).

    Signals:
        figuresChanged(): every KPI's figures may have changed (the shape has not).
    """

    figuresChanged = Signal()

    def __init__(self, binder: Binder, parent=None) -> None:
        self.binder = binder
        super().__init__(binder.plan, parent, language=binder.language)
        self.move_requested = lambda node_id, parent_id, row: False

    # -- following the plan --------------------------------------------------------------------
    def follow(self, change: PlanChange | None) -> None:
        """Reset on a change of the tree's shape or another plan; otherwise recompute
        the figures in place."""
        structural = change is None or change.slot == KPI_NODES or change.path in ("children", "formula") \
            or self.plan is not self.binder.plan or len(self.binder.plan.kpis.nodes) != self.node_count()
        if structural:
            self.reload(self.binder.plan, self.binder.language)
            return
        self.refresh_values(change)

    def refresh_values(self, change: PlanChange | None = None) -> None:
        """New figures and statuses after an edit that kept the shape (a target, a name).

        One ``dataChanged`` for the top-level rows, then ``figuresChanged``: a view
        repaints the rows it shows. Emitting ``dataChanged`` under each of 500 parents
        costs ~100 ms of view bookkeeping per keystroke; the rows below the top are
        read again at the next paint anyway (the view is the model's only client).
        """
        self._facts = facts.kpi_facts(self.plan)  # the nodes are edited in place: the shape holds
        self.forget_cells(self._touched(change))
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1))
        self.figuresChanged.emit()

    def _touched(self, change: PlanChange | None) -> set[str] | None:
        """The KPIs whose cells may read differently after ``change``: a field of one KPI
        changes only its own figures and those of the KPIs above it (a value depends on
        the KPIs below it alone; a name shows in its parent's formula). None: all of them
        (actuals, settings, anything else)."""
        if change is None or change.item_id not in self._pos:
            return None
        touched, current = set(), change.item_id
        while current is not None:
            touched.add(current)
            current = self._shape.parent.get(current)
        return touched

    # -- typing in place -----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every painted cell: constants, not enum arithmetic on each call.
        if not index.isValid():
            return _ROOT_FLAGS  # a drop between the roots
        if not self.binder.read_only and index.column() in _EDITABLE_COLUMNS:
            return _EDITABLE_FLAGS
        return _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole:  # not remembered: the text to start typing from
            node_id = self.node_id(index)
            if node_id is None:
                return None
            node = self._shape.nodes[node_id]
            if COLUMNS[index.column()] == "target":
                return parsing.value_edit_text(node.target, node.unit, self.plan.settings.money_unit)
            return node.name
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node_id = self.node_id(index)
        if node_id is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        if column == "name":
            return not self.binder.edit(node_id, "name", str(value).strip(), merge=False)
        if column == "target":
            node = self._shape.nodes[node_id]
            try:
                target = parsing.parse_value(str(value), node.unit, self.plan.settings.money_unit)
                check_kpi_value(self.plan, node_id, target, self.binder.language)
            except parsing.ParseError as error:
                self.binder.refused.emit(parse_message(error))
                return False
            if target == node.target:
                return True
            return not self.binder.edit(node_id, "target", target, merge=False)
        return False

    # -- drag and drop ---------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [KPI_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        ids = [self.node_id(i) for i in indexes if i.isValid() and i.column() == 0]
        if ids and ids[0]:
            data.setData(KPI_MIME, QByteArray(ids[0].encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: Index) -> bool:
        dragged = _dragged(data)
        if dragged is None or dragged not in self._pos or self.binder.read_only:
            return False
        target = self.node_id(parent)
        ancestor = target
        while ancestor is not None:  # not onto itself or into its own subtree
            if ancestor == dragged:
                return False
            ancestor = self._shape.parent.get(ancestor)
        return True

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        # The move is a command: the plan changes, the model resets. Returning False
        # keeps the view from removing the dragged rows itself (MoveAction).
        self.move_requested(_dragged(data), self.node_id(parent), row if row >= 0 else None)
        return False


def _dragged(data: QMimeData) -> str | None:
    if not data.hasFormat(KPI_MIME):
        return None
    return bytes(data.data(KPI_MIME).data()).decode() or None


