"""Help ▸ About: the name, the version and what the app is for."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__


def about_text() -> str:
    name = QCoreApplication.translate("About", "Strategy Canvas")
    version = QCoreApplication.translate("About", "Version %1").replace("%1", __version__)
    purpose = QCoreApplication.translate(
        "About", "Connect marketing to the business’s goals in four steps, and see revenue as one process "
        "from marketing to customer success.")
    return f"<h2>{escape(name)}</h2><p>{escape(version)}</p><p>{escape(purpose)}</p>"


class AboutDialog:
    @classmethod
    def show(cls, parent: QWidget | None) -> None:
        QMessageBox.about(parent, QCoreApplication.translate("About", "About Strategy Canvas"), about_text())
