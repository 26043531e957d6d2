"""The differentiation matrix as an editable table: criteria × (us, each competitor).

An ``ItemTableModel`` over the plan's criteria whose columns follow the competitors:
adding, removing, renaming or reordering a competitor changes the columns at once. A
score is typed as a whole number from 1 to 5; anything else is refused before it
reaches the plan, and an emptied cell means "not scored" (the key is removed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ....calc.differentiation import is_differentiator
from ....document import PlanChange
from ....model import DifferentiationCriterion, Plan, ops
from ....model.enums import Status
from ....text.parsing import ParseError, normalize
from ... import theme
from ...editing.binder import Binder
from ...editing.paths import plan_slot
from ...editing.table_model import CENTER, Column, ItemTableModel

translate = QCoreApplication.translate
CRITERIA = plan_slot("customers.criteria")
# The tint of a differentiator row (the "on track" green of the status lights).
DIFFERENTIATOR_TINT = theme.STATUS_TINTS[Status.ON_TRACK]


def parse_score(text: str) -> int | None:
    """A 1–5 score as typed ("4", "４", " 4 "); empty → None (not scored)."""
    cleaned = normalize(text)
    if not cleaned:
        return None
    if not cleaned.isdigit() or not 1 <= int(cleaned) <= 5:
        raise ParseError("score")
    return int(cleaned)


def score_text(score: int | None) -> str:
    return "" if score is None else str(score)


def _competitor_ids(plan: Plan) -> list[str]:
    return [c.id for c in plan.customers.competitors]


def _tint(criterion: DifferentiationCriterion, plan: Plan) -> str | None:
    return DIFFERENTIATOR_TINT if is_differentiator(criterion, _competitor_ids(plan)) else None


def _our_text(criterion: DifferentiationCriterion, plan: Plan) -> str:
    text = score_text(criterion.our_score)
    return f"{text} ★" if _tint(criterion, plan) else text


def _tooltip(criterion: DifferentiationCriterion, plan: Plan) -> str:
    if _tint(criterion, plan):
        return translate("MatrixModel", "Our differentiator: we score higher than every competitor.")
    return ""


class DifferentiationMatrixModel(ItemTableModel):
    """Rows: the criteria; columns: criterion, us, then one per competitor in their order.

    Attributes:
        competitor_ids: the competitors shown as columns 2, 3, … (in that order).
    """

    FIRST_COMPETITOR = 2

    def __init__(self, binder: Binder, parent=None) -> None:
        self.competitor_ids: tuple[str, ...] = ()
        # (column, name) -> the name as it fits the header (a view sets it; full name in the tooltip)
        self.fit_header: Callable[[int, str], str] | None = None
        super().__init__(binder, CRITERIA, [], parent)

    # -- columns ------------------------------------------------------------------------------
    def _load(self) -> None:
        plan = self.binder.plan
        self.competitor_ids = tuple(_competitor_ids(plan))
        self.columns = [
            Column(lambda: translate("MatrixModel", "Criterion"), "name", width=30,
                       background=_tint, tooltip=_tooltip),
            Column(lambda: translate("MatrixModel", "Us"), "our_score", display=_our_text,
                       edit_text=lambda c, p: score_text(c.our_score),
                       parse=lambda text, p, c: parse_score(text), align=CENTER, width=10, bold=True,
                       background=_tint, tooltip=_tooltip),
        ] + [self._competitor_column(cid) for cid in self.competitor_ids]
        super()._load()

    def _competitor_column(self, competitor_id: str) -> Column:
        def parse(text: str, plan: Plan, criterion: DifferentiationCriterion) -> dict[str, int]:
            score = parse_score(text)
            scores = {k: v for k, v in criterion.competitor_scores.items() if k != competitor_id}
            if score is not None:
                scores[competitor_id] = score
            return scores

        def header() -> str:
            name = self.competitor_name(competitor_id)
            return self.fit_header(self.column_of(competitor_id), name) if self.fit_header else name

        return Column(header, "competitor_scores",
                          display=lambda c, p: score_text(c.competitor_scores.get(competitor_id)),
                          parse=parse, align=CENTER, width=10, background=_tint)

    def competitor_name(self, competitor_id: str) -> str:
        try:
            return ops.find(self.binder.plan, competitor_id, self.binder.items).name or translate("MatrixModel", "(no name)")
        except ops.ItemNotFound:
            return ""

    def widths(self) -> tuple[int, ...]:
        return tuple(c.width for c in self.columns)

    def column_of(self, competitor_id: str) -> int:
        try:
            return self.FIRST_COMPETITOR + self.competitor_ids.index(competitor_id)
        except ValueError:
            return -1

    # -- following the plan ---------------------------------------------------------------------
    def _changed(self, change: PlanChange) -> None:
        if tuple(_competitor_ids(self.binder.plan)) != self.competitor_ids:
            self.beginResetModel()  # a competitor came, went or moved: other columns
            self._load()
            self.endResetModel()
            return
        column = self.column_of(change.item_id) if change.item_id else -1
        if column >= 0:  # a competitor's name is a header; its notes are not shown here
            if change.path in ("name", ""):
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
            return
        super()._changed(change)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(self.columns):
            if section >= self.FIRST_COMPETITOR:  # a long name is cut short in the header
                return self.competitor_name(self.competitor_ids[section - self.FIRST_COMPETITOR])
            return self.columns[section].header()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole \
                and 0 <= section < len(self.columns):  # competitors' names wrap onto two lines
            return int(self.columns[section].align.value | Qt.TextFlag.TextWordWrap.value)
        return super().headerData(section, orientation, role)
