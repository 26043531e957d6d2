""""Save changes before closing?" — Save / Discard / Cancel."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class CloseChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class SaveChangesDialog(QMessageBox):
    """Asks what to do with unsaved changes; tests monkeypatch ``ask``."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Unsaved changes"))
        self.setText(self.tr("Save the changes to “%1” before closing?").replace("%1", name))
        self.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        self.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        self.setDefaultButton(QMessageBox.StandardButton.Save)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> CloseChoice:
        answer = cls(parent, name).exec()
        if answer == QMessageBox.StandardButton.Save:
            return CloseChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return CloseChoice.DISCARD
        return CloseChoice.CANCEL
