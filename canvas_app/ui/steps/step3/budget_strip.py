"""The budget strip under the roadmap's Gantt: each period's total (a month or a quarter
of the chart's scale) in the plan's money unit, in the Gantt's own columns, and below
it the totals per business goal — the figures of ``calc.roadmap.budget_strip``, the same
as the workbook's roadmap sheet and the PDF.

Painted, so its columns follow whatever geometry the chart above it has
(``set_column_geometry``); it recomputes on every edit only while it is visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ....calc.roadmap import BudgetStrip as StripFigures
from ....calc.roadmap import budget_strip
from ....model.enums import Granularity
from ....text.formatting import period_label
from ... import fmt, theme
from ...editing.binder import Binder

ZOOMS = MappingProxyType({"month": Granularity.MONTH, "quarter": Granularity.QUARTER})
translate = QCoreApplication.translate
GAP = 6  # px at 100 %: between lines and between the figures of a flowing line


@dataclass(frozen=True)
class _Text:
    """One piece of text the strip paints, where, how, and what its tooltip says."""

    rect: QRectF
    text: str
    font: QFont
    colour: str
    align: Qt.AlignmentFlag
    tooltip: str = ""


class BudgetStrip(QWidget):
    """The roadmap's budget per period and per goal, lined up under a Gantt's periods.

    ``set_zoom("month" | "quarter")`` picks the periods; ``set_column_geometry(left,
    width)`` says where the first period starts (pixels from the strip's left edge) and
    how wide each one is; until it is called, the strip divides its own width."""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self._granularity = Granularity.MONTH
        self._geometry: tuple[float, float] | None = None
        self._behind = True
        self._figures: StripFigures | None = None
        self._texts: list[_Text] = []
        self._laid_out_for = -1
        self._heights: dict[int, int] = {}  # width -> height, until the figures or columns change
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(False)
        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(self._plan_changed)

    # -- what the chart above tells the strip ----------------------------------------------
    def set_zoom(self, zoom: str) -> None:
        granularity = ZOOMS[zoom]  # a KeyError names a zoom that does not exist
        if granularity != self._granularity:
            self._granularity = granularity
            self._plan_changed()

    def set_column_geometry(self, left_px: float, width_px_per_period: float) -> None:
        geometry = (float(left_px), float(width_px_per_period))
        if geometry != self._geometry:
            self._geometry = geometry
            self._relayout()

    # -- the figures -----------------------------------------------------------------------
    @property
    def figures(self) -> StripFigures:
        """The calculation the strip shows (computed now if the strip is behind)."""
        if self._figures is None or self._behind:
            self._compute()
        return self._figures

    def period_texts(self) -> list[str]:
        """Each period's total as the strip writes it, in the scale's order."""
        unit, lang = self.binder.plan.settings.money_unit, self.binder.language
        return [fmt.money(yen, unit, lang, with_unit=False) for yen in self.figures.amounts]

    def goal_texts(self) -> dict[str, str]:
        """Goal id ("" for the budget of no goal, when there is some) → its total as shown."""
        unit, lang = self.binder.plan.settings.money_unit, self.binder.language
        goals = self.figures.goals
        shown = {goal_id: fmt.money(yen, unit, lang, with_unit=False) for goal_id, yen in goals.by_goal.items()}
        if goals.unassigned:
            shown[""] = fmt.money(goals.unassigned, unit, lang, with_unit=False)
        return shown

    def _plan_changed(self, *_args: Any) -> None:
        # Worked out again when next read (``figures``), not here: a drag is several field
        # edits, each announced, and the strip computes once for all of them; a hidden
        # strip costs an edit nothing.
        self._behind = True
        if self.isVisible():
            self._relayout()

    def _compute(self) -> None:
        self._figures = budget_strip(self.binder.plan, self._granularity)
        self._behind = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._behind:
            self._compute()
            self._relayout()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._relayout()  # other words, or another zoom
        super().changeEvent(event)

    # -- layout ----------------------------------------------------------------------------
    def _relayout(self) -> None:
        self._laid_out_for = -1
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # Asked dozens of times per layout pass (the page's layouts try their widths):
        # each width is laid out once.
        if width not in self._heights:
            self._heights[width] = int(self._layout(width)[1])
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max(self.width(), theme.px(600))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(theme.px(300), self.heightForWidth(max(self.width(), theme.px(300))))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._laid_out_for = -1
        self._heights.clear()
        super().resizeEvent(event)

    def _columns(self, width: float, count: int) -> tuple[float, float]:
        if self._geometry is not None:
            return self._geometry
        left = min(theme.px(220), width * 0.25)
        return left, (width - left - theme.px(8)) / max(1, count)

    def _layout(self, width: int) -> tuple[list[_Text], float]:
        """What to paint at ``width`` and the height it takes."""
        plan, lang = self.binder.plan, self.binder.language
        figures = self.figures
        unit, code = plan.settings.money_unit, lang.code
        gap = theme.px(GAP)
        base = self.font()
        bold, small = theme.scaled_font(base, 1.0, bold=True), theme.scaled_font(base, 0.85)
        texts: list[_Text] = []
        line = QFontMetricsF(base).height() + gap
        left, column = self._columns(width, len(figures.periods))
        muted, ink = theme.MUTED, theme.INK
        # The label in the chart's label column, the unit named once.
        if self._granularity == Granularity.MONTH:
            heading = translate("BudgetStrip", "Budget per month ({unit})")
        else:
            heading = translate("BudgetStrip", "Budget per quarter ({unit})")
        heading = heading.format(unit=fmt.money_unit_suffix(unit, lang))
        # Beside the figures when the chart has a label column, else on a line above them
        # (a chart whose names are in a table beside it starts its periods at the left).
        above = left < theme.px(120)
        if above:
            label_rect = QRectF(theme.px(2), gap, width - theme.px(4), line)
        else:
            label_rect = QRectF(theme.px(8), gap, max(left - theme.px(12), theme.px(40)), 2 * line)
        texts.append(_Text(label_rect, heading, small, muted, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
        first_line = line if above else 0.0
        # Each period's total, centred in its column; when the figures are wider than a
        # column, every other one goes on a second line with two columns of room.
        shown = self.period_texts()
        metrics = QFontMetricsF(bold)
        staggered = any(metrics.horizontalAdvance(text) > column - 4 for text in shown)
        room = 2 * column if staggered else column
        for index, (period, yen, text) in enumerate(zip(figures.periods, figures.amounts, shown)):
            top = gap + first_line + (line if staggered and index % 2 else 0)
            centre = left + (index + 0.5) * column
            if centre - column / 2 >= width:
                break  # the chart above shows no more periods (it scrolls)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - 4)
            when = period_label(period.key, period.fiscal_year, plan.settings.fiscal_year_start_month, code)
            tooltip = f"{when}: {fmt.money(yen, unit, lang)}"
            # A staggered figure at either end stays inside the strip.
            x = min(max(centre - room / 2, left - column / 2), width - room)
            texts.append(_Text(QRectF(x, top, room, line - gap), text, bold,
                               ink if yen else muted, Qt.AlignmentFlag.AlignCenter, tooltip))
        y = gap + first_line + line * (2 if staggered else 1) + gap
        label_bottom = label_rect.top() + QFontMetricsF(small).boundingRect(
            label_rect, int(Qt.TextFlag.TextWordWrap), heading).height()
        y = max(y, label_bottom + gap)
        # Below: the totals per goal, then what falls outside the periods, flowing.
        names = {goal.id: goal.name or goal.id for goal in plan.strategy.goals}
        goal_items = [(names.get(goal_id, goal_id), self.goal_texts()[goal_id]) for goal_id in figures.goals.by_goal]
        if figures.goals.unassigned:
            goal_items.append((translate("BudgetStrip", "Not linked to a goal"), self.goal_texts()[""]))
        goal_items.append((translate("BudgetStrip", "Total"),
                           fmt.money(figures.total, unit, lang, with_unit=False)))
        y = self._flow(texts, translate("BudgetStrip", "By goal:"), goal_items, y, width, base, bold)
        outside = [(caption, fmt.money(yen, unit, lang, with_unit=False)) for caption, yen in (
            (translate("BudgetStrip", "Before the chart"), figures.before),
            (translate("BudgetStrip", "After the chart"), figures.after),
            (translate("BudgetStrip", "Undated"), figures.undated)) if yen]
        if outside:
            y = self._flow(texts, translate("BudgetStrip", "Outside the periods:"), outside, y, width, base, bold)
        return texts, y

    def _flow(self, texts: list[_Text], caption: str, items: list[tuple[str, str]], y: float, width: float,
              font: QFont, bold: QFont) -> float:
        """Write ``caption`` then each (name, figure) pair left to right, wrapping to a
        new line when the next pair does not fit; returns the y below the last line."""
        gap, margin = theme.px(GAP), theme.px(8)
        plain, strong = QFontMetricsF(font), QFontMetricsF(bold)
        height = max(plain.height(), strong.height())
        x = margin
        for index, (name, figure) in enumerate([("", caption), *items]):
            name_w = plain.horizontalAdvance(name) if name else 0.0
            figure_w = (plain if index == 0 else strong).horizontalAdvance(figure)
            needed = name_w + (gap / 2 if name else 0) + figure_w
            if x > margin and x + needed > width - margin:
                x, y = margin * 3, y + height + gap / 2
            if name:
                name = plain.elidedText(name, Qt.TextElideMode.ElideRight, max(0.0, width - 2 * margin - figure_w))
                name_w = plain.horizontalAdvance(name)
                texts.append(_Text(QRectF(x, y, name_w + 1, height), name, font, theme.INK,
                                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
                x += name_w + gap / 2
            texts.append(_Text(QRectF(x, y, figure_w + 1, height), figure, font if index == 0 else bold,
                               theme.MUTED if index == 0 else theme.INK,
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
            x += figure_w + 2 * gap
        return y + height + gap

    def _current(self) -> list[_Text]:
        if self._laid_out_for != self.width():
            self._texts = self._layout(self.width())[0]
            self._laid_out_for = self.width()
        return self._texts

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.CARD_BG))
        painter.setPen(QPen(QColor(theme.LINE), 1))
        painter.drawLine(QPointF(0, 0.5), QPointF(self.width(), 0.5))
        for text in self._current():
            painter.setFont(text.font)
            painter.setPen(QColor(text.colour))
            flags = int(text.align) | (int(Qt.TextFlag.TextWordWrap) if not text.tooltip else 0)
            painter.drawText(text.rect, flags, text.text)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = next((t.tooltip for t in self._current() if t.tooltip and t.rect.contains(QPointF(event.pos()))),
                         "")
            if found:
                QToolTip.showText(event.globalPos(), found, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
