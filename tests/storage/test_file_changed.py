"""A file replaced by someone else since we opened (or last saved) it is not overwritten
without asking; stale temp files of killed saves are tidied away."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from process_helpers import dead_pid
from storage_helpers import folder_state

from canvas_app.document import DocumentSession
from canvas_app.model import Plan
from canvas_app.storage.atomic import STALE_TEMP_SECONDS, remove_stale_temps
from canvas_app.storage.process import host_tag
from canvas_app.storage.project_file import SaveError, load_plan, save_plan
from canvas_app.storage.stamp import FileStamp, changed_since, stamp_of_file


@pytest.fixture
def saved(tmp_path: Path, full_plan: Plan) -> Path:
    target = tmp_path / "plan.scanvas"
    save_plan(full_plan, target)
    return target


def test_load_and_save_return_the_stamp_of_the_bytes(saved: Path, full_plan: Plan) -> None:
    loaded = load_plan(saved)
    assert loaded.stamp == stamp_of_file(saved)
    written = save_plan(full_plan, saved)
    assert written == stamp_of_file(saved) and written.size == saved.stat().st_size
    assert FileStamp.from_json(written.to_json()) == written
    assert FileStamp.from_json({"size": "1"}) is None and FileStamp.from_json(None) is None


def test_changed_since_looks_at_the_bytes_not_just_the_time(saved: Path) -> None:
    stamp = stamp_of_file(saved)
    assert not changed_since(saved, stamp)
    os.utime(saved, ns=(stamp.mtime_ns + 5_000_000_000,) * 2)  # touched: same bytes
    assert not changed_since(saved, stamp)
    data = bytearray(saved.read_bytes())
    data[-3] ^= 1  # same size, other bytes
    saved.write_bytes(bytes(data))
    assert changed_since(saved, stamp)
    saved.unlink()
    assert not changed_since(saved, stamp)  # gone: nothing of someone else's to protect


def test_saving_over_a_file_someone_replaced_is_refused_then_allowed_on_request(saved: Path, full_plan: Plan) -> None:
    stamp = load_plan(saved).stamp
    theirs = full_plan.model_copy(deep=True)
    theirs.settings.title = "their version"
    save_plan(theirs, saved)
    before = folder_state(saved.parent)
    full_plan.settings.title = "my version"
    with pytest.raises(SaveError) as info:
        save_plan(full_plan, saved, expect=stamp)
    assert info.value.code == "changed_on_disk" and "plan.scanvas" in info.value.message()
    assert folder_state(saved.parent) == before
    save_plan(full_plan, saved)  # Overwrite: no expectation
    assert load_plan(saved).plan.settings.title == "my version"
    assert load_plan(saved.with_name("plan.scanvas.bak")).plan.settings.title == "their version"


def test_the_session_keeps_the_stamp_and_saves_again_without_a_false_alarm(saved: Path, qapp) -> None:
    session = DocumentSession.open(saved)
    assert session.stamp == stamp_of_file(saved)
    session.plan.settings.title = "first"
    session.undo_stack.resetClean()
    session.save()
    session.plan.settings.title = "second"
    session.save()  # our own save does not count as "someone else"
    other = DocumentSession.open(saved)
    other.plan.settings.title = "someone else"
    other.save()
    session.undo_stack.resetClean()
    with pytest.raises(SaveError) as info:
        session.save()
    assert info.value.code == "changed_on_disk" and session.modified
    assert load_plan(saved).plan.settings.title == "someone else"
    session.save(overwrite=True)
    assert load_plan(saved).plan.settings.title == "second" and not session.modified
    session.save(saved.with_name("copy.scanvas"))  # Save As never compares
    other.undo_stack.clear()
    session.undo_stack.clear()


def test_temp_files_of_killed_saves_are_removed_by_the_next_save(saved: Path, full_plan: Plan) -> None:
    folder = saved.parent
    dead = dead_pid()
    ours_dead = folder / f".plan.scanvas.{host_tag()}.{dead}.0.tmp"
    bak_dead = folder / f".plan.scanvas.bak.{host_tag()}.{dead}.1.tmp"
    ours_alive = folder / f".plan.scanvas.{host_tag()}.{os.getppid()}.0.tmp"
    other_young = folder / f".plan.scanvas.{host_tag('other-pc')}.{dead}.0.tmp"
    other_old = folder / f".plan.scanvas.{host_tag('other-pc')}.{dead}.1.tmp"
    legacy_old = folder / f".plan.scanvas.{dead}.0.tmp"
    unrelated = folder / f".other.scanvas.{host_tag()}.{dead}.0.tmp"
    for temp in (ours_dead, bak_dead, ours_alive, other_young, other_old, legacy_old, unrelated):
        temp.write_bytes(b'{"half": ')
    old = time.time() - STALE_TEMP_SECONDS - 60
    for temp in (other_old, legacy_old):
        os.utime(temp, (old, old))
    save_plan(full_plan, saved)
    left = {p.name for p in folder.iterdir()}
    assert left == {"plan.scanvas", "plan.scanvas.bak", ours_alive.name, other_young.name, unrelated.name}
    assert remove_stale_temps(folder / "missing", ("x",)) == []
