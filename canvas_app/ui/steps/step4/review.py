"""Step 4 — the review cycle (改善サイクル): cadence, actuals against targets, reviews
with their decisions and action items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....model import Plan, ReviewDecision, ReviewMeeting
from ....model.enums import Decision, DecisionSubject, Status
from ....text.labels import enum_label
from ... import facts, fmt, theme
from ...widgets.card import clear_layout, empty_hint, text_label
from ...widgets.table import FittedTable
from ..base import StepPage
from .review_models import ActionItemsModel, ProgressModel


class ReviewPage(StepPage):
    """Cadence, KPI progress at the latest period, and every review meeting.

    Attributes:
        meeting_boxes: meeting id → its box (to reveal on navigation).
    """

    step = "4"

    def build(self) -> None:
        self.today = dt.date.today()
        self.cadence_card = self.add_card()
        self.cadence_body = QVBoxLayout()
        self.cadence_card.add_layout(self.cadence_body)

        self.progress_card = self.add_card()
        self.progress_model = ProgressModel(self.binder, None, self)
        self.progress_table = FittedTable(self.progress_model, widths=(22, 13, 13, 12, 9, 11, 20))
        self.progress_hint = self.progress_card.add(empty_hint(""))
        self.progress_card.add(self.progress_table)

        self.meetings_card = self.add_card()
        self.meetings_body = QVBoxLayout()
        self.meetings_body.setSpacing(14)
        self.meetings_card.add_layout(self.meetings_body)
        self.meeting_boxes: dict[str, QWidget] = {}
        self.action_tables: dict[str, FittedTable] = {}

    def retranslate_static(self) -> None:
        self.cadence_card.set_title(self.tr("Review cadence"))
        self.meetings_card.set_title(self.tr("Reviews, decisions and action items"))
        self.progress_hint.setText(self.tr("No actuals yet. Enter the KPI actuals of each period to see "
                                           "what is on track."))

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 4"), self.tr("Review cycle"),
                        self.tr("Compare actuals with targets every month, scale what works, fix what does not, "
                                "and go back to the strategy when results do not come."))
        self._fill_cadence(plan)
        period = facts.latest_period(plan)
        self.progress_card.set_title(self.tr("Actuals against target to date — %1").replace(
            "%1", fmt.period(period, plan, self.binder.language)) if period else self.tr("Actuals against target to date"))
        self.progress_model.set_period(period)
        has = self.progress_model.rowCount() > 0
        self.progress_table.setVisible(has)
        self.progress_hint.setVisible(not has)
        self._fill_meetings(plan)

    def _fill_cadence(self, plan: Plan) -> None:
        lang = self.binder.language
        clear_layout(self.cadence_body)
        cadence = plan.review.cadence
        row = QHBoxLayout()
        row.setSpacing(32)
        pairs = [
            (self.tr("KPI review"), enum_label(cadence.kpi_review, lang)),
            (self.tr("Strategy review"), enum_label(cadence.strategy_review, lang)),
            (self.tr("Meeting day"), self.tr("Day %1 of the month").replace("%1", str(cadence.meeting_day))
             if cadence.meeting_day else fmt.DASH),
        ]
        for caption, value in pairs:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(text_label(caption, name="muted"))
            box.addWidget(text_label(value, bold=True, scale=1.15))
            row.addLayout(box)
        row.addStretch(1)
        self.cadence_body.addLayout(row)
        names = {d.id: d.name for d in plan.settings.departments}
        people = [names.get(i, i) for i in cadence.participant_department_ids] + list(cadence.participants)
        text = "、".join(people) if lang.code == "ja" else ", ".join(people)
        self.cadence_body.addWidget(text_label(self.tr("Participants: %1").replace(
            "%1", text or self.tr("not decided yet"))))

    def _fill_meetings(self, plan: Plan) -> None:
        clear_layout(self.meetings_body)
        self.meeting_boxes, self.action_tables = {}, {}
        meetings = sorted(plan.review.meetings, key=lambda m: (m.date or dt.date.max), reverse=True)
        if not meetings:
            self.meetings_body.addWidget(empty_hint(self.tr("No reviews yet. Schedule the first monthly KPI review.")))
            return
        for meeting in meetings:
            box = self._meeting_box(plan, meeting)
            self.meeting_boxes[meeting.id] = box
            self.meetings_body.addWidget(box)

    def _meeting_box(self, plan: Plan, meeting: ReviewMeeting) -> QWidget:
        lang = self.binder.language
        box = QFrame()
        box.setObjectName("meetingBox")
        box.setStyleSheet(f"QFrame#meetingBox {{ border: 1px solid {theme.LINE}; border-radius: 8px; "
                          "background: #fafbfd; }")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 10, 14, 12)
        head = QHBoxLayout()
        title = " · ".join(x for x in (enum_label(meeting.kind, lang), fmt.date(meeting.date, lang),
                                       fmt.period(meeting.period, plan, lang) if meeting.period else "") if x)
        head.addWidget(text_label(title, bold=True, scale=1.1), 1)
        state, colour = self._state(meeting)
        chip = QLabel(state)
        chip.setStyleSheet(f"color: white; background: {colour}; border-radius: 4px; padding: 1px 8px;")
        head.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        for caption, text in ((self.tr("Summary"), meeting.summary), (self.tr("Customer voice"), meeting.customer_voice),
                              (self.tr("Lost-deal reasons"), meeting.lost_deal_reasons)):
            if text:
                layout.addWidget(text_label(f"{caption}: {text}"))
        if meeting.attendees:
            layout.addWidget(text_label(self.tr("Attendees: %1").replace("%1", ", ".join(meeting.attendees)),
                                        name="muted"))
        if meeting.decisions:
            layout.addWidget(text_label(self.tr("Decisions"), bold=True))
            for decision in meeting.decisions:
                layout.addWidget(self._decision_row(plan, decision))
        if meeting.action_items:
            layout.addWidget(text_label(self.tr("Action items"), bold=True))
            table = FittedTable(ActionItemsModel(self.binder, meeting, self.today), widths=(46, 18, 14, 22))
            table.model().setParent(table)  # goes with its table when the meetings are shown again
            self.action_tables[meeting.id] = table
            layout.addWidget(table)
        return box

    def _state(self, meeting: ReviewMeeting) -> tuple[str, str]:
        if meeting.held:
            return self.tr("Held"), theme.STATUS_COLOURS[Status.ON_TRACK]
        if meeting.is_overdue(self.today):
            return self.tr("Overdue"), theme.STATUS_COLOURS[Status.OFF_TRACK]
        return self.tr("Scheduled"), theme.ACCENT

    def _decision_row(self, plan: Plan, decision: ReviewDecision) -> QWidget:
        subject = self.tr("Whole plan")
        if decision.subject != DecisionSubject.PLAN and decision.subject_id:
            items = plan.kpis.nodes if decision.subject == DecisionSubject.KPI else plan.roadmap.initiatives
            subject = next((i.name for i in items if i.id == decision.subject_id), decision.subject_id)
        verdict = enum_label(decision.decision, self.binder.language)
        if decision.decision == Decision.REVISIT_STRATEGY and decision.revisit_step:
            verdict += " " + self.tr("(back to Step %1)").replace("%1", str(decision.revisit_step))
        colour = {Decision.CONTINUE: theme.ACCENT, Decision.SCALE: theme.STATUS_COLOURS[Status.ON_TRACK],
                  Decision.FIX_TACTICS: theme.STATUS_COLOURS[Status.AT_RISK],
                  Decision.REVISIT_STRATEGY: theme.STATUS_COLOURS[Status.OFF_TRACK]}[decision.decision]
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        chip = QLabel(verdict)
        chip.setStyleSheet(f"color: {colour}; border: 1px solid {colour}; border-radius: 4px; padding: 1px 6px;"
                           " font-weight: bold;")
        line.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
        text = subject + (f" — {decision.rationale}" if decision.rationale else "")
        line.addWidget(text_label(text), 1)
        return row

    def select_item(self, item_id: str) -> bool:
        if item_id in self.meeting_boxes:
            self.reveal(self.meeting_boxes[item_id])
            return True
        for meeting in self.plan.review.meetings:
            if any(a.id == item_id for a in meeting.action_items):
                table = self.action_tables.get(meeting.id)
                if table is not None and table.select_item(item_id):
                    self.ensureWidgetVisible(table, 50, 80)
                    return True
            if any(d.id == item_id for d in meeting.decisions) and meeting.id in self.meeting_boxes:
                self.reveal(self.meeting_boxes[meeting.id])
                return True
        if self.progress_table.select_item(item_id):
            self.ensureWidgetVisible(self.progress_table, 50, 80)
            return True
        return False
