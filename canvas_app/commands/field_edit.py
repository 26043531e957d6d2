"""Editing one field of an item (or of the plan): validated first, typing bursts merged."""

from __future__ import annotations

import copy
import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from pydantic import ValidationError

from ..document import PlanChange
from ..model import Problem, edit_problem, ops
from ..text.parsing import date_edit_text
from .base import InvalidEdit, PlanCommand

if TYPE_CHECKING:
    from ..document import DocumentSession

#: QUndoCommand.id() for field edits; merging also requires the same item and field.
_FIELD_EDIT_ID = 1001


class EditField(PlanCommand):
    """Set ``path`` (dotted, from the item ``item_id`` or from the plan when None).

    The value is validated against the model when the command is built, so a wrong
    value raises ``InvalidEdit`` and never reaches the plan or the undo stack.
    Consecutive edits of the same field with ``merge=True`` (keystrokes) become one
    undo step; a burst that ends where it started is dropped (obsolete). A field widget
    passes a new ``burst`` token each time it gets the focus, so that typing in the same
    field again later is a step of its own.
    """

    def __init__(
        self,
        session: DocumentSession,
        item_id: str | None,
        path: str,
        value: Any,
        *,
        merge: bool = True,
        burst: object = None,
        text: str = "",
    ) -> None:
        super().__init__(session, text or QCoreApplication.translate("Commands", "Edit"))
        self.item_id = item_id
        self.path = path
        self.merge = merge
        self.burst = burst
        self.old = ops.get_value(session.plan, item_id, path, session.items)
        self.new = copy.deepcopy(value)
        _validate(session, item_id, path, self.new)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _FIELD_EDIT_ID

    def mergeWith(self, other: object) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, EditField)
            and self.merge
            and other.merge
            and other.item_id == self.item_id
            and other.path == self.path
            and other.burst == self.burst
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        ops.set_value(self.plan, self.item_id, self.path, self.new, self.items)
        self.session.notify(PlanChange(self.item_id, self.path))

    def undo(self) -> None:
        ops.set_value(self.plan, self.item_id, self.path, self.old, self.items)
        self.session.notify(PlanChange(self.item_id, self.path))


def _validate(session: DocumentSession, item_id: str | None, path: str, value: Any) -> None:
    """Try the assignment on a copy of the owning object, then ask whether it breaks a
    rule of the whole plan; turn a refusal into InvalidEdit."""
    owner, name = ops._owner(session.plan, item_id, path, session.items)  # noqa: SLF001 - same package family
    trial = owner.model_copy(deep=False)
    try:
        setattr(trial, name, copy.deepcopy(value))
    except ValidationError as error:
        raise InvalidEdit(_first_message(error, name), path) from None
    problem = edit_problem(session.plan, owner, name, getattr(trial, name))
    if problem is not None:
        raise InvalidEdit(plan_rule_message(problem), path)


def plan_rule_message(problem: Problem) -> str:
    """One sentence naming the item the edit would clash with."""
    name = problem.item_name or problem.item_id
    if problem.code == "duplicate_funnel_role":
        return QCoreApplication.translate("Commands", "“%1” already has this funnel role.").replace("%1", name)
    if problem.code == "milestone_outside_dates":
        return milestone_outside_message(problem)
    return QCoreApplication.translate("Commands", "This value is not allowed here.")


def milestone_outside_message(problem: Problem) -> str:
    """A milestone would lie outside its initiative's dates: which one, and the dates."""
    translate = QCoreApplication.translate
    start, end = (problem.extra.get(side, "") for side in ("start", "end"))
    shown = [date_edit_text(dt.date.fromisoformat(day)) if day else "…" for day in (start, end)]
    return translate("Commands", "Milestone “%1” would lie outside the initiative's dates (%2 – %3).").replace(
        "%1", problem.item_name or translate("Commands", "(no name)")).replace("%2", shown[0]).replace("%3", shown[1])


def _first_message(error: ValidationError, name: str = "") -> str:
    detail = error.errors()[0]
    kind = detail.get("type", "")
    translate = QCoreApplication.translate
    if name == "budget_yen" and kind == "greater_than_equal":
        return translate("Commands", "A budget cannot be negative.")
    if kind in {"float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"}:
        return translate("Commands", "Please enter a number.")
    if kind in {"greater_than_equal", "greater_than"}:
        return translate("Commands", "The value is too small.")
    if kind in {"less_than_equal", "less_than"}:
        return translate("Commands", "The value is too large.")
    if kind in {"date_parsing", "date_type", "date_from_datetime_parsing"}:
        return translate("Commands", "Please enter a date.")
    if kind == "string_too_long":
        return translate("Commands", "The text is too long.")
    if kind == "enum":
        return translate("Commands", "Please choose one of the listed values.")
    if kind == "value_error" and "mid-term plan ends before it starts" in str(detail.get("msg", "")):
        return translate("Commands", "The end year is before the start year.")
    if kind == "value_error" and "ends before it starts" in str(detail.get("msg", "")):
        if name == "start":  # the start was moved past the end, not the end before the start
            return translate("Commands", "The start date is after the end date.")
        return translate("Commands", "The end date is before the start date.")
    return translate("Commands", "This value is not allowed here.")
