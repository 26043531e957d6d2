"""DocumentSession: modified follows the undo stack; saving keeps newer files' extras."""

from __future__ import annotations

import errno
import json

import pytest

from canvas_app.commands import EditField
from canvas_app.document import DocumentSession
from canvas_app.model import Plan
from canvas_app.storage.errors import SaveError
from canvas_app.storage.project_file import load_plan, save_plan


def _plan_file(tmp_path, plan=None):
    path = tmp_path / "plan.scanvas"
    save_plan(plan or Plan(), path)
    return path


def test_modified_is_exactly_not_clean_and_save_cleans(tmp_path):
    session = DocumentSession.open(_plan_file(tmp_path))
    marks = []
    session.modifiedChanged.connect(marks.append)
    session.push(EditField(session, None, "strategy.vision", "世界一の精度"))
    assert session.modified and marks == [True]
    session.save()
    assert not session.modified and marks == [True, False]
    assert load_plan(session.path).plan.strategy.vision == "世界一の精度"
    session.undo_stack.undo()
    assert session.modified  # undoing past the save point is a change again


def test_failed_save_keeps_document_modified_and_file_intact(tmp_path, monkeypatch):
    path = _plan_file(tmp_path)
    before = path.read_bytes()
    session = DocumentSession.open(path)
    session.push(EditField(session, None, "strategy.mission", "m"))

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", disk_full)
    with pytest.raises(SaveError):
        session.save()
    assert session.modified
    assert path.read_bytes() == before


def test_save_as_of_a_newer_file_keeps_its_version_and_unknown_fields(tmp_path):
    path = _plan_file(tmp_path)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["schema_version"] = 99
    envelope["future_envelope_key"] = {"x": 1}
    envelope["plan"]["strategy"]["future_field"] = "kept"
    path.write_text(json.dumps(envelope, ensure_ascii=False), encoding="utf-8")

    session = DocumentSession.open(path)
    assert session.read_only and session.warnings
    copy = tmp_path / "copy.scanvas"
    session.save(copy)
    saved = json.loads(copy.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 99
    assert saved["future_envelope_key"] == {"x": 1}
    assert saved["plan"]["strategy"]["future_field"] == "kept"


def test_new_plan_needs_a_file_name():
    session = DocumentSession(Plan())
    with pytest.raises(ValueError):
        session.save()


def test_adding_an_existing_id_is_refused_before_the_push():
    from canvas_app.commands import AddItem, InvalidEdit
    from canvas_app.model import BusinessGoal, ops

    session = DocumentSession(Plan())
    slot = ops.Slot(None, "strategy.goals")
    session.push(AddItem(session, slot, BusinessGoal(id="goal-1", name="売上")))
    session.undo_stack.setClean()
    with pytest.raises(InvalidEdit):
        session.push(AddItem(session, slot, BusinessGoal(id="goal-1", name="重複")))
    assert session.undo_stack.count() == 1 and not session.modified
    assert [goal.name for goal in session.plan.strategy.goals] == ["売上"]


def test_a_modified_session_can_be_dropped_without_qt_errors(qtbot):
    session = DocumentSession(Plan())
    session.push(EditField(session, None, "strategy.vision", "v"))
    session.deleteLater()
    del session
    qtbot.wait(10)  # qt_log_level_fail turns a "Signal source has been deleted" warning into a failure
