"""Messages for load and save errors and load warnings: one sentence each, in the
language passed (the UI's), naming the file and, for problems inside the plan, the item and location.

Storage raises errors with a code and plain parameters (canvas_app.storage.errors); this
module alone turns them into text, so translations live in one place (context "Errors").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .labels import enum_label, item_kind_label
from .language import Language

__all__ = ["load_error_message", "save_error_message", "load_warning_message", "problem_text", "rule_text", "item_text"]


class _Params(dict):
    """Missing placeholders format as empty text instead of raising."""

    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError, AttributeError):  # a malformed translation
        return template


def item_text(kind: str, item_id: str = "", name: str = "", *, lang: Language) -> str:
    """"Business goal “Revenue” (goal-1)", shortened when the name is the id or absent."""
    label = item_kind_label(kind, lang) if kind else item_kind_label("item", lang)
    if name and item_id and name != item_id:
        return lang.translate("Errors", "{kind} “{name}” ({id})").format(kind=label, name=name, id=item_id)
    if name or item_id:
        return lang.translate("Errors", "{kind} “{name}”").format(kind=label, name=name or item_id)
    return label


def rule_text(detail: str, lang: Language) -> str:
    """Translate the known rule messages of the model's validators; others stay as is."""
    known = {
        "an input KPI cannot have child KPIs": lang.translate("Errors", "an input KPI cannot have child KPIs"),
        "a ratio KPI needs exactly two child KPIs": lang.translate("Errors", "a ratio KPI needs exactly two child KPIs"),
        "a difference KPI needs exactly two child KPIs": lang.translate(
            "Errors", "a difference KPI needs exactly two child KPIs"
        ),
        "a computed KPI needs child KPIs": lang.translate("Errors", "a computed KPI needs child KPIs"),
        "a KPI lists the same child twice": lang.translate("Errors", "a KPI lists the same child twice"),
        "the initiative ends before it starts": lang.translate("Errors", "the initiative ends before it starts"),
        "the mid-term plan ends before it starts": lang.translate("Errors", "the mid-term plan ends before it starts"),
        "the at-risk threshold must not exceed the on-track threshold": lang.translate(
            "Errors", "the at-risk threshold must not exceed the on-track threshold"
        ),
    }
    return known.get(detail, detail)


def problem_text(problem: str, params: Mapping[str, Any], lang: Language) -> str:
    """What is wrong with a value, as a predicate: "is not a number"."""
    texts = {
        "missing": lang.translate("Errors", "is missing"),
        "not_number": lang.translate("Errors", "is not a number"),
        "not_whole_number": lang.translate("Errors", "is not a whole number"),
        "not_text": lang.translate("Errors", "is not text"),
        "not_boolean": lang.translate("Errors", "is not true or false"),
        "not_date": lang.translate("Errors", "is not a date (YYYY-MM-DD)"),
        "not_datetime": lang.translate("Errors", "is not a date and time"),
        "not_allowed": lang.translate("Errors", "is not one of the allowed values ({expected})"),
        "too_long": lang.translate("Errors", "is too long (at most {limit} characters)"),
        "too_short": lang.translate("Errors", "is too short"),
        "not_id": lang.translate(
            "Errors", "is not a valid id (up to 64 letters, digits, “-”, “_” or “.”)"
        ),
        "out_of_range": lang.translate("Errors", "is out of range (limit {limit})"),
        "not_list": lang.translate("Errors", "is not a list"),
        "not_object": lang.translate("Errors", "is not an object"),
        "rule": lang.translate("Errors", "breaks a rule: {detail}"),
    }
    template = texts.get(problem, lang.translate("Errors", "is invalid ({detail})"))
    return _fill(template, {**params, "detail": rule_text(str(params.get("detail", "")), lang)})


