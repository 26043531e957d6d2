"""The revenue funnel drawn as a funnel: one band per stage (leads → won deals) with the
required volume for the revenue target, the planned volume and the actual to date
beside it; between two bands the link from one stage to the next — the page's editor
of its conversion rate and days sits there, and a weak conversion is marked on the
link, never on a stage."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...calc.funnel import FunnelAnalysis, FunnelStage
from ...model import Plan
from ...model.enums import FunnelRole, Status
from ...text.labels import enum_label
from ...text.language import Language
from .. import fmt, theme

_SEPARATOR = "   "


class FunnelChart(QWidget):
    """Paints a ``FunnelAnalysis`` and places the link editors between its bands.
    Rows grow to fit their text at any width and zoom (nothing is cut off).

    Attributes:
        weak_between: the volumes whose link to the next stage is weak.
        links: volume → the widget shown on the link below its band.
    """

    BAND = 58  # pixels at 100 % zoom
    GAP = 30
    TEXT = 6  # pixels between text lines and band edges

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: FunnelAnalysis | None = None
        self.plan: Plan | None = None
        self.language = Language("en")  # set with the analysis
        self.weak_between: set[FunnelRole] = set()
        self.links: dict[FunnelRole, QWidget] = {}
        self._rows: list[tuple[int, int, int]] = []  # per stage: band top, band height, link height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(420)  # not zoomed: a zoomed-in page on a 1280-pixel screen is narrow

    def set_links(self, links: Mapping[FunnelRole, QWidget]) -> None:
        for link in links.values():
            link.setParent(self)
        self.links = dict(links)
        self.relayout()

    def set_analysis(self, plan: Plan, analysis: FunnelAnalysis, language: Language) -> None:
        self.plan, self.analysis, self.language = plan, analysis, language
        self.weak_between = {link.between for link in analysis.weak_links if link.between is not None}
        self.relayout()
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.relayout()  # the zoom changed
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.relayout()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(theme.px(900), self.height())

    def _fonts(self) -> tuple[QFont, QFont, QFont, QFont]:
        """Bold (stage), big (required), small (owner, notes), normal (figures)."""
        font = self.font()
        return (theme.scaled_font(font, 1.05, bold=True), theme.scaled_font(font, 1.35, bold=True),
                theme.scaled_font(font, 0.9), font)

    def _funnel_width(self) -> float:
        return max(self.width() * 0.3, min(self.width() * 0.42, theme.px(480)))

    def _text_box(self) -> tuple[float, float]:
        left = 16 + self._funnel_width() + theme.px(24)
        return left, max(40.0, self.width() - left - 8)

    def _text_lines(self, stage: FunnelStage) -> list[tuple[str, QFont]]:
        _, _, small, normal = self._fonts()
        _, width = self._text_box()
        figures = _packed(self._figures(stage), QFontMetrics(normal), width)
        lines = [(enum_label(stage.stage, self.language), small), (figures, normal)]
        notes = self._notes(stage)
        if notes:
            lines.append((" · ".join(notes), small))
        return lines

    def _line_height(self, text: str, font: QFont, width: float) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, int(width), 100000), flags, text).height()

    def relayout(self) -> None:
        """Fit the rows to their text and the link widgets at the current width."""
        stages = self.analysis.stages if self.analysis is not None else ()
        _, width = self._text_box()
        rows, y = [], 8
        for index, stage in enumerate(stages):
            text = sum(self._line_height(t, f, width) for t, f in self._text_lines(stage)) + 2 * theme.px(self.TEXT)
            band = max(theme.px(self.BAND), text)
            link = self.links.get(stage.role) if index < len(stages) - 1 else None
            gap = theme.px(self.GAP)
            if link is not None and link.isVisibleTo(self):
                hint = link.heightForWidth(self.width() - 32) if link.hasHeightForWidth() else -1
                gap = max(gap, (hint if hint > 0 else link.sizeHint().height()) + theme.px(10))
            rows.append((y, band, gap if index < len(stages) - 1 else 0))
            y += band + rows[-1][2]
        self._rows = rows
        for index, stage in enumerate(stages[:-1]):
            link = self.links.get(stage.role)
            if link is not None:
                top, band, gap = rows[index]
                link.setGeometry(QRect(16 + theme.px(8), top + band + theme.px(5), self.width() - 32 - theme.px(8),
                                       gap - theme.px(10)))
        self.setFixedHeight(max(y + 8, theme.px(self.BAND)))

    # -- words -------------------------------------------------------------------------
    def _figures(self, stage: FunnelStage) -> list[str]:
        """The figures beside a band: required, planned and actual volumes."""
        required = fmt.number(stage.required_whole) if stage.required_whole is not None else fmt.DASH
        parts = [self.tr("Required %1").replace("%1", required),
                 self.tr("Planned %1").replace("%1", fmt.number(stage.planned, 1) if stage.planned is not None
                                                else fmt.DASH)]
        if stage.actual_to_date is not None:
            parts.append(self.tr("Actual %1").replace("%1", fmt.number(stage.actual_to_date, 1)))
        return parts

    def _notes(self, stage: FunnelStage) -> list[str]:
        notes = []
        if stage.generate_by is not None and stage.required_whole:
            notes.append(self.tr("needed by %1").replace("%1", fmt.date(stage.generate_by, self.language)))
        if self._short(stage):
            notes.append(self.tr("plan is short of what the target needs"))
        return notes

    @staticmethod
    def _short(stage: FunnelStage) -> bool:
        return stage.planned is not None and stage.required is not None and stage.planned + 1e-9 < stage.required

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.analysis is None or self.plan is None or len(self._rows) != len(self.analysis.stages):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stages = self.analysis.stages
        bold, big, small, normal = self._fonts()
        funnel_w = self._funnel_width()
        centre = 16 + funnel_w / 2
        text_left, text_w = self._text_box()
        red = QColor(theme.STATUS_COLOURS[Status.OFF_TRACK])
        n = len(stages)
        for i, stage in enumerate(stages):
            y, band_h, gap = self._rows[i]
            top_w = funnel_w * (1.0 - 0.55 * i / max(1, n))
            bottom_w = funnel_w * (1.0 - 0.55 * (i + 1) / max(1, n))
            colour = QColor(theme.STAGE_COLOURS.get(stage.stage, theme.ACCENT))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([QPointF(centre - top_w / 2, y), QPointF(centre + top_w / 2, y),
                                           QPointF(centre + bottom_w / 2, y + band_h),
                                           QPointF(centre - bottom_w / 2, y + band_h)]))
            # inside the band: the stage and its required volume
            painter.setPen(QColor("white"))
            painter.setFont(bold)
            inner = QRectF(centre - bottom_w / 2 + 6, y + 4, bottom_w - 12, band_h / 2 - 2)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, enum_label(stage.role, self.language))
            painter.setFont(big)
            required = fmt.number(stage.required_whole) if stage.required_whole is not None else fmt.DASH
            painter.drawText(QRectF(inner.left(), y + band_h / 2 - 2, inner.width(), band_h / 2),
                             Qt.AlignmentFlag.AlignCenter, required)
            # beside the band: owner, figures, notes — each wrapped to the room there is
            line_y = y + theme.px(self.TEXT)
            for index, (text, font) in enumerate(self._text_lines(stage)):
                height = self._line_height(text, font, text_w)
                painter.setFont(font)
                painter.setPen(colour.darker(115) if index == 0 else red if index == 2 and self._short(stage)
                               else QColor(theme.MUTED) if index == 2 else QColor(theme.INK))
                painter.drawText(QRectF(text_left, line_y, text_w, height),
                                 int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), text)
                line_y += height
            if i < n - 1 and stage.role in self.weak_between:  # the weak link, between the two bands
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(theme.STATUS_TINTS[Status.OFF_TRACK]))
                painter.drawRoundedRect(QRectF(16, y + band_h + 2, self.width() - 24, gap - 4), 6, 6)
                painter.setBrush(red)
                painter.drawRect(QRectF(16, y + band_h + 2, theme.px(4), gap - 4))
        painter.end()


def _packed(parts: list[str], metrics: QFontMetrics, width: float) -> str:
    """``parts`` on as few lines as fit ``width``, never breaking one ("実績 2,669" stays
    whole: Japanese would otherwise break between any two characters)."""
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]}{_SEPARATOR}{part}" if lines else part
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(part)
    return "\n".join(lines)
