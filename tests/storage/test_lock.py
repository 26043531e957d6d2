"""Lock files: who has a plan open, stale locks taken over, and only one winner."""

from __future__ import annotations

import errno
import json
import os
import time
from pathlib import Path

import pytest
from process_helpers import dead_pid, python

from canvas_app.storage import lock as lock_module
from canvas_app.storage.lock import LockedError, LockInfo, acquire, is_stale, lock_path, read_lock
from canvas_app.storage.process import current_process, host_name

HOLD = """
import sys
from canvas_app.storage.lock import acquire, LockedError
try:
    held = acquire(sys.argv[1])
except LockedError as error:
    print("LOCKED", error.info.pid if error.info else 0, flush=True)
else:
    print("ACQUIRED" if held else "NONE", flush=True)
sys.stdin.readline()
if held:
    held.release()
"""


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "計画.scanvas"
    path.write_text("{}", encoding="utf-8")
    return path


def write_lock(path: Path, *, host: str | None = None, pid: int | None = None, age: float = 0, **fields) -> Path:
    info = LockInfo(user=fields.pop("user", "sato"), host=host or host_name(), pid=pid or os.getppid(),
                    since=fields.pop("since", "2026-05-01T00:00:00Z"), token="theirs", **fields)
    target = lock_path(path)
    target.write_bytes(info.to_bytes())
    if age:
        moment = time.time() - age
        os.utime(target, (moment, moment))
    return target


def test_the_lock_is_a_json_file_next_to_the_plan_and_goes_on_release(plan_file: Path) -> None:
    held = acquire(plan_file)
    assert held is not None and held.is_held()
    assert lock_path(plan_file).name == "計画.scanvas.lock"
    data = json.loads(lock_path(plan_file).read_text(encoding="utf-8"))
    me = current_process()
    assert data["format"] == "strategy-canvas-lock"
    assert (data["host"], data["pid"]) == (me.host, me.pid) and data["since"].endswith("Z") and data["user"] is not None
    assert read_lock(plan_file) == held.info
    held.release()
    assert not lock_path(plan_file).exists() and not held.is_held()
    held.release()  # twice is harmless
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["計画.scanvas"]  # no temp files either


def test_a_second_instance_sees_who_has_it_and_gets_it_after_release(plan_file: Path) -> None:
    holder = python(HOLD, str(plan_file))
    try:
        assert holder.stdout.readline().strip() == "ACQUIRED"
        with pytest.raises(LockedError) as info:
            acquire(plan_file)
        assert info.value.info.pid == holder.pid and info.value.info.host == host_name()
        assert info.value.info.since_datetime() is not None
    finally:
        holder.communicate("\n", timeout=60)
    assert acquire(plan_file) is not None


def test_a_lock_left_by_a_killed_process_on_this_machine_is_taken_over(plan_file: Path) -> None:
    write_lock(plan_file, pid=dead_pid())
    held = acquire(plan_file)
    assert held is not None and read_lock(plan_file).pid == os.getpid()
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["計画.scanvas", "計画.scanvas.lock"]


def test_a_reused_pid_is_not_mistaken_for_the_holder(plan_file: Path) -> None:
    # Same pid as a live process, but that process started at another time: stale.
    write_lock(plan_file, pid=os.getppid(), process_start="another-boot:1")
    if not current_process().start:
        pytest.skip("no process start times on this system")
    assert acquire(plan_file) is not None


@pytest.mark.parametrize(("age", "locked"), [(60, True), (lock_module.STALE_AFTER - 600, True),
                                             (lock_module.STALE_AFTER + 600, False)])
def test_a_lock_from_another_machine_is_stale_only_after_a_long_silence(plan_file: Path, age: float, locked: bool) -> None:
    write_lock(plan_file, host="other-pc", pid=os.getpid(), age=age)
    if locked:
        with pytest.raises(LockedError) as info:
            acquire(plan_file)
        assert info.value.info.host == "other-pc" and info.value.info.user == "sato"
    else:
        assert acquire(plan_file) is not None


@pytest.mark.parametrize(("age", "locked"), [(1, True), (lock_module.UNREADABLE_GRACE + 60, False)])
def test_a_damaged_lock_is_respected_briefly_then_taken_over(plan_file: Path, age: float, locked: bool) -> None:
    target = lock_path(plan_file)
    target.write_bytes(b"\x00garbage")
    moment = time.time() - age
    os.utime(target, (moment, moment))
    if locked:
        with pytest.raises(LockedError) as info:
            acquire(plan_file)
        assert info.value.info is None
    else:
        assert acquire(plan_file) is not None


