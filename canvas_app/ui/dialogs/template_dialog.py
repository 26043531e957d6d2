"""File ▸ New from Template: choose a blank plan or a sample to start from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..templates import TemplateChoice


class TemplateDialog(QDialog):
    """Lists the templates; ``ask`` returns the chosen template's name or None."""

    def __init__(self, parent: QWidget | None, templates: list[TemplateChoice]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose how to start. The new plan opens unsaved; "
                               "the template itself is never changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        for template in templates:
            text = template.title if not template.description else f"{template.title}\n{template.description}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def ask(cls, parent: QWidget | None, templates: list[TemplateChoice]) -> str | None:
        dialog = cls(parent, templates)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
