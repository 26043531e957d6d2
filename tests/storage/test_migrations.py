"""The migration registry: steps run in order on dicts, in memory; the file is untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storage_helpers import folder_state

from canvas_app.storage import migrations
from canvas_app.storage.migrations import for_each_snapshot_plan, migrate
from canvas_app.storage.project_file import LoadError, load_plan, save_plan


def test_the_registry_is_a_dict_of_steps_below_the_current_version() -> None:
    assert isinstance(migrations.MIGRATIONS, dict)
    assert all(1 <= version < migrations.SCHEMA_VERSION for version in migrations.MIGRATIONS)
    assert all(callable(step) for step in migrations.MIGRATIONS.values())


def _old_file(folder: Path) -> Path:
    # A "schema 1" file of an imagined history in which settings.title was called "name"
    # and KPI nodes had "label" instead of "name" (renamed by step 1→2), and step 2→3
    # added the money unit.
    plan = {
        "settings": {"name": "旧形式の計画", "fiscal_year": 2025},
        "kpis": {"nodes": [{"id": "k1", "label": "リード数", "target": 100}]},
        "snapshots": [{"id": "s1", "taken_at": "2025-07-01T00:00:00Z", "plan": {"settings": {"name": "Q1"}}}],
    }
    path = folder / "old.scanvas"
    path.write_text(json.dumps({"format": "strategy-canvas", "schema_version": 1, "plan": plan}), encoding="utf-8")
    return path


def _registry(calls: list[str]) -> dict:
    def rename_title(plan: dict) -> dict:
        calls.append("1→2")
        settings = plan.setdefault("settings", {})
        if "name" in settings:
            settings["title"] = settings.pop("name")
        for node in plan.get("kpis", {}).get("nodes", []):
            node["name"] = node.pop("label", "")
        for_each_snapshot_plan(plan, rename_title)
        return plan

    def add_money_unit(plan: dict) -> dict:
        calls.append("2→3")
        assert "name" not in plan["settings"], "step 2→3 must run after step 1→2"
        plan["settings"].setdefault("money_unit", "million")
        return plan

    return {1: rename_title, 2: add_money_unit}


def test_registered_steps_run_in_order_and_the_file_is_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", _registry(calls))
    path = _old_file(tmp_path)
    before = folder_state(tmp_path)

    loaded = load_plan(path)

    assert calls == ["1→2", "1→2", "2→3"]  # the plan's step 1→2 migrates its snapshot too
    assert folder_state(tmp_path) == before
    plan = loaded.plan
    assert plan.settings.title == "旧形式の計画" and plan.settings.money_unit == "million"
    assert plan.kpis.nodes[0].name == "リード数"
    assert plan.snapshots[0].plan["settings"] == {"title": "Q1"}
    assert loaded.schema_version == 1 and not loaded.read_only
    assert [w.code for w in loaded.warnings] == ["migrated"]
    assert "old.scanvas" in loaded.warnings[0].message()

    original = path.read_bytes()
    save_plan(plan, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
    assert (tmp_path / "old.scanvas.bak").read_bytes() == original


def test_a_failing_step_is_a_load_error_and_leaves_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(plan: dict) -> dict:
        raise KeyError("settings")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: broken})
    path = _old_file(tmp_path)
    before = folder_state(tmp_path)
    with pytest.raises(LoadError) as info:
        load_plan(path)
    assert info.value.code == "migration_failed"
    assert "old.scanvas" in info.value.message() and "1" in info.value.message()
    assert folder_state(tmp_path) == before


def test_a_step_must_return_a_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda plan: None})
    with pytest.raises(TypeError):
        migrate({}, 1, 2)


def test_migrate_names_the_missing_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda plan: plan})
    with pytest.raises(migrations.MigrationMissing) as info:
        migrate({}, 1, 3)
    assert info.value.version == 2
    assert migrate({"a": 1}, 1, 1) == {"a": 1}