def _reference_message(params: Mapping[str, Any], lang: Language) -> str:
    item = item_text(str(params.get("item_kind", "")), str(params.get("item_id", "")), str(params.get("item_name", "")), lang=lang)
    problem = params.get("problem", "")
    ref = str(params.get("ref", ""))
    if problem == "duplicate_funnel_role":
        from canvas_app.model.enums import FunnelRole

        if ref in FunnelRole._value2member_map_:
            ref = enum_label(FunnelRole(ref), lang)
    texts = {
        "duplicate_id": lang.translate(
            "Errors", "Cannot open “{file}”: the id “{item_id}” is used by more than one item ({item})."
        ),
        "dangling_reference": lang.translate(
            "Errors", "Cannot open “{file}”: {item} refers in “{field}” to “{ref}”, which does not exist."
        ),
        "wrong_reference_kind": lang.translate(
            "Errors", "Cannot open “{file}”: {item} refers in “{field}” to “{ref}”, which is the wrong kind of item."
        ),
        "kpi_two_parents": lang.translate(
            "Errors", "Cannot open “{file}”: {item} appears under more than one KPI in the KPI tree."
        ),
        "kpi_cycle": lang.translate("Errors", "Cannot open “{file}”: {item} is part of a cycle in the KPI tree."),
        "duplicate_funnel_role": lang.translate(
            "Errors", "Cannot open “{file}”: {item} has the funnel role “{ref}”, which another KPI already has."
        ),
        "bad_period": lang.translate(
            "Errors", "Cannot open “{file}”: {item} uses “{ref}”, which is not a period of this plan."
        ),
        "duplicate_actual": lang.translate(
            "Errors", "Cannot open “{file}”: {item} has more than one actual for the period “{ref}”."
        ),
    }
    template = texts.get(problem, lang.translate("Errors", "Cannot open “{file}”: {item} has a broken reference."))
    return _fill(template, {**params, "item": item, "ref": ref})


def _value_message(params: Mapping[str, Any], lang: Language) -> str:
    location = str(params.get("location", "")) or "plan"
    values = {**params, "location": location, "problem": problem_text(str(params.get("problem", "")), params, lang),
              "detail": rule_text(str(params.get("detail", "")), lang)}
    has_item = bool(params.get("item_kind"))
    if has_item:
        values["item"] = item_text(str(params["item_kind"]), str(params.get("item_id", "")), str(params.get("item_name", "")), lang=lang)
    if params.get("problem") == "rule":
        if has_item and not params.get("field"):
            template = lang.translate("Errors", "Cannot open “{file}”: {item} is invalid: {detail} (at {location}).")
        else:
            template = lang.translate("Errors", "Cannot open “{file}”: {detail} (at {location}).")
    elif has_item and params.get("field"):
        template = lang.translate("Errors", "Cannot open “{file}”: in {item}, “{field}” {problem} (at {location}).")
    else:
        template = lang.translate("Errors", "Cannot open “{file}”: the value at {location} {problem}.")
    return _fill(template, values)


def _unknown_field_message(params: Mapping[str, Any], lang: Language) -> str:
    if params.get("item_kind"):
        item = item_text(str(params["item_kind"]), str(params.get("item_id", "")), str(params.get("item_name", "")), lang=lang)
        template = lang.translate(
            "Errors", "Cannot open “{file}”: {item} has a field “{name}” that this version does not know (at {location})."
        )
        return _fill(template, {**params, "item": item})
    template = lang.translate(
        "Errors", "Cannot open “{file}”: the field “{name}” is not known to this version (at {location})."
    )
    return _fill(template, params)


def _not_a_file_message(params: Mapping[str, Any], lang: Language) -> str:
    texts = {
        "folder": lang.translate("Errors", "“{file}” is a folder, not a plan file."),
        "pipe": lang.translate("Errors", "“{file}” is a named pipe, not a plan file."),
        "device": lang.translate("Errors", "“{file}” is a device, not a plan file."),
        "socket": lang.translate("Errors", "“{file}” is a socket, not a plan file."),
    }
    template = texts.get(str(params.get("kind", "")),
                         lang.translate("Errors", "“{file}” is not an ordinary file, so it is not a plan file."))
    return _fill(template, params)


