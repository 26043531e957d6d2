"""What the step 3 panels below the KPI tree share: following the plan only while shown,
a table of rows the panel computes, and a line saying why something was refused."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ... import theme
from ...editing.binder import Binder
from ...editing.fields import INVALID_RED
from ...editing.table_model import Column, ItemTableModel

#: From this page width (pixels at 100 %) a panel's two parts sit side by side (the solve
#: panel's inputs and path, the levers and the what-if), else one above the other.
SIDE_BY_SIDE_WIDTH = 900


class LazyPanel(QWidget):
    """A panel that recomputes on every change of the plan only while it is visible;
    hidden, it notes that it is behind and catches up when shown (a keystroke in the
    tree's form must not pay for a panel in another tab).

    Attributes:
        heading: the panel's title, naming the KPI it follows; hint: a muted line
            below it (what to do, or what to do instead).

    Subclasses implement ``refresh()``."""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self._behind = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        theme.set_font_scale(self.heading, 1.1, bold=True)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(self._plan_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def _plan_changed(self, *_args: Any) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._behind = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._behind:
            self._behind = False
            self.refresh()
        super().showEvent(event)


def rows_model(binder: Binder, columns: list[Column], parent: QWidget) -> tuple[ItemTableModel, Callable]:
    """A read-only table over rows the panel computes (each with an ``id``); returns the
    model and ``show(rows)`` that puts new rows in it."""
    current: list[Sequence[Any]] = []
    model = ItemTableModel(binder, None, columns, parent, rows=lambda plan: current)

    def show(rows: Sequence[Any]) -> None:
        current[:] = list(rows)
        model.reset()

    return model, show


def table_view(model: ItemTableModel, stretch: int = 0) -> QTableView:
    """A read-only, row-selecting table whose column ``stretch`` takes the free width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_to_cells(view: QTableView, columns: Sequence[int]) -> None:
    """Size ``columns`` to their cells and to the longest line of their headings (a
    heading is written on two lines, "Effect" over "(thousand yen)", so that it takes
    no more room than it must): the figures and the unit show whole, and the stretching
    column (the KPI's name) keeps the rest."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        widest_line = max((metrics.horizontalAdvance(line) for line in heading.split("\n")), default=0)
        view.setColumnWidth(column, max(view.sizeHintForColumn(column), widest_line) + theme.px(12))


def refusal_label() -> QLabel:
    """A sentence in red saying why (hidden while empty: ``say``)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {INVALID_RED};")
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def is_enter(event: QEvent) -> bool:
    return event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
        and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)

