"""The selected business goal's detail on step 1: how marketing contributes, which
departments agreed to it (the shared language, 共通言語化), notes, and what is still
missing — said gently, as a to-do, not as an error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ....commands import AddItem
from ....document import PlanChange
from ....model import BusinessGoal, Department, Plan, new_id, ops
from ... import theme
from ...editing.binder import Binder
from ...editing.choice_fields import CheckListField
from ...editing.fields import TextField
from ...editing.form import FieldRow
from ...editing.paths import plan_slot

translate = QCoreApplication.translate
DEPARTMENTS = plan_slot("settings.departments")

TODO_INK = "#8a6100"  # the banner's warning ink: noticed, not alarming
DONE_INK = "#2e7d32"


def department_choices(plan: Plan) -> list[tuple[str, str]]:
    return [(d.id, d.name) for d in plan.settings.departments]


class GoalDetail(QFrame):
    """Contribution, agreement and notes of one goal (``set_goal``), bound to the plan.

    Attributes:
        contribution, departments, notes: the bound fields.
        gaps: the line saying what the goal still lacks.
        new_department, add_department: add a department to the plan without leaving
            the page (the New plan wizard is where they are usually set).
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDetail")
        self.setProperty("guidanceTopic", "agreement")
        self.binder = binder
        self.goal_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.px(6), 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font_scale(self.heading, 1.05, bold=True)
        layout.addWidget(self.heading)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.gaps)

        row = QHBoxLayout()
        row.setSpacing(theme.px(12))
        left = QVBoxLayout()
        self.contribution = TextField(binder, "marketing_contribution", "", rows=3)
        self.contribution_row = FieldRow(self.contribution)
        left.addWidget(self.contribution_row)
        self.notes = TextField(binder, "notes", "", rows=2)
        self.notes_row = FieldRow(self.notes)
        left.addWidget(self.notes_row)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        self.departments = CheckListField(binder, "agreed_department_ids", "", choices=department_choices)
        self.departments_row = FieldRow(self.departments)
        right.addWidget(self.departments_row)
        self.no_departments = QLabel()
        self.no_departments.setObjectName("emptyHint")
        self.no_departments.setWordWrap(True)
        right.addWidget(self.no_departments)
        adder = QHBoxLayout()
        self.new_department = QLineEdit()
        self.new_department.returnPressed.connect(self._add_department)
        self.add_department = QPushButton()
        self.add_department.clicked.connect(self._add_department)
        adder.addWidget(self.new_department, 1)
        adder.addWidget(self.add_department)
        right.addLayout(adder)
        right.addStretch(1)
        row.addLayout(right, 1)
        layout.addLayout(row)

        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.contribution_row.set_caption(self.tr("Marketing's &contribution to this goal"))
        self.contribution.setPlaceholderText(self.tr("e.g. 120 qualified leads a quarter for sales"))
        self.notes_row.set_caption(self.tr("N&otes"))
        self.departments_row.set_caption(self.tr("&Departments that agreed to it"))
        self.no_departments.setText(self.tr("No departments yet. They are set in File ▸ New (the New plan wizard); "
                                            "you can also add one here."))
        self.new_department.setPlaceholderText(self.tr("New department"))
        self.add_department.setText(self.tr("Add department"))
        self.add_department.setToolTip(self.tr("Add a department to the plan (Enter in the box does the same)"))
        self.refresh()

    # -- following the selection and the plan -------------------------------------------------
    def set_goal(self, goal_id: str | None) -> None:
        self.goal_id = goal_id or None
        for field in (self.contribution, self.departments, self.notes):
            field.set_item(goal_id or "")
        self.refresh()

    def goal(self) -> BusinessGoal | None:
        if not self.goal_id:
            return None
        try:
            return ops.find(self.binder.plan, self.goal_id, self.binder.items)
        except ops.ItemNotFound:
            return None

    def _plan_changed(self, change: PlanChange) -> None:
        if change.item_id in (self.goal_id, None) or not self.goal_id:
            self.refresh()
        elif self.goal() is None:
            self.set_goal(None)

    def refresh(self) -> None:
        """The computed texts: heading, what is missing, the departments hint."""
        goal = self.goal()
        plan = self.binder.plan
        if goal is None:
            self.heading.setText(self.tr("Select a goal above to write marketing's contribution and who agreed."))
            self.gaps.hide()
        else:
            self.heading.setText(self.tr("Goal: %1").replace("%1", goal.name or self.tr("(no name yet)")))
            gaps = goal_gaps(goal)
            self.gaps.setText(self.tr("Still to do: %1").replace("%1", " · ".join(gaps)) if gaps
                              else self.tr("✓ Complete: a number, an owner, marketing's part and the agreement."))
            self.gaps.setStyleSheet(f"color: {TODO_INK if gaps else DONE_INK};")
            self.gaps.show()
        has_departments = bool(plan.settings.departments)
        self.departments.setVisible(has_departments)
        self.no_departments.setVisible(not has_departments)
        editable = not self.binder.read_only
        self.new_department.setEnabled(editable)
        self.add_department.setEnabled(editable)
        self._fit_departments()

    def _fit_departments(self) -> None:
        rows = min(max(self.departments.count(), 1), 6)
        row_height = self.departments.sizeHintForRow(0) if self.departments.count() else self.fontMetrics().height()
        self.departments.setFixedHeight(rows * max(row_height, 1) + 2 * self.departments.frameWidth() + 6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "departments"):
            self._fit_departments()
        super().changeEvent(event)

    def _add_department(self) -> None:
        name = self.new_department.text().strip()
        if not name or self.binder.read_only:
            return
        department = Department(id=new_id("dept"), name=name)
        message = self.binder.run(lambda: AddItem(self.binder.session, DEPARTMENTS,
                                                  department, None, self.tr("Add department")))
        if not message:
            self.new_department.clear()


def goal_gaps(goal: BusinessGoal) -> list[str]:
    """What a goal still lacks, in words (empty: complete)."""
    gaps = []
    if not goal.name:
        gaps.append(translate("GoalDetail", "no name"))
    if goal.baseline is None:
        gaps.append(translate("GoalDetail", "no baseline"))
    if goal.target is None:
        gaps.append(translate("GoalDetail", "no target"))
    if goal.deadline is None:
        gaps.append(translate("GoalDetail", "no deadline"))
    if not goal.owner:
        gaps.append(translate("GoalDetail", "no owner"))
    if not goal.marketing_contribution.strip():
        gaps.append(translate("GoalDetail", "marketing's contribution not written"))
    if not goal.agreed_department_ids:
        gaps.append(translate("GoalDetail", "not agreed yet"))
    return gaps
