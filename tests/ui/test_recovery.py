"""Autosave and crash recovery in the window: copies written while there are unsaved
changes (never over the user's file), offered after a crash, restored unsaved."""

from __future__ import annotations

import json
import signal
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from safety_helpers import as_if_written_by, dead_pid, start_app

from canvas_app.commands import EditField
from canvas_app.settings import AppSettings
from canvas_app.storage import autosave, lock
from canvas_app.storage.project_file import load_plan, save_plan
from canvas_app.ui import recovery
from canvas_app.ui.dialogs.lock_dialog import LockChoice, LockedDialog
from canvas_app.ui.dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog
from canvas_app.ui.main_window import MainWindow


def edit(window, text="CEO"):
    window.session.push(EditField(window.session, "g-rev", "owner", text))


def copy_file(window) -> Path:
    return autosave.recovery_file(window.session.recovery_id)


@pytest.fixture
def asked(monkeypatch):
    """Script RecoveryDialog: ``asked.answer`` maps a recovery id to a choice (default
    Restore); ``asked.calls`` records the copies offered each time."""
    class Asked:
        calls: list[list[autosave.RecoveryCopy]] = []
        answer: dict[str, RecoveryChoice] = {}

    script = Asked()
    script.calls, script.answer = [], {}

    def ask(cls, parent, copies):
        script.calls.append(list(copies))
        return {c.file: script.answer.get(c.id, RecoveryChoice.RESTORE) for c in copies}

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(ask))
    return script


def test_autosave_writes_a_copy_only_while_there_are_new_unsaved_changes(window, dialogs, saved_plan):
    assert window.open_path(saved_plan)
    before = saved_plan.read_bytes()
    assert window.autosaver.timer.interval() == AppSettings().autosave_seconds * 1000 == 60_000
    assert not window.autosaver.write_now()  # nothing to save
    edit(window)
    assert window.autosaver.write_now() and copy_file(window).exists()
    assert not window.autosaver.write_now()  # unchanged since the copy
    edit(window, "Chair")
    window.autosaver.on_application_state(Qt.ApplicationState.ApplicationInactive)  # focus lost
    assert window.autosaver.writes == 2
    record = json.loads(copy_file(window).read_text(encoding="utf-8"))
    assert record["document"]["plan"]["strategy"]["goals"][0]["owner"] == "Chair"
    assert record["original_path"] == str(saved_plan) and record["original_stamp"]["size"] == len(before)
    assert saved_plan.read_bytes() == before  # never over the user's file
    window.save()
    assert not copy_file(window).exists()  # a clean save removes the copy
    assert load_plan(saved_plan).plan.strategy.goals[0].owner == "Chair"


