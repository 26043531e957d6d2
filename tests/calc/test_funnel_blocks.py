"""What keeps the funnel from working back from the revenue target: each blocking input
found, named and worded — the same sentence for the page, the command line, the
workbook and the health check."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app import i18n
from canvas_app.calc import funnel_blocks as fb
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.calc.health import check_plan
from canvas_app.model.enums import FunnelRole as R
from canvas_app.text.findings import finding_message
from canvas_app.text.funnel_blocks import block_message

from .builders import funnel_nodes, kpi, plan_with, rate

TODAY = dt.date(2026, 6, 1)

#: rate node id in builders.funnel_nodes → (its role, the volume it converts, the next volume)
RATES = {
    "lead_mql": (R.LEAD_TO_MQL_RATE, R.LEADS, R.MQLS),
    "mql_sql": (R.MQL_TO_SQL_RATE, R.MQLS, R.SQLS),
    "sql_opp": (R.SQL_TO_OPPORTUNITY_RATE, R.SQLS, R.OPPORTUNITIES),
    "win": (R.WIN_RATE, R.OPPORTUNITIES, R.WON_DEALS),
}
CHAIN = [R.LEADS, R.MQLS, R.SQLS, R.OPPORTUNITIES, R.WON_DEALS]
LANGS = [i18n.language("en"), i18n.language("ja")]


def _plan_with_rate(node_id: str, value: float | None, *, keep_node: bool = True):
    nodes = funnel_nodes()
    node = next(n for n in nodes if n.id == node_id)
    node.target = value
    if not keep_node:  # no KPI in the rate's role, and no planned volume below to imply one
        node.role = None
    return plan_with(nodes)


CASES = [(node_id, kind) for node_id in RATES for kind in ("zero", "missing", "no_kpi")]


def _case(node_id: str, kind: str):
    return _plan_with_rate(node_id, {"zero": 0.0, "missing": None, "no_kpi": None}[kind], keep_node=kind != "no_kpi")


@pytest.mark.parametrize(("node_id", "kind"), CASES)
def test_a_zero_or_missing_rate_blocks_its_stage_and_every_stage_upstream(node_id, kind):
    role, volume, next_volume = RATES[node_id]
    analysis = analyse_funnel(_case(node_id, kind))
    rate_blocks = [b for b in analysis.blocks if b.is_rate]
    assert len(rate_blocks) == 1, analysis.blocks
    block = rate_blocks[0]
    assert block.code == (fb.ZERO_RATE if kind == "zero" else fb.NO_RATE)
    assert (block.role, block.volume, block.next_volume) == (role, volume, next_volume)
    assert block.node_id == (node_id if kind != "no_kpi" else None)
    assert block.value == (0.0 if kind == "zero" else None)
    blocked = CHAIN[:CHAIN.index(volume) + 1]
    assert block.blocked_volumes() == tuple(blocked)
    for stage in analysis.stages:  # exactly the blocked stages show no requirement
        assert (stage.required is None) == (stage.role in blocked), stage.role


def test_a_complete_funnel_has_no_blocks():
    assert analyse_funnel(plan_with(funnel_nodes())).blocks == ()


def test_a_plan_without_a_funnel_has_no_blocks():
    assert analyse_funnel(plan_with([kpi("followers", target=100)])).blocks == ()


@pytest.mark.parametrize(("deal", "code"), [(None, fb.NO_DEAL_SIZE), (0.0, fb.ZERO_DEAL_SIZE),
                                            (-5.0, fb.ZERO_DEAL_SIZE)])
def test_a_missing_or_zero_deal_size_blocks_every_stage(deal, code):
    nodes = funnel_nodes(leads=None)  # no planned won deals: new revenue ÷ won deals implies no deal size
    next(n for n in nodes if n.id == "deal").target = deal
    analysis = analyse_funnel(plan_with(nodes))
    assert [b.code for b in analysis.blocks] == [code]
    assert analysis.blocks[0].blocked_volumes() == tuple(CHAIN)
    assert all(stage.required is None for stage in analysis.stages)


def test_no_revenue_target_names_the_revenue_kpi():
    analysis = analyse_funnel(plan_with(funnel_nodes(new_revenue_target=None)))
    assert [(b.code, b.role, b.node_id) for b in analysis.blocks] == [(fb.NO_REVENUE_TARGET, R.NEW_REVENUE, "new")]


def test_several_blocks_are_listed_nearest_the_target_first():
    nodes = funnel_nodes()
    for node in nodes:
        if node.id in ("lead_mql", "sql_opp"):
            node.target = 0.0
    analysis = analyse_funnel(plan_with(nodes))
    assert [b.role for b in analysis.blocks] == [R.SQL_TO_OPPORTUNITY_RATE, R.LEAD_TO_MQL_RATE]


@pytest.mark.parametrize("lang", LANGS, ids=lambda lang: lang.code)
@pytest.mark.parametrize(("node_id", "kind"), CASES)
def test_each_block_is_one_sentence_naming_the_rate_and_the_stages(node_id, kind, lang):
    from canvas_app.text.labels import enum_label

    plan = _case(node_id, kind)
    role, volume, next_volume = RATES[node_id]
    block = next(b for b in analyse_funnel(plan).blocks if b.is_rate)
    sentence = block_message(block, plan, lang)
    assert "{" not in sentence and sentence.count("\n") == 0
    if kind == "no_kpi":
        assert enum_label(role, lang) in sentence  # no KPI to name: the rate's role
    else:
        assert node_id in sentence  # the KPI as the plan names it
    for blocked in CHAIN[:CHAIN.index(volume) + 1]:
        assert enum_label(blocked, lang) in sentence
    if kind == "zero":
        assert "0" in sentence and enum_label(next_volume, lang) in sentence
    if lang.code == "ja":
        assert "Required" not in sentence and "逆算" in sentence


@pytest.mark.parametrize("lang", LANGS, ids=lambda lang: lang.code)
@pytest.mark.parametrize(("node_id", "kind"), CASES)
def test_each_blocked_rate_is_a_health_finding_on_the_kpi_to_fix(node_id, kind, lang):
    plan = _case(node_id, kind)
    role, volume, _ = RATES[node_id]
    found = [f for f in check_plan(plan, TODAY) if f.code == "funnel_blocked"]
    assert len(found) == 1
    finding = found[0]
    # The rate's KPI, or (when there is none) the stage it would convert from.
    expected_item = node_id if kind != "no_kpi" else {R.LEADS: "leads", R.MQLS: "mqls", R.SQLS: "sqls",
                                                      R.OPPORTUNITIES: "opps"}[volume]
    assert (finding.item_kind, finding.item_id, finding.severity) == ("kpi", expected_item, "warning")
    block = next(b for b in analyse_funnel(plan).blocks if b.is_rate)
    # The finding's sentence is the funnel's own sentence, word for word.
    assert finding_message(finding, plan, lang) == block_message(block, plan, lang)


def test_a_missing_revenue_target_is_left_to_the_kpi_findings():
    plan = plan_with(funnel_nodes(new_revenue_target=None))
    assert not [f for f in check_plan(plan, TODAY) if f.code == "funnel_blocked"]


@pytest.mark.parametrize(("nodes", "expected"), [
    ([kpi("new", target=1e7, role=R.NEW_REVENUE), rate("deal", None, role=R.AVERAGE_DEAL_SIZE)],
     (fb.NO_DEAL_SIZE, "deal")),
    ([kpi("new", target=1e7, role=R.NEW_REVENUE), kpi("won", target=10, role=R.WON_DEALS),
      rate("deal", 0.0, role=R.AVERAGE_DEAL_SIZE)], (fb.ZERO_DEAL_SIZE, "deal")),
])
def test_a_deal_size_block_is_a_finding_too(nodes, expected):
    plan = plan_with(nodes)
    found = [f for f in check_plan(plan, TODAY) if f.code == "funnel_blocked" and f.params["reason"] in
             (fb.NO_DEAL_SIZE, fb.ZERO_DEAL_SIZE)]
    assert [(f.params["reason"], f.item_id) for f in found] == [expected]
    for lang in LANGS:
        assert "{" not in finding_message(found[0], plan, lang)


def test_a_total_target_with_unknown_existing_revenue_names_the_existing_side():
    nodes = funnel_nodes(new_revenue_target=None)
    next(n for n in nodes if n.id == "total").target = 169_500_000
    next(n for n in nodes if n.id == "customers").target = None  # existing revenue cannot be known
    analysis = analyse_funnel(plan_with(nodes))
    assert [(b.code, b.node_id) for b in analysis.blocks] == [(fb.NO_EXISTING_REVENUE, "existing")]
    for lang in LANGS:
        assert "existing" in block_message(analysis.blocks[0], plan_with(nodes), lang)
