"""The one table model of the pages: rows are items of the plan, columns are described.

A thin adapter (design.md §6). Rows are either the items of a ``Slot`` (a list of the
plan: goals, competitors, channels…), followed by the model itself through the binder —
a field edit repaints its row, an add/remove/move resets — or rows computed from the
plan (``rows=``: a function of the plan), which whoever computes them reloads with
``reset()`` (a page that shows the plan, in its ``fill``). A column with a ``path`` can
be edited: ``setData`` pushes an ``EditField``; a value that cannot be read is refused
(``refused`` carries the sentence) and the plan is untouched. A column without one is
shown only, so a read-only table is one whose columns have no paths.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...document import PlanChange
from ...model import Plan, ops
from ...text.parsing import ParseError
from . import paths
from .binder import Binder
from .messages import parse_message

Index = QModelIndex | QPersistentModelIndex
#: The id of a row's item (every item model of the pages answers it).
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column: a field of the row's item, or something shown about it.

    Attributes:
        header: the translated header (called on every headerData: a language switch shows at once).
        path: the field edited; None for a column that is only shown (computed, read-only).
        display: the cell's text (default: the value as text, "" for None).
        edit_text: what an editor starts with (default: ``display``).
        parse: the typed text → the stored value (may raise ParseError; default: the text).
        choices: for a list to pick from: (value, label) pairs of the plan.
        width: relative width of the column.
        bold: the cell is bold (always, or when the function of the row says so).
        background / foreground: the cell's colour for a row (hex string or None).
        follows_plan: the cell shows other items of the plan (a channel's name in a
            journey), so it is repainted when anything changes.
    """

    header: Callable[[], str]
    path: str | None = None
    display: Callable[[Any, Plan], str] | None = None
    edit_text: Callable[[Any, Plan], str] | None = None
    parse: Callable[[str, Plan, Any], Any] | None = None
    choices: Callable[[Plan], list[tuple[Any, str]]] | None = None
    align: Qt.AlignmentFlag = LEFT
    width: int = 10
    bold: bool | Callable[[Any, Plan], bool] = False
    background: Callable[[Any, Plan], str | None] | None = None
    foreground: Callable[[Any, Plan], str | None] | None = None
    tooltip: Callable[[Any, Plan], str] | None = None
    follows_plan: bool = False

    def text(self, item: Any, plan: Plan) -> str:
        if self.display is not None:
            return self.display(item, plan)
        value = getattr(item, self.path, None) if self.path else None
        if self.choices is not None:
            return dict(self.choices(plan)).get(value, "")
        return "" if value is None else str(value)

    def is_bold(self, item: Any, plan: Plan) -> bool:
        return self.bold(item, plan) if callable(self.bold) else self.bold


def _brush(colour: str | None) -> QBrush | None:
    return QBrush(QColor(colour)) if colour else None


class ItemTableModel(QAbstractTableModel):
    """Rows: the items of ``slot``, or ``rows(plan)`` (each with an ``id``); columns: ``columns``.

    Signals:
        refused(str): an edit was refused; the sentence is for the user.
    """

    refused = Signal(str)

    def __init__(self, binder: Binder, slot: ops.Slot | None, columns: list[Column], parent=None, *,
                 rows: Callable[[Plan], Sequence[Any]] | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.slot = slot
        self.columns = columns
        self._rows_of = rows
        self._items: list = []
        self._ids: list[str] = []
        self._load()
        binder.changed.connect(self._changed)
        binder.rebound.connect(self.reset)

    # -- following the plan ----------------------------------------------------------------
    def _current(self) -> list:
        if self._rows_of is not None:
            return list(self._rows_of(self.binder.plan))
        try:
            return ops.items_in(self.binder.plan, self.slot, self.binder.items) if self.slot is not None else []
        except (AttributeError, ops.ItemNotFound):
            return []

    def _load(self) -> None:
        self._check_paths()
        self._items = self._current()
        self._ids = [item.id for item in self._items]

    def _check_paths(self) -> None:
        """A misspelled or renamed field fails here (``paths.UnknownField``), not as an
        empty table or column."""
        item_class = paths.slot_item_class(self.binder.plan, self.slot, self.binder.items) if self.slot is not None else None
        if item_class is not None:
            for column in self.columns:
                if column.path is not None:
                    paths.field(item_class, column.path)

    def set_slot(self, slot: ops.Slot | None) -> None:
        """Show another list (e.g. the stages of another journey)."""
        self.beginResetModel()
        self.slot = slot
        self._load()
        self.endResetModel()

    def reset(self) -> None:
        self.set_slot(self.slot)

    def _changed(self, change: PlanChange) -> None:
        if self._rows_of is not None:
            return  # computed rows: reloaded by whoever computes them (``reset``)
        old_ids = self._ids
        current = self._current()
        if current is not self._items or [i.id for i in current] != old_ids:
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        if not self._ids or not self.columns:
            return
        last = len(self.columns) - 1
        row = self.row_of(change.item_id) if change.item_id else -1
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        elif self._shows_others(change):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))

    def _shows_others(self, change: PlanChange) -> bool:
        """Whether a change of something outside our rows may alter our cells: a plan
        setting (the money unit), or other items a ``follows_plan`` column shows.
        Anything else is left alone: repainting every row of every table on each
        keystroke elsewhere is what made typing slow on a large plan."""
        setting = change.item_id is None and change.path.startswith("settings")
        return setting or any(column.follows_plan for column in self.columns)

    # -- lookup -------------------------------------------------------------------------------
    def item_at(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: str | None) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        item, column, plan = self._items[index.row()], self.columns[index.column()], self.binder.plan
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item, plan)
        if role == Qt.ItemDataRole.EditRole:
            if column.choices is not None:
                return getattr(item, column.path, None) if column.path else None
            return column.edit_text(item, plan) if column.edit_text else column.text(item, plan)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.FontRole and column.bold and column.is_bold(item, plan):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return _brush(column.background(item, plan))
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return _brush(column.foreground(item, plan))
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item, plan) or None
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= len(self._items):
            return False
        column = self.columns[index.column()]
        if column.path is None:
            return False
        item, plan = self._items[index.row()], self.binder.plan
        if column.choices is None:
            try:
                value = column.parse(str(value), plan, item) if column.parse else str(value)
            except ParseError as error:
                self.refused.emit(parse_message(error))
                return False
        if value == getattr(item, column.path, None):
            return True  # nothing changed: no empty undo step
        message = self.binder.edit(item.id, column.path, value, merge=False)
        if message:
            self.refused.emit(message)
            return False
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align.value)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].path is not None and not self.binder.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
