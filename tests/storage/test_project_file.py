"""The .scanvas format: round trip, stable formatting, backups, newer files (design.md §4)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from storage_helpers import FROZEN_V1, folder_state

from canvas_app.model import BusinessGoal, Plan
from canvas_app.storage import migrations
from canvas_app.storage.project_file import (
    FORMAT,
    canonical_bytes,
    load_bytes,
    load_plan,
    plan_to_dict,
    save_plan,
    serialize,
)

STAMP = "2026-05-01T10:00:00Z"


def test_round_trip_keeps_the_whole_plan(tmp_path: Path, full_plan: Plan) -> None:
    target = tmp_path / "plan.scanvas"
    save_plan(full_plan, target)
    loaded = load_plan(target)
    assert loaded.plan == full_plan
    assert loaded.plan.model_dump() == full_plan.model_dump()
    assert loaded.schema_version == migrations.SCHEMA_VERSION
    assert not loaded.read_only and loaded.warnings == ()


def test_saving_twice_gives_identical_bytes(tmp_path: Path, full_plan: Plan) -> None:
    first, second = tmp_path / "a.scanvas", tmp_path / "b.scanvas"
    save_plan(full_plan, first, saved_at=STAMP)
    save_plan(load_plan(first).plan, second, saved_at=STAMP)
    assert first.read_bytes() == second.read_bytes()
    assert serialize(full_plan, saved_at=STAMP) == first.read_bytes()


def test_envelope_and_plan_keys_follow_a_fixed_order(full_plan: Plan) -> None:
    data = json.loads(serialize(full_plan, saved_at=STAMP))
    assert list(data) == ["format", "schema_version", "app_version", "saved_at", "plan"]
    assert data["format"] == FORMAT and data["schema_version"] == 1 and data["saved_at"] == STAMP
    assert list(data["plan"]) == list(Plan.model_fields)
    goal = data["plan"]["strategy"]["goals"][0]
    assert list(goal) == list(BusinessGoal.model_fields)


def test_free_maps_are_sorted_and_whole_numbers_have_no_decimal_point(full_plan: Plan) -> None:
    full_plan.kpis.nodes[6].period_targets = {"Q4": 1.0, "Q1": 2.5, "Q3": 3.0}
    text = serialize(full_plan, saved_at=STAMP).decode("utf-8")
    data = json.loads(text)
    node = data["plan"]["kpis"]["nodes"][6]
    assert list(node["period_targets"]) == ["Q1", "Q3", "Q4"]
    assert node["period_targets"] == {"Q1": 2.5, "Q3": 3, "Q4": 1}
    scores = data["plan"]["customers"]["criteria"][0]["competitor_scores"]
    assert list(scores) == sorted(scores)
    assert '"target": 1200000000,' in text and "1200000000.0" not in text


def test_file_is_utf8_indented_with_a_trailing_newline(full_plan: Plan) -> None:
    raw = serialize(full_plan, saved_at=STAMP)
    text = raw.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "format": "strategy-canvas",\n  "schema_version": 1,')
    assert "みどり製作所" in text  # not \u escaped
    assert not raw.startswith(b"\xef\xbb\xbf")


def test_the_frozen_schema_1_file_still_loads_with_every_part() -> None:
    loaded = load_plan(FROZEN_V1)
    plan = loaded.plan
    assert loaded.schema_version == 1 and not loaded.read_only
    assert loaded.saved_at == "2026-07-10T09:00:00Z"
    assert plan.settings.title == "みどり製作所 マーケティング計画 2026"
    assert [d.id for d in plan.settings.departments] == ["dept-mkt", "dept-is", "dept-sales", "dept-cs"]
    assert plan.strategy.mid_term_plan.headline_targets[0].value == 3_000_000_000
    assert plan.strategy.goals[0].agreed_department_ids == ["dept-mkt", "dept-sales"]
    assert plan.customers.value_propositions[0].persona_id == "per-1"
    assert plan.customers.criteria[0].competitor_scores == {"comp-a": 3, "comp-excel": 1}
    assert plan.customers.journeys[0].stages[0].channel_id == "ch-web"
    assert len(plan.kpis.nodes) == 23
    assert plan.roadmap.initiatives[0].milestones[0].done is True
    assert plan.review.meetings[0].decisions[1].revisit_step == 2
    assert plan.review.meetings[1].action_items[0].carried_from == "act-1"
    assert plan.snapshots[0].plan["settings"]["title"] == "Q1時点"
    # Rewriting the frozen file with its own stamp reproduces it byte for byte: the
    # canonical formatting has not drifted.
    assert serialize(plan, saved_at=loaded.saved_at, app_version=loaded.app_version) == FROZEN_V1.read_bytes()


def test_save_keeps_the_previous_version_as_bak(tmp_path: Path, full_plan: Plan) -> None:
    target = tmp_path / "plan.scanvas"
    save_plan(full_plan, target, saved_at=STAMP)
    assert not (tmp_path / "plan.scanvas.bak").exists()  # nothing to back up the first time
    before = target.read_bytes()
    full_plan.settings.title = "changed"
    save_plan(full_plan, target, saved_at=STAMP)
    assert (tmp_path / "plan.scanvas.bak").read_bytes() == before
    assert load_plan(target).plan.settings.title == "changed"
    assert sorted(os.listdir(tmp_path)) == ["plan.scanvas", "plan.scanvas.bak"]


def test_save_without_backup(tmp_path: Path, full_plan: Plan) -> None:
    target = tmp_path / "plan.scanvas"
    save_plan(full_plan, target)
    save_plan(full_plan, target, keep_backup=False)
    assert sorted(os.listdir(tmp_path)) == ["plan.scanvas"]


def test_save_keeps_permissions_and_symlinks(tmp_path: Path, full_plan: Plan) -> None:
    real = tmp_path / "real.scanvas"
    save_plan(full_plan, real)
    os.chmod(real, 0o640)
    link = tmp_path / "link.scanvas"
    link.symlink_to(real)
    full_plan.settings.title = "through the link"
    save_plan(full_plan, link)
    assert link.is_symlink()
    assert load_plan(real).plan.settings.title == "through the link"
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640


def test_canonical_bytes_compare_plans_without_the_timestamp(full_plan: Plan) -> None:
    copy = full_plan.model_copy(deep=True)
    assert canonical_bytes(copy) == canonical_bytes(full_plan)
    copy.strategy.goals[0].target = 1
    assert canonical_bytes(copy) != canonical_bytes(full_plan)
    assert json.loads(canonical_bytes(full_plan)) == plan_to_dict(full_plan)


def test_a_utf8_bom_is_tolerated(full_plan: Plan) -> None:
    data = b"\xef\xbb\xbf" + serialize(full_plan)
    assert load_bytes(data, "bom.scanvas").plan == full_plan


def test_a_newer_file_opens_read_only_and_its_unknown_fields_survive_a_save(tmp_path: Path, full_envelope: dict) -> None:
    full_envelope["schema_version"] = migrations.SCHEMA_VERSION + 1
    full_envelope["plan"]["settings"]["colour_theme"] = "dark"
    full_envelope["plan"]["strategy"]["goals"][0]["confidence"] = {"level": 3}
    full_envelope["plan"]["forecasts"] = [1, 2]
    full_envelope["signature"] = "abc"
    source = tmp_path / "newer.scanvas"
    source.write_text(json.dumps(full_envelope, ensure_ascii=False), encoding="utf-8")
    before = folder_state(tmp_path)

    loaded = load_plan(source)
    assert folder_state(tmp_path) == before
    assert loaded.read_only and loaded.schema_version == migrations.SCHEMA_VERSION + 1
    assert [w.code for w in loaded.warnings] == ["newer_version"]
    assert "newer.scanvas" in loaded.warnings[0].message() and "read-only" in loaded.warnings[0].message()
    assert loaded.plan.strategy.goals[0].model_extra == {"confidence": {"level": 3}}

    copy = tmp_path / "copy.scanvas"
    save_plan(loaded.plan, copy, schema_version=loaded.schema_version, extra_envelope=loaded.envelope_extra)
    written = json.loads(copy.read_text(encoding="utf-8"))
    assert written["schema_version"] == migrations.SCHEMA_VERSION + 1
    assert written["signature"] == "abc"
    assert written["plan"]["settings"]["colour_theme"] == "dark"
    assert written["plan"]["strategy"]["goals"][0]["confidence"] == {"level": 3}
    assert written["plan"]["forecasts"] == [1, 2]
    assert load_plan(copy).read_only


def test_loading_never_writes(tmp_path: Path, full_plan: Plan) -> None:
    target = tmp_path / "plan.scanvas"
    save_plan(full_plan, target)
    before, mtime = folder_state(tmp_path), os.stat(target).st_mtime_ns
    load_plan(target)
    assert folder_state(tmp_path) == before and os.stat(target).st_mtime_ns == mtime
