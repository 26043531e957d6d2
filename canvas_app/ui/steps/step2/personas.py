"""Step 2 — personas and their value propositions (ペルソナ・提供価値).

A strip of persona cards on top (the workshop's overview: who, primary or secondary,
the value statement), the buttons that add, duplicate, remove and move personas, and
below it the selected persona's form and its value proposition. Keys on the cards:
← → (↑ ↓) select, Enter adds a persona and goes to its name, Delete removes the
persona with its value proposition and journey, Ctrl+D duplicates it with them,
Alt+← / Alt+→ (Alt+↑ / Alt+↓) move it. Every one of these is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....commands import AddItem, MoveItem
from ....commands.structure import CompositeEdit, duplicate_item, remove_items
from ....model import Persona, ValueProposition, new_id
from ....model.enums import PersonaPriority
from ... import theme
from ...editing.binder import Binder
from ...editing.fields import INVALID_RED
from ...editing.paths import plan_slot
from .persona_cards import PersonaCardsModel, PersonaCardsView
from .persona_form import PersonaForm
from .section import Section
from .value_form import VALUES_SLOT, ValueForm

PERSONAS_SLOT = plan_slot("customers.personas")


class PersonasSection(Section):
    """Personas as cards, the selected persona's form and its value proposition.

    Attributes:
        model / cards: the persona cards.
        persona_form / value_form: the forms following the selected persona.
        add_button, duplicate_button, remove_button, left_button, right_button: the edits.
    """

    name = "personas"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        layout = QVBoxLayout(self)
        self.layout_ = layout
        self.model = PersonaCardsModel(binder, self)
        self.cards = PersonaCardsView(self.model)
        layout.addWidget(self.cards)

        buttons = QHBoxLayout()
        self.add_button, self.duplicate_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.left_button, self.right_button = QPushButton(), QPushButton()
        for button, slot in ((self.add_button, self.add_persona), (self.duplicate_button, self.duplicate_persona),
                             (self.remove_button, self.remove_persona),
                             (self.left_button, lambda: self.move_persona(-1)),
                             (self.right_button, lambda: self.move_persona(1))):
            button.clicked.connect(slot)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_RED};")
        self.message.hide()
        layout.addWidget(self.message)

        self.persona_form = PersonaForm(binder)
        layout.addWidget(self.persona_form)
        self.value_form = ValueForm(binder)
        layout.addWidget(self.value_form)
        layout.addStretch(1)
        self._apply_zoom_sizes()

        self._current_id: str | None = None
        self._row_before = 0  # where a removed persona was: its neighbour is selected next
        self.cards.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.cards.installEventFilter(self)
        self.retranslate()
        self._select_row(0)
        self._follow(self.current_id())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "layout_"):
            self._apply_zoom_sizes()
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        self.layout_.setContentsMargins(0, theme.px(8), 0, 0)
        self.layout_.setSpacing(theme.px(10))

    # -- Section ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Personas and value")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add Persona"))
        self.add_button.setToolTip(self.tr("Add a persona after the selected one (Enter on the cards)"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate the persona with its value proposition and journey "
                                                 "(Ctrl+D)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the persona with its value proposition and journey "
                                              "(Delete); Undo brings them back"))
        self.left_button.setText(self.tr("Move Left"))
        self.left_button.setToolTip(self.tr("Move the persona one place earlier (Alt+Left)"))
        self.right_button.setText(self.tr("Move Right"))
        self.right_button.setToolTip(self.tr("Move the persona one place later (Alt+Right)"))
        self.cards.empty_text = self.tr("No personas yet. Press Enter or “Add Persona” to describe a customer "
                                        "you want to win.")
        self.cards.viewport().update()
        self.persona_form.retranslate()
        self.value_form.retranslate()
        self._update_buttons()

    def select_item(self, item_id: str) -> bool:
        plan = self.binder.plan
        vp = next((v for v in plan.customers.value_propositions if v.id == item_id), None)
        persona_id = vp.persona_id if vp is not None else item_id
        if self.model.row_of(persona_id) < 0:
            return False
        self._select_row(self.model.row_of(persona_id))
        return True

    def plan_changed(self, change) -> None:
        if not change.path:
            self._update_buttons()  # structural: the count, what can move

    def rebound(self) -> None:
        self._select_row(0)
        self._follow(self.current_id())

    # -- selection ------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.model.id_at(self.cards.currentIndex().row())

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._follow(None)
            return
        index = self.model.index(row, 0)
        self.cards.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.cards.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._follow(self.model.id_at(current.row()))

    def _follow(self, persona_id: str | None) -> None:
        self.persona_form.set_item(persona_id)
        self.value_form.set_persona(persona_id)
        self._update_buttons()

    def _remember_current(self) -> None:
        self._current_id = self.current_id()

    def _restore_current(self) -> None:
        row = self.model.row_of(self._current_id)
        self._select_row(row if row >= 0 else min(self._row_before, self.model.rowCount() - 1))

    def _update_buttons(self) -> None:
        editable = not self.binder.read_only
        row, count = self.cards.currentIndex().row(), self.model.rowCount()
        has = 0 <= row < count
        self.add_button.setEnabled(editable)
        self.duplicate_button.setEnabled(editable and has)
        self.remove_button.setEnabled(editable and has)
        self.left_button.setEnabled(editable and has and row > 0)
        self.right_button.setEnabled(editable and has and row < count - 1)
        self.count_label.setText(self.tr("1 persona") if count == 1 else self.tr("%1 personas").replace("%1", str(count)))

    def _show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- structural edits (each one undo step) --------------------------------------------------------
    def add_persona(self) -> str | None:
        """Add a persona (with an empty value proposition) after the current one and go to its name."""
        if self.binder.read_only:
            return None
        persona = Persona(id=new_id("persona"), priority=_new_priority(self.binder.plan.customers.personas))
        vp = ValueProposition(id=new_id("vp"), persona_id=persona.id)
        row = self.cards.currentIndex().row()
        index = row + 1 if row >= 0 else None
        session = self.binder.session
        message = self.binder.run(lambda: CompositeEdit(session, [
            AddItem(session, PERSONAS_SLOT, persona, index), AddItem(session, VALUES_SLOT, vp)],
            self.tr("Add persona")))
        self._show_refusal(message)
        if message:
            return None
        self.select_item(persona.id)
        self.persona_form.fields["name"].setFocus(Qt.FocusReason.OtherFocusReason)
        return persona.id

    def remove_persona(self) -> None:
        persona_id = self.current_id()
        if persona_id is None:
            return
        self._row_before = self.cards.currentIndex().row()
        self._show_refusal(self.binder.run(lambda: remove_items(self.binder.session, [persona_id],
                                                                self.tr("Remove persona"))))

    def duplicate_persona(self) -> str | None:
        persona_id = self.current_id()
        persona = self.model.persona_at(self.cards.currentIndex().row())
        if persona_id is None or persona is None:
            return None
        made: list[str] = []

        def build():
            command, copy_id = duplicate_item(self.binder.session, persona_id, self.tr("%1 (copy)").replace(
                "%1", persona.name) if persona.name else "", self.tr("Duplicate persona"))
            made.append(copy_id)
            return command

        self._show_refusal(self.binder.run(build))
        if made:
            self.select_item(made[0])
        return made[0] if made else None

    def move_persona(self, delta: int) -> None:
        persona_id = self.current_id()
        if persona_id is None:
            return
        target = self.model.row_of(persona_id) + delta
        if not 0 <= target < self.model.rowCount():
            return
        self.binder.run(lambda: MoveItem(self.binder.session, persona_id, target, self.tr("Move persona")))
        self.select_item(persona_id)

    # -- keys on the cards ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.cards and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
                self.add_persona()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                self.remove_persona()
                return True
            if key == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
                self.duplicate_persona()
                return True
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Up,
                                                                    Qt.Key.Key_Right, Qt.Key.Key_Down):
                self.move_persona(-1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1)
                return True
        return super().eventFilter(watched, event)


def _new_priority(personas: list[Persona]) -> PersonaPriority:
    """The first persona is the primary one; later ones start as secondary."""
    return PersonaPriority.SECONDARY if personas else PersonaPriority.PRIMARY
