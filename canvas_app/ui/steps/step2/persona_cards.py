"""The strip of persona cards: a list model over the plan's personas, a delegate that
paints each as a card (name, primary/secondary chip, role · segment, value statement)
and the view the workshop moves through with the keyboard.

The model follows the plan through the binder and repaints only what changed: a
keystroke in a persona's (or its value proposition's) field repaints that one card; a
persona added, removed or moved resets the list (the current persona is kept).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyle, QStyledItemDelegate, QWidget

from ....document import PlanChange
from ....model import Persona, Plan, ValueProposition
from ....model.enums import PersonaPriority
from ....text.labels import enum_label
from ... import theme
from ...editing.binder import Binder

Index = QModelIndex | QPersistentModelIndex
PERSONA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY_ROLE = Qt.ItemDataRole.UserRole + 2
WHO_ROLE = Qt.ItemDataRole.UserRole + 3
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 4

CHIP_COLOURS = MappingProxyType({PersonaPriority.PRIMARY: theme.ACCENT, PersonaPriority.SECONDARY: "#2f9e78",
                PersonaPriority.OTHER: theme.MUTED})
STATEMENT_BG = "#e8f0fc"
CARD_BORDER_SELECTED = theme.ACCENT


def value_of(plan: Plan, persona_id: str) -> ValueProposition | None:
    """The persona's value proposition (the first, should a file hold several)."""
    return next((vp for vp in plan.customers.value_propositions if vp.persona_id == persona_id), None)


class PersonaCardsModel(QAbstractListModel):
    """One row per persona of the plan, in the plan's order."""

    def __init__(self, binder: Binder, parent=None) -> None:
        super().__init__(parent)
        self.binder = binder
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._load()
        binder.changed.connect(self._changed)
        binder.rebound.connect(self.reset)

    def _personas(self) -> list[Persona]:
        return self.binder.plan.customers.personas

    def _load(self) -> None:
        self._ids = [p.id for p in self._personas()]
        self._rows = {item_id: row for row, item_id in enumerate(self._ids)}

    def reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _changed(self, change: PlanChange) -> None:
        personas = self._personas()
        if len(personas) != len(self._ids) or any(p.id != i for p, i in zip(personas, self._ids, strict=True)):
            self.reset()
            return
        row = self._rows.get(change.item_id or "", -1)
        if row < 0 and change.item_id:
            # A value proposition's field or the value proposition itself (its statement is on the card).
            vp = next((v for v in self.binder.plan.customers.value_propositions if v.id == change.item_id), None)
            if vp is None and change.slot.endswith("value_propositions") and not change.path:
                self._repaint_all()  # removed: whose it was is gone with it (a rare, structural step)
                return
            row = self._rows.get(vp.persona_id, -1) if vp is not None else -1
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
        elif change.item_id is None and change.path == "":
            self._repaint_all()

    def _repaint_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    # -- lookup -----------------------------------------------------------------------------
    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, persona_id: str | None) -> int:
        return self._rows.get(persona_id or "", -1)

    def persona_at(self, row: int) -> Persona | None:
        personas = self._personas()
        return personas[row] if 0 <= row < len(personas) and personas[row].id == self.id_at(row) else None

    # -- QAbstractListModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        # QAbstractListModel's own wants its argument; views and tests may call it without.
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        persona = self.persona_at(index.row())
        if persona is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return persona.name or self.tr("(unnamed persona)")
        if role == PERSONA_ID_ROLE:
            return persona.id
        if role == PRIORITY_ROLE:
            return persona.priority.value
        if role == WHO_ROLE:
            return " · ".join(x for x in (persona.role, persona.segment) if x)
        if role == STATEMENT_ROLE:
            vp = value_of(self.binder.plan, persona.id)
            return vp.statement if vp is not None else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [persona.name, enum_label(persona.priority, self.binder.language), persona.role, persona.segment]
            vp = value_of(self.binder.plan, persona.id)
            if vp is not None and vp.statement:
                parts.append(vp.statement)
            return "\n".join(p for p in parts if p)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PersonaCardDelegate(QStyledItemDelegate):
    """Paints a persona as a card of a fixed size (set by ``PersonaCardsView``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size = QSize(260, 140)

    def sizeHint(self, option, index: Index) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.size)

    def paint(self, painter: QPainter, option, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        pad = theme.px(10)
        rect = QRect(option.rect).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, theme.px(8), theme.px(8))
        painter.fillPath(path, QColor("#dfeafb" if selected else theme.CARD_BG))
        painter.setPen(QPen(QColor(CARD_BORDER_SELECTED if selected else theme.LINE),
                            theme.px(3) if selected and focused else theme.px(2) if selected else 1))
        painter.drawPath(path)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        base = QFont(option.font)

        # The chip (primary / secondary / other) at the top right.
        priority = PersonaPriority(index.data(PRIORITY_ROLE) or PersonaPriority.OTHER.value)
        chip_font = theme.scaled_font(base, 0.85, bold=True)
        chip_metrics = QFontMetrics(chip_font)
        chip_text = enum_label(priority, index.model().binder.language)
        chip = QRect(0, 0, chip_metrics.horizontalAdvance(chip_text) + theme.px(14), chip_metrics.height() + theme.px(4))
        chip.moveTopRight(inner.topRight())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CHIP_COLOURS.get(priority, theme.MUTED)))
        painter.drawRoundedRect(chip, theme.px(4), theme.px(4))
        painter.setFont(chip_font)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)

        # The name (bold, beside the chip), then role · segment (muted).
        name_font = theme.scaled_font(base, 1.1, bold=True)
        name_metrics = QFontMetrics(name_font)
        name_rect = QRect(inner.left(), inner.top(), inner.width() - chip.width() - theme.px(6),
                          name_metrics.height())
        painter.setFont(name_font)
        painter.setPen(QColor(theme.INK))
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name_metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                                 Qt.TextElideMode.ElideRight, name_rect.width()))
        top = max(name_rect.bottom(), chip.bottom()) + theme.px(4)
        metrics = QFontMetrics(base)
        who = index.data(WHO_ROLE) or ""
        if who:
            painter.setFont(base)
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(QRect(inner.left(), top, inner.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(who, Qt.TextElideMode.ElideRight, inner.width()))
        top += metrics.height() + theme.px(6)

        # The value statement, wrapped and cut to the lines that fit.
        statement = index.data(STATEMENT_ROLE) or ""
        if statement and top < inner.bottom():
            box = QRect(inner.left(), top, inner.width(), inner.bottom() - top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATEMENT_BG))
            painter.drawRoundedRect(box, theme.px(4), theme.px(4))
            painter.setPen(QColor(theme.INK))
            painter.setFont(base)
            _draw_wrapped(painter, statement, box.adjusted(theme.px(6), theme.px(3), -theme.px(6), -theme.px(3)), base)
        painter.restore()


def _draw_wrapped(painter: QPainter, text: str, box: QRect, font: QFont) -> None:
    """Draw ``text`` wrapped in ``box``; the last line that fits ends with "…" when cut."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text.replace("\n", " "), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(box.width())
        lines.append(line)
    layout.endLayout()
    y = box.top()
    step = metrics.lineSpacing()
    for n, line in enumerate(lines):
        if y + step > box.bottom() + 1:
            break
        last_fitting = y + 2 * step > box.bottom() + 1
        rest = text.replace("\n", " ")[line.textStart():]
        if last_fitting and n < len(lines) - 1:
            painter.drawText(QRect(box.left(), y, box.width(), step), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(rest, Qt.TextElideMode.ElideRight, box.width()))
            break
        painter.drawText(QRect(box.left(), y, box.width(), step), Qt.AlignmentFlag.AlignLeft,
                         rest[:line.textLength()])
        y += step


