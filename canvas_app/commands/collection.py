"""Structural edits: add, remove and reorder items in a list of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..document import PlanChange
from ..model import Item, ops
from ..model.references import insert_problem
from .base import InvalidEdit, PlanCommand
from .field_edit import plan_rule_message

if TYPE_CHECKING:
    from ..document import DocumentSession


class AddItem(PlanCommand):
    """Insert ``item`` into ``slot`` at ``index`` (end when None); undo removes it."""

    def __init__(
        self, session: DocumentSession, slot: ops.Slot, item: Item, index: int | None = None, text: str = ""
    ) -> None:
        super().__init__(session, text or QCoreApplication.translate("Commands", "Add"))
        # Refuse before the push: a redo that raises would leave a broken step on the stack.
        if ops.contains(session.plan, item.id, session.items):
            raise InvalidEdit(QCoreApplication.translate("Commands", "An item with this id already exists."))
        try:
            ops.items_in(session.plan, slot, session.items)
            owner = ops.find(session.plan, slot.owner_id, session.items) if slot.owner_id else None
        except (AttributeError, ops.ItemNotFound):
            raise InvalidEdit(QCoreApplication.translate("Commands", "This list no longer exists.")) from None
        problem = insert_problem(session.plan, owner, item)
        if problem is not None:
            raise InvalidEdit(plan_rule_message(problem))
        self.slot = slot
        self.item = item.model_copy(deep=True)
        self.index = index

    def redo(self) -> None:
        self.index = ops.insert_item(self.plan, self.slot, self.item, self.index, self.items)
        self.session.notify(PlanChange(self.item.id, "", self.slot.path))

    def undo(self) -> None:
        ops.remove_item(self.plan, self.item.id, self.items)
        self.session.notify(PlanChange(self.item.id, "", self.slot.path))


class RemoveItem(PlanCommand):
    """Remove the item ``item_id``; undo puts the very same item back where it was.

    References to the item elsewhere are the caller's to clear first (in a macro), so
    that undo restores them too.
    """

    def __init__(self, session: DocumentSession, item_id: str, text: str = "") -> None:
        super().__init__(session, text or QCoreApplication.translate("Commands", "Remove"))
        self.item_id = item_id
        self.slot: ops.Slot | None = None
        self.index = 0
        self.item: Item | None = None

    def redo(self) -> None:
        self.slot, self.index, self.item = ops.remove_item(self.plan, self.item_id, self.items)
        self.session.notify(PlanChange(self.item_id, "", self.slot.path))

    def undo(self) -> None:
        assert self.slot is not None and self.item is not None
        ops.insert_item(self.plan, self.slot, self.item, self.index, self.items)
        self.session.notify(PlanChange(self.item_id, "", self.slot.path))


class MoveItem(PlanCommand):
    """Move the item ``item_id`` to ``new_index`` within its list."""

    def __init__(self, session: DocumentSession, item_id: str, new_index: int, text: str = "") -> None:
        super().__init__(session, text or QCoreApplication.translate("Commands", "Move"))
        self.item_id = item_id
        self.new_index = new_index
        self.old_index = 0

    def redo(self) -> None:
        self.old_index = ops.move_item(self.plan, self.item_id, self.new_index, self.items)
        self.session.notify(PlanChange(self.item_id, "", ""))

    def undo(self) -> None:
        ops.move_item(self.plan, self.item_id, self.old_index, self.items)
        self.session.notify(PlanChange(self.item_id, "", ""))
