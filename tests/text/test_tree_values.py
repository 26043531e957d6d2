"""Why the KPI tree has no value for a KPI: every problem of calc.kpi_tree, traced to the
KPI where it starts and named, in English and in Japanese."""

from __future__ import annotations

import pytest

from canvas_app import i18n
from canvas_app.calc.kpi_tree import evaluate
from canvas_app.model import KpiNode, KpiTree, Plan
from canvas_app.model.enums import Formula
from canvas_app.text.tree_values import missing_value_reason


def tree(*nodes: KpiNode) -> Plan:
    return Plan(kpis=KpiTree(nodes=list(nodes)))


def kpi(node_id: str, formula: str = "input", children=(), **fields) -> KpiNode:
    return KpiNode(id=node_id, name=node_id.title(), formula=Formula(formula), children=list(children), **fields)


# (the plan, the node asked about, the English reason, the Japanese reason)
CASES = {
    "an input without a target, two levels down": (
        tree(kpi("revenue", "product", ("won", "size")), kpi("won", "product", ("opps", "rate")),
             kpi("opps", target=10), kpi("rate"), kpi("size", target=5)),
        "revenue", "“Rate” has no target yet", "「Rate」の目標がまだありません"),
    "the input itself": (
        tree(kpi("rate")), "rate", "“Rate” has no target yet", "「Rate」の目標がまだありません"),
    "a division by zero": (
        tree(kpi("total", "sum", ("share",)), kpi("share", "ratio", ("a", "b")), kpi("a", target=1),
             kpi("b", target=0)),
        "total", "“Share” would divide by zero: its second KPI is 0", "「Share」は0で割ることになります（2つ目のKPIが0です）"),
    "a value too large": (
        tree(kpi("huge", "product", ("a", "b")), kpi("a", target=1e200), kpi("b", target=1e200)),
        "huge", "“Huge” is too large to compute", "「Huge」は大きすぎて計算できません"),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_missing_value_is_traced_to_the_kpi_where_it_starts(case, lang):
    plan, node_id, english, japanese = CASES[case]
    values = evaluate(plan)
    nodes = {n.id: n for n in plan.kpis.nodes}
    assert values.value(node_id) is None
    assert missing_value_reason(values, node_id, nodes, i18n.language(lang)) == (english if lang == "en" else japanese)


def test_a_kpi_with_a_value_needs_no_reason_and_a_nameless_one_is_named_by_its_id():
    plan = tree(kpi("revenue", "sum", ("a",)), KpiNode(id="a"))
    values = evaluate(plan)
    nodes = {n.id: n for n in plan.kpis.nodes}
    assert missing_value_reason(values, "revenue", nodes, i18n.language("en")) == "“a” has no target yet"
    plan.kpis.nodes[1].target = 3
    assert missing_value_reason(evaluate(plan), "revenue", nodes, i18n.language("en")) == ""
