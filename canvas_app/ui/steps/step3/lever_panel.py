"""Step 3 — which lever matters (感度), with a what-if (試算).

For the KPI selected in the tree: its inputs ranked by how much a 10 % better value of
each moves the KPI and the revenue root (``calc.levers``), the strongest lever first and
highlighted. Beside it a what-if: type trial values for one or more inputs and see the
root, the KPI, the funnel's required volumes and the traffic lights change as you type
(``calc.what_if``, on a copy — the plan is not touched). "Apply" stores every trial value
as the inputs' targets in one undo step; "Reset" goes back to the plan's values. A value
an input cannot take (a rate above 100 %, a count below zero) is refused at the field.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ....calc import kpi_bounds, what_if
from ....calc.kpi_tree import tree_shape
from ....calc.levers import Lever, rank_levers
from ....commands import EditField
from ....commands.structure import CompositeEdit
from ....text import parsing
from ... import fmt, theme
from ...editing.binder import Binder
from ...editing.fields import INVALID_RED
from ...editing.messages import parse_message
from ...editing.table_model import RIGHT, Column
from ...widgets.side_by_side import SideBySide
from .panel_parts import (SIDE_BY_SIDE_WIDTH, LazyPanel, fit_to_cells, refusal_label, rows_model, say,
                          table_view)
from .what_if_rows import BARE_UNITS, result_rows


class LeverRow(NamedTuple):
    id: str
    name: str
    tried: str  # "Now 25.0% → 10 % better 27.5%"
    kpi_effect: str
    root_effect: str
    first: bool


ROOT_COLUMN, TRIAL_COLUMN = 2, 3


class LeverPanel(LazyPanel):
    """The levers of the selected KPI and a what-if on them.

    Attributes:
        levers_model / levers_view: the inputs, strongest lever first.
        trial_edit: the trial value of the lever selected in the table.
        trials: input id → trial value (what the what-if shows; not in the plan).
        results_model / results_view: plan → trial for the root, the KPI, the funnel's
            required volumes and the traffic lights that change.
        apply_button / reset_button: store the trial values (one undo step) / forget them.
        result: the last ``calc.what_if.WhatIf``.

    Signals:
        nodeRequested(str): select this KPI in the tree (a lever double-clicked).
    """

    nodeRequested = Signal(str)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        self.node_id: str | None = None
        self.lever_id: str | None = None
        self.trials: dict[str, float] = {}
        self.result: what_if.WhatIf | None = None
        self._base: what_if.Baseline | None = None
        self._shape = tree_shape(binder.plan)
        self._root_id: str | None = None

        self.levers_model, self._show_levers = rows_model(binder, [
            Column(lambda: self.tr("Input"), display=lambda row, plan: row.name, bold=lambda row, plan: row.first,
                   background=lambda row, plan: theme.HIGHLIGHT_BG if row.first else None,
                   tooltip=lambda row, plan: row.tried),
            Column(lambda: self._with_unit(self.tr("Effect"), self.node_id),
                   display=lambda row, plan: row.kpi_effect, align=RIGHT,
                   bold=lambda row, plan: row.first),
            Column(lambda: self._with_unit(self.tr("On the root"), self._root_id),
                   display=lambda row, plan: row.root_effect, align=RIGHT,
                   bold=lambda row, plan: row.first),
            Column(lambda: self.tr("Trial"), display=lambda row, plan: self._trial_text(row.id), align=RIGHT,
                   bold=True),
        ], self)
        self.levers_view = table_view(self.levers_model)
        self.levers_view.selectionModel().currentRowChanged.connect(self._lever_chosen)
        self.levers_view.doubleClicked.connect(self._lever_double_clicked)

        self.trial_caption = QLabel()
        self.trial_edit = QLineEdit()
        self.trial_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.trial_caption.setBuddy(self.trial_edit)
        self.trial_edit.textEdited.connect(lambda text: self.set_trial(self.lever_id, text) if self.lever_id else None)
        self.trial_edit.returnPressed.connect(self.apply)
        self.unit_label = QLabel()
        self.lever_note = QLabel()  # the selected lever: now → 10 % better
        self.lever_note.setObjectName("muted")
        self.lever_note.setWordWrap(True)
        self.trial_message = refusal_label()
        self.results_caption = QLabel()
        self.results_model, self._show_results = rows_model(binder, [
            Column(lambda: self.tr("What"), display=lambda row, plan: row.label),
            Column(lambda: self.tr("Plan"), display=lambda row, plan: row.plan, align=RIGHT),
            Column(lambda: self.tr("Trial"), display=lambda row, plan: row.trial, align=RIGHT,
                   bold=lambda row, plan: row.moved),
        ], self)
        self.results_view = table_view(self.results_model)
        self.apply_button, self.reset_button = QPushButton(), QPushButton()
        self.apply_button.clicked.connect(self.apply)
        self.reset_button.clicked.connect(self.reset)

        self._lay_out()
        self.retranslate()
        self.set_node(None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "results_view"):
            self.refresh()  # the zoom changed: columns sized to the new figures
        super().changeEvent(event)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        # The levers beside the what-if on a page wide enough; above it when zoomed in, so
        # the names of the rows are not squeezed to a few characters by the figures.
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns_layout = columns
        self.arrangement = SideBySide(self, columns, SIDE_BY_SIDE_WIDTH, self._arranged)
        columns.addWidget(self.levers_view, 1)
        side = QVBoxLayout()
        trial = QGridLayout()
        trial.addWidget(self.trial_caption, 0, 0, 1, 2)
        trial.addWidget(self.trial_edit, 1, 0)
        trial.addWidget(self.unit_label, 1, 1)
        trial.setColumnStretch(0, 1)
        side.addLayout(trial)
        side.addWidget(self.trial_message)
        side.addWidget(self.lever_note)
        side.addWidget(self.results_caption)
        side.addWidget(self.results_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.apply_button)
        side.addLayout(buttons)
        columns.addLayout(side, 1)
        layout.addLayout(columns, 1)

    def _arranged(self, wide: bool) -> None:
        """Above the what-if, the levers keep room for eight rows (the page scrolls). A
        hidden panel stays side by side: stacked, it would make every tab as tall as it."""
        if not wide and not self.isVisible():
            self.columns_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            wide = True
        view = self.levers_view
        rows = view.horizontalHeader().sizeHint().height() + 8 * view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(0 if wide else rows + 2 * view.frameWidth())

    # -- the panel interface ----------------------------------------------------------------------
    def set_node(self, node_id: str | None) -> None:
        """Follow the KPI selected in the tree ("" or None: none); trial values are kept
        while the KPI's inputs are."""
        self.node_id = node_id or None
        self.refresh()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Each input tried 10 % better, the others as planned: the strongest lever "
                                  "comes first. Type trial values to see what changes — nothing is stored "
                                  "until Apply."))
        self.results_caption.setText(self.tr("What-if: plan → trial"))
        self.apply_button.setText(self.tr("&Apply Trial"))
        self.apply_button.setToolTip(self.tr("Store every trial value as its input's target, in one undo step"))
        self.reset_button.setText(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Forget the trial values and show the plan's"))
        self.refresh()

    # -- trial values (also for tests and the workshop) ------------------------------------------------
    def set_trial(self, node_id: str, text: str) -> str:
        """Try ``text`` (typed as people type it, in the input's unit) for input ``node_id``;
        an empty text drops its trial. Returns "" when taken, else why it was refused."""
        node = self._shape.nodes.get(node_id)
        if node is None:
            return ""
        if node_id != self.lever_id and self.levers_model.row_of(node_id) >= 0:
            self.levers_view.setCurrentIndex(self.levers_model.index(self.levers_model.row_of(node_id), 0))
        if text != self.trial_edit.text():
            self.trial_edit.setText(text)
        try:
            value = parsing.parse_value(text, node.unit, self.binder.plan.settings.money_unit)
        except parsing.ParseError as error:
            return self._refuse(parse_message(error))
        if value is None:
            self.trials.pop(node_id, None)
        else:
            problem = what_if.trial_problem(self.binder.plan, node_id, value)
            if problem is not None:
                return self._refuse(self._problem_text(problem))
            self.trials[node_id] = value
        self._refuse("")
        self._recompute()
        return ""

    def apply(self) -> str:
        """Store every trial value as its input's target: ONE undo step. Returns "" when
        stored (or nothing to store), else why not."""
        trials = {i: v for i, v in self.trials.items() if self._shape.nodes[i].target != v}
        if not trials or self.binder.read_only or self.trial_message.text():
            return self.trial_message.text()
        session = self.binder.session
        message = self.binder.run(lambda: CompositeEdit(session, [
            EditField(session, node_id, "target", value, merge=False) for node_id, value in trials.items()],
            self.tr("Apply trial values")))
        if not message:
            self.trials.clear()
            self.refresh()
        return message

    def reset(self) -> None:
        """Forget the trial values: the plan's values again."""
        self.trials.clear()
        self._refuse("")
        self.refresh()

    # -- computing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        plan = self.binder.plan
        self._shape = shape = tree_shape(plan)
        self._base = None
        node = shape.nodes.get(self.node_id or "")
        if self.node_id is not None and node is None:
            self.node_id = None
        ranking = rank_levers(plan, node.id) if node is not None and not node.is_input else None
        levers = ranking.levers if ranking is not None else ()
        inputs = [lever.input_id for lever in levers] + list(ranking.missing if ranking else ())
        self.trials = {i: v for i, v in self.trials.items() if i in inputs and shape.nodes[i].is_input}
        self._root_id = shape.root_of(node.id) if node is not None else None
        self.heading.setText(self.tr("Which lever matters for “%1”").replace("%1", self._name(node.id)) if node
                             else self.tr("Which lever matters"))
        self.hint.setVisible(node is not None and not node.is_input)
        if node is None or node.is_input:
            self.heading.setText(self.heading.text() + "\n" + (
                self.tr("Select a computed KPI in the tree to rank the inputs below it.") if node is None else
                self.tr("“%1” is an input: select the KPI above it to see how much it moves it.").replace(
                    "%1", self._name(node.id))))
        rows = [self._lever_row(lever, n == 0) for n, lever in enumerate(levers)]
        rows += [LeverRow(i, self._name(i), "", fmt.DASH, fmt.DASH, False)
                 for i in (ranking.missing if ranking else ())]
        self._show_levers(rows)
        fit_to_cells(self.levers_view, (1, ROOT_COLUMN, TRIAL_COLUMN))
        self.levers_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TRIAL_COLUMN)
        self.levers_view.setColumnHidden(ROOT_COLUMN, self._root_id == self.node_id)
        for widget in (self.levers_view, self.trial_caption, self.trial_edit, self.unit_label,
                       self.results_caption, self.results_view, self.apply_button, self.reset_button):
            widget.setVisible(bool(rows))
        if self.lever_id not in inputs:
            self.lever_id = inputs[0] if inputs else None
        if self.lever_id is not None:
            self.levers_view.setCurrentIndex(self.levers_model.index(self.levers_model.row_of(self.lever_id), 0))
        self._show_trial_field()
        self._recompute()

    def _lever_row(self, lever: Lever, first: bool) -> LeverRow:
        plan, lang = self.binder.plan, self.binder.language
        node = self._shape.nodes[lever.input_id]
        kpi = self._shape.nodes[self.node_id]
        root = self._shape.nodes[lever.root_id]
        return LeverRow(
            lever.input_id, node.name or node.id, self.tr("Now %1 → 10 % better %2").replace(
                "%1", fmt.value(lever.base, node.unit, plan, lang)).replace(
                "%2", fmt.value(lever.trial, node.unit, plan, lang)),
            self._signed(lever.effect, kpi.unit), self._signed(lever.root_effect, root.unit) if lever.root_id
            != self.node_id else self._signed(lever.effect, kpi.unit), first)

    def _signed(self, amount: float | None, unit) -> str:
        if amount is None:
            return fmt.DASH
        text = fmt.bare(abs(amount), unit, self.binder.plan, self.binder.language)
        return ("+" if amount > 0 else "−" if amount < 0 else "±") + text

    def _recompute(self) -> None:
        if self.node_id is None or self._shape.nodes[self.node_id].is_input:
            self.result = None
            self._show_results([])
            self.apply_button.setEnabled(False)
            self.reset_button.setEnabled(False)
            return
        plan = self.binder.plan
        if self._base is None:  # once per change of the plan, not per keystroke
            self._base = what_if.baseline(plan)
        self.result = what_if.what_if(plan, self.trials, self.node_id, base=self._base)
        self._show_results(result_rows(self.result, plan, self.binder.language))
        fit_to_cells(self.results_view, (1, 2))
        # The trial column shows only once there is a trial (an empty, clipped "Trial"
        # heading beside the ranking looks unfinished).
        self.levers_view.setColumnHidden(TRIAL_COLUMN, not self.trials)
        if self.trials and self._trial_width() > self.levers_view.columnWidth(TRIAL_COLUMN):
            # Widened for a longer trial value only: measuring every row per keystroke costs
            # several milliseconds on a 300-input tree.
            self.levers_view.setColumnWidth(TRIAL_COLUMN, self._trial_width())
        last = self.levers_model.rowCount() - 1
        if last >= 0:
            self.levers_model.dataChanged.emit(self.levers_model.index(0, TRIAL_COLUMN),
                                           self.levers_model.index(last, TRIAL_COLUMN))
        changed = any(self._shape.nodes[i].target != v for i, v in self.trials.items())
        self.apply_button.setEnabled(changed and not self.binder.read_only and not self.trial_message.text())
        self.reset_button.setEnabled(bool(self.trials) or bool(self.trial_message.text()))

    # -- the trial field -----------------------------------------------------------------------------
    def _show_trial_field(self) -> None:
        node = self._shape.nodes.get(self.lever_id or "")
        plan = self.binder.plan
        shown_name = self._name(self.lever_id).replace("&", "&&")  # "&" in a caption would be a mnemonic
        self.trial_caption.setText(self.tr("&Trial value for “%1”").replace("%1", shown_name)
                                   if node else self.tr("&Trial value"))
        self.unit_label.setText(fmt.unit_name(node.unit, plan, self.binder.language) if node else "")
        value = self.trials.get(node.id, node.target) if node else None
        text = parsing.value_edit_text(value, node.unit, plan.settings.money_unit) if node else ""
        if not self.trial_message.text() and text != self.trial_edit.text():
            self.trial_edit.setText(text)
        self.trial_edit.setEnabled(node is not None)
        row = self.levers_model.row_of(self.lever_id)
        self.lever_note.setText(self.levers_model.item_at(row).tried if row >= 0 else "")

    def _trial_width(self) -> int:
        texts = [self._trial_text(node_id) for node_id in self.trials]
        metrics = self.levers_view.fontMetrics()
        heading = metrics.horizontalAdvance(self.levers_model.headerData(TRIAL_COLUMN, Qt.Orientation.Horizontal) or "")
        return max([heading, *(metrics.horizontalAdvance(text) for text in texts)]) + theme.px(24)

    def _trial_text(self, node_id: str) -> str:
        node = self._shape.nodes.get(node_id)
        if node is None or node_id not in self.trials:
            return ""
        return fmt.value(self.trials[node_id], node.unit, self.binder.plan, self.binder.language)

    def _refuse(self, message: str) -> str:
        say(self.trial_message, message)
        self.trial_edit.setStyleSheet(f"border: 2px solid {INVALID_RED}; border-radius: 3px;" if message else "")
        if message:
            self.apply_button.setEnabled(False)
            self.reset_button.setEnabled(True)
        return message

    def _problem_text(self, problem: str) -> str:
        if problem == kpi_bounds.ABOVE_WHOLE:
            return self.tr("A rate like this cannot be above 100 %.")
        if problem == kpi_bounds.BELOW_ZERO:
            return self.tr("This KPI cannot be below zero.")
        return self.tr("Only an input's value can be tried.")

    def _with_unit(self, heading: str, node_id: str | None) -> str:
        """A column's heading with the unit its bare figures are in (KPI ``node_id``'s)."""
        node = self._shape.nodes.get(node_id or "")
        return heading + (f"\n({fmt.unit_name(node.unit, self.binder.plan, self.binder.language)})"
                                      if node is not None and node.unit in BARE_UNITS else "")

    def _name(self, node_id: str | None) -> str:
        node = self._shape.nodes.get(node_id or "")
        return (node.name or node.id) if node is not None else ""

    def _lever_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node_id = self.levers_model.id_at(current.row())
        if node_id is not None and node_id != self.lever_id:
            self.lever_id = node_id
            self._refuse("")
            self._show_trial_field()

    def _lever_double_clicked(self, index: QModelIndex) -> None:
        node_id = self.levers_model.id_at(index.row())
        if node_id:
            self.nodeRequested.emit(node_id)

