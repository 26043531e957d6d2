"""Open, save, save as, recent files, new from template and the close prompt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from canvas_app.commands import EditField
from canvas_app.document import DocumentSession
from canvas_app.settings import AppSettings
from canvas_app.storage.project_file import load_plan, save_plan
from canvas_app.ui.dialogs.close_prompt import CloseChoice
from canvas_app.ui.main_window import MainWindow


def edit(window, text="CEO"):
    window.session.push(EditField(window.session, "g-rev", "owner", text))


def test_save_as_then_reopen_gives_an_equal_plan(window, dialogs, tmp_path):
    edit(window)
    dialogs.save_path = tmp_path / "acme.scanvas"
    assert window.menus.actions["save"].isEnabled()
    window.menus.actions["save"].trigger()  # untitled: Save goes to Save As
    assert dialogs.asked and dialogs.asked[0].startswith("save_as:")
    assert not window.isWindowModified()
    assert window.windowTitle() == "acme.scanvas[*] — Strategy Canvas"
    assert load_plan(dialogs.save_path).plan == window.session.plan
    saved = window.session.plan.model_copy(deep=True)

    dialogs.open_path = dialogs.save_path
    assert window.open_dialog()
    assert window.session.plan == saved
    assert window.session.path == dialogs.save_path


def test_save_writes_to_the_current_file_without_asking(window, dialogs, saved_plan):
    assert window.open_path(saved_plan)
    edit(window, "Chair")
    window.save()
    assert dialogs.asked == []
    assert load_plan(saved_plan).plan.strategy.goals[0].owner == "Chair"
    assert (saved_plan.parent / (saved_plan.name + ".bak")).exists()


def test_a_failed_save_shows_the_reason_and_keeps_the_document_modified(window, dialogs, tmp_path):
    edit(window)
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    dialogs.save_path = blocker / "plan.scanvas"
    assert not window.save_as()
    assert window.isWindowModified() and window.session.modified
    assert window.session.path is None
    assert len(dialogs.errors) == 1 and dialogs.errors[0]
    assert "Traceback" not in dialogs.errors[0]


def test_cancelling_save_as_changes_nothing(window, dialogs):
    edit(window)
    dialogs.save_path = None
    assert not window.save_as()
    assert window.session.modified and window.session.path is None


def test_a_file_that_does_not_load_shows_one_message_and_keeps_the_current_plan(window, dialogs, tmp_path):
    bad = tmp_path / "broken.scanvas"
    bad.write_text("{ not json", encoding="utf-8")
    before = window.session
    assert not window.open_path(bad)
    assert window.session is before
    assert len(dialogs.errors) == 1 and "broken.scanvas" in dialogs.errors[0]


def test_close_prompt_cancel_keeps_the_window_open(window, dialogs, qtbot):
    edit(window)
    dialogs.close_choice = CloseChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert dialogs.asked == ["close:Untitled"]


def test_close_prompt_discard_closes_without_saving(window, dialogs, saved_plan):
    window.open_path(saved_plan)
    edit(window, "Someone else")
    dialogs.close_choice = CloseChoice.DISCARD
    assert window.close()
    assert not window.isVisible()
    assert load_plan(saved_plan).plan.strategy.goals[0].owner == "President"


def test_close_prompt_save_saves_then_closes(window, dialogs, saved_plan):
    window.open_path(saved_plan)
    edit(window, "Saved on close")
    dialogs.close_choice = CloseChoice.SAVE
    assert window.close()
    assert load_plan(saved_plan).plan.strategy.goals[0].owner == "Saved on close"


def test_close_prompt_save_then_cancelled_save_as_keeps_the_window(window, dialogs):
    edit(window)
    dialogs.close_choice = CloseChoice.SAVE
    dialogs.save_path = None
    assert not window.close()
    assert window.isVisible() and window.session.modified


def test_an_unmodified_window_closes_without_asking(window, dialogs):
    assert window.close()
    assert dialogs.asked == []


def test_opening_another_plan_asks_about_unsaved_changes_first(window, dialogs, saved_plan):
    edit(window)
    dialogs.close_choice = CloseChoice.CANCEL
    assert not window.open_path(saved_plan)
    assert window.session.path is None and window.session.modified


def test_recent_files_are_remembered_reopened_and_cleared(qtbot, dialogs, tmp_path, plan):
    ini = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(DocumentSession(plan), AppSettings(), ini)
    qtbot.addWidget(window)
    paths = []
    for name in ("a", "b", "計画"):
        path = tmp_path / f"{name}.scanvas"
        save_plan(plan, path)
        assert window.open_path(path)
        paths.append(str(path.resolve()))
    assert window.menus.recent_paths() == paths[::-1]
    assert AppSettings.load(ini).recent_files == paths[::-1]
    first = next(a for a in window.menus.recent_menu.actions() if a.data() == paths[0])
    assert "a.scanvas" in first.text()
    first.trigger()
    assert window.session.path.resolve() == Path(paths[0])
    assert window.menus.recent_paths()[0] == paths[0]
    window.menus.actions["clear_recent"].trigger()
    assert window.menus.recent_paths() == []
    assert AppSettings.load(ini).recent_files == []


def test_new_from_template_opens_an_unsaved_copy(window, dialogs, samples_dir):
    dialogs.template = "saas_en"
    assert window.new_from_template()
    assert "template" in dialogs.asked
    assert window.session.path is None
    assert not window.session.modified
    sample = load_plan(samples_dir / "saas_en.scanvas").plan
    assert window.session.plan == sample
    assert window.windowTitle().startswith("Untitled")


def test_new_blank_plan_and_a_cancelled_template_choice(window, dialogs):
    dialogs.template = None
    before = window.session
    assert not window.new_from_template()
    assert window.session is before
    dialogs.template = "blank"
    assert window.new_from_template()
    assert window.session.plan.strategy.goals == []
    window.show_step("overview")
    assert window.page("overview").goal_rows == {}


def test_undo_actions_follow_the_new_document(window, dialogs, saved_plan):
    edit(window)
    dialogs.close_choice = CloseChoice.DISCARD
    window.open_path(saved_plan)
    assert not window.menus.actions["undo"].isEnabled()
    edit(window, "New owner")
    assert window.menus.actions["undo"].isEnabled()
    window.menus.actions["undo"].trigger()
    assert window.session.plan.strategy.goals[0].owner == "President"


def newer_version_file(source: Path, target: Path) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    data["schema_version"] = data["schema_version"] + 5
    data["plan"]["settings"]["future_field"] = "kept"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def test_a_newer_file_opens_read_only_with_a_banner_and_save_goes_to_save_as(window, dialogs, saved_plan, tmp_path):
    newer = newer_version_file(saved_plan, tmp_path / "newer.scanvas")
    original = newer.read_bytes()
    assert window.open_path(newer)
    assert window.session.read_only
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.label.text()
    assert window.warning_banner.isVisible() and window.warning_banner.label.text()
    edit(window)
    dialogs.save_path = tmp_path / "copy.scanvas"
    assert window.save()
    assert any(a.startswith("save_as:") for a in dialogs.asked)
    assert newer.read_bytes() == original
    assert load_plan(dialogs.save_path).plan == window.session.plan
    # The copy keeps the newer schema (its unknown fields survive), so it stays read-only
    # here too, and the next Save asks for a file name again.
    dialogs.asked.clear()
    dialogs.save_path = None
    assert not window.save()
    assert dialogs.asked and dialogs.asked[0].startswith("save_as:")


def test_load_warnings_are_shown_once(window, dialogs, saved_plan, tmp_path):
    newer = newer_version_file(saved_plan, tmp_path / "newer.scanvas")
    window.open_path(newer)
    assert window.warning_banner.isVisible()
    assert window.session.warnings == []
    window.warning_banner.close_button.click()
    window._show_banners()
    assert not window.warning_banner.isVisible()


@pytest.mark.parametrize("name", ["計画 2026.scanvas"])
def test_a_japanese_file_name_shows_in_the_title(window, dialogs, tmp_path, plan, name):
    path = tmp_path / name
    save_plan(plan, path)
    window.open_path(path)
    assert window.windowTitle() == f"{name}[*] — Strategy Canvas"
