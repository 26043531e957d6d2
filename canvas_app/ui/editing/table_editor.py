"""A table the user edits from the keyboard: add, duplicate, remove, reorder.

Keys (when no cell is being edited): Enter adds a row below the current one and opens
its first cell; Delete (or Backspace) removes the selected rows — one undo step, with
every reference to them cleared; Ctrl+D duplicates; Alt+↑ / Alt+↓ move the row. Typing
starts editing a cell, F2 too; Tab leaves the table for the next field (the arrows move
between cells), so a form stays navigable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...commands import AddItem, MoveItem
from ...commands.structure import duplicate_item, remove_items
from ...model import Item
from ..widgets.table import FittedTable
from .fields import INVALID_RED
from .table_model import ItemTableModel


class ChoiceDelegate(QStyledItemDelegate):
    """Edits columns with ``choices`` in a drop-down list; others as text."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        model = index.model()
        column = model.columns[index.column()]
        if column.choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices(model.binder.plan):
            combo.addItem(label, value)
        # A choice is made when it is picked, not when the editor closes later.
        combo.activated.connect(lambda _n, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(0, editor.findData(value)))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class EditableTable(FittedTable):
    """A fitted table whose cells can be edited."""

    def __init__(self, model: ItemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, tuple(c.width for c in model.columns), parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                             | triggers.SelectedClicked)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setItemDelegate(ChoiceDelegate(self))

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState


class ItemTable(QWidget):
    """An editable list of items with its buttons and its refusal message.

    Args:
        model: the table model (its slot is where rows are added).
        new_item: makes the item a new row starts with (a fresh id).
        copy_name: the name of a duplicate, from the original's (e.g. "… (copy)").

    Signals:
        currentItemChanged(object): the id of the current row's item, or None.
    """

    currentItemChanged = Signal(object)
    #: The view made for the rows (a subclass may lay its rows out otherwise).
    view_class: type[EditableTable] = EditableTable

    def __init__(self, model: ItemTableModel, new_item: Callable[[], Item],
                 copy_name: Callable[[str], str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.binder = model.binder
        self.new_item = new_item
        self.copy_name = copy_name
        self._current_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.table = self.view_class(model)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_RED};")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_button, self.duplicate_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        for button, slot in ((self.add_button, self.add_row), (self.duplicate_button, self.duplicate_rows),
                             (self.remove_button, self.remove_rows), (self.up_button, lambda: self.move_row(-1)),
                             (self.down_button, lambda: self.move_row(1))):
            button.clicked.connect(slot)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

        model.refused.connect(self.show_refusal)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.installEventFilter(self)
        self.binder.changed.connect(lambda _change: self.update_buttons())
        self.binder.rebound.connect(self.update_buttons)
        self.update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a row below the current one (Enter)"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected rows (Ctrl+D)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete); Undo brings them back"))
        self.up_button.setText(self.tr("Move Up"))
        self.up_button.setToolTip(self.tr("Move the row up (Alt+Up)"))
        self.down_button.setText(self.tr("Move Down"))
        self.down_button.setToolTip(self.tr("Move the row down (Alt+Down)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- current row ------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.model.id_at(self.table.currentIndex().row())

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [i for i in (self.model.id_at(r) for r in rows) if i]

    def select_item(self, item_id: str, column: int = 0) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.selectRow(row)
        return True

    def _remember_current(self) -> None:
        self._current_id = self.current_id()

    def _restore_current(self) -> None:
        if self._current_id and self.select_item(self._current_id, max(0, self.table.currentIndex().column())):
            return
        self.currentItemChanged.emit(self.current_id())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentItemChanged.emit(self.model.id_at(current.row()))
        self.update_buttons()

    def update_buttons(self) -> None:
        editable = not self.binder.read_only and self.model.slot is not None
        has_row = self.table.currentIndex().isValid()
        self.add_button.setEnabled(editable)
        for button in (self.duplicate_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable and has_row)

    def show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- structural edits ---------------------------------------------------------------------
    def add_row(self) -> str | None:
        """Add a new item below the current row, select it and open its first cell."""
        if self.binder.read_only or self.model.slot is None:
            return None
        item = self.new_item()
        row = self.table.currentIndex().row()
        index = row + 1 if row >= 0 else None
        message = self.binder.run(lambda: AddItem(self.binder.session, self.model.slot, item, index,
                                                  self.tr("Add row")))
        self.show_refusal(message)
        if message:
            return None
        self.select_item(item.id)
        self.table.setFocus()
        self.table.edit(self.model.index(self.model.row_of(item.id), 0))
        return item.id

    def remove_rows(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.table.currentIndex().row()
        self.show_refusal(self.binder.run(lambda: remove_items(self.binder.session, ids, self.tr("Remove rows"))))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def duplicate_rows(self) -> None:
        last = None
        for item_id in self.selected_ids():
            item = self.model.item_at(self.model.row_of(item_id))
            name = self.copy_name(getattr(item, "name", "")) if self.copy_name else None
            made: list[str] = []

            def build(item_id=item_id, name=name, made=made):
                command, new_id = duplicate_item(self.binder.session, item_id, name, self.tr("Duplicate row"))
                made.append(new_id)
                return command

            self.show_refusal(self.binder.run(build))
            last = made[0] if made else last
        if last:
            self.select_item(last)

    def move_row(self, delta: int) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        target = self.model.row_of(item_id) + delta
        if not 0 <= target < self.model.rowCount():
            return
        column = max(0, self.table.currentIndex().column())
        self.binder.run(lambda: MoveItem(self.binder.session, item_id, target, self.tr("Move row")))
        self.select_item(item_id, column)

    # -- keys ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not self.table.is_editing():
            key, mods = event.key(), event.modifiers()
            alt = Qt.KeyboardModifier.AltModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
                self.add_row()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.remove_rows()
                return True
            if key == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
                self.duplicate_rows()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == alt:
                self.move_row(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)