def test_the_timer_writes_the_copy_and_its_interval_is_a_setting(qtbot, dialogs, plan, session):
    window = MainWindow(session, AppSettings(autosave_seconds=10), None, persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert window.autosaver.timer.interval() == 10_000
    window.autosaver.set_interval(1)
    edit(window)
    qtbot.waitUntil(lambda: copy_file(window).exists(), timeout=5000)
    assert autosave.read_copy(copy_file(window)).original_path is None  # untitled plan


def test_closing_or_discarding_removes_the_copy_and_undo_to_clean_too(window, dialogs, saved_plan):
    assert window.open_path(saved_plan)
    edit(window)
    window.autosaver.write_now()
    window.session.undo_stack.undo()  # back to the saved state
    assert not copy_file(window).exists()
    edit(window)
    window.autosaver.write_now()
    file = copy_file(window)
    dialogs.close_choice = dialogs.close_choice.DISCARD
    assert window.close()
    assert not file.exists()
    assert not lock.lock_path(saved_plan).exists()


def test_a_crashed_sessions_copy_is_offered_and_restores_unsaved_with_its_path(window, dialogs, saved_plan, asked):
    crashed = load_plan(saved_plan)
    crashed.plan.strategy.goals[0].owner = "Changed in the crashed session"
    file = autosave.write_recovery("crashed-doc", crashed.plan, original_path=saved_plan,
                                   original_stamp=crashed.stamp)
    as_if_written_by(file, dead_pid())
    before = saved_plan.read_bytes()

    restored = recovery.offer_recovery(window)

    assert [c.id for c in asked.calls[0]] == ["crashed-doc"]
    assert asked.calls[0][0].display_name == saved_plan.name
    assert restored == [window.session]
    session = window.session
    assert session.plan.strategy.goals[0].owner == "Changed in the crashed session"
    assert session.modified and window.isWindowModified()
    assert session.path == saved_plan and session.recovery_id == "crashed-doc"
    assert session.undo_stack.count() == 0  # nothing pushed: the stack is just never clean
    session.undo_stack.undo()
    assert session.modified
    assert saved_plan.read_bytes() == before  # only Save writes the file
    assert window.warning_banner.isVisible() and "Restored" in window.warning_banner.label.text()
    assert lock.read_lock(saved_plan).pid == lock.current_process().pid
    assert window.save() and dialogs.asked == []  # to its original file, no Save As
    assert load_plan(saved_plan).plan.strategy.goals[0].owner == "Changed in the crashed session"
    assert not file.exists() and not session.modified


def test_discard_keep_and_running_copies(window, dialogs, saved_plan, asked):
    plan = load_plan(saved_plan).plan
    discard = as_if_written_by(autosave.write_recovery("discard-me", plan), dead_pid())
    keep = as_if_written_by(autosave.write_recovery("keep-me", plan), dead_pid())
    running = autosave.write_recovery("this-process", plan)  # ours: a running instance
    asked.answer = {"discard-me": RecoveryChoice.DISCARD, "keep-me": RecoveryChoice.KEEP}
    current = window.session
    assert recovery.offer_recovery(window) == []
    assert {c.id for c in asked.calls[0]} == {"discard-me", "keep-me"}
    assert not discard.exists() and keep.exists() and running.exists()
    assert window.session is current
    keep.unlink()
    assert recovery.offer_recovery(window) == [] and len(asked.calls) == 1  # nothing to offer: no dialog


def test_several_restored_plans_open_in_several_windows(window, dialogs, saved_plan, asked, qtbot):
    plan = load_plan(saved_plan).plan
    for n in range(2):
        plan.settings.title = f"plan {n}"
        as_if_written_by(autosave.write_recovery(f"doc{n}", plan), dead_pid())
    restored = recovery.offer_recovery(window)
    assert len(restored) == 2 and window.session is restored[0]
    (other,) = window._other_windows
    qtbot.addWidget(other, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert other.session is restored[1] and other.isVisible() and other.session.modified
    assert {s.plan.settings.title for s in restored} == {"plan 0", "plan 1"}


def test_a_restored_plan_warns_if_its_file_was_changed_since(window, dialogs, saved_plan, asked, monkeypatch):
    from canvas_app.ui.dialogs.save_problems import ConflictChoice, SaveConflictDialog

    crashed = load_plan(saved_plan)
    as_if_written_by(autosave.write_recovery("doc", crashed.plan, original_path=saved_plan,
                                             original_stamp=crashed.stamp), dead_pid())
    someone = crashed.plan.model_copy(deep=True)
    someone.settings.title = "Saved by a colleague meanwhile"
    save_plan(someone, saved_plan)
    theirs = saved_plan.read_bytes()
    recovery.offer_recovery(window)
    conflicts = []
    monkeypatch.setattr(SaveConflictDialog, "ask", classmethod(
        lambda cls, parent, name: (conflicts.append(name), ConflictChoice.CANCEL)[1]))
    assert not window.save()
    assert conflicts == [saved_plan.name] and saved_plan.read_bytes() == theirs and window.session.modified


def test_a_copy_that_no_longer_loads_says_why_and_stays(window, dialogs, saved_plan, asked):
    plan = load_plan(saved_plan).plan
    plan.roadmap.initiatives[0].persona_id = "gone"
    file = as_if_written_by(autosave.write_recovery("bad", plan), dead_pid())
    assert recovery.offer_recovery(window) == []
    assert len(dialogs.errors) == 1 and "gone" in dialogs.errors[0]
    assert file.exists()


def test_start_up_locks_the_plan_and_a_cancelled_locked_file_gives_a_blank_plan(qtbot, dialogs, saved_plan, asked,
                                                                                 monkeypatch):
    from canvas_app.document import DocumentSession

    window = MainWindow(DocumentSession.open(saved_plan), AppSettings(), None, persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    recovery.start_up(window, ask_lock=True)
    assert window.session.lock is not None and lock.read_lock(saved_plan).pid == lock.current_process().pid
    window.close()
    assert not lock.lock_path(saved_plan).exists()

    holder = lock.LockInfo(user="sato", host="other-pc", pid=1, since="2026-05-01T00:00:00Z", token="x")
    lock.lock_path(saved_plan).write_bytes(holder.to_bytes())
    answers = []
    monkeypatch.setattr(LockedDialog, "ask", classmethod(
        lambda cls, parent, name, info: (answers.append((name, info.user, info.host)), LockChoice.CANCEL)[1]))
    window = MainWindow(DocumentSession.open(saved_plan), AppSettings(), None, persist=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    recovery.start_up(window, ask_lock=True)
    assert answers == [(saved_plan.name, "sato", "other-pc")]
    assert window.session.path is None and window.session.plan.strategy.goals == []


def test_after_a_real_crash_the_next_start_sees_the_lock_then_recovers_the_work(window, dialogs, saved_plan, asked,
                                                                                 tmp_path, monkeypatch):
    """The real app in another process opens the plan, edits it, autosaves, and is killed
    with SIGKILL. Meanwhile this window finds the plan locked by it; afterwards the lock
    is stale and taken over, and the unsaved edit comes back."""
    child = start_app(saved_plan, tmp_path / "config")
    watchdog = threading.Timer(120, child.kill)  # a hung child fails the test, never blocks it
    watchdog.start()
    try:
        line = child.stdout.readline().split()
        assert line[:1] == ["READY"], child.stderr.read() if child.poll() is not None else line
        pid, writes, locked = int(line[1]), int(line[2]), line[3] == "True"
        assert writes == 1 and locked

        seen = []
        monkeypatch.setattr(LockedDialog, "ask", classmethod(
            lambda cls, parent, name, info: (seen.append(info), LockChoice.CANCEL)[1]))
        current = window.session
        assert not window.open_path(saved_plan)  # second instance: sees the lock, cancels
        assert seen[0].pid == pid and seen[0].host == lock.current_process().host and seen[0].since
        assert window.session is current
        assert recovery.offer_recovery(window) == [] and asked.calls == []  # its copy: still running
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        watchdog.cancel()
    assert child.returncode == -signal.SIGKILL

    before = saved_plan.read_bytes()
    assert window.open_path(saved_plan) and len(seen) == 1  # stale lock: taken over silently
    restored = recovery.offer_recovery(window)
    assert len(restored) == 1 and [c.process.pid for c in asked.calls[0]] == [pid]
    assert window.session.plan.strategy.goals[0].owner == "Edited before the crash"
    assert window.session.modified and window.session.path == saved_plan
    assert saved_plan.read_bytes() == before
    assert window.save()
    assert load_plan(saved_plan).plan.strategy.goals[0].owner == "Edited before the crash"
    assert autosave.list_copies(include_running=True) == []
