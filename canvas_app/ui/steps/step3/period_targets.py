"""Targets per period (期間別目標) of the KPI selected in the tree.

A cell per period of the plan, in the fiscal year's order (two rows of six months, or
one row of four quarters): the default split greyed as the cell's placeholder, a typed
override in black; emptying a cell goes back to the default. Below them a line says
whether an additive KPI's periods add up to its annual target, with a button to spread
what the overrides leave over the other periods and one to clear the overrides. Every
change is one undo step setting the KPI's ``period_targets``; the figures come from
``calc.period_targets``.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ....calc import period_targets as pt
from ....document import PlanChange
from ....model import ops
from ....model.enums import Status
from ....model.kpi import KpiNode
from ....model.periods import period_keys
from ....text.palette import STATUS_INKS
from ... import fmt, theme
from ...editing.binder import Binder
from ...editing.fields import LineField
from ...editing.form import FieldRow
from ...widgets.card import clear_layout, empty_hint, text_label
from .period_cells import period_cell

translate = QCoreApplication.translate

#: Cells per row, widest first: twelve months in two rows of six and four quarters in
#: one row fit a 1000 px page at 150 % zoom; a narrower panel takes fewer per row, so a
#: period's name is never broken over two lines.
COLUMN_CHOICES = MappingProxyType({12: (6, 4, 3, 2), 4: (4, 2)})


class PeriodTargetsPanel(QWidget):
    """The selected KPI's target for each period of the plan.

    Attributes:
        cells: period key → its field, in fiscal order.
        rows: period key → the ``FieldRow`` around it (period name, refusal message).
        status: the line saying whether the periods add up to the annual target.
        spread_button / clear_button: spread the remainder, clear every override.
        spread_note: why the remainder cannot be spread, when the periods do not add up.
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self._node_id = ""
        self._dirty = False
        self.targets: pt.PeriodTargets | None = None
        self.spread: pt.Spread | None = None
        self.cells: dict[str, LineField] = {}
        self.rows: dict[str, FieldRow] = {}
        self._columns = 0

        layout = QVBoxLayout(self)
        self.layout_ = layout
        self.hint = empty_hint("")
        layout.addWidget(self.hint)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.body_layout = body
        self.heading = text_label(bold=True, scale=1.1)
        self.explanation = text_label(name="muted")
        body.addWidget(self.heading)
        body.addWidget(self.explanation)
        self.grid = QGridLayout()
        body.addLayout(self.grid)
        self.status = text_label()
        body.addWidget(self.status)
        self.spread_note = text_label(name="muted")
        body.addWidget(self.spread_note)
        buttons = QHBoxLayout()
        self.spread_button, self.clear_button = QPushButton(), QPushButton()
        self.spread_button.clicked.connect(self.spread_remainder)
        self.clear_button.clicked.connect(self.clear_overrides)
        for button in (self.spread_button, self.clear_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._apply_zoom_sizes()

        binder.changed.connect(self._plan_changed)
        binder.rebound.connect(lambda: self.set_node(None))
        self.retranslate()
        self.set_node(None)

    # -- the interface the step 3 section uses ---------------------------------------------------
    def set_node(self, node_id: str | None) -> None:
        """Follow the KPI selected in the tree ("" or None: none)."""
        self._node_id = node_id or ""
        self._ensure_cells()
        item_id = self._node_id if self._node() is not None else ""
        for cell in self.cells.values():
            cell.set_item(item_id)
        self._refresh_when_shown()

    def retranslate(self) -> None:
        self.hint.setText(translate("PeriodTargets", "Select a KPI in the tree to plan its target for each period."))
        self.spread_button.setText(translate("PeriodTargets", "Spread the remainder"))
        self.spread_button.setToolTip(translate(
            "PeriodTargets", "Share what the typed-in periods leave of the annual target evenly among the "
            "other periods"))
        self.clear_button.setText(translate("PeriodTargets", "Clear overrides"))
        self.clear_button.setToolTip(translate(
            "PeriodTargets", "Every period goes back to the default split of the annual target"))
        self._refresh_when_shown()

    # -- refreshing only while shown ----------------------------------------------------------
    def _plan_changed(self, change: PlanChange) -> None:
        if change.item_id is None and change.path.startswith("settings"):
            self._ensure_cells()  # the granularity may have changed: other periods
        self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "grid"):
            self._apply_zoom_sizes()
            self._columns = 0  # the names take another width
            self._arrange_cells()
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        self.layout_.setContentsMargins(0, theme.px(6), 0, 0)
        self.body_layout.setSpacing(theme.px(8))
        self.grid.setHorizontalSpacing(theme.px(10))
        self.grid.setVerticalSpacing(theme.px(6))

    # -- what is shown ------------------------------------------------------------------------
    def _node(self) -> KpiNode | None:
        if not self._node_id:
            return None
        try:
            node = ops.find(self.binder.plan, self._node_id, self.binder.items)
        except ops.ItemNotFound:
            return None
        return node if isinstance(node, KpiNode) else None

    def _ensure_cells(self) -> None:
        """One cell per period of the plan, in fiscal order, Tab going from one to the next."""
        keys = period_keys(self.binder.plan.settings.granularity)
        if tuple(self.cells) == keys:
            return
        clear_layout(self.grid)
        self._columns = 0
        self.cells = {key: period_cell(self.binder, key) for key in keys}
        self.rows = {key: FieldRow(cell) for key, cell in self.cells.items()}
        for row in self.rows.values():
            row.caption.setWordWrap(False)
        self._arrange_cells()
        ordered = list(self.cells.values())
        for first, second in zip(ordered, ordered[1:]):
            QWidget.setTabOrder(first, second)
        node = self._node()
        for cell in ordered:
            cell.set_item(node.id if node is not None else "")

    def _arrange_cells(self) -> None:
        """As many cells per row as the panel's width takes with every period name whole."""
        rows = list(self.rows.values())
        names = [row.caption.sizeHint().width() for row in rows]
        spacing = self.grid.horizontalSpacing()

        def needed(columns: int) -> int:  # each column as wide as its longest name
            return sum(max(names[c::columns]) for c in range(columns)) + (columns - 1) * spacing

        choices = COLUMN_CHOICES.get(len(rows), (len(rows),))
        columns = next((c for c in choices if needed(c) <= self.width()), choices[-1])
        if columns == self._columns:
            return
        self._columns = columns
        for row in rows:
            self.grid.removeWidget(row)
        for n, row in enumerate(rows):
            # Top-aligned: a refusal below one cell must not shift its neighbours' names.
            self.grid.addWidget(row, n // columns, n % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(len(rows)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_cells()

    def refresh(self) -> None:
        self._dirty = False
        node = self._node()
        self.hint.setVisible(node is None)
        self.body.setVisible(node is not None)
        if node is None:
            self.targets = self.spread = None
            return
        self._ensure_cells()
        plan, lang = self.binder.plan, self.binder.language
        targets = self.targets = pt.period_targets_of(plan, node.id)
        self.spread = pt.spread_remainder(plan, node.id, targets=targets)
        self.heading.setText(translate("PeriodTargets", "Targets per period: %1 (%2)")
                             .replace("%1", node.name or node.id).replace("%2", fmt.unit_name(node.unit, plan, lang)))
        self.explanation.setText(self._explanation(targets))
        for period in targets.periods:
            self.rows[period.key].set_caption(fmt.period(period.key, plan, lang))
            self.cells[period.key].setPlaceholderText(
                "" if period.default is None else fmt.bare(period.default, node.unit, plan, lang))
        self._arrange_cells()  # the periods' names may be longer now (another language)
        text, good = self._status_text(node, targets)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        style = f"color: {STATUS_INKS[Status.ON_TRACK if good else Status.AT_RISK]};"
        if self.status.styleSheet() != style:  # a style sheet set again re-polishes: not per keystroke
            self.status.setStyleSheet(style)
        editable = not self.binder.read_only
        self.spread_button.setVisible(targets.additive)
        self.spread_button.setEnabled(editable and self.spread.ok and self.spread.changes)
        self.clear_button.setEnabled(editable and bool(node.period_targets))
        note = self._spread_note(targets, self.spread)
        self.spread_note.setText(note)
        self.spread_note.setVisible(bool(note))

    def _explanation(self, targets: pt.PeriodTargets) -> str:
        if targets.additive and not targets.annual_is_target:
            return translate("PeriodTargets", "Grey figures are the even split of the annual value the tree "
                             "computes. Type a figure to give a period its own target; empty the cell to go back "
                             "to the split.")
        if targets.additive:
            return translate("PeriodTargets", "Grey figures are the even split of the annual target. Type a figure "
                             "to give a period its own target; empty the cell to go back to the split.")
        return translate("PeriodTargets", "A rate or level is not added up over the year: grey figures are the "
                         "annual level, kept every period. Type a figure to give a period its own target.")

    def _status_text(self, node: KpiNode, targets: pt.PeriodTargets) -> tuple[str, bool]:
        """The line under the cells, and whether it is good news."""
        plan, lang = self.binder.plan, self.binder.language

        def value(amount: float | None) -> str:
            return fmt.value(amount, node.unit, plan, lang)

        if targets.annual is None:
            if targets.annual_is_target:
                return translate("PeriodTargets", "No annual target yet: set one and the periods share it."), False
            return translate("PeriodTargets", "No annual value yet: the tree computes it once the inputs below "
                             "have targets."), False
        if not targets.additive or targets.total is None or targets.adds_up is None:
            return "", True
        if targets.adds_up:
            if targets.annual_is_target:
                text = translate("PeriodTargets", "Periods add up to the annual target, %1.")
            else:
                text = translate("PeriodTargets", "Periods add up to the annual value from the tree, %1.")
            return text.replace("%1", value(targets.annual)), True
        over = targets.difference > 0
        if targets.annual_is_target:
            text = translate("PeriodTargets", "Periods add up to %1 — %2 over the annual target %3.") if over \
                else translate("PeriodTargets", "Periods add up to %1 — %2 short of the annual target %3.")
        else:
            text = translate("PeriodTargets", "Periods add up to %1 — %2 over the annual value from the tree %3.") \
                if over else translate("PeriodTargets", "Periods add up to %1 — %2 short of the annual value from "
                                       "the tree %3.")
        return (text.replace("%1", value(targets.total)).replace("%2", value(abs(targets.difference)))
                .replace("%3", value(targets.annual))), False

    @staticmethod
    def _spread_note(targets: pt.PeriodTargets, spread: pt.Spread) -> str:
        """Why the remainder cannot be spread, said only while the periods do not add up."""
        if targets.adds_up is not False:
            return ""
        if spread.reason == pt.ALL_OVERRIDDEN:
            return translate("PeriodTargets", "Every period has its own target: empty one to take the rest.")
        if spread.reason == pt.OVER_TARGET:
            return translate("PeriodTargets", "The typed-in periods alone exceed the annual target: lower one, "
                             "or raise the annual target.")
        return ""

    # -- edits (each one undo step) -----------------------------------------------------------
    def spread_remainder(self) -> str:
        node = self._node()
        if node is None or self.binder.read_only:
            return ""
        spread = pt.spread_remainder(self.binder.plan, node.id)
        if not (spread.ok and spread.changes):
            return ""
        return self.binder.edit(node.id, "period_targets", spread.targets, merge=False,
                                text=translate("PeriodTargets", "Spread the remainder"))

    def clear_overrides(self) -> str:
        node = self._node()
        if node is None or self.binder.read_only or not node.period_targets:
            return ""
        return self.binder.edit(node.id, "period_targets", {}, merge=False,
                                text=translate("PeriodTargets", "Clear period targets"))
