"""Rescheduling an initiative (a bar dragged on the roadmap's Gantt chart, or moved from
the keyboard) as ONE undo step: its start and end, and its milestones when the whole
bar moved (see ``calc.gantt_drag``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..calc.gantt_drag import Bar, milestones_after, stranded_milestones
from ..model import Initiative, ops
from .base import InvalidEdit, PlanCommand
from .field_edit import EditField
from .structure import CompositeEdit

if TYPE_CHECKING:
    from ..document import DocumentSession


def reschedule(session: DocumentSession, initiative_id: str, start: dt.date | None,
               end: dt.date | None) -> PlanCommand | None:
    """A command giving the initiative ``start`` and ``end`` (None when both are already
    so). One changed date is one ``EditField``; more (a move, milestones taken along)
    are one ``CompositeEdit``. Refused (``InvalidEdit``) when the initiative is gone, has
    no dates to move, or a milestone inside it would be left outside.
    """
    translate = QCoreApplication.translate
    try:
        initiative = ops.find(session.plan, initiative_id, session.items)
    except ops.ItemNotFound:
        raise InvalidEdit(translate("Commands", "This item no longer exists.")) from None
    if not isinstance(initiative, Initiative) or initiative.start is None or initiative.end is None:
        raise InvalidEdit(translate("Commands", "This initiative has no start and end dates to move yet."))
    if start is None or end is None:
        raise InvalidEdit(translate("Commands", "The start and the end need a date."))
    old, new = Bar(initiative.start, initiative.end), Bar(start, end)
    if new == old:
        return None
    dates = [m.date for m in initiative.milestones]
    stranded = stranded_milestones(old, new, dates)
    if stranded:
        name = initiative.milestones[stranded[0]].name or translate("Commands", "a milestone")
        raise InvalidEdit(translate("Commands", "“%1” would fall outside the initiative's dates: "
                                    "move the milestone first.").replace("%1", name), "end")
    milestone_edits = [(m.id, "date", day) for m, day in zip(initiative.milestones,
                                                             milestones_after(old, new, dates), strict=True)
                       if day != m.date]
    # Each part is checked against the plan the parts before it leave, so the date that
    # moves away from the other goes first: a bar moved later than its old end would
    # otherwise briefly end before it starts.
    start_edit, end_edit = (initiative_id, "start", new.start), (initiative_id, "end", new.end)
    ordered = [start_edit, *milestone_edits, end_edit] if new.start < old.start \
        else [end_edit, *milestone_edits, start_edit]
    edits = [edit for edit in ordered if edit not in {(initiative_id, "start", old.start),
                                                      (initiative_id, "end", old.end)}]
    if len(edits) == 1:
        return EditField(session, *edits[0], merge=False, text=translate("Commands", "Reschedule"))
    return CompositeEdit(session, _built_in_turn(session, edits), translate("Commands", "Reschedule"))


def _built_in_turn(session: DocumentSession, edits: list[tuple[str, str, dt.date]]) -> list[PlanCommand]:
    """The edits as commands, each built (and validated) on the plan the ones before it
    leave; the plan is put back as it was before the push (signals blocked)."""
    parts: list[PlanCommand] = []
    blocked = session.blockSignals(True)
    try:
        for item_id, path, value in edits:
            part = EditField(session, item_id, path, value, merge=False)
            part.redo()
            parts.append(part)
    finally:
        for part in reversed(parts):
            part.undo()
        session.blockSignals(blocked)
    return parts
