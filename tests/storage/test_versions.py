"""Versioned files (design.md §4): a frozen file of every released schema version still
loads; a real migration step (registered here, as the next schema change will register
its own) upgrades old files in memory only — opening never rewrites them — and
``canvas-app upgrade`` rewrites them keeping ``.bak``; a file from a newer version opens
read-only and keeps what this version does not know."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from schema_steps import fill_owner_from_goal
from storage_helpers import DATA_DIR, FROZEN_V1, folder_state

from canvas_app import cli
from canvas_app.storage import migrations
from canvas_app.storage.project_file import backup_path, load_plan

NEWER = DATA_DIR / "newer_version_v999.scanvas"


def untouched(path: Path):
    """A snapshot of ``path``: its bytes and modification time (and its folder)."""
    return path.read_bytes(), os.stat(path).st_mtime_ns, folder_state(path.parent)


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old plan.scanvas"
    shutil.copy2(FROZEN_V1, target)
    return target


@pytest.fixture
def step_1_to_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 2 as a real change: a KPI tied to a goal and without an owner takes the
    goal's owner (on the plan and on every snapshot's plan)."""
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: fill_owner_from_goal})


def test_every_released_schema_version_has_a_frozen_file_that_still_loads() -> None:
    for version in range(1, migrations.SCHEMA_VERSION + 1):
        frozen = DATA_DIR / f"schema_v{version}.scanvas"
        assert frozen.is_file(), f"freeze a schema-{version} file as {frozen.name} (see migrations.py)"
        before = untouched(frozen)
        loaded = load_plan(frozen)
        assert loaded.schema_version == version and not loaded.read_only
        assert json.loads(frozen.read_bytes())["schema_version"] == version
        assert untouched(frozen) == before


def test_a_real_step_upgrades_an_old_file_in_memory_and_opening_never_rewrites_it(v1_copy: Path, step_1_to_2, qapp) -> None:
    from canvas_app.document import DocumentSession

    before = untouched(v1_copy)
    raw = json.loads(v1_copy.read_bytes())["plan"]
    assert raw["kpis"]["nodes"][1]["owner"] == "" and raw["kpis"]["nodes"][1]["goal_id"] == "goal-revenue"

    loaded = load_plan(v1_copy)
    assert loaded.schema_version == 1 and not loaded.read_only
    assert [w.code for w in loaded.warnings] == ["migrated"]
    nodes = {n.id: n for n in loaded.plan.kpis.nodes}
    assert nodes["kpi-new-rev"].owner == "代表取締役" and nodes["kpi-won"].owner == "営業部長"
    assert nodes["kpi-opps"].owner == ""  # no goal: left alone
    session = DocumentSession.open(v1_copy)
    assert not session.modified and session.warnings
    assert cli.main(["validate", str(v1_copy), "--lang", "en"]) == 0
    assert untouched(v1_copy) == before  # bytes, time and folder: opening wrote nothing
    session.undo_stack.clear()


def test_upgrade_rewrites_in_the_new_schema_and_keeps_the_old_file_as_bak(v1_copy: Path, step_1_to_2, capsys) -> None:
    original = v1_copy.read_bytes()
    assert cli.main(["upgrade", str(v1_copy), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert "schema version 2" in out and "converted from schema version 1" in err
    upgraded = json.loads(v1_copy.read_bytes())
    assert upgraded["schema_version"] == 2
    assert upgraded["plan"]["kpis"]["nodes"][1]["owner"] == "代表取締役"
    assert backup_path(v1_copy).read_bytes() == original
    again = load_plan(v1_copy)
    assert again.schema_version == 2 and again.warnings == ()
    second = v1_copy.read_bytes()
    assert cli.main(["upgrade", str(v1_copy), "--lang", "en"]) == 0  # already current: canonical rewrite
    assert backup_path(v1_copy).read_bytes() == second


def test_without_the_step_an_old_file_is_one_clear_error_and_untouched(v1_copy: Path, monkeypatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    before = untouched(v1_copy)
    assert cli.main(["upgrade", str(v1_copy), "--lang", "en"]) == 3
    assert untouched(v1_copy) == before


def test_the_frozen_newer_file_opens_read_only_with_its_unknown_fields(tmp_path: Path) -> None:
    target = tmp_path / "newer.scanvas"
    shutil.copy2(NEWER, target)
    before = untouched(target)
    loaded = load_plan(target)
    assert loaded.read_only and loaded.schema_version == 999
    assert [w.code for w in loaded.warnings] == ["newer_version"]
    assert loaded.envelope_extra == {"signature": {"alg": "ed25519", "value": "c2lnbmF0dXJl"}}
    assert loaded.plan.model_extra["forecasts"][0]["method"] == "linear"
    assert loaded.plan.strategy.goals[0].model_extra["confidence"]["level"] == 3
    assert untouched(target) == before
    assert cli.main(["upgrade", str(target), "--lang", "en"]) == 3  # this version cannot upgrade it
    assert untouched(target) == before
