"""The step navigator: the left column listing Overview, the four steps and the funnel,
each with how complete it is. A QListWidget, so arrow keys and focus work as expected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..settings import STEPS
from . import theme
from .widgets.ring import paint_ring

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
KICKER_ROLE = Qt.ItemDataRole.UserRole + 2
DONE_ROLE = Qt.ItemDataRole.UserRole + 3
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 4
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 5
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 6  # what the ring and tooltip show now (skip repeats)


def step_titles() -> dict[str, tuple[str, str]]:
    """(kicker, title) of every page, translated."""
    return {
        "overview": (translate("Navigator", "Plan on a page"), translate("Navigator", "Overview")),
        "1": (translate("Navigator", "Step 1"), translate("Navigator", "Strategy linkage")),
        "2": (translate("Navigator", "Step 2"), translate("Navigator", "Customers, value, channels, differentiation")),
        "3": (translate("Navigator", "Step 3"), translate("Navigator", "KPIs and roadmap")),
        "4": (translate("Navigator", "Step 4"), translate("Navigator", "Review cycle")),
        "funnel": (translate("Navigator", "Marketing → IS → Sales → CS"), translate("Navigator", "Revenue funnel")),
    }


def breakable(text: str, metrics: QFontMetrics | None = None, width: int = 0) -> str:
    """Wrap Japanese titles after "・", not in the middle of a word (ロード|マップ): Qt may
    break between any two kana, so lines are made here, greedily, at the separators."""
    if "・" not in text or metrics is None or metrics.horizontalAdvance(text) <= width:
        return text
    parts = [p + "・" for p in text.split("・")]
    parts[-1] = parts[-1][:-1]
    lines, line = [], ""
    for part in parts:
        if line and metrics.horizontalAdvance(line + part) > width:
            lines.append(line)
            line = part
        else:
            line += part
    lines.append(line)
    return "\n".join(lines)


def part_labels() -> dict[str, str]:
    """What each part of a step's completion means (calc.completion part keys)."""
    return {
        "vision": translate("Navigator", "Vision"),
        "mission": translate("Navigator", "Mission"),
        "business_strategy": translate("Navigator", "Business strategy"),
        "goal_with_target": translate("Navigator", "A business goal with a target"),
        "contributions": translate("Navigator", "Marketing's contribution to each goal"),
        "personas": translate("Navigator", "Personas"),
        "value_propositions": translate("Navigator", "A value proposition for each persona"),
        "competitors": translate("Navigator", "Competitors"),
        "criteria_scored": translate("Navigator", "Differentiation criteria scored"),
        "channels": translate("Navigator", "Channels"),
        "journeys": translate("Navigator", "Customer journey"),
        "kpi_nodes": translate("Navigator", "KPI tree"),
        "kpi_targets": translate("Navigator", "KPI targets"),
        "kpi_owners": translate("Navigator", "KPI owners"),
        "initiatives": translate("Navigator", "Initiatives"),
        "initiative_owners": translate("Navigator", "Initiative owners"),
        "initiative_dates": translate("Navigator", "Initiative dates"),
        "initiative_budgets": translate("Navigator", "Initiative budgets"),
        "cadence_participants": translate("Navigator", "Review participants"),
        "held_review": translate("Navigator", "A review held"),
        "actuals": translate("Navigator", "Actuals entered"),
    }


#: The navigator's width at 100 % zoom.
WIDTH = 250


