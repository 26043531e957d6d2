"""The form of the KPI selected in the tree: every field of ``KpiNode``, four columns so
a projected 1000 px page shows it whole, and under the formula what the tree makes of
it ("Won deals × Average deal size = 150百万円 (plan)").

The formula is a structural edit (it decides how many KPIs may sit below), so picking
one pushes ``set_formula`` as a tree edit; a funnel role goes through
``choose_funnel_role`` (one KPI per role; the role's usual stage comes along). Both are
one undo step, and a refusal is said at the field while the choice snaps back.
"""

from __future__ import annotations

from enum import Enum
from types import MappingProxyType

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from ....calc import kpi_tree
from ....commands.kpi_tree import choose_funnel_role, tree_edit
from ....document import PlanChange
from ....model import KpiNode, Plan, ops
from ....model import kpi_structure as ks
from ....model.enums import Aggregation, Direction, Formula, FunnelRole, RevenueStage
from ....text.labels import enum_label
from ....text.language import Language
from ....text.tree_values import missing_value_reason
from ... import fmt, theme
from ...editing.binder import Binder
from ...editing.choice_fields import ChoiceField
from ...editing.fields import LineField, TextField
from ...editing.form import FieldRow, kpi_target_field
from ...widgets.card import Card, text_label
from ..step1.columns import unit_choices
from .kpi_tree_model import formula_text

#: Where each field sits: (row, column, rows, columns) in four columns. The choices
#: with long labels (formula, aggregation, funnel role, goal) take two, so nothing is
#: elided on a 1000 px page at 150 % zoom.
PLACES = MappingProxyType({
    "name": (0, 0, 1, 2), "formula": (0, 2, 1, 2),
    "target": (2, 0, 1, 1), "unit": (2, 1, 1, 1), "direction": (2, 2, 1, 1), "owner": (2, 3, 1, 1),
    "aggregation": (3, 0, 1, 2), "role": (3, 2, 1, 2),
    "department_id": (4, 0, 1, 1), "stage": (4, 1, 1, 1), "goal_id": (4, 2, 1, 2),
    "data_source": (5, 0, 1, 2), "description": (5, 2, 2, 2),
})
FORMULA_LINE_ROW = 1


def no_choice(lang: Language) -> tuple[None, str]:
    """The first entry of a choice that may stay empty (the caption says of what)."""
    return None, lang.translate("KpiNodeForm", "— (none)")


def enum_choices(enum: type[Enum], lang: Language, *, optional: bool = False) -> list[tuple[Enum | None, str]]:
    """Every value of ``enum`` by its label; "none" first when the field may stay empty."""
    pairs: list[tuple[Enum | None, str]] = [(value, enum_label(value, lang)) for value in enum]
    return [no_choice(lang), *pairs] if optional else pairs


def department_choices(plan: Plan, lang: Language) -> list[tuple[str | None, str]]:
    return [no_choice(lang), *((d.id, d.name or d.id) for d in plan.settings.departments)]


def goal_choices(plan: Plan, lang: Language) -> list[tuple[str | None, str]]:
    """Step 1's business goals, the KPI measures one of them (or none)."""
    return [no_choice(lang), *((g.id, g.name or g.id) for g in plan.strategy.goals)]


