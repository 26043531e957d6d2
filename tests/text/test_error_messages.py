"""Every error code gives one sentence that names the file; bad params never raise."""

from __future__ import annotations

import pytest

from canvas_app.storage.errors import LoadError, LoadWarning, SaveError
from canvas_app.text.errors import item_text, load_error_message, problem_text, rule_text, save_error_message
from canvas_app.text.language import Language

LOAD_CODES = [
    "not_found", "unreadable", "too_large", "not_utf8", "empty", "not_json", "duplicate_key", "not_finite",
    "too_deep", "not_a_plan", "bad_version", "unsupported_version", "migration_failed", "bad_text",
    "invalid_value", "bad_reference", "unknown_field", "internal", "some_future_code",
]
SAVE_CODES = ["disk_full", "permission", "read_only", "no_folder", "too_big", "is_folder", "too_large", "not_serializable",
              "invalid_plan", "other", "x"]


@pytest.mark.parametrize("code", LOAD_CODES)
def test_load_messages_name_the_file(code: str) -> None:
    message = LoadError(code, {"file": "計画.scanvas"}).message(Language("en"))
    assert "計画.scanvas" in message and message.endswith(".") and "{" not in message


@pytest.mark.parametrize("code", SAVE_CODES)
def test_save_messages_name_the_file(code: str) -> None:
    message = SaveError(code, {"file": "plan.scanvas", "folder": "/tmp", "reason": "I/O error"}).message(Language("en"))
    assert "plan.scanvas" in message and message.endswith(".") and "{" not in message
    assert save_error_message(code, {}, Language("en")) == SaveError(code).message(Language("en"))


def test_reference_messages() -> None:
    params = {"file": "a.scanvas", "problem": "dangling_reference", "item_kind": "kpi", "item_id": "k1",
              "item_name": "Leads", "field": "children", "ref": "k9"}
    assert load_error_message("bad_reference", params, Language("en")) == (
        "Cannot open “a.scanvas”: KPI “Leads” (k1) refers in “children” to “k9”, which does not exist."
    )
    params.update(problem="duplicate_funnel_role", ref="win_rate")
    assert "“Win rate”" in load_error_message("bad_reference", params, Language("en"))


def test_value_messages_with_and_without_an_item() -> None:
    with_item = {"file": "a.scanvas", "item_kind": "goal", "item_id": "g1", "item_name": "売上", "field": "target",
                 "location": "strategy → goals → 0 → target", "problem": "not_number"}
    assert load_error_message("invalid_value", with_item, Language("en")) == (
        "Cannot open “a.scanvas”: in Business goal “売上” (g1), “target” is not a number (at strategy → goals → 0 → target)."
    )
    plain = {"file": "a.scanvas", "location": "settings → money_unit", "problem": "not_allowed", "expected": "'yen'"}
    assert load_error_message("invalid_value", plain, Language("en")) == (
        "Cannot open “a.scanvas”: the value at settings → money_unit is not one of the allowed values ('yen')."
    )
    rule = {"file": "a.scanvas", "location": "settings → thresholds", "problem": "rule",
            "detail": "the at-risk threshold must not exceed the on-track threshold"}
    assert "must not exceed" in load_error_message("invalid_value", rule, Language("en"))


def test_helpers() -> None:
    assert item_text("goal", "g1", "g1", lang=Language("en")) == "Business goal “g1”"
    assert item_text("", "", "", lang=Language("en")) == "Item"
    assert problem_text("unheard_of", {"detail": "x"}, Language("en")) == "is invalid (x)"
    assert rule_text("something new", Language("en")) == "something new"
    assert "{" not in problem_text("too_long", {}, Language("en"))  # a missing placeholder formats as empty


def test_warnings() -> None:
    warning = LoadWarning("newer_version", {"file": "n.scanvas", "version": 2, "current": 1})
    assert "n.scanvas" in warning.message(Language("en")) and "2" in warning.message(Language("en"))
    assert warning == LoadWarning("newer_version", {"file": "n.scanvas", "version": 2, "current": 1})
    assert LoadWarning("odd").message(Language("en")) == "odd"
