"""Which KPIs cannot be negative (``calc.kpi_sign``): by unit and funnel role, unless a
difference is computed at or below them."""

from __future__ import annotations

import pytest

from canvas_app.calc.kpi_sign import never_negative
from canvas_app.model.enums import Formula, FunnelRole, Unit
from canvas_app.model.kpi import KpiNode

from .builders import kpi, plan_with

R = FunnelRole

#: (unit, funnel role) of an input KPI → the rule, or None when it may be negative
CASES = [
    (Unit.COUNT, None, "count"),
    (Unit.COUNT, R.LEADS, "count"),
    (Unit.DAYS, None, "days"),
    (Unit.DAYS, R.DAYS_TO_CLOSE, "days"),
    (Unit.JPY, R.NEW_REVENUE, "funnel"),
    (Unit.JPY, R.AVERAGE_DEAL_SIZE, "funnel"),
    (Unit.PERCENT, R.WIN_RATE, "funnel"),
    (Unit.RATIO, R.PIPELINE_VALUE, "funnel"),
    (Unit.JPY, None, None),        # a profit or a saving typed in looks like any amount
    (Unit.PERCENT, None, None),    # growth
    (Unit.RATIO, None, None),      # a return on investment
    (Unit.SCORE, None, None),      # an NPS runs from -100 to 100
    (Unit.OTHER, None, None),
]


@pytest.mark.parametrize("unit, role, rule", CASES)
def test_an_input_kpi_by_unit_and_role(unit, role, rule):
    plan = plan_with([kpi("k", unit=unit, role=role)])
    assert never_negative(plan).get("k") == rule


@pytest.mark.parametrize("unit, role, rule", CASES)
def test_a_sum_keeps_the_rule_and_a_difference_anywhere_below_lifts_it(unit, role, rule):
    plan = plan_with([kpi("total", "sum", ("net",), unit=unit, role=role),
                      kpi("net", "difference", ("won", "lost"), unit=Unit.COUNT),
                      kpi("won", unit=Unit.COUNT), kpi("lost", unit=Unit.COUNT)])
    rules = never_negative(plan)
    assert "total" not in rules and "net" not in rules  # net new customers may be below zero
    assert rules["won"] == rules["lost"] == "count"     # the counts under it may not
    plan = plan_with([kpi("total", "sum", ("a", "b"), unit=unit, role=role),
                      kpi("a", unit=Unit.COUNT), kpi("b", unit=Unit.COUNT)])
    assert never_negative(plan).get("total") == rule


def test_a_cycle_left_by_an_edit_in_progress_gets_the_benefit_of_the_doubt():
    plan = plan_with([kpi("root", "sum", ("a",), unit=Unit.COUNT), kpi("a", unit=Unit.COUNT)])
    plan.kpis.nodes[1] = KpiNode.model_construct(id="a", formula=Formula.SUM, children=["root"], unit=Unit.COUNT)
    assert never_negative(plan) == {}
