"""Every way a file can be bad gives the one LoadError with a code and a clear sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storage_helpers import folder_state

from canvas_app.storage import limits, migrations, project_file
from canvas_app.storage.project_file import LoadError, load_bytes, load_plan


def envelope_bytes(envelope: dict) -> bytes:
    return json.dumps(envelope, ensure_ascii=False).encode("utf-8")


def load_error(data: bytes, name: str = "bad.scanvas") -> LoadError:
    with pytest.raises(LoadError) as info:
        load_bytes(data, name)
    message = info.value.message()
    assert name in message and message.endswith(".") and "\n" not in message
    assert str(info.value) == message
    return info.value


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (b"\xff\xfe{\x00}\x00", "not_utf8"),
        (b'{"format": "strategy-canvas", "plan": {}, "x": "\xe3\x81"}', "not_utf8"),
        (b"{", "not_json"),
        (b"{'single': 'quotes'}", "not_json"),
        (b"1" * 5000, "number_too_long"),  # more digits than int() converts
        (b'{"format": "strategy-canvas", "format": "strategy-canvas"}', "duplicate_key"),
        (b'{"a": NaN}', "not_finite"),
        (b'{"a": Infinity}', "not_finite"),
        (b'{"a": -Infinity}', "not_finite"),
        (b'{"a": 1e999}', "not_finite"),
        (b"[" * 10_000 + b"]" * 10_000, "too_deep"),
        (b'{"a": ' * 10_000 + b"1" + b"}" * 10_000, "too_deep"),
        (b"[1, 2]", "not_a_plan"),
        (b'"text"', "not_a_plan"),
        (b'{"format": "other", "schema_version": 1, "plan": {}}', "not_a_plan"),
        (b'{"format": "strategy-canvas", "schema_version": 1, "plan": []}', "not_a_plan"),
        (b'{"format": "strategy-canvas", "schema_version": "1", "plan": {}}', "bad_version"),
        (b'{"format": "strategy-canvas", "schema_version": 0, "plan": {}}', "bad_version"),
        (b'{"format": "strategy-canvas", "schema_version": true, "plan": {}}', "bad_version"),
        (b'{"format": "strategy-canvas", "schema_version": 1.0, "plan": {}}', "bad_version"),
        (b'{"format": "strategy-canvas", "schema_version": 1, "plan": {}, "extra": 1}', "unknown_field"),
        (b'{"format": "strategy-canvas", "schema_version": 1, "saved_at": 5, "plan": {}}', "invalid_value"),
        (b'{"format": "strategy-canvas", "schema_version": 1, "plan": {"settings": {"title": "\\ud800"}}}', "bad_text"),
    ],
)
def test_broken_files_give_one_coded_error(data: bytes, code: str) -> None:
    assert load_error(data).code == code


def test_depth_just_over_the_limit_is_refused_and_a_real_plan_is_far_below(full_envelope: dict) -> None:
    deep: object = 1
    for _ in range(limits.MAX_DEPTH):
        deep = [deep]
    full_envelope["plan"]["snapshots"][0]["plan"]["deep"] = deep
    assert load_error(envelope_bytes(full_envelope)).code == "too_deep"


def test_an_empty_plan_object_is_a_valid_empty_plan() -> None:
    loaded = load_bytes(b'{"format": "strategy-canvas", "schema_version": 1, "plan": {}}', "empty.scanvas")
    assert loaded.plan.strategy.goals == [] and loaded.app_version == "" and loaded.saved_at == ""


def test_wrong_types_are_not_coerced_and_the_item_is_named(full_envelope: dict) -> None:
    full_envelope["plan"]["strategy"]["goals"][1]["target"] = "60"
    error = load_error(envelope_bytes(full_envelope))
    assert error.code == "invalid_value"
    assert error.params["item_kind"] == "goal" and error.params["item_id"] == "goal-new"
    assert error.params["problem"] == "not_number"
    message = error.message()
    assert "新規顧客数" in message and "goal-new" in message and "Business goal" in message
    assert "strategy → goals → 1 → target" in message and "is not a number" in message


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("settings", "fiscal_year"), 2026.5, "not_whole_number"),
        (("settings", "fiscal_year"), "2026", "not_whole_number"),
        (("settings", "fiscal_year_start_month"), 13, "out_of_range"),
        (("settings", "money_unit"), "euro", "not_allowed"),
        (("settings", "language"), "fr", "not_allowed"),
        (("settings", "title"), 5, "not_text"),
        (("settings", "title"), "x" * 501, "too_long"),
        (("settings", "departments"), {"id": "d"}, "not_list"),
        (("strategy",), [], "not_object"),
        (("strategy", "goals", 0, "deadline"), "31/03/2027", "not_date"),
        (("strategy", "goals", 0, "id"), "has space", "not_id"),
        (("roadmap", "initiatives", 0, "budget_yen"), 1.5, "not_whole_number"),
        (("roadmap", "initiatives", 0, "budget_yen"), -1, "out_of_range"),
        (("roadmap", "initiatives", 0, "end"), "2026-01-01", "rule"),
        (("roadmap", "initiatives", 0, "milestones", 0, "done"), "yes", "not_boolean"),
        (("review", "actuals", 0, "value"), None, "not_number"),
        (("snapshots", 0, "taken_at"), "yesterday", "not_datetime"),
        (("kpis", "nodes", 6, "children"), ["kpi-mqls"], "rule"),
    ],
)
def test_each_kind_of_bad_value_is_described(full_envelope: dict, path: tuple, value: object, problem: str) -> None:
    container = full_envelope["plan"]
    for part in path[:-1]:
        container = container[part]
    container[path[-1]] = value
    error = load_error(envelope_bytes(full_envelope))
    assert (error.code, error.params["problem"]) == ("invalid_value", problem)
    assert " → ".join(map(str, path[: len(error.params["location"].split(" → "))])) == error.params["location"]


def test_a_missing_required_field_is_named(full_envelope: dict) -> None:
    del full_envelope["plan"]["customers"]["value_propositions"][0]["persona_id"]
    error = load_error(envelope_bytes(full_envelope))
    assert error.params["problem"] == "missing" and error.params["field"] == "persona_id"
    assert "“persona_id” is missing" in error.message()


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda p: p["kpis"]["nodes"][1]["children"].__setitem__(0, "kpi-nowhere"), "dangling_reference"),
        (lambda p: p["strategy"]["goals"][1].__setitem__("id", "goal-revenue"), "duplicate_id"),
        (lambda p: p["roadmap"]["initiatives"][0].__setitem__("persona_id", "ch-web"), "wrong_reference_kind"),
        (lambda p: p["kpis"]["nodes"][21].__setitem__("role", "leads"), "duplicate_funnel_role"),
        (lambda p: p["review"]["actuals"][0].__setitem__("period", "M01"), "bad_period"),
        (lambda p: p["review"]["actuals"][1].__setitem__("kpi_id", "kpi-leads"), "duplicate_actual"),
    ],
)
def test_broken_references_name_the_item(full_envelope: dict, mutate, problem: str) -> None:
    mutate(full_envelope["plan"])
    error = load_error(envelope_bytes(full_envelope))
    assert error.code == "bad_reference" and error.params["problem"] == problem
    assert error.params["item_id"] and error.params["item_id"] in error.message()


def test_a_cycle_in_the_kpi_tree_is_a_load_error(full_envelope: dict) -> None:
    nodes = full_envelope["plan"]["kpis"]["nodes"]
    leads = next(n for n in nodes if n["id"] == "kpi-leads")
    leads.update(formula="sum", children=["kpi-revenue"])
    error = load_error(envelope_bytes(full_envelope))
    assert error.params["problem"] in {"kpi_cycle", "kpi_two_parents"}


def test_unknown_fields_in_a_current_file_are_refused_with_their_place(full_envelope: dict) -> None:
    full_envelope["plan"]["roadmap"]["initiatives"][1]["milestones"] = [{"id": "ms-9", "name": "展示会", "dun": True}]
    error = load_error(envelope_bytes(full_envelope))
    assert error.code == "unknown_field" and error.params["name"] == "dun"
    assert error.params["item_kind"] == "milestone"
    assert "roadmap → initiatives → 1 → milestones → 0 → dun" in error.message()


def test_unknown_fields_inside_a_snapshot_plan_are_refused_too(full_envelope: dict) -> None:
    full_envelope["plan"]["snapshots"][0]["plan"]["settings"]["colour"] = "red"
    error = load_error(envelope_bytes(full_envelope))
    assert error.code == "unknown_field" and error.params["location"] == "snapshots → 0 → plan → settings → colour"


def test_an_invalid_snapshot_plan_is_a_load_error(full_envelope: dict) -> None:
    full_envelope["plan"]["snapshots"][0]["plan"]["kpis"]["nodes"][0]["target"] = "many"
    error = load_error(envelope_bytes(full_envelope))
    assert error.code == "invalid_value"
    assert error.params["location"].startswith("snapshots → 0 → plan → kpis → nodes → 0")


def test_file_level_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(LoadError) as info:
        load_plan(tmp_path / "missing.scanvas")
    assert info.value.code == "not_found" and "missing.scanvas" in info.value.message()
    with pytest.raises(LoadError) as info:
        load_plan(tmp_path)
    assert (info.value.code, info.value.params["kind"]) == ("not_a_file", "folder")
    big = tmp_path / "big.scanvas"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 1024)
    before = folder_state(tmp_path)
    with pytest.raises(LoadError) as info:
        load_plan(big)
    assert info.value.code == "too_large"
    with pytest.raises(LoadError) as info:
        load_bytes(b" " * 2048, "big.scanvas")
    assert info.value.code == "too_large"
    assert folder_state(tmp_path) == before


def test_memory_and_unexpected_errors_become_load_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(project_file, "_parse", explode)
    assert load_error(b"{}").code == "too_large"

    def bug(*_args, **_kwargs):
        raise KeyError("oops")

    monkeypatch.setattr(project_file, "_parse", bug)
    error = load_error(b"{}")
    assert error.code == "internal" and "KeyError" in error.message()


def test_unsupported_old_version_without_a_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    error = load_error(b'{"format": "strategy-canvas", "schema_version": 1, "plan": {}}')
    assert error.code == "unsupported_version" and error.params["version"] == 1


def test_an_overlong_text_is_refused_before_validation_and_named(full_envelope: dict) -> None:
    from canvas_app.model.base import Text
    from canvas_app.storage.limits import MAX_TEXT_CHARS

    assert Text.__metadata__[0].max_length == MAX_TEXT_CHARS  # the model's longest text
    full_envelope["plan"]["strategy"]["goals"][0]["owner"] = "x" * (MAX_TEXT_CHARS + 1)
    with pytest.raises(LoadError) as info:
        load_bytes(json.dumps(full_envelope).encode("utf-8"), "long.scanvas")
    assert info.value.code == "invalid_value" and info.value.params["problem"] == "too_long"
    assert info.value.params["item_kind"] == "goal" and info.value.params["field"] == "owner"
    newer = dict(full_envelope, schema_version=99)  # a newer file's own fields may be long
    newer["plan"]["strategy"]["goals"][0]["owner"] = "x"
    newer["plan"]["future_notes"] = "y" * (MAX_TEXT_CHARS + 1)
    assert load_bytes(json.dumps(newer).encode("utf-8"), "newer.scanvas").read_only
