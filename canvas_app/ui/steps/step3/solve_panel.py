"""Step 3 — "Solve for…" (逆算): what an input must be for the selected KPI to reach a
value.

For the KPI selected in the tree: the value to reach (its target, or a root's business
goal's target — said so — or any value typed here, never stored), the inputs below it
with their values, and for the input chosen the value it must take, each KPI on the way
before → after, or why it cannot be solved. "Apply" stores that value as the input's
target in one undo step. Keys: Tab reaches the list, the arrows choose, Enter applies.
The arithmetic is ``calc.solving`` (the same as ``canvas-app solve``).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ....calc.kpi_tree import NO_TARGET, BackCalculation, path_values, tree_shape
from ....calc.solving import FROM_GOAL, solvable_inputs, solve, solve_target
from ....commands import EditField
from ....model import KpiNode
from ....text import parsing
from ....text.back_calculation import back_calculation_reason
from ....text.formatting import fill_in
from ... import fmt, theme
from ...editing.binder import Binder
from ...editing.messages import parse_message
from ...editing.table_model import RIGHT, Column
from ...widgets.side_by_side import SideBySide
from .panel_parts import (SIDE_BY_SIDE_WIDTH, LazyPanel, fit_to_cells, is_enter, refusal_label, rows_model,
                          say, table_view)


class InputRow(NamedTuple):
    id: str
    name: str
    value: str


class PathRow(NamedTuple):
    id: str
    name: str
    before: str
    after: str


class SolvePanel(LazyPanel):
    """Back-calculation for the selected KPI.

    Attributes:
        target_edit: the value to reach, typed as people type it (prefilled with the target).
        inputs_model / inputs_view: the inputs below the KPI with their values.
        path_model / path_view: the KPIs from the selected one down to the input, before → after.
        result_label: the solved value in words; reason_label: why it cannot be solved.
        apply_button: stores the solved value (one undo step).
        result: the last back-calculation (None without a KPI and an input).

    Signals:
        nodeRequested(str): select this KPI in the tree (a KPI of the path double-clicked).
    """

    nodeRequested = Signal(str)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        self.node_id: str | None = None
        self.input_id: str | None = None
        self.result: BackCalculation | None = None
        self._typed: float | None = None  # a value typed to reach instead of the target
        self._shape = tree_shape(binder.plan)

        self.target_caption = QLabel()
        self.target_edit = QLineEdit()
        self.target_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.target_caption.setBuddy(self.target_edit)
        self.target_edit.textEdited.connect(self._target_typed)
        self.unit_label = QLabel()
        self.target_message = refusal_label()

        self.inputs_caption = QLabel()
        self.inputs_model, self._show_inputs = rows_model(binder, [
            Column(lambda: self.tr("Input"), display=lambda row, plan: row.name, width=20),
            Column(lambda: self.tr("Now"), display=lambda row, plan: row.value, align=RIGHT),
        ], self)
        self.inputs_view = table_view(self.inputs_model)
        self.inputs_caption.setBuddy(self.inputs_view)
        self.inputs_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.inputs_view.installEventFilter(self)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        theme.set_font_scale(self.result_label, 1.1, bold=True)
        self.reason_label = refusal_label()
        self.path_model, self._show_path = rows_model(binder, [
            Column(lambda: self.tr("KPI"), display=lambda row, plan: row.name),
            Column(lambda: self.tr("Before"), display=lambda row, plan: row.before, align=RIGHT),
            Column(lambda: self.tr("After"), display=lambda row, plan: row.after, align=RIGHT, bold=True),
        ], self)
        self.path_view = table_view(self.path_model)
        self.path_view.doubleClicked.connect(self._path_double_clicked)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply)

        self._lay_out()
        self.retranslate()
        self.set_node(None)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_caption)
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.unit_label)
        target_row.addStretch(2)
        layout.addLayout(target_row)
        layout.addWidget(self.target_message)
        # The inputs beside the path on a page wide enough; above it when zoomed in, so the
        # names and the before → after figures show whole.
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.arrangement = SideBySide(self, columns, SIDE_BY_SIDE_WIDTH,
                                      lambda wide: (columns.setStretch(0, 2 if wide else 0),
                                                    columns.setStretch(1, 3 if wide else 0)))
        left = QVBoxLayout()
        left.addWidget(self.inputs_caption)
        left.addWidget(self.inputs_view, 1)
        columns.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(self.result_label)
        right.addWidget(self.reason_label)
        right.addWidget(self.path_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        right.addLayout(buttons)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)
        self.columns_layout = columns

    # -- the panel interface ----------------------------------------------------------------------
    def set_node(self, node_id: str | None) -> None:
        """Follow the KPI selected in the tree ("" or None: none)."""
        node_id = node_id or None
        if node_id != self.node_id:
            self._typed = None
            self.input_id = None
        self.node_id = node_id
        self.refresh()

    def retranslate(self) -> None:
        self.target_caption.setText(self.tr("&Reach"))
        self.target_edit.setPlaceholderText(self.tr("the value to reach"))
        self.target_edit.setToolTip(self.tr("Type any value to ask what must be true to reach it; "
                                            "it is not stored"))
        self.inputs_caption.setText(self.tr("&Inputs to solve for"))
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Store the solved value as the input's target (Enter in the list); "
                                             "Undo takes it back"))
        self.inputs_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.path_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.refresh()

    # -- for tests and the workshop ----------------------------------------------------------------
    def choose_input(self, node_id: str) -> None:
        """Solve for input ``node_id`` (select it in the list)."""
        row = self.inputs_model.row_of(node_id)
        if row < 0:
            self.input_id = node_id  # not below the KPI: shown with its reason
            self._solve()
            return
        self.inputs_view.selectionModel().setCurrentIndex(
            self.inputs_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if self.input_id != node_id:
            self.input_id = node_id
            self._solve()

    def apply(self) -> str:
        """Store the solved value as the chosen input's target: one undo step. Returns ""
        when stored, else why not."""
        result = self.result
        if result is None or not result.ok or result.value is None or self.binder.read_only:
            return self.reason_label.text() or self.tr("Choose an input that can be solved first.")
        name = self._name(result.free_input_id)
        return self.binder.run(lambda: EditField(
            self.binder.session, result.free_input_id, "target", result.value, merge=False,
            text=self.tr("Solve for “%1”").replace("%1", name)))

    # -- computing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        plan, lang = self.binder.plan, self.binder.language
        shape = self._shape = tree_shape(plan)  # one walk of the tree per change
        node = shape.nodes.get(self.node_id or "")
        if self.node_id is not None and node is None:
            self.node_id = self.input_id = None  # removed (or another plan)
        self._set_target_text(node)
        self.heading.setText(self.tr("Solve for… “%1”").replace("%1", node.name or node.id) if node
                             else self.tr("Solve for…"))
        self.hint.setText(self._hint(node, shape))
        inputs = solvable_inputs(plan, node.id) if node is not None else []
        self._show_inputs([InputRow(i, shape.nodes[i].name or i,
                                    fmt.value(shape.nodes[i].target, shape.nodes[i].unit, plan, lang))
                           for i in inputs])
        fit_to_cells(self.inputs_view, (1,))
        computed = node is not None and not node.is_input
        for widget in (self.target_caption, self.target_edit, self.unit_label, self.inputs_caption,
                       self.inputs_view, self.result_label, self.path_view, self.apply_button):
            widget.setVisible(computed)
        if self.input_id is not None and self.input_id not in inputs:
            self.input_id = None
        if self.input_id is not None:
            row = self.inputs_model.row_of(self.input_id)
            self.inputs_view.selectionModel().setCurrentIndex(
                self.inputs_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._solve()

    def _set_target_text(self, node: KpiNode | None) -> None:
        plan = self.binder.plan
        if node is None or node.is_input:
            self.target_edit.clear()
            self.unit_label.clear()
            return
        self.unit_label.setText(fmt.unit_name(node.unit, plan, self.binder.language))
        if self._typed is None and not self.target_edit.hasFocus():
            value = solve_target(plan, node.id).value
            self.target_edit.setText(parsing.value_edit_text(value, node.unit, plan.settings.money_unit))

    def _hint(self, node: KpiNode | None, shape) -> str:
        if node is None:
            return self.tr("Select a computed KPI in the tree to work out what its inputs must be.")
        if node.is_input:
            parent = shape.parent.get(node.id)
            if parent is not None:
                return fill_in(self.tr("“%1” is an input: its value is typed in, not computed. Select “%2” above it "
                                       "and solve for “%1” there."), node.name or node.id,
                               shape.nodes[parent].name or parent)
            return self.tr("“%1” is an input: its value is typed in, not computed. Put it below a computed "
                           "KPI to solve for it.").replace("%1", node.name or node.id)
        target = solve_target(self.binder.plan, node.id)
        if target.source == FROM_GOAL:
            goal = next((g for g in self.binder.plan.strategy.goals if g.id == target.goal_id), None)
            return self.tr("The value to reach is the target of the business goal “%1” (step 1).").replace(
                "%1", goal.name if goal is not None and goal.name else "")
        if target.value is None:
            return self.tr("“%1” has no target yet: type the value it must reach, then choose an input.").replace(
                "%1", node.name or node.id)
        return self.tr("Choose an input: the value it must take shows at once. Nothing is stored until Apply.")

    def _target_typed(self, text: str) -> None:
        node = self._shape.nodes.get(self.node_id or "")
        if node is None:
            return
        try:
            typed = parsing.parse_value(text, node.unit, self.binder.plan.settings.money_unit)
        except parsing.ParseError as error:
            say(self.target_message, parse_message(error))
            self._solve()  # nothing to show for a value that cannot be read
            return
        say(self.target_message, "")
        self._typed = typed
        self._solve()

    def _solve(self) -> None:
        plan, lang = self.binder.plan, self.binder.language
        if self.node_id is None or self.input_id is None or self.target_message.text():
            self.result = None
            self.result_label.setText(self.tr("Choose an input below the KPI.") if self.node_id else "")
            say(self.reason_label, "")
            self._show_path([])
            self.apply_button.setEnabled(False)
            return
        result = solve(plan, self.node_id, self.input_id, self._typed)
        self.result = result
        nodes = self._shape.nodes
        if result.reason == NO_TARGET:  # not a failure: the value to reach is still to be typed
            self.result_label.setText(
                self.tr("Type the value “%1” must reach.").replace("%1", self._name(self.node_id)))
            say(self.reason_label, "")
            self._show_path([])
            self.apply_button.setEnabled(False)
            return
        if result.value is not None:
            self.result_label.setText(fill_in(self.tr("“%1” must be %2 (now %3)."), self._name(self.input_id),
                                              self._shown(self.input_id, result.value),
                                              self._shown(self.input_id, result.current_value)))
        else:
            self.result_label.setText(
                self.tr("“%1” cannot be solved for.").replace("%1", self._name(self.input_id)))
        reason = ""
        if not result.ok:
            blocked = nodes[result.blocked_by].name if result.blocked_by in nodes else ""
            reason = back_calculation_reason(result.reason, result.bound, blocked, lang)
            reason = reason[:1].upper() + reason[1:] + ("。" if lang.code == "ja" else ".")
            if result.value is not None:
                reason += ("" if lang.code == "ja" else " ") + self.tr("It would need %1.").replace(
                    "%1", self._shown(self.input_id, result.value))
        say(self.reason_label, reason)
        self._show_path_rows([PathRow(node_id, self._name(node_id), self._shown(node_id, before),
                                 self._shown(node_id, after)) for node_id, before, after in path_values(plan, result)])
        self.apply_button.setEnabled(result.ok and not self.binder.read_only
                                     and result.value != result.current_value)

    def _show_path_rows(self, rows: list[PathRow]) -> None:
        self._show_path(rows)
        fit_to_cells(self.path_view, (1, 2))

    def _name(self, node_id: str) -> str:
        node = self._shape.nodes.get(node_id)
        return (node.name or node.id) if node is not None else node_id

    def _shown(self, node_id: str, value: float | None) -> str:
        node = self._shape.nodes.get(node_id)
        return fmt.value(value, node.unit, self.binder.plan, self.binder.language) if node else fmt.DASH

    # -- choosing and keys -------------------------------------------------------------------------
    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node_id = self.inputs_model.id_at(current.row())
        if node_id is not None and node_id != self.input_id:
            self.input_id = node_id
            self._solve()

    def _path_double_clicked(self, index: QModelIndex) -> None:
        node_id = self.path_model.id_at(index.row())
        if node_id:
            self.nodeRequested.emit(node_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.inputs_view and is_enter(event):
            self.apply()
            return True
        return super().eventFilter(watched, event)
