"""The customer journey grid: the stages of one journey as columns, what happens at
each stage as rows (stage name, touchpoint, channel, what the customer thinks, our action).

A thin adapter over ``CustomerJourney.stages`` (design.md §6): ``setData`` pushes an
``EditField`` on the stage through the binder; the model follows the plan by itself
(stages added, removed, moved or renamed; channels renamed or removed elsewhere).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ....document import PlanChange
from ....model import CustomerJourney, JourneyStage, Plan, new_id
from ... import fmt
from ...editing.binder import Binder
from ...editing.paths import field
from ...editing.table_model import ITEM_ID_ROLE, Index

#: The rows of the grid: the stage field each one edits.
ASPECTS = tuple(field(JourneyStage, name) for name in ("name", "touchpoint", "channel_id", "customer_thought",
                                                       "our_action"))
NAME_ROW, CHANNEL_ROW = ASPECTS.index("name"), ASPECTS.index("channel_id")
#: Rows edited as several lines of text (the others: one line, a choice).
MULTILINE_ROWS = frozenset(n for n, a in enumerate(ASPECTS) if a in ("touchpoint", "customer_thought", "our_action"))
NAME_BACKGROUND = "#eaf1fb"
# Built once: data() and flags() run hundreds of times per repaint.
_TOP_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
_CAPTION_ALIGN = _TOP_LEFT | int(Qt.TextFlag.TextWordWrap.value)  # long captions wrap
_READ_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT_FLAGS = _READ_FLAGS | Qt.ItemFlag.ItemIsEditable
_DISPLAY, _EDIT, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
_ALIGN, _FONT, _BACKGROUND = (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                              Qt.ItemDataRole.BackgroundRole)


def aspect_label(aspect: str) -> str:
    translate = QCoreApplication.translate
    return {
        "name": translate("JourneyGrid", "Stage"),
        "touchpoint": translate("JourneyGrid", "Touchpoint"),
        "channel_id": translate("JourneyGrid", "Channel"),
        "customer_thought": translate("JourneyGrid", "Customer thinks / feels"),
        "our_action": translate("JourneyGrid", "Our action"),
    }[aspect]


def default_stage_names() -> list[str]:
    """The five stages a new journey starts with, in the UI language."""
    translate = QCoreApplication.translate
    return [translate("JourneyGrid", "Awareness"), translate("JourneyGrid", "Consideration"),
            translate("JourneyGrid", "Purchase"), translate("JourneyGrid", "Retention"),
            translate("JourneyGrid", "Advocacy")]


def new_journey(persona_id: str) -> CustomerJourney:
    """A journey for ``persona_id`` with the five default stages (fresh ids)."""
    return CustomerJourney(id=new_id("journey"), persona_id=persona_id,
                           stages=[JourneyStage(id=new_id("stage"), name=name) for name in default_stage_names()])


def channel_choices(plan: Plan) -> list[tuple[str | None, str]]:
    """No channel, then the plan's channels by name."""
    none = QCoreApplication.translate("JourneyGrid", "— (no channel)")
    return [(None, none), *((c.id, c.name or fmt.DASH) for c in plan.customers.channels)]


def find_journey(plan: Plan, journey_id: str | None) -> CustomerJourney | None:
    if not journey_id:
        return None
    return next((j for j in plan.customers.journeys if j.id == journey_id), None)


class JourneyGridModel(QAbstractTableModel):
    """Columns: the stages of the journey ``journey_id`` (none: an empty grid); rows: ``ASPECTS``.

    Signals:
        refused(str): an edit was refused; the sentence is for the user.
    """

    refused = Signal(str)

    def __init__(self, binder: Binder, journey_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.journey_id: str | None = None
        self._stages: list[JourneyStage] = []
        self._ids: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._name_brush = QBrush(QColor(NAME_BACKGROUND))
        self.set_journey(journey_id)
        binder.changed.connect(self._changed)
        binder.rebound.connect(lambda: self.set_journey(None))

    # -- following the plan -------------------------------------------------------------------
    def journey(self) -> CustomerJourney | None:
        return find_journey(self.binder.plan, self.journey_id)

    def _load(self) -> None:
        journey = self.journey()
        if journey is None:
            self.journey_id = None
        self._stages = journey.stages if journey is not None else []
        self._ids = [s.id for s in self._stages]

    def set_journey(self, journey_id: str | None) -> None:
        """Show another journey (None: nothing)."""
        self.beginResetModel()
        self.journey_id = journey_id
        self._load()
        self.endResetModel()

    def _changed(self, change: PlanChange) -> None:
        journey = self.journey()
        stages = journey.stages if journey is not None else []
        if stages is not self._stages or [s.id for s in stages] != self._ids:
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        if not self._ids:
            return
        column = self.column_of(change.item_id)
        if column >= 0:
            self.dataChanged.emit(self.index(0, column), self.index(len(ASPECTS) - 1, column))
        elif change.item_id is None or change.slot.endswith("channels") \
                or any(c.id == change.item_id for c in self.binder.plan.customers.channels):
            # a channel renamed, added or removed: only the channel row shows it
            self.dataChanged.emit(self.index(CHANNEL_ROW, 0), self.index(CHANNEL_ROW, len(self._ids) - 1))

    # -- lookup -----------------------------------------------------------------------------------
    def stage_at(self, column: int) -> JourneyStage | None:
        return self._stages[column] if 0 <= column < len(self._stages) else None

    def id_at(self, column: int) -> str | None:
        return self._ids[column] if 0 <= column < len(self._ids) else None

    def column_of(self, stage_id: str | None) -> int:
        try:
            return self._ids.index(stage_id)
        except ValueError:
            return -1

    def channel_name(self, channel_id: str | None) -> str:
        if channel_id is None:
            return fmt.DASH
        channel = next((c for c in self.binder.plan.customers.channels if c.id == channel_id), None)
        return (channel.name or fmt.DASH) if channel is not None else fmt.DASH

    # -- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() or self.journey_id is None else len(ASPECTS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not (0 <= column < len(self._stages)) or not (0 <= row < self.rowCount()):
            return None
        if role == _DISPLAY or role == _EDIT or role == _TOOLTIP:
            aspect = ASPECTS[row]
            value = getattr(self._stages[column], aspect)
            if aspect == "channel_id":
                return self.channel_name(value) if role == _DISPLAY else (value if role == _EDIT else None)
            if role == _TOOLTIP:
                return value or None
            return (value or "") if role == _EDIT else value
        if role == _ALIGN:
            return _TOP_LEFT
        if role == _FONT and row == NAME_ROW:
            return self._bold
        if role == _BACKGROUND and row == NAME_ROW:
            return self._name_brush
        if role == ITEM_ID_ROLE:
            return self._stages[column].id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= len(self._stages) \
                or not 0 <= index.row() < self.rowCount() or self.binder.read_only:
            return False
        stage, aspect = self._stages[index.column()], ASPECTS[index.row()]
        if aspect == "channel_id":
            value = value or None
        elif aspect == "name":
            value = " ".join(str(value or "").split())  # a name is one line
        else:
            value = str(value or "").strip()
        if value == getattr(stage, aspect):
            return True  # nothing changed: no empty undo step
        message = self.binder.edit(stage.id, aspect, value, merge=False)
        if message:
            self.refused.emit(message)
            return False
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return aspect_label(ASPECTS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _CAPTION_ALIGN
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._ids) \
                and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_FLAGS if self.binder.read_only else _EDIT_FLAGS
