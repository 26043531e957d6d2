"""No traceback reaches the user: the exception hook writes a crash log, keeps the work
(recovery copy, and on request a rescued copy) and shows a dialog instead."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from canvas_app import crash
from canvas_app.commands import EditField
from canvas_app.storage import autosave, paths
from canvas_app.storage.project_file import load_plan
from canvas_app.ui.dialogs.crash_dialog import CrashDialog


@pytest.fixture
def crash_dialog(monkeypatch):
    class Script:
        save_copy = True
        calls: list[tuple[Path | None, int]] = []

    script = Script()
    script.calls = []
    monkeypatch.setattr(CrashDialog, "ask", classmethod(
        lambda cls, parent, log, plans: (script.calls.append((log, plans)), script.save_copy)[1]))
    return script


def boom() -> None:
    raise ZeroDivisionError("something deep inside")


def raised() -> tuple:
    try:
        boom()
    except ZeroDivisionError:
        return sys.exc_info()
    raise AssertionError("unreachable")


def test_a_crash_writes_a_log_keeps_the_work_and_saves_a_copy_on_request(window, dialogs, saved_plan, crash_dialog):
    assert window.open_path(saved_plan)
    window.session.push(EditField(window.session, "g-rev", "owner", "Unsaved at the crash"))
    before = saved_plan.read_bytes()
    handler = crash.CrashHandler()
    handler.handle(*raised())

    ((log, plans),) = crash_dialog.calls
    assert plans == 1 and log is not None and log.parent == paths.crash_dir()
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: something deep inside" in text and "boom" in text and "Strategy Canvas" in text
    copy = autosave.recovery_file(window.session.recovery_id)
    assert copy.exists()  # the recovery copy is written at once
    (rescued,) = (paths.data_dir() / "rescued").iterdir()
    assert rescued.name.startswith(saved_plan.stem + " (rescued ") and rescued.suffix == ".scanvas"
    assert load_plan(rescued).plan.strategy.goals[0].owner == "Unsaved at the crash"
    assert len(dialogs.errors) == 1 and str(rescued) in dialogs.errors[0]  # told where
    assert saved_plan.read_bytes() == before and window.session.modified


def test_declining_saves_no_copy(window, dialogs, crash_dialog):
    crash_dialog.save_copy = False
    crash.CrashHandler().handle(*raised())
    assert len(crash_dialog.calls) == 1 and dialogs.errors == []
    assert not (paths.data_dir() / "rescued").exists()


def test_an_exception_in_a_slot_reaches_the_hook_not_the_terminal(window, dialogs, crash_dialog, qtbot, capfd):
    crash_dialog.save_copy = False
    handler = crash.install()
    try:
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(crash_dialog.calls), timeout=5000)
    finally:
        handler.uninstall()
    assert "Traceback" not in capfd.readouterr().err
    assert "ZeroDivisionError" in crash_dialog.calls[0][0].read_text(encoding="utf-8")


def test_an_exception_in_a_worker_thread_is_logged_and_reported_in_the_gui_thread(window, dialogs, crash_dialog,
                                                                                  qtbot):
    crash_dialog.save_copy = False
    handler = crash.install()
    try:
        worker = threading.Thread(target=boom, name="exporter")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(crash_dialog.calls), timeout=5000)
    finally:
        handler.uninstall()
    log = crash_dialog.calls[0][0]
    assert "thread: exporter" in log.read_text(encoding="utf-8")


def test_a_failure_while_reporting_is_one_line_on_stderr(window, dialogs, monkeypatch, capfd):
    def broken(cls, *args):
        raise RuntimeError("dialog broke")

    monkeypatch.setattr(CrashDialog, "ask", classmethod(broken))
    handler = crash.CrashHandler()
    handler.handle(*raised())
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "RuntimeError" in err
    assert not handler.reporting


def test_an_invalid_plan_is_still_rescued_as_it_is(window, dialogs, tmp_path):
    window.session.plan.roadmap.initiatives[0].persona_id = "gone"  # would not validate
    (rescued,) = crash.rescue_copies([window.session], tmp_path)
    assert b'"gone"' in rescued.read_bytes()


def test_install_ignores_sigxfsz_so_a_file_size_limit_fails_a_save_instead_of_killing():
    import signal

    previous = signal.getsignal(signal.SIGXFSZ)
    hooks = (sys.excepthook, threading.excepthook)
    handler = crash.install()
    try:
        assert signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN
        assert sys.excepthook == handler.excepthook
    finally:
        handler.uninstall()
        signal.signal(signal.SIGXFSZ, previous)
    assert (sys.excepthook, threading.excepthook) == hooks
