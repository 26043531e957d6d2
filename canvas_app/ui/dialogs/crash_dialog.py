"""Shown instead of a traceback when something unexpected goes wrong in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class CrashDialog(QMessageBox):
    """Says what happened in plain words, where the details were written, and offers to
    save a copy of the open plans; tests replace ``ask``."""

    def __init__(self, parent: QWidget | None, log: Path | None, plans: int) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected problem"))
        self.setText(self.tr("Strategy Canvas ran into an unexpected problem."))
        details = (self.tr("The details were written to “%1”.").replace("%1", str(log)) if log
                   else self.tr("The details could not be written to a log file."))
        if plans:
            advice = self.tr("To be safe, save a copy of your plan now, then restart Strategy Canvas.")
        else:
            advice = self.tr("You can continue, but restarting Strategy Canvas is safer.")
        self.setInformativeText(f"{details}\n\n{advice}")
        self.save_button = None
        if plans:
            self.save_button = self.addButton(self.tr("Save a Copy"), QMessageBox.ButtonRole.AcceptRole)
        continue_button = self.addButton(self.tr("Continue"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.save_button or continue_button)
        self.setEscapeButton(continue_button)

    @classmethod
    def ask(cls, parent: QWidget | None, log: Path | None, plans: int) -> bool:
        """True when the user wants a copy of the open plans saved."""
        dialog = cls(parent, log, plans)
        dialog.exec()
        return dialog.save_button is not None and dialog.clickedButton() is dialog.save_button
