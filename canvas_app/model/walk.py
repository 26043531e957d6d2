"""Finding items anywhere in a plan, by id, without knowing where they live."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from .base import Item

#: Stable, translatable kind keys for every item class (used in messages and the UI).
KIND_BY_CLASS = {
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
}


def item_kind(item: Item) -> str:
    return KIND_BY_CLASS.get(type(item).__name__, "item")


def item_label(item: Item) -> str:
    """The human name of an item, for messages: its name, text or label, else its id."""
    for attr in ("name", "label", "text", "period"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    return item.id


@dataclass(frozen=True)
class Location:
    """Where an item lives: the list that holds it, the object owning that list, the
    list's field name, and the item's index in it."""

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
    for field in type(root).model_fields:
        value = getattr(root, field)
        if isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, Item):
                    yield element, Location(root, field, index)
                    yield from iter_items(element)
        elif isinstance(value, BaseModel):
            yield from iter_items(value)


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
