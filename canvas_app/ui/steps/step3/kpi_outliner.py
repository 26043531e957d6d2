"""The KPI tree as an outliner: a tree view whose keys build the tree.

Enter adds a KPI after the selected one, Insert (or Ctrl+Enter) one below it, Tab and
Shift+Tab indent and outdent, Alt+↑/↓ move it among its siblings, Delete removes it,
Ctrl+D duplicates it with its subtree, F2 (or typing) renames it in place. While a name
is being typed, Tab takes the name and indents the KPI — the way outliners let a team
type a tree top-down without reaching for the mouse. Ctrl+Tab leaves the tree (Tab is
the tree's own key here, as in a text editor). A dragged KPI takes its subtree to
another parent.

The view only says what was asked (``actionRequested``); the section turns it into a
command, so every edit is one undo step with a refusal in words.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTreeView, QWidget

from ... import theme
from .kpi_outline_model import KpiOutlineModel
from .kpi_tree_model import COLUMNS

#: The columns as wide as their widest text; name and formula share what is left (2 : 1).
_MEASURED = ("unit", "target", "value", "actual", "status")
#: Owner and stage are in the form below: a projected 1000 px page keeps the names readable.
_HIDDEN = ("owner", "stage")
#: Rows shown before the tree scrolls (the form below must stay in reach on a projector).
VISIBLE_ROWS = 12

Hint = QAbstractItemDelegate.EndEditHint
_ACTIONS_BY_KEY = MappingProxyType({
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier): "sibling",
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.NoModifier): "sibling",
    (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier): "child",
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier): "child",
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier): "child",
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier): "indent",
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier): "outdent",
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.NoModifier): "outdent",
    (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier): "up",
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier): "down",
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): "remove",
    (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier): "duplicate",
})


class KpiOutliner(QTreeView):
    """The outliner view over a ``KpiOutlineModel``.

    Signals:
        actionRequested(str): "sibling", "child", "indent", "outdent", "up", "down",
            "remove" or "duplicate", for the selected KPI.
    """

    actionRequested = Signal(str)

    def __init__(self, model: KpiOutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiOutliner")
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)  # 500 KPIs: rows are not measured one by one
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for name in _HIDDEN:
            self.setColumnHidden(COLUMNS.index(name), True)
        self._collapsed: set[str] = set()  # what the user folded stays folded across edits
        self._restoring = False
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self.fit_columns)
        self.collapsed.connect(lambda index: self._folded(index, True))
        self.expanded.connect(lambda index: self._folded(index, False))
        model.modelReset.connect(self._after_reset)
        model.figuresChanged.connect(self.viewport().update)
        self._apply_zoom_sizes()
        self._after_reset()

    def outline_model(self) -> KpiOutlineModel:
        return self.model()  # type: ignore[return-value]

    # -- keys ------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab never reach keyPressEvent (they move the focus): catch them first.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and self.state() != QAbstractItemView.State.EditingState \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = _ACTIONS_BY_KEY.get((Qt.Key(event.key()), mods))
        if action is not None and self.state() != QAbstractItemView.State.EditingState:
            event.accept()
            self.actionRequested.emit(action)
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.accept()
            return
        super().keyPressEvent(event)

    def edit(self, index, trigger=None, event=None):  # noqa: D102 - Qt's overloads
        if trigger is None:
            return super().edit(index)
        if trigger == QAbstractItemView.EditTrigger.AnyKeyPressed and event is not None \
                and (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
                     or not event.text().strip()):
            return False  # Ctrl+Z, Alt+↓, Space… are not the start of a name
        if index.isValid() and COLUMNS[index.column()] not in ("name", "target"):
            index = index.siblingAtColumn(0)  # typing on a computed column renames the KPI
        return super().edit(index, trigger, event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        # Tab / Shift+Tab in the name being typed: take it, then indent / outdent.
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, Hint.NoHint)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            self.actionRequested.emit("indent" if hint == Hint.EditNextItem else "outdent")
            return
        super().closeEditor(editor, hint)

    def edit_name(self, node_id: str) -> None:
        """Start typing the name of ``node_id`` in place (a KPI just added)."""
        index = self.outline_model().index_of(node_id)
        if index.isValid():
            self.setCurrentIndex(index)
            self.edit(index)

    # -- selection and folding ---------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.outline_model().node_id(self.currentIndex())

    def select_node(self, node_id: str | None) -> bool:
        index = self.outline_model().index_of(node_id) if node_id else QModelIndex()
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _folded(self, index: QModelIndex, folded: bool) -> None:
        node_id = self.outline_model().node_id(index)
        if self._restoring or node_id is None:
            return
        (self._collapsed.add if folded else self._collapsed.discard)(node_id)

    def _after_reset(self) -> None:
        model = self.outline_model()
        self._restoring = True
        try:
            self.expandAll()
            for node_id in list(self._collapsed):
                index = model.index_of(node_id)
                if index.isValid():
                    self.collapse(index)
                else:
                    self._collapsed.discard(node_id)
        finally:
            self._restoring = False
        self._fit_height()
        if not hasattr(self, "_measured"):
            self.fit_columns()  # the first time at once: the page must not show unsized columns
        else:
            self._refit.start()

    # -- size -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._apply_zoom_sizes()
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        self.setIndentation(theme.px(16))
        self._fit_height()
        if hasattr(self, "_measured"):
            self._refit.start()

    def _fit_height(self) -> None:
        rows = max(4, min(VISIBLE_ROWS, self.outline_model().node_count()))
        row = max(self.fontMetrics().height() + theme.px(8), self.sizeHintForRow(0) if self.model().rowCount() else 0)
        self.setFixedHeight(self.header().sizeHint().height() + rows * row + 2 * self.frameWidth()
                            + self.horizontalScrollBar().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_width()

    def fit_columns(self) -> None:
        """Measure the figure columns and share the rest of the width. Runs shortly
        after a reset, a zoom or a language change (``_refit``) — not inside the edit
        the user waits for."""
        model, metrics = self.outline_model(), self.fontMetrics()
        pad = theme.px(18)
        self._measured: dict[int, int] = {}
        for name in _MEASURED:
            column = COLUMNS.index(name)
            header = model.headerData(column, Qt.Orientation.Horizontal) or ""
            texts = set(model.column_texts(column))
            # The longest few by characters: digits and units are alike in width, and
            # measuring 500 figures one by one would cost more than the edit.
            longest = sorted(texts, key=len, reverse=True)[:4]
            widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
            if name == "status":
                widest += theme.px(20)  # the dot
            self._measured[column] = max(metrics.horizontalAdvance(header), widest) + pad
        self._share_width()

    def _share_width(self) -> None:
        measured = getattr(self, "_measured", None)
        if measured is None:
            return
        for column, width in measured.items():
            self.setColumnWidth(column, width)
        free = max(theme.px(300), self.viewport().width() - sum(measured.values()))
        self.setColumnWidth(COLUMNS.index("name"), int(free * 2 / 3))
        self.setColumnWidth(COLUMNS.index("formula"), free - int(free * 2 / 3))
