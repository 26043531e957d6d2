"""Saving under faults, in the window: one clear sentence in the UI language, an offer to
Save As, the document still modified, the old file byte-for-byte intact, no temp file."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from canvas_app.commands import EditField
from canvas_app.storage.project_file import load_plan, save_plan
from canvas_app.ui.dialogs.save_problems import ConflictChoice, SaveConflictDialog


def edit(window, text="Changed"):
    window.session.push(EditField(window.session, "g-rev", "owner", text))


def state(folder: Path) -> dict[str, str]:
    """Every entry of ``folder`` (temp files included) with the hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.iterdir())}


def fail(err: int):
    def raiser(*_args, **_kwargs):
        raise OSError(err, os.strerror(err))
    return raiser


@pytest.fixture
def opened(window, dialogs, saved_plan):
    assert window.open_path(saved_plan)
    edit(window)
    return saved_plan


@pytest.mark.parametrize(("operation", "err", "words"), [
    ("replace", errno.ENOSPC, "disk is full"),
    ("fsync", errno.ENOSPC, "disk is full"),
    ("open", errno.EACCES, "may not write"),
    ("open", errno.EROFS, "read-only"),
    ("replace", errno.EFBIG, "too big"),
])
def test_a_failed_save_says_why_offers_save_as_and_keeps_everything(window, dialogs, opened, monkeypatch,
                                                                     operation, err, words):
    folder = opened.parent
    before = state(folder)
    monkeypatch.setattr(os, operation, fail(err))
    assert not window.save()
    monkeypatch.undo()
    assert len(dialogs.errors) == 1
    message = dialogs.errors[0]
    assert opened.name in message and words in message and "Traceback" not in message and "\n" not in message
    assert window.session.modified and window.isWindowModified()
    assert state(folder) == before  # old bytes, no temp file, no new lock or backup


def test_accepting_save_as_after_a_failure_saves_elsewhere(window, dialogs, opened, monkeypatch, tmp_path):
    before = opened.read_bytes()
    real_replace = os.replace
    dialogs.save_as_after_failure = True
    dialogs.save_path = tmp_path / "elsewhere" / "rescued.scanvas"
    dialogs.save_path.parent.mkdir()

    def replace(src, dst, *args, **kwargs):
        if Path(dst) == opened or Path(dst).name == opened.name + ".bak":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    assert window.save()
    assert dialogs.asked[-1].startswith("save_as:")
    assert opened.read_bytes() == before
    assert load_plan(dialogs.save_path).plan.strategy.goals[0].owner == "Changed"
    assert window.session.path == dialogs.save_path and not window.session.modified


def test_a_vanished_folder(window, dialogs, saved_plan, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    target = folder / "plan.scanvas"
    shutil.copy(saved_plan, target)
    assert window.open_path(target)
    edit(window)
    shutil.rmtree(folder)  # the network share went away
    assert not window.save()
    assert "does not exist" in dialogs.errors[0] and str(folder) in dialogs.errors[0]
    assert window.session.modified and not folder.exists()


def test_the_message_is_in_the_ui_language(window, dialogs, opened, monkeypatch):
    window.set_language("ja")
    try:
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", fail(errno.ENOSPC))
            assert not window.save()
    finally:
        window.set_language("en")
    assert "ディスクがいっぱい" in dialogs.errors[0] and opened.name in dialogs.errors[0]


@pytest.fixture
def conflict(monkeypatch):
    class Script:
        choice = ConflictChoice.CANCEL
        asked: list[str] = []

    script = Script()
    script.asked = []
    monkeypatch.setattr(SaveConflictDialog, "ask", classmethod(
        lambda cls, parent, name: (script.asked.append(name), script.choice)[1]))
    return script


def replace_by_someone_else(path: Path) -> bytes:
    plan = load_plan(path).plan
    plan.settings.title = "Their version"
    save_plan(plan, path)
    return path.read_bytes()


def test_a_file_replaced_by_someone_else_is_not_overwritten_on_cancel(window, dialogs, opened, conflict):
    theirs = replace_by_someone_else(opened)
    before = state(opened.parent)
    assert not window.save()
    assert conflict.asked == [opened.name]
    assert opened.read_bytes() == theirs and state(opened.parent) == before and window.session.modified


def test_overwrite_replaces_their_version_keeping_it_as_bak(window, dialogs, opened, conflict):
    theirs = replace_by_someone_else(opened)
    conflict.choice = ConflictChoice.OVERWRITE
    assert window.save() and not window.session.modified
    assert load_plan(opened).plan.strategy.goals[0].owner == "Changed"
    assert (opened.parent / (opened.name + ".bak")).read_bytes() == theirs
    edit(window, "Again")
    assert window.save() and len(conflict.asked) == 1  # our own save is no conflict next time


def test_save_as_keeps_both(window, dialogs, opened, conflict, tmp_path):
    theirs = replace_by_someone_else(opened)
    conflict.choice = ConflictChoice.SAVE_AS
    dialogs.save_path = tmp_path / "mine.scanvas"
    assert window.save()
    assert opened.read_bytes() == theirs
    assert load_plan(dialogs.save_path).plan.strategy.goals[0].owner == "Changed"
