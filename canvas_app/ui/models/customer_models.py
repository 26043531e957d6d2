"""Item models of Step 2: competitors, channels, the differentiation matrix, journeys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...calc.differentiation import is_differentiator  # lives in calc; still importable from here
from ...model import CustomerJourney, Plan
from ...model.enums import Status
from ...text.labels import enum_label
from .. import fmt, theme
from .plan_table import CENTER, RIGHT, Column, Index, PlanTableModel

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them


def _lines(items: list[str]) -> str:
    return fmt.bullets(items) if items else fmt.DASH


class CompetitorsModel(PlanTableModel):
    def __init__(self, plan: Plan, parent=None) -> None:
        columns = [
            Column(lambda: translate("CustomerModels", "Competitor"), lambda c, p: c.name, bold=lambda c, p: True),
            Column(lambda: translate("CustomerModels", "Type"), lambda c, p: enum_label(c.kind)),
            Column(lambda: translate("CustomerModels", "Price"), lambda c, p: enum_label(c.price_position)),
            Column(lambda: translate("CustomerModels", "Strengths"), lambda c, p: _lines(c.strengths)),
            Column(lambda: translate("CustomerModels", "Weaknesses"), lambda c, p: _lines(c.weaknesses)),
        ]
        super().__init__(plan, lambda p: p.customers.competitors, columns, parent)


class ChannelsModel(PlanTableModel):
    def __init__(self, plan: Plan, parent=None) -> None:
        columns = [
            Column(lambda: translate("CustomerModels", "Channel"), lambda c, p: c.name, bold=lambda c, p: True),
            Column(lambda: translate("CustomerModels", "Online / offline"), lambda c, p: enum_label(c.kind)),
            Column(lambda: translate("CustomerModels", "Funnel stage"), lambda c, p: enum_label(c.phase)),
            Column(lambda: translate("CustomerModels", "Cost per month"), lambda c, p: fmt.money(c.monthly_cost_yen, p.settings.money_unit),
                   RIGHT),
            Column(lambda: translate("CustomerModels", "Owner"), lambda c, p: c.owner or fmt.DASH),
            Column(lambda: translate("CustomerModels", "Notes"), lambda c, p: c.notes or ""),
        ]
        super().__init__(plan, lambda p: p.customers.channels, columns, parent)


class DifferentiationModel(QAbstractTableModel):
    """Criteria × (us, competitor 1, …): scores 1–5; our differentiators highlighted."""

    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan

    def reload(self, plan: Plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    @property
    def _criteria(self):
        return self.plan.customers.criteria

    @property
    def _competitors(self):
        return self.plan.customers.competitors

    def row_of(self, item_id: str) -> int:
        return next((n for n, c in enumerate(self._criteria) if c.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2 + len(self._competitors)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._criteria):
            return None
        criterion, col = self._criteria[index.row()], index.column()
        ids = [c.id for c in self._competitors]
        ours = is_differentiator(criterion, ids)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return criterion.name
            if col == 1:
                text = fmt.DASH if criterion.our_score is None else str(criterion.our_score)
                return f"{text}  ★" if ours else text
            score = criterion.competitor_scores.get(ids[col - 2]) if col - 2 < len(ids) else None
            return fmt.DASH if score is None else str(score)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value) if col == 0 \
                else int(CENTER.value)
        if role == Qt.ItemDataRole.BackgroundRole and ours and col in (0, 1):
            return QBrush(QColor(theme.STATUS_TINTS[Status.ON_TRACK]))
        if role == Qt.ItemDataRole.FontRole and (col == 1 or (ours and col == 0)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and ours:
            return translate("CustomerModels", "Our differentiator: we score higher than every competitor.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return translate("CustomerModels", "Criterion")
            if section == 1:
                return translate("CustomerModels", "Us")
            if 0 <= section - 2 < len(self._competitors):
                return self._competitors[section - 2].name
            return None
        return str(section + 1) if 0 <= section < len(self._criteria) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class JourneyModel(QAbstractTableModel):
    """One customer journey: stages as columns, the aspects of a stage as rows."""

    ASPECTS = ("touchpoint", "channel", "customer_thought", "our_action")

    def __init__(self, plan: Plan, journey: CustomerJourney, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.journey = journey

    def aspect_label(self, aspect: str) -> str:
        return {
            "touchpoint": translate("CustomerModels", "Touchpoint"),
            "channel": translate("CustomerModels", "Channel"),
            "customer_thought": translate("CustomerModels", "Customer thinks"),
            "our_action": translate("CustomerModels", "Our action"),
        }[aspect]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ASPECTS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.journey.stages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.journey.stages):
            return None
        stage, aspect = self.journey.stages[index.column()], self.ASPECTS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if aspect == "channel":
                names = {c.id: c.name for c in self.plan.customers.channels}
                return names.get(stage.channel_id, fmt.DASH) if stage.channel_id else fmt.DASH
            return getattr(stage, aspect) or fmt.DASH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.journey.stages):
                return f"{section + 1}. {self.journey.stages[section].name}"
            return None
        return self.aspect_label(self.ASPECTS[section]) if 0 <= section < len(self.ASPECTS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
