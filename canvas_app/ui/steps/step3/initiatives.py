"""The roadmap's table of initiatives (施策), edited from the keyboard like the tables of
steps 1 and 2: Enter adds, Delete removes, Ctrl+D duplicates, Alt+↑/↓ moves — each one
undo step.

Every row is the same height (``row_height()``, scaled with the zoom) and the view
scrolls its rows itself once they are more than fit, so a chart beside it can draw one
bar per row at the same heights and follow the same scroll bar
(``view.verticalScrollBar()``), with its header as tall as ``header_height()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ....document import PlanChange
from ....model import Initiative, new_id
from ... import theme
from ...editing.binder import Binder
from ...editing.table_editor import EditableTable, ItemTable
from .roadmap_models import InitiativesModel

translate = QCoreApplication.translate
#: A row's height in pixels at 100 % zoom: one line of text at 150 % with room around it.
ROW = 30
#: Rows shown before the table scrolls (about half a 720-pixel window at 100 %).
VISIBLE_ROWS = 10


def copy_name(name: str) -> str:
    return translate("InitiativesTable", "%1 (copy)").replace("%1", name) if name else ""


class InitiativesView(EditableTable):
    """The table itself: rows of one fixed height, one line each, scrolling past
    ``VISIBLE_ROWS`` (never measured row by row: 1,000 initiatives lay out at once)."""

    def __init__(self, model: InitiativesModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self.wrap_header(2)  # the budget's title over its money unit
        self.fit()

    def row_height(self) -> int:
        return theme.px(ROW)

    def _apply_widths(self) -> None:
        """The columns after the name as wide as their title's longest line or a full
        value ("2026/12/31"); the name takes the rest, and when even its least does not
        fit the table scrolls sideways."""
        model, metrics = self.model(), self.fontMetrics()
        bold = self.header_metrics()
        pad = theme.px(12)
        widths = []
        for column in range(1, model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            samples = [metrics.horizontalAdvance(sample) for sample in model.width_samples(column)]
            widths.append(max([bold.horizontalAdvance(line) for line in title.splitlines()] + samples) + pad)
        name = max(theme.px(120), self.viewport().width() - sum(widths))
        self.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate([name, *widths]):
            self.setColumnWidth(column, width)

    def header_height(self) -> int:
        return self.horizontalHeader().height()

    def set_header_height(self, height: int) -> None:
        """Make the column titles ``height`` pixels tall (a chart beside with two header
        lines, months over quarters); 0 gives the header its own height back."""
        self._header_height = height  # 0: the header's own height (its titles' lines)
        if height:
            self.fit()
        else:
            self._schedule_header_fit()

    def _fit_header(self) -> None:
        if getattr(self, "_header_height", 0):
            self._header_fit_pending = False
            self.fit()  # a height asked for by the chart beside wins over the titles' own
            return
        super()._fit_header()

    def fit(self) -> None:
        header, fixed = self.horizontalHeader(), getattr(self, "_header_height", 0)
        if fixed and header.height() != fixed:
            header.setFixedHeight(fixed)
        rows = self.verticalHeader()
        if rows.defaultSectionSize() != self.row_height():
            rows.setDefaultSectionSize(self.row_height())
        shown = min(max(self.model().rowCount(), 1), VISIBLE_ROWS)
        height = (fixed or max(header.height(), header.sizeHint().height())) + shown * self.row_height() + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        self.setFixedHeight(height)


class InitiativesTable(ItemTable):
    """The initiatives with their buttons and refusal line.

    Attributes:
        view: the table view (``InitiativesView``); its vertical scroll bar scrolls the rows.

    Signals:
        selectionChanged(str): the id of the initiative now selected ("" for none).
    """

    selectionChanged = Signal(str)
    view_class = InitiativesView

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(InitiativesModel(binder), new_item=lambda: Initiative(id=new_id("ini")),
                         copy_name=copy_name, parent=parent)
        self.model.setParent(self)
        self.view: InitiativesView = self.table  # type: ignore[assignment]
        self.currentItemChanged.connect(lambda item_id: self.selectionChanged.emit(item_id or ""))
        binder.changed.connect(self._plan_changed)

    def row_height(self) -> int:
        """Every row's height in pixels at the present zoom."""
        return self.view.row_height()

    def header_height(self) -> int:
        return self.view.header_height()

    def select(self, initiative_id: str) -> bool:
        """Select the initiative's row and scroll to it; False when there is none."""
        if not self.select_item(initiative_id):
            return False
        self.view.scrollTo(self.view.currentIndex())
        return True

    def _plan_changed(self, change: PlanChange) -> None:
        if change.item_id is None and change.path.startswith("settings"):
            # the money unit is in the budget's title
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
