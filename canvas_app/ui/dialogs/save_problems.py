"""When saving goes wrong: the reason with an offer to Save As, and the warning before
overwriting a file that someone else changed. Tests replace the ``ask`` classmethods."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class SaveFailedDialog(QMessageBox):
    """The save failed (message says why; the file is unchanged): Save As… or Cancel."""

    def __init__(self, parent: QWidget | None, message: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Cannot save the plan"))
        self.setText(message)
        self.setInformativeText(self.tr("Your changes are still here. Save them under another name or in another "
                                        "folder?"))
        self.save_as_button = self.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.save_as_button)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> bool:
        """True when the user wants to Save As."""
        dialog = cls(parent, message)
        dialog.exec()
        return dialog.clickedButton() is dialog.save_as_button


class ConflictChoice(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


class SaveConflictDialog(QMessageBox):
    """The file changed on disk since it was opened: Overwrite / Save As… / Cancel."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("File changed by someone else"))
        self.setText(self.tr("“%1” was changed by someone else after you opened it.").replace("%1", name))
        self.setInformativeText(self.tr("Overwrite replaces their version with yours (theirs is kept as a .bak "
                                        "file). Save As keeps both."))
        self.overwrite_button = self.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        self.save_as_button = self.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.save_as_button)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> ConflictChoice:
        dialog = cls(parent, name)
        dialog.exec()
        clicked = dialog.clickedButton()
        if clicked is dialog.overwrite_button:
            return ConflictChoice.OVERWRITE
        if clicked is dialog.save_as_button:
            return ConflictChoice.SAVE_AS
        return ConflictChoice.CANCEL
