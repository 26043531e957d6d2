"""Locks in the window: a plan open elsewhere says who has it and opens read-only on
request; stale locks are taken over; locks go when the plan is closed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from safety_helpers import REPO, dead_pid

from canvas_app.commands import EditField
from canvas_app.storage import lock
from canvas_app.storage.project_file import load_plan
from canvas_app.ui.dialogs.lock_dialog import LockChoice, LockedDialog, holder_text

HOLDER = """
import sys
from canvas_app.storage.lock import acquire
held = acquire(sys.argv[1])
print("HELD" if held else "NONE", flush=True)
sys.stdin.readline()
held.release()
"""


@pytest.fixture
def holder(saved_plan):
    """Another process holding the plan's lock, as a second instance would."""
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(saved_plan)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    assert process.stdout.readline().strip() == "HELD"
    yield process
    process.communicate("\n", timeout=60)


@pytest.fixture
def locked_dialog(monkeypatch):
    class Script:
        choice = LockChoice.READ_ONLY
        seen: list = []

    script = Script()
    script.seen = []
    monkeypatch.setattr(LockedDialog, "ask", classmethod(
        lambda cls, parent, name, info: (script.seen.append((name, info)), script.choice)[1]))
    return script


def test_opening_a_plan_takes_its_lock_and_closing_releases_it(window, dialogs, saved_plan, tmp_path):
    assert window.open_path(saved_plan)
    info = lock.read_lock(saved_plan)
    assert info.pid == os.getpid() and window.session.lock is not None
    other = tmp_path / "other.scanvas"
    other.write_bytes(saved_plan.read_bytes())
    assert window.open_path(other)  # the first plan leaves the window: its lock goes
    assert not lock.lock_path(saved_plan).exists() and lock.lock_path(other).exists()
    window.close()
    assert not lock.lock_path(other).exists()


def test_a_plan_open_in_another_instance_says_who_and_opens_read_only(window, dialogs, saved_plan, holder,
                                                                       locked_dialog, tmp_path):
    before = saved_plan.read_bytes()
    assert window.open_path(saved_plan)
    ((name, info),) = locked_dialog.seen
    assert name == saved_plan.name and info.pid == holder.pid and info.host == lock.current_process().host
    assert info.user is not None and info.since_datetime() is not None
    session = window.session
    assert session.read_only and session.read_only_reason == "locked" and session.lock is None
    text = window.read_only_banner.label.text()
    assert window.read_only_banner.isVisible() and info.host in text and "read-only" in text
    assert lock.read_lock(saved_plan).pid == holder.pid  # theirs, untouched
    window.session.push(EditField(window.session, "g-rev", "owner", "Mine"))
    dialogs.save_path = tmp_path / "mine.scanvas"
    assert window.save()  # read-only: Save goes to Save As
    assert dialogs.asked[-1].startswith("save_as:")
    assert saved_plan.read_bytes() == before
    assert load_plan(dialogs.save_path).plan.strategy.goals[0].owner == "Mine"
    assert not window.session.read_only and lock.read_lock(dialogs.save_path).pid == os.getpid()


def test_cancel_keeps_the_current_plan(window, dialogs, saved_plan, holder, locked_dialog):
    locked_dialog.choice = LockChoice.CANCEL
    current = window.session
    assert not window.open_path(saved_plan)
    assert window.session is current and len(locked_dialog.seen) == 1


def test_save_as_onto_a_plan_someone_has_open_is_refused(window, dialogs, saved_plan, holder):
    before = saved_plan.read_bytes()
    dialogs.save_path = saved_plan
    assert not window.save_as()
    assert len(dialogs.errors) == 1 and saved_plan.name in dialogs.errors[0]
    assert saved_plan.read_bytes() == before and lock.read_lock(saved_plan).pid == holder.pid


def test_a_lock_left_by_a_crashed_instance_is_taken_over_without_asking(window, dialogs, saved_plan, locked_dialog):
    stale = lock.LockInfo(user="sato", host=lock.current_process().host, pid=dead_pid(), since="2026-05-01T00:00:00Z",
                          token="old")
    lock.lock_path(saved_plan).write_bytes(stale.to_bytes())
    assert window.open_path(saved_plan)
    assert locked_dialog.seen == [] and not window.session.read_only
    assert lock.read_lock(saved_plan).pid == os.getpid()


def test_a_newer_file_opened_read_only_takes_no_lock(window, dialogs, saved_plan):
    data = json.loads(saved_plan.read_text(encoding="utf-8"))
    data["schema_version"] += 1
    saved_plan.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_path(saved_plan)
    assert window.session.read_only_reason == "newer_version" and window.session.lock is None
    assert not lock.lock_path(saved_plan).exists()


def test_holder_texts():
    assert holder_text(None) == "someone else"
    assert holder_text(lock.LockInfo(user="sato", host="PC-12")) == "sato on PC-12"
    text = holder_text(lock.LockInfo(user="", host="PC-12", since="2026-05-01T00:00:00Z"))
    assert text.startswith("someone on PC-12 since 2026/05/01") or text.startswith("someone on PC-12 since 2026/04/30")
