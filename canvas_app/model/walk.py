"""Finding items anywhere in a plan, by id, without knowing where they live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import Enum
from types import MappingProxyType, UnionType
from typing import Annotated, Literal, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel

from .base import Item

#: Stable, translatable kind keys for every item class (used in messages and the UI).
KIND_BY_CLASS = MappingProxyType({
    "Department": "department",
    "HeadlineTarget": "headline_target",
    "StrategicPriority": "priority",
    "BusinessGoal": "goal",
    "Persona": "persona",
    "ValueProposition": "value_proposition",
    "Competitor": "competitor",
    "DifferentiationCriterion": "criterion",
    "Channel": "channel",
    "CustomerJourney": "journey",
    "JourneyStage": "journey_stage",
    "KpiNode": "kpi",
    "Initiative": "initiative",
    "Milestone": "milestone",
    "ReviewMeeting": "review",
    "ReviewDecision": "decision",
    "ActionItem": "action",
    "Snapshot": "snapshot",
})


def item_kind(item: Item) -> str:
    return KIND_BY_CLASS.get(type(item).__name__, "item")


def item_label(item: Item) -> str:
    """The human name of an item, for messages: its name, text or label, else its id."""
    for attr in ("name", "label", "text", "period"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    return item.id


class Location(NamedTuple):
    """Where an item lives: the list that holds it, the object owning that list, the
    list's field name, and the item's index in it. (A NamedTuple: a walk makes one per
    item, and a tuple is made several times faster than a frozen dataclass.)"""

    owner: BaseModel
    field: str
    index: int

    @property
    def container(self) -> list:
        return getattr(self.owner, self.field)


def iter_items(root: BaseModel) -> Iterator[tuple[Item, Location]]:
    """Every item below ``root`` (depth first, in document order), with its location.

    Snapshots are yielded but not entered: their content is a frozen copy whose ids
    repeat the live plan's.
    """
    found: list[tuple[Item, Location]] = []
    _collect(root, found)
    return iter(found)


def _collect(root: BaseModel, found: list[tuple[Item, Location]]) -> None:
    # A plain recursive function filling one list, over only the fields that can hold
    # models: several times faster than nested generators over every field (the health
    # check, loading and every item lookup walk the whole plan).
    for field in _model_fields(type(root)):
        value = getattr(root, field)
        if isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, Item):
                    found.append((element, Location(root, field, index)))
                    _collect(element, found)
        elif isinstance(value, BaseModel):
            _collect(value, found)


_MODEL_FIELDS: dict[type, tuple[str, ...]] = {}


def _model_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` whose type allows a list or a model, in declaration order."""
    names = _MODEL_FIELDS.get(cls)
    if names is None:
        names = tuple(name for name, info in cls.model_fields.items() if _may_hold_models(info.annotation))
        _MODEL_FIELDS[cls] = names
    return names


def _may_hold_models(annotation: object) -> bool:
    """False only when the annotation rules out a list and a model (str, int, an enum,
    a date, Literal, Optional of those …); anything unclear counts as True."""
    if annotation is None or annotation is type(None):
        return False
    if isinstance(annotation, type):
        if issubclass(annotation, (BaseModel, list)):
            return True
        return not issubclass(annotation, (str, int, float, bool, bytes, Enum, dt.date, dt.time, dt.timedelta))
    origin = get_origin(annotation)
    if origin is Literal:
        return False
    if origin is Annotated:
        return _may_hold_models(get_args(annotation)[0])
    if origin is Union or origin is UnionType:
        return any(_may_hold_models(arg) for arg in get_args(annotation))
    return True


#: Items by id, as :func:`index_items` returns them.
ItemIndex = dict[str, tuple[Item, Location]]


def index_items(root: BaseModel) -> ItemIndex:
    """Items by id. With duplicate ids the first wins (validation reports duplicates).

    This walks the whole plan: a caller looking up many ids builds it once and passes it
    on (``facts.findings``), rather than asking again for each id."""
    index: ItemIndex = {}
    for item, location in iter_items(root):
        index.setdefault(item.id, (item, location))
    return index
