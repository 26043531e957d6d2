"""The form of the initiative selected in the roadmap's table: every field of
``Initiative`` — name, description, owner (責任者), dates, budget in the plan's money
unit, status, the business goal, the KPIs it moves (ticked in the KPI tree's order), the
persona and the channel — and its milestones, a small table edited like the others.

Every change is one undo step. What the plan refuses (an end before the start, a start
after the end, a negative budget, a milestone outside the initiative's dates) is said at
the field in one sentence and never stored.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from ....calc.tree_shape import tree_shape
from ....document import PlanChange
from ....model import Initiative, Milestone, Plan, new_id, ops
from ....model.enums import InitiativeStatus
from ....text.language import Language
from ... import fmt, theme
from ...editing.binder import Binder
from ...editing.choice_fields import CheckListField, ChoiceField
from ...editing.fields import LineField, TextField
from ...editing.form import FieldRow, date_field, money_field
from ...editing.table_editor import ItemTable
from ...widgets.card import Card, text_label
from .kpi_form import enum_choices, goal_choices, no_choice
from .roadmap_models import MilestonesModel

#: Where each field sits: (row, column, rows, columns) in four columns.
PLACES = MappingProxyType({
    "name": (0, 0, 1, 2), "status": (0, 2, 1, 1), "owner": (0, 3, 1, 1),
    "start": (1, 0, 1, 1), "end": (1, 1, 1, 1), "budget_yen": (1, 2, 1, 1), "goal_id": (1, 3, 1, 1),
    "persona_id": (2, 0, 1, 2), "channel_id": (2, 2, 1, 2),
    "description": (3, 0, 1, 2), "kpi_ids": (3, 2, 2, 2),
    "milestones": (5, 0, 1, 4),  # the full width: its buttons must not widen the page at 150 %
})
#: The indentation of a KPI one level further down the tree, in the list of KPIs.
KPI_INDENT = "\u3000"  # an ideographic space: as wide as a Japanese character in both languages


def kpi_choices(plan: Plan) -> list[tuple[str, str]]:
    """Every KPI in the tree's order, indented by its depth."""
    shape = tree_shape(plan)
    return [(node_id, KPI_INDENT * len(shape.ancestors(node_id)) + (shape.nodes[node_id].name or node_id))
            for node_id in shape.order]


def persona_choices(plan: Plan, lang: Language) -> list[tuple[str | None, str]]:
    return [no_choice(lang), *((p.id, p.name or p.id) for p in plan.customers.personas)]


def channel_choices(plan: Plan, lang: Language) -> list[tuple[str | None, str]]:
    return [no_choice(lang), *((c.id, c.name or c.id) for c in plan.customers.channels)]


class KpiLinksField(CheckListField):
    """The KPIs an initiative moves, ticked in a list shaped like the KPI tree. Listed
    again only while seen: an edit of the tree on the other tab is caught up on show."""

    def __init__(self, binder: Binder, path: str, item_id: str | None = None) -> None:
        self._stale = False
        super().__init__(binder, path, item_id, choices=kpi_choices)

    def _maybe_reload(self, change: PlanChange) -> None:
        if not self.isVisible():
            self._stale = True
            return
        super()._maybe_reload(change)

    def reload(self) -> None:
        self._stale = False
        super().reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)


