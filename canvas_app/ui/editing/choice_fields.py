"""Fields that pick from a list: one value (ChoiceField) or several ids (CheckListField).

Bound like the fields of ``fields``; a pick is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from ...document import PlanChange
from ...model import Plan
from .binder import Binder
from .fields import Binding


class ChoiceField(QComboBox):
    """One value from a list (an enum, a persona, a channel). ``choices(plan)`` gives
    (value, label) pairs; the list is refreshed when the plan changes. A pick is one
    ``EditField``, or ``command(item_id, value)`` when the choice changes more than the
    field (a KPI's formula reshapes the tree); a refusal is shown and the pick undone."""

    errorChanged = Signal(str)

    def __init__(self, binder: Binder, path: str, item_id: str | None = None, *,
                 choices: Callable[[Plan], list[tuple[Any, str]]],
                 command: Callable[[str, Any], QUndoCommand] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.command = command
        self._values: list[Any] = []
        self._labels: list[str] = []
        self.binding = Binding(self, binder, path, item_id)
        binder.changed.connect(self._maybe_relist)
        self.activated.connect(self._chosen)
        self.reload()

    def set_item(self, item_id: str | None) -> None:
        self.binding.follow(item_id)
        self.reload()

    def _relist(self) -> bool:
        pairs = self.choices(self.binding.binder.plan)
        values, labels = [v for v, _ in pairs], [label for _, label in pairs]
        if (values, labels) == (self._values, self._labels):
            return False
        self.blockSignals(True)
        self.clear()
        for label in labels:
            self.addItem(label)
        self._values, self._labels = values, labels
        self.blockSignals(False)
        return True

    def relabel(self) -> None:
        """List the choices again even if their values did not change: their labels are
        in the UI language, which just switched."""
        self._values, self._labels = [], []
        self.reload()

    def _maybe_relist(self, change: PlanChange) -> None:
        if self._relist():
            self.reload()

    def reload(self) -> None:
        self._relist()
        item = self.binding.item()
        self.setEnabled(item is not None and not self.binding.binder.read_only)
        value = self.binding.value()
        self.blockSignals(True)
        self.setCurrentIndex(self._values.index(value) if value in self._values else -1)
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        if not 0 <= index < len(self._values) or self.binding.item() is None:
            return
        value = self._values[index]
        if self.command is None:
            message = self.binding.push(value, merge=False)
        elif value == self.binding.value():
            message = ""  # picked again: nothing to change, no empty undo step
        else:
            item_id = self.binding.item_id
            message = self.binding.binder.run(lambda: self.command(item_id, value))
        self.errorChanged.emit(message)
        if message:
            self.reload()


class CheckListField(QListWidget):
    """A list of ids chosen from ``choices(plan)`` by ticking them (the departments
    that agreed to a goal). Space ticks the current entry."""

    errorChanged = Signal(str)

    def __init__(self, binder: Binder, path: str, item_id: str | None = None, *,
                 choices: Callable[[Plan], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.binding = Binding(self, binder, path, item_id)
        self._listed: list[tuple[str, str]] = []
        binder.changed.connect(self._maybe_reload)
        self.itemChanged.connect(self._ticked)
        self.reload()

    def _maybe_reload(self, change: PlanChange) -> None:
        # Rebuilt only when the choices (department names) or this item's ticks may
        # have changed, not on every keystroke elsewhere in the plan.
        if self.choices(self.binding.binder.plan) != self._listed or change.item_id == self.binding.item_id:
            self.reload()

    def set_item(self, item_id: str | None) -> None:
        self.binding.follow(item_id)
        self.reload()

    def reload(self) -> None:
        if self.binding.pushing:
            return
        item = self.binding.item()
        chosen = set(self.binding.value() or []) if item is not None else set()
        editable = item is not None and not self.binding.binder.read_only
        self.blockSignals(True)
        current = self.currentRow()
        self.clear()
        self._listed = list(self.choices(self.binding.binder.plan))
        for value, label in self._listed:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, value)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            entry.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if editable else flags)
            entry.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            self.addItem(entry)
        self.setCurrentRow(min(max(current, 0), self.count() - 1))
        self.blockSignals(False)
        self.setEnabled(item is not None)

    def checked(self) -> list[str]:
        return [self.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.count())
                if self.item(n).checkState() == Qt.CheckState.Checked]

    def _ticked(self, _entry: QListWidgetItem) -> None:
        if self.binding.item() is None:
            return
        message = self.binding.push(self.checked(), merge=False)
        self.errorChanged.emit(message)
        if message:
            self.reload()
