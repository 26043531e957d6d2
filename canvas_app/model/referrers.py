"""What else must change when an item is removed or copied, so the plan stays sound.

``references.find_problems`` refuses a plan whose references dangle; the editors
remove items through ``removal_plan`` so that every reference to the item is cleared
(or the items that only exist for it, such as a persona's value proposition, go with
it) in the same undo step. ``copy_with_new_ids`` gives a duplicate fresh ids all the
way down, so a copy never collides with its original.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .base import Item, new_id
from .customer import CustomerJourney, DifferentiationCriterion, JourneyStage, ValueProposition
from .kpi import KpiNode
from .roadmap import Initiative
from .strategy import BusinessGoal
from .walk import index_items, iter_items


@dataclass(frozen=True)
class FieldEdit:
    """Set ``path`` of item ``owner_id`` (None: the plan) to ``value``."""

    owner_id: str | None
    path: str
    value: Any


@dataclass(frozen=True)
class Removal:
    """Removing an item takes ``edits`` (references cleared) and the removal of the
    ``dependents`` (items that belong to it), before the item itself goes."""

    edits: list[FieldEdit]
    dependents: list[str]


#: Fields that hold a single id (cleared to None) or a list of ids (the id dropped).
_SINGLE = MappingProxyType({KpiNode: ("department_id", "goal_id"), Initiative: ("persona_id", "channel_id", "goal_id"),
           JourneyStage: ("channel_id",)})
_LISTS = MappingProxyType({BusinessGoal: ("agreed_department_ids",), KpiNode: ("children",), Initiative: ("kpi_ids",)})
#: Items that exist only for the persona they name: removed with it.
_BELONGS_TO_PERSONA = (ValueProposition, CustomerJourney)


def removal_plan(plan, item_id: str) -> Removal:
    """Everything to change before ``item_id`` can be removed without leaving a
    dangling reference (the item itself is not included)."""
    edits: list[FieldEdit] = []
    dependents: list[str] = []
    for item, _ in iter_items(plan):
        if item.id == item_id:
            continue
        if isinstance(item, _BELONGS_TO_PERSONA) and item.persona_id == item_id:
            dependents.append(item.id)
            continue
        for cls, names in _SINGLE.items():
            if isinstance(item, cls):
                edits.extend(FieldEdit(item.id, n, None) for n in names if getattr(item, n) == item_id)
        for cls, names in _LISTS.items():
            if isinstance(item, cls):
                for name in names:
                    ids = getattr(item, name)
                    if item_id in ids:
                        edits.append(FieldEdit(item.id, name, [i for i in ids if i != item_id]))
        if isinstance(item, DifferentiationCriterion) and item_id in item.competitor_scores:
            scores = {k: v for k, v in item.competitor_scores.items() if k != item_id}
            edits.append(FieldEdit(item.id, "competitor_scores", scores))
    participants = plan.review.cadence.participant_department_ids
    if item_id in participants:
        edits.append(FieldEdit(None, "review.cadence.participant_department_ids",
                               [i for i in participants if i != item_id]))
    return Removal(edits, dependents)


def copy_with_new_ids(item: Item, existing: set[str] | None = None) -> tuple[Item, dict[str, str]]:
    """A deep copy of ``item`` where it and every item inside it has a fresh id (same
    prefix). Returns the copy and old id → new id."""
    copy = item.model_copy(deep=True)
    taken = set(existing or ())
    mapping: dict[str, str] = {}
    for inner in [copy, *(found for found, _ in iter_items(copy))]:
        prefix = inner.id.rsplit("-", 1)[0] if "-" in inner.id else inner.id[:20]
        fresh = new_id(prefix)
        while fresh in taken:
            fresh = new_id(prefix)
        taken.add(fresh)
        mapping[inner.id] = fresh
        inner.id = fresh
    return copy, mapping


def persona_companions(plan, persona_id: str) -> list[Item]:
    """The value propositions and journeys of a persona, in document order."""
    return [item for item, _ in iter_items(plan)
            if isinstance(item, _BELONGS_TO_PERSONA) and item.persona_id == persona_id]


def all_ids(plan) -> set[str]:
    return set(index_items(plan))
