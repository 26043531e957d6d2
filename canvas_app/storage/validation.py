"""Turning pydantic validation errors and unknown fields into LoadError parameters
that name the item (kind, name, id), the field and the JSON location."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ValidationError

__all__ = ["ITEM_LIST_KINDS", "describe_location", "params_from_validation_error", "first_unknown_field",
           "first_overlong_text"]

#: The JSON field that holds a list of items → the item kind (model.walk.KIND_BY_CLASS).
ITEM_LIST_KINDS = MappingProxyType({
    "departments": "department",
    "headline_targets": "headline_target",
    "priorities": "priority",
    "goals": "goal",
    "personas": "persona",
    "value_propositions": "value_proposition",
    "competitors": "competitor",
    "criteria": "criterion",
    "channels": "channel",
    "journeys": "journey",
    "stages": "journey_stage",
    "nodes": "kpi",
    "initiatives": "initiative",
    "milestones": "milestone",
    "meetings": "review",
    "decisions": "decision",
    "action_items": "action",
    "snapshots": "snapshot",
})

#: Problem codes of canvas_app.model.references (raised by Plan's validator).
REFERENCE_CODES = frozenset(
    {
        "duplicate_id",
        "dangling_reference",
        "wrong_reference_kind",
        "kpi_two_parents",
        "kpi_cycle",
        "duplicate_funnel_role",
        "bad_period",
        "duplicate_actual",
    }
)

#: pydantic error type → our short problem key (canvas_app.text.errors.problem_text).
_PROBLEMS = MappingProxyType({
    "missing": "missing",
    "float_type": "not_number",
    "float_parsing": "not_number",
    "int_type": "not_whole_number",
    "int_parsing": "not_whole_number",
    "finite_number": "not_number",
    "int_from_float": "not_whole_number",
    "string_type": "not_text",
    "string_unicode": "not_text",
    "bool_type": "not_boolean",
    "bool_parsing": "not_boolean",
    "date_type": "not_date",
    "date_parsing": "not_date",
    "date_from_datetime_parsing": "not_date",
    "date_from_datetime_inexact": "not_date",
    "datetime_type": "not_datetime",
    "datetime_parsing": "not_datetime",
    "datetime_from_date_parsing": "not_datetime",
    "enum": "not_allowed",
    "literal_error": "not_allowed",
    "string_too_long": "too_long",
    "string_too_short": "too_short",
    "string_pattern_mismatch": "not_id",
    "greater_than": "out_of_range",
    "greater_than_equal": "out_of_range",
    "less_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "list_type": "not_list",
    "dict_type": "not_object",
    "model_type": "not_object",
    "model_attributes_type": "not_object",
    "value_error": "rule",
    "assertion_error": "rule",
})

_NAME_FIELDS = ("name", "label", "text", "period")


def _location_text(loc: Sequence[Any]) -> str:
    return " → ".join(str(part) for part in loc)


def describe_location(raw_plan: Any, loc: Sequence[Any]) -> dict[str, str]:
    """Name the innermost item on the path ``loc`` in the raw plan dict.

    Returns ``location`` (the whole path), and when the path passes through an item:
    ``item_kind``, ``item_id``, ``item_name`` and ``field`` (the rest of the path).
    """
    info = {"location": _location_text(loc), "item_kind": "", "item_id": "", "item_name": "", "field": ""}
    node: Any = raw_plan
    parent_key: Any = None
    for depth, part in enumerate(loc):
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            parent_key, node = part, node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            kind = ITEM_LIST_KINDS.get(parent_key) if isinstance(parent_key, str) else None
            if kind and isinstance(node, dict):
                item_id = node.get("id") if isinstance(node.get("id"), str) else ""
                name = next((node[f].strip() for f in _NAME_FIELDS if isinstance(node.get(f), str) and node[f].strip()), "")
                info.update(item_kind=kind, item_id=item_id[:64], item_name=(name or item_id)[:80],
                            field=_location_text(loc[depth + 1 :]))
            parent_key = None
        else:
            break
    return info


def params_from_validation_error(error: ValidationError, raw_plan: Any, prefix: Sequence[Any] = ()) -> tuple[str, dict[str, Any]]:
    """The LoadError code and params for the first error of ``error``."""
    errors = error.errors(include_url=False, include_input=False)
    if not errors:  # pragma: no cover - pydantic never raises an empty error
        return "invalid_value", {"problem": "invalid", "detail": "", **describe_location(raw_plan, prefix)}
    first = errors[0]
    kind = first["type"]
    ctx = first.get("ctx") or {}
    loc = tuple(prefix) + tuple(first["loc"])
    more = len(errors) - 1
    if kind in REFERENCE_CODES:
        params = {key: str(ctx.get(key, "")) for key in ("item_kind", "item_id", "item_name", "field", "ref")}
        params.update(problem=kind, location=_location_text(loc), more=more)
        return "bad_reference", params
    params = describe_location(raw_plan, loc)
    problem = _PROBLEMS.get(kind, "invalid")
    detail = str(first.get("msg", ""))
    if problem == "rule":
        detail = detail.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    limit = next((ctx[key] for key in ("ge", "gt", "le", "lt", "max_length", "min_length") if key in ctx), "")
    params.update(problem=problem, detail=detail, expected=str(ctx.get("expected", "")), limit=str(limit), more=more)
    return "invalid_value", params


def first_unknown_field(model: BaseModel, loc: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """Path to the first field (in document order) that the model does not define."""
    extra = model.model_extra
    for name in type(model).model_fields:
        value = getattr(model, name)
        found = _unknown_in(value, loc + (name,))
        if found is not None:
            return found
    if extra:
        return loc + (next(iter(extra)),)
    return None


def _unknown_in(value: Any, loc: tuple[Any, ...]) -> tuple[Any, ...] | None:
    if isinstance(value, BaseModel):
        return first_unknown_field(value, loc)
    if isinstance(value, list):
        for index, element in enumerate(value):
            if isinstance(element, BaseModel):
                found = first_unknown_field(element, loc + (index,))
                if found is not None:
                    return found
    return None


def first_overlong_text(value: Any, limit: int) -> tuple[Any, ...] | None:
    """Path to a string (or object key) longer than ``limit`` characters in parsed
    JSON, without recursion; None when there is none."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        loc, node = stack.pop()
        if isinstance(node, str):
            if len(node) > limit:
                return loc
        elif isinstance(node, dict):
            for key, child in node.items():
                if len(key) > limit:
                    return loc + (key[:40],)
                stack.append((loc + (key,), child))
        elif isinstance(node, list):
            stack.extend((loc + (index,), child) for index, child in enumerate(node))
    return None
