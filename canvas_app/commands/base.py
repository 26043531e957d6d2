"""Common ground of all plan commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ..document import DocumentSession


class InvalidEdit(ValueError):
    """An edit refused before it reached the model; ``message`` is for the user."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PlanCommand(QUndoCommand):
    """A command that edits ``session.plan`` and tells the session what it changed."""

    def __init__(self, session: DocumentSession, text: str = "") -> None:
        super().__init__(text)
        self.session = session

    @property
    def plan(self):
        return self.session.plan

    @property
    def items(self):
        """The session's item index, for every lookup and change of ``model.ops``."""
        return self.session.items
