"""The recovery, lock, save-problem and crash dialogs themselves, in both languages: their
``ask`` runs for real, answered by a timer that clicks a button of the modal dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QPushButton, QRadioButton

from canvas_app import i18n
from canvas_app.storage.autosave import RecoveryCopy
from canvas_app.storage.lock import LockInfo
from canvas_app.storage.process import ProcessIdentity
from canvas_app.ui.dialogs.crash_dialog import CrashDialog
from canvas_app.ui.dialogs.lock_dialog import LockChoice, LockedDialog
from canvas_app.ui.dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog
from canvas_app.ui.dialogs.save_problems import ConflictChoice, SaveConflictDialog, SaveFailedDialog

# The real classmethods, taken before tests/ui/conftest.py replaces them for every test.
REAL = {cls: cls.__dict__["ask"] for cls in (RecoveryDialog, LockedDialog, SaveFailedDialog, SaveConflictDialog,
                                             CrashDialog)}
WHEN = dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.timezone.utc)


def copy(name: str, damaged: bool = False) -> RecoveryCopy:
    return RecoveryCopy(Path(f"/data/{name}.scanvas-recovery"), name, Path(f"/plans/{name}.scanvas"),
                        f"{name}.scanvas", f"Plan {name}", WHEN, ProcessIdentity("pc", 1), damaged=damaged)


def answer_with(qtbot, pick, texts: list[str]) -> None:
    """When the modal dialog is up, note its texts and click what ``pick`` returns."""
    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        texts.extend(w.text() for w in dialog.findChildren(QAbstractButton) if w.text())
        if isinstance(dialog, QMessageBox):
            texts.extend([dialog.text(), dialog.informativeText(), dialog.windowTitle()])
        # Should the pick not close it, fail the test instead of waiting forever.
        QTimer.singleShot(3000, lambda: dialog.isVisible() and dialog.done(-1))
        pick(dialog).click()
    QTimer.singleShot(0, click)


def button(text: str):
    return lambda dialog: next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


@pytest.fixture
def real(monkeypatch):
    for cls, ask in REAL.items():
        monkeypatch.setattr(cls, "ask", ask)


def test_recovery_choices_per_copy_and_decide_later(qtbot, real):
    copies = [copy("a"), copy("b"), copy("broken", damaged=True)]
    dialog = RecoveryDialog(None, copies)
    qtbot.addWidget(dialog)
    assert dialog.choices() == {copies[0].file: RecoveryChoice.RESTORE, copies[1].file: RecoveryChoice.RESTORE,
                                copies[2].file: RecoveryChoice.KEEP}
    damaged_restore = dialog.groups[copies[2].file].button(2)
    assert not damaged_restore.isEnabled()
    dialog.groups[copies[1].file].button(3).setChecked(True)
    assert dialog.choices()[copies[1].file] == RecoveryChoice.DISCARD

    def choose(dialog):
        dialog.groups[copies[0].file].button(4).setChecked(True)  # a: decide later
        return button("Continue")(dialog)

    texts: list[str] = []
    answer_with(qtbot, choose, texts)
    result = RecoveryDialog.ask(None, copies)
    assert result[copies[0].file] == RecoveryChoice.KEEP and result[copies[1].file] == RecoveryChoice.RESTORE
    answer_with(qtbot, button("Decide later"), [])
    assert set(RecoveryDialog.ask(None, copies).values()) == {RecoveryChoice.KEEP}


def test_the_recovery_dialog_shows_name_title_and_time(qtbot):
    dialog = RecoveryDialog(None, [copy("a")])
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "a.scanvas — Plan a" in labels
    assert any(text.startswith("2026/05/01") for text in labels)


def test_locked_dialog_says_who_and_offers_read_only(qtbot, real):
    info = LockInfo(user="sato", host="PC-12", pid=7, since="2026-05-01T00:30:00Z")
    texts: list[str] = []
    answer_with(qtbot, button("Open Read-Only"), texts)
    assert LockedDialog.ask(None, "plan.scanvas", info) == LockChoice.READ_ONLY
    assert any("sato on PC-12 since 2026/05/01" in t for t in texts)
    answer_with(qtbot, lambda d: d.button(QMessageBox.StandardButton.Cancel), [])
    assert LockedDialog.ask(None, "plan.scanvas", None) == LockChoice.CANCEL


def test_save_failed_offers_save_as(qtbot, real):
    texts: list[str] = []
    answer_with(qtbot, button("Save As…"), texts)
    assert SaveFailedDialog.ask(None, "Could not save “a.scanvas” because the disk is full.")
    assert "Could not save “a.scanvas” because the disk is full." in texts
    answer_with(qtbot, lambda d: d.button(QMessageBox.StandardButton.Cancel), [])
    assert not SaveFailedDialog.ask(None, "x")


@pytest.mark.parametrize(("text", "choice"), [("Overwrite", ConflictChoice.OVERWRITE),
                                              ("Save As…", ConflictChoice.SAVE_AS), ("Cancel", ConflictChoice.CANCEL)])
def test_save_conflict_choices(qtbot, real, text, choice):
    texts: list[str] = []
    answer_with(qtbot, button(text), texts)
    assert SaveConflictDialog.ask(None, "plan.scanvas") == choice
    assert any("“plan.scanvas” was changed by someone else" in t for t in texts)


def test_crash_dialog(qtbot, real):
    texts: list[str] = []
    answer_with(qtbot, button("Save a Copy"), texts)
    assert CrashDialog.ask(None, Path("/data/crash/crash-1.log"), 1)
    assert any("/data/crash/crash-1.log" in t for t in texts) and "Traceback" not in " ".join(texts)
    texts.clear()
    answer_with(qtbot, button("Continue"), texts)
    assert not CrashDialog.ask(None, None, 0)
    assert "Save a Copy" not in texts


def test_the_dialogs_speak_japanese(qtbot, real):
    app = QCoreApplication.instance()
    i18n.install_translators(app, "ja")
    try:
        texts: list[str] = []
        answer_with(qtbot, button("読み取り専用で開く"), texts)
        info = LockInfo(user="sato", host="PC-12", since="2026-05-01T00:30:00Z")
        assert LockedDialog.ask(None, "計画.scanvas", info) == LockChoice.READ_ONLY
        assert any("「計画.scanvas」はすでに開かれています" in t and "PC-12 の sato" in t for t in texts)
        texts.clear()
        answer_with(qtbot, button("名前を付けて保存…"), texts)
        assert SaveConflictDialog.ask(None, "計画.scanvas") == ConflictChoice.SAVE_AS
        assert "上書き" in texts
        dialog = RecoveryDialog(None, [copy("a")])
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "保存していない作業の復元"
        assert {b.text() for b in dialog.findChildren(QRadioButton)} == {"復元する", "破棄する", "後で決める"}
    finally:
        i18n.install_translators(app, "en")