def test_the_same_process_reopening_takes_over_and_the_first_release_leaves_it(plan_file: Path) -> None:
    first = acquire(plan_file)
    second = acquire(plan_file)
    assert first is not None and second is not None and not first.is_held() and second.is_held()
    first.release()
    assert lock_path(plan_file).exists() and second.is_held()
    second.release()
    assert not lock_path(plan_file).exists()


def test_refresh_touches_and_recreates_a_vanished_lock(plan_file: Path) -> None:
    held = acquire(plan_file)
    target = lock_path(plan_file)
    os.utime(target, (1, 1))
    assert held.refresh() and target.stat().st_mtime > 1000
    target.unlink()
    assert held.refresh() and held.is_held()
    write_lock(plan_file, host="other-pc")  # someone took it over: not ours any more
    assert not held.refresh()
    held.release()
    assert read_lock(plan_file).host == "other-pc"  # theirs is left alone


def test_a_folder_without_write_access_gives_no_lock_not_an_error(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "open", refuse)
    assert acquire(plan_file) is None


def test_without_hard_links_the_lock_is_created_exclusively(plan_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_args, **_kwargs):
        raise OSError(errno.EPERM, "no links here")

    monkeypatch.setattr(os, "link", no_links)
    held = acquire(plan_file)
    assert held is not None and held.is_held()
    holder = python(HOLD, str(plan_file))
    try:
        assert holder.stdout.readline().split()[0] == "LOCKED"
    finally:
        holder.communicate("\n", timeout=60)
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["計画.scanvas", "計画.scanvas.lock"]


def test_of_many_instances_taking_over_a_stale_lock_exactly_one_wins(plan_file: Path) -> None:
    write_lock(plan_file, pid=dead_pid())
    racers = [python(HOLD, str(plan_file)) for _ in range(6)]
    try:
        answers = [racer.stdout.readline().split() for racer in racers]
    finally:
        for racer in racers:
            racer.communicate("\n", timeout=60)
    winners = [racer.pid for racer, answer in zip(racers, answers) if answer == ["ACQUIRED"]]
    assert len(winners) == 1, answers
    losers = {int(answer[1]) for answer in answers if answer[0] == "LOCKED"}
    assert losers <= {winners[0], 0} and len(answers) == 6


def test_is_stale_rules() -> None:
    now = time.time()
    me = current_process()
    mine = LockInfo(host=me.host, pid=me.pid, process_start=me.start)
    assert not is_stale(mine, now - 10 * lock_module.STALE_AFTER, now)  # alive here: never stale by age
    assert is_stale(LockInfo(host=me.host, pid=dead_pid()), now, now)
    assert not is_stale(LockInfo(host="elsewhere", pid=1), now - 60, now)
    assert is_stale(LockInfo(host="elsewhere", pid=1), now - lock_module.STALE_AFTER - 1, now)
    assert LockInfo.from_bytes(b'{"format": "strategy-canvas-lock", "pid": "7"}') is None
    assert LockInfo.from_bytes(b"[1]") is None and LockInfo(since="nonsense").since_datetime() is None


@pytest.mark.parametrize("left_by", ["dead process here", "live process here", "a day old elsewhere"])
def test_temp_files_of_a_process_killed_while_taking_a_lock_are_tidied(plan_file: Path, left_by: str) -> None:
    from canvas_app.storage.process import host_tag

    pid = os.getppid() if left_by == "live process here" else dead_pid()
    tag = host_tag() if left_by != "a day old elsewhere" else host_tag("elsewhere")
    left = plan_file.with_name(f".{lock_path(plan_file).name}.{tag}.{pid}.123456789.tmp")
    left.write_bytes(b"half a lock")
    if left_by == "a day old elsewhere":
        os.utime(left, (time.time() - 25 * 3600,) * 2)
    other = plan_file.with_name(f".other.scanvas.lock.{host_tag()}.{dead_pid()}.1.tmp")  # another plan's: not ours to judge
    other.write_bytes(b"")
    held = acquire(plan_file)
    assert held is not None
    assert left.exists() == (left_by == "live process here") and other.exists()
    assert not any(p.name.startswith(f".{lock_path(plan_file).name}.") and p != left
                   for p in plan_file.parent.iterdir())  # our own temp is gone too
    held.release()
