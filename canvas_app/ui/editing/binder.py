"""The link between a page's editors and the open plan (one ``DocumentSession``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from ...commands import EditField, InvalidEdit
from ...document import DocumentSession, PlanChange
from ...model import Plan
from ...model.item_finder import ItemFinder
from ...text.language import Language


class Binder(QObject):
    """Pushes the edits of a page's widgets and tells them when the plan changed.

    Widgets talk to the binder, never to a session directly, so when the window opens
    another plan only the binder is switched (``set_session``) and every widget
    reloads (``rebound``) — nothing is rebuilt and no focus is lost.

    Signals:
        changed(PlanChange): after every command's redo or undo.
        rebound(): another plan is shown; reload everything.
        refused(str): an edit was refused; the message is for the user.
    """

    changed = Signal(object)
    rebound = Signal()
    refused = Signal(str)

    def __init__(self, session: DocumentSession, parent: QObject | None = None, *,
                 language: Language | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language or Language("en")  # English needs no catalogue
        session.changed.connect(self._forward)

    @property
    def plan(self) -> Plan:
        return self.session.plan

    @property
    def items(self) -> ItemFinder:
        """The session's item index: pass it to ``model.ops`` lookups."""
        return self.session.items

    @property
    def read_only(self) -> bool:
        return bool(self.session.read_only)

    def set_session(self, session: DocumentSession) -> None:
        if session is self.session:
            return
        self.session.changed.disconnect(self._forward)
        self.session = session
        session.changed.connect(self._forward)
        self.rebound.emit()

    def _forward(self, change: PlanChange) -> None:
        self.changed.emit(change)

    # -- editing ------------------------------------------------------------------------
    def edit(self, item_id: str | None, path: str, value: Any, *, merge: bool = True, burst: object = None,
             text: str = "") -> str:
        """Set one field; returns "" when done, else why it was refused."""
        return self.run(lambda: EditField(self.session, item_id, path, value, merge=merge, burst=burst,
                                          text=text))

    def run(self, build: Callable[[], QUndoCommand | None]) -> str:
        """Build a command (which may refuse with InvalidEdit) and push it."""
        if self.read_only:
            return ""
        try:
            command = build()
        except InvalidEdit as refusal:
            self.refused.emit(refusal.message)
            return refusal.message
        if command is not None:
            self.session.push(command)
        return ""
