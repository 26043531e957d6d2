"""The roadmap's Gantt chart, edited by hand: one row per initiative in plan order, a
bar dragged by its body to move it or by an end to resize it, the keyboard doing the
same a week at a time.

While a bar is dragged only the chart changes (a preview); the release pushes one
command (``commands.schedule.reschedule``), Escape drops the drag. The maths — scale,
snapping, clamping, milestones — is ``calc.gantt_drag``; painting is gantt_paint.py.

The chart is meant to sit beside the initiatives table: ``set_row_height`` and
``set_header_height`` line its rows up with the table's, ``share_vertical_scroll``
scrolls both together, ``select`` / ``selectionChanged`` keep one selection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QToolTip, QWidget

from ...calc.gantt_drag import Bar, Grip, Zoom, dragged, grip_at, nudged, shown_years, time_scale
from ...commands.schedule import reschedule
from ...document import PlanChange
from .. import theme
from .gantt_paint import GanttHeader, Geometry, Preview, RowStyle, paint_rows, preview_of, tooltip
from .gantt_rows import Baseline, GanttRow, gantt_row, gantt_rows

if TYPE_CHECKING:  # widgets sit below the editing toolkit: a chart only uses the binder it is given
    from ..editing.binder import Binder

# Sizes at 100 % zoom (theme.px): a row, the heading, the narrowest column per zoom,
# the room before the first day, and how far outside and inside a bar its ends grip.
ROW, HEADER, PAD, GRIP_REACH = 34, 50, 12, 10
MIN_COLUMN = MappingProxyType({Zoom.MONTH: 46, Zoom.QUARTER: 72})

_NO_MODIFIER = Qt.KeyboardModifier.NoModifier
_ALT, _SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
# (key, modifiers) → (grip, weeks) of the keyboard's moves.
_NUDGES = MappingProxyType({
    (Qt.Key.Key_Left, _ALT): (Grip.BODY, -1),
    (Qt.Key.Key_Right, _ALT): (Grip.BODY, 1),
    (Qt.Key.Key_Left, _ALT | _SHIFT): (Grip.END, -1),
    (Qt.Key.Key_Right, _ALT | _SHIFT): (Grip.END, 1),
})


@dataclass
class _Drag:
    row: int
    grip: Grip
    origin: QPointF
    preview: Bar | None = None


class GanttView(QAbstractScrollArea):
    """The Gantt chart of ``binder.plan``'s initiatives, editable.

    Attributes:
        today: the day the today line marks (a test sets it).

    Signals:
        selectionChanged(str): the user selected an initiative on the chart (its id).
        zoomChanged(str): "month" or "quarter".
        refused(str): an edit was refused; one sentence for the user.
    """

    selectionChanged = Signal(str)
    zoomChanged = Signal(str)
    refused = Signal(str)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ganttView")
        self.binder = binder
        self.today = dt.date.today()
        self._zoom = Zoom.MONTH
        self._row_h: int | None = None  # None: the default at the current zoom
        self._header_h: int | None = None
        self._rows: list[GanttRow] = []
        self._index: dict[str, int] = {}
        self._row_of_milestone: dict[str, int] = {}
        self._stale: set[str] = set()  # ids whose rows are read again at the next paint
        self._baseline = Baseline()
        self._selected: str | None = None
        self._drag: _Drag | None = None
        self._dirty = True
        self._header = GanttHeader(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.setMinimumHeight(theme.px(HEADER + 2 * ROW))
        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(lambda: self._plan_changed(PlanChange()))
        self._apply_sizes()

    # -- the interface for the page ------------------------------------------------------------
    @property
    def zoom(self) -> str:
        return self._zoom.value

    @zoom.setter
    def zoom(self, value: str) -> None:
        self.set_zoom(value)

    def set_zoom(self, value: str) -> None:
        zoom = Zoom(value)
        if zoom == self._zoom:
            return
        centre = self.geometry_now().scale.day_at(self.horizontalScrollBar().value() + self.viewport().width() / 2
                                                  - theme.px(PAD))
        self._zoom = zoom
        self._update_scroll_ranges()
        geometry = self.geometry_now()
        self.horizontalScrollBar().setValue(round(geometry.pad + geometry.scale.x_of(centre)
                                                  - self.viewport().width() / 2))
        self._repaint()
        self.zoomChanged.emit(zoom.value)

    def select(self, initiative_id: str | None) -> None:
        """Select an initiative (None: none) and scroll its row into sight; no signal."""
        self._refresh_if_dirty()
        self._selected = initiative_id if initiative_id in self._index else None
        if self._selected is not None:
            self._ensure_row_visible(self._index[self._selected])
        self.viewport().update()

    def selected(self) -> str | None:
        return self._selected

    def header(self) -> QWidget:
        """The heading above the rows (its height: ``set_header_height``)."""
        return self._header

    def set_row_height(self, px: int) -> None:
        self._row_h = max(8, int(px))
        self._apply_sizes()

    def set_header_height(self, px: int) -> None:
        self._header_h = max(16, int(px))
        self._apply_sizes()

    def row_height(self) -> int:
        return self._row_h if self._row_h is not None else theme.px(ROW)

    def header_height(self) -> int:
        return self._header_h if self._header_h is not None else theme.px(HEADER)

    def share_vertical_scroll(self, other: QScrollBar) -> None:
        """Scroll together with ``other`` (a table's vertical bar), both ways, by pixels:
        give the table the same row height and per-pixel scrolling."""
        mine = self.verticalScrollBar()
        other.valueChanged.connect(lambda value: mine.value() != value and mine.setValue(value))
        mine.valueChanged.connect(lambda value: other.value() != value and other.setValue(value))

    def bar_rect(self, initiative_id: str):
        """The bar of an initiative in viewport pixels (None when it has no dates)."""
        self._refresh_if_dirty()
        n = self._index.get(initiative_id)
        bar = None if n is None else self._rows[n].bar
        return None if bar is None else self.geometry_now().bar_rect(n, bar)

    def viewport_x(self, day: dt.date) -> float:
        """The left edge of ``day`` in viewport pixels."""
        return self.geometry_now().x(day)

    def geometry_now(self) -> Geometry:
        first_year, last_year = shown_years(self.binder.plan)
        columns = (last_year - first_year + 1) * (12 if self._zoom == Zoom.MONTH else 4)
        pad = theme.px(PAD)
        column_px = max(theme.px(MIN_COLUMN[self._zoom]), (self.viewport().width() - 2 * pad) / max(1, columns))
        return Geometry(time_scale(self.binder.plan, self._zoom, column_px), self.row_height(), pad,
                        self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    # -- following the plan ----------------------------------------------------------------------
    def _plan_changed(self, change: PlanChange) -> None:
        # Read again at the next paint, not here: a move is several field edits, each
        # announced, and the chart is read once for all of them (or never while hidden).
        # A field of an initiative or of its milestone reads that row alone.
        if change.item_id is not None and change.path and not self._dirty:
            self._stale.add(change.item_id)
        else:
            self._dirty = True
        if self.isVisible():
            self._repaint()

    def _refresh_if_dirty(self) -> None:
        if self._stale and not self._dirty:
            self._refresh_rows()
        if not self._dirty:
            return
        self._dirty = False
        self._stale.clear()
        plan = self.binder.plan
        self._rows = gantt_rows(plan, self._baseline.bars(plan))
        self._index = {row.id: n for n, row in enumerate(self._rows)}
        self._row_of_milestone = {m.id: n for n, ini in enumerate(plan.roadmap.initiatives) for m in ini.milestones}
        if self._selected not in self._index:
            self._selected = None
        if self._drag is not None and self._drag.row >= len(self._rows):
            self._drag = None
        self._update_scroll_ranges()

    def _refresh_rows(self) -> None:
        """Read again the rows of the initiatives (or milestones) in ``_stale``; an id
        the chart does not show is another part of the plan."""
        plan = self.binder.plan
        initiatives = plan.roadmap.initiatives
        for item_id in self._stale:
            n = self._index.get(item_id, self._row_of_milestone.get(item_id))
            if n is not None and n < len(initiatives):
                self._rows[n] = gantt_row(initiatives[n], self._baseline.bars(plan))
        self._stale.clear()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._refresh_if_dirty()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._apply_sizes()  # the zoom changed
        elif event.type() == QEvent.Type.LanguageChange:
            self._repaint()
        super().changeEvent(event)

    def _apply_sizes(self) -> None:
        self.setViewportMargins(0, self.header_height(), 0, 0)
        self._place_header()
        self._update_scroll_ranges()
        self._repaint()

    def _place_header(self) -> None:
        margins = self.contentsRect()
        self._header.setGeometry(QRect(margins.left(), margins.top(), self.viewport().width(), self.header_height()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_header()
        self._update_scroll_ranges()

    def _update_scroll_ranges(self) -> None:
        geometry = self.geometry_now()
        viewport = self.viewport().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, len(self._rows) * geometry.row_h - viewport.height()))
        vertical.setPageStep(viewport.height())
        vertical.setSingleStep(geometry.row_h)
        horizontal.setRange(0, max(0, round(geometry.content_width()) - viewport.width()))
        horizontal.setPageStep(viewport.width())
        horizontal.setSingleStep(theme.px(MIN_COLUMN[self._zoom]))

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        self.viewport().update()
        if dx:
            self._header.update()

    def _repaint(self) -> None:
        self.viewport().update()
        self._header.update()

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._refresh_if_dirty()
        painter = QPainter(self.viewport())
        font = self.font()
        style = RowStyle(font, theme.scaled_font(font, 0.85), self.binder.language, self._selected, self.today)
        paint_rows(painter, self.viewport().width(), self.viewport().height(), self.geometry_now(), self._rows,
                   style, self._preview())
        painter.end()

    def _preview(self) -> Preview | None:
        drag = self._drag
        if drag is None or drag.preview is None:
            return None
        return preview_of(drag.row, self._rows[drag.row], drag.preview)

    # -- the mouse ---------------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> tuple[int, Grip | None]:
        """The row under ``pos`` (-1 for none) and the part of its bar gripped."""
        geometry = self.geometry_now()
        n = geometry.row_at(pos.y())
        if not 0 <= n < len(self._rows):
            return -1, None
        bar = self._rows[n].bar
        if bar is None:
            return n, None
        rect = geometry.bar_rect(n, bar)
        if not rect.top() - theme.px(4) <= pos.y() <= rect.bottom() + theme.px(4):
            return n, None
        return n, grip_at(pos.x(), rect.left(), rect.right(), theme.px(GRIP_REACH))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        n, grip = self._hit(event.position())
        if n < 0:
            return
        self._select_by_user(self._rows[n].id)
        if grip is not None and not self.binder.read_only:
            self._drag = _Drag(n, grip, event.position())
            self._set_cursor(grip, dragging=True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        drag = self._drag
        if drag is None:
            self._set_cursor(self._hit(event.position())[1])
            return
        delta = event.position() - drag.origin
        preview = dragged(self._rows[drag.row].bar, drag.grip, delta.x(), delta.y(), self.geometry_now().scale)
        if preview != drag.preview:
            drag.preview = preview
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._set_cursor(self._hit(event.position())[1])
        if drag.preview is not None:
            self._reschedule(self._rows[drag.row].id, drag.preview.start, drag.preview.end)
        self.viewport().update()

    def _set_cursor(self, grip: Grip | None, dragging: bool = False) -> None:
        if grip is None or self.binder.read_only:
            self.viewport().unsetCursor()
        elif grip == Grip.BODY:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor if dragging else Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            n, _grip = self._hit(QPointF(event.pos()))
            text = tooltip(self._rows[n], self.binder.plan.settings.money_unit, self.binder.language) if n >= 0 else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- the keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._set_cursor(None)
            self.viewport().update()
            event.accept()
            return
        if modifiers == _NO_MODIFIER and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        nudge = _NUDGES.get((key, modifiers))
        if nudge is not None:
            event.accept()
            self._nudge(*nudge)
            return
        super().keyPressEvent(event)

    def _step_selection(self, step: int) -> None:
        self._refresh_if_dirty()
        if not self._rows:
            return
        current = self._index.get(self._selected or "")
        n = (0 if step > 0 else len(self._rows) - 1) if current is None \
            else max(0, min(len(self._rows) - 1, current + step))
        self._select_by_user(self._rows[n].id)
        self._ensure_row_visible(n)

    def _nudge(self, grip: Grip, weeks: int) -> None:
        n = self._index.get(self._selected or "")
        if n is None or self._drag is not None:
            return
        row = self._rows[n]
        if row.bar is None:  # asked anyway: the refusal says what is missing
            self._reschedule(row.id, row.start, row.end)
            return
        bar = nudged(row.bar, grip, weeks)
        if bar is not None:
            self._reschedule(row.id, bar.start, bar.end)

    def _reschedule(self, initiative_id: str, start: dt.date | None, end: dt.date | None) -> None:
        """Push the command (its refusal in one sentence when refused)."""
        session = self.binder.session
        message = self.binder.run(lambda: reschedule(session, initiative_id, start, end))
        if message:
            self.refused.emit(message)

    def _select_by_user(self, initiative_id: str) -> None:
        if initiative_id != self._selected:
            self._selected = initiative_id
            self.viewport().update()
            self.selectionChanged.emit(initiative_id)

    def _ensure_row_visible(self, n: int) -> None:
        row_h, bar = self.row_height(), self.verticalScrollBar()
        top, height = n * row_h, self.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif top + row_h > bar.value() + height:
            bar.setValue(top + row_h - height)
