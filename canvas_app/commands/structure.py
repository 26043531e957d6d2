"""Structural edits that touch several items at once, as ONE undo step: removing items
together with every reference to them, and duplicating an item (a persona with its
value proposition and journey)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..model import Persona, ops
from ..model.referrers import all_ids, copy_with_new_ids, persona_companions, removal_plan
from .base import InvalidEdit, PlanCommand
from .collection import AddItem, RemoveItem
from .field_edit import EditField

if TYPE_CHECKING:
    from ..document import DocumentSession


class CompositeEdit(PlanCommand):
    """Several commands applied in order and undone in reverse, as one step. Every
    part is built (and validated) before the push, so a refused part refuses the whole."""

    def __init__(self, session: DocumentSession, parts: Sequence[PlanCommand], text: str) -> None:
        super().__init__(session, text)
        self.parts = list(parts)

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


def remove_items(session: DocumentSession, item_ids: Iterable[str], text: str = "") -> CompositeEdit:
    """A command removing ``item_ids`` with what belongs to them (a persona's value
    proposition and journey) and clearing every reference to them elsewhere.

    The parts are found by applying them one after the other (signals blocked) and
    undoing them all again before the push: each part then sees the plan as the
    previous ones left it (removing two competitors edits a criterion's scores twice,
    the second time without the first competitor).
    """
    ids = list(item_ids)
    for item_id in ids:
        try:
            ops.find(session.plan, item_id, session.items)
        except ops.ItemNotFound:
            raise InvalidEdit(QCoreApplication.translate("Commands", "This item no longer exists.")) from None
    parts: list[PlanCommand] = []

    def apply(part: PlanCommand) -> None:
        part.redo()
        parts.append(part)

    def remove(item_id: str) -> None:
        if not ops.contains(session.plan, item_id, session.items):
            return  # already gone with an item it belonged to
        removal = removal_plan(session.plan, item_id)
        for dependent in removal.dependents:
            remove(dependent)  # a value proposition or journey refers to nothing else
        for edit in removal.edits:
            apply(EditField(session, edit.owner_id, edit.path, edit.value, merge=False))
        apply(RemoveItem(session, item_id))

    blocked = session.blockSignals(True)
    try:
        for item_id in ids:
            remove(item_id)
    finally:
        for part in reversed(parts):
            part.undo()
        session.blockSignals(blocked)
    return CompositeEdit(session, parts, text or QCoreApplication.translate("Commands", "Remove"))


def duplicate_item(session: DocumentSession, item_id: str, name: str | None = None,
                   text: str = "") -> tuple[CompositeEdit, str]:
    """A command inserting a copy of ``item_id`` right after it (fresh ids; ``name``
    replaces the copy's name when given). A persona's value propositions and journeys
    are copied with it. Returns the command and the copy's id."""
    try:
        item, location = ops.locate(session.plan, item_id, session.items)
    except ops.ItemNotFound:
        raise InvalidEdit(QCoreApplication.translate("Commands", "This item no longer exists.")) from None
    taken = all_ids(session.plan)
    copy, mapping = copy_with_new_ids(item, taken)
    taken |= set(mapping.values())
    if name is not None and hasattr(copy, "name"):
        copy.name = name[:500]
    slot = ops.slot_of(session.plan, location)
    parts: list[PlanCommand] = [AddItem(session, slot, copy, location.index + 1)]
    if isinstance(item, Persona):
        for companion in persona_companions(session.plan, item_id):
            twin, more = copy_with_new_ids(companion, taken)
            taken |= set(more.values())
            twin.persona_id = copy.id
            _, where = ops.locate(session.plan, companion.id, session.items)
            parts.append(AddItem(session, ops.slot_of(session.plan, where), twin))
    return CompositeEdit(session, parts, text or QCoreApplication.translate("Commands", "Duplicate")), copy.id