class InitiativeForm(Card):
    """Every field of one initiative, following the table's selection (``set_initiative``).

    Attributes:
        fields: field path → its field widget.
        rows: field path → its ``FieldRow`` (caption and refusal message).
        milestones: the milestones' table with its buttons (``milestones.model``).
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.binder = binder
        self.initiative_id = ""
        lang = lambda: binder.language  # noqa: E731 - read at each listing: the language may switch
        self.fields: dict[str, QWidget] = {
            "name": LineField(binder, "name", ""),
            "status": ChoiceField(binder, "status", "", choices=lambda p: enum_choices(InitiativeStatus, lang())),
            "owner": LineField(binder, "owner", ""),
            "start": date_field(binder, "start", ""),
            "end": date_field(binder, "end", ""),
            "budget_yen": money_field(binder, "budget_yen", ""),
            "goal_id": ChoiceField(binder, "goal_id", "", choices=lambda p: goal_choices(p, lang())),
            "persona_id": ChoiceField(binder, "persona_id", "", choices=lambda p: persona_choices(p, lang())),
            "channel_id": ChoiceField(binder, "channel_id", "", choices=lambda p: channel_choices(p, lang())),
            "description": TextField(binder, "description", "", rows=3),
            "kpi_ids": KpiLinksField(binder, "kpi_ids", ""),
        }
        for field in self.fields.values():
            if isinstance(field, QComboBox):
                field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                field.setMinimumContentsLength(6)
        self.milestones = ItemTable(MilestonesModel(binder, self), new_item=lambda: Milestone(id=new_id("ms")))
        self.rows = {path: FieldRow(field) for path, field in self.fields.items()}
        self.rows["milestones"] = FieldRow(self.milestones)
        self.hint = text_label(name="muted")
        grid = QGridLayout()
        self.grid = grid
        for path, (row, column, rows, columns) in PLACES.items():
            grid.addWidget(self.rows[path], row, column, rows, columns, Qt.AlignmentFlag.AlignTop)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.add(self.hint)
        self.add_layout(grid)
        self._apply_sizes()
        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(lambda: self.set_initiative(None))
        self.retranslate()
        self.set_initiative(None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "grid"):
            self._apply_sizes()
        super().changeEvent(event)

    def _apply_sizes(self) -> None:
        self.grid.setHorizontalSpacing(theme.px(12))
        self.grid.setVerticalSpacing(theme.px(8))
        self.fields["kpi_ids"].setFixedHeight(theme.px(190))

    def retranslate(self) -> None:
        self.set_title(self.tr("Initiative"))
        captions = {
            "name": self.tr("&Name"),
            "status": self.tr("S&tatus"),
            "owner": self.tr("O&wner"),
            "start": self.tr("&Start"),
            "end": self.tr("&End"),
            "goal_id": self.tr("Business &goal"),
            "persona_id": self.tr("&Persona"),
            "channel_id": self.tr("C&hannel"),
            "description": self.tr("Descr&iption"),
            "kpi_ids": self.tr("&KPIs it moves"),
            "milestones": self.tr("&Milestones"),
        }
        for path, caption in captions.items():
            self.rows[path].set_caption(caption)
        self.rows["milestones"].caption.setBuddy(self.milestones.table)
        self._caption_budget()
        self.fields["name"].setPlaceholderText(self.tr("e.g. Trade show in Tokyo"))
        self.fields["owner"].setPlaceholderText(self.tr("Who answers for it"))
        self.fields["description"].setPlaceholderText(self.tr("What the team will do, and for whom"))
        self.fields["budget_yen"].setToolTip(self.tr("Typed in the plan's money unit, or with a unit: 30万円"))
        for field in self.fields.values():
            if isinstance(field, ChoiceField):
                field.relabel()  # the choices' labels are in the language
        self.milestones.retranslate()
        self._show_hint()

    def _caption_budget(self) -> None:
        self.rows["budget_yen"].set_caption(
            self.tr("&Budget (%1)").replace("%1", fmt.money_unit_suffix(self.binder.plan.settings.money_unit,
                                                                        self.binder.language)))

    # -- following the table's selection and the plan --------------------------------------------
    def set_initiative(self, initiative_id: str | None) -> None:
        """Show the initiative ``initiative_id`` ("" or None: none; every field is disabled)."""
        self.initiative_id = initiative_id or ""
        for path, field in self.fields.items():
            field.set_item(self.initiative_id)
            self.rows[path].show_error("")
        self.milestones.model.show_initiative(self.initiative_id or None)
        self.milestones.show_refusal("")
        self.milestones.update_buttons()
        self._show_hint()

    def initiative(self) -> Initiative | None:
        if not self.initiative_id:
            return None
        try:
            found = ops.find(self.binder.plan, self.initiative_id, self.binder.items)
        except ops.ItemNotFound:
            return None
        return found if isinstance(found, Initiative) else None

    def _plan_changed(self, change: PlanChange) -> None:
        if change.item_id is None and change.path.startswith("settings"):
            self._caption_budget()  # the money unit
        if self.initiative_id and change.item_id == self.initiative_id and not change.path \
                and self.initiative() is None:
            self.set_initiative(None)  # removed

    def _show_hint(self) -> None:
        self.hint.setText(self.tr("Select an initiative in the table above to fill in its details.")
                          if not self.initiative_id else "")
        self.hint.setVisible(not self.initiative_id)

