"""Pure mutations of a plan, addressed by item id so they stay valid across reorders.

Every edit of an open plan goes through a command (``canvas_app.commands``) that calls
these functions; each returns what its inverse needs, so commands stay symmetric.
Values are validated on assignment (pydantic ``validate_assignment``); a wrong value
raises ``pydantic.ValidationError`` and leaves the plan unchanged.
"""

from __future__ import annotations

import copy
import weakref
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from .base import Item
from .plan import Plan
from .walk import Location, index_items


class ItemNotFound(KeyError):
    """No item has this id (a stale reference in a command or view)."""


def find(plan: Plan, item_id: str) -> Item:
    return locate(plan, item_id)[0]


#: id(plan) -> (weak reference to the plan, its item index). Typing in a field looks
#: items up several times per keystroke; walking a large plan each time costs ~1.5 ms.
_INDEX_CACHE: dict[int, tuple[weakref.ref, dict]] = {}


def _cached_index(plan: Plan, fresh: bool = False) -> dict:
    key = id(plan)
    entry = _INDEX_CACHE.get(key)
    if not fresh and entry is not None and entry[0]() is plan:
        return entry[1]
    index = index_items(plan)
    if len(_INDEX_CACHE) > 64:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[key] = (weakref.ref(plan), index)
    return index


def invalidate(plan: Plan) -> None:
    """Forget the cached item index of ``plan`` (after a change of its structure)."""
    _INDEX_CACHE.pop(id(plan), None)


def _still_there(item: Item, location: Location) -> bool:
    try:
        return location.container[location.index] is item
    except (IndexError, AttributeError, TypeError):
        return False


def locate(plan: Plan, item_id: str) -> tuple[Item, Location]:
    """The item ``item_id`` and where it lives. Served from a cache that every
    structural change through this module clears; a hit is checked (the item is still
    where the cache says) and anything else walks the plan again, so an edit made
    around this module is never served stale for the list it touched."""
    found = _cached_index(plan).get(item_id)
    if found is None or not _still_there(*found):
        found = _cached_index(plan, fresh=True).get(item_id)
    if found is None:
        raise ItemNotFound(item_id)
    return found


def contains(plan: Plan, item_id: str) -> bool:
    """Whether an item with this id is in the plan (cached like ``locate``)."""
    try:
        locate(plan, item_id)
    except ItemNotFound:
        return False
    return True


def _owner(plan: Plan, item_id: str | None, path: str) -> tuple[BaseModel, str]:
    """The object holding the last attribute of ``path`` (dotted), starting at the item
    ``item_id`` or at the plan when it is None."""
    obj: BaseModel = find(plan, item_id) if item_id else plan
    *parents, last = path.split(".")
    for name in parents:
        obj = getattr(obj, name)
    if last not in type(obj).model_fields:
        raise AttributeError(f"{type(obj).__name__} has no field {last!r}")
    return obj, last


def get_value(plan: Plan, item_id: str | None, path: str) -> Any:
    obj, name = _owner(plan, item_id, path)
    return copy.deepcopy(getattr(obj, name))


def set_value(plan: Plan, item_id: str | None, path: str, value: Any) -> Any:
    """Set a field; returns the old value. Validation errors leave the field unchanged."""
    obj, name = _owner(plan, item_id, path)
    current, fields_set = getattr(obj, name), set(obj.__pydantic_fields_set__)
    old = copy.deepcopy(current)
    if isinstance(value, (list, dict, BaseModel)) or isinstance(current, (list, dict, BaseModel)):
        invalidate(plan)  # the value may hold items (a list of stages): the index changes
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


def items_in(plan: Plan, slot: Slot) -> list:
    obj, name = _owner(plan, slot.owner_id, slot.path)
    return getattr(obj, name)


def insert_item(plan: Plan, slot: Slot, item: Item, index: int | None = None) -> int:
    """Insert ``item`` (a copy) at ``index`` (end when None); returns the index used."""
    if contains(plan, item.id):
        raise ValueError(f"an item with id {item.id!r} already exists")
    container = items_in(plan, slot)
    position = len(container) if index is None else max(0, min(index, len(container)))
    container.insert(position, item.model_copy(deep=True))
    invalidate(plan)
    return position


def remove_item(plan: Plan, item_id: str) -> tuple[Slot, int, Item]:
    """Remove an item; returns where it was and the item, for undo."""
    item, location = locate(plan, item_id)
    slot = slot_of(plan, location)
    location.container.pop(location.index)
    invalidate(plan)
    return slot, location.index, item


def move_item(plan: Plan, item_id: str, new_index: int) -> int:
    """Move an item within its list; returns its old index."""
    item, location = locate(plan, item_id)
    container = location.container
    container.pop(location.index)
    container.insert(max(0, min(new_index, len(container))), item)
    invalidate(plan)
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
