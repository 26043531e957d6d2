"""The plan is open elsewhere: who has it, since when; open read-only or cancel."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...storage.lock import LockInfo
from ...text.locks import holder_text


class LockChoice(Enum):
    READ_ONLY = "read_only"
    CANCEL = "cancel"


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
