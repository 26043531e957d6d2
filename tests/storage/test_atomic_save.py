"""A failed save leaves the old file (and its backup) byte-for-byte intact, no temp
files behind, and raises SaveError with a sentence that names the file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from storage_helpers import folder_state

from canvas_app.model import Plan
from canvas_app.storage import atomic, project_file
from canvas_app.storage.project_file import SaveError, save_plan


@pytest.fixture
def saved(tmp_path: Path, full_plan: Plan) -> Path:
    """A folder with plan.scanvas saved twice (so a .bak exists too)."""
    target = tmp_path / "plan.scanvas"
    save_plan(full_plan, target)
    full_plan.settings.title = "second"
    save_plan(full_plan, target)
    return target


def _fail_with(err: int):
    def fail(*_args, **_kwargs):
        raise OSError(err, os.strerror(err))

    return fail


@pytest.mark.parametrize("patched", ["replace", "fsync"])
def test_disk_full_during_save_changes_nothing(saved: Path, full_plan: Plan, monkeypatch: pytest.MonkeyPatch, patched: str) -> None:
    before = folder_state(saved.parent)
    monkeypatch.setattr(os, patched, _fail_with(errno.ENOSPC))
    full_plan.settings.title = "third"
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    monkeypatch.undo()
    assert info.value.code == "disk_full"
    assert "plan.scanvas" in info.value.message() and "full" in info.value.message()
    assert folder_state(saved.parent) == before  # same files, same bytes, no temp files


def test_failure_while_writing_the_backup_keeps_both_files(saved: Path, full_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    before = folder_state(saved.parent)
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".bak"):
            raise OSError(errno.EIO, "I/O error")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    assert info.value.code == "other" and "I/O error" in info.value.message()
    assert folder_state(saved.parent) == before


def test_failure_in_the_middle_of_writing_removes_the_temp_file(saved: Path, full_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    before = folder_state(saved.parent)
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(bytes(data[:10]))
            raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    assert info.value.code == "too_big"
    assert folder_state(saved.parent) == before


@pytest.mark.parametrize(
    ("err", "code"),
    [
        (errno.EACCES, "permission"),
        (errno.EPERM, "permission"),
        (errno.EROFS, "read_only"),
        (errno.ENOSPC, "disk_full"),
        (errno.EFBIG, "too_big"),
        (errno.EIO, "other"),
    ],
)
def test_os_errors_map_to_codes_with_a_sentence(saved: Path, full_plan: Plan, monkeypatch: pytest.MonkeyPatch, err: int, code: str) -> None:
    # We run as root in CI, so chmod cannot make a folder unwritable: fail os.open instead.
    before = folder_state(saved.parent)
    monkeypatch.setattr(os, "open", _fail_with(err))
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    monkeypatch.undo()
    assert info.value.code == code
    message = info.value.message()
    assert "plan.scanvas" in message and message.endswith(".") and "\n" not in message
    assert folder_state(saved.parent) == before


def test_missing_folder_and_folder_in_the_way(tmp_path: Path, full_plan: Plan) -> None:
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, tmp_path / "nowhere" / "plan.scanvas")
    assert info.value.code == "no_folder" and "nowhere" in info.value.message()
    (tmp_path / "dir.scanvas").mkdir()
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, tmp_path / "dir.scanvas")
    assert info.value.code == "is_folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.scanvas"]


def test_a_plan_too_large_to_reopen_is_not_written(saved: Path, full_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    before = folder_state(saved.parent)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    assert info.value.code == "too_large"
    assert folder_state(saved.parent) == before


def test_write_atomic_creates_a_new_file_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.scanvas"
    atomic.write_atomic(target, b"data", backup=tmp_path / "new.scanvas.bak")
    assert target.read_bytes() == b"data"
    assert not (tmp_path / "new.scanvas.bak").exists()
    umask = os.umask(0)
    os.umask(umask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~umask)


def test_a_plan_that_would_not_open_again_is_not_written(saved: Path, full_plan: Plan) -> None:
    before = folder_state(saved.parent)
    # Assignment validates the field, not the whole plan: an edit can leave a reference
    # dangling (here: the persona an initiative targets).
    full_plan.roadmap.initiatives[0].persona_id = "per-deleted"
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved)
    assert info.value.code == "invalid_plan" and info.value.params["load_code"] == "bad_reference"
    message = info.value.message()
    assert "plan.scanvas" in message and "per-deleted" in message and "\n" not in message
    assert folder_state(saved.parent) == before


def test_unknown_fields_cannot_be_saved_as_the_current_schema(saved: Path, full_plan: Plan) -> None:
    before = folder_state(saved.parent)
    newer = Plan.model_validate({**full_plan.model_dump(mode="json"), "forecasts": [1]})
    with pytest.raises(SaveError) as info:
        save_plan(newer, saved)
    assert info.value.params["load_code"] == "unknown_field"
    assert folder_state(saved.parent) == before
    save_plan(newer, saved, schema_version=2)  # kept as the newer schema it came from
    assert project_file.load_plan(saved).read_only