def load_error_message(code: str, params: Mapping[str, Any], lang: Language) -> str:
    """One sentence for a LoadError."""
    if code == "invalid_value":
        return _value_message(params, lang)
    if code == "bad_reference":
        return _reference_message(params, lang)
    if code == "unknown_field":
        return _unknown_field_message(params, lang)
    if code == "not_a_file":
        return _not_a_file_message(params, lang)
    if code == "number_too_long" and not params.get("line"):
        return _fill(lang.translate(
            "Errors", "The file “{file}” contains a number with {digits} digits, more than a plan can hold."), params)
    texts = {
        "not_found": lang.translate("Errors", "The file “{file}” does not exist."),
        "unreadable": lang.translate("Errors", "The file “{file}” could not be read ({reason})."),
        "too_large": lang.translate("Errors", "The file “{file}” is too large to be a plan (over {limit_mib} MiB)."),
        "not_utf8": lang.translate(
            "Errors", "The file “{file}” is not a Strategy Canvas plan: it is not UTF-8 text (byte {offset})."
        ),
        "empty": lang.translate("Errors", "The file “{file}” is empty."),
        "not_json": lang.translate(
            "Errors", "The file “{file}” is damaged or not a Strategy Canvas plan (invalid JSON at line {line}, column {column})."
        ),
        "duplicate_key": lang.translate(
            "Errors", "The file “{file}” is damaged: the key “{key}” appears twice in the same object."
        ),
        "number_too_long": lang.translate(
            "Errors", "The file “{file}” contains a number with {digits} digits at line {line}, column {column}, "
            "more than a plan can hold."
        ),
        "not_finite": lang.translate(
            "Errors", "The file “{file}” contains “{token}”, which is not a number a plan can hold."
        ),
        "too_deep": lang.translate(
            "Errors", "The file “{file}” is nested more than {limit} levels deep, so it cannot be a plan."
        ),
        "not_a_plan": lang.translate("Errors", "The file “{file}” is not a Strategy Canvas plan."),
        "bad_version": lang.translate("Errors", "The file “{file}” has an invalid schema version ({version})."),
        "unsupported_version": lang.translate(
            "Errors", "The file “{file}” uses schema version {version}, which this version of Strategy Canvas cannot convert."
        ),
        "migration_failed": lang.translate(
            "Errors", "The file “{file}” could not be converted from schema version {version} to {current}."
        ),
        "bad_text": lang.translate("Errors", "The file “{file}” contains text that is not valid Unicode."),
        "internal": lang.translate(
            "Errors", "The file “{file}” could not be opened because of an unexpected error ({reason})."
        ),
    }
    template = texts.get(code, lang.translate("Errors", "The file “{file}” could not be opened ({code})."))
    return _fill(template, {**params, "code": code})


def save_error_message(code: str, params: Mapping[str, Any], lang: Language) -> str:
    """One sentence for a SaveError; it says that the previous file is unchanged."""
    texts = {
        "disk_full": lang.translate(
            "Errors", "Could not save “{file}” because the disk is full; the previous version is unchanged."
        ),
        "permission": lang.translate(
            "Errors", "Could not save “{file}” because you may not write in “{folder}”; the previous version is unchanged."
        ),
        "read_only": lang.translate(
            "Errors", "Could not save “{file}” because “{folder}” is read-only; the previous version is unchanged."
        ),
        "no_folder": lang.translate("Errors", "Could not save “{file}” because the folder “{folder}” does not exist."),
        "too_big": lang.translate(
            "Errors", "Could not save “{file}” because the file is too big for this disk; the previous version is unchanged."
        ),
        "is_folder": lang.translate("Errors", "Could not save “{file}” because a folder has that name."),
        "not_a_file": lang.translate(
            "Errors", "Could not save “{file}” because a named pipe, device or socket has that name; nothing was written."
        ),
        "too_large": lang.translate(
            "Errors", "Could not save “{file}” because the plan is larger than a project file may be."
        ),
        "invalid_plan": lang.translate(
            "Errors", "Could not save “{file}” because the plan would not open again ({problem}); the previous version is unchanged."
        ),
        "changed_on_disk": lang.translate(
            "Errors", "Did not save “{file}” because someone else changed it after you opened it; their version is unchanged."
        ),
        "not_serializable": lang.translate(
            "Errors", "Could not save “{file}” because the plan holds data that cannot be written; the previous version is unchanged."
        ),
    }
    template = texts.get(
        code, lang.translate("Errors", "Could not save “{file}” ({reason}); the previous version is unchanged.")
    )
    return _fill(template, params)


def load_warning_message(code: str, params: Mapping[str, Any], lang: Language) -> str:
    texts = {
        "newer_version": lang.translate(
            "Errors",
            "“{file}” was saved by a newer version of Strategy Canvas (schema {version}), so it is open read-only.",
        ),
        "migrated": lang.translate(
            "Errors", "“{file}” was converted from schema version {version}; saving it writes schema version {current}."
        ),
    }
    return _fill(texts.get(code, code), params)
