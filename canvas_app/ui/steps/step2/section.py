"""What every part (tab) of the step 2 page offers the page."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ....document import PlanChange
from ...editing.binder import Binder


class Section(QWidget):
    """One tab of step 2, built once on a ``Binder`` (see ``EditorPage``).

    Subclasses set ``name`` (the ``--section`` key), build their widgets in
    ``__init__`` and implement ``title``, ``retranslate`` and ``select_item``.
    """

    name = ""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        binder.changed.connect(self.plan_changed)
        binder.rebound.connect(self.rebound)

    def title(self) -> str:
        """The tab's title in the UI language."""
        return self.name

    def retranslate(self) -> None:
        """Set every static text (called once built and on a language change)."""

    def select_item(self, item_id: str) -> bool:
        """Show and select ``item_id``; False when this part does not hold it."""
        return False

    def plan_changed(self, change: PlanChange) -> None:
        """For what the section computes itself (bound widgets update themselves)."""

    def rebound(self) -> None:
        """Another plan is shown."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
