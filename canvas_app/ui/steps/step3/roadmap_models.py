"""Item models of Step 3's roadmap: the initiatives (施策) and the milestones of one.

Both edit the plan: a cell typed or picked is one ``EditField`` (one undo step); a value
the model refuses (an end before the start, a milestone outside its initiative's dates)
is said in one sentence (``refused``) and never stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....model import Plan, ops
from ....model.enums import InitiativeStatus, Unit
from ....text import parsing
from ....text.labels import enum_label
from ....text.language import Language
from ... import fmt
from ...editing.binder import Binder
from ...editing.paths import plan_slot
from ...editing.table_model import RIGHT, Column, ItemTableModel
from ...widgets.gantt import STATUS_BAR_COLOURS
from ..step1.columns import MISSING_TINT, date_column, text_column

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them
INITIATIVES = plan_slot("roadmap.initiatives")


def status_choices(lang: Language) -> list[tuple[InitiativeStatus, str]]:
    return [(status, enum_label(status, lang)) for status in InitiativeStatus]


def budget_header(plan: Plan, lang: Language) -> str:
    unit = fmt.money_unit_suffix(plan.settings.money_unit, lang)
    return translate("InitiativesModel", "Budget\n(%1)").replace("%1", unit)


def budget_text(yen: int | None, plan: Plan) -> str:
    """The budget in the money unit with nothing rounded away: what was typed is shown."""
    return parsing.value_edit_text(yen, Unit.JPY, plan.settings.money_unit)


class InitiativesModel(ItemTableModel):
    """The roadmap's initiatives, one row each: name, owner (責任者), start, end, budget
    (typed in the plan's money unit, stored in whole yen) and status. The other fields
    are in the form below the table."""

    def __init__(self, binder: Binder, parent=None) -> None:
        columns = [
            text_column(lambda: translate("InitiativesModel", "Initiative"), "name", 17, bold=True, required=True),
            text_column(lambda: translate("InitiativesModel", "Owner"), "owner", 9, required=True),
            date_column(lambda: translate("InitiativesModel", "Start"), "start", 8, required=True),
            date_column(lambda: translate("InitiativesModel", "End"), "end", 8, required=True),
            Column(lambda: budget_header(binder.plan, binder.language), "budget_yen", width=8, align=RIGHT,
                   display=lambda i, p: budget_text(i.budget_yen, p),
                   parse=lambda text, p, i: parsing.parse_money(text, p.settings.money_unit),
                   background=lambda i, p: None if i.budget_yen is not None else MISSING_TINT),
            Column(lambda: translate("InitiativesModel", "Status"), "status", width=9,
                   choices=lambda p: status_choices(binder.language),
                   foreground=lambda i, p: STATUS_BAR_COLOURS.get(i.status) if i.status != InitiativeStatus.PLANNED
                   else None, bold=True),
        ]
        super().__init__(binder, INITIATIVES, columns, parent)

    def width_samples(self, column: int) -> list[str]:
        """Texts as wide as a column's values get (measured instead of every row's)."""
        lang = self.binder.language
        return {1: ["山田 太郎", "Jane Smith"], 2: ["2026/12/31"], 3: ["2026/12/31"], 4: ["99,999.9"],
                5: [label for _, label in status_choices(lang)]}.get(column, [])


def done_choices() -> list[tuple[bool, str]]:
    return [(False, translate("MilestonesModel", "Not yet")), (True, translate("MilestonesModel", "✓ Done"))]


class MilestonesModel(ItemTableModel):
    """The milestones of one initiative (``show_initiative``): name, date, done."""

    def __init__(self, binder: Binder, parent=None) -> None:
        columns = [
            text_column(lambda: translate("MilestonesModel", "Milestone"), "name", 14, required=True),
            date_column(lambda: translate("MilestonesModel", "Date"), "date", 8, required=True),
            Column(lambda: translate("MilestonesModel", "Done"), "done", width=7, choices=lambda p: done_choices()),
        ]
        super().__init__(binder, None, columns, parent)

    def show_initiative(self, initiative_id: str | None) -> None:
        """The milestones of ``initiative_id`` (None: no rows, nothing to add to)."""
        slot = ops.Slot(initiative_id, "milestones") if initiative_id else None
        if slot != self.slot:
            self.set_slot(slot)
