"""Pure mutations of a plan, addressed by item id so they stay valid across reorders.

Every edit of an open plan goes through a command (``canvas_app.commands``) that calls
these functions; each returns what its inverse needs, so commands stay symmetric.
Values are validated on assignment (pydantic ``validate_assignment``); a wrong value
raises ``pydantic.ValidationError`` and leaves the plan unchanged.

Each function takes ``items``, the plan owner's :class:`~.item_finder.ItemFinder`, to
find items without walking the plan (and clears it after a structural change); without
it the plan is walked, which is fine for a one-off change.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from .base import Item
from .plan import Plan
from .item_finder import ItemFinder
from .walk import Location, iter_items


class ItemNotFound(KeyError):
    """No item has this id (a stale reference in a command or view)."""


def find(plan: Plan, item_id: str, items: ItemFinder | None = None) -> Item:
    return locate(plan, item_id, items)[0]


def locate(plan: Plan, item_id: str, items: ItemFinder | None = None) -> tuple[Item, Location]:
    """The item ``item_id`` and where it lives: from ``items`` (the plan owner's index,
    see ``item_finder``) when given, else by walking the plan."""
    if items is not None:
        found = items.locate(plan, item_id)
    else:
        found = next(((item, where) for item, where in iter_items(plan) if item.id == item_id), None)
    if found is None:
        raise ItemNotFound(item_id)
    return found


def contains(plan: Plan, item_id: str, items: ItemFinder | None = None) -> bool:
    """Whether an item with this id is in the plan."""
    try:
        locate(plan, item_id, items)
    except ItemNotFound:
        return False
    return True


def _forget(items: ItemFinder | None) -> None:
    """The plan's structure changed: the owner's index no longer holds."""
    if items is not None:
        items.invalidate()


def _holds_models(value: Any) -> bool:
    """Whether ``value`` is or contains a model (an item, or something holding items).
    A list of texts or ids, or a map of numbers (period targets, scores), holds none, so
    setting one keeps the item index: rebuilding it costs a walk of the whole plan."""
    if isinstance(value, BaseModel):
        return True
    if isinstance(value, dict):
        return any(_holds_models(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_models(v) for v in value)
    return False


def _owner(plan: Plan, item_id: str | None, path: str, items: ItemFinder | None = None) -> tuple[BaseModel, str]:
    """The object holding the last attribute of ``path`` (dotted), starting at the item
    ``item_id`` or at the plan when it is None."""
    obj: BaseModel = find(plan, item_id, items) if item_id else plan
    *parents, last = path.split(".")
    for name in parents:
        obj = getattr(obj, name)
    if last not in type(obj).model_fields:
        raise AttributeError(f"{type(obj).__name__} has no field {last!r}")
    return obj, last


def get_value(plan: Plan, item_id: str | None, path: str, items: ItemFinder | None = None) -> Any:
    obj, name = _owner(plan, item_id, path, items)
    return copy.deepcopy(getattr(obj, name))


def set_value(plan: Plan, item_id: str | None, path: str, value: Any, items: ItemFinder | None = None) -> Any:
    """Set a field; returns the old value. Validation errors leave the field unchanged."""
    obj, name = _owner(plan, item_id, path, items)
    current, fields_set = getattr(obj, name), set(obj.__pydantic_fields_set__)
    old = copy.deepcopy(current)
    if _holds_models(value) or _holds_models(current):
        _forget(items)  # the value holds items (a list of stages): the index changes
    try:
        setattr(obj, name, copy.deepcopy(value))
    except ValidationError:
        # pydantic assigns the field before it runs the model's own rules (e.g. an input
        # KPI with children, an end before the start); put the old value back.
        obj.__dict__[name] = current
        object.__setattr__(obj, "__pydantic_fields_set__", fields_set)
        raise
    return old


@dataclass(frozen=True)
class Slot:
    """A list in the plan that holds items: the owning item (None = the plan itself) and
    the dotted path from it to the list, e.g. ``Slot(None, "strategy.goals")`` or
    ``Slot("ini-1", "milestones")``."""

    owner_id: str | None
    path: str


def items_in(plan: Plan, slot: Slot, items: ItemFinder | None = None) -> list:
    obj, name = _owner(plan, slot.owner_id, slot.path, items)
    return getattr(obj, name)


def insert_item(plan: Plan, slot: Slot, item: Item, index: int | None = None,
                items: ItemFinder | None = None) -> int:
    """Insert ``item`` (a copy) at ``index`` (end when None); returns the index used."""
    if contains(plan, item.id, items):
        raise ValueError(f"an item with id {item.id!r} already exists")
    container = items_in(plan, slot, items)
    position = len(container) if index is None else max(0, min(index, len(container)))
    container.insert(position, item.model_copy(deep=True))
    _forget(items)
    return position


def remove_item(plan: Plan, item_id: str, items: ItemFinder | None = None) -> tuple[Slot, int, Item]:
    """Remove an item; returns where it was and the item, for undo."""
    item, location = locate(plan, item_id, items)
    slot = slot_of(plan, location)
    location.container.pop(location.index)
    _forget(items)
    return slot, location.index, item


def move_item(plan: Plan, item_id: str, new_index: int, items: ItemFinder | None = None) -> int:
    """Move an item within its list; returns its old index."""
    item, location = locate(plan, item_id, items)
    container = location.container
    container.pop(location.index)
    container.insert(max(0, min(new_index, len(container))), item)
    _forget(items)
    return location.index


def slot_of(plan: Plan, location: Location) -> Slot:
    """The slot (owner id + path) of a location found by walking the plan."""
    if isinstance(location.owner, Item):
        return Slot(location.owner.id, location.field)
    path = _path_to(plan, location.owner)
    return Slot(None, f"{path}.{location.field}" if path else location.field)


def _path_to(root: BaseModel, target: BaseModel, prefix: str = "") -> str:
    if root is target:
        return prefix
    for name in type(root).model_fields:
        value = getattr(root, name)
        if isinstance(value, BaseModel) and not isinstance(value, Item):
            found = _path_to(value, target, f"{prefix}.{name}" if prefix else name)
            if found or value is target:
                return found
    return ""
