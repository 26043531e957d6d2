"""A table model over one list of the plan, described by columns: a thin adapter.

The model keeps no copy of the plan: ``rows(plan)`` is read again on ``reload()``, which
the page calls after every change of the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...model import Plan

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Column:
    """One column.

    Attributes:
        header: returns the translated header (called on every headerData, so a language
            switch shows at once).
        text: the cell's display text for a row object.
        align: Qt alignment of the cell.
        background / foreground: optional colour of the cell (hex string) for a row.
        bold: optional predicate making the cell bold.
        tooltip: optional tooltip text.
    """

    header: Callable[[], str]
    text: Callable[[Any, Plan], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    background: Callable[[Any, Plan], str | None] | None = None
    foreground: Callable[[Any, Plan], str | None] | None = None
    bold: Callable[[Any, Plan], bool] | None = None
    tooltip: Callable[[Any, Plan], str] | None = None


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class PlanTableModel(QAbstractTableModel):
    """Rows are objects from the plan (items with an ``id`` or plain values); read-only."""

    def __init__(self, plan: Plan, rows: Callable[[Plan], Sequence[Any]], columns: Sequence[Column],
                 parent=None) -> None:
        super().__init__(parent)
        self._rows_of = rows
        self.columns = list(columns)
        self.plan = plan
        self._rows: list[Any] = list(rows(plan))

    def reload(self, plan: Plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self._rows = list(self._rows_of(plan))
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        for n, obj in enumerate(self._rows):
            if getattr(obj, "id", None) == item_id:
                return n
        return -1

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        obj, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(obj, self.plan)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(obj, self.plan)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(obj, self.plan)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(obj, self.plan):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(obj, self.plan) or None
        if role == ITEM_ID_ROLE:
            return getattr(obj, "id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align.value)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
