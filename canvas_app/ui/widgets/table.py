"""A read-only table view sized to its rows, for tables inside a scrolling page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QTreeView,
    QWidget,
)

from .. import theme


def _refit_on_zoom(view, event: QEvent) -> None:
    """Rows are as tall as their text: measure again once the new font is laid out."""
    if event.type() == QEvent.Type.FontChange:
        QTimer.singleShot(0, view, view.fit)


class FittedTable(QTableView):
    """Shows every row (no inner scroll bar); rows grow to fit wrapped text.

    ``widths`` gives relative column widths; the last column takes what remains.
    """

    def __init__(self, model: QAbstractItemModel, widths: tuple[int, ...] = (),
                 parent: QWidget | None = None, *, row_headers: bool = False,
                 fit_columns: int | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._widths = widths
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(row_headers)
        if row_headers:
            self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._stretch_column = fit_columns
        if fit_columns is not None:
            # One column takes the free space, the others are as wide as their content.
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(fit_columns, QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.rowsRemoved.connect(self.fit)
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._apply_widths()
        self.fit()
        self._schedule_header_fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._schedule_header_fit()  # the zoom may have changed while hidden

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        _refit_on_zoom(self, event)
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._schedule_header_fit()  # zoom: theme.set_zoom sets the app font
        return super().event(event)

    # -- wrapped column titles --------------------------------------------------------------
    def wrap_header(self, max_lines: int) -> None:
        """Let column titles wrap onto up to ``max_lines`` lines: the header is made as
        tall as the most wrapped title needs at the columns' present widths, again after
        every resize, zoom or change of a title (a zoomed UI on a narrow screen wraps
        "Online / offline" onto three lines)."""
        self._header_lines = max_lines
        self.horizontalHeader().sectionResized.connect(self._schedule_header_fit)
        self.model().headerDataChanged.connect(self._schedule_header_fit)
        self._schedule_header_fit()

    @staticmethod
    def header_metrics() -> QFontMetrics:
        """The metrics of the header's text: the style sheet paints it in the bold app
        font, which carries the zoom (the header's own font() may lag behind it)."""
        return QFontMetrics(theme.scaled_font(QApplication.font(), 1.0, bold=True))

    def header_text_width(self, column: int) -> int:
        """The room for a title in ``column`` (its width less the cell padding)."""
        return max(10, self.horizontalHeader().sectionSize(column) - theme.px(14))

    def _schedule_header_fit(self, *_args) -> None:
        if getattr(self, "_header_lines", 0) and not getattr(self, "_header_fit_pending", False):
            self._header_fit_pending = True
            QTimer.singleShot(0, self, self._fit_header)  # after the view shares its width out

    def _fit_header(self) -> None:
        self._header_fit_pending = False
        header, model = self.horizontalHeader(), self.model()
        metrics = self.header_metrics()
        lines = 1
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            bounds = metrics.boundingRect(QRect(0, 0, self.header_text_width(column), 10_000),
                                          int(Qt.TextFlag.TextWordWrap), text)
            lines = max(lines, min(self._header_lines, -(-bounds.height() // metrics.lineSpacing())))
        height = lines * metrics.lineSpacing() + theme.px(14)  # the style sheet's cell padding
        if header.maximumHeight() != height or header.height() != height:
            header.setMinimumHeight(0)
            header.setFixedHeight(height)
            self.updateGeometries()  # the view places its header only then
        self.fit()  # the columns' widths changed: the rows' wrapped text too

    def set_widths(self, widths: tuple[int, ...]) -> None:
        """New relative column widths (the columns changed, e.g. a competitor was added)."""
        self._widths = tuple(widths)
        self._apply_widths()

    def _apply_widths(self) -> None:
        if not self._widths:
            return
        total = sum(self._widths)
        available = max(theme.px(200), self.viewport().width())
        header = self.horizontalHeader()
        if header.stretchLastSection() and header.count():
            # A stretched last column never gets narrower than it was when stretching
            # began (Qt keeps that size, 100 px at first), so in a narrow table it ran
            # past the right edge. Start it small; it still takes all the room left.
            header.setStretchLastSection(False)
            header.resizeSection(header.count() - 1, 16)
            header.setStretchLastSection(True)
        for column, share in enumerate(self._widths[:-1]):
            self.setColumnWidth(column, int(available * share / total))

    def fit(self) -> None:
        """Grow rows to their wrapped text and the view to all its rows."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        for row in range(self.model().rowCount()):
            height += self.rowHeight(row)
        self.setFixedHeight(max(height, self.horizontalHeader().sizeHint().height() + 8))

    def select_item(self, item_id: str) -> bool:
        row_of = getattr(self.model(), "row_of", None)
        row = row_of(item_id) if row_of else -1
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))
        return True


class FittedTree(QTreeView):
    """A read-only tree, fully expanded and sized to show every row.

    ``flexible`` maps the columns that share the free width to their shares; the other
    columns are as wide as their content.
    """

    def __init__(self, model: QAbstractItemModel, flexible: dict[int, int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._flexible = flexible or {0: 1}
        self.setIndentation(theme.px(14))
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # see fit()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Interactive if column in self._flexible \
                else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        model.modelReset.connect(self.fit)
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()  # the columns may (no longer) need a scroll bar

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.setIndentation(theme.px(14))
        _refit_on_zoom(self, event)
        super().changeEvent(event)

    def _share_width(self) -> None:
        header = self.header()
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c not in self._flexible)
        free = max(theme.px(130) * len(self._flexible), self.viewport().width() - fixed)
        total = sum(self._flexible.values())
        for column, share in self._flexible.items():
            self.setColumnWidth(column, int(free * share / total))

    def fit(self) -> None:
        """Expand every node and grow the view to all rows (read-only: nothing collapses)."""
        self.expandAll()
        rows, index = 0, self.model().index(0, 0)
        while index.isValid():
            rows += 1
            index = self.indexBelow(index)
        row_height = self.sizeHintForRow(0) if rows else 0
        self._share_width()
        height = self.header().sizeHint().height() + rows * max(row_height, 1) + 2 * self.frameWidth() + 4
        if self.header().length() > self.viewport().width():
            # Zoomed in on a narrow screen the columns do not fit: scroll them sideways.
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)
