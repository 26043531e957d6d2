"""The dialogs themselves (built, never exec'd: no modal loop in tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from canvas_app import __version__
from canvas_app.ui import templates
from canvas_app.ui.dialogs.about import about_text
from canvas_app.ui.dialogs.close_prompt import SaveChangesDialog


def test_the_close_prompt_offers_save_discard_and_cancel(qtbot):
    dialog = SaveChangesDialog(None, "計画.scanvas")
    qtbot.addWidget(dialog)
    buttons = dialog.standardButtons()
    for button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                   QMessageBox.StandardButton.Cancel):
        assert buttons & button
    assert "計画.scanvas" in dialog.text()
    assert dialog.defaultButton() is dialog.button(QMessageBox.StandardButton.Save)
    assert dialog.escapeButton() is dialog.button(QMessageBox.StandardButton.Cancel)


def test_new_plans_from_templates_are_fresh_copies(qapp, samples_dir):
    blank = templates.new_plan("blank", "ja")
    assert blank.settings.language == "ja" and blank.strategy.goals == []
    first = templates.new_plan("manufacturer_ja", "ja")
    first.strategy.goals[0].name = "changed"
    again = templates.new_plan("manufacturer_ja", "ja")
    assert again.strategy.goals[0].name != "changed"
    assert Path(samples_dir / "manufacturer_ja.scanvas").exists()


def test_about_names_the_app_its_version_and_purpose(qapp):
    text = about_text()
    assert "Strategy Canvas" in text and __version__ in text
    assert "four steps" in text
