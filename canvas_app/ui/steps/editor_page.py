"""Base of the pages where the plan is edited (steps 1 and 2).

A read-only page rebuilds itself on every change of the plan; an editing page must not
(it would take the focus and the half-typed text away from the user). Its widgets are
bound to the plan through one ``Binder`` and update themselves; the page only hears of
changes in ``plan_changed`` for what it computes itself (a chart, a list).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...document import DocumentSession, PlanChange
from ..editing.binder import Binder
from .base import StepPage


class EditorPage(StepPage):
    """A page of editors. Subclasses build with ``self.binder`` in ``build()``."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        self.binder = Binder(session)
        super().__init__(session, parent)
        self.binder.setParent(self)

    def set_session(self, session: DocumentSession) -> None:
        if session is self.session:
            return
        self.session.changed.disconnect(self._plan_changed)
        self._connect(session)
        self.binder.set_session(session)  # every bound widget reloads
        self.refresh()

    def _plan_changed(self, change: object = None) -> None:
        if isinstance(change, PlanChange):
            self.plan_changed(change)

    def plan_changed(self, change: PlanChange) -> None:
        """A command changed the plan (the bound widgets have updated themselves)."""

    def refresh(self) -> None:
        self._dirty = False
        self._highlighted = []
        self.fill(self.session.plan)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Nothing to catch up on: the editors followed every change while hidden.
        super(StepPage, self).showEvent(event)
