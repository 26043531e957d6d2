"""Open and Save As file choosers for .scanvas files; tests monkeypatch the classmethods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIX = ".scanvas"


def _filter() -> str:
    return QCoreApplication.translate("FileDialogs", "Strategy Canvas plans (*.scanvas)")


class FileDialogs:
    """Namespace of the file choosers (classmethods so a test can replace each one)."""

    @classmethod
    def ask_open_path(cls, parent: QWidget | None, start_dir: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileDialogs", "Open plan"), start_dir, _filter()
        )
        return Path(name) if name else None

    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("FileDialogs", "Save plan as"), suggested, _filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)
