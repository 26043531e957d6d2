"""The revenue funnel drawn as a funnel: one band per stage (leads → won deals), the
required volume for the revenue target, the planned volume and the actual to date,
conversion rates between the bands, weak links outlined in red."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...calc.funnel import FunnelAnalysis
from ...model import Plan
from ...model.enums import Status
from ...text.labels import enum_label
from ...text.language import Language
from .. import fmt, theme


class FunnelChart(QWidget):
    """Paints a ``FunnelAnalysis``. ``BAND`` and ``GAP`` are pixels at 100 % zoom.

    Attributes:
        weak_roles: node ids of the stages (or rates) flagged as weak links.
    """

    BAND = 58
    GAP = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: FunnelAnalysis | None = None
        self.plan: Plan | None = None
        self.language = Language("en")  # set with the analysis
        self.weak_ids: set[str] = set()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_size()

    def _height(self, stages: int) -> int:
        return 8 + stages * theme.px(self.BAND) + (stages - 1) * theme.px(self.GAP) + 8

    def _update_size(self) -> None:
        self.setMinimumWidth(480)  # not zoomed: a zoomed-in page on a 1280-pixel screen is narrow
        self.setFixedHeight(self._height((len(self.analysis.stages) or 1) if self.analysis else 5))

    def set_analysis(self, plan: Plan, analysis: FunnelAnalysis, language: Language) -> None:
        self.plan, self.analysis, self.language = plan, analysis, language
        self.weak_ids = {link.node_id for link in analysis.weak_links if link.node_id}
        self._update_size()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._update_size()  # the zoom changed
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(theme.px(900), self.height())

    def _figures(self, stage) -> str:
        """The line beside a band: required, planned and actual volumes."""
        required = fmt.number(stage.required_whole) if stage.required_whole is not None else fmt.DASH
        parts = [self.tr("Required %1").replace("%1", required),
                 self.tr("Planned %1").replace("%1", fmt.number(stage.planned, 1) if stage.planned is not None
                                                else fmt.DASH)]
        if stage.actual_to_date is not None:
            parts.append(self.tr("Actual %1").replace("%1", fmt.number(stage.actual_to_date, 1)))
        return "   ".join(parts)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.analysis is None or self.plan is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stages = self.analysis.stages
        band_h, gap, line = theme.px(self.BAND), theme.px(self.GAP), theme.px(20)
        # The figures beside the bands keep their room; the funnel gives way (zoom).
        needed = max((self.fontMetrics().horizontalAdvance(self._figures(stage)) for stage in self.analysis.stages),
                     default=0)
        funnel_w = max(self.width() * 0.3, min(self.width() * 0.46, theme.px(520),
                                               self.width() - 16 - theme.px(24) - 8 - needed))
        centre = 16 + funnel_w / 2
        text_left = 16 + funnel_w + theme.px(24)
        text_w = self.width() - text_left - 8
        n = len(stages)
        bold = theme.scaled_font(self.font(), 1.05, bold=True)
        big = theme.scaled_font(self.font(), 1.35, bold=True)
        small = theme.scaled_font(self.font(), 0.9)
        for i, stage in enumerate(stages):
            y = 8 + i * (band_h + gap)
            top_w = funnel_w * (1.0 - 0.55 * i / max(1, n))
            bottom_w = funnel_w * (1.0 - 0.55 * (i + 1) / max(1, n))
            band = QPolygonF([QPointF(centre - top_w / 2, y), QPointF(centre + top_w / 2, y),
                              QPointF(centre + bottom_w / 2, y + band_h), QPointF(centre - bottom_w / 2, y + band_h)])
            colour = QColor(theme.STAGE_COLOURS.get(stage.stage, theme.ACCENT))
            weak = stage.node_id in self.weak_ids or stage.rate_node_id in self.weak_ids
            painter.setBrush(colour)
            painter.setPen(QPen(QColor(theme.STATUS_COLOURS[Status.OFF_TRACK]), 4) if weak else Qt.PenStyle.NoPen)
            painter.drawPolygon(band)
            # inside the band: the stage and its required volume
            painter.setPen(QColor("white"))
            painter.setFont(bold)
            inner = QRectF(centre - bottom_w / 2 + 6, y + 4, bottom_w - 12, band_h / 2 - 2)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, enum_label(stage.role, self.language))
            painter.setFont(big)
            required = fmt.number(stage.required_whole) if stage.required_whole is not None else fmt.DASH
            painter.drawText(QRectF(inner.left(), y + band_h / 2 - 2, inner.width(), band_h / 2),
                             Qt.AlignmentFlag.AlignCenter, required)
            # beside the band: owner, planned, actual, due date
            painter.setFont(small)
            painter.setPen(colour.darker(115))
            owner = enum_label(stage.stage, self.language)
            painter.drawText(QRectF(text_left, y, text_w, line), Qt.AlignmentFlag.AlignLeft, owner)
            painter.setPen(QColor(theme.INK))
            painter.setFont(self.font())
            short = (stage.planned is not None and stage.required is not None
                     and stage.planned + 1e-9 < stage.required)
            text = self._figures(stage)
            painter.drawText(QRectF(text_left, y + line * 0.9, text_w, line * 1.1), Qt.AlignmentFlag.AlignLeft, text)
            notes = []
            if stage.generate_by is not None and stage.required_whole:
                notes.append(self.tr("needed by %1").replace("%1", fmt.date(stage.generate_by, self.language)))
            if short:
                notes.append(self.tr("plan is short of what the target needs"))
            if weak:
                notes.append(self.tr("weak link"))
            if notes:
                painter.setPen(QColor(theme.STATUS_COLOURS[Status.OFF_TRACK]) if (short or weak)
                               else QColor(theme.MUTED))
                painter.setFont(small)
                painter.drawText(QRectF(text_left, y + line * 1.9, text_w, line), Qt.AlignmentFlag.AlignLeft, " · ".join(notes))
                painter.setFont(self.font())
            # the conversion rate to the next stage
            if i < n - 1:
                gy = y + band_h
                painter.setPen(QColor(theme.MUTED))
                rate = fmt.percent(stage.rate) if stage.rate is not None else fmt.DASH
                label = f"↓ {rate}"
                painter.setFont(bold)
                rate_weak = stage.rate_node_id in self.weak_ids
                if rate_weak:
                    painter.setPen(QColor(theme.STATUS_COLOURS[Status.OFF_TRACK]))
                painter.drawText(QRectF(centre - theme.px(120), gy, theme.px(240), gap), Qt.AlignmentFlag.AlignCenter, label)
                painter.setFont(self.font())
        painter.end()
