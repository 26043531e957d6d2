"""Step 2 — customer journey (カスタマージャーニー): per persona, the stages a customer
walks through (awareness → advocacy, editable) and at each one where they meet us, on
which channel, what they think and feel, and what we do.

Keys in the grid: Enter (or F2, or just typing) edits the current cell; Ctrl+Enter or
Insert adds a stage after the current one; Delete removes it; Ctrl+D duplicates it;
Alt+← / Alt+→ move it. Every structural edit is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ....commands import AddItem, MoveItem
from ....commands.structure import duplicate_item, remove_items
from ....document import PlanChange
from ....model import CustomerJourney, JourneyStage, new_id, ops
from ...editing.fields import INVALID_RED
from ...editing.paths import list_field, plan_slot
from ...widgets.card import Card, empty_hint, text_label
from .journey_grid import JourneyGrid
from .journey_model import NAME_ROW, JourneyGridModel, new_journey
from .section import Section

JOURNEYS = plan_slot("customers.journeys")
STAGES = list_field(CustomerJourney, "stages")  # of a journey


class JourneySection(Section):
    """The journey of one persona at a time, picked above the grid.

    Attributes:
        persona_combo: whose journey is shown.
        model / grid: the journey grid (stages as columns).
        create_button / remove_journey_button: a journey for the persona, or none.
    """

    name = "journey"

    def __init__(self, binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        self._persona_ids: list[str] = []
        self._persona_labels: list[str] = []
        self._journey_personas: dict[str, str] = {}
        self.card = Card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card)

        top = QHBoxLayout()
        self.persona_caption = QLabel()
        self.persona_combo = QComboBox()
        self.persona_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.persona_combo.setMinimumContentsLength(16)
        self.persona_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.persona_caption.setBuddy(self.persona_combo)
        self.persona_combo.currentIndexChanged.connect(self._persona_picked)
        self.remove_journey_button = QPushButton()
        self.remove_journey_button.clicked.connect(self.remove_journey)
        top.addWidget(self.persona_caption)
        top.addWidget(self.persona_combo, 1)
        top.addWidget(self.remove_journey_button)
        self.card.add_layout(top)

        self.hint = empty_hint("")
        self.card.add(self.hint)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_journey)
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button)
        create_row.addStretch(1)
        self.card.add_layout(create_row)

        self.model = JourneyGridModel(binder, None, self)
        self.grid = JourneyGrid(self.model)
        self.grid.installEventFilter(self)
        self.card.add(self.grid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_RED};")
        self.message.hide()
        self.card.add(self.message)
        self.model.refused.connect(self.show_refusal)
        binder.refused.connect(self.show_refusal)

        buttons = QHBoxLayout()
        self.add_button, self.duplicate_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.left_button, self.right_button = QPushButton(), QPushButton()
        for button, slot in ((self.add_button, self.add_stage), (self.duplicate_button, self.duplicate_stage),
                             (self.remove_button, self.remove_stage), (self.left_button, lambda: self.move_stage(-1)),
                             (self.right_button, lambda: self.move_stage(1))):
            button.clicked.connect(slot)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons_row = buttons
        self.card.add_layout(buttons)
        self.keys_help = self.card.add(text_label(name="muted"))

        self.grid.selectionModel().currentChanged.connect(lambda *_: self.update_state())
        self.model.modelReset.connect(self.update_state)
        self.retranslate()
        self.rebound()

    # -- texts ----------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Customer journey")

    def retranslate(self) -> None:
        self.card.set_title(self.tr("Customer journey"))
        self.persona_caption.setText(self.tr("&Persona:"))
        self.remove_journey_button.setText(self.tr("Remove journey"))
        self.remove_journey_button.setToolTip(self.tr("Remove this persona's journey; Undo brings it back"))
        self.create_button.setText(self.tr("&Create journey"))
        self.create_button.setToolTip(self.tr("Start a journey with five stages: awareness, consideration, "
                                              "purchase, retention, advocacy"))
        self.add_button.setText(self.tr("Add stage"))
        self.add_button.setToolTip(self.tr("Add a stage after the current one (Ctrl+Enter)"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate the current stage (Ctrl+D)"))
        self.remove_button.setText(self.tr("Remove stage"))
        self.remove_button.setToolTip(self.tr("Remove the current stage (Delete); Undo brings it back"))
        self.left_button.setText(self.tr("Move Left"))
        self.left_button.setToolTip(self.tr("Move the stage to the left (Alt+Left)"))
        self.right_button.setText(self.tr("Move Right"))
        self.right_button.setToolTip(self.tr("Move the stage to the right (Alt+Right)"))
        self.keys_help.setText(self.tr("Enter or typing edits a cell (Shift+Enter: new line) · Ctrl+Enter adds a "
                                       "stage · Delete removes it · Alt+←/→ moves it"))
        self.model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.model.rowCount() - 1))
        self._relist_personas(force=True)
        self.update_state()

    # -- persona picker -----------------------------------------------------------------------------
    def persona_id(self) -> str | None:
        n = self.persona_combo.currentIndex()
        return self._persona_ids[n] if 0 <= n < len(self._persona_ids) else None

    def journey_of(self, persona_id: str | None) -> CustomerJourney | None:
        if persona_id is None:
            return None
        return next((j for j in self.binder.plan.customers.journeys if j.persona_id == persona_id), None)

    def _relist_personas(self, force: bool = False) -> None:
        personas = self.binder.plan.customers.personas
        ids = [p.id for p in personas]
        labels = [p.name.strip() or self.tr("(unnamed persona)") for p in personas]
        if not force and ids == self._persona_ids and labels == self._persona_labels:
            return
        keep = self.persona_id()
        self.persona_combo.blockSignals(True)
        self.persona_combo.clear()
        self.persona_combo.addItems(labels)
        self._persona_ids, self._persona_labels = ids, labels
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.persona_combo.setCurrentIndex(row)
        self.persona_combo.blockSignals(False)
        if self.persona_id() != keep:
            self._show_journey()

    def select_persona(self, persona_id: str) -> bool:
        if persona_id not in self._persona_ids:
            return False
        self.persona_combo.setCurrentIndex(self._persona_ids.index(persona_id))
        return True

    def _persona_picked(self, _index: int) -> None:
        self._show_journey()

    def _show_journey(self) -> None:
        journey = self.journey_of(self.persona_id())
        journey_id = journey.id if journey is not None else None
        if journey_id != self.model.journey_id:
            self.model.set_journey(journey_id)
            if journey_id is not None:
                self.grid.setCurrentIndex(self.model.index(NAME_ROW, 0))
        self.update_state()

    # -- following the plan ------------------------------------------------------------------------
    def plan_changed(self, change: PlanChange) -> None:
        self._relist_personas()
        if change.item_id and self.model.column_of(change.item_id) < 0 and change.item_id != self.model.journey_id:
            # An undo or redo in another persona's journey: show where it happened.
            owner = self._journey_holding(change.item_id)
            persona_id = owner.persona_id if owner is not None else self._journey_personas.get(change.item_id)
            if persona_id is not None and persona_id != self.persona_id():
                self.select_persona(persona_id)
        # whose journey each was, for when one is gone (an undone "Create journey")
        self._journey_personas = {j.id: j.persona_id for j in self.binder.plan.customers.journeys}
        self._show_journey()

    def _journey_holding(self, item_id: str) -> CustomerJourney | None:
        for journey in self.binder.plan.customers.journeys:
            if journey.id == item_id or any(s.id == item_id for s in journey.stages):
                return journey
        return None

    def rebound(self) -> None:
        self._journey_personas = {j.id: j.persona_id for j in self.binder.plan.customers.journeys}
        self._relist_personas(force=True)
        self.model.set_journey(None)
        self._show_journey()

    def update_state(self) -> None:
        """Hints, buttons and the grid follow: no persona, no journey, or a journey."""
        editable = not self.binder.read_only
        has_persona = self.persona_id() is not None
        has_journey = self.model.journey_id is not None
        has_stage = self.current_stage_id() is not None
        if not has_persona:
            self.hint.setText(self.tr("No personas yet. Add them on the Personas tab first; each persona "
                                      "then gets its own journey here."))
        elif not has_journey:
            self.hint.setText(self.tr("This persona has no journey yet. Create one: it starts with the five "
                                      "stages from awareness to advocacy, which you can rename, add to or remove."))
        elif not self.model.columnCount():
            self.hint.setText(self.tr("This journey has no stages. Add one with “Add stage”."))
        self.hint.setVisible(not has_persona or not has_journey or not self.model.columnCount())
        self.persona_caption.setVisible(has_persona)
        self.persona_combo.setVisible(has_persona)
        self.create_button.setVisible(has_persona and not has_journey)
        self.create_button.setEnabled(editable)
        self.remove_journey_button.setVisible(has_journey)
        self.remove_journey_button.setEnabled(editable)
        self.grid.setVisible(has_journey and bool(self.model.columnCount()))
        self.keys_help.setVisible(has_journey)
        for button in (self.add_button, self.duplicate_button, self.remove_button, self.left_button,
                       self.right_button):
            button.setVisible(has_journey)
        self.add_button.setEnabled(editable and has_journey)
        column = self.grid.currentIndex().column()
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(editable and has_stage)
        self.left_button.setEnabled(editable and has_stage and column > 0)
        self.right_button.setEnabled(editable and has_stage and column < self.model.columnCount() - 1)

    def show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- journeys -------------------------------------------------------------------------------------
    def create_journey(self) -> str | None:
        """Give the shown persona a journey with the five default stages (one undo step)."""
        persona_id = self.persona_id()
        if persona_id is None or self.binder.read_only or self.journey_of(persona_id) is not None:
            return None
        journey = new_journey(persona_id)
        self.show_refusal(self.binder.run(lambda: AddItem(self.binder.session, JOURNEYS, journey, None,
                                                          self.tr("Create journey"))))
        self._show_journey()
        self.grid.setFocus()
        self.grid.setCurrentIndex(self.model.index(NAME_ROW, 0))
        return journey.id

    def remove_journey(self) -> None:
        journey_id = self.model.journey_id
        if journey_id is None:
            return
        self.show_refusal(self.binder.run(lambda: remove_items(self.binder.session, [journey_id],
                                                               self.tr("Remove journey"))))
        self._show_journey()
        self.create_button.setFocus()

    # -- stages ---------------------------------------------------------------------------------------
    def current_stage_id(self) -> str | None:
        return self.model.id_at(self.grid.currentIndex().column())

    def select_stage(self, stage_id: str, row: int | None = None) -> bool:
        column = self.model.column_of(stage_id)
        if column < 0:
            return False
        row = self.grid.currentIndex().row() if row is None else row
        self.grid.setCurrentIndex(self.model.index(max(0, row), column))
        self.grid.scrollTo(self.model.index(max(0, row), column))
        return True

    def add_stage(self) -> str | None:
        """A new stage after the current one; its name cell opens for typing."""
        journey_id = self.model.journey_id
        if journey_id is None or self.binder.read_only:
            return None
        stage = JourneyStage(id=new_id("stage"))
        column = self.grid.currentIndex().column()
        index = column + 1 if column >= 0 else None
        message = self.binder.run(lambda: AddItem(self.binder.session, ops.Slot(journey_id, STAGES), stage,
                                                  index, self.tr("Add stage")))
        self.show_refusal(message)
        if message:
            return None
        self.select_stage(stage.id, NAME_ROW)
        self.grid.setFocus()
        self.grid.edit(self.model.index(NAME_ROW, self.model.column_of(stage.id)))
        return stage.id

    def remove_stage(self) -> None:
        stage_id = self.current_stage_id()
        if stage_id is None or self.binder.read_only:
            return
        column, row = self.grid.currentIndex().column(), self.grid.currentIndex().row()
        self.show_refusal(self.binder.run(lambda: remove_items(self.binder.session, [stage_id],
                                                               self.tr("Remove stage"))))
        if self.model.columnCount():
            self.grid.setCurrentIndex(self.model.index(max(0, row), min(column, self.model.columnCount() - 1)))
        self.update_state()

    def duplicate_stage(self) -> str | None:
        stage_id = self.current_stage_id()
        if stage_id is None or self.binder.read_only:
            return None
        stage = self.model.stage_at(self.model.column_of(stage_id))
        name = self.tr("%1 (copy)").replace("%1", stage.name) if stage.name else None
        made: list[str] = []

        def build():
            command, copy_id = duplicate_item(self.binder.session, stage_id, name, self.tr("Duplicate stage"))
            made.append(copy_id)
            return command

        self.show_refusal(self.binder.run(build))
        if made:
            self.select_stage(made[0])
        return made[0] if made else None

    def move_stage(self, delta: int) -> None:
        stage_id = self.current_stage_id()
        if stage_id is None or self.binder.read_only:
            return
        target = self.model.column_of(stage_id) + delta
        if not 0 <= target < self.model.columnCount():
            return
        row = self.grid.currentIndex().row()
        self.binder.run(lambda: MoveItem(self.binder.session, stage_id, target, self.tr("Move stage")))
        self.select_stage(stage_id, row)
        self.update_state()

    # -- navigation ----------------------------------------------------------------------------------
    def select_item(self, item_id: str) -> bool:
        journey = self._journey_holding(item_id)
        if journey is None or not self.select_persona(journey.persona_id):
            return False
        self._show_journey()
        if item_id != journey.id:
            self.select_stage(item_id, NAME_ROW)
        self.grid.setFocus()
        return True

    # -- keys -----------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.grid and event.type() == QEvent.Type.KeyPress and not self.grid.is_editing():
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if (enter and mods == Qt.KeyboardModifier.ControlModifier) or (key == Qt.Key.Key_Insert and not mods):
                self.add_stage()
                return True
            if enter and not mods:
                if self.grid.currentIndex().isValid():
                    self.grid.edit(self.grid.currentIndex())
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.remove_stage()
                return True
            if key == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
                self.duplicate_stage()
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods == Qt.KeyboardModifier.AltModifier:
                self.move_stage(-1 if key == Qt.Key.Key_Left else 1)
                return True
        return super().eventFilter(watched, event)

