"""The local retail/service sample (``retail_ja``): a bakery-café chain of four shops.

Smaller than the funnel samples, but complete for steps 1 and 2, with a KPI tree whose
root is revenue = visits × spend per visit, a few initiatives, a review cadence, and
exactly the pitfalls planted for the health check.
"""

from __future__ import annotations

import pytest

from canvas_app.calc.health import check_plan
from canvas_app.calc.kpi_tree import evaluate
from canvas_app.model import ChannelKind, CompetitorKind, Formula, JourneyPhase, MoneyUnit
from samples_support import TODAY, evaluate_targets, load, nodes

PLANTED = {
    ("kpi_not_linked_to_goal", "kpi-instagram-followers"),
    ("initiative_no_persona", "ini-instagram"),
    ("goal_no_contribution", "goal-profit"),
    ("goal_not_agreed", "goal-profit"),
    ("initiative_persona_no_value", "ini-flyer"),
}


@pytest.fixture(scope="module")
def plan():
    return load("retail_ja")


def test_settings(plan):
    s = plan.settings
    assert s.language == "ja" and s.company_name and s.title
    assert s.fiscal_year_start_month == 4 and s.money_unit == MoneyUnit.YEN
    assert 3 <= len(s.departments) <= 5


def test_step1_is_complete(plan):
    st = plan.strategy
    assert st.vision and st.mission and st.business_strategy and len(st.priorities) >= 3
    assert st.mid_term_plan.title and st.mid_term_plan.headline_targets
    assert {g.category for g in st.goals} >= {"revenue", "new_customers", "repeat", "ltv", "brand", "profit"}
    for goal in st.goals:
        assert goal.baseline is not None and goal.target is not None and goal.deadline and goal.owner, goal.id
    assert sum(1 for g in st.goals if not g.agreed_department_ids) == 1


def test_step2_is_complete(plan):
    c = plan.customers
    assert len(c.personas) == 3
    primaries = {p.id for p in c.personas if p.priority == "primary"}
    assert primaries == {vp.persona_id for vp in c.value_propositions}
    assert {j.persona_id for j in c.journeys} == primaries
    assert all(len(j.stages) == 5 and all(s.channel_id for s in j.stages) for j in c.journeys)
    assert {x.kind for x in c.competitors} == set(CompetitorKind)
    assert c.criteria and all(set(x.competitor_scores) == {y.id for y in c.competitors} for x in c.criteria)
    assert {x.kind for x in c.channels} == set(ChannelKind)
    assert {x.phase for x in c.channels} == set(JourneyPhase)
    names = " ".join(x.name for x in c.channels)
    for word in ("LINE公式アカウント", "Googleビジネスプロフィール", "チラシ", "店頭"):
        assert word in names
    assert all(x.owner and x.monthly_cost_yen is not None for x in c.channels)


def test_kpi_root_is_visits_times_spend_and_meets_the_revenue_goal(plan):
    by_id = nodes(plan)
    root = by_id["kpi-revenue"]
    assert root.formula == Formula.PRODUCT and root.children == ["kpi-visits", "kpi-spend"]
    goal = next(g for g in plan.strategy.goals if g.id == root.goal_id)
    assert goal.category == "revenue" and root.target == goal.target
    computed = evaluate_targets(plan)[root.id]
    assert root.target <= computed < 1.03 * root.target
    assert evaluate(plan).value(root.id) == pytest.approx(computed)
    for node in plan.kpis.nodes:
        assert node.owner and node.department_id, node.id
        if node.is_input:
            assert node.target is not None, node.id
    assert all(any(n.goal_id == g.id for n in plan.kpis.nodes) for g in plan.strategy.goals)


def test_roadmap_is_small_and_complete(plan):
    initiatives = plan.roadmap.initiatives
    assert 4 <= len(initiatives) <= 10
    for ini in initiatives:
        assert ini.owner and ini.start and ini.end and ini.budget_yen is not None and ini.kpi_ids, ini.id


def test_health_check_finds_exactly_the_planted_pitfalls(plan):
    findings = check_plan(plan, TODAY)
    assert {(f.code, f.item_id) for f in findings} == PLANTED


def test_no_history_yet(plan):
    assert plan.review.actuals == [] and plan.snapshots == []
    assert not any(m.held for m in plan.review.meetings)
    assert plan.review.cadence.meeting_day and plan.review.cadence.participant_department_ids
