"""One period's target of the selected KPI, typed like any KPI value (``value_field``).

The cell edits the KPI's whole ``period_targets``: what is typed becomes that period's
override (``calc.period_targets.with_override``), an empty cell clears it, so each
committed cell is one ``EditField`` on "period_targets" with the whole new dict. The
default split is the cell's placeholder (grey); an override is its text (black).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ....calc import period_targets as pt
from ....text import parsing
from ....text.parsing import ParseError
from ...editing.binder import Binder
from ...editing.fields import LineField


def period_cell(binder: Binder, key: str) -> LineField:
    """The field for period ``key`` (fiscal) of the KPI given by ``set_item``.

    A value the KPI can never take (a negative count, a conversion rate above 100 %) is
    refused at the cell like text that is not a number."""

    def parse(text, plan, node):
        value = parsing.parse_value(text, node.unit, plan.settings.money_unit)
        if value is not None:
            problem = pt.override_problem(plan, node.id, value)
            if problem is not None:
                raise ParseError(problem)
        return pt.with_override(plan, node.id, key, value)

    def show(targets, plan, node):
        return parsing.value_edit_text((targets or {}).get(key), node.unit, plan.settings.money_unit)

    cell = LineField(binder, "period_targets", "", parse=parse, show=show, depends=("unit",))
    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    cell.setObjectName(f"period_{key}")
    return cell
