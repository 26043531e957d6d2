"""The form of the selected persona: every field of ``Persona``, in three columns so a
projected 1000 px page shows it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from ....model.enums import PersonaPriority
from ....text.labels import enum_label
from ....text.language import Language
from ... import theme
from ...editing.binder import Binder
from ...editing.choice_fields import ChoiceField
from ...editing.fields import LineField, TextField
from ...editing.form import FieldRow
from ...widgets.card import Card

#: The list fields (one entry per line), in the order the workshop talks them through.
LIST_FIELDS = ("challenges", "needs", "values", "buying_triggers", "objections", "information_sources")


def priority_choices(lang: Language) -> list[tuple[PersonaPriority, str]]:
    return [(priority, enum_label(priority, lang)) for priority in PersonaPriority]


class PersonaForm(Card):
    """Name, priority, segment, role, description and the six lists of one persona.

    Attributes:
        fields: field path → its field widget (``LineField``, ``ChoiceField``, ``TextField``).
        rows: field path → its ``FieldRow`` (caption and refusal message).
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.fields: dict[str, QWidget] = {
            "name": LineField(binder, "name", ""),
            "priority": ChoiceField(binder, "priority", "", choices=lambda plan: priority_choices(binder.language)),
            "segment": LineField(binder, "segment", ""),
            "role": LineField(binder, "role", ""),
            "description": TextField(binder, "description", "", rows=2),
        }
        for path in LIST_FIELDS:
            self.fields[path] = TextField(binder, path, "", rows=3, lines=True)
        self.rows = {path: FieldRow(field) for path, field in self.fields.items()}
        grid = QGridLayout()
        self.grid = grid
        grid.addWidget(self.rows["name"], 0, 0, 1, 2)
        grid.addWidget(self.rows["priority"], 0, 2)
        # Segment and role are long phrases ("FP&A manager (40s); builds the monthly pack"): full width.
        grid.addWidget(self.rows["segment"], 1, 0, 1, 3)
        grid.addWidget(self.rows["role"], 2, 0, 1, 3)
        grid.addWidget(self.rows["description"], 3, 0, 1, 3)
        for n, path in enumerate(LIST_FIELDS):
            grid.addWidget(self.rows[path], 4 + n // 3, n % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.add_layout(grid)
        self._apply_grid_sizes()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "grid"):
            self._apply_grid_sizes()
        super().changeEvent(event)

    def _apply_grid_sizes(self) -> None:
        self.grid.setHorizontalSpacing(theme.px(12))
        self.grid.setVerticalSpacing(theme.px(8))

    def retranslate(self) -> None:
        self.set_title(self.tr("Persona"))
        captions = {
            "name": self.tr("&Name"),
            "priority": self.tr("Pr&iority"),
            "segment": self.tr("Se&gment"),
            "role": self.tr("&Role"),
            "description": self.tr("&Description"),
            "challenges": self.tr("&Challenges (one per line)"),
            "needs": self.tr("Needs (one per line)"),
            "values": self.tr("Va&lues (one per line)"),
            "buying_triggers": self.tr("&Buying triggers (one per line)"),
            "objections": self.tr("&Objections (one per line)"),
            "information_sources": self.tr("Information &sources (one per line)"),
        }
        for path, caption in captions.items():
            self.rows[path].set_caption(caption)
        self.fields["name"].setPlaceholderText(self.tr("e.g. Head of E-commerce at a mid-market brand"))
        self.fields["segment"].setPlaceholderText(self.tr("Industry, size, region"))
        self.fields["role"].setPlaceholderText(self.tr("Position, age, say in the purchase"))
        # The choices' labels are translated: list them again in the new language.
        choice = self.fields["priority"]
        choice._values, choice._labels = [], []  # noqa: SLF001 - force a relist
        choice.reload()

    def set_item(self, persona_id: str | None) -> None:
        for field in self.fields.values():
            field.set_item(persona_id or "")
