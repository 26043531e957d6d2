"""The journey grid's view: stages side by side, every cell's text wrapped and shown in full.

Cells are edited in place: the stage name on one line, the channel from a list, the
other rows in a multi-line editor where Enter stores the text and Shift+Enter starts a
new line (Esc cancels). After Enter the cell below becomes current, so a stage is
filled top to bottom without the mouse.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from ... import theme
from .journey_model import CHANNEL_ROW, MULTILINE_ROWS, JourneyGridModel, channel_choices

#: Narrowest stage column before the grid scrolls sideways (at 100 %): five stages fit
#: beside the row captions on a ~1000 px page.
MIN_STAGE_WIDTH = 150
CAPTION_WIDTH = 130
EDITOR_LINES = 4


class CellEditor(QPlainTextEdit):
    """Several lines of text in a cell: Enter stores, Shift+Enter breaks the line.

    Signals:
        submitted(): Enter was pressed (the delegate stores the text and moves on).
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # one history: the document's
        self.setFrameShape(QPlainTextEdit.Shape.Box)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


class ChannelCombo(QComboBox):
    """The channel list of a cell: the arrow keys choose without storing (Enter stores,
    as in every cell); a pick from the opened list (Alt+↓ or a click) stores at once."""

    _KEYS = MappingProxyType({Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10})

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        step = self._KEYS.get(event.key())
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) and not event.modifiers():
            self.setCurrentIndex(0 if event.key() == Qt.Key.Key_Home else self.count() - 1)
            return
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.setCurrentIndex(max(0, min(self.count() - 1, self.currentIndex() + step)))
            return
        super().keyPressEvent(event)


class JourneyDelegate(QStyledItemDelegate):
    """Picks the editor for a row: a list of channels, several lines, or one line."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        model: JourneyGridModel = index.model()
        if index.row() == CHANNEL_ROW:
            combo = ChannelCombo(parent)
            for value, label in channel_choices(model.binder.plan):
                combo.addItem(label, value)
            # A pick from the list stores it and moves on, like Enter.
            combo.activated.connect(lambda _n, c=combo: self._submit(c))
            return combo
        if index.row() in MULTILINE_ROWS:
            editor = CellEditor(parent)
            editor.submitted.connect(lambda e=editor: self._submit(e))
            return editor
        return super().createEditor(parent, option, index)

    def _submit(self, editor: QWidget) -> None:
        """Store and close, as Enter does in a one-line editor (the view then moves down)."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, CellEditor):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
                editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, CellEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:  # noqa: N802
        rect = QRect(option.rect)
        if isinstance(editor, CellEditor):
            # Room for a few lines even in a short cell, kept inside the viewport.
            tall = editor.fontMetrics().lineSpacing() * (EDITOR_LINES + 1)
            rect.setHeight(max(rect.height(), tall))
            viewport = editor.parentWidget().rect() if editor.parentWidget() else rect
            if rect.bottom() > viewport.bottom():
                rect.moveBottom(viewport.bottom())
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The base filter lets Enter through to a text edit; ours handles it (see CellEditor).
        if isinstance(editor, CellEditor) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        return super().eventFilter(editor, event)


class JourneyGrid(QTableView):
    """Stages as columns sharing the width (scrolling sideways only when they no longer
    fit), rows as tall as their wrapped text, the view as tall as all its rows."""

    def __init__(self, model: JourneyGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The zoom is read once and again on a font change, not on every fit: fit runs on
        # every edit, and QObject.property() of PySide6 6.12 drops a reference to None
        # each time it returns an unset property (theme.zoom() reads one).
        self.zoom = theme.zoom()
        self._stale = True  # rows to measure again once shown
        self.setModel(model)
        self.delegate = JourneyDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the grid, the arrows move inside it
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                             | triggers.SelectedClicked)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setVisible(False)  # the stage names are the first row; numbers would add nothing
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = self.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setFixedWidth(self.px(CAPTION_WIDTH))
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(self._data_changed)
        self.fit()

    def px(self, size: float) -> int:
        """``size`` pixels at 100 %, at the zoom in use."""
        return round(size * self.zoom)

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter stored the cell: the one below is next, so a stage fills top to bottom.
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            # zoom: captions and columns are measured in zoomed pixels
            self.zoom = theme.zoom()
            self.verticalHeader().setFixedWidth(self.px(CAPTION_WIDTH))
            QTimer.singleShot(0, self, self.fit)
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.fit()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        if not self.isVisible():
            self._stale = True  # measured when shown: typing a channel name elsewhere stays instant
            return
        self._fit_rows(range(top_left.row(), bottom_right.row() + 1))

    def fit(self) -> None:
        """Share the width between the stages, grow rows to their text and the view to its rows."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        columns = self.model().columnCount()
        available = self.width() - self.verticalHeader().width() - 2 * self.frameWidth()
        if columns:
            width = max(self.px(MIN_STAGE_WIDTH), available // columns)
            for column in range(columns):
                self.setColumnWidth(column, width)
        self._fit_rows(range(self.model().rowCount()))

    def _fit_rows(self, rows: range) -> None:
        """Rows as tall as their wrapped cells and caption; then the view as tall as the rows."""
        # The header does not measure a wrapped caption ("Customer thinks / feels"):
        # measure it here (bold, as styled).
        font = QFont(self.verticalHeader().font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        caption_width = max(10, self.verticalHeader().width() - self.px(12))
        model = self.model()
        for row in rows:
            self.resizeRowToContents(row)
            text = str(model.headerData(row, Qt.Orientation.Vertical) or "")
            needed = metrics.boundingRect(QRect(0, 0, caption_width, 10_000), int(Qt.TextFlag.TextWordWrap.value),
                                          text).height() + self.px(10)
            self.setRowHeight(row, max(needed, self.rowHeight(row) + self.px(6)))  # air between rows
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        for row in range(model.rowCount()):
            height += self.rowHeight(row)
        available = self.width() - self.verticalHeader().width() - 2 * self.frameWidth()
        if model.columnCount() and model.columnCount() * self.px(MIN_STAGE_WIDTH) > available:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(max(height, self.horizontalHeader().sizeHint().height() + self.px(8)))
