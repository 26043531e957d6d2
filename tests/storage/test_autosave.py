"""Recovery copies: written beside nothing of the user's, listed after a crash (not while
their instance runs), restored exactly, discarded on request."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from process_helpers import dead_pid
from storage_helpers import folder_state

from canvas_app.model import Plan
from canvas_app.storage import autosave, paths
from canvas_app.storage.autosave import list_copies, load_copy, read_copy, write_recovery
from canvas_app.storage.process import host_name
from canvas_app.storage.project_file import load_plan, save_plan
from canvas_app.storage.stamp import FileStamp

STAMP = FileStamp(10, 123, "a" * 64)


def as_if_written_by(file: Path, *, pid: int, host: str | None = None) -> None:
    """Pretend another process wrote this copy (it crashed, or runs elsewhere)."""
    record = json.loads(file.read_text(encoding="utf-8"))
    record.update(pid=pid, host=host or host_name(), process_start="")
    file.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def test_a_copy_goes_to_the_data_folder_and_never_touches_the_users_file(tmp_path: Path, full_plan: Plan) -> None:
    user_file = tmp_path / "work" / "plan.scanvas"
    user_file.parent.mkdir()
    save_plan(full_plan, user_file)
    before = folder_state(user_file.parent)
    full_plan.settings.title = "changed, not saved"
    file = write_recovery("doc1", full_plan, original_path=user_file, original_stamp=STAMP)
    assert file.parent == paths.recovery_dir() == paths.data_dir() / "recovery"
    assert file.name == "doc1.scanvas-recovery"
    assert folder_state(user_file.parent) == before
    assert load_plan(user_file).plan.settings.title != "changed, not saved"
    record = json.loads(file.read_text(encoding="utf-8"))
    assert record["format"] == "strategy-canvas-recovery" and record["original_path"] == str(user_file)
    assert record["pid"] == os.getpid() and record["host"] == host_name() and record["saved_at"].endswith("Z")
    assert record["document"]["format"] == "strategy-canvas" and record["document"]["plan"]["settings"]["title"] == "changed, not saved"
    assert sorted(p.name for p in file.parent.iterdir()) == ["doc1.scanvas-recovery"]  # no temp files


def test_copies_of_a_running_instance_are_not_offered_those_of_a_crashed_one_are(full_plan: Plan) -> None:
    mine = write_recovery("mine", full_plan)
    crashed = write_recovery("crashed", full_plan, original_path=Path("/plans/a.scanvas"), original_stamp=STAMP)
    as_if_written_by(crashed, pid=dead_pid())
    elsewhere = write_recovery("elsewhere", full_plan)
    as_if_written_by(elsewhere, pid=os.getpid(), host="another-pc")  # unknown there: offered
    running = write_recovery("running", full_plan)
    as_if_written_by(running, pid=os.getppid())  # alive on this machine: another window's
    offered = {c.id for c in list_copies()}
    assert offered == {"crashed", "elsewhere"}
    assert {c.id for c in list_copies(include_running=True)} == {"mine", "crashed", "elsewhere", "running"}
    copy = next(c for c in list_copies() if c.id == "crashed")
    assert copy.original_path == Path("/plans/a.scanvas") and copy.display_name == "a.scanvas"
    assert copy.original_stamp == STAMP and copy.title == full_plan.settings.title and not copy.damaged
    assert mine.exists()


def test_a_restored_copy_is_the_plan_that_was_written(full_plan: Plan) -> None:
    full_plan.settings.title = "ワークショップ中の変更"
    file = write_recovery("doc", full_plan, now=dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone.utc))
    copy = read_copy(file)
    assert copy.saved_at == dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone.utc)
    assert copy.original_path is None and copy.display_name == ""
    loaded = load_copy(copy)
    assert loaded.plan == full_plan and not loaded.read_only


def test_a_newer_files_version_and_unknown_fields_survive_the_copy(full_plan: Plan) -> None:
    newer = Plan.model_validate({**full_plan.model_dump(mode="json"), "forecasts": [1, 2]})
    file = write_recovery("newer", newer, schema_version=7, envelope_extra={"signature": "abc"})
    record = json.loads(file.read_text(encoding="utf-8"))
    assert record["document"]["schema_version"] == 7 and record["document"]["signature"] == "abc"
    loaded = load_copy(read_copy(file))
    assert loaded.read_only and loaded.schema_version == 7 and loaded.envelope_extra == {"signature": "abc"}
    assert loaded.plan.model_extra == {"forecasts": [1, 2]}


@pytest.mark.parametrize("content", [b"", b"\x00\xff", b"[]", b'{"format": "strategy-canvas-recovery"}',
                                     b'{"format": "x", "document": {}}'])
def test_a_damaged_copy_is_listed_as_damaged_and_can_be_discarded(content: bytes) -> None:
    folder = paths.recovery_dir()
    folder.mkdir(parents=True)
    file = folder / "broken.scanvas-recovery"
    file.write_bytes(content)
    (copy,) = list_copies()
    assert copy.damaged and copy.file == file and copy.id == "broken"
    autosave.discard(copy)
    autosave.discard(copy)  # gone already: fine
    assert list_copies() == []


def test_a_copy_whose_plan_no_longer_validates_gives_a_load_error(full_plan: Plan) -> None:
    full_plan.roadmap.initiatives[0].persona_id = "per-deleted"  # dangling: autosave keeps it anyway
    file = write_recovery("dangling", full_plan)
    with pytest.raises(autosave.LoadError) as info:
        load_copy(read_copy(file))
    assert info.value.code == "bad_reference"


def test_listing_ignores_other_files_and_a_missing_folder(tmp_path: Path) -> None:
    assert list_copies(tmp_path / "nowhere") == []
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "sub.scanvas-recovery").mkdir()
    assert list_copies(tmp_path) == []