class PersonaCardsView(QListView):
    """A horizontal strip of persona cards. The arrows (← → and ↑ ↓) move between cards;
    the section handles Enter, Delete, Ctrl+D and Alt+arrows (see ``PersonasSection``).
    An empty strip says what goes here."""

    def __init__(self, model: PersonaCardsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaCards")
        self.setModel(model)
        self.delegate = PersonaCardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.empty_text = ""
        self._apply_zoom_sizes()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "delegate"):
            self._apply_zoom_sizes()  # the zoom changed
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        metrics = QFontMetrics(self.font())
        name = QFontMetrics(theme.scaled_font(self.font(), 1.1, bold=True))
        height = (2 * theme.px(10) + name.height() + theme.px(4) + metrics.height() + theme.px(6)
                  + 3 * metrics.lineSpacing() + theme.px(8))
        self.delegate.size = QSize(max(theme.px(300), metrics.averageCharWidth() * 34), height)
        self.setSpacing(theme.px(5))
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height + 2 * theme.px(5) + scroll + 2 * self.frameWidth())
        self.scheduleDelayedItemsLayout()

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # noqa: N802 - Qt's name
        # One card changed (a keystroke): repaint that card only. Qt's own handling
        # repaints the whole strip; the cards have a fixed size, so nothing moves.
        if top_left == bottom_right and top_left.isValid():
            self.viewport().update(self.visualRect(top_left))
            return
        super().dataChanged(top_left, bottom_right, roles)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        # A single row of cards: ↑ and ↓ move like ← and →, so either pair works.
        if action == QAbstractItemView.CursorAction.MoveUp:
            action = QAbstractItemView.CursorAction.MoveLeft
        elif action == QAbstractItemView.CursorAction.MoveDown:
            action = QAbstractItemView.CursorAction.MoveRight
        return super().moveCursor(action, modifiers)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(theme.MUTED))
            font = QFont(self.font())
            font.setItalic(True)
            painter.setFont(font)
            painter.drawText(self.viewport().rect().adjusted(theme.px(8), theme.px(8), -theme.px(8), -theme.px(8)),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                             self.empty_text)
