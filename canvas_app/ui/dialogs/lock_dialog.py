"""The plan is open elsewhere: who has it, since when; open read-only or cancel."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...storage.lock import LockInfo
from .when import local_time


class LockChoice(Enum):
    READ_ONLY = "read_only"
    CANCEL = "cancel"


def holder_text(info: LockInfo | None) -> str:
    """"sato on PC-12 since 2026/05/01 09:30" (whatever of it is known)."""
    if info is None or not (info.user or info.host):
        return QCoreApplication.translate("LockDialog", "someone else")
    user = info.user or QCoreApplication.translate("LockDialog", "someone")
    since = local_time(info.since_datetime())
    if info.host and since:
        text = QCoreApplication.translate("LockDialog", "%1 on %2 since %3")
        return text.replace("%1", user).replace("%2", info.host).replace("%3", since)
    if info.host:
        return QCoreApplication.translate("LockDialog", "%1 on %2").replace("%1", user).replace("%2", info.host)
    return user


def locked_banner_text(name: str, info: LockInfo | None) -> str:
    text = QCoreApplication.translate(
        "LockDialog", "“%1” is open by %2, so it is open read-only here. Use Save As to keep your changes "
        "in a new file.")
    return text.replace("%1", name).replace("%2", holder_text(info))


class LockedDialog(QMessageBox):
    """Asks what to do with a plan that is open elsewhere; tests replace ``ask``."""

    def __init__(self, parent: QWidget | None, name: str, info: LockInfo | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Plan in use"))
        self.setText(self.tr("“%1” is already open: %2.").replace("%1", name).replace("%2", holder_text(info)))
        self.setInformativeText(self.tr("You can open it read-only and save your changes under another name."))
        self.read_only_button = self.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, info: LockInfo | None) -> LockChoice:
        dialog = cls(parent, name, info)
        dialog.exec()
        return LockChoice.READ_ONLY if dialog.clickedButton() is dialog.read_only_button else LockChoice.CANCEL
