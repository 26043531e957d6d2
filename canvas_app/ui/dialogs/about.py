"""Help ▸ About: the name, the version and what the app is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__


def about_text() -> str:
    tr = QCoreApplication.translate
    return (
        f"<h2>{tr('About', 'Strategy Canvas')}</h2>"
        f"<p>{tr('About', 'Version %1').replace('%1', __version__)}</p>"
        f"<p>{tr('About', 'Connect marketing to the business’s goals in four steps, and see revenue as one process from marketing to customer success.')}</p>"
    )


class AboutDialog:
    @classmethod
    def show(cls, parent: QWidget | None) -> None:
        QMessageBox.about(parent, QCoreApplication.translate("About", "About Strategy Canvas"), about_text())
