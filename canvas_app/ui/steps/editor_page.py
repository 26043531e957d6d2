"""Base of the pages where the plan is edited (steps 1 and 2).

Such a page must never rebuild itself (it would take the focus and the half-typed text
away from the user): see ``base.py`` for the one way every page follows the plan.
"""

from __future__ import annotations

from ...document import PlanChange
from .base import StepPage


class EditorPage(StepPage):
    """A page of editors. Subclasses build with ``self.binder`` in ``build()``; their
    widgets follow the plan by themselves, so ``fill`` only sets what does not (the
    header)."""

    def _plan_changed(self, change: object = None) -> None:
        if isinstance(change, PlanChange):
            self.plan_changed(change)

    def plan_changed(self, change: PlanChange) -> None:
        """A command changed the plan (the bound widgets have updated themselves)."""

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Nothing to catch up on: the editors followed every change while hidden.
        super(StepPage, self).showEvent(event)
