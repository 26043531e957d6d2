"""The what-if's result as table rows: the root and the selected KPI, the funnel's
required volumes, and the traffic lights that change — plan → trial, in words."""

from __future__ import annotations

from typing import NamedTuple

from ....calc.what_if import WhatIf
from ....model import Plan
from ....model.enums import Unit
from ....text.labels import enum_label, status_labels
from ....text.language import Language
from ... import fmt

#: Units whose figures a table shows bare, the unit named once beside the KPI's name.
BARE_UNITS = frozenset({Unit.JPY, Unit.DAYS})


class ResultRow(NamedTuple):
    """One line of the what-if: what (``label``), as planned and with the trial values;
    ``moved``: the trial changes it."""

    id: str
    label: str
    plan: str
    trial: str
    moved: bool


def result_rows(result: WhatIf, plan: Plan, lang: Language) -> list[ResultRow]:
    nodes = {node.id: node for node in plan.kpis.nodes}

    def value_row(node_id: str, key: str) -> ResultRow:
        node = nodes[node_id]
        before, after = result.value(node_id)
        label = node.name or node.id
        if node.unit in BARE_UNITS:
            label += f" ({fmt.unit_name(node.unit, plan, lang)})"
        return ResultRow(key, label, fmt.bare(before, node.unit, plan, lang), fmt.bare(after, node.unit, plan, lang),
                         before != after)

    rows: list[ResultRow] = []
    if result.root_id is not None:
        rows.append(value_row(result.root_id, f"value:{result.root_id}"))
    if result.node_id is not None and result.node_id != result.root_id:
        rows.append(value_row(result.node_id, f"value:{result.node_id}"))
    for stage in result.stages:
        rows.append(ResultRow(
            f"stage:{stage.role.value}",
            lang.translate("WhatIf", "Required: %1").replace("%1", enum_label(stage.role, lang)),
            fmt.number(stage.required_before), fmt.number(stage.required_after),
            stage.required_before != stage.required_after))
    statuses = status_labels(lang)
    reached = {True: lang.translate("WhatIf", "reached"), False: lang.translate("WhatIf", "not reached"),
               None: fmt.DASH}
    for change in result.changes:
        name = nodes[change.node_id].name or change.node_id
        if change.status_before != change.status_after:
            rows.append(ResultRow(f"status:{change.node_id}",
                                  lang.translate("WhatIf", "Status: %1").replace("%1", name),
                                  statuses[change.status_before], statuses[change.status_after], True))
        if change.reached_before != change.reached_after:
            rows.append(ResultRow(f"reached:{change.node_id}",
                                  lang.translate("WhatIf", "Target: %1").replace("%1", name),
                                  reached[change.reached_before], reached[change.reached_after], True))
    return rows
