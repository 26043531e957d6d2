"""Why the KPI tree has no value for a KPI, in words (``calc.kpi_tree`` gives a problem
key and the node where the problem started)."""

from __future__ import annotations

from collections.abc import Mapping

from canvas_app.calc import kpi_tree as kt
from canvas_app.model import KpiNode

from .language import Language

__all__ = ["missing_value_reason"]


def missing_value_reason(values: kt.TreeValues, node_id: str, nodes: Mapping[str, KpiNode], lang: Language) -> str:
    """Why ``node_id`` has no value, as the end of a sentence (no full stop), naming the
    KPI where it starts: a missing value below is traced to the input that lacks its
    target, so the team knows which number to type. "" when the node has a value."""
    problem, cause = values.problem(node_id), values.cause(node_id) or node_id
    if problem is None:
        return ""
    if problem == kt.MISSING_CHILD:
        problem = values.problem(cause) or kt.MISSING_INPUT
    node = nodes.get(cause)
    name = (node.name if node is not None else "") or cause
    texts = {
        kt.MISSING_INPUT: lang.translate("TreeValues", "“{name}” has no target yet"),
        kt.DIVISION_BY_ZERO: lang.translate("TreeValues", "“{name}” would divide by zero: its second KPI is 0"),
        kt.OVERFLOW: lang.translate("TreeValues", "“{name}” is too large to compute"),
    }
    text = texts.get(problem, lang.translate("TreeValues", "the KPIs below “{name}” do not form a tree"))
    return text.format(name=name)