class KpiNodeForm(Card):
    """Every field of one KPI node, following the KPI selected in the tree (``set_node``).

    Attributes:
        fields: field path → its field widget (``LineField``, ``ChoiceField``, ``TextField``).
        rows: field path → its ``FieldRow`` (caption and refusal message).
        formula_line: what the tree makes of the formula: the KPIs it combines and the
            value it computes (or why it has none).
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.binder = binder
        self.node_id = ""
        self._dirty = True
        self.fields: dict[str, QWidget] = {
            "name": LineField(binder, "name", ""),
            "formula": ChoiceField(binder, "formula", "", choices=lambda plan: enum_choices(Formula, binder.language),
                                   command=self._formula_command),
            "unit": ChoiceField(binder, "unit", "", choices=lambda plan: unit_choices(plan, binder.language)),
            "target": kpi_target_field(binder, ""),
            "direction": ChoiceField(binder, "direction", "",
                                     choices=lambda plan: enum_choices(Direction, binder.language)),
            "aggregation": ChoiceField(binder, "aggregation", "",
                                       choices=lambda plan: enum_choices(Aggregation, binder.language)),
            "owner": LineField(binder, "owner", ""),
            "department_id": ChoiceField(binder, "department_id", "",
                                         choices=lambda plan: department_choices(plan, binder.language)),
            "stage": ChoiceField(binder, "stage", "",
                                 choices=lambda plan: enum_choices(RevenueStage, binder.language, optional=True)),
            "role": ChoiceField(binder, "role", "", choices=lambda plan: enum_choices(
                FunnelRole, binder.language, optional=True), command=self._role_command),
            "goal_id": ChoiceField(binder, "goal_id", "", choices=lambda plan: goal_choices(plan, binder.language)),
            "description": TextField(binder, "description", "", rows=3),
            "data_source": LineField(binder, "data_source", ""),
        }
        for field in self.fields.values():
            if isinstance(field, QComboBox):
                # A long label ("SQL → opportunity conversion rate") is elided, not
                # allowed to widen its column past the page.
                field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                field.setMinimumContentsLength(6)
        self.rows = {path: FieldRow(field) for path, field in self.fields.items()}
        self.formula_line = text_label(name="muted")
        grid = QGridLayout()
        self.grid = grid
        for path, (row, column, rows, columns) in PLACES.items():
            grid.addWidget(self.rows[path], row, column, rows, columns, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.formula_line, FORMULA_LINE_ROW, 0, 1, 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.add_layout(grid)
        self._apply_grid_sizes()
        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(self._rebound)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "grid"):
            self._apply_grid_sizes()
        super().changeEvent(event)

    def _apply_grid_sizes(self) -> None:
        self.grid.setHorizontalSpacing(theme.px(12))
        self.grid.setVerticalSpacing(theme.px(8))

    def retranslate(self) -> None:
        self.set_title(self.tr("KPI"))
        captions = {
            "name": self.tr("&Name"),
            "formula": self.tr("Fo&rmula"),
            "unit": self.tr("&Unit"),
            "target": self.tr("&Target"),
            "direction": self.tr("&Direction"),
            "aggregation": self.tr("Over &periods"),
            "owner": self.tr("O&wner"),
            "department_id": self.tr("Depart&ment"),
            "stage": self.tr("Revenue &stage"),
            "role": self.tr("Funnel ro&le"),
            "goal_id": self.tr("Business &goal"),
            "description": self.tr("Descr&iption"),
            "data_source": self.tr("Data sour&ce"),
        }
        for path, caption in captions.items():
            self.rows[path].set_caption(caption)
        self.fields["name"].setPlaceholderText(self.tr("e.g. Won deals"))
        self.fields["owner"].setPlaceholderText(self.tr("Who answers for this number"))
        self.fields["data_source"].setPlaceholderText(self.tr("e.g. CRM pipeline report"))
        self.fields["description"].setPlaceholderText(self.tr("What it counts, and what it leaves out"))
        self.fields["target"].setToolTip(self.tr("Typed as shown: money in the plan's money unit, 25 for 25 %"))
        for field in self.fields.values():
            if isinstance(field, ChoiceField):
                field.relabel()  # the choices' labels are in the language
        self._dirty = True
        self._refresh_if_shown()

    # -- following the tree's selection and the plan ---------------------------------------------
    def set_node(self, node_id: str | None) -> None:
        """Show the KPI ``node_id`` ("" or None: none; every field is disabled)."""
        self.node_id = node_id or ""
        for path, field in self.fields.items():
            field.set_item(self.node_id)
            self.rows[path].show_error("")
        self._dirty = True
        self._refresh_if_shown()

    def node(self) -> KpiNode | None:
        if not self.node_id:
            return None
        try:
            found = ops.find(self.binder.plan, self.node_id, self.binder.items)
        except ops.ItemNotFound:
            return None
        return found if isinstance(found, KpiNode) else None

    def _plan_changed(self, _change: PlanChange) -> None:
        # Any edit may change the line: a child's name, an input's target far below.
        self._dirty = True
        self._refresh_if_shown()

    def _rebound(self) -> None:
        self.set_node(None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        """Work out the formula line now when the form is seen, else when it is shown."""
        if self._dirty and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        node = self.node()
        self.formula_line.setText(self.formula_summary(node) if node is not None else "")
        self.formula_line.setVisible(node is not None)
        computed = node is not None and not node.is_input
        self.fields["target"].setPlaceholderText(self.tr("Optional") if computed else "")

    def formula_summary(self, node: KpiNode) -> str:
        """"Won deals × Average deal size = 150百万円 (plan)", or why there is no value."""
        plan, lang = self.binder.plan, self.binder.language
        nodes = {n.id: n for n in plan.kpis.nodes}
        if node.is_input:
            return self.tr("%1: its target is typed, not computed.").replace("%1", formula_text(node, nodes, lang))
        values = kpi_tree.evaluate(plan)
        value = values.value(node.id)
        if value is None:
            return self.tr("%1 = — (%2)").replace("%1", formula_text(node, nodes, lang)).replace(
                "%2", missing_value_reason(values, node.id, nodes, lang))
        return self.tr("%1 = %2 (plan)").replace("%1", formula_text(node, nodes, lang)).replace(
            "%2", fmt.value(value, node.unit, plan, lang))

    # -- the choices that change more than one field -------------------------------------------
    def _formula_command(self, node_id: str, formula: Formula):
        return tree_edit(self.binder.session, ks.set_formula, node_id, formula, text=self.tr("Change formula"))

    def _role_command(self, node_id: str, role: FunnelRole | None):
        return choose_funnel_role(self.binder.session, node_id, role, self.tr("Change funnel role"))
