"""Compare two plans, e.g. a quarterly snapshot with the live plan (四半期の比較).

``compare_plans(old, new)`` lists what changed in the numbers people steer by: business
goals (added / removed / baseline, target, deadline), personas (added / removed), KPIs
(added / removed / target and per-period targets) and initiatives (added / removed /
budget, start, end, status). Changes are listed section by section (goals, personas,
KPIs, initiatives); within a section removals come first (in the old plan's order),
then additions and edits (in the new plan's order).

Values are plain: numbers stay numbers, dates become ISO strings, enums their keys, so a
change can go to JSON as it is. For an added or removed item, ``field`` is "" and
``old``/``new`` holds its name (user text, not display text of ours).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from canvas_app.model.base import Item
from canvas_app.model.plan import Plan
from canvas_app.model.review import Snapshot
from canvas_app.model.walk import item_label

ChangeKind = Literal["added", "removed", "changed"]
Value = str | float | int | None


@dataclass(frozen=True)
class Change:
    """One difference between two plans.

    Attributes:
        kind: "added", "removed" or "changed".
        item_kind: "goal", "persona", "kpi" or "initiative".
        field: the field that changed ("target", "budget_yen", "period_targets.Q2", …),
            "" for an added or removed item.
    """

    kind: ChangeKind
    item_kind: str
    item_id: str
    field: str
    old: Value
    new: Value


def _plain(value: Any) -> Value:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _section(
    kind: str,
    old_items: Sequence[Item],
    new_items: Sequence[Item],
    fields: Sequence[str],
    extra: Callable[[Any, Any], list[tuple[str, Value, Value]]] | None = None,
) -> list[Change]:
    old_by_id = {item.id: item for item in old_items}
    new_by_id = {item.id: item for item in new_items}
    changes = [
        Change("removed", kind, item.id, "", item_label(item), None)
        for item in old_items if item.id not in new_by_id
    ]
    for item in new_items:
        before = old_by_id.get(item.id)
        if before is None:
            changes.append(Change("added", kind, item.id, "", None, item_label(item)))
            continue
        for name in fields:
            was, now = _plain(getattr(before, name)), _plain(getattr(item, name))
            if was != now:
                changes.append(Change("changed", kind, item.id, name, was, now))
        for name, was, now in (extra(before, item) if extra else []):
            changes.append(Change("changed", kind, item.id, name, was, now))
    return changes


def _period_target_changes(before: Any, after: Any) -> list[tuple[str, Value, Value]]:
    keys = sorted(set(before.period_targets) | set(after.period_targets))
    return [
        (f"period_targets.{key}", before.period_targets.get(key), after.period_targets.get(key))
        for key in keys
        if before.period_targets.get(key) != after.period_targets.get(key)
    ]


def compare_plans(old: Plan, new: Plan) -> list[Change]:
    """What changed from ``old`` to ``new`` (see the module docstring for the scope)."""
    return [
        *_section("goal", old.strategy.goals, new.strategy.goals, ("baseline", "target", "deadline")),
        *_section("persona", old.customers.personas, new.customers.personas, ()),
        *_section("kpi", old.kpis.nodes, new.kpis.nodes, ("target",), _period_target_changes),
        *_section("initiative", old.roadmap.initiatives, new.roadmap.initiatives,
                  ("budget_yen", "start", "end", "status")),
    ]


def snapshot_plan(snapshot: Snapshot) -> Plan:
    """The plan a snapshot holds, validated (raises ``pydantic.ValidationError`` when
    the stored copy is not a valid plan)."""
    return Plan.model_validate(snapshot.plan)


def compare_with_snapshot(snapshot: Snapshot, plan: Plan) -> list[Change]:
    """What changed from the snapshot to the live plan."""
    return compare_plans(snapshot_plan(snapshot), plan)
