"""Message boxes for errors and notices, behind classmethods that tests replace."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    """Shows one clear sentence to the user (never a traceback)."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