class StepNavigator(QListWidget):
    """Lists the pages; ``stepSelected`` tells the window which page to show. Its width
    and entries follow the zoom (theme.px, fonts from the view).

    Signals:
        stepSelected(str): the key of the chosen page (one of ``settings.STEPS``).
    """

    stepSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setItemDelegate(_StepDelegate(self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setFixedWidth(theme.px(WIDTH))
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(STEP_ROLE, step)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.retranslate()

    def retranslate(self) -> None:
        titles = step_titles()
        for row in range(self.count()):
            item = self.item(row)
            kicker, title = titles[item.data(STEP_ROLE)]
            item.setText(title)
            item.setData(KICKER_ROLE, kicker)
            item.setToolTip(f"{kicker}: {title}")
        self.setAccessibleName(self.tr("Steps"))
        self.doItemsLayout()

    def current_step(self) -> str:
        item = self.currentItem()
        return item.data(STEP_ROLE) if item else STEPS[0]

    def select_step(self, step: str) -> None:
        self.setCurrentRow(STEPS.index(step) if step in STEPS else 0)

    def set_completion(self, step: str, progress) -> None:
        """Show how complete ``step`` is (a ``calc.completion.StepCompletion``)."""
        item = self.item(STEPS.index(step))
        shown = repr((progress.done, progress.total, progress.fraction, tuple(progress.missing), item.text()))
        if item.data(SHOWN_ROLE) == shown:
            return  # asked on every keystroke: repaint only when the ring would change
        item.setData(SHOWN_ROLE, shown)
        item.setData(DONE_ROLE, progress.done)
        item.setData(TOTAL_ROLE, progress.total)
        item.setData(FRACTION_ROLE, progress.fraction)
        kicker, title = item.data(KICKER_ROLE), item.text()
        lines = [f"{kicker}: {title}",
                 self.tr("%1 of %2 parts complete").replace("%1", str(progress.done)).replace("%2", str(progress.total))]
        names = part_labels()
        if progress.missing:
            lines.append(self.tr("Still to do:"))
            lines += [f"• {names.get(key, key)}" for key in progress.missing]
        item.setToolTip("\n".join(lines))
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, lines[1])
        self.viewport().update()

    def completion(self, step: str) -> tuple[int, int] | None:
        item = self.item(STEPS.index(step))
        total = item.data(TOTAL_ROLE)
        return None if total is None else (item.data(DONE_ROLE), total)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(theme.px(WIDTH), theme.px(600))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.setFixedWidth(theme.px(WIDTH))
            self.doItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.doItemsLayout()  # entries wrap to the new width

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(STEPS):
            self.stepSelected.emit(STEPS[row])


class _StepDelegate(QStyledItemDelegate):
    """Paints one page entry: a ring with done/total, the kicker and the title."""

    def _text_width(self) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else theme.px(WIDTH)
        return max(theme.px(120), width - 2 * (view.spacing() if view is not None else 2) - theme.px(80))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        bold = QFont(option.font)
        bold.setBold(True)
        text_w = self._text_width()
        metrics = QFontMetrics(bold)
        title_h = metrics.boundingRect(QRect(0, 0, text_w, 1000), Qt.TextFlag.TextWordWrap,
                                       breakable(index.data() or "", metrics, text_w)).height()
        kicker_h = QFontMetrics(theme.scaled_font(option.font, 0.82)).height()
        return QSize(text_w + theme.px(80), max(theme.px(64), title_h + kicker_h + theme.px(24)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.fillRect(rect, QColor("#33446b"))
            painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), QColor("#7fb0ff"))
        elif hovered:
            painter.fillRect(rect, QColor("#28365a"))
        ink = QColor(theme.NAV_INK)
        done, total = index.data(DONE_ROLE), index.data(TOTAL_ROLE)
        ring = theme.px(38)
        ring_box = QRectF(rect.left() + theme.px(16), rect.center().y() - ring / 2, ring, ring)
        if total:
            complete = done >= total
            fg = QColor("#58c98b") if complete else QColor("#7fb0ff")
            paint_ring(painter, ring_box, index.data(FRACTION_ROLE) or 0.0, complete, fg, QColor("#3d4d75"))
            if not complete:
                painter.setPen(ink)
                painter.setFont(theme.scaled_font(option.font, 0.72, bold=True))
                painter.drawText(ring_box, Qt.AlignmentFlag.AlignCenter, f"{done}/{total}")
        else:
            _paint_page_icon(painter, ring_box, index.data(STEP_ROLE), QColor("#9fbff0"))
        text_left = rect.left() + theme.px(66)
        kicker_font = theme.scaled_font(option.font, 0.82)
        painter.setFont(kicker_font)
        painter.setPen(QColor("#aab6d3"))
        kicker_h = painter.fontMetrics().height()
        text_w = self._text_width()
        painter.drawText(QRect(text_left, rect.top() + theme.px(10), text_w, kicker_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data(KICKER_ROLE) or "")
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff") if selected else ink)
        top = theme.px(12)
        painter.drawText(QRect(text_left, rect.top() + top + kicker_h, text_w, rect.height() - kicker_h - top),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         breakable(index.data() or "", painter.fontMetrics(), text_w))
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(QColor("#7fb0ff"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


def _paint_page_icon(painter: QPainter, box: QRectF, step: str, colour: QColor) -> None:
    """A small glyph for the pages without completion: a 2×2 grid (overview), a funnel."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPolygonF

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    margin = box.width() * 8 / 38
    inner = box.adjusted(margin, margin, -margin, -margin)
    if step == "overview":
        half = (inner.width() - 4) / 2
        for dx in (0, half + 4):
            for dy in (0, half + 4):
                painter.drawRoundedRect(QRectF(inner.left() + dx, inner.top() + dy, half, half), 2, 2)
    else:
        w, h = inner.width(), inner.height()
        bands = 3
        for n in range(bands):
            top, bottom = inner.top() + n * h / bands, inner.top() + (n + 1) * h / bands - 2
            t, b = w * (1 - 0.6 * n / bands), w * (1 - 0.6 * (n + 1) / bands)
            c = inner.center().x()
            painter.drawPolygon(QPolygonF([QPointF(c - t / 2, top), QPointF(c + t / 2, top),
                                           QPointF(c + b / 2, bottom), QPointF(c - b / 2, bottom)]))
    painter.restore()
