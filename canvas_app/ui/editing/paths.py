"""Field paths checked against the plan's classes, so a misspelled or renamed field fails
loudly where it is named instead of showing an empty table or field.

Widgets and columns name the field they show as a dotted path (``"customers.channels"``,
``"monthly_cost_yen"``): reading such a path from a plan gives nothing when it is wrong,
and the page looks merely empty. These functions resolve a path on the pydantic classes
of ``canvas_app.model`` (no plan needed) and raise ``UnknownField`` when any step of it
is not a field. Lists are named at import time (``plan_slot``, ``field``); a table
checks its columns when it loads (``ItemTableModel``), a field its path when it is given
an item (``Binding``); the tests build every page, so a wrong path fails the suite.
"""

from __future__ import annotations

from functools import cache
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from ...model import Plan, ops
from ...model.base import Item
from ...model.item_finder import ItemFinder


class UnknownField(LookupError):
    """A path names a field its class does not have (a programming error)."""

    def __init__(self, model: type, path: str, reason: str = "has no field") -> None:
        super().__init__(f"{model.__name__} {reason} {path!r}")
        self.model = model
        self.path = path


def _model_class(annotation: Any) -> type[BaseModel] | None:
    """The pydantic class an annotation holds (``X``, ``X | None``), else None."""
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, UnionType):
        models = [m for m in map(_model_class, get_args(annotation)) if m is not None]
        return models[0] if len(models) == 1 else None
    return None


@cache
def annotation_of(model: type[BaseModel], path: str) -> Any:
    """The type of the field at the end of ``path`` (dotted) from ``model``."""
    current: Any = model
    for name in path.split("."):
        cls = _model_class(current)
        if cls is None or name not in cls.model_fields:
            raise UnknownField(model, path)
        current = cls.model_fields[name].annotation
    return current


def field(model: type[BaseModel], path: str) -> str:
    """``path`` itself, once checked to lead to a field of ``model``."""
    annotation_of(model, path)
    return path


@cache
def item_class(model: type[BaseModel], path: str) -> type[Item]:
    """The class of the items in the list at ``path`` from ``model``."""
    annotation = annotation_of(model, path)
    args = get_args(annotation)
    if get_origin(annotation) is not list or len(args) != 1 \
            or not (isinstance(args[0], type) and issubclass(args[0], Item)):
        raise UnknownField(model, path, "has no list of items at")
    return args[0]


def plan_slot(path: str) -> ops.Slot:
    """The list of items at ``path`` from the plan (``"customers.channels"``), checked."""
    item_class(Plan, path)
    return ops.Slot(None, path)


def list_field(model: type[BaseModel], path: str) -> str:
    """``path``, once checked to be a list of items of ``model`` (``"stages"`` of a journey)."""
    item_class(model, path)
    return path


def slot_item_class(plan: Plan, slot: ops.Slot, items: ItemFinder | None = None) -> type[Item] | None:
    """The class of the items of ``slot``; None when its owning item is not in ``plan``."""
    if slot.owner_id is None:
        return item_class(Plan, slot.path)
    try:
        owner = ops.find(plan, slot.owner_id, items)
    except ops.ItemNotFound:
        return None
    return item_class(type(owner), slot.path)
