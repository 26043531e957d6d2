"""Old and newer files in the window: an old file is converted in memory (the file is
rewritten only by Save, keeping .bak); a newer one opens read-only with a warning, and
Save As keeps every field this version does not know."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from canvas_app.commands import EditField
from canvas_app.storage import migrations
from canvas_app.storage.project_file import load_plan

DATA = Path(__file__).resolve().parents[1] / "data"


def untouched(path: Path):
    return path.read_bytes(), os.stat(path).st_mtime_ns


def test_a_newer_file_opens_read_only_and_save_as_keeps_its_unknown_fields(window, dialogs, tmp_path):
    source = tmp_path / "from the future.scanvas"
    shutil.copy2(DATA / "newer_version_v999.scanvas", source)
    before = untouched(source)
    assert window.open_path(source)
    assert window.session.read_only and window.read_only_banner.isVisible()
    assert "newer version" in window.read_only_banner.label.text()
    assert "schema 999" in window.warning_banner.label.text()
    window.session.push(EditField(window.session, "goal-revenue", "owner", "Edited in an older app"))
    dialogs.save_path = tmp_path / "copy.scanvas"
    assert window.save()  # read-only: Save asks for a new name
    assert dialogs.asked[-1].startswith("save_as:")
    assert untouched(source) == before
    written = json.loads(dialogs.save_path.read_text(encoding="utf-8"))
    assert written["schema_version"] == 999
    assert written["signature"] == {"alg": "ed25519", "value": "c2lnbmF0dXJl"}
    plan = written["plan"]
    assert plan["settings"]["colour_theme"] == "dark"
    assert plan["strategy"]["goals"][0]["confidence"]["note"] == "将来の版で追加された項目"
    assert plan["strategy"]["goals"][0]["owner"] == "Edited in an older app"
    assert plan["forecasts"][0]["values"] == [1, 2.5]
    assert plan["kpis"]["nodes"][0]["benchmarks"] == [{"source": "業界平均", "value": 0.12}]


def test_an_old_file_is_converted_in_memory_and_rewritten_only_by_save(window, dialogs, tmp_path, monkeypatch):
    from schema_steps import fill_owner_from_goal  # noqa: PLC0415 - tests/storage, see the fixture below

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: fill_owner_from_goal})
    source = tmp_path / "old.scanvas"
    shutil.copy2(DATA / "schema_v1.scanvas", source)
    before = untouched(source)
    assert window.open_path(source)
    assert "converted from schema version 1" in window.warning_banner.label.text()
    assert not window.session.read_only and not window.session.modified
    assert untouched(source) == before
    window.session.push(EditField(window.session, "goal-new", "owner", "Sales head"))
    assert window.save() and dialogs.asked == []
    assert json.loads(source.read_bytes())["schema_version"] == 2
    assert (tmp_path / "old.scanvas.bak").read_bytes() == before[0]
    assert load_plan(source).plan.strategy.goals[1].owner == "Sales head"


@pytest.fixture(autouse=True)
def _storage_helpers_importable(monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "storage"))
