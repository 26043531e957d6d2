"""At start, after a crash: the recovery copies found, each with Restore / Discard /
Keep for later. Tests replace ``RecoveryDialog.ask``."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...storage.autosave import RecoveryCopy
from ...text.when import local_time


class RecoveryChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    KEEP = "keep"


class RecoveryDialog(QDialog):
    """Lists recovery copies (file name, plan title, time of the copy) with a choice per
    copy. Restore is preselected for readable copies: nothing is lost by accident."""

    def __init__(self, parent: QWidget | None, copies: list[RecoveryCopy]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Strategy Canvas was not closed properly last time. These plans had changes "
                               "that were not saved. A restored plan opens unsaved: its file changes only when "
                               "you save it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        for column, title in enumerate((self.tr("Plan"), self.tr("Copy saved at"), "", "", "")):
            if title:
                header = QLabel(f"<b>{title}</b>")
                grid.addWidget(header, 0, column)
        self.groups: dict[Path, QButtonGroup] = {}
        self._choices: dict[int, RecoveryChoice] = {}
        for row, copy in enumerate(copies, start=1):
            grid.addWidget(QLabel(self.copy_name(copy)), row, 0)
            grid.addWidget(QLabel(local_time(copy.saved_at)), row, 1)
            group = QButtonGroup(self)
            for column, (choice, text) in enumerate(((RecoveryChoice.RESTORE, self.tr("Restore")),
                                                     (RecoveryChoice.DISCARD, self.tr("Discard")),
                                                     (RecoveryChoice.KEEP, self.tr("Decide later"))), start=2):
                button = QRadioButton(text)
                group.addButton(button, column)
                self._choices[column] = choice
                grid.addWidget(button, row, column)
                if choice == RecoveryChoice.RESTORE:
                    button.setEnabled(not copy.damaged)
                    button.setChecked(not copy.damaged)
                elif choice == RecoveryChoice.KEEP and copy.damaged:
                    button.setChecked(True)
            self.groups[copy.file] = group
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Decide later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_name(self, copy: RecoveryCopy) -> str:
        if copy.damaged:
            return self.tr("%1 (damaged, cannot be restored)").replace("%1", copy.file.name)
        name = copy.display_name or self.tr("Untitled")
        return f"{name} — {copy.title}" if copy.title and copy.title != name else name

    def choices(self) -> dict[Path, RecoveryChoice]:
        result = {}
        for file, group in self.groups.items():
            checked = group.checkedId()
            result[file] = self._choices.get(checked, RecoveryChoice.KEEP)
        return result

    @classmethod
    def ask(cls, parent: QWidget | None, copies: list[RecoveryCopy]) -> dict[Path, RecoveryChoice]:
        """The choice per copy (by recovery file); "Decide later" keeps them all."""
        dialog = cls(parent, copies)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return {copy.file: RecoveryChoice.KEEP for copy in copies}
        return dialog.choices()
