"""The value proposition of the selected persona: pains → pain relievers, gains → gain
creators, products and services, and the one-line value statement.

While the statement is empty its placeholder shows a draft built from the other fields
(``text.value_statement``); "Use suggestion" puts the draft in, as one undo step. A
persona without a value proposition (one from an older file) offers "Add value
proposition" instead of the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ....commands import AddItem
from ....document import PlanChange
from ....model import Persona, ValueProposition, new_id
from ....text.value_statement import suggest_statement
from ... import theme
from ...editing.binder import Binder
from ...editing.fields import LineField, TextField
from ...editing.form import FieldRow
from ...editing.paths import field, plan_slot
from ...widgets.card import Card, empty_hint
from .persona_cards import value_of

VALUES_SLOT = plan_slot("customers.value_propositions")
STATEMENT = field(ValueProposition, "statement")
#: The list fields, in pairs: what hurts and what relieves it, what they gain and what creates it.
LIST_FIELDS = ("pains", "pain_relievers", "gains", "gain_creators", "products")


def suggestion_for(persona: Persona | None, vp: ValueProposition | None, lang: str) -> str:
    """The statement the fields suggest ("" without a persona or anything to say)."""
    if persona is None:
        return ""
    if vp is None:
        return suggest_statement(persona.name, [], [], [], [], [], lang)
    return suggest_statement(persona.name, vp.pains, vp.pain_relievers, vp.gains, vp.gain_creators, vp.products,
                             lang)


class ValueForm(Card):
    """The value proposition of one persona.

    Attributes:
        fields: field path → its field (``statement`` is a ``LineField``, the lists ``TextField``s).
        persona_id / vp_id: what is shown ("" for nothing).

    Signals:
        valueAdded(str): a value proposition was added from here (its id).
    """

    valueAdded = Signal(str)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.binder = binder
        self.persona_id = ""
        self.vp_id = ""
        self.missing_hint = empty_hint("")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_value)
        missing = QHBoxLayout()
        missing.addWidget(self.missing_hint, 1)
        missing.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_layout(missing)

        self.fields: dict[str, QWidget] = {"statement": LineField(binder, STATEMENT, "")}
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self.use_suggestion)
        statement = QHBoxLayout()
        statement.setSpacing(theme.px(8))
        self.statement_row = FieldRow(self.fields["statement"])
        statement.addWidget(self.statement_row, 1)
        statement.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.add_layout(statement)

        for path in LIST_FIELDS:
            self.fields[path] = TextField(binder, path, "", rows=3, lines=True)
        self.rows = {path: FieldRow(self.fields[path]) for path in LIST_FIELDS}
        self.rows["statement"] = self.statement_row
        self.grid = QGridLayout()
        self.arrows = [QLabel("→"), QLabel("→")]
        for n, (left, right) in enumerate((("pains", "pain_relievers"), ("gains", "gain_creators"))):
            self.grid.addWidget(self.rows[left], n, 0)
            self.arrows[n].setObjectName("muted")
            self.grid.addWidget(self.arrows[n], n, 1, Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(self.rows[right], n, 2)
        self.grid.addWidget(self.rows["products"], 2, 0, 1, 3)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        self.add_layout(self.grid)
        self._apply_grid_sizes()

        binder.changed.connect(self._changed)
        binder.rebound.connect(lambda: self.set_persona(self.persona_id))
        self.retranslate()
        self.set_persona("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "grid"):
            self._apply_grid_sizes()
        super().changeEvent(event)

    def _apply_grid_sizes(self) -> None:
        self.grid.setHorizontalSpacing(theme.px(8))
        self.grid.setVerticalSpacing(theme.px(8))

    def retranslate(self) -> None:
        self.set_title(self.tr("Value proposition"))
        self.statement_row.set_caption(self.tr("Value s&tatement (one line)"))
        self.suggest_button.setText(self.tr("Use Suggestion"))
        self.suggest_button.setToolTip(self.tr("Write the suggested statement (built from the fields below) "
                                               "into the value statement"))
        captions = {
            "pains": self.tr("&Pains (one per line)"),
            "pain_relievers": self.tr("Pain relievers: how we remove them"),
            "gains": self.tr("G&ains (one per line)"),
            "gain_creators": self.tr("Gain creators: how we deliver them"),
            "products": self.tr("Products and services (one per line)"),
        }
        for path, caption in captions.items():
            self.rows[path].set_caption(caption)
        self.add_button.setText(self.tr("Add Value Proposition"))
        self.missing_hint.setText(self.tr("This persona has no value proposition yet: the pains we relieve, "
                                          "the gains we create and the products that do it."))
        self.update_suggestion()

    # -- following the selection and the plan ------------------------------------------------------
    def set_persona(self, persona_id: str | None) -> None:
        self.persona_id = persona_id or ""
        vp = value_of(self.binder.plan, self.persona_id) if self.persona_id else None
        self.vp_id = vp.id if vp is not None else ""
        for field in self.fields.values():
            field.set_item(self.vp_id)
        missing = bool(self.persona_id) and vp is None
        self.missing_hint.setVisible(missing)
        self.add_button.setVisible(missing)
        self.add_button.setEnabled(not self.binder.read_only)
        self.update_suggestion()

    def _changed(self, change: PlanChange) -> None:
        if change.slot.endswith("value_propositions") or (not change.path and change.item_id == self.persona_id):
            vp = value_of(self.binder.plan, self.persona_id) if self.persona_id else None
            if (vp.id if vp is not None else "") != self.vp_id:
                self.set_persona(self.persona_id)  # added, removed or back again with undo
                return
        if change.item_id and change.item_id in (self.persona_id, self.vp_id):
            self.update_suggestion()

    def _persona(self) -> Persona | None:
        persona = next((p for p in self.binder.plan.customers.personas if p.id == self.persona_id), None)
        return persona if self.persona_id else None

    def suggestion(self) -> str:
        vp = value_of(self.binder.plan, self.persona_id) if self.vp_id else None
        return suggestion_for(self._persona(), vp, self.binder.language.code)

    def update_suggestion(self) -> None:
        text = self.suggestion() if self.vp_id else ""
        statement = self.fields["statement"]
        statement.setPlaceholderText(text or (self.tr("Why this persona chooses us, in one sentence")
                                              if self.vp_id else ""))
        statement.setToolTip(text)
        vp = value_of(self.binder.plan, self.persona_id) if self.vp_id else None
        self.suggest_button.setEnabled(bool(text) and vp is not None and vp.statement != text
                                       and not self.binder.read_only)

    # -- edits ----------------------------------------------------------------------------------
    def use_suggestion(self) -> None:
        text = self.suggestion()
        if self.vp_id and text:
            self.binder.edit(self.vp_id, STATEMENT, text, merge=False, text=self.tr("Use suggested statement"))

    def add_value(self) -> str:
        """Give the persona a value proposition (statement drafted from what is there)."""
        persona = self._persona()
        if persona is None or self.vp_id or self.binder.read_only:
            return ""
        vp = ValueProposition(id=new_id("vp"), persona_id=persona.id)
        vp.statement = suggestion_for(persona, vp, self.binder.language.code)
        message = self.binder.run(lambda: AddItem(self.binder.session, VALUES_SLOT, vp, None,
                                                  self.tr("Add value proposition")))
        if message:
            return ""
        self.fields["pains"].setFocus()
        self.valueAdded.emit(vp.id)
        return vp.id
