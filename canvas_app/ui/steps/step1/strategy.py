"""Step 1 — strategy linkage (経営・事業戦略との接続), editable.

The form on the left, in the order a workshop fills it in: vision and mission, the
mid-term business plan, the business strategy and its priorities, the business goals
with marketing's contribution and the departments that agreed. On the right a guidance
panel says what the part being edited is for and what a good answer looks like; it
stays in view while the form scrolls. On a narrow or zoomed screen the panel goes
below the form, so the form keeps the width it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QVBoxLayout, QWidget

from ....model import Plan
from ... import theme
from ...editing.table_editor import ItemTable
from ...widgets import side_by_side
from ...widgets.guidance import GuidancePanel
from ..editor_page import EditorPage
from .business import BusinessStrategyCard, VisionCard
from .goals import GoalsCard
from .guidance import guidance, intro
from .midterm import MidTermCard

#: Below this page width (at 100 %, scaled by the zoom) the guidance goes under the form.
SIDE_BY_SIDE_WIDTH = 900


class StrategyPage(EditorPage):
    """Step 1 of the plan, editable.

    Attributes:
        vision_card, midterm_card, strategy_card, goals_card: the parts of the form.
        vision, mission: the vision and mission fields.
        goals_editor: the goals table with its buttons; ``goals_table`` its view,
            ``goals_model`` its model.
        guidance: the guidance panel.
    """

    step = "1"

    def build(self) -> None:
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(theme.px(16))
        self.form = QVBoxLayout()
        self.form.setSpacing(theme.px(16))
        self.vision_card = VisionCard(self.binder)
        self.midterm_card = MidTermCard(self.binder)
        self.strategy_card = BusinessStrategyCard(self.binder)
        self.goals_card = GoalsCard(self.binder)
        for card in (self.vision_card, self.midterm_card, self.strategy_card, self.goals_card):
            self.form.addWidget(card)
        self.body.addLayout(self.form, 5)

        # The panel's column: a top margin that follows the scroll keeps the panel in view.
        self.guidance_column = QWidget()
        column = QVBoxLayout(self.guidance_column)
        column.setContentsMargins(0, 0, 0, 0)
        self.guidance = GuidancePanel()
        column.addWidget(self.guidance)
        column.addStretch(1)
        self.body.addWidget(self.guidance_column, 2)
        self.layout_.addLayout(self.body)

        self.vision, self.mission = self.vision_card.vision, self.vision_card.mission
        self.goals_editor: ItemTable = self.goals_card.goals
        self.goals_table = self.goals_editor.table
        self.goals_model = self.goals_editor.model
        self.topic = "goals"
        self.verticalScrollBar().valueChanged.connect(self._keep_guidance_in_view)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate_static(self) -> None:
        for card in (self.vision_card, self.midterm_card, self.strategy_card, self.goals_card):
            card.retranslate()
        self.guidance.set_intro(*intro())
        self.guidance.show_guidance(guidance(self.topic))

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 1"), self.tr("Strategy linkage"),
                        self.tr("Start from the business: the vision, the mid-term plan and the goals marketing "
                                "must contribute to, agreed across departments as a shared language."))

    # -- guidance follows the focus --------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        widget: QObject | None = now
        while widget is not None and widget is not self:
            topic = widget.property("guidanceTopic")
            if topic:
                self.show_topic(str(topic))
                return
            widget = widget.parent()

    def show_topic(self, topic: str) -> None:
        """Show the guidance for one part of the form (``guidance.TOPICS``)."""
        if topic == self.topic:
            return
        self.topic = topic
        self.guidance.show_guidance(guidance(topic))
        self._keep_guidance_in_view()

    # -- layout -----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "body"):
            self.body.setSpacing(theme.px(16))
            self.form.setSpacing(theme.px(16))
            self._arrange()
            QTimer.singleShot(0, self, self._refit_tables)

    def _arrange(self) -> None:
        if side_by_side.arrange(self.body, self.viewport().width(), SIDE_BY_SIDE_WIDTH):
            side_by_side_now = self.body.direction() == QBoxLayout.Direction.LeftToRight
            self.body.setStretch(0, 5 if side_by_side_now else 0)
            self.body.setStretch(1, 2 if side_by_side_now else 0)
            # The tables get another width without a resize of their own at the right
            # moment: measure their rows again once the new layout is in place.
            QTimer.singleShot(0, self, self._refit_tables)
        self._keep_guidance_in_view()

    def _refit_tables(self) -> None:
        for editor in (self.midterm_card.targets, self.strategy_card.priorities, self.goals_editor):
            editor.table._apply_widths()  # noqa: SLF001 - FittedTable's own sizing, run again
            editor.table.fit()

    def _keep_guidance_in_view(self, *_args) -> None:
        column = self.guidance_column.layout()
        if self.body.direction() != QBoxLayout.Direction.LeftToRight:
            column.setContentsMargins(0, 0, 0, 0)
            return
        top = self.guidance_column.mapTo(self.widget(), self.guidance_column.rect().topLeft()).y() \
            - column.contentsMargins().top()
        scrolled = self.verticalScrollBar().value()
        room = max(0, self.form.geometry().height() - self.guidance.sizeHint().height())
        offset = min(max(0, scrolled - top + theme.px(8)), room)
        if offset != column.contentsMargins().top():
            column.setContentsMargins(0, offset, 0, 0)

    # -- "show me this item" -----------------------------------------------------------------------
    def select_item(self, item_id: str) -> bool:
        tables = (self.goals_editor, self.strategy_card.priorities, self.midterm_card.targets)
        for editor in tables:
            if editor.select_item(item_id):
                editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.ensureWidgetVisible(editor.table, 50, 80)
                row = editor.model.row_of(item_id)
                editor.table.scrollTo(editor.model.index(row, 0))
                return True
        return False
